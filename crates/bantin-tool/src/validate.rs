//! Checking a feed before it is published or converted: every problem, one
//! line each, where the app (lenient by design) would quietly drop a field or
//! an item, and where the static layout could not place an article.
//!
//! The checks read `serde_json::Value`s, not the app's lenient wire types,
//! so that a field of the wrong type is seen rather than ignored.

use super::chain::{Chain, MAX_DOCUMENTS};
use bantin_core::content::policy::{UrlUse, check_url, scheme};
use bantin_core::date::{Day, Timestamp, UtcOffset};
use bantin_core::layout::file_key;
use bantin_core::text::html_to_text;
use bantin_core::urls;
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io;
use std::path::Path;

/// One problem in a feed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The document it is in, as the caller names it (a file path).
    pub document: String,
    /// The item it is in, numbered from 0 across the whole feed, with its id when it has one.
    pub item: Option<(usize, Option<String>)>,
    /// The field (`_bantin.views`, `next_url`…); `document` for the document as a whole.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.document)?;
        match &self.item {
            Some((number, Some(id))) => write!(f, "item {number} (id {id:?}): ")?,
            Some((number, None)) => write!(f, "item {number}: ")?,
            None => {}
        }
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Checks the documents of one feed, in order.
#[derive(Debug, Default)]
pub struct Validator {
    items: usize,
    problems: Vec<Problem>,
    /// Item number of each id seen.
    ids: HashMap<String, usize>,
    /// The declared categories' ids, from the first document.
    categories: HashSet<String>,
    zone: Option<UtcOffset>,
    documents: usize,
    version_1_1: bool,
}

/// Members of the top level that must be strings.
const FEED_STRINGS: [&str; 8] =
    ["home_page_url", "feed_url", "description", "user_comment", "next_url", "icon", "favicon", "language"];
/// Members of an item that must be strings.
const ITEM_STRINGS: [&str; 11] = [
    "url",
    "external_url",
    "title",
    "content_html",
    "content_text",
    "summary",
    "image",
    "banner_image",
    "date_published",
    "date_modified",
    "language",
];

/// How a problem message names a JSON value's type.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn non_empty(value: Option<&Value>) -> Option<&str> {
    value.and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty())
}

/// Checks every document of a feed: the first is the file `feed`, published
/// at the absolute URL `first_url`; each `next_url` is followed to the file
/// at the same place relative to it (see [`Chain`]), read with `load`. A
/// `next_url` that loops, leaves the feed's folder or cannot be read is a
/// problem too.
pub fn validate_feed(
    feed: &Path,
    first_url: &str,
    mut load: impl FnMut(&Path) -> io::Result<Vec<u8>>,
) -> Validator {
    let mut validator = Validator::new();
    let mut chain = Chain::new(feed, first_url, MAX_DOCUMENTS);
    let (mut path, mut url) = (feed.to_path_buf(), first_url.to_owned());
    let mut bytes = match load(feed) {
        Ok(bytes) => bytes,
        Err(e) => {
            validator.report(&feed.display().to_string(), "document", format!("cannot be read: {e}"));
            return validator;
        }
    };
    loop {
        let name = path.display().to_string();
        let Some(next) = validator.document(&name, &bytes) else { break };
        let Some(next_url) = urls::resolve(&url, &next) else { break };
        let file = match chain.follow(&next_url) {
            Ok(file) => file,
            Err(stop) => {
                validator.report(&name, "next_url", format!("{next:?} is not followed: {stop}"));
                break;
            }
        };
        match load(&file) {
            Ok(b) => (bytes, url, path) = (b, next_url, file),
            Err(e) => {
                validator.report(&name, "next_url", format!("{next:?}: cannot read {}: {e}", file.display()));
                break;
            }
        }
    }
    validator
}

/// Where a problem is: a document, maybe an item in it.
#[derive(Clone, Copy)]
struct At<'a> {
    document: &'a str,
    item: Option<(usize, Option<&'a str>)>,
}

impl Validator {
    /// A validator that has read nothing yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Items checked so far.
    pub fn items(&self) -> usize {
        self.items
    }

    /// Problems found so far, in the order found.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The closing line of a report: `validate: N items, M problems`.
    pub fn summary(&self) -> String {
        format!("validate: {} items, {} problems", self.items, self.problems.len())
    }

    /// Records a problem found outside a document's content (a `next_url`
    /// that loops or cannot be read).
    pub fn report(&mut self, document: &str, field: &str, message: impl Into<String>) {
        self.push(At { document, item: None }, field, message.into());
    }

    fn push(&mut self, at: At, field: &str, message: String) {
        self.problems.push(Problem {
            document: at.document.to_owned(),
            item: at.item.map(|(n, id)| (n, id.map(str::to_owned))),
            field: field.to_owned(),
            message,
        });
    }

