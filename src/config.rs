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
    let root = leptos::prelude::window().location().origin().unwrap_or_default() + "/";
    resolve(configured.trim(), &root).unwrap_or(configured)
}

/// The absolute URL of a path of this app (for sharing, QR codes, print).
pub fn app_url(path: &str) -> String {
    leptos::prelude::window().location().origin().unwrap_or_default() + path
}

/// Resolves `reference` against the absolute URL `base`, as the browser does.
/// Plain URLs, most of a feed's, are resolved without a call into the
/// browser ([`crate::urls::PlainBase`], which gives the same answer).
pub fn resolve(reference: &str, base: &str) -> Option<String> {
    resolver(base)(reference)
}

/// Resolves many references against one absolute URL `base` (a feed
/// document's URLs against the document's own), as [`resolve`] does, with the
/// base checked once.
pub fn resolver(base: &str) -> impl Fn(&str) -> Option<String> + '_ {
    let plain = crate::urls::PlainBase::new(base);
    move |reference| match plain.and_then(|p| p.resolve(reference)) {
        Some(resolved) => Some(resolved),
        None => web_sys::Url::new_with_base(reference, base).ok().map(|u| u.href()),
    }
}
