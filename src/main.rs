//! Starts the app in the browser (`bantin::boot`). Everything else lives in the library
//! crate, which natively is the static pages' renderer (see `bantin-tool`).

#[cfg(target_arch = "wasm32")]
fn main() {
    bantin::fatal::install_panic_hook();
    bantin::boot::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("bantin is the browser app: `make serve` builds it; the native tool is bantin-tool");
    std::process::exit(2);
}