    fn expect_string(
        &mut self,
        at: At,
        object: &Map<String, Value>,
        key: &str,
        field: &str,
    ) -> Option<String> {
        match object.get(key)? {
            Value::String(s) => Some(s.clone()),
            other => {
                self.push(at, field, format!("expected a string, found {}", kind(other)));
                None
            }
        }
    }

    /// Checks one document, named `document` in the report. Returns its
    /// `next_url`, as written, for the caller to follow.
    pub fn document(&mut self, document: &str, bytes: &[u8]) -> Option<String> {
        let at = At { document, item: None };
        let first = self.documents == 0;
        self.documents += 1;
        let feed = match serde_json::from_slice::<Value>(bytes) {
            Ok(Value::Object(feed)) => feed,
            Ok(other) => {
                self.push(at, "document", format!("expected a JSON object, found {}", kind(&other)));
                return None;
            }
            Err(e) => {
                self.push(at, "document", format!("not valid JSON: {e}"));
                return None;
            }
        };
        match self.expect_string(at, &feed, "version", "version") {
            None if !feed.contains_key("version") => self.push(at, "version", "missing".into()),
            Some(v) if !v.starts_with("https://jsonfeed.org/version/") => {
                self.push(at, "version", format!("not a JSON Feed version URL: {v:?}"))
            }
            Some(v) => self.version_1_1 = v == "https://jsonfeed.org/version/1.1",
            None => {}
        }
        match feed.get("title") {
            Some(Value::String(title)) if !title.trim().is_empty() => {}
            Some(other) if !other.is_string() => {
                self.push(at, "title", format!("expected a string, found {}", kind(other)))
            }
            _ => self.push(at, "title", "missing (JSON Feed requires the feed's title)".into()),
        }
        for key in FEED_STRINGS {
            self.expect_string(at, &feed, key, key);
        }
        self.authors(at, &feed, "");
        self.feed_extension(at, feed.get("_bantin"), first);
        let next = feed.get("next_url").and_then(Value::as_str).map(str::to_owned);
        match feed.get("items") {
            None => self.push(at, "items", "missing".into()),
            Some(Value::Array(items)) => {
                for item in items {
                    self.item(document, item);
                }
            }
            Some(other) => self.push(at, "items", format!("expected an array, found {}", kind(other))),
        }
        next
    }

    fn feed_extension(&mut self, at: At, extension: Option<&Value>, first: bool) {
        let extension = match extension {
            None => return,
            Some(Value::Object(e)) => e,
            Some(other) => {
                return self.push(at, "_bantin", format!("expected an object, found {}", kind(other)));
            }
        };
        if let Some(zone) = self.expect_string(at, extension, "time_zone", "_bantin.time_zone") {
            match UtcOffset::parse(&zone) {
                Some(zone) if first => self.zone = Some(zone),
                Some(_) => {}
                None => self.push(at, "_bantin.time_zone", format!("not a UTC offset like +07:00: {zone:?}")),
            }
        }
        if let Some(layout) = extension.get("layout").filter(|l| !l.is_object()) {
            self.push(at, "_bantin.layout", format!("expected an object, found {}", kind(layout)));
        }
        let categories = match extension.get("categories") {
            None => return,
            Some(Value::Array(c)) => c,
            Some(other) => {
                return self.push(
                    at,
                    "_bantin.categories",
                    format!("expected an array, found {}", kind(other)),
                );
            }
        };
        let mut seen = HashSet::new();
        for (i, category) in categories.iter().enumerate() {
            let field = format!("_bantin.categories[{i}]");
            let Some(category) = category.as_object() else {
                self.push(at, &field, format!("expected an object, found {}", kind(category)));
                continue;
            };
            self.expect_string(at, category, "name", &format!("{field}.name"));
            let id = match category.get("id") {
                Some(Value::String(id)) if !id.trim().is_empty() => id.trim().to_owned(),
                Some(Value::String(_)) | None => {
                    self.push(at, &format!("{field}.id"), "missing".into());
                    continue;
                }
                Some(other) => {
                    self.push(
                        at,
                        &format!("{field}.id"),
                        format!("expected a string, found {}", kind(other)),
                    );
                    continue;
                }
            };
            if file_key(&id).is_none() {
                self.push(
                    at,
                    &format!("{field}.id"),
                    format!("{id:?} is too long for a file key (over 100 bytes)"),
                );
            }
            if !seen.insert(id.clone()) {
                self.push(at, &format!("{field}.id"), format!("{id:?} is declared twice"));
            }
            if first {
                self.categories.insert(id);
            }
        }
    }

