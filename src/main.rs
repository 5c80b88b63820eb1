//! Mounts the app. Everything else lives in the library crate.

fn main() {
    // Panic messages in the console, in debug builds only: in release the
    // hook and its formatting cost ~3 KB of wasm.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(bantin::App);
}
