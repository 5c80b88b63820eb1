//! The document's `<title>` and meta description, set by the view that
//! fills the page (what `leptos_meta` would do, without its runtime).

use leptos::prelude::document;

/// Sets the page's title and description. `None` removes the description.
pub fn set(title: &str, description: Option<&str>) {
    let document = document();
    document.set_title(title);
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
