//! Bantin: a news reader for Vietnamese portals, rendered in the browser from
//! a JSON Feed.
//!
//! The pure core (feed model, dates, text, routes, search, the sanitiser's
//! policy, the interface's words) is the `bantin-core` crate. This crate is
//! what draws it: the `components`, which build both in the browser and
//! natively, and, in the browser only, the app around them: the shell
//! (`App`), the `pages` that own their data, the wire (`api`), the router
//! and the browser glue. Natively it is the static pages' renderer
//! (`render`), which `bantin-tool` uses.

// Deeply nested views make deeply nested types.
#![recursion_limit = "256"]

pub mod components;
pub mod events;
pub mod hooks;
pub mod prefs;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod boot;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod config;
#[cfg(target_arch = "wasm32")]
pub mod content;
#[cfg(target_arch = "wasm32")]
pub mod fatal;
#[cfg(target_arch = "wasm32")]
pub mod head;
#[cfg(target_arch = "wasm32")]
mod lazy;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod router;
#[cfg(target_arch = "wasm32")]
pub use app::App;

#[cfg(not(target_arch = "wasm32"))]
pub mod render;
