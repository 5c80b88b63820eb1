//! Every route of the app, declared once, with the href builders views use
//! to link to them (so no view spells a path by hand).
//!
//! | view | path |
//! |---|---|
//! | home listing | `/`, `/trang/2` |
//! | category listing | `/chuyen-muc/giao-duc`, `/chuyen-muc/giao-duc/trang/2` |
//! | article | `/bai-viet/<id>/<slug-of-the-title>` |
//!
//! An article is found by its id alone; the slug only makes the URL readable,
//! so a link keeps working when a title is corrected.

use crate::pages::{ArticlePage, CategoryPage, HomePage};
use crate::text::slug;
use leptos::prelude::*;
use leptos_router::MatchNestedRoutes;
use leptos_router::components::Route;
use leptos_router::path;

/// Longest slug in an article URL, in bytes.
const SLUG_MAX: usize = 80;

/// The app's routes. Unmatched paths fall through to the router's fallback.
#[component(transparent)]
pub fn AppRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/") view=HomePage/>
        <Route path=path!("/trang/:page") view=HomePage/>
        <Route path=path!("/chuyen-muc/:category") view=CategoryPage/>
        <Route path=path!("/chuyen-muc/:category/trang/:page") view=CategoryPage/>
        <Route path=path!("/bai-viet/:id/:slug?") view=ArticlePage/>
    }
    .into_inner()
}

/// The home listing, page `page` (1-based).
pub fn home(page: usize) -> String {
    match page {
        0 | 1 => "/".to_owned(),
        n => format!("/trang/{n}"),
    }
}

/// A category's listing, page `page` (1-based).
pub fn category(id: &str, page: usize) -> String {
    let base = format!("/chuyen-muc/{}", encode_segment(id));
    match page {
        0 | 1 => base,
        n => format!("{base}/trang/{n}"),
    }
}

/// An article: its id, then a slug of its title.
pub fn article(id: &str, title: &str) -> String {
    let slug = slug(title, SLUG_MAX);
    let id = encode_segment(id);
    if slug.is_empty() { format!("/bai-viet/{id}") } else { format!("/bai-viet/{id}/{slug}") }
}

/// Percent-encodes everything but RFC 3986's unreserved characters, so any
/// feed id (even a URL, as some feeds use) is one path segment. The router
/// decodes it back.
fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    // "." and ".." as a whole segment would be resolved away by the browser.
    match out.as_str() {
        "." => "%2E".to_owned(),
        ".." => "%2E%2E".to_owned(),
        _ => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listing_hrefs() {
        assert_eq!(home(1), "/");
        assert_eq!(home(3), "/trang/3");
        assert_eq!(category("giao-duc", 1), "/chuyen-muc/giao-duc");
        assert_eq!(category("giao-duc", 2), "/chuyen-muc/giao-duc/trang/2");
        assert_eq!(category("Đời sống", 1), "/chuyen-muc/%C4%90%E1%BB%9Di%20s%E1%BB%91ng");
    }

    #[test]
    fn article_hrefs_carry_the_id_and_a_readable_slug() {
        assert_eq!(
            article("bg-2023-0331-nq29", "Quận ủy Thốt Nốt: Tổng kết 10 năm"),
            "/bai-viet/bg-2023-0331-nq29/quan-uy-thot-not-tong-ket-10-nam"
        );
        assert_eq!(
            article("https://daringfireball.net/2020/01/x", "Title"),
            "/bai-viet/https%3A%2F%2Fdaringfireball.net%2F2020%2F01%2Fx/title"
        );
        assert_eq!(article("42", "…"), "/bai-viet/42");
        assert_eq!(article("..", "x"), "/bai-viet/%2E%2E/x");
        assert!(article("1", &"dài ".repeat(100)).len() < "/bai-viet/1/".len() + 81);
    }
}
