//! The static layout of a large archive (`_bantin.layout`, documented in
//! `docs/feed-format.md`): where its listing pages, article documents and
//! search index are, and the file names ids are stored under. The app reads
//! a layout through it; the tool writes one with the same names.

use crate::date::Day;
use crate::feed::Page;
use crate::text::percent_encode;

/// The version of the layout this code reads and writes: listing pages
/// counted from the oldest article ([`crate::feed::Paging`]).
pub const VERSION: u64 = 2;

/// Where a large archive's static files are (`_bantin.layout`): every path is
/// relative to the top-level feed, whose absolute URL is `base`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    /// The top-level feed's URL.
    pub base: String,
    /// Articles per block of a listing.
    pub page_size: usize,
    /// Blocks of the home listing.
    pub home_blocks: usize,
    /// Blocks of each category's listing, by category id.
    pub category_blocks: Vec<(String, usize)>,
    home_page: String,
    category_page: String,
    article: String,
    search: Option<String>,
    /// The register of legal documents' file, when the layout has one.
    pub documents: Option<String>,
    /// Template of a topic's listing pages (`{topic}`, `{page}`), when the
    /// layout has them.
    pub topic_page: Option<String>,
    /// Template of a day's listing pages (`{day}`, `{page}`), when the
    /// layout has them.
    pub day_page: Option<String>,
}

/// What a listing page's file is named after: `newest`, or its block's number.
pub fn page_name(page: Page) -> String {
    match page {
        Page::Newest => "newest".to_owned(),
        Page::Block(number) => number.to_string(),
    }
}

impl Layout {
    /// A layout from its parts; `None` unless every template has its
    /// placeholder (a layout that cannot be followed is no layout). The
    /// optional part: the search index's folder.
    pub fn new(
        base: String,
        (page_size, home_blocks): (usize, usize),
        category_blocks: Vec<(String, usize)>,
        (home_page, category_page, article): (String, String, String),
        search: Option<String>,
    ) -> Option<Self> {
        let valid = page_size > 0
            && home_page.contains("{page}")
            && category_page.contains("{category}")
            && category_page.contains("{page}")
            && article.contains("{article}");
        valid.then_some(Self {
            base,
            page_size,
            home_blocks,
            category_blocks,
            home_page,
            category_page,
            article,
            search,
            documents: None,
            topic_page: None,
            day_page: None,
        })
    }

    /// Whether the home listing (`None`) or a category's has `page`: its
    /// newest, or an older block before the newest one (`Paging`); a category
    /// the layout does not know has none.
    pub fn has_page(&self, category: Option<&str>, page: Page) -> bool {
        let blocks = match category {
            None => Some(self.home_blocks),
            Some(id) => self.category_blocks.iter().find(|(c, _)| c == id).map(|(_, n)| *n),
        };
        match (blocks, page) {
            (None, _) => false,
            (Some(_), Page::Newest) => true,
            (Some(blocks), Page::Block(number)) => (1..blocks).contains(&number),
        }
    }

    /// The path of an older page of the home listing; `None` for its newest,
    /// which is the top-level feed itself.
    pub fn home_page(&self, page: Page) -> Option<String> {
        matches!(page, Page::Block(_)).then(|| self.home_page.replace("{page}", &page_name(page)))
    }

    /// The path of a category's listing page, `None` for an id with no file key.
    pub fn category_page(&self, id: &str, page: Page) -> Option<String> {
        let key = percent_encode(&file_key(id)?);
        Some(self.category_page.replace("{category}", &key).replace("{page}", &page_name(page)))
    }

    /// The path of an article's document, `None` for an id with no file key.
    pub fn article(&self, id: &str) -> Option<String> {
        let key = percent_encode(&file_key(id)?);
        Some(self.article.replace("{article}", &key))
    }

    /// The path of a page of the topic with this key, when the layout has
    /// topic pages and the key has a file key.
    pub fn topic(&self, key: &str, page: Page) -> Option<String> {
        let key = percent_encode(&file_key(key)?);
        Some(self.topic_page.as_ref()?.replace("{topic}", &key).replace("{page}", &page_name(page)))
    }

    /// The path of a page of a day's listing, when the layout has them.
    pub fn day(&self, day: Day, page: Page) -> Option<String> {
        Some(self.day_page.as_ref()?.replace("{day}", &day.iso()).replace("{page}", &page_name(page)))
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
    use super::{Layout, file_key};
    use crate::feed::Page;
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

    #[test]
    fn a_listing_has_its_newest_page_and_a_page_for_each_block_before_the_newest() {
        let templates =
            ("pages/home/{page}.json", "pages/c/{category}/{page}.json", "articles/{article}.json");
        let layout = Layout::new(
            "https://a.vn/feed.json".into(),
            (20, 5),
            vec![("giao-duc".into(), 1), ("y-te".into(), 0)],
            (templates.0.into(), templates.1.into(), templates.2.into()),
            None,
        );
        let Some(layout) = layout else { panic!("a layout") };
        for (page, has) in
            [(Page::Newest, true), (Page::Block(1), true), (Page::Block(4), true), (Page::Block(5), false)]
        {
            assert_eq!(layout.has_page(None, page), has, "{page:?}");
        }
        assert!(!layout.has_page(None, Page::Block(0)));
        assert!(
            layout.has_page(Some("giao-duc"), Page::Newest)
                && !layout.has_page(Some("giao-duc"), Page::Block(1))
        );
        assert!(layout.has_page(Some("y-te"), Page::Newest), "an empty category has its newest page");
        assert!(!layout.has_page(Some("khong-co"), Page::Newest));
        assert_eq!(layout.home_page(Page::Block(4)).as_deref(), Some("pages/home/4.json"));
        assert_eq!(layout.home_page(Page::Newest), None, "the top-level feed itself");
    }
}
