//! Converting one big feed into the static layout of `docs/feed-format.md`
//! ("Large archives"): listing pages, one file per article, a search index.
//!
//! [`LayoutWriter::add_document`] takes the source's documents in order and writes
//! each article's file at once; [`LayoutWriter::finish`] sorts what it kept and
//! writes the listings and the index. Files go to a [`Sink`]: a folder for
//! the binary, a map in memory for the tests.

use super::documents::{BantinMember, CountMap, FEED_URLS, FrontMember, ITEM_URLS, LayoutMember, Page};
use super::relocate::{Relocator, rewrite_urls};
use super::search_index::{BodyWords, SearchIndex, Vocabulary};
use super::source::{Fields, read_document};
use bantin_core::date::{Day, Timestamp};
use bantin_core::feed::{Article, Category, RELATED_COUNT, SECTION_COUNT, Site, Story, featured, most_read};
use bantin_core::layout::file_key;
use bantin_core::search::index::IndexDoc;
use bantin_core::wire::FeedError;
use serde::Serialize;
use serde_json::Value;
use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io;
use thiserror::Error;

/// The folders a static layout writes besides its `feed.json`.
pub const LAYOUT_FOLDERS: [&str; 3] = ["articles", "pages", "search"];

/// Articles per listing page unless told otherwise: a screenful or two on a
/// phone, and a first document that arrives quickly.
pub const DEFAULT_PAGE_SIZE: usize = 20;
/// Articles in a category's `latest.json`: an article's related list (the
/// newest of its category) with one to spare for the article itself.
const LATEST_COUNT: usize = RELATED_COUNT + 1;
/// The members of an item that a list of titles (`latest.json`) needs.
const SHORT_MEMBERS: [&str; 7] = ["id", "url", "title", "date_published", "date_modified", "tags", "_bantin"];
/// Documents per `search/docs/<chunk>.json`: results by relevance are spread
/// over the archive, and each result shown costs its chunk.
pub const DOC_CHUNK: usize = 100;

/// Where the layout's files go.
pub trait Sink {
    /// Writes one file; `path` is relative to the layout's root, with `/`
    /// between folders, made only of file keys and fixed names.
    fn put(&mut self, path: &str, contents: &[u8]) -> io::Result<()>;
}

impl<S: Sink> Sink for &mut S {
    fn put(&mut self, path: &str, contents: &[u8]) -> io::Result<()> {
        (**self).put(path, contents)
    }
}

impl Sink for BTreeMap<String, Vec<u8>> {
    fn put(&mut self, path: &str, contents: &[u8]) -> io::Result<()> {
        self.insert(path.to_owned(), contents.to_vec());
        Ok(())
    }
}

/// Why a layout could not be written.
#[derive(Debug, Error)]
pub enum LayoutError {
    /// A source document is not a feed.
    #[error("{url}: {source}")]
    Feed {
        /// The document's URL.
        url: String,
        /// What is wrong with it.
        source: FeedError,
    },
    /// A file could not be written.
    #[error("{path}: {source}")]
    Write {
        /// The file, relative to the layout's root.
        path: String,
        /// The I/O error.
        source: io::Error,
    },
    /// The source is itself a layout's `feed.json`: its pages have no bodies.
    #[error(
        "{0}: the feed is already a static layout (it has _bantin.layout); convert the feed it was made from"
    )]
    AlreadyLayout(String),
    /// `finish` was called before any document was added.
    #[error("no feed document was read")]
    Empty,
}

/// What a finished layout holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LayoutSummary {
    /// Items read from the source.
    pub items: usize,
    /// Articles written (items neither skipped nor repeated).
    pub articles: usize,
    /// Pages of the home listing.
    pub home_pages: usize,
    /// Categories with listing pages.
    pub categories: usize,
    /// Files written.
    pub files: usize,
    /// Bytes written.
    pub bytes: u64,
    /// One line per item skipped or oddity met, for the reader of the report.
    pub notes: Vec<String>,
}

