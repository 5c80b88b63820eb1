//! What pages need to know about the data behind them: when they should
//! load again (fresher data replaced a saved copy they show, or the reader
//! asked to try again after a failure), and whether they are showing a saved
//! copy because the network failed.

use leptos::prelude::*;

thread_local! {
    static VERSION: ArcRwSignal<u64> = ArcRwSignal::new(0);
    static OFFLINE: ArcRwSignal<bool> = ArcRwSignal::new(false);
    static GAVE_UP: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A number that changes whenever what pages show should load again.
/// Reading it in a resource's fetcher makes the resource load again then:
/// the loads that had succeeded answer at once from memory, the ones that
/// failed are tried again.
pub fn data_version() -> u64 {
    VERSION.with(|v| v.get())
}

/// The reader pressed "Thử lại": every load of the page (the portal's
/// description in the masthead as well as the view's own) tries again.
pub fn try_again() {
    crate::browser::clock::view_opened();
    bump();
}

/// Whether the app is showing saved copies because the network failed.
pub fn showing_saved_copy() -> bool {
    OFFLINE.with(|o| o.get())
}

pub(super) fn fresher_data() {
    bump();
}

/// A view stopped waiting for its data and shows a clear state instead.
pub(super) fn gave_up() {
    GAVE_UP.set(true);
}

/// A document arrived from the network: if a view gave up waiting, views
/// load again (from memory now) and the state it shows gives way to content.
pub(super) fn arrived() {
    if GAVE_UP.replace(false) {
        bump();
    }
}

fn bump() {
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
