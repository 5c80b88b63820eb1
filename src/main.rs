//! Mounts the app. Everything else lives in the library crate.

fn main() {
    bantin::fatal::install_panic_hook();
    leptos::mount::mount_to_body(bantin::App);
}
