//! The service worker (`public/sw.js`) that lets the app and the articles a
//! reader has opened come back without a network.

use wasm_bindgen_futures::JsFuture;

/// Registers `/sw.js`, as the page starts (`crate::boot`). Browsers without service
/// workers (or that refuse them, like private windows in some) just go on.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else { return };
    let navigator = window.navigator();
    // `navigator.serviceWorker` is undefined outside secure contexts.
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    wasm_bindgen_futures::spawn_local(async move {
        // A refusal is not an error the reader needs to see.
        let _ = JsFuture::from(container.register("/sw.js")).await;
    });
}
