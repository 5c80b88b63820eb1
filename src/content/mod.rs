//! Article HTML from the feed: the only way it reaches the DOM.
//!
//! [`sanitize`] parses it with the browser's own parser into an inert
//! document and keeps only what [`policy`] allows, so what was checked is
//! exactly what the browser will build.

pub mod anchors;
mod inline_style;
pub mod policy;
mod sanitize;

pub use sanitize::{sanitize, text_paragraphs};
