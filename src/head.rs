//! The document's `<title>`, meta description and robots tag, set by the
//! view that fills the page (what `leptos_meta` would do, without its
//! runtime).

use leptos::prelude::document;

thread_local! {
    static NAVIGATED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Notes that the reader went to another view (not the first one the page
/// opened on): when it is ready, focus moves to its heading. The tags a
/// static page carries about itself (its address, sharing card, structured
/// data) describe the page it opened on, so they go.
pub fn navigated() {
    NAVIGATED.set(true);
    crate::browser::reveal();
    let selectors = r#"link[rel="canonical"], meta[property^="og:"], meta[property^="article:"], meta[name^="twitter:"], script[type="application/ld+json"]"#;
    if let Ok(tags) = document().query_selector_all(selectors) {
        for i in (0..tags.length()).rev() {
            if let Some(tag) =
                tags.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            {
                tag.remove();
            }
        }
    }
}

/// The id of the live region that announces each new view's title.
pub const ANNOUNCER: &str = "route-announcer";

/// Sets the page's title and description. `None` removes the description.
/// After a navigation, also announces the title and moves focus to the new
/// view's main heading, as a page load would for a screen reader.
pub fn set(title: &str, description: Option<&str>) {
    set_page(title, description, None);
}

/// Sets the title of a view that has no page (not found), which search
/// engines are told not to index.
pub fn set_not_found(title: &str) {
    set_page(title, None, Some("noindex"));
}

fn set_page(title: &str, description: Option<&str>, robots: Option<&str>) {
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
    set_meta("description", description);
    set_meta("robots", robots);
}

/// Sets (or, with `None`, removes) the `<meta name>` tag's content.
fn set_meta(name: &str, content: Option<&str>) {
    let document = document();
    let existing = document.query_selector(&format!(r#"meta[name="{name}"]"#)).ok().flatten();
    match (existing, content) {
        (Some(meta), Some(content)) => {
            let _ = meta.set_attribute("content", content);
        }
        (Some(meta), None) => meta.remove(),
        (None, Some(content)) => {
            let Ok(meta) = document.create_element("meta") else { return };
            let _ = meta.set_attribute("name", name);
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
