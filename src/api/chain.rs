//! Reading a plain feed: from its first document, following `next_url` as far
//! as the view needs. Any JSON Feed from the wild is read this way.

use super::store;
use bantin_core::LoadError;
use bantin_core::feed::{
    Archive, Article, ArticleData, Filter, Latest, Listing, ListingKey, Page, RELATED_COUNT,
};
use bantin_core::search::{SearchHit, SearchQuery};
use std::sync::Arc;

/// Most documents read for one view. A feed longer than this is shown as far
/// as it was read; the cap also stops a `next_url` chain that never ends.
const MAX_PAGES: usize = 50;

/// A listing's page: its pages are counted from its oldest article
/// (`bantin_core::feed::Paging`), so the whole feed is read first.
pub(super) async fn listing(key: &ListingKey, page: Page) -> Result<Option<Listing>, LoadError> {
    Ok(read_until(|_| false).await?.listing_data(key, page))
}

pub(super) async fn latest(category: Option<&str>, n: usize) -> Result<Option<Latest>, LoadError> {
    let archive = read_until(|a| a.has_latest(Filter::of(category), n)).await?;
    Ok(archive.latest_data(category, n))
}

pub(super) async fn article(id: &str) -> Result<Option<ArticleData>, LoadError> {
    // Read on past the article until its related list (the articles of its
    // category before it) is full, or the feed ends.
    let enough = |a: &Archive| a.find(id).is_some_and(|found| a.related(found).len() >= RELATED_COUNT);
    Ok(read_until(enough).await?.article_data(id))
}

/// Searches every article of the feed (as far as the cap allows) in memory.
pub(super) async fn search(query: &SearchQuery) -> Result<(usize, Vec<SearchHit>), LoadError> {
    Ok(read_until(|_| false).await?.search(query))
}

/// Every article of the feed (the register of documents looks through all).
pub(super) async fn documents() -> Result<Vec<Arc<Article>>, LoadError> {
    Ok(read_until(|_| false).await?.articles)
}

/// Reads the feed from its first document, following `next_url`, until
/// `enough` holds or the feed ends.
async fn read_until(enough: impl Fn(&Archive) -> bool) -> Result<Archive, LoadError> {
    let root = crate::config::feed_url();
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
