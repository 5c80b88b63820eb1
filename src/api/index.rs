//! Searching a large archive through its static index (see
//! `docs/feed-format.md`, and its files in [`bantin_core::search::index`]):
//! a query downloads one shard of head words per distinct two-letter prefix
//! it uses, and the descriptions of the results it shows; once the reader
//! pauses (`full`), one file per word of the bodies' words and the words of
//! the bodies added since (`recent.json`), and for a filter the days' or the
//! category's list. What was downloaded stays for the visit, so typing on
//! costs nothing more. Documents are numbered from the oldest: results are
//! turned newest first before they are ordered.

use super::http;
use bantin_core::LoadError;
use bantin_core::date::Timestamp;
use bantin_core::feed::{Category, Site};
use bantin_core::layout::file_key;
use bantin_core::search::index::{
    DayStarts, IndexDoc, IndexMeta, Recent, Scored, Shard, VERSION, body_postings, decode_deltas,
    documents_with_prefix, intersect, union,
};
use bantin_core::search::{
    self, HEAD_SCORE, PAGE_SIZE, SearchHit, SearchQuery, dequantize, idf, page_of, squash,
};
use bantin_core::text::percent_encode;
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::thread::LocalKey;
use web_sys::AbortController;

/// A file of the index on its way, shared by every query that waits for it.
type Pending<T> = Shared<LocalBoxFuture<'static, Result<Rc<T>, LoadError>>>;
/// The index files of the visit, by name.
type Files<T> = RefCell<HashMap<String, Pending<T>>>;

thread_local! {
    static META: Files<IndexMeta> = RefCell::default();
    static SHARDS: Files<Shard> = RefCell::default();
    static CHUNKS: Files<Vec<IndexDoc>> = RefCell::default();
    static LISTS: Files<Vec<u32>> = RefCell::default();
    static DAYS: Files<DayStarts> = RefCell::default();
    static RECENT: Files<Recent> = RefCell::default();
}

/// The page `query` asks for of the articles of the index in `folder` (the
/// absolute URL of the index's folder, ending in `/`) that hold `words`:
/// in their head fields only, or with `full` in their bodies too; and
/// whether the index could apply the query's filters.
pub(super) async fn search(
    site: &Site,
    folder: &str,
    query: &SearchQuery,
    words: &[String],
    full: bool,
) -> Result<((usize, Vec<SearchHit>), bool), LoadError> {
    if words.is_empty() {
        // The reader is about to type: what every query needs first (the
        // index's description, the newest results' titles) loads meanwhile.
        let folder = folder.to_owned();
        leptos::task::spawn_local(async move {
            if let Ok(meta) = meta(&folder).await {
                let (newest, _) =
                    meta.locate(u32::try_from(meta.documents).unwrap_or(u32::MAX).saturating_sub(1));
                let _ = chunk(&folder, newest).await;
            }
        });
        return Ok(((0, Vec::new()), true));
    }
    let meta = meta(folder).await?;
    let full = full && meta.full_text;
    let mut found: Option<Vec<Scored>> = None;
    let documents = u32::try_from(meta.documents).unwrap_or(u32::MAX);
    for word in words {
        let head = documents_with_prefix(&*shard(folder, search::shard(word)).await?, word, documents);
        let body = if full { body_of(folder, word).await? } else { Vec::new() };
        // A body's stored weight is its own part of BM25; the word's rarity
        // is counted here, over the whole index.
        let rarity = idf(documents, u32::try_from(body.len()).unwrap_or(u32::MAX));
        let scored = union(
            head.iter().map(|&n| (n, HEAD_SCORE)),
            body.iter().map(|&(n, w)| (n, squash(rarity * dequantize(w)))),
        );
        found = Some(match found {
            None => scored,
            Some(previous) => intersect(&previous, &scored),
        });
    }
    let mut found = found.unwrap_or_default();
    if meta.full_text {
        if let Some(key) = query.category.as_deref().and_then(file_key) {
            let members =
                decode_deltas(&list(folder, &format!("categories/{}.json", percent_encode(&key))).await?);
            found = intersect(&found, &members.iter().map(|&n| (n, 0.0)).collect::<Vec<_>>());
        }
        if query.from.is_some() || query.to.is_some() {
            let range = days(folder).await?.range(query.from, query.to);
            found.retain(|(n, _)| range.contains(n));
        }
    }
    // Newest first, as `search::order` keeps equal scores.
    found.reverse();
    search::order(&mut found, query.order);
    let mut hits = Vec::with_capacity(PAGE_SIZE);
    for &(n, _) in page_of(&found, query.page) {
        let (file, at) = meta.locate(n);
        if let Some(doc) = chunk(folder, file).await?.get(at) {
            hits.push(hit(site, doc));
        }
    }
    Ok(((found.len(), hits), meta.full_text))
}

