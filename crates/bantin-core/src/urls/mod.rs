//! URLs without a browser: RFC 3986 resolution, and the plain fast path
//! that the app uses before it asks the browser's own URL parser.

mod plain;
mod rfc3986;

pub use plain::PlainBase;
pub use rfc3986::resolve;
