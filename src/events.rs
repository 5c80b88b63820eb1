//! What the app reads from the reader's input events.

use web_sys::MouseEvent;

/// Whether a click is a plain one of the main button: not one meant to open
/// a link elsewhere (a new tab, a new window, a download).
pub fn is_plain_click(event: &MouseEvent) -> bool {
    event.button() == 0 && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
}
