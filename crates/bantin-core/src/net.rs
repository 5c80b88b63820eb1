//! The network's policy, as plain numbers and decisions: how long a view
//! waits, how long an attempt may stall, when to try again and after how
//! long, and the largest document worth downloading. The app's fetching
//! follows it.
//!
//! What a reader sees, whatever the network does: content (a saved copy
//! counts), or within [`VIEW_DEADLINE_MS`] a clear state with "Thử lại".
//! The load goes on behind that state and replaces it when it succeeds:
//! an attempt is abandoned only when nothing arrives for
//! [`ATTEMPT_IDLE_MS`] (a slow but steady download is not), and a failed
//! attempt is tried again up to [`MAX_ATTEMPTS`] times with growing waits.

use crate::LoadError;

/// The largest document the app downloads (8 MiB): a listing page is tens of
/// kilobytes and an article a few hundred; anything far larger is a mistake
/// that would freeze a phone, so it is refused with a clear message.
pub const MAX_DOCUMENT_BYTES: usize = 8 * 1024 * 1024;

/// Attempts per request, the first one included.
pub const MAX_ATTEMPTS: u32 = 3;
/// How long an attempt may go without receiving anything (the response's
/// headers, then each piece of its body) before it is abandoned, in
/// milliseconds.
pub const ATTEMPT_IDLE_MS: i32 = 8_000;
/// The longest a view waits for its data before it shows a clear state
/// (the reader's bound is 15 s from opening the view; rendering the state
/// takes the rest), in milliseconds.
pub const VIEW_DEADLINE_MS: u32 = 12_000;
/// The least a load is given, even one asked for when its view is already
/// late: a response under way often arrives within it.
pub const MIN_WAIT_MS: u32 = 1_500;
/// The wait before the second attempt; each later wait doubles it.
const BASE_DELAY_MS: f64 = 500.0;
/// No wait is longer than this, whatever the server's `Retry-After` says.
const MAX_DELAY_MS: f64 = 5_000.0;

/// The wait in milliseconds before attempt `attempt + 1`, after attempt
/// `attempt` (1-based) failed with `error`; `None` when it is not worth
/// trying again. `retry_after` is the server's `Retry-After` in seconds;
/// `jitter` is a random number in `[0, 1)`, so that many readers cut off by
/// the same outage do not all come back at the same instant.
pub fn delay_ms(attempt: u32, error: &LoadError, retry_after: Option<u32>, jitter: f64) -> Option<u32> {
    let transient = match error {
        LoadError::Network(_) | LoadError::Timeout => true,
        LoadError::Status(status) => matches!(status, 408 | 425 | 429 | 500 | 502 | 503 | 504),
        _ => false,
    };
    if !transient || attempt >= MAX_ATTEMPTS {
        return None;
    }
    let backoff = BASE_DELAY_MS * f64::from(1u32 << (attempt - 1).min(8)) * (0.5 + jitter.clamp(0.0, 1.0));
    let wait = match retry_after {
        Some(seconds) => f64::from(seconds) * 1000.0,
        None => backoff,
    };
    Some(wait.min(MAX_DELAY_MS) as u32)
}

/// How long a load asked for at `now` may take before its view shows a
/// clear state, in milliseconds, for a view opened at `opened` (both
/// `performance.now()` readings). The loads a view asks for while it opens
/// share what is left of its bound, never less than [`MIN_WAIT_MS`]; a load
/// asked for once the bound has passed (a search as the reader types, a
/// page further on) is not part of the opening and gets a whole bound.
pub fn wait_ms(opened: f64, now: f64) -> u32 {
    let deadline = f64::from(VIEW_DEADLINE_MS);
    let elapsed = now - opened;
    if elapsed >= deadline {
        return VIEW_DEADLINE_MS;
    }
    ((deadline - elapsed.max(0.0)) as u32).max(MIN_WAIT_MS)
}

/// `Retry-After` as seconds; the HTTP-date form is not worth its parser here.
pub fn parse_retry_after(header: &str) -> Option<u32> {
    header.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn transient_failures_are_retried_with_growing_jittered_waits() {
        let network = LoadError::Network("offline".into());
        assert_eq!(delay_ms(1, &network, None, 0.5), Some(500));
        assert_eq!(delay_ms(2, &network, None, 0.5), Some(1000));
        assert_eq!(delay_ms(1, &network, None, 0.0), Some(250));
        assert_eq!(delay_ms(1, &network, None, 0.999), Some(749));
        assert_eq!(delay_ms(3, &network, None, 0.5), None, "three attempts in all");
        assert_eq!(delay_ms(1, &LoadError::Timeout, None, 0.5), Some(500));
        assert_eq!(delay_ms(1, &LoadError::Status(503), None, 0.5), Some(500));
    }

    #[test]
    fn a_view_s_loads_share_what_is_left_of_its_bound() {
        assert_eq!(wait_ms(0.0, 0.0), VIEW_DEADLINE_MS);
        assert_eq!(wait_ms(1_000.0, 5_000.0), VIEW_DEADLINE_MS - 4_000);
        assert_eq!(wait_ms(0.0, 11_900.0), MIN_WAIT_MS, "a late view still gives a load a moment");
        assert_eq!(wait_ms(0.0, 60_000.0), VIEW_DEADLINE_MS, "a later load has a bound of its own");
    }

    #[test]
    fn the_server_may_ask_for_a_wait_up_to_a_cap() {
        assert_eq!(delay_ms(1, &LoadError::Status(503), Some(2), 0.5), Some(2000));
        assert_eq!(delay_ms(1, &LoadError::Status(429), Some(120), 0.5), Some(5000));
        assert_eq!(parse_retry_after(" 3 "), Some(3));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), None);
    }

    #[test]
    fn permanent_failures_are_not_retried() {
        for error in [
            LoadError::Status(404),
            LoadError::Status(403),
            LoadError::WebPage,
            LoadError::TooLarge,
            LoadError::Aborted,
            LoadError::Feed(crate::wire::FeedError::Json("x".into())),
        ] {
            assert_eq!(delay_ms(1, &error, None, 0.5), None, "{error:?}");
        }
    }
}