/// An article kept for the listings: its listing copy and what orders and indexes it.
struct Listed {
    item: Fields,
    id: String,
    listed: Option<Timestamp>,
    category: Option<Category>,
    title: String,
    /// What search finds it by (`Article::search_texts`).
    search_texts: Vec<String>,
    /// Whether it publishes a legal document (`_bantin.document`).
    document: bool,
    /// What the home page's blocks rank it by.
    views: Option<u64>,
    featured: Option<u64>,
    /// The keys of its topics.
    topics: Vec<String>,
    /// Its body's words, for full-text search.
    body: BodyWords,
    /// Its day in the portal's zone.
    day: Option<Day>,
}

impl Story for &Listed {
    fn featured(&self) -> Option<u64> {
        self.featured
    }

    fn views(&self) -> Option<u64> {
        self.views
    }

    fn listed(&self) -> Option<Timestamp> {
        self.listed
    }
}

/// Counts and writes files through the sink, serialising into one reused buffer.
struct Files<S> {
    sink: S,
    buf: Vec<u8>,
    files: usize,
    bytes: u64,
}

impl<S: Sink> Files<S> {
    fn write(&mut self, path: &str, value: &impl Serialize) -> Result<(), LayoutError> {
        let error = |source| LayoutError::Write { path: path.to_owned(), source };
        self.buf.clear();
        serde_json::to_writer(&mut self.buf, value).map_err(|e| error(io::Error::other(e)))?;
        self.sink.put(path, &self.buf).map_err(error)?;
        self.files += 1;
        self.bytes += self.buf.len() as u64;
        Ok(())
    }
}

/// A static layout being written.
pub struct LayoutWriter<S> {
    out: Files<S>,
    page_size: usize,
    /// The first document's members (URLs made absolute) and portal.
    first: Option<(Fields, Site)>,
    /// What every other document starts with: version, title, home page.
    page_head: Fields,
    listed: Vec<Listed>,
    vocabulary: Vocabulary,
    seen: HashSet<String>,
    items: usize,
    notes: Vec<String>,
}

impl<S: Sink> LayoutWriter<S> {
    /// A layout of `page_size` articles per listing page (at least 1), written to `sink`.
    pub fn new(sink: S, page_size: usize) -> Self {
        Self {
            out: Files { sink, buf: Vec::with_capacity(1 << 16), files: 0, bytes: 0 },
            page_size: page_size.max(1),
            first: None,
            page_head: Fields::default(),
            listed: Vec::new(),
            vocabulary: Vocabulary::default(),
            seen: HashSet::new(),
            items: 0,
            notes: Vec::new(),
        }
    }

