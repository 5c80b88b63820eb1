//! Article HTML from the feed, in the browser: the only way it reaches the DOM.
//!
//! [`sanitize`] parses it with the browser's own parser into an inert
//! document and keeps only what the policy
//! ([`bantin_core::content::policy`]) allows, so what was checked is exactly
//! what the browser will build.

pub mod anchors;
pub mod photos;
pub mod players;
mod sanitize;

pub use sanitize::{sanitize, text_paragraphs};
