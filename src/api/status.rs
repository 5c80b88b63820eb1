//! What views need to know about the data behind them: when a saved copy
//! they show has been replaced by a fresher one, and whether they are showing
//! a saved copy because the network failed.

use leptos::prelude::*;

thread_local! {
    static VERSION: ArcRwSignal<u64> = ArcRwSignal::new(0);
    static OFFLINE: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// A number that changes whenever fresher data replaced what views show.
/// Reading it in a resource's fetcher makes the resource load again then.
pub fn data_version() -> u64 {
    VERSION.with(|v| v.get())
}

/// Whether the app is showing saved copies because the network failed.
pub fn showing_saved_copy() -> bool {
    OFFLINE.with(|o| o.get())
}

pub(super) fn fresher_data() {
    VERSION.with(|v| v.update(|n| *n += 1));
}

pub(super) fn network_failed() {
    OFFLINE.with(|o| o.set(true));
}

pub(super) fn network_works() {
    OFFLINE.with(|o| {
        if o.get_untracked() {
            o.set(false);
        }
    });
}
