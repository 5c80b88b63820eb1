//! The wire: where the feed lives, fetching it, the JSON Feed types, and the
//! questions views ask of it. Views call the `async fn`s here and nothing else;
//! none of them builds a feed URL or calls `fetch`.

mod chain;
mod http;
mod index;
mod layout;
pub mod loose;
mod retry;
mod saved;
mod status;
mod store;
pub mod wire;

use crate::config;
use crate::date::Timestamp;
use crate::feed::{Article, Category, FeedPage, ListingPage, Site};
use std::sync::Arc;
use thiserror::Error;
use wire::FeedError;

pub use status::{data_version, showing_saved_copy};

/// Why content could not be loaded. Each is shown to the reader differently.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ApiError {
    /// The request did not complete (offline, DNS, CORS, aborted).
    #[error("network error: {0}")]
    Network(String),
    /// The server answered with an error status.
    #[error("HTTP status {0}")]
    Status(u16),
    /// The server answered with a web page where a feed belongs.
    #[error("a web page instead of a feed")]
    WebPage,
    /// No answer within the time allowed, attempt after attempt.
    #[error("timed out")]
    Timeout,
    /// The document is larger than the app will download.
    #[error("larger than {} bytes", http::MAX_BYTES)]
    TooLarge,
    /// The view that asked went away; nobody sees this.
    #[error("aborted")]
    Aborted,
    /// The body is not a usable feed.
    #[error(transparent)]
    Feed(#[from] FeedError),
}

/// One page of the home listing or of a category's listing.
#[derive(Clone, Debug)]
pub struct Listing {
    /// The portal.
    pub site: Site,
    /// The category listed; `None` for the home page.
    pub category: Option<Category>,
    /// The articles on this page.
    pub page: ListingPage,
}

/// An article with what its view shows around it.
#[derive(Clone, Debug)]
pub struct ArticleView {
    /// The portal.
    pub site: Site,
    /// The article.
    pub article: Arc<Article>,
    /// Newest articles of the same category, without this one.
    pub related: Vec<Arc<Article>>,
}

/// The latest articles for the embeddable widget.
#[derive(Clone, Debug)]
pub struct Latest {
    /// The portal.
    pub site: Site,
    /// The category shown, when the widget names one.
    pub category: Option<Category>,
    /// Up to the number asked for, newest first.
    pub articles: Vec<Arc<Article>>,
}

/// Search results shown on one page.
pub const SEARCH_PAGE_SIZE: usize = 20;

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
}

/// A page of search results.
#[derive(Clone, Debug)]
pub struct SearchResults {
    /// The portal.
    pub site: Site,
    /// The query's words, folded (for highlighting).
    pub words: Vec<String>,
    /// How many articles match in all.
    pub total: usize,
    /// 1-based page of results.
    pub page: usize,
    /// The results on this page, newest first.
    pub hits: Vec<SearchHit>,
}

/// The portal: its name, categories and time zone, from the feed's first document.
pub async fn site() -> Result<Site, ApiError> {
    Ok(first().await?.site.clone())
}

/// Page `page` (1-based) of the listing of `category` (`None`: every article).
/// `Ok(None)` when there is no such page or no such category.
pub async fn listing(category: Option<String>, page: usize) -> Result<Option<Listing>, ApiError> {
    let first = first().await?;
    match &first.site.layout {
        Some(layout) => layout::listing(&first, layout, category, page).await,
        None => chain::listing(category, page).await,
    }
}

/// The `n` latest articles, of `category` when given. `Ok(None)` when the
/// feed has no such category.
pub async fn latest(category: Option<String>, n: usize) -> Result<Option<Latest>, ApiError> {
    let first = first().await?;
    match &first.site.layout {
        Some(layout) => layout::latest(&first, layout, category, n).await,
        None => chain::latest(category, n).await,
    }
}

/// The article with this id, `Ok(None)` when the feed has none.
pub async fn article(id: String) -> Result<Option<ArticleView>, ApiError> {
    let first = first().await?;
    match &first.site.layout {
        Some(layout) => layout::article(&first, layout, &id).await,
        None => chain::article(&id).await,
    }
}

/// Page `page` of the articles matching `query` (see [`crate::search`]).
pub async fn search(query: String, page: usize) -> Result<SearchResults, ApiError> {
    let first = first().await?;
    let words = crate::search::query_words(&query);
    let (total, hits) = match first.site.layout.as_ref().filter(|l| l.search_file("").is_some()) {
        Some(layout) => index::search(&first.site, layout, &words, page).await?,
        None => chain::search(&words, page).await?,
    };
    Ok(SearchResults { site: first.site.clone(), words, total, page, hits })
}

/// The feed's top-level document.
async fn first() -> Result<Arc<FeedPage>, ApiError> {
    store::page(&config::feed_url(), None).await
}
