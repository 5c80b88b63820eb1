//! The wire: where the feed lives, fetching it, and the questions pages (and
//! the shell, for the portal's description) ask of it. They call the
//! `async fn`s here and nothing else; none of them builds a feed URL or
//! calls `fetch`. The answers are the plain data of
//! `bantin_core::feed` and `bantin_core::search`.

mod chain;
mod http;
mod index;
mod layout;
mod saved;
mod status;
mod store;

use bantin_core::LoadError;
use bantin_core::feed::{
    ArticleData, DocumentFilter, DocumentPage, FeedPage, Latest, Listing, ListingKey, Page, Site,
    document_page,
};
use bantin_core::search::{SearchQuery, SearchResults};
use futures::future::{Either, select};
use std::pin::pin;
use std::sync::Arc;

use crate::browser::{clock, resolver};
pub use status::{data_version, showing_saved_copy, try_again};

// Every load a view asks for is bounded by `within_deadline`: whatever the
// network does, the view has its data or a clear state within
// `VIEW_DEADLINE_MS` of its opening (see `bantin_core::net`).

/// The portal: its name, categories and time zone, from the feed's first document.
pub async fn site() -> Result<Site, LoadError> {
    within_deadline(async { Ok(first().await?.site.clone()) }).await
}

/// Page `page` of the listing `key` names. `Ok(None)` when there is no such
/// page, category or topic.
pub async fn listing(key: ListingKey, page: Page) -> Result<Option<Listing>, LoadError> {
    within_deadline(async {
        let first = first().await?;
        match &first.site.layout {
            Some(layout) => layout::listing(&first, layout, &key, page).await,
            None => chain::listing(&key, page).await,
        }
    })
    .await
}

/// The `n` latest articles, of `category` when given. `Ok(None)` when the
/// feed has no such category.
pub async fn latest(category: Option<String>, n: usize) -> Result<Option<Latest>, LoadError> {
    within_deadline(async {
        let first = first().await?;
        match &first.site.layout {
            Some(layout) => layout::latest(&first, layout, category.as_deref(), n).await,
            None => chain::latest(category.as_deref(), n).await,
        }
    })
    .await
}

/// The article with this id and its related articles, `Ok(None)` when the
/// feed has none.
pub async fn article(id: String) -> Result<Option<ArticleData>, LoadError> {
    within_deadline(async {
        let first = first().await?;
        match &first.site.layout {
            Some(layout) => layout::article(&first, layout, &id).await,
            None => chain::article(&id).await,
        }
    })
    .await
}

/// Page `page` of the register of legal documents, filtered by `filter`,
/// with the portal it belongs to.
pub async fn documents(filter: DocumentFilter, page: usize) -> Result<(Site, DocumentPage), LoadError> {
    within_deadline(async {
        let first = first().await?;
        let site = &first.site;
        let register = match &site.layout {
            Some(layout) => layout::documents(&first, layout).await?,
            None => chain::documents().await?,
        };
        Ok((site.clone(), document_page(&register, &filter, page, site.time_zone)))
    })
    .await
}

/// The page of results `query` asks for (see [`bantin_core::search`]). A
/// large archive's index is searched in its head fields as the reader
/// types, and with `full` (once they pause) in the bodies too; a plain
/// feed is searched whole at once.
pub async fn search(query: SearchQuery, full: bool) -> Result<SearchResults, LoadError> {
    within_deadline(async {
        let first = first().await?;
        let words = bantin_core::search::query_words(&query.text);
        let index = first.site.layout.as_ref().and_then(|l| resolver(&l.base)(&l.search_file("")?));
        let ((total, hits), filters) = match index {
            Some(folder) => index::search(&first.site, &folder, &query, &words, full).await?,
            None => (chain::search(&query).await?, true),
        };
        Ok(SearchResults { site: first.site.clone(), words, total, hits, query, filters })
    })
    .await
}

/// `results` with a snippet of each hit's body where it has none (a large
/// archive's index does not hold the bodies: each result's article document
/// is read). A hit whose article cannot be read keeps none.
pub async fn with_snippets(mut results: SearchResults) -> SearchResults {
    let Some(layout) = results.site.layout.clone() else { return results };
    let Ok(first) = first().await else { return results };
    let words = results.words.clone();
    let missing = results.hits.iter().filter(|h| h.snippet.is_none()).map(|h| h.id.clone());
    let loads = missing.map(|id| {
        let (first, layout) = (Arc::clone(&first), layout.clone());
        async move { (layout::article_only(&first, &layout, &id).await, id) }
    });
    for (article, id) in futures::future::join_all(loads).await {
        let text = article.map(|a| a.body_text()).filter(|t| !t.is_empty());
        if let (Some(text), Some(hit)) = (text, results.hits.iter_mut().find(|h| h.id == id)) {
            hit.snippet = Some(bantin_core::search::snippet(&text, &words));
        }
    }
    results
}

/// The reader came back online: the feed is fetched again, so that a saved
/// copy on show gives way to the current one (and the offline banner goes).
pub fn back_online() {
    store::refresh(&crate::config::feed_url());
}

/// `load`, or a time-out once its view's bound has passed
/// (`browser::clock`: [`bantin_core::net::VIEW_DEADLINE_MS`] from the view's
/// opening): the view then shows a clear state with "Thử lại". What `load`
/// was waiting for goes on, and views load again when it arrives.
async fn within_deadline<T>(load: impl Future<Output = Result<T, LoadError>>) -> Result<T, LoadError> {
    let (load, deadline) = (pin!(load), pin!(clock::sleep(clock::wait_ms())));
    match select(load, deadline).await {
        Either::Left((result, _)) => result,
        Either::Right(((), _)) => {
            status::gave_up();
            Err(LoadError::Timeout)
        }
    }
}

/// The feed's top-level document.
async fn first() -> Result<Arc<FeedPage>, LoadError> {
    store::page(&crate::config::feed_url(), None).await
}
