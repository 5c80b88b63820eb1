//! Reading a large archive through its static layout: every view costs a
//! fixed number of requests, whatever the archive's size.

use super::store;
use bantin_core::LoadError;
use bantin_core::date::Day;
use bantin_core::feed::{
    Article, ArticleData, Category, FeedPage, Latest, Listing, ListingKey, ListingPage, Page, Scope,
};
use bantin_core::layout::Layout;
use std::sync::Arc;

pub(super) async fn listing(
    first: &Arc<FeedPage>,
    layout: &Layout,
    key: &ListingKey,
    page: Page,
) -> Result<Option<Listing>, LoadError> {
    let site = first.site.clone();
    let category = match key {
        ListingKey::Home => None,
        ListingKey::Category(id) => Some(id.as_str()),
        ListingKey::Topic(topic) => return topic_listing(first, layout, topic, page).await,
        ListingKey::Day(day) => return day_listing(first, layout, *day, page).await,
    };
    // The layout counts the home page's and each category's blocks: an
    // unknown category or a page past the end needs no request.
    if !layout.has_page(category, page) {
        return Ok(None);
    }
    let Some(doc) = listing_page(first, layout, category, page).await? else { return Ok(None) };
    // The home page's newest page leads with the blocks the layout wrote
    // into its first document; its pages leave out the featured stories.
    let front = (category.is_none() && page == Page::Newest).then(|| first.front.clone()).flatten();
    let scope = category.map_or(Scope::Home, |id| Scope::Category(category_named(first, id)));
    Ok(Some(Listing { site, scope, page: page_of(&doc, page), front }))
}

/// A page as its document names the pages around it (`_bantin.page`).
fn page_of(doc: &FeedPage, page: Page) -> ListingPage {
    let newer = match page {
        Page::Newest => None,
        // An older page's newer one is its block's next, else the newest.
        Page::Block(_) => Some(doc.page_links.and_then(|l| l.newer).map_or(Page::Newest, Page::Block)),
    };
    ListingPage { page, articles: doc.articles.clone(), older: older_of(doc), newer }
}

/// The page before a listing's page, as its document names it.
fn older_of(doc: &FeedPage) -> Option<Page> {
    doc.page_links.and_then(|l| l.older).map(Page::Block)
}

/// A topic's page: its document holds its articles and names the pages
/// around it. No document, or one without the topic's articles, is no
/// such page.
async fn topic_listing(
    first: &Arc<FeedPage>,
    layout: &Layout,
    key: &str,
    page: Page,
) -> Result<Option<Listing>, LoadError> {
    let Some(path) = layout.topic(key, page) else { return Ok(None) };
    let Some(doc) = optional_page(first, layout, &path).await? else { return Ok(None) };
    let Some(name) = doc.articles.iter().find_map(|a| a.topic_named(key)) else { return Ok(None) };
    let scope = Scope::Topic { key: key.to_owned(), name: name.to_owned() };
    Ok(Some(Listing { site: first.site.clone(), scope, page: page_of(&doc, page), front: None }))
}

/// A day's page: the layout writes one for every day from its first to its
/// last (an empty day's names the days around it); `day` `None` is the
/// newest day of the first document.
async fn day_listing(
    first: &Arc<FeedPage>,
    layout: &Layout,
    day: Option<Day>,
    page: Page,
) -> Result<Option<Listing>, LoadError> {
    let zone = first.site.time_zone;
    let featured = first.front.iter().flat_map(|f| &f.featured);
    let newest = || first.articles.iter().chain(featured).filter_map(|a| a.day(zone)).max();
    let Some(day) = day.or_else(newest) else { return Ok(None) };
    let Some(path) = layout.day(day, page) else { return Ok(None) };
    let Some(doc) = optional_page(first, layout, &path).await? else { return Ok(None) };
    if page != Page::Newest && doc.articles.is_empty() {
        return Ok(None);
    }
    let scope = Scope::Day(day, doc.neighbours.unwrap_or_default());
    Ok(Some(Listing { site: first.site.clone(), scope, page: page_of(&doc, page), front: None }))
}

