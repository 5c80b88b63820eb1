use super::PhotoState;
use bantin_core::content::gallery::{Photo, photo_anchor};
use bantin_core::i18n::texts;
use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent, TouchEvent};

/// How far (px) a finger moves sideways for a swipe to change the photo.
const SWIPE: f64 = 40.0;

/// A photo report's photos full screen, one at a time, in a modal dialog:
/// the photo with its caption and its place ("3/12"), previous and next by
/// the buttons, the arrow keys or a swipe; Escape or the close button shut
/// it, and focus goes back where it was. The address names the photo on
/// show (`#anh-3`), so it can be shared.
#[component]
pub fn PhotoViewer(
    /// The photos, and the one open.
    state: PhotoState,
) -> impl IntoView {
    let t = texts();
    let PhotoState { photos, open } = state;
    let dialog = NodeRef::<Dialog>::new();
    // Where focus was when the viewer opened, and the last photo shown.
    let opener = StoredValue::new_local(None::<HtmlElement>);
    let last = StoredValue::new(0);
    let step = move |by: isize| {
        let total = photos.with_untracked(Vec::len) as isize;
        open.update(|open| {
            if let Some(index) = open.as_mut().filter(|_| total > 0) {
                *index = (*index as isize + by).rem_euclid(total) as usize;
            }
        });
    };
    Effect::new(move |_| {
        let Some(dialog) = dialog.get() else { return };
        match open.get() {
            Some(index) => {
                if !dialog.open() {
                    opener.set_value(active_element());
                    let _ = dialog.show_modal();
                }
                last.set_value(index);
                show_in_address(Some(index + 1));
            }
            None => {
                if dialog.open() {
                    dialog.close();
                }
                show_in_address(None);
                give_back_focus(opener.try_update_value(Option::take).flatten(), last.get_value());
            }
        }
    });
    // Escape closes the dialog itself; the state follows.
    let on_close = move |_| {
        if open.get_untracked().is_some() {
            open.set(None);
        }
    };
    let on_keydown = move |event: KeyboardEvent| match event.key().as_str() {
        "ArrowRight" => step(1),
        "ArrowLeft" => step(-1),
        "Tab" => keep_focus_inside(&event),
        _ => {}
    };
    // A click beside the photo, on the dialog itself, closes it.
    let on_click = move |event: web_sys::MouseEvent| {
        if event.target().is_some() && event.target() == event.current_target() {
            open.set(None);
        }
    };
    let start = StoredValue::new(None::<(f64, f64)>);
    let on_touchstart = move |event: TouchEvent| {
        start.set_value(event.touches().get(0).map(|t| (f64::from(t.client_x()), f64::from(t.client_y()))));
    };
    let on_touchend = move |event: TouchEvent| {
        let (Some((x0, y0)), Some(end)) = (start.get_value(), event.changed_touches().get(0)) else { return };
        let (dx, dy) = (f64::from(end.client_x()) - x0, f64::from(end.client_y()) - y0);
        if dx.abs() > SWIPE && dx.abs() > 1.5 * dy.abs() {
            step(if dx < 0.0 { 1 } else { -1 });
        }
    };
    let shown = move || open.get().and_then(|i| photos.with(|p| p.get(i).cloned()).map(|p| (i, p)));
    let position = move || open.get().map(|i| format!("{}/{}", i + 1, photos.with(Vec::len)));
    view! {
        <dialog class="viewer" node_ref=dialog aria-label=t.photo_viewer data-testid="photo-viewer"
            on:close=on_close on:keydown=on_keydown on:click=on_click
            on:touchstart=on_touchstart on:touchend=on_touchend>
            <div class="viewer__bar">
                <p class="viewer__position" aria-live="polite" data-testid="photo-position">{position}</p>
                <button type="button" class="viewer__close" aria-label=t.close_viewer title=t.close_viewer
                    on:click=move |_| open.set(None)>"×"</button>
            </div>
            {move || shown().map(|(_, photo)| view! { <Shown photo/> })}
            <button type="button" class="viewer__step viewer__step--previous" aria-label=t.previous_photo
                title=t.previous_photo on:click=move |_| step(-1)>"‹"</button>
            <button type="button" class="viewer__step viewer__step--next" aria-label=t.next_photo
                title=t.next_photo on:click=move |_| step(1)>"›"</button>
        </dialog>
    }
}

/// The photo on show, with its caption.
#[component]
fn Shown(photo: Photo) -> impl IntoView {
    let Photo { src, srcset, alt, caption, width, height } = photo;
    view! {
        <figure class="viewer__photo">
            <img src=src srcset=srcset sizes="100vw" alt=alt width=width height=height/>
            {caption.map(|c| view! { <figcaption class="viewer__caption">{c}</figcaption> })}
        </figure>
    }
}

/// The element that has focus, unless it is the page itself.
fn active_element() -> Option<HtmlElement> {
    let active = document().active_element()?.dyn_into::<HtmlElement>().ok()?;
    (Some(&active) != document().body().as_ref()).then_some(active)
}

/// Puts focus back where it was before the viewer opened; else on the
/// gallery's thumbnail of the photo last shown.
fn give_back_focus(opener: Option<HtmlElement>, last: usize) {
    let thumbnail = || {
        let selector = format!(".gallery__thumb[data-photo=\"{}\"]", last + 1);
        document().query_selector(&selector).ok().flatten()?.dyn_into::<HtmlElement>().ok()
    };
    if let Some(target) = opener.filter(|o| o.is_connected()).or_else(thumbnail) {
        let _ = target.focus();
    }
}

/// Tab and Shift+Tab go round the viewer's controls: focus stays inside
/// while it is open.
fn keep_focus_inside(event: &KeyboardEvent) {
    let Some(dialog) = event.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return;
    };
    let Ok(buttons) = dialog.query_selector_all("button") else { return };
    let (Some(first), Some(last)) = (buttons.item(0), buttons.item(buttons.length().saturating_sub(1)))
    else {
        return;
    };
    let active = document().active_element().map(web_sys::Node::from);
    let wrap_to = match (event.shift_key(), active) {
        (true, Some(a)) if a == first => last,
        (false, Some(a)) if a == last => first,
        _ => return,
    };
    if let Ok(target) = wrap_to.dyn_into::<HtmlElement>() {
        event.prevent_default();
        let _ = target.focus();
    }
}

/// Writes the open photo into the address (`#anh-3`), or takes it out,
/// without a new history entry.
fn show_in_address(photo: Option<usize>) {
    let location = window().location();
    let path =
        format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    let url = match photo {
        Some(n) => format!("{path}#{}", photo_anchor(n)),
        None => path,
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
