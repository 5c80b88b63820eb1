//! Reading a plain feed: from its first document, following `next_url` as far
//! as the view needs. Any JSON Feed from the wild is read this way.

use super::{ApiError, ArticleView, Latest, Listing, SEARCH_PAGE_SIZE, SearchHit, store};
use crate::config;
use crate::feed::{Archive, Category, Filter, RELATED_COUNT};
use crate::search;

/// Most documents read for one view. A feed longer than this is shown as far
/// as it was read; the cap also stops a `next_url` chain that never ends.
const MAX_PAGES: usize = 50;

pub(super) async fn listing(category: Option<String>, page: usize) -> Result<Option<Listing>, ApiError> {
    let filter = filter(&category);
    let archive = read_until(|a| a.can_list(filter, page)).await?;
    let Some(category) = category_of(&archive, &category) else { return Ok(None) };
    Ok(archive.listing(filter, page).map(|page| Listing { site: archive.site.clone(), category, page }))
}

pub(super) async fn latest(category: Option<String>, n: usize) -> Result<Option<Latest>, ApiError> {
    let filter = filter(&category);
    let archive = read_until(|a| a.has_latest(filter, n)).await?;
    let Some(category) = category_of(&archive, &category) else { return Ok(None) };
    Ok(Some(Latest { articles: archive.latest(filter, n), site: archive.site.clone(), category }))
}

pub(super) async fn article(id: &str) -> Result<Option<ArticleView>, ApiError> {
    // Read on past the article until its related list is full (or the feed ends).
    let enough = |a: &Archive| a.find(id).is_some_and(|found| a.related(found).len() >= RELATED_COUNT);
    let archive = read_until(enough).await?;
    Ok(archive.find(id).cloned().map(|article| ArticleView {
        related: archive.related(&article),
        site: archive.site.clone(),
        article,
    }))
}

/// Searches every article of the feed (as far as the cap allows) in memory.
pub(super) async fn search(words: &[String], page: usize) -> Result<(usize, Vec<SearchHit>), ApiError> {
    let archive = read_until(|_| false).await?;
    let found: Vec<_> = archive
        .articles
        .iter()
        .filter(|a| {
            let category = a.category.as_ref().map_or("", |c| c.name.as_str());
            let text = format!("{} {} {category}", a.title, a.summary.as_deref().unwrap_or(""));
            search::matches(words, &search::words(&text))
        })
        .collect();
    let hits = found
        .iter()
        .skip(page.saturating_sub(1).saturating_mul(SEARCH_PAGE_SIZE))
        .take(SEARCH_PAGE_SIZE)
        .map(|a| SearchHit {
            id: a.id.clone(),
            title: a.title.clone(),
            date: a.listed(),
            category: a.category.clone(),
        })
        .collect();
    Ok((found.len(), hits))
}

fn filter(category: &Option<String>) -> Filter<'_> {
    match category {
        Some(id) => Filter::Category(id),
        None => Filter::All,
    }
}

/// The category asked for: `Some(None)` for none, `None` when the feed has no
/// such category.
fn category_of(archive: &Archive, id: &Option<String>) -> Option<Option<Category>> {
    let Some(id) = id else { return Some(None) };
    let used = || archive.articles.iter().find_map(|a| a.category.as_ref().filter(|c| &c.id == id));
    archive.site.category(id).or_else(used).cloned().map(Some)
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
