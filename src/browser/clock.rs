//! When the current view was opened, so that everything it waits for shares
//! one bound: whatever the network does, a view shows content or a clear
//! state within [`VIEW_DEADLINE_MS`] of its opening, its code (a chunk)
//! and its data together (`bantin_core::net`).
//!
//! A page opened cold starts its clock at the navigation's start (time 0 of
//! `performance.now()`), so the app's own download counts too; a
//! navigation in the app or "Thử lại" starts it again. What a view asks
//! for while it opens gets what is left of the bound (at least
//! [`MIN_WAIT_MS`]); what it asks for later (a search as the reader types,
//! a page further on) gets the whole bound from that moment.

use bantin_core::net::{MIN_WAIT_MS, VIEW_DEADLINE_MS};
use js_sys::Promise;
use leptos::prelude::{ReadSignal, Set, set_timeout, signal};
use std::cell::Cell;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// `performance.now()` when the current view was opened.
    static OPENED: Cell<f64> = const { Cell::new(0.0) };
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// A new view is opened (a navigation, or "Thử lại"): its waits start now.
pub fn view_opened() {
    OPENED.set(now());
}

/// The app has started. A cold page whose app arrived only after the bound
/// (a stalled download, which public/compat.js has already reported) is
/// late: its first loads get the least wait, not a new bound.
pub fn app_started() {
    let now = now();
    if now > f64::from(VIEW_DEADLINE_MS) {
        OPENED.set(now - f64::from(VIEW_DEADLINE_MS - MIN_WAIT_MS));
    }
}

/// How long a load asked for now may take before its view shows a clear
/// state, in milliseconds.
pub fn wait_ms() -> u32 {
    bantin_core::net::wait_ms(OPENED.get(), now())
}

/// Lets the browser run what is waiting (input, rendering) before going on:
/// resumes in a task of its own. Work that would otherwise run on in one
/// long task (a document parsed, then the views it changes drawn) is split
/// where it calls this.
pub async fn next_task() {
    sleep(0).await;
}

/// A flag that turns true in a task after this one: what a view draws
/// behind it comes in that task, not in the one drawing the view. Flags
/// made one after another turn true in tasks one after another.
pub fn next_task_flag() -> ReadSignal<bool> {
    let (flag, set) = signal(false);
    set_timeout(move || set.set(true), std::time::Duration::ZERO);
    flag
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: u32) {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                i32::try_from(ms).unwrap_or(i32::MAX),
            );
        }
    });
    let _ = JsFuture::from(promise).await;
}