    /// Reads the next document of the source, published at the absolute
    /// `url` (see [`super::relocate`] for URLs under
    /// [`super::LOCAL_ORIGIN`]), and writes the files of its articles.
    /// Returns the absolute URL of the document after it, if any.
    pub fn add_document(&mut self, bytes: &[u8], url: &str) -> Result<Option<String>, LayoutError> {
        let parent = self.first.as_ref().map(|(_, site)| site);
        let mut doc = read_document(bytes, url, parent)
            .map_err(|source| LayoutError::Feed { url: url.to_owned(), source })?;
        let relocator = Relocator::new(&doc.url);
        if self.first.is_none() {
            if doc.site.layout.is_some() {
                return Err(LayoutError::AlreadyLayout(url.to_owned()));
            }
            let mut fields = doc.fields.clone();
            for key in ["next_url", "feed_url"] {
                fields.remove(key);
            }
            absolutize(&mut fields, &FEED_URLS, relocator);
            self.page_head = Fields(
                fields
                    .0
                    .iter()
                    .filter(|(k, _)| ["version", "title", "home_page_url"].contains(&k.as_str()))
                    .cloned()
                    .collect(),
            );
            self.first = Some((fields, doc.site.clone()));
        }
        // Each item is consumed as it is written: its body is freed at once.
        for item in std::mem::take(&mut doc.items) {
            let number = self.items;
            self.items += 1;
            let Some(mut item) = item else {
                self.notes.push(format!("item {number}: not a JSON object: skipped"));
                continue;
            };
            let shown = |item: &Fields| item.get("id").map_or_else(|| "no id".to_owned(), Value::to_string);
            let feed_error = |source| LayoutError::Feed { url: url.to_owned(), source };
            let Some(article) = doc.article(&item).map_err(feed_error)? else {
                self.notes.push(format!(
                    "item {number} ({}): no id or url, or no text at all: skipped",
                    shown(&item)
                ));
                continue;
            };
            if !self.seen.insert(article.id.clone()) {
                self.notes.push(format!("item {number} ({}): an id seen before: skipped", shown(&item)));
                continue;
            }
            let Some(key) = file_key(&article.id) else {
                self.notes.push(format!(
                    "item {number} ({}): the id is too long for a file key: skipped",
                    shown(&item)
                ));
                continue;
            };
            prepare(&mut item, &article, relocator);
            if let Some(Value::String(html)) = item.get_mut("content_html")
                && let Cow::Owned(rewritten) = rewrite_urls(html, |v| relocator.rewrite(v, 1))
            {
                *html = rewritten;
            }
            let page = Page {
                head: &self.page_head,
                bantin: None::<&()>,
                next_url: None,
                items: &[&item],
                depth: 1,
            };
            self.out.write(&format!("articles/{key}.json"), &page)?;
            item.remove("content_html");
            item.remove("content_text");
            fill_listing_copy(&mut item, &article);
            let search_texts = article.search_texts().into_iter().map(str::to_owned).collect();
            let topics = article.topics().into_iter().map(|(key, _)| key).collect();
            let body = self.vocabulary.body(&article.body_text());
            self.listed.push(Listed {
                body,
                topics,
                day: article.day(doc.site.time_zone),
                item,
                search_texts,
                document: article.document.is_some(),
                views: article.views,
                featured: article.featured,
                listed: article.listed(),
                title: article.title,
                category: article.category,
                id: article.id,
            });
        }
        Ok(doc.next_url)
    }

    /// Writes the listings and the search index; returns the sink and what was written.
    pub fn finish(mut self) -> Result<(S, LayoutSummary), LayoutError> {
        let (feed_head, site) = self.first.take().ok_or(LayoutError::Empty)?;
        // Newest first; undated last; equal dates keep the source's order.
        self.listed.sort_by_key(|l| Reverse(l.listed));
        let listed = &self.listed;
        let size = self.page_size;
        let sections = sections(&site, listed, &mut self.notes);
        // The home page leads with its featured stories; its listing pages
        // leave them out.
        let all: Vec<&Listed> = listed.iter().collect();
        let featured = featured(&all);
        let home: Vec<&Fields> =
            listed.iter().filter(|l| !featured.iter().any(|f| f.id == l.id)).map(|l| &l.item).collect();
        let home_pages = pages(home.len(), size);
        // The most read and the sections show titles, dates and views: their
        // short copies keep the first document small. The featured stories
        // are cards, with their pictures and leads.
        let most_read: Vec<Fields> = most_read(&all).iter().map(|l| short_copy(&l.item)).collect();
        let newest: Vec<(&str, Vec<Fields>)> = sections
            .written
            .iter()
            .map(|(id, _, items)| {
                (id.as_str(), items.iter().take(SECTION_COUNT).map(|i| short_copy(i)).collect())
            })
            .collect();
        let front = FrontMember {
            featured: featured.iter().map(|l| &l.item).collect(),
            most_read: most_read.iter().collect(),
            sections: newest.iter().map(|(id, items)| (*id, items.iter().collect())).collect(),
        };

        let bantin = bantin_member(&feed_head, &sections, size, home_pages);
        let first_next = (home_pages > 1).then(|| "pages/home/2.json".to_owned());
        let first_page = home.get(..size.min(home.len())).unwrap_or_default();
        let page = Page {
            head: &feed_head,
            bantin: Some(&BantinMember { fields: &bantin.0, layout: &bantin.1, front: &front }),
            next_url: first_next.as_deref(),
            items: first_page,
            depth: 0,
        };
        self.out.write("feed.json", &page)?;
        write_home_pages(&mut self.out, &self.page_head, &home, size)?;
        for section in &sections.written {
            write_category(&mut self.out, &self.page_head, section, size)?;
        }
        for (key, items) in topics(listed) {
            // A topic's key is a slug or words of a tag; one too long for a
            // file key has no pages.
            if let Some(file) = file_key(key) {
                write_pages(&mut self.out, &self.page_head, &format!("pages/t/{file}"), &items, size, None)?;
            }
        }
        write_days(&mut self.out, &self.page_head, listed, size)?;
        write_search_index(&mut self.out, listed, &self.vocabulary, &site)?;
        // The register of legal documents: every one, in one document.
        let documents: Vec<&Fields> = listed.iter().filter(|l| l.document).map(|l| &l.item).collect();
        let page =
            Page { head: &self.page_head, bantin: None::<&()>, next_url: None, items: &documents, depth: 0 };
        self.out.write("documents.json", &page)?;

        let summary = LayoutSummary {
            items: self.items,
            articles: listed.len(),
            home_pages,
            categories: sections.written.len(),
            files: self.out.files,
            bytes: self.out.bytes,
            notes: self.notes,
        };
        Ok((self.out.sink, summary))
    }
}

