//! What a search shows: a page of hits.

use crate::date::Timestamp;
use crate::feed::{Category, Site};

/// Search results shown on one page.
pub const PAGE_SIZE: usize = 20;

/// One article found by a search.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchHit {
    /// The article's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// When it was published.
    pub date: Option<Timestamp>,
    /// Its category.
    pub category: Option<Category>,
    /// Its body around the first match, when known.
    pub snippet: Option<String>,
}

/// A page of search results.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchResults {
    /// The portal.
    pub site: Site,
    /// The query's words, folded (for highlighting).
    pub words: Vec<String>,
    /// How many articles match in all.
    pub total: usize,
    /// The results on this page, in the order asked for.
    pub hits: Vec<SearchHit>,
    /// What was asked.
    pub query: super::SearchQuery,
    /// Whether the category and date filters apply (not on an index written
    /// before they existed, which finds head fields only).
    pub filters: bool,
}

impl SearchResults {
    /// Whether a further page of results exists.
    pub fn has_next(&self) -> bool {
        self.query.page.saturating_mul(PAGE_SIZE) < self.total
    }
}

/// The slice of `found` (every match, in order) that page `page` (1-based) shows.
pub fn page_of<T>(found: &[T], page: usize) -> impl Iterator<Item = &T> {
    found.iter().skip(page.saturating_sub(1).saturating_mul(PAGE_SIZE)).take(PAGE_SIZE)
}
