//! The static layout of a large archive (`_bantin.layout`, documented in
//! `docs/feed-format.md`): where its listing pages, article documents,
//! newest-per-category documents and search index are, and the file names
//! ids are stored under. The app reads a layout through it; the tool writes
//! one with the same names.

use crate::date::Day;
use crate::text::percent_encode;

/// Where a large archive's static files are (`_bantin.layout`): every path is
/// relative to the top-level feed, whose absolute URL is `base`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    /// The top-level feed's URL.
    pub base: String,
    /// Items per listing page.
    pub page_size: usize,
    /// Pages of the home listing.
    pub home_pages: usize,
    /// Pages of each category's listing, by category id.
    pub category_pages: Vec<(String, usize)>,
    home_page: String,
    category_page: String,
    article: String,
    search: Option<String>,
    category_latest: Option<String>,
    /// The register of legal documents' file, when the layout has one.
    pub documents: Option<String>,
    /// Template of a topic's listing pages (`{topic}`, `{page}`), when the
    /// layout has them.
    pub topic_page: Option<String>,
    /// Template of a day's listing pages (`{day}`, `{page}`), when the
    /// layout has them.
    pub day_page: Option<String>,
}

impl Layout {
    /// A layout from its parts; `None` unless every template has its
    /// placeholder (a layout that cannot be followed is no layout). The
    /// optional parts: the search index's folder, and the template of each
    /// category's newest articles (`{category}`; ignored without it).
    pub fn new(
        base: String,
        (page_size, home_pages): (usize, usize),
        category_pages: Vec<(String, usize)>,
        (home_page, category_page, article): (String, String, String),
        (search, category_latest): (Option<String>, Option<String>),
    ) -> Option<Self> {
        let valid = page_size > 0
            && home_page.contains("{page}")
            && category_page.contains("{category}")
            && category_page.contains("{page}")
            && article.contains("{article}");
        valid.then_some(Self {
            base,
            page_size,
            home_pages,
            category_pages,
            home_page,
            category_page,
            article,
            search,
            category_latest: category_latest.filter(|t| t.contains("{category}")),
            documents: None,
            topic_page: None,
            day_page: None,
        })
    }

    /// The path of home listing page `page` (2 or more; page 1 is the feed itself).
    pub fn home_page(&self, page: usize) -> String {
        self.home_page.replace("{page}", &page.to_string())
    }

    /// The path of a category's listing page, `None` for an id with no file key.
    pub fn category_page(&self, id: &str, page: usize) -> Option<String> {
        let key = percent_encode(&file_key(id)?);
        Some(self.category_page.replace("{category}", &key).replace("{page}", &page.to_string()))
    }

    /// How many listing pages a category has (0 for one the layout does not know).
    pub fn category_page_count(&self, id: &str) -> usize {
        self.category_pages.iter().find(|(c, _)| c == id).map_or(0, |(_, n)| *n)
    }

    /// The path of an article's document, `None` for an id with no file key.
    pub fn article(&self, id: &str) -> Option<String> {
        let key = percent_encode(&file_key(id)?);
        Some(self.article.replace("{article}", &key))
    }

    /// The path of the short document of a category's newest articles, when
    /// the layout has them and the id has a file key.
    pub fn category_latest(&self, id: &str) -> Option<String> {
        let key = percent_encode(&file_key(id)?);
        Some(self.category_latest.as_ref()?.replace("{category}", &key))
    }

    /// The path of page `page` of the topic with this key, when the layout
    /// has topic pages and the key has a file key.
    pub fn topic(&self, key: &str, page: usize) -> Option<String> {
        let key = percent_encode(&file_key(key)?);
        Some(self.topic_page.as_ref()?.replace("{topic}", &key).replace("{page}", &page.to_string()))
    }

    /// The path of page `page` of a day's listing, when the layout has them.
    pub fn day(&self, day: Day, page: usize) -> Option<String> {
        Some(self.day_page.as_ref()?.replace("{day}", &day.iso()).replace("{page}", &page.to_string()))
    }

    /// The path of a file of the search index, when the layout has one.
    pub fn search_file(&self, name: &str) -> Option<String> {
        self.search.as_ref().map(|folder| format!("{}{name}", folder))
    }
}

/// The file name (without extension) under which a static layout stores the
/// article or category with this id: the id itself when it is a safe file
/// name (`A–Z a–z 0–9 . _ -`, at most 100 bytes, not `.`/`..`), else `~`
/// and the hex of its UTF-8 bytes (at most 200 characters). `None` for an id
/// too long for either.
pub fn file_key(id: &str) -> Option<String> {
    let safe = !id.is_empty()
        && id.len() <= 100
        && id != "."
        && id != ".."
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
    if safe {
        return Some(id.to_owned());
    }
    (!id.is_empty() && id.len() <= 100).then(|| {
        let mut key = String::with_capacity(1 + 2 * id.len());
        key.push('~');
        for b in id.bytes() {
            key.push_str(&format!("{b:02x}"));
        }
        key
    })
}

#[cfg(test)]
mod tests {
    use super::file_key;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn file_keys() {
        assert_eq!(file_key("bg-2023-0331-nq29").as_deref(), Some("bg-2023-0331-nq29"));
        assert_eq!(file_key("a/b").as_deref(), Some("~612f62"));
        assert_eq!(file_key("~x").as_deref(), Some("~7e78"), "a tilde id cannot pose as an encoded one");
        assert_eq!(file_key("..").as_deref(), Some("~2e2e"));
        assert_eq!(file_key(&"x".repeat(101)), None);
        assert_eq!(file_key(""), None);
    }
}
