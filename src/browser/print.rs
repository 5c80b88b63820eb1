//! Printing: the browser's print dialog, once what is printed is ready.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlImageElement;

/// Opens the print dialog.
pub fn print() {
    let _ = window().print();
}

/// Opens the print dialog once the images inside `selector` have loaded and
/// decoded (images are lazy on screen; paper needs every one).
pub async fn print_when_ready(selector: &'static str) {
    let images = document().query_selector_all(&format!("{selector} img"));
    if let Ok(images) = images {
        for i in 0..images.length() {
            let Some(img) = images.item(i).and_then(|n| n.dyn_into::<HtmlImageElement>().ok()) else {
                continue;
            };
            let _ = img.set_attribute("loading", "eager");
            // A broken image rejects: print without it rather than not at all.
            let _ = JsFuture::from(img.decode()).await;
        }
    }
    print();
}
