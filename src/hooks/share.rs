//! The device's own share sheet (`navigator.share`).

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::ShareData;

/// What [`use_share`] gives a component.
#[derive(Clone, Copy)]
pub struct UseShareReturn {
    /// Whether this browser has a share sheet (most phones; few desktops).
    pub is_supported: bool,
    /// Opens the share sheet for `(title, url)`.
    pub share: Callback<(String, String)>,
}

/// Opens the native share sheet, where the browser has one; a component hides
/// its button when `is_supported` is false.
///
/// ```ignore
/// let UseShareReturn { is_supported, share } = use_share();
/// is_supported.then(|| view! { <button on:click=move |_| share.run((title.clone(), url.clone()))>"Chia sẻ"</button> })
/// ```
pub fn use_share() -> UseShareReturn {
    // Natively (a static page being rendered) there is no share sheet.
    let is_supported = cfg!(target_arch = "wasm32")
        && js_sys::Reflect::has(&window().navigator(), &JsValue::from_str("share")).unwrap_or(false);
    let share = Callback::new(move |(title, url): (String, String)| {
        let data = ShareData::new();
        data.set_title(&title);
        data.set_url(&url);
        let promise = window().navigator().share_with_data(&data);
        // The reader closing the sheet rejects the promise: nothing to report.
        leptos::task::spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    });
    UseShareReturn { is_supported, share }
}