/// The categories of a layout: every declared one, then any other an
/// article uses, each with its articles newest first.
struct Sections<'a> {
    /// Whether the feed declares its categories (`_bantin.categories`).
    declared: bool,
    /// Every category, declared ones first.
    all: Vec<Category>,
    /// The categories whose id has a file key: id, key, articles.
    written: Vec<(String, String, Vec<&'a Fields>)>,
}

fn sections<'a>(site: &Site, listed: &'a [Listed], notes: &mut Vec<String>) -> Sections<'a> {
    let declared = !site.categories.is_empty();
    let mut all = site.categories.clone();
    let mut by_category: HashMap<&str, Vec<&Fields>> = HashMap::new();
    for l in listed {
        let Some(category) = &l.category else { continue };
        let list = by_category.entry(category.id.as_str()).or_insert_with(|| {
            if !all.iter().any(|c| c.id == category.id) {
                all.push(category.clone());
                if declared {
                    notes.push(format!("category {:?} is not declared: its pages are written", category.id));
                }
            }
            Vec::new()
        });
        list.push(&l.item);
    }
    let mut written = Vec::new();
    for category in &all {
        let Some(key) = file_key(&category.id) else {
            notes.push(format!("category {:?}: the id is too long for a file key: no pages", category.id));
            continue;
        };
        let items = by_category.remove(category.id.as_str()).unwrap_or_default();
        written.push((category.id.clone(), key, items));
    }
    Sections { declared, all, written }
}

/// The top-level document's `_bantin`: the source's own members, the
/// categories when the source does not declare them, and the layout.
fn bantin_member<'a>(
    feed_head: &Fields,
    sections: &'a Sections,
    size: usize,
    home_pages: usize,
) -> (Fields, LayoutMember<'a>) {
    let layout = LayoutMember {
        version: 1,
        page_size: size,
        home_pages,
        home_page: "pages/home/{page}.json",
        category_pages: CountMap(
            sections.written.iter().map(|(id, _, items)| (id.as_str(), pages(items.len(), size))).collect(),
        ),
        category_page: "pages/c/{category}/{page}.json",
        article: "articles/{article}.json",
        search: "search/",
        category_latest: "pages/c/{category}/latest.json",
        documents: "documents.json",
        topic_page: "pages/t/{topic}/{page}.json",
        day_page: "pages/d/{day}/{page}.json",
    };
    let mut bantin = match feed_head.get("_bantin") {
        Some(Value::Object(map)) => Fields(map.iter().map(|(k, v)| (k.clone(), v.clone())).collect()),
        _ => Fields::default(),
    };
    bantin.remove("layout");
    if !sections.declared && !sections.all.is_empty() {
        let list = sections.all.iter().map(|c| serde_json::json!({ "id": c.id, "name": c.name })).collect();
        bantin.insert("categories", Value::Array(list));
    }
    (bantin, layout)
}

