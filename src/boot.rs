//! What a page runs first. The loader (`scripts/wasm.mjs`) fetches this
//! module at once for a view only the app draws, and after the page's `load`
//! event for a page that opens with its static markup, which is already
//! complete and whose controls already work (public/static-controls.js): the
//! app then takes that page over.

/// Registers the service worker and mounts the app.
pub fn start() {
    crate::browser::register_service_worker();
    crate::browser::mount_app(crate::App);
}
