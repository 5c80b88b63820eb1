//! One GET over the browser's `fetch`, cancellable, returning the body bytes.

use super::ApiError;
use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, RequestInit, Response};

/// Fetches `url` and returns its body. `signal` cancels the request when the
/// view that asked for it goes away.
pub async fn get_bytes(url: &str, signal: &AbortSignal) -> Result<Vec<u8>, ApiError> {
    let init = RequestInit::new();
    init.set_signal(Some(signal));
    let response: Response =
        fetched(leptos::prelude::window().fetch_with_str_and_init(url, &init)).await?.unchecked_into();
    if !response.ok() {
        return Err(ApiError::Status(response.status()));
    }
    // Static hosts answer a missing file with a web page (their 404 page, or
    // the app itself), often with status 200.
    let kind = response.headers().get("content-type").ok().flatten().unwrap_or_default();
    if kind.to_ascii_lowercase().starts_with("text/html") {
        return Err(ApiError::WebPage);
    }
    let body = fetched(response.array_buffer().map_err(network)?).await?;
    Ok(Uint8Array::new(body.unchecked_ref::<ArrayBuffer>()).to_vec())
}

async fn fetched(promise: js_sys::Promise) -> Result<JsValue, ApiError> {
    JsFuture::from(promise).await.map_err(network)
}

/// A rejected `fetch` (offline, DNS, CORS, aborted) as the browser reports it.
fn network(error: JsValue) -> ApiError {
    let message = error.dyn_ref::<js_sys::Error>().map(js_sys::Error::message);
    ApiError::Network(message.map(String::from).unwrap_or_default())
}
