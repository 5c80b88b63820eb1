//! Mounts the app. Everything else lives in the library crate.

fn main() {
    bantin::fatal::install_panic_hook();
    bantin::browser::mount_app(bantin::App);
}
