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
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
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

thread_local! {
    static META: RefCell<Option<Rc<Meta>>> = const { RefCell::new(None) };
    static SHARDS: RefCell<HashMap<String, Rc<Shard>>> = RefCell::default();
    static CHUNKS: RefCell<HashMap<u32, Rc<Vec<Doc>>>> = RefCell::default();
}

pub(super) async fn search(
    site: &Site,
    layout: &Layout,
    words: &[String],
    page: usize,
) -> Result<(usize, Vec<SearchHit>), ApiError> {
    if words.is_empty() {
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
    if let Some(meta) = META.with_borrow(Clone::clone) {
        return Ok(meta);
    }
    let meta: Rc<Meta> = Rc::new(fetch(layout, "meta.json").await?);
    META.set(Some(Rc::clone(&meta)));
    Ok(meta)
}

async fn shard(layout: &Layout, key: &str) -> Result<Rc<Shard>, ApiError> {
    if let Some(shard) = SHARDS.with_borrow(|s| s.get(key).cloned()) {
        return Ok(shard);
    }
    let shard = match fetch(layout, &format!("terms/{}.json", crate::text::percent_encode(key))).await {
        Ok(shard) => Rc::new(shard),
        // No file: no word of the archive begins with these letters.
        Err(ApiError::Status(404) | ApiError::WebPage) => Rc::new(Shard::new()),
        Err(e) => return Err(e),
    };
    SHARDS.with_borrow_mut(|s| s.insert(key.to_owned(), Rc::clone(&shard)));
    Ok(shard)
}

async fn chunk(layout: &Layout, n: u32) -> Result<Rc<Vec<Doc>>, ApiError> {
    if let Some(chunk) = CHUNKS.with_borrow(|c| c.get(&n).cloned()) {
        return Ok(chunk);
    }
    let chunk: Rc<Vec<Doc>> = Rc::new(fetch(layout, &format!("docs/{n}.json")).await?);
    CHUNKS.with_borrow_mut(|c| c.insert(n, Rc::clone(&chunk)));
    Ok(chunk)
}

async fn fetch<T: DeserializeOwned>(layout: &Layout, name: &str) -> Result<T, ApiError> {
    let path = layout.search_file(name).ok_or(ApiError::Status(404))?;
    let url = config::resolve(&path, &layout.base).unwrap_or(path);
    let controller =
        AbortController::new().map_err(|_| ApiError::Network("AbortController unavailable".into()))?;
    let bytes = http::get_bytes(&url, &controller.signal()).await?;
    serde_json::from_slice(&bytes).map_err(|e| ApiError::Feed(FeedError::Json(e.to_string())))
}
