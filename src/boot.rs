//! What a page runs first. The loader (`scripts/wasm.mjs`) fetches this
//! module at once for a view only the app draws, and after the page's `load`
//! event for a page that opens with its static markup, which is already
//! complete and whose controls already work (public/static-controls.js): the
//! app then takes that page over.

/// Registers the service worker and mounts the app, in a task of its own:
/// the module's start and the mount are two tasks rather than one long one
/// (at 4× CPU, about 20 ms and 100 ms), so a tap on the page in between is
/// answered sooner.
pub fn start() {
    crate::browser::register_service_worker();
    leptos::prelude::set_timeout(|| crate::browser::mount_app(crate::App), std::time::Duration::ZERO);
}
