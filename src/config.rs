//! Deployment settings, read once from `index.html`.
//!
//! The feed's address is a `<meta name="bantin:feed">` tag so that a portal
//! can point the app at its feed without rebuilding it. It is deliberately not
//! a URL parameter: a crafted link must not show someone else's content under
//! the portal's name.

/// The feed used when `index.html` names none: next to `index.html`.
pub const DEFAULT_FEED: &str = "feed.json";

/// The absolute URL of the top-level feed document. A relative setting is
/// resolved against the site's root (the app is served from the root of its
/// origin), never against the current route's path.
pub fn feed_url() -> String {
    thread_local! {
        static FEED_URL: String = read_feed_url();
    }
    FEED_URL.with(Clone::clone)
}

fn read_feed_url() -> String {
    let document = leptos::prelude::document();
    let configured = document
        .query_selector(r#"meta[name="bantin:feed"]"#)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_FEED.to_owned());
    let root = origin() + "/";
    crate::browser::resolver(&root)(configured.trim()).unwrap_or(configured)
}

/// The origin the app is served from (`https://binhgiang.example.vn`).
pub fn origin() -> String {
    leptos::prelude::window().location().origin().unwrap_or_default()
}

/// The absolute URL of a path of this app (for sharing, QR codes, print).
pub fn app_url(path: &str) -> String {
    origin() + path
}
