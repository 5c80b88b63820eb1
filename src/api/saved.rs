//! The last good copy of every feed document the reader has seen, kept in
//! the browser's Cache API (not localStorage: documents can be large), so the
//! next visit shows them at once, and offline at all.

use js_sys::Uint8Array;
use leptos::prelude::window;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, Response};

/// The cache's name; a new layout of what is kept gets a new name.
const CACHE: &str = "bantin-feed-v1";

/// The saved copy of `url`, if there is one (and the browser allows caches:
/// secure contexts only).
pub async fn get(url: &str) -> Option<Vec<u8>> {
    let cache = open().await?;
    let found = JsFuture::from(cache.match_with_str(url)).await.ok()?;
    let response: Response = found.dyn_into().ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}

/// Saves `bytes` as the copy of `url`, in the background.
pub fn put(url: &str, bytes: &[u8]) {
    let (url, mut bytes) = (url.to_owned(), bytes.to_vec());
    leptos::task::spawn_local(async move {
        let Some(cache) = open().await else { return };
        if let Ok(response) = Response::new_with_opt_u8_array(Some(&mut bytes)) {
            let _ = JsFuture::from(cache.put_with_str(&url, &response)).await;
        }
    });
}

async fn open() -> Option<Cache> {
    let caches = window().caches().ok()?;
    JsFuture::from(caches.open(CACHE)).await.ok()?.dyn_into().ok()
}
