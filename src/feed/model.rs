//! The portal and its articles as the views see them: already shaped,
//! with every fallback applied, so a view only reads fields.

use crate::date::{Timestamp, UtcOffset};
use std::sync::Arc;

/// A section of the portal ("Giáo dục – Đào tạo"), with its own listing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Category {
    /// Stable id used in URLs, e.g. `giao-duc`.
    pub id: String,
    /// Display name.
    pub name: String,
}

/// What the top-level feed says about the portal.
#[derive(Clone, Debug, PartialEq)]
pub struct Site {
    /// The portal's name.
    pub title: String,
    /// What the portal is about, for the meta description.
    pub description: Option<String>,
    /// The portal's own home page.
    pub home_page_url: Option<String>,
    /// The feed's language, e.g. `vi`.
    pub language: Option<String>,
    /// Sections in navigation order: `_bantin.categories`, or when the feed
    /// declares none, the categories its articles use, in order of appearance.
    pub categories: Vec<Category>,
    /// The zone every time is shown in.
    pub time_zone: UtcOffset,
    /// The static layout of a large archive, when the feed has one.
    pub layout: Option<Layout>,
}

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
        })
    }

    /// The path of home listing page `page` (2 or more; page 1 is the feed itself).
    pub fn home_page(&self, page: usize) -> String {
        self.home_page.replace("{page}", &page.to_string())
    }

    /// The path of a category's listing page, `None` for an id with no file key.
    pub fn category_page(&self, id: &str, page: usize) -> Option<String> {
        let key = crate::text::percent_encode(&crate::search::file_key(id)?);
        Some(self.category_page.replace("{category}", &key).replace("{page}", &page.to_string()))
    }

    /// How many listing pages a category has (0 for one the layout does not know).
    pub fn category_page_count(&self, id: &str) -> usize {
        self.category_pages.iter().find(|(c, _)| c == id).map_or(0, |(_, n)| *n)
    }

    /// The path of an article's document, `None` for an id with no file key.
    pub fn article(&self, id: &str) -> Option<String> {
        let key = crate::text::percent_encode(&crate::search::file_key(id)?);
        Some(self.article.replace("{article}", &key))
    }

    /// The path of the short document of a category's newest articles, when
    /// the layout has them and the id has a file key.
    pub fn category_latest(&self, id: &str) -> Option<String> {
        let key = crate::text::percent_encode(&crate::search::file_key(id)?);
        Some(self.category_latest.as_ref()?.replace("{category}", &key))
    }

    /// The path of a file of the search index, when the layout has one.
    pub fn search_file(&self, name: &str) -> Option<String> {
        self.search.as_ref().map(|folder| format!("{}{name}", folder))
    }
}

impl Site {
    /// The declared category with this id.
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }
}

/// An article's body, as the feed gives it.
#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    /// `content_html`: must go through the sanitiser before it reaches the DOM.
    Html(String),
    /// `content_text`: shown as paragraphs of plain text.
    Text(String),
    /// The feed gave no body.
    Empty,
}

/// One article, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// The feed's id, unique within the feed.
    pub id: String,
    /// A display title, never empty (derived from the text when the feed has none).
    pub title: String,
    /// The lead (`summary`), set apart above the body.
    pub summary: Option<String>,
    /// Text for a listing card: the summary, else the start of the body; `None`
    /// when the title was itself derived from that text.
    pub teaser: Option<String>,
    /// The body.
    pub body: Body,
    /// The main image, as an absolute URL.
    pub image: Option<String>,
    /// The article's permalink on the portal's own site.
    pub permalink: Option<String>,
    /// First publication.
    pub published: Option<Timestamp>,
    /// Last update.
    pub modified: Option<Timestamp>,
    /// Authors' names (the item's, else the feed's).
    pub authors: Vec<String>,
    /// The credit line as printed, e.g. `Tin, ảnh: Mỹ Linh`.
    pub byline: Option<String>,
    /// How many times it was read.
    pub views: Option<u64>,
    /// Its section.
    pub category: Option<Category>,
    /// The article's language when the feed gives one.
    pub language: Option<String>,
    /// The feed document it came from: relative URLs in its body resolve against it.
    pub base_url: String,
    /// About how long it takes to read, in minutes (when the body is known).
    pub reading_minutes: Option<u32>,
}

impl Article {
    /// The time the update line shows: the last update, else first publication.
    pub fn updated(&self) -> Option<Timestamp> {
        self.modified.or(self.published)
    }

    /// The time a listing orders by: first publication, else the last update.
    pub fn listed(&self) -> Option<Timestamp> {
        self.published.or(self.modified)
    }

    /// Sorts newest first (by [`Self::listed`]); undated articles keep their
    /// order, after dated ones. One function, so one copy of the sort in the binary.
    pub fn sort_newest_first(articles: &mut [Arc<Self>]) {
        articles.sort_by_key(|a| std::cmp::Reverse(a.listed()));
    }

    /// The credit line under the article: the byline as printed, else the
    /// authors' names.
    pub fn credit(&self) -> Option<String> {
        self.byline.clone().or_else(|| (!self.authors.is_empty()).then(|| self.authors.join(", ")))
    }

    /// What "Nghe bài viết" reads: the title, the lead, then the body, each
    /// ending a sentence.
    pub fn spoken_text(&self) -> String {
        let body = match &self.body {
            Body::Html(html) => crate::text::html_to_text(html),
            Body::Text(text) => crate::text::collapse_whitespace(text),
            Body::Empty => String::new(),
        };
        let parts = [Some(self.title.as_str()), self.summary.as_deref(), Some(body.as_str())];
        let sentences = parts
            .into_iter()
            .flatten()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| if p.ends_with(['.', '!', '?', '…']) { p.to_owned() } else { format!("{p}.") });
        sentences.collect::<Vec<_>>().join(" ")
    }

    /// Whether the article belongs to the category with this id.
    pub fn in_category(&self, id: &str) -> bool {
        self.category.as_ref().is_some_and(|c| c.id == id)
    }
}

/// One fetched feed document, converted.
#[derive(Clone, Debug, PartialEq)]
pub struct FeedPage {
    /// The portal, as this document describes it.
    pub site: Site,
    /// Its articles, newest first.
    pub articles: Vec<Arc<Article>>,
    /// The absolute URL of the next document of a paginated feed.
    pub next_url: Option<String>,
    /// Items that could not be shown at all (no id, no text), for diagnostics.
    pub skipped: usize,
}