    fn authors(&mut self, at: At, object: &Map<String, Value>, prefix: &str) {
        let check = |this: &mut Self, field: String, author: &Value| match author.as_object() {
            Some(author) => {
                this.expect_string(at, author, "name", &format!("{field}.name"));
            }
            None => this.push(at, &field, format!("expected an object, found {}", kind(author))),
        };
        match object.get("authors") {
            None => {}
            Some(Value::Array(list)) => {
                for (i, author) in list.iter().enumerate() {
                    check(self, format!("{prefix}authors[{i}]"), author);
                }
            }
            Some(other) => self.push(
                at,
                &format!("{prefix}authors"),
                format!("expected an array, found {}", kind(other)),
            ),
        }
        if let Some(author) = object.get("author") {
            check(self, format!("{prefix}author"), author);
        }
    }

    fn item(&mut self, document: &str, item: &Value) {
        let number = self.items;
        self.items += 1;
        let Some(item) = item.as_object() else {
            let at = At { document, item: Some((number, None)) };
            return self.push(at, "item", format!("expected an object, found {}", kind(item)));
        };
        let (id, id_problem) = match item.get("id") {
            None => (None, Some("missing".to_owned())),
            Some(Value::String(s)) if s.trim().is_empty() => (None, Some("empty".to_owned())),
            Some(Value::String(s)) => (Some(s.trim().to_owned()), None),
            Some(Value::Number(n)) => {
                // As the app reads ids: integers, and floats without a fraction within 2^53.
                let integral =
                    n.as_i64().map(|i| i.to_string()).or_else(|| n.as_u64().map(|u| u.to_string()));
                let whole = || {
                    let f = n.as_f64().filter(|f| f.fract() == 0.0 && f.abs() <= 9_007_199_254_740_992.0)?;
                    Some((f as i64).to_string())
                };
                match integral.or_else(whole) {
                    Some(id) if self.version_1_1 => (
                        Some(id.clone()),
                        Some(format!("a number; JSON Feed 1.1 wants a string (read as {id:?})")),
                    ),
                    Some(id) => (Some(id), None),
                    None => (None, Some(format!("not an integer: {n}"))),
                }
            }
            Some(other) => (None, Some(format!("expected a string, found {}", kind(other)))),
        };
        let from_url = id.is_none();
        let id = id.or_else(|| non_empty(item.get("url")).map(str::to_owned));
        let at = At { document, item: Some((number, id.as_deref())) };
        if let Some(problem) = id_problem {
            let message = match (&id, from_url) {
                (None, _) => format!("{problem}, and no url to stand in: the app skips the item"),
                (Some(_), true) => format!("{problem} (the url stands in)"),
                (Some(_), false) => problem,
            };
            self.push(at, "id", message);
        }
        if let Some(id) = &id {
            if let Some(first) = self.ids.get(id) {
                self.push(at, "id", format!("repeats item {first}: the app skips the item"));
            } else {
                self.ids.insert(id.clone(), number);
            }
            if file_key(id).is_none() {
                self.push(at, "id", "over 100 bytes: no file key, the static layout skips the item".into());
            }
        }
        let strings: HashMap<&str, String> = ITEM_STRINGS
            .iter()
            .filter_map(|key| self.expect_string(at, item, key, key).map(|s| (*key, s)))
            .collect();
        let has = |key: &str| strings.get(key).is_some_and(|s| !s.trim().is_empty());
        let html_text = || strings.get("content_html").is_some_and(|h| !html_to_text(h).is_empty());
        if !has("title") && !has("summary") && !has("content_text") && !html_text() {
            self.push(
                at,
                "title",
                "missing, and no summary or content to stand in: the app skips the item".into(),
            );
        }
        let zone = self.zone.unwrap_or(UtcOffset::VIETNAM);
        for key in ["date_published", "date_modified"] {
            if let Some(date) = strings.get(key)
                && Timestamp::parse(date, zone).is_none()
            {
                self.push(at, key, format!("not a date: {date:?}"));
            }
        }
        for (key, usage) in [
            ("image", UrlUse::Image),
            ("banner_image", UrlUse::Image),
            ("url", UrlUse::Link),
            ("external_url", UrlUse::Link),
        ] {
            if let Some(url) = strings.get(key)
                && check_url(url, usage).is_none()
            {
                self.push(at, key, format!("scheme not allowed: {url:?}"));
            }
        }
        match item.get("tags") {
            None => {}
            Some(Value::Array(tags)) => {
                for (i, tag) in tags.iter().enumerate().filter(|(_, t)| !t.is_string()) {
                    self.push(at, &format!("tags[{i}]"), format!("expected a string, found {}", kind(tag)));
                }
            }
            Some(other) => self.push(at, "tags", format!("expected an array, found {}", kind(other))),
        }
        self.authors(at, item, "");
        self.attachments(at, item.get("attachments"));
        self.item_extension(at, item.get("_bantin"));
    }

