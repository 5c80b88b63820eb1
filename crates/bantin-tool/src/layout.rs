//! Converting one big feed into the static layout of `docs/feed-format.md`
//! ("Large archives"): listing pages, one file per article, a search index.
//!
//! [`LayoutWriter::add_document`] takes the source's documents in order and
//! keeps their articles; [`LayoutWriter::finish`] sorts them and writes each
//! article's file (with its related articles, which need the order), the
//! listings and the index. Files go to a [`Sink`]: a folder for
//! the binary, a map in memory for the tests.

use super::documents::{
    BantinMember, CountMap, FEED_URLS, FrontMember, ITEM_URLS, LayoutMember, Page, RelatedMember,
};
use super::relocate::{Relocator, rewrite_urls};
use super::search_index::{BodyWords, SearchIndex, Vocabulary};
use super::source::{Fields, read_document};
use bantin_core::date::{Day, Timestamp};
use bantin_core::feed::{
    Article, Category, Page as ListPage, Paging, SECTION_COUNT, Site, Story, featured, most_read,
    related_positions,
};
use bantin_core::layout::{VERSION, file_key, page_name};
use bantin_core::search::index::{IndexDoc, IndexMeta, VERSION as INDEX_VERSION};
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
/// The members of an item that a list of titles (the most read, an
/// article's related articles) needs.
const SHORT_MEMBERS: [&str; 7] = ["id", "url", "title", "date_published", "date_modified", "tags", "_bantin"];
/// Documents per `search/docs/<chunk>.json`: results by relevance are spread
/// over the archive, and each result shown costs its chunk.
pub const DOC_CHUNK: usize = 100;
/// The most documents `search/recent.json` holds: a new article's body
/// words go there rather than into a file each, and once more than this
/// many have gathered, the body files are written again with them all.
pub const RECENT_MAX: u32 = 100;

/// Where the layout's files go.
pub trait Sink {
    /// Writes one file; `path` is relative to the layout's root, with `/`
    /// between folders, made only of file keys and fixed names.
    fn put(&mut self, path: &str, contents: &[u8]) -> io::Result<()>;

    /// The file at `path` as the layout written before this one left it,
    /// if any (the search index continues its numbers and segments).
    fn read(&self, path: &str) -> Option<Vec<u8>>;
}

impl<S: Sink> Sink for &mut S {
    fn put(&mut self, path: &str, contents: &[u8]) -> io::Result<()> {
        (**self).put(path, contents)
    }

    fn read(&self, path: &str) -> Option<Vec<u8>> {
        (**self).read(path)
    }
}

impl Sink for BTreeMap<String, Vec<u8>> {
    fn put(&mut self, path: &str, contents: &[u8]) -> io::Result<()> {
        self.insert(path.to_owned(), contents.to_vec());
        Ok(())
    }

