//! Bantin: a news reader for Vietnamese portals, rendered in the browser from
//! a JSON Feed.
//!
//! Pure logic (feed model, dates, text folding, routes, the sanitiser's policy)
//! is in plain modules tested natively; `api` owns the wire; `pages` and
//! `components` are thin views over already-shaped data.

pub mod api;
mod app;
pub mod browser;
pub mod cards;
pub mod components;
pub mod config;
pub mod content;
pub mod date;
pub mod embed;
pub mod fatal;
pub mod feed;
pub mod first_view;
pub mod head;
pub mod i18n;
pub mod pages;
pub mod prefs;
pub mod preview;
pub mod qr;
pub mod router;
pub mod routes;
pub mod search;
pub mod share;
pub mod text;
pub mod tool;
pub mod urls;

pub use app::App;
