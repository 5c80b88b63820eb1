//! Links to single paragraphs of an article: every paragraph of the body gets
//! a stable anchor (`#doan-3`) and ends with a link to itself, which the app
//! makes copy the paragraph's address (a static page has the same link,
//! which without the app simply leads there); opening such an address
//! scrolls to the paragraph and marks it.

use bantin_core::content::PARAGRAPH_LINK_CLASS;
use bantin_core::share::paragraph_anchor;
use leptos::prelude::{document, window};
use wasm_bindgen::JsCast;
use web_sys::{Element, ScrollIntoViewOptions, ScrollLogicalPosition};

/// Numbers the body's top-level paragraphs (`doan-1`, `doan-2`, …) and ends
/// each with a link to itself labelled `label`: the markup the native walk
/// writes (`bantin_core::content::native`).
pub fn add(body: &Element, label: &str) {
    let Ok(paragraphs) = body.query_selector_all(":scope > p") else { return };
    for i in 0..paragraphs.length() {
        let Some(p) = paragraphs.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        let anchor = paragraph_anchor(i as usize + 1);
        p.set_id(&anchor);
        let Ok(control) = document().create_element("a") else { continue };
        let _ = control.set_attribute("class", PARAGRAPH_LINK_CLASS);
        let _ = control.set_attribute("href", &format!("#{anchor}"));
        let _ = control.set_attribute("aria-label", label);
        let _ = control.set_attribute("title", label);
        control.set_text_content(Some("#"));
        let _ = p.append_child(&control);
    }
}

/// When the page's URL names one of the body's paragraphs, scrolls to it and
/// marks it. (The browser's own jump to the fragment happened before the
/// article arrived, or, on a static page, to its own copy of the
/// paragraph, where the app's, still hidden, then takes its place.)
pub fn reveal_target(body: &Element) {
    let hash = window().location().hash().unwrap_or_default();
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else { return };
    // Looked for in the body itself: while the app takes a static page over,
    // the document holds the static page's paragraph of the same id first.
    let Ok(named) = body.query_selector_all("[id]") else { return };
    let Some(target) = (0..named.length())
        .filter_map(|i| named.item(i)?.dyn_into::<Element>().ok())
        .find(|el| el.id() == id)
    else {
        return;
    };
    let _ = target.class_list().add_1("is-target");
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    target.scroll_into_view_with_scroll_into_view_options(&options);
}

/// The anchor of the paragraph whose link `target` is (or is in).
pub fn control_target(target: &Element) -> Option<String> {
    let link = target.closest(&format!(".{PARAGRAPH_LINK_CLASS}")).ok().flatten()?;
    Some(link.get_attribute("href")?.strip_prefix('#')?.to_owned())
}
