//! Browser glue, one concern per file, in the shape of leptos-use: a
//! `use_x()` returning a `UseXReturn` with signals and actions.

mod clipboard;
mod offline;
mod print;
mod resize;
mod share;
mod speech;
mod takeover;

pub use clipboard::{UseClipboardReturn, use_clipboard};
pub use offline::register_service_worker;
pub use print::{print, print_when_ready};
pub use resize::{RESIZE_MESSAGE, post_height_to_parent};
pub use share::{UseShareReturn, use_share};
pub use speech::{UseSpeechReturn, use_speech};
pub use takeover::{mount_app, reveal};