/// The document at `path`, `None` when the host has no such file.
async fn optional_page(
    first: &Arc<FeedPage>,
    layout: &Layout,
    path: &str,
) -> Result<Option<Arc<FeedPage>>, LoadError> {
    match store::page(&url(layout, path), Some(&first.site)).await {
        Ok(doc) => Ok(Some(doc)),
        // A missing file is a missing page: static hosts answer it with
        // 404, or with a web page (their error page, or the app's).
        Err(LoadError::Status(404) | LoadError::WebPage) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The `n` newest articles (of `category`): its newest page, and older
/// ones while it has fewer.
pub(super) async fn latest(
    first: &Arc<FeedPage>,
    layout: &Layout,
    category: Option<&str>,
    n: usize,
) -> Result<Option<Latest>, LoadError> {
    if !layout.has_page(category, Page::Newest) {
        return Ok(None);
    }
    let mut articles = Vec::with_capacity(n);
    let mut page = Some(Page::Newest);
    while let Some(at) = page.filter(|_| articles.len() < n) {
        let Some(doc) = listing_page(first, layout, category, at).await? else { break };
        articles.extend(doc.articles.iter().take(n - articles.len()).cloned());
        page = older_of(&doc);
    }
    let category = category.map(|id| category_named(first, id));
    Ok(Some(Latest { site: first.site.clone(), category, articles }))
}

/// The articles of the layout's register of documents; without one, those
/// of the first page.
pub(super) async fn documents(
    first: &Arc<FeedPage>,
    layout: &Layout,
) -> Result<Vec<Arc<Article>>, LoadError> {
    let Some(path) = &layout.documents else { return Ok(first.articles.clone()) };
    Ok(store::page(&url(layout, path), Some(&first.site)).await?.articles.clone())
}

/// An article and its related articles, which its document carries: one
/// request.
pub(super) async fn article(
    first: &Arc<FeedPage>,
    layout: &Layout,
    id: &str,
) -> Result<Option<ArticleData>, LoadError> {
    let Some(path) = layout.article(id) else { return Ok(None) };
    let Some(doc) = optional_page(first, layout, &path).await? else { return Ok(None) };
    let Some(article) = doc.articles.iter().find(|a| a.id == id).cloned() else { return Ok(None) };
    let most_read = first.front.as_ref().map(|f| f.most_read.clone()).unwrap_or_default();
    Ok(Some(ArticleData { site: first.site.clone(), article, related: doc.related.clone(), most_read }))
}

/// The article with this id alone (a search result's snippet needs its body).
pub(super) async fn article_only(first: &Arc<FeedPage>, layout: &Layout, id: &str) -> Option<Arc<Article>> {
    let path = layout.article(id)?;
    let doc = optional_page(first, layout, &path).await.ok()??;
    doc.articles.iter().find(|a| a.id == id).cloned()
}

/// A listing's page: the top-level feed for the home listing's newest, one
/// request otherwise; `None` for a category whose id the layout cannot name
/// a file after (so it has no pages).
async fn listing_page(
    first: &Arc<FeedPage>,
    layout: &Layout,
    category: Option<&str>,
    page: Page,
) -> Result<Option<Arc<FeedPage>>, LoadError> {
    let path = match category {
        None => match layout.home_page(page) {
            Some(path) => path,
            None => return Ok(Some(Arc::clone(first))),
        },
        Some(id) => match layout.category_page(id, page) {
            Some(path) => path,
            None => return Ok(None),
        },
    };
    store::page(&url(layout, &path), Some(&first.site)).await.map(Some)
}

fn category_named(first: &FeedPage, id: &str) -> Category {
    first.site.category(id).cloned().unwrap_or_else(|| Category { name: id.to_owned(), id: id.to_owned() })
}

fn url(layout: &Layout, path: &str) -> String {
    crate::browser::resolver(&layout.base)(path).unwrap_or_else(|| path.to_owned())
}
