//! Reading a large archive through its static layout: every view costs a
//! fixed number of requests, whatever the archive's size.

use super::{ApiError, ArticleView, Latest, Listing, store};
use crate::config;
use crate::feed::{Category, FeedPage, Layout, ListingPage, RELATED_COUNT};
use std::sync::Arc;

pub(super) async fn listing(
    first: &Arc<FeedPage>,
    layout: &Layout,
    category: Option<String>,
    page: usize,
) -> Result<Option<Listing>, ApiError> {
    let pages = page_count(layout, category.as_deref());
    if page == 0 || page > pages {
        return Ok(None);
    }
    let doc = listing_page(first, layout, category.as_deref(), page).await?;
    let category = category.map(|id| category_named(first, id));
    let page = ListingPage { page, articles: doc.articles.clone(), has_next: page < pages };
    Ok(Some(Listing { site: first.site.clone(), category, page }))
}

pub(super) async fn latest(
    first: &Arc<FeedPage>,
    layout: &Layout,
    category: Option<String>,
    n: usize,
) -> Result<Option<Latest>, ApiError> {
    let pages = page_count(layout, category.as_deref());
    if category.is_some() && pages == 0 {
        return Ok(None);
    }
    let mut articles = Vec::with_capacity(n);
    let mut page = 1;
    while articles.len() < n && page <= pages {
        let doc = listing_page(first, layout, category.as_deref(), page).await?;
        articles.extend(doc.articles.iter().take(n - articles.len()).cloned());
        page += 1;
    }
    let category = category.map(|id| category_named(first, id));
    Ok(Some(Latest { site: first.site.clone(), category, articles }))
}

pub(super) async fn article(
    first: &Arc<FeedPage>,
    layout: &Layout,
    id: &str,
) -> Result<Option<ArticleView>, ApiError> {
    let Some(path) = layout.article(id) else { return Ok(None) };
    let doc = match store::page(&url(layout, &path), Some(&first.site)).await {
        Ok(doc) => doc,
        // A missing file is a missing article: static hosts answer it with
        // 404, or with a web page (their error page, or the app's).
        Err(ApiError::Status(404) | ApiError::WebPage) => return Ok(None),
        Err(e) => return Err(e),
    };
    let Some(article) = doc.articles.iter().find(|a| a.id == id).cloned() else { return Ok(None) };
    // Related articles are the newest of its category: the layout's short
    // document of them, else the category listing's first page. Without them
    // the article still shows.
    let related = match article.category.as_ref().map(|c| c.id.as_str()) {
        Some(category) if page_count(layout, Some(category)) > 0 => {
            let doc = match layout.category_latest(category) {
                Some(path) => store::page(&url(layout, &path), Some(&first.site)).await,
                None => listing_page(first, layout, Some(category), 1).await,
            };
            doc.map(|doc| doc.articles.iter().filter(|a| a.id != id).take(RELATED_COUNT).cloned().collect())
                .unwrap_or_default()
        }
        _ => Vec::new(),
    };
    Ok(Some(ArticleView { site: first.site.clone(), article, related }))
}

fn page_count(layout: &Layout, category: Option<&str>) -> usize {
    match category {
        None => layout.home_pages.max(1),
        Some(id) => layout.category_page_count(id),
    }
}

/// A listing's page: the top-level feed for the home listing's first page,
/// one request otherwise.
async fn listing_page(
    first: &Arc<FeedPage>,
    layout: &Layout,
    category: Option<&str>,
    page: usize,
) -> Result<Arc<FeedPage>, ApiError> {
    let path = match category {
        None if page <= 1 => return Ok(Arc::clone(first)),
        None => layout.home_page(page),
        Some(id) => layout.category_page(id, page).ok_or(ApiError::Status(404))?,
    };
    store::page(&url(layout, &path), Some(&first.site)).await
}

fn category_named(first: &FeedPage, id: String) -> Category {
    first.site.category(&id).cloned().unwrap_or_else(|| Category { name: id.clone(), id })
}

fn url(layout: &Layout, path: &str) -> String {
    config::resolve(path, &layout.base).unwrap_or_else(|| path.to_owned())
}
