//! The app's glue to the browser, one concern per file: mounting and taking
//! over a static page, the service worker, printing, the widget's height,
//! URL resolution, and the clock of a view's bound.

pub mod clock;
mod offline;
mod print;
mod resize;
mod takeover;
mod url;

pub use offline::register_service_worker;
pub use print::{print, print_when_ready};
pub use resize::{RESIZE_MESSAGE, post_height_to_parent};
pub use takeover::{mount_app, reveal, reveal_over_not_found};
pub use url::resolver;