fn hit(site: &Site, doc: &IndexDoc) -> SearchHit {
    let category = doc.category.as_deref().map(|id| {
        site.category(id).cloned().unwrap_or_else(|| Category { id: id.to_owned(), name: id.to_owned() })
    });
    SearchHit {
        id: doc.id.clone(),
        title: doc.title.clone(),
        date: doc.date.as_deref().and_then(|d| Timestamp::parse(d, site.time_zone)),
        category,
        snippet: None,
    }
}

async fn meta(folder: &str) -> Result<Rc<IndexMeta>, LoadError> {
    load(&META, folder, "meta.json".to_owned(), |found| match found {
        // Another format's files (an index written by an older or newer
        // tool than this app) would be misread.
        Ok(meta) if meta.version != VERSION => {
            Err(LoadError::SearchIndex(format!("meta.json: version {}, not {VERSION}", meta.version)))
        }
        other => other,
    })
    .await
}

async fn shard(folder: &str, key: &str) -> Result<Rc<Shard>, LoadError> {
    let name = format!("terms/{}.json", percent_encode(key));
    load(&SHARDS, folder, name, |found| match found {
        // No file: no word of the archive begins with these letters.
        Err(LoadError::Status(404) | LoadError::WebPage) => Ok(Shard::new()),
        other => other,
    })
    .await
}

/// A list of numbers of the index (a body word's postings, a category's
/// documents); no file is an empty list.
async fn list(folder: &str, name: &str) -> Result<Rc<Vec<u32>>, LoadError> {
    load(&LISTS, folder, name.to_owned(), |found| match found {
        Err(LoadError::Status(404) | LoadError::WebPage) => Ok(Vec::new()),
        other => other,
    })
    .await
}

/// The documents whose body holds `word`, ascending, with its stored
/// weight in each: those of its body file, then the recent ones'.
async fn body_of(folder: &str, word: &str) -> Result<Vec<(u32, u8)>, LoadError> {
    let mut postings = body_postings(&list(folder, &format!("body/{word}.json")).await?);
    if let Some(recent) = recent(folder).await?.get(word) {
        postings.extend(body_postings(recent));
    }
    Ok(postings)
}

/// `recent.json`; an index without one has none.
async fn recent(folder: &str) -> Result<Rc<Recent>, LoadError> {
    load(&RECENT, folder, "recent.json".to_owned(), |found| match found {
        Err(LoadError::Status(404) | LoadError::WebPage) => Ok(Recent::new()),
        other => other,
    })
    .await
}

async fn days(folder: &str) -> Result<Rc<DayStarts>, LoadError> {
    load(&DAYS, folder, "days.json".to_owned(), |found| found).await
}

async fn chunk(folder: &str, n: usize) -> Result<Rc<Vec<IndexDoc>>, LoadError> {
    load(&CHUNKS, folder, format!("docs/{n}.json"), |found| found).await
}

/// The index file `name` from `files`, else fetched (once, however many ask
/// meanwhile). A failure is not kept: the next query tries again.
async fn load<T: DeserializeOwned + 'static>(
    files: &'static LocalKey<Files<T>>,
    folder: &str,
    name: String,
    settle: fn(Result<T, LoadError>) -> Result<T, LoadError>,
) -> Result<Rc<T>, LoadError> {
    let pending = files.with_borrow_mut(|files| {
        let url = format!("{folder}{name}");
        let key = name.clone();
        files
            .entry(name.clone())
            .or_insert_with(|| {
                async move { settle(fetch(&url, &key).await).map(Rc::new) }.boxed_local().shared()
            })
            .clone()
    });
    let result = pending.await;
    if result.is_err() {
        files.with_borrow_mut(|files| files.remove(&name));
    }
    result
}

/// Fetches and decodes the index's file `name`, at `url`.
async fn fetch<T: DeserializeOwned>(url: &str, name: &str) -> Result<T, LoadError> {
    let controller =
        AbortController::new().map_err(|_| LoadError::Network("AbortController unavailable".into()))?;
    let bytes = http::get_bytes(url, &controller.signal()).await?;
    let file = serde_json::from_slice(&bytes).map_err(|e| LoadError::SearchIndex(format!("{name}: {e}")))?;
    super::status::arrived();
    Ok(file)
}