/// Home listing pages 2 and on (page 1 is `feed.json`).
fn write_home_pages<S: Sink>(
    out: &mut Files<S>,
    head: &Fields,
    home: &[&Fields],
    size: usize,
) -> Result<(), LayoutError> {
    let count = pages(home.len(), size);
    for (number, items) in home.chunks(size).enumerate().skip(1) {
        let number = number + 1;
        let next = (number < count).then(|| format!("{}.json", number + 1));
        let page = Page { head, bantin: None::<&()>, next_url: next.as_deref(), items, depth: 2 };
        out.write(&format!("pages/home/{number}.json"), &page)?;
    }
    Ok(())
}

/// A category's listing pages and its `latest.json`.
fn write_category<S: Sink>(
    out: &mut Files<S>,
    head: &Fields,
    (_, key, items): &(String, String, Vec<&Fields>),
    size: usize,
) -> Result<(), LayoutError> {
    write_pages(out, head, &format!("pages/c/{key}"), items, size, None)?;
    // The newest few, titles and dates only: what an article's related list
    // needs, in one small request.
    let latest: Vec<Fields> = items.iter().take(LATEST_COUNT).map(|item| short_copy(item)).collect();
    let latest: Vec<&Fields> = latest.iter().collect();
    let page = Page { head, bantin: None::<&()>, next_url: None, items: &latest, depth: 3 };
    out.write(&format!("pages/c/{key}/latest.json"), &page)
}

/// The listing pages of `items` in `folder` (two folders deep under
/// `pages/`): `1.json`, `2.json`…, each linking the next, each with
/// `bantin` as its `_bantin` when given. At least one page, empty or not.
fn write_pages<S: Sink>(
    out: &mut Files<S>,
    head: &Fields,
    folder: &str,
    items: &[&Fields],
    size: usize,
    bantin: Option<&Value>,
) -> Result<(), LayoutError> {
    let count = pages(items.len(), size);
    for number in 1..=count {
        let start = (number - 1) * size;
        let page_items = items.get(start..(start + size).min(items.len())).unwrap_or_default();
        let next = (number < count).then(|| format!("{}.json", number + 1));
        let page = Page { head, bantin, next_url: next.as_deref(), items: page_items, depth: 3 };
        out.write(&format!("{folder}/{number}.json"), &page)?;
    }
    Ok(())
}

/// Each topic's articles, newest first, by its key.
fn topics(listed: &[Listed]) -> BTreeMap<&str, Vec<&Fields>> {
    let mut topics: BTreeMap<&str, Vec<&Fields>> = BTreeMap::new();
    for l in listed {
        for key in &l.topics {
            topics.entry(key.as_str()).or_default().push(&l.item);
        }
    }
    topics
}

/// A listing for every calendar day from the first day with articles to
/// the last, so that any day a reader picks in that span has a page; each
/// names the nearest days either side that have articles (`_bantin.day`).
fn write_days<S: Sink>(
    out: &mut Files<S>,
    head: &Fields,
    listed: &[Listed],
    size: usize,
) -> Result<(), LayoutError> {
    let mut days: BTreeMap<Day, Vec<&Fields>> = BTreeMap::new();
    for l in listed {
        if let Some(day) = l.day {
            days.entry(day).or_default().push(&l.item);
        }
    }
    let (Some(&first), Some(&last)) = (days.keys().next(), days.keys().next_back()) else { return Ok(()) };
    let mut previous = None;
    let mut day = first;
    while day <= last {
        let items = days.get(&day).map(Vec::as_slice).unwrap_or_default();
        let next = days.range(day.next()..).next().map(|(d, _)| d.iso());
        let around = serde_json::json!({ "day": { "previous": previous.map(Day::iso), "next": next } });
        write_pages(out, head, &format!("pages/d/{}", day.iso()), items, size, Some(&around))?;
        if !items.is_empty() {
            previous = Some(day);
        }
        day = day.next();
    }
    Ok(())
}

