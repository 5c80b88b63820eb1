//! The document's `<title>` and meta description, set by the view that
//! fills the page (what `leptos_meta` would do, without its runtime).

use leptos::prelude::document;

thread_local! {
    static NAVIGATED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Notes that the reader went to another view (not the first one the page
/// opened on): when it is ready, focus moves to its heading.
pub fn navigated() {
    NAVIGATED.set(true);
    crate::browser::reveal();
}

/// The id of the live region that announces each new view's title.
pub const ANNOUNCER: &str = "route-announcer";

/// Sets the page's title and description. `None` removes the description.
/// After a navigation, also announces the title and moves focus to the new
/// view's main heading, as a page load would for a screen reader.
pub fn set(title: &str, description: Option<&str>) {
    let document = document();
    document.set_title(title);
    if NAVIGATED.replace(false) {
        if let Some(announcer) = document.get_element_by_id(ANNOUNCER) {
            announcer.set_text_content(Some(title));
        }
        // Once the new view has been painted: focusing makes the browser lay
        // the page out, which by then it has done already.
        leptos::prelude::request_animation_frame(|| {
            leptos::prelude::set_timeout(focus_main_heading, std::time::Duration::ZERO);
        });
    }
    let existing = document.query_selector(r#"meta[name="description"]"#).ok().flatten();
    match (existing, description) {
        (Some(meta), Some(content)) => {
            let _ = meta.set_attribute("content", content);
        }
        (Some(meta), None) => meta.remove(),
        (None, Some(content)) => {
            let Ok(meta) = document.create_element("meta") else {
                return;
            };
            let _ = meta.set_attribute("name", "description");
            let _ = meta.set_attribute("content", content);
            if let Some(head) = document.head() {
                let _ = head.append_child(&meta);
            }
        }
        (None, None) => {}
    }
}

/// Moves focus to the view's main heading, without scrolling: the router has
/// put the reader at the top of the new view.
fn focus_main_heading() {
    let Some(heading) = document().query_selector("main h1").ok().flatten() else { return };
    let _ = heading.set_attribute("tabindex", "-1");
    if let Some(heading) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&heading) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = heading.focus_with_options(&options);
    }
}