    fn read(&self, path: &str) -> Option<Vec<u8>> {
        self.get(path).cloned()
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
    /// Blocks of the home listing (its pages: the newest, and one per older block).
    pub home_blocks: usize,
    /// Categories with listing pages.
    pub categories: usize,
    /// Files written.
    pub files: usize,
    /// Bytes written.
    pub bytes: u64,
    /// One line per item skipped or oddity met, for the reader of the report.
    pub notes: Vec<String>,
}

/// An article kept for the listings: its whole item, its listing copy and
/// what orders and indexes it.
struct Listed {
    /// The whole item, as its article's file holds it.
    whole: Fields,
    /// Its file key.
    key: String,
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
        // Each item is kept whole for its file, its listing copy beside it.
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
            // The listing copy: every member but the body (not copied only
            // to be dropped).
            let is_body = |key: &str| key == "content_html" || key == "content_text";
            let whole = item;
            let mut item = Fields(whole.0.iter().filter(|(key, _)| !is_body(key)).cloned().collect());
            fill_listing_copy(&mut item, &article);
            let search_texts = article.search_texts().into_iter().map(str::to_owned).collect();
            let topics = article.topics().into_iter().map(|(key, _)| key).collect();
            let body = self.vocabulary.body(&article.body_text());
            self.listed.push(Listed {
                whole,
                key,
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

    /// Writes every article's file, the listings and the search index;
    /// returns the sink and what was written.
    pub fn finish(mut self) -> Result<(S, LayoutSummary), LayoutError> {
        let (feed_head, site) = self.first.take().ok_or(LayoutError::Empty)?;
        // Newest first; undated last; equal dates keep the source's order.
        self.listed.sort_by_key(|l| Reverse(l.listed));
        let (listed, size, head) = (&self.listed, self.page_size, &self.page_head);
        let sections = sections(&site, listed, &mut self.notes);
        write_articles(&mut self.out, head, listed)?;
        let home_blocks = write_home(&mut self.out, (&feed_head, head), listed, &sections, size)?;
        for (_, key, items) in &sections.written {
            write_listing(&mut self.out, head, &format!("pages/c/{key}"), items, size, None)?;
        }
        for (key, items) in topics(listed) {
            // A topic's key is a slug or words of a tag; one too long for a
            // file key has no pages.
            if let Some(file) = file_key(key) {
                write_listing(&mut self.out, head, &format!("pages/t/{file}"), &items, size, None)?;
            }
        }
        write_days(&mut self.out, head, listed, size)?;
        write_search_index(&mut self.out, listed, &self.vocabulary, &site)?;
        // The register of legal documents: every one, in one document.
        let documents: Vec<&Fields> = listed.iter().filter(|l| l.document).map(|l| &l.item).collect();
        let page = Page { head, bantin: None::<&()>, next_url: None, items: &documents, depth: 0 };
        self.out.write("documents.json", &page)?;

        let summary = LayoutSummary {
            items: self.items,
            articles: listed.len(),
            home_blocks,
            categories: sections.written.len(),
            files: self.out.files,
            bytes: self.out.bytes,
            notes: self.notes,
        };
        Ok((self.out.sink, summary))
    }
}

/// Each article's file: the whole item, and in `_bantin.related` the
/// articles of its category published just before it (short copies), so
/// the article's view needs no other document. A newer article changes
/// no older one's file.
fn write_articles<S: Sink>(out: &mut Files<S>, head: &Fields, listed: &[Listed]) -> Result<(), LayoutError> {
    let positions = related_positions(listed.iter().map(|l| l.category.as_ref().map(|c| c.id.as_str())));
    for (l, positions) in listed.iter().zip(positions) {
        let copies: Vec<Fields> = positions.into_iter().map(|j| short_copy(&listed[j].item)).collect();
        let related: Vec<&Fields> = copies.iter().collect();
        let bantin = (!related.is_empty()).then_some(RelatedMember(&related));
        let page = Page { head, bantin: bantin.as_ref(), next_url: None, items: &[&l.whole], depth: 1 };
        out.write(&format!("articles/{}.json", l.key), &page)?;
    }
    Ok(())
}

/// The home listing: its newest page is `feed.json`, with the source's
/// top-level members, the layout and the home page's blocks; its older
/// pages are `pages/home/<n>.json`. The featured stories lead the home page
/// and are left out of its listing. Returns how many blocks it has.
fn write_home<S: Sink>(
    out: &mut Files<S>,
    (feed_head, head): (&Fields, &Fields),
    listed: &[Listed],
    sections: &Sections,
    size: usize,
) -> Result<usize, LayoutError> {
    let all: Vec<&Listed> = listed.iter().collect();
    let featured = featured(&all);
    let home: Vec<&Fields> =
        listed.iter().filter(|l| !featured.iter().any(|f| f.id == l.id)).map(|l| &l.item).collect();
    let paging = Paging::new(home.len(), size);
    // The most read and the sections show titles, dates and views: their
    // short copies keep the first document small. The featured stories are
    // cards, with their pictures and leads.
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
    let (fields, layout) = bantin_member(feed_head, sections, size, paging.blocks());
    let links = page_links(paging, ListPage::Newest);
    let bantin = BantinMember { fields: &fields, layout: &layout, front: &front, page: &links };
    let next = paging.older(ListPage::Newest).map(|p| format!("pages/home/{}.json", page_name(p)));
    let range = paging.range(ListPage::Newest).unwrap_or_default();
    let page = Page {
        head: feed_head,
        bantin: Some(&bantin),
        next_url: next.as_deref(),
        items: home.get(range).unwrap_or_default(),
        depth: 0,
    };
    out.write("feed.json", &page)?;
    for page in paging.pages().skip(1) {
        let path = format!("pages/home/{}.json", page_name(page));
        write_page(out, head, &path, (&home, paging, page), None, 2)?;
    }
    Ok(paging.blocks())
}

/// `_bantin.page` of a listing page: the numbers of the pages before and
/// after it (`newer` left out on an older page leads to the newest).
fn page_links(paging: Paging, page: ListPage) -> Value {
    let number = |p: Option<ListPage>| match p {
        Some(ListPage::Block(n)) => Value::from(n),
        _ => Value::Null,
    };
    serde_json::json!({ "older": number(paging.older(page)), "newer": number(paging.newer(page)) })
}

/// Every page of a listing of `items` (newest first) in `folder`, two
/// folders under `pages/`: `newest.json` and `<n>.json` for each older
/// block, each linking the older page (`next_url`) and naming the pages
/// around it (`_bantin.page`); `extra` (a member's name and value) goes
/// into each one's `_bantin` too.
fn write_listing<S: Sink>(
    out: &mut Files<S>,
    head: &Fields,
    folder: &str,
    items: &[&Fields],
    size: usize,
    extra: Option<(&str, &Value)>,
) -> Result<(), LayoutError> {
    let paging = Paging::new(items.len(), size);
    for page in paging.pages() {
        let path = format!("{folder}/{}.json", page_name(page));
        write_page(out, head, &path, (items, paging, page), extra, 3)?;
    }
    Ok(())
}

/// One page of a listing, at `path`, `depth` folders under the root.
fn write_page<S: Sink>(
    out: &mut Files<S>,
    head: &Fields,
    path: &str,
    (items, paging, page): (&[&Fields], Paging, ListPage),
    extra: Option<(&str, &Value)>,
    depth: usize,
) -> Result<(), LayoutError> {
    let mut bantin = serde_json::Map::new();
    if let Some((name, value)) = extra {
        bantin.insert(name.to_owned(), value.clone());
    }
    bantin.insert("page".to_owned(), page_links(paging, page));
    let next = paging.older(page).map(|p| format!("{}.json", page_name(p)));
    let range = paging.range(page).unwrap_or_default();
    let page = Page {
        head,
        bantin: Some(&Value::Object(bantin)),
        next_url: next.as_deref(),
        items: items.get(range).unwrap_or_default(),
        depth,
    };
    out.write(path, &page)
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
    home_blocks: usize,
) -> (Fields, LayoutMember<'a>) {
    let blocks = |count: usize| Paging::new(count, size).blocks();
    let layout = LayoutMember {
        version: VERSION,
        page_size: size,
        home_blocks,
        home_page: "pages/home/{page}.json",
        category_blocks: CountMap(
            sections.written.iter().map(|(id, _, items)| (id.as_str(), blocks(items.len()))).collect(),
        ),
        category_page: "pages/c/{category}/{page}.json",
        article: "articles/{article}.json",
        search: "search/",
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
        let around = serde_json::json!({ "previous": previous.map(Day::iso), "next": next });
        write_listing(out, head, &format!("pages/d/{}", day.iso()), items, size, Some(("day", &around)))?;
        if !items.is_empty() {
            previous = Some(day);
        }
        day = day.next();
    }
    Ok(())
}

/// The search index of every listed article, numbered from the oldest. The
/// bodies' words go to a file each (`body/<word>.json`) up to the
/// documents the previous index's files held; those added since go to
/// `recent.json`, until there are more than [`RECENT_MAX`]: then every
/// body file is written again. A new article thus changes the files of its
/// head words, the last docs chunk, `recent.json`, `days.json`, its
/// category's list and `meta.json`, and no body file.
fn write_search_index<S: Sink>(
    out: &mut Files<S>,
    listed: &[Listed],
    vocabulary: &Vocabulary,
    site: &Site,
) -> Result<(), LayoutError> {
    let mut index = SearchIndex::default();
    // Oldest first: the undated, which the listings put last, come first.
    for l in listed.iter().rev() {
        let category = l.category.as_ref();
        let entry = IndexDoc {
            id: l.id.clone(),
            title: l.title.clone(),
            date: l.listed.map(|t| t.to_rfc3339_at(site.time_zone)),
            category: category.map(|c| c.id.clone()),
        };
        index.add(entry, &l.search_texts.iter().map(String::as_str).collect::<Vec<_>>(), &l.body, l.day);
    }
    let previous =
        out.sink.read("search/meta.json").and_then(|b| serde_json::from_slice::<IndexMeta>(&b).ok());
    let documents = index.len();
    let (base, avg_len) = match previous {
        Some(meta)
            if meta.version == INDEX_VERSION
                && meta.full_text
                && meta.avg_len > 0
                && meta.body_base <= documents
                && documents - meta.body_base <= RECENT_MAX =>
        {
            (meta.body_base, meta.avg_len)
        }
        _ => (documents, index.avg_len(documents)),
    };
    out.write("search/meta.json", &index.meta(DOC_CHUNK, base, avg_len))?;
    for (name, words) in index.shards() {
        out.write(&format!("search/terms/{name}.json"), &CountMap(words))?;
    }
    for (number, chunk) in index.doc_chunks(DOC_CHUNK).enumerate() {
        out.write(&format!("search/docs/{number}.json"), &chunk)?;
    }
    // Body words are folded ASCII letters and digits: safe file names.
    for (word, file) in index.body_files(vocabulary, base, avg_len) {
        out.write(&format!("search/body/{word}.json"), &file)?;
    }
    out.write("search/recent.json", &index.recent(vocabulary, base, avg_len))?;
    out.write("search/days.json", &index.days())?;
    for (id, docs) in index.categories() {
        if let Some(key) = file_key(id) {
            out.write(&format!("search/categories/{key}.json"), &docs)?;
        }
    }
    Ok(())
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
