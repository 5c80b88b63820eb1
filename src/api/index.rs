//! Searching a large archive through its static index (see
//! `docs/feed-format.md`): a query downloads one shard of words per distinct
//! two-letter prefix it uses, and the descriptions of the results it shows.
//! What was downloaded stays for the visit, so typing on costs nothing more.

use super::{ApiError, SEARCH_PAGE_SIZE, SearchHit, http};
use crate::api::wire::FeedError;
use crate::config;
use crate::date::Timestamp;
use crate::feed::{Category, Layout, Site};
use crate::search;
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::thread::LocalKey;
use web_sys::AbortController;

/// `search/meta.json`.
#[derive(Debug, Deserialize)]
struct Meta {
    doc_chunk: u32,
}

/// `search/terms/<shard>.json`: each word with the documents that hold it.
type Shard = HashMap<String, Vec<u32>>;

/// One entry of `search/docs/<chunk>.json`.
#[derive(Debug, Deserialize)]
struct Doc {
    id: String,
    title: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    category: Option<String>,
}

/// A file of the index, loaded once for the visit (and shared while it loads).
type Loading<T> = Shared<LocalBoxFuture<'static, Result<Rc<T>, ApiError>>>;
type Cache<T> = RefCell<HashMap<String, Loading<T>>>;

thread_local! {
    static META: Cache<Meta> = RefCell::default();
    static SHARDS: Cache<Shard> = RefCell::default();
    static CHUNKS: Cache<Vec<Doc>> = RefCell::default();
}

pub(super) async fn search(
    site: &Site,
    layout: &Layout,
    words: &[String],
    page: usize,
) -> Result<(usize, Vec<SearchHit>), ApiError> {
    if words.is_empty() {
        // The reader is about to type: what every query needs first (the
        // index's description, the newest results' titles) loads meanwhile.
        let layout = layout.clone();
        leptos::task::spawn_local(async move {
            let _ = meta(&layout).await;
            let _ = chunk(&layout, 0).await;
        });
        return Ok((0, Vec::new()));
    }
    let meta = meta(layout).await?;
    let mut found: Option<Vec<u32>> = None;
    for word in words {
        let shard = shard(layout, search::shard(word)).await?;
        let mut docs: Vec<u32> = shard
            .iter()
            .filter(|(w, _)| w.starts_with(word.as_str()))
            .flat_map(|(_, d)| d)
            .copied()
            .collect();
        docs.sort_unstable();
        docs.dedup();
        found = Some(match found {
            None => docs,
            Some(previous) => intersect(&previous, &docs),
        });
    }
    let found = found.unwrap_or_default();
    let shown =
        found.iter().skip(page.saturating_sub(1).saturating_mul(SEARCH_PAGE_SIZE)).take(SEARCH_PAGE_SIZE);
    let mut hits = Vec::with_capacity(SEARCH_PAGE_SIZE);
    for &n in shown {
        let chunk = chunk(layout, n / meta.doc_chunk.max(1)).await?;
        if let Some(doc) = chunk.get((n % meta.doc_chunk.max(1)) as usize) {
            hits.push(hit(site, doc));
        }
    }
    Ok((found.len(), hits))
}

/// The documents in both ascending lists.
fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

fn hit(site: &Site, doc: &Doc) -> SearchHit {
    let category = doc.category.as_deref().map(|id| {
        site.category(id).cloned().unwrap_or_else(|| Category { id: id.to_owned(), name: id.to_owned() })
    });
    SearchHit {
        id: doc.id.clone(),
        title: doc.title.clone(),
        date: doc.date.as_deref().and_then(|d| Timestamp::parse(d, site.time_zone)),
        category,
    }
}

async fn meta(layout: &Layout) -> Result<Rc<Meta>, ApiError> {
    load(&META, layout, "meta.json".to_owned(), |found| found).await
}

async fn shard(layout: &Layout, key: &str) -> Result<Rc<Shard>, ApiError> {
    let name = format!("terms/{}.json", crate::text::percent_encode(key));
    load(&SHARDS, layout, name, |found| match found {
        // No file: no word of the archive begins with these letters.
        Err(ApiError::Status(404) | ApiError::WebPage) => Ok(Shard::new()),
        other => other,
    })
    .await
}

async fn chunk(layout: &Layout, n: u32) -> Result<Rc<Vec<Doc>>, ApiError> {
    load(&CHUNKS, layout, format!("docs/{n}.json"), |found| found).await
}

/// The index file `name` from `cache`, else fetched (once, however many ask
/// meanwhile). A failure is not kept: the next query tries again.
async fn load<T: DeserializeOwned + 'static>(
    cache: &'static LocalKey<Cache<T>>,
    layout: &Layout,
    name: String,
    settle: fn(Result<T, ApiError>) -> Result<T, ApiError>,
) -> Result<Rc<T>, ApiError> {
    let loading = cache.with_borrow_mut(|files| {
        let layout = layout.clone();
        let key = name.clone();
        files
            .entry(name.clone())
            .or_insert_with(|| {
                async move { settle(fetch(&layout, &key).await).map(Rc::new) }.boxed_local().shared()
            })
            .clone()
    });
    let result = loading.await;
    if result.is_err() {
        cache.with_borrow_mut(|files| files.remove(&name));
    }
    result
}

async fn fetch<T: DeserializeOwned>(layout: &Layout, name: &str) -> Result<T, ApiError> {
    let path = layout.search_file(name).ok_or(ApiError::Status(404))?;
    let url = config::resolve(&path, &layout.base).unwrap_or(path);
    let controller =
        AbortController::new().map_err(|_| ApiError::Network("AbortController unavailable".into()))?;
    let bytes = http::get_bytes(&url, &controller.signal()).await?;
    serde_json::from_slice(&bytes).map_err(|e| ApiError::Feed(FeedError::Json(e.to_string())))
}
