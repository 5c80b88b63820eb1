//! The last resort: when the app panics (a bug), the page says so and offers
//! a reload instead of freezing half-drawn.

use leptos::prelude::{document, window};
use wasm_bindgen::JsCast;

/// Installs the panic hook. Called once, at start-up.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("bantin: {info}").into());
        show();
    }));
}

/// Puts the "something went wrong" notice over the page. Plain DOM and a
/// plain link: after a panic no code of the app can be trusted to run.
fn show() {
    let document = document();
    let (Some(body), Ok(notice), Ok(title), Ok(text), Ok(reload)) = (
        document.body(),
        document.create_element("div"),
        document.create_element("h1"),
        document.create_element("p"),
        document.create_element("a"),
    ) else {
        return;
    };
    let t = bantin_core::i18n::texts();
    let _ = notice.set_attribute("class", "fatal");
    let _ = notice.set_attribute("role", "alert");
    title.set_text_content(Some(t.fatal_title));
    text.set_text_content(Some(t.fatal_detail));
    let here = window().location().href().unwrap_or_else(|_| "/".to_owned());
    let _ = reload.set_attribute("href", &here);
    // A real navigation: the app's own link handling may be gone.
    let _ = reload.set_attribute("target", "_self");
    let _ = reload.set_attribute("rel", "external");
    let _ = reload.set_attribute("class", "button");
    reload.set_text_content(Some(t.reload));
    for child in [&title, &text, &reload] {
        let _ = notice.append_child(child);
    }
    let _ = body.append_child(notice.unchecked_ref());
}
