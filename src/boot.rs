//! What a page runs first: the whole of the module every page downloads.
//! The app itself is a chunk ([`crate::lazy::start_app`]). A page that opens
//! with its static markup (an article, a listing) is already complete, and
//! its controls work (public/static-controls.js), so the app comes once the
//! page has loaded, without competing with its images and style sheets, and
//! takes it over; a view only the app draws (search, share, print, the
//! widget) starts it at once.

use crate::components::STATIC_VIEW_ID;
use bantin_core::LoadError;
use bantin_core::i18n::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{AddEventListenerOptions, Document, Window};

/// The Performance API mark set when the app's chunk is asked for: what a
/// page fetched before it is what the page needed to be read (`make bench`).
pub const APP_REQUESTED_MARK: &str = "bantin:app-requested";

/// Starts the app, now or once the page has loaded.
pub fn start() {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    crate::browser::register_service_worker();
    let over_static_page = document.get_element_by_id(STATIC_VIEW_ID).is_some();
    if !over_static_page || document.ready_state() == "complete" {
        wasm_bindgen_futures::spawn_local(run(over_static_page));
        return;
    }
    let on_load = Closure::once(move || wasm_bindgen_futures::spawn_local(run(true)));
    let options = AddEventListenerOptions::new();
    options.set_once(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "load",
        on_load.as_ref().unchecked_ref(),
        &options,
    );
    // Runs once, when the page has loaded; the listener owns it from here.
    on_load.forget();
}

/// Loads the app's chunk and mounts the app. If the chunk cannot be
/// downloaded, a static page stays as it is; a page that has nothing else
/// says so, and offers to load it again.
async fn run(over_static_page: bool) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(APP_REQUESTED_MARK);
    }
    if crate::lazy::start_app().await.is_ok() || over_static_page {
        return;
    }
    if let Some((window, document)) = web_sys::window().and_then(|w| w.document().map(|d| (w, d))) {
        show_failure(&window, &document);
    }
}

/// The load error as the app's error panel shows it, in plain DOM (the
/// panel is the app's): the title, why, and "Thử lại", a link to this page.
fn show_failure(window: &Window, document: &Document) {
    let lang = document.document_element().map(|root| root.get_attribute("lang").unwrap_or_default());
    let t = lang.as_deref().and_then(Lang::from_tag).unwrap_or(Lang::Vi).texts();
    let (Some(body), Ok(panel), Ok(title), Ok(text), Ok(retry)) = (
        document.body(),
        document.create_element("section"),
        document.create_element("h1"),
        document.create_element("p"),
        document.create_element("a"),
    ) else {
        return;
    };
    let _ = panel.set_attribute("class", "notice notice--error");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("data-testid", "load-error");
    let _ = title.set_attribute("class", "notice__title");
    title.set_text_content(Some(t.load_failed));
    let _ = text.set_attribute("class", "notice__text");
    text.set_text_content(Some(&t.error(&LoadError::Code)));
    let _ = retry.set_attribute("class", "button");
    let _ = retry.set_attribute("href", &window.location().href().unwrap_or_else(|_| "/".to_owned()));
    retry.set_text_content(Some(t.retry));
    for child in [&title, &text, &retry] {
        let _ = panel.append_child(child);
    }
    let _ = body.append_child(&panel);
}
