//! Browser glue, one concern per file, in the shape of leptos-use: a
//! `use_x()` returning a `UseXReturn` with signals and actions.

mod clipboard;
mod print;
mod share;

pub use clipboard::{UseClipboardReturn, use_clipboard};
pub use print::{print, print_when_ready};
pub use share::{UseShareReturn, use_share};
