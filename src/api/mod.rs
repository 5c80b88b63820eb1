//! The wire: where the feed lives, fetching it, the JSON Feed types, and the
//! questions views ask of it. Views call the `async fn`s here and nothing else;
//! none of them builds a feed URL or calls `fetch`.

mod http;
pub mod loose;
mod store;
pub mod wire;

use crate::config;
use crate::feed::{Archive, Article, Category, Filter, ListingPage, RELATED_COUNT, Site};
use std::sync::Arc;
use thiserror::Error;
use wire::FeedError;

/// Most documents read for one view. A feed longer than this is shown as far
/// as it was read; the cap also stops a `next_url` chain that never ends.
const MAX_PAGES: usize = 50;

/// Why content could not be loaded. Each is shown to the reader differently.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ApiError {
    /// The request did not complete (offline, DNS, CORS, aborted).
    #[error("network error: {0}")]
    Network(String),
    /// The server answered with an error status.
    #[error("HTTP status {0}")]
    Status(u16),
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

/// The portal: its name, categories and time zone, from the feed's first document.
pub async fn site() -> Result<Site, ApiError> {
    let page = store::page(&config::feed_url(), None).await?;
    Ok(page.site.clone())
}

/// Page `page` (1-based) of the listing of `category` (`None`: every article).
/// `Ok(None)` when there is no such page or no such category.
pub async fn listing(category: Option<String>, page: usize) -> Result<Option<Listing>, ApiError> {
    let filter = match &category {
        Some(id) => Filter::Category(id),
        None => Filter::All,
    };
    let archive = read_until(|a| a.can_list(filter, page)).await?;
    let category = match &category {
        None => None,
        Some(id) => match find_category(&archive, id) {
            Some(c) => Some(c),
            None => return Ok(None),
        },
    };
    Ok(archive.listing(filter, page).map(|page| Listing { site: archive.site.clone(), category, page }))
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

/// The `n` latest articles, of `category` when given. `Ok(None)` when the
/// feed has no such category.
pub async fn latest(category: Option<String>, n: usize) -> Result<Option<Latest>, ApiError> {
    let filter = match &category {
        Some(id) => Filter::Category(id),
        None => Filter::All,
    };
    let archive = read_until(|a| a.has_latest(filter, n)).await?;
    let category = match &category {
        None => None,
        Some(id) => match find_category(&archive, id) {
            Some(c) => Some(c),
            None => return Ok(None),
        },
    };
    Ok(Some(Latest { articles: archive.latest(filter, n), site: archive.site.clone(), category }))
}

/// A category the portal declares, or one its articles read so far use.
fn find_category(archive: &Archive, id: &str) -> Option<Category> {
    let used = || archive.articles.iter().find_map(|a| a.category.as_ref().filter(|c| c.id == id));
    archive.site.category(id).or_else(used).cloned()
}

/// The article with this id, `Ok(None)` when the feed has none.
pub async fn article(id: String) -> Result<Option<ArticleView>, ApiError> {
    // Read on past the article until its related list is full (or the feed ends).
    let enough = |a: &Archive| a.find(&id).is_some_and(|found| a.related(found).len() >= RELATED_COUNT);
    let archive = read_until(enough).await?;
    Ok(archive.find(&id).cloned().map(|article| ArticleView {
        related: archive.related(&article),
        site: archive.site.clone(),
        article,
    }))
}

/// Reads the feed from its first document, following `next_url`, until
/// `enough` holds or the feed ends.
async fn read_until(enough: impl Fn(&Archive) -> bool) -> Result<Archive, ApiError> {
    let root = config::feed_url();
    let first = store::page(&root, None).await?;
    let mut archive = Archive::new(&first);
    let mut visited = vec![root];
    let mut next = first.next_url.clone();
    while !enough(&archive) {
        let Some(url) = next.take() else { break };
        if visited.contains(&url) || visited.len() >= MAX_PAGES {
            // A loop back to a page already read, or a feed past the cap.
            archive.complete = true;
            break;
        }
        let page = store::page(&url, Some(&archive.site)).await?;
        archive.push(&page);
        next = page.next_url.clone();
        visited.push(url);
    }
    Ok(archive)
}
