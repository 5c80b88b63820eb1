//! Taking over a page that opens with its static markup (written by
//! `bantin-tool` from the same components, `src/render.rs`). The app is
//! drawn into a hidden container next to it; when the app has the page's
//! content, or the reader opens another view, the static markup goes and the
//! app shows, in one step, so the reader never sees a skeleton where the
//! article already was. Until then the page's own controls work through
//! public/static-controls.js.

use crate::components::{NOT_FOUND_CLASS, STATIC_VIEW_ID};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the app's container while a first view is shown.
const APP_ID: &str = "app";
/// The notice public/compat.js shows when the app has not started in time.
const COMPAT_FAILED_ID: &str = "app-failed";

/// Mounts the app: into the page's body, or, on a page with a first view, into
/// a hidden container after it.
pub fn mount_app<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let document = document();
    if document.get_element_by_id(STATIC_VIEW_ID).is_none() {
        super::clock::app_started();
        // public/compat.js may have said the app could not start; it has now.
        if let Some(notice) = document.get_element_by_id(COMPAT_FAILED_ID) {
            notice.remove();
        }
    }
    // Tells public/compat.js the app is running.
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-app", "");
    }
    let container = document
        .get_element_by_id(STATIC_VIEW_ID)
        .and_then(|_| document.create_element("div").ok())
        .and_then(|div| {
            div.set_id(APP_ID);
            div.set_attribute("hidden", "").ok()?;
            document.body()?.append_child(&div).ok()?;
            div.dyn_into::<web_sys::HtmlElement>().ok()
        });
    match container {
        Some(container) => leptos::mount::mount_to(container, app).forget(),
        None => leptos::mount::mount_to_body(app),
    }
}

/// Shows the app in place of the first view, if there is one. Called when a
/// view has something to show, and on every navigation.
pub fn reveal() {
    let document = document();
    if let Some(first) = document.get_element_by_id(STATIC_VIEW_ID) {
        first.remove();
        if let Some(app) = document.get_element_by_id(APP_ID) {
            let _ = app.remove_attribute("hidden");
        }
    }
}

/// Shows the app's not-found view in place of the first view only when that
/// says "not found" too (nginx's 404 page): a page with an article or a
/// listing stays, written from a feed newer than the one the app may have.
pub fn reveal_over_not_found() {
    let selector = format!("#{STATIC_VIEW_ID} .{NOT_FOUND_CLASS}");
    if document().query_selector(&selector).ok().flatten().is_some() {
        reveal();
    }
}
