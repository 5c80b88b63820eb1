//! Video players of other sites, loaded when the reader asks: an embedded
//! player is in the body as its facade (`bantin_core::content::players`), a
//! link to the video holding the address of its privacy-friendly player.
//! A click on it puts that player in its place, in a sandboxed frame; the
//! page's policy allows frames from those hosts only.

use bantin_core::content::players::{FACADE_CLASS, FRAME_ATTRIBUTE, is_player_frame};
use web_sys::Element;

/// If `target` is (in) a facade, replaces the facade with its player and
/// returns `true`: the click was for the player, not for the link.
pub fn play(target: &Element) -> bool {
    let Some(facade) = target.closest(&format!(".{FACADE_CLASS}")).ok().flatten() else { return false };
    let Some(frame) = facade.get_attribute(FRAME_ATTRIBUTE).filter(|f| is_player_frame(f)) else {
        return false;
    };
    let Some(document) = facade.owner_document() else { return false };
    let Ok(iframe) = document.create_element("iframe") else { return false };
    let title = facade.text_content().unwrap_or_default();
    for (name, value) in [
        ("class", "player__frame"),
        ("src", frame.as_str()),
        ("title", title.trim()),
        // The player's own script runs in its own origin, and may go full
        // screen; it cannot reach the page.
        ("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups"),
        ("allow", "fullscreen; autoplay; encrypted-media; picture-in-picture"),
        ("allowfullscreen", ""),
        ("referrerpolicy", "strict-origin-when-cross-origin"),
    ] {
        if iframe.set_attribute(name, value).is_err() {
            return false;
        }
    }
    if facade.replace_with_with_node_1(&iframe).is_err() {
        return false;
    }
    if let Some(iframe) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&iframe) {
        let _ = iframe.focus();
    }
    true
}