/// The search index of every listed article.
fn write_search_index<S: Sink>(
    out: &mut Files<S>,
    listed: &[Listed],
    vocabulary: &Vocabulary,
    site: &Site,
) -> Result<(), LayoutError> {
    let mut index = SearchIndex::default();
    for l in listed {
        let category = l.category.as_ref();
        let entry = IndexDoc {
            id: l.id.clone(),
            title: l.title.clone(),
            date: l.listed.map(|t| t.to_rfc3339_at(site.time_zone)),
            category: category.map(|c| c.id.clone()),
        };
        index.add(entry, &l.search_texts.iter().map(String::as_str).collect::<Vec<_>>(), &l.body, l.day);
    }
    out.write("search/meta.json", &index.meta(DOC_CHUNK))?;
    for (name, words) in index.shards() {
        out.write(&format!("search/terms/{name}.json"), &CountMap(words))?;
    }
    for (number, chunk) in index.doc_chunks(DOC_CHUNK).enumerate() {
        out.write(&format!("search/docs/{number}.json"), &chunk)?;
    }
    // Body words are folded ASCII letters and digits: safe file names.
    for (word, file) in index.body_files(vocabulary) {
        out.write(&format!("search/body/{word}.json"), &file)?;
    }
    out.write("search/days.json", &index.days())?;
    for (id, docs) in index.categories() {
        if let Some(key) = file_key(id) {
            out.write(&format!("search/categories/{key}.json"), &docs)?;
        }
    }
    Ok(())
}

/// How many pages a listing of `count` articles has: at least one, empty or not.
fn pages(count: usize, size: usize) -> usize {
    count.div_ceil(size).max(1)
}

/// Makes the URL members `keys` absolute (see [`Relocator::absolute`]).
fn absolutize(fields: &mut Fields, keys: &[&str], relocator: Relocator) {
    for key in keys {
        if let Some(Value::String(url)) = fields.get_mut(key)
            && let Some(absolute) = relocator.absolute(url)
        {
            *url = absolute;
        }
    }
}

/// An item as the layout stores it: the app's id as a string, URLs made
/// absolute, and the feed's authors spelt out when the item names none (a
/// document of the layout does not carry the source's top-level authors).
fn prepare(item: &mut Fields, article: &Article, relocator: Relocator) {
    let id = Value::String(article.id.clone());
    match item.get_mut("id") {
        Some(slot) => *slot = id,
        None => item.0.insert(0, ("id".to_owned(), id)),
    }
    absolutize(item, &ITEM_URLS, relocator);
    if let Some(Value::Array(files)) = item.get_mut("attachments") {
        for file in files {
            if let Some(Value::String(url)) = file.get_mut("url")
                && let Some(absolute) = relocator.absolute(url)
            {
                *url = absolute;
            }
        }
    }
    if !names_authors(item) && !article.authors.is_empty() {
        let authors = article.authors.iter().map(|name| serde_json::json!({ "name": name })).collect();
        item.insert("authors", Value::Array(authors));
    }
}

/// Whether an item names an author of its own (as the app reads `authors` and `author`).
fn names_authors(item: &Fields) -> bool {
    let named = |v: &Value| v.get("name").and_then(Value::as_str).is_some_and(|n| !n.trim().is_empty());
    let in_authors = match item.get("authors") {
        Some(Value::Array(list)) => list.iter().any(named),
        Some(object @ Value::Object(_)) => named(object),
        _ => false,
    };
    in_authors || item.get("author").is_some_and(named)
}

/// An item with only the members a list of titles shows.
fn short_copy(item: &Fields) -> Fields {
    Fields(item.0.iter().filter(|(key, _)| SHORT_MEMBERS.contains(&key.as_str())).cloned().collect())
}

/// A listing has no body to derive a title or teaser from: what the app
/// derived from the body is written in.
fn fill_listing_copy(item: &mut Fields, article: &Article) {
    let missing = |item: &Fields, key| item.str(key).is_none_or(|s| s.trim().is_empty());
    if missing(item, "title") {
        item.insert("title", Value::String(article.title.clone()));
    }
    if missing(item, "summary")
        && let Some(teaser) = &article.teaser
    {
        item.insert("summary", Value::String(teaser.clone()));
    }
}
