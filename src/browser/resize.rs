//! Telling the page that embeds us how tall we are.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{Element, ResizeObserver};

/// The message type the embed loader (`public/embed.js`) listens for.
pub const RESIZE_MESSAGE: &str = "bantin:resize";

/// Posts `{ "type": "bantin:resize", "height": <px> }` to the parent window
/// whenever `element` changes height, so the parent can size the iframe to
/// its content. The message goes to the parent's origin when the browser
/// tells it (`location.ancestorOrigins`, else the referrer), so no other page
/// hears it. Does nothing outside an iframe.
pub fn post_height_to_parent(element: &Element) {
    let window = window();
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let origin = parent_origin();
    let report = move |height: f64| {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &RESIZE_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.ceil().into());
        let _ = parent.post_message(&message, &origin);
    };
    let target = element.clone();
    let callback = Closure::<dyn Fn()>::new(move || report(target.get_bounding_client_rect().height()));
    if let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(element);
    }
    // The observer lives as long as the page: so must its callback.
    callback.forget();
}

/// The embedding page's origin when the browser tells it, else `*` (the
/// message carries only a height).
fn parent_origin() -> String {
    // Chromium and Safari list the embedding pages' origins; Firefox does not.
    let ancestors = js_sys::Reflect::get(&window().location(), &"ancestorOrigins".into())
        .ok()
        .and_then(|list| list.dyn_into::<web_sys::DomStringList>().ok())
        .and_then(|list| list.item(0));
    let referrer = || {
        let referrer = document().referrer();
        web_sys::Url::new(&referrer).ok().map(|url| url.origin()).filter(|o| o != "null")
    };
    ancestors.or_else(referrer).unwrap_or_else(|| "*".to_owned())
}