    /// `attachments`: objects, each with a `url` readers can fetch (https,
    /// or relative to the feed), and a `mime_type`, without which the type
    /// shown is a guess from the file's name and a player may be missing.
    fn attachments(&mut self, at: At, attachments: Option<&Value>) {
        let list = match attachments {
            None => return,
            Some(Value::Array(list)) => list,
            Some(other) => {
                return self.push(at, "attachments", format!("expected an array, found {}", kind(other)));
            }
        };
        for (i, file) in list.iter().enumerate() {
            let field = format!("attachments[{i}]");
            let Some(file) = file.as_object() else {
                self.push(at, &field, format!("expected an object, found {}", kind(file)));
                continue;
            };
            match self.expect_string(at, file, "url", &format!("{field}.url")) {
                None if !file.contains_key("url") => {
                    self.push(at, &format!("{field}.url"), "missing: the app leaves the file out".into());
                }
                None => {}
                Some(url) => match scheme(url.trim()).as_deref() {
                    None | Some("https") => {}
                    Some("http") => self.push(
                        at,
                        &format!("{field}.url"),
                        format!(
                            "not https: {url:?} (pages served over https cannot play it, and browsers warn)"
                        ),
                    ),
                    Some(_) => self.push(
                        at,
                        &format!("{field}.url"),
                        format!("scheme not allowed: {url:?}: the app leaves the file out"),
                    ),
                },
            }
            match self.expect_string(at, file, "mime_type", &format!("{field}.mime_type")) {
                Some(mime) if mime.contains('/') => {}
                Some(mime) => {
                    self.push(at, &format!("{field}.mime_type"), format!("not a media type: {mime:?}"))
                }
                None if !file.contains_key("mime_type") => self.push(
                    at,
                    &format!("{field}.mime_type"),
                    "missing: the type shown is guessed from the file's name".into(),
                ),
                None => {}
            }
            self.expect_string(at, file, "title", &format!("{field}.title"));
            if let Some(size) = file.get("size_in_bytes").filter(|v| v.as_u64().is_none()) {
                self.push(
                    at,
                    &format!("{field}.size_in_bytes"),
                    format!("expected a whole number of bytes, found {size}"),
                );
            }
        }
    }

    /// `_bantin.document`: an object with a `number`, text fields, and
    /// dates as `YYYY-MM-DD`.
    fn legal_document(&mut self, at: At, document: Option<&Value>) {
        let document = match document {
            None => return,
            Some(Value::Object(d)) => d,
            Some(other) => {
                return self.push(
                    at,
                    "_bantin.document",
                    format!("expected an object, found {}", kind(other)),
                );
            }
        };
        match self.expect_string(at, document, "number", "_bantin.document.number") {
            Some(number) if !number.trim().is_empty() => {}
            Some(_) | None if document.get("number").is_none_or(Value::is_string) => self.push(
                at,
                "_bantin.document.number",
                "missing or empty: the app does not show the item as a document".into(),
            ),
            _ => {}
        }
        for key in ["kind", "issuer", "abstract"] {
            self.expect_string(at, document, key, &format!("_bantin.document.{key}"));
        }
        for key in ["issued", "effective"] {
            if let Some(day) = self.expect_string(at, document, key, &format!("_bantin.document.{key}"))
                && Day::parse(&day).is_none()
            {
                self.push(at, &format!("_bantin.document.{key}"), format!("not a YYYY-MM-DD date: {day:?}"));
            }
        }
    }

    fn item_extension(&mut self, at: At, extension: Option<&Value>) {
        let extension = match extension {
            None => return,
            Some(Value::Object(e)) => e,
            Some(other) => {
                return self.push(at, "_bantin", format!("expected an object, found {}", kind(other)));
            }
        };
        if let Some(category) = self.expect_string(at, extension, "category", "_bantin.category") {
            let category = category.trim();
            if !self.categories.is_empty() && !category.is_empty() && !self.categories.contains(category) {
                self.push(at, "_bantin.category", format!("unknown category {category:?}"));
            }
        }
        match extension.get("views") {
            None => {}
            Some(Value::Number(n)) if n.is_u64() => {}
            Some(Value::Number(n)) if n.is_i64() => self.push(at, "_bantin.views", format!("negative: {n}")),
            Some(Value::Number(n)) => match n.as_f64() {
                Some(f) if f < 0.0 => self.push(at, "_bantin.views", format!("negative: {n}")),
                Some(f) if f.fract() != 0.0 => self.push(at, "_bantin.views", format!("not an integer: {n}")),
                _ => {}
            },
            Some(other) => {
                self.push(at, "_bantin.views", format!("expected a number, found {}", kind(other)))
            }
        }
        self.expect_string(at, extension, "byline", "_bantin.byline");
        self.legal_document(at, extension.get("document"));
    }
}
