//! One GET over the browser's `fetch`, cancellable, returning the body bytes.

use super::ApiError;
use gloo_net::http::Request;
use web_sys::AbortSignal;

/// Fetches `url` and returns its body. `signal` cancels the request when the
/// view that asked for it goes away.
pub async fn get_bytes(url: &str, signal: &AbortSignal) -> Result<Vec<u8>, ApiError> {
    let response = Request::get(url)
        .abort_signal(Some(signal))
        .send()
        .await
        .map_err(|e| ApiError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(ApiError::Status(response.status()));
    }
    response.binary().await.map_err(|e| ApiError::Network(e.to_string()))
}
