//! Bantin's pure core: everything the app and the native tool share that
//! needs no browser. The JSON Feed as it arrives and its lenient decoding
//! ([`wire`]), the content model built from it ([`feed`]), the static layout
//! of a large archive ([`layout`]), routes and the links to them
//! ([`routes`]), dates in the portal's time zone ([`date`]), Vietnamese text
//! ([`text`]) and search ([`search`]), URL resolution ([`urls`]), the
//! sanitiser's policy ([`content`]), share targets and QR codes, the
//! widget's settings, the network's retry policy, and every interface string
//! in both languages ([`i18n`]).
//!
//! Nothing here depends on a browser crate; all of it is tested natively.

pub mod content;
pub mod date;
pub mod embed;
pub mod error;
pub mod feed;
#[cfg(test)]
mod generated;
pub mod i18n;
pub mod layout;
pub mod net;
pub mod qr;
pub mod routes;
pub mod search;
pub mod settings;
pub mod share;
pub mod text;
pub mod urls;
pub mod wire;

pub use error::LoadError;
