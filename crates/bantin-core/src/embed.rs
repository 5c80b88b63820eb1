//! The embeddable widget's settings, read from its URL
//! (`/embed?limit=5&category=giao-duc&theme=auto&target=_blank&accent=%23a5191c`).
//! Every parameter is checked; an invalid one is ignored (its default holds),
//! so a mistyped snippet still gives a working widget. The feed is never one
//! of them: the widget shows the portal's own feed.

use crate::text::{escape_html, percent_encode};

/// Articles shown when `limit` is absent or invalid.
pub const DEFAULT_LIMIT: usize = 5;
/// The most articles a widget shows.
pub const MAX_LIMIT: usize = 20;

use crate::settings::Theme;

/// Where a widget's links open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkTarget {
    /// A new tab (the default).
    NewTab,
    /// The host page's whole window.
    Top,
}

impl LinkTarget {
    /// The `target` attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkTarget::NewTab => "_blank",
            LinkTarget::Top => "_top",
        }
    }
}

/// A widget's checked settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// How many articles, 1 to [`MAX_LIMIT`].
    pub limit: usize,
    /// Only this category's articles (an id, checked against the feed later).
    pub category: Option<String>,
    /// Colour scheme.
    pub theme: Theme,
    /// Where links open.
    pub target: LinkTarget,
    /// Accent colour, a CSS hex colour (`#a5191c` or `#a51`).
    pub accent: Option<String>,
    /// Whether to show thumbnails.
    pub thumbnails: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            limit: DEFAULT_LIMIT,
            category: None,
            theme: Theme::Auto,
            target: LinkTarget::NewTab,
            accent: None,
            thumbnails: true,
        }
    }
}

impl Options {
    /// Reads the settings from decoded query pairs; invalid values are ignored.
    pub fn from_query(pairs: &[(String, String)]) -> Self {
        let mut options = Self::default();
        for (key, value) in pairs {
            let value = value.trim();
            match key.as_str() {
                "limit" => {
                    if let Ok(n) = value.parse::<usize>() {
                        options.limit = n.clamp(1, MAX_LIMIT);
                    }
                }
                "category" if is_category_id(value) => options.category = Some(value.to_owned()),
                "theme" => {
                    if let Some(theme) = Theme::from_name(value) {
                        options.theme = theme;
                    }
                }
                "target" => match value {
                    "_blank" => options.target = LinkTarget::NewTab,
                    "_top" => options.target = LinkTarget::Top,
                    _ => {}
                },
                "accent" if is_hex_colour(value) => options.accent = Some(value.to_ascii_lowercase()),
                "thumbnails" => match value {
                    "0" | "false" | "no" => options.thumbnails = false,
                    "1" | "true" | "yes" => options.thumbnails = true,
                    _ => {}
                },
                _ => {}
            }
        }
        options
    }
}

/// The query string of the widget with these settings (only what differs
/// from the defaults, so snippets stay short).
pub fn query(category: Option<&str>, limit: usize, theme: Theme) -> String {
    let mut pairs = vec![format!("limit={limit}")];
    if let Some(id) = category {
        pairs.push(format!("category={}", percent_encode(id)));
    }
    pairs.push(format!("theme={}", theme.name()));
    pairs.join("&")
}

/// The two lines a site owner pastes: the placeholder element and the loader
/// from the portal at `origin`.
pub fn snippet(origin: &str, category: Option<&str>, limit: usize, theme: Theme) -> String {
    let category = category.map(|id| format!(r#" data-category="{}""#, escape_html(id))).unwrap_or_default();
    format!(
        "<div data-bantin-embed data-limit=\"{limit}\"{category} data-theme=\"{}\"></div>\n<script src=\"{}/embed.js\" async></script>",
        theme.name(),
        escape_html(origin)
    )
}

/// A category id as URLs carry it: short, no markup, no controls.
fn is_category_id(s: &str) -> bool {
    (1..=80).contains(&s.len()) && !s.chars().any(|c| c.is_control() || "<>\"'&/\\".contains(c))
}

/// `#rgb` or `#rrggbb`.
fn is_hex_colour(s: &str) -> bool {
    s.strip_prefix('#')
        .is_some_and(|hex| matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn options(query: &str) -> Options {
        Options::from_query(&crate::routes::parse_query(query))
    }

    #[test]
    fn valid_settings_are_read() {
        let o = options("?limit=3&category=giao-duc&theme=dark&target=_top&accent=%23A5191C&thumbnails=0");
        assert_eq!(o.limit, 3);
        assert_eq!(o.category.as_deref(), Some("giao-duc"));
        assert_eq!((o.theme, o.target), (Theme::Dark, LinkTarget::Top));
        assert_eq!(o.accent.as_deref(), Some("#a5191c"));
        assert!(!o.thumbnails);
    }

    #[test]
    fn snippets_and_queries_round_trip() {
        let snippet = snippet("https://binhgiang.example.vn", Some("giao-duc"), 5, Theme::Auto);
        assert_eq!(
            snippet,
            "<div data-bantin-embed data-limit=\"5\" data-category=\"giao-duc\" data-theme=\"auto\"></div>\n\
             <script src=\"https://binhgiang.example.vn/embed.js\" async></script>"
        );
        let q = query(Some("giáo dục"), 7, Theme::Dark);
        let o = options(&q);
        assert_eq!((o.category.as_deref(), o.limit, o.theme), (Some("giáo dục"), 7, Theme::Dark));
        assert!(snippet_has_no_markup_from(r#"a"><script>"#));
    }

    fn snippet_has_no_markup_from(id: &str) -> bool {
        !snippet("https://x.vn", Some(id), 5, Theme::Auto).contains("<script>")
    }

    #[test]
    fn invalid_settings_fall_back_to_defaults() {
        assert_eq!(options(""), Options::default());
        let o = options(
            "limit=-1&theme=%3Cscript%3E&target=_parent&accent=red&category=%3Cb%3E&feed=https://evil.example/feed.json",
        );
        assert_eq!(o, Options::default());
        assert_eq!(options("limit=100000").limit, MAX_LIMIT);
        assert_eq!(options("limit=0").limit, 1);
        assert_eq!(options("limit=abc").limit, DEFAULT_LIMIT);
        assert_eq!(options("accent=%23abc").accent.as_deref(), Some("#abc"));
        assert_eq!(options("accent=%23abcd").accent, None);
    }
}
