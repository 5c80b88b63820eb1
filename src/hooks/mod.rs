//! The browser features components use, one per file, in the shape of
//! leptos-use: a `use_x()` returning a `UseXReturn` with signals and actions.
//!
//! They also build natively, where there is no browser: there each reports
//! that nothing is supported and does nothing, so the same components
//! render the static pages.

mod clipboard;
mod share;
mod speech;

pub use clipboard::{UseClipboardReturn, use_clipboard};
pub use share::{UseShareReturn, use_share};
pub use speech::{UseSpeechReturn, use_speech};
