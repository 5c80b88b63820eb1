//! A source feed document for the tools, parsed once: its members and items
//! kept as written (key order and unknown fields included, so they can be
//! written out again), and the app's own reading of each item on demand.

use bantin_core::feed::{Article, Site, convert};
use bantin_core::urls;
use bantin_core::wire::loose::{Array, Object, ObjectOrString, OneOrMany};
use bantin_core::wire::{FeedError, WireAuthor, WireFeed, WireItem};
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;
use std::fmt;
use std::marker::PhantomData;

/// The version URL prefix every JSON Feed declares.
const VERSION_PREFIX: &str = "https://jsonfeed.org/version/";

/// A JSON object with its members in document order (`serde_json`'s own map
/// sorts them). A repeated key keeps its last value, as `serde_json` does.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fields(pub Vec<(String, Value)>);

impl Fields {
    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The value of `key` when it is a string.
    pub fn str(&self, key: &str) -> Option<&str> {
        self.get(key).and_then(Value::as_str)
    }

    /// The value of `key`, to change it.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.0.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Sets `key`, in its place when present, else at the end.
    pub fn insert(&mut self, key: &str, value: Value) {
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some((_, slot)) => *slot = value,
            None => self.0.push((key.to_owned(), value)),
        }
    }

    /// Removes `key`, returning its value.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let at = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.remove(at).1)
    }

    /// The members as a serde deserializer, to read them as a wire type.
    fn deserializer(&self) -> impl Deserializer<'_, Error = serde_json::Error> {
        de::value::MapDeserializer::new(self.0.iter().map(|(k, v)| (k.as_str(), v)))
    }
}

impl Serialize for Fields {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// Builds a value from the members of a JSON object.
trait FromMap<'de>: Sized {
    fn from_map<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

impl<'de> FromMap<'de> for Fields {
    fn from_map<A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut fields = Fields(Vec::with_capacity(map.size_hint().unwrap_or(0).min(64)));
        while let Some((key, value)) = map.next_entry::<String, Value>()? {
            fields.insert(&key, value);
        }
        Ok(fields)
    }
}

/// A document's members with `items` apart: `None` when `items` is not an array.
struct RawDocument {
    fields: Fields,
    items: Option<Vec<Option<Fields>>>,
}

impl<'de> FromMap<'de> for RawDocument {
    fn from_map<A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut doc = RawDocument { fields: Fields::default(), items: None };
        while let Some(key) = map.next_key::<String>()? {
            if key == "items" {
                doc.items = map.next_value::<ItemList>()?.0;
            } else {
                let value = map.next_value::<Value>()?;
                doc.fields.insert(&key, value);
            }
        }
        Ok(doc)
    }
}

/// Any JSON value: an object read as `T`, anything else as `None`.
struct IfObject<T>(Option<T>);

struct IfObjectVisitor<T>(PhantomData<T>);

impl<'de, T: FromMap<'de>> Visitor<'de> for IfObjectVisitor<T> {
    type Value = IfObject<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        T::from_map(map).map(|v| IfObject(Some(v)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(IfObject(None))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(IfObject(None))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(IfObject(None))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(IfObject(None))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(IfObject(None))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        Ok(IfObject(None))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(IfObject(None))
    }
}

impl<'de, T: FromMap<'de>> Deserialize<'de> for IfObject<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(IfObjectVisitor(PhantomData))
    }
}

/// The `items` member: `Some` only for an array, each element `None` unless an object.
struct ItemList(Option<Vec<Option<Fields>>>);

struct ItemListVisitor;

impl<'de> Visitor<'de> for ItemListVisitor {
    type Value = ItemList;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ItemList, A::Error> {
        // The hint comes from the input: trust it only so far.
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(IfObject(item)) = seq.next_element::<IfObject<Fields>>()? {
            items.push(item);
        }
        Ok(ItemList(Some(items)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ItemList, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(ItemList(None))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<ItemList, E> {
        Ok(ItemList(None))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<ItemList, E> {
        Ok(ItemList(None))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<ItemList, E> {
        Ok(ItemList(None))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<ItemList, E> {
        Ok(ItemList(None))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<ItemList, E> {
        Ok(ItemList(None))
    }

    fn visit_unit<E: de::Error>(self) -> Result<ItemList, E> {
        Ok(ItemList(None))
    }
}

impl<'de> Deserialize<'de> for ItemList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ItemListVisitor)
    }
}

/// One feed document as the tools read it.
#[derive(Debug)]
pub struct SourceDocument {
    /// The absolute URL it is read as published at; its relative URLs resolve against it.
    pub url: String,
    /// Its top-level members other than `items`, as written.
    pub fields: Fields,
    /// The portal, as this document (or, for a later page, the first) describes it.
    pub site: Site,
    /// Its items in document order, each as written; `None` for one that is not an object.
    pub items: Vec<Option<Fields>>,
    /// The absolute URL of the next document, as the app would follow it.
    pub next_url: Option<String>,
}

/// Parses one feed document published at the absolute URL `url`; `parent` is
/// the portal as the feed's first document describes it (`None` for that one).
/// Fails as the app does: on bytes that are not JSON, or JSON that is not a feed.
pub fn read_document(bytes: &[u8], url: &str, parent: Option<&Site>) -> Result<SourceDocument, FeedError> {
    let raw = match serde_json::from_slice::<IfObject<RawDocument>>(bytes) {
        Ok(IfObject(Some(raw))) => raw,
        Ok(IfObject(None)) => return Err(FeedError::NotJsonFeed("not a JSON object")),
        Err(e) => return Err(FeedError::Json(e.to_string())),
    };
    if !raw.fields.str("version").is_some_and(|v| v.starts_with(VERSION_PREFIX)) {
        return Err(FeedError::NotJsonFeed("no JSON Feed version"));
    }
    let Some(items) = raw.items else {
        return Err(FeedError::NotJsonFeed("no items list"));
    };
    let wire =
        WireFeed::deserialize(raw.fields.deserializer()).map_err(|e| FeedError::Json(e.to_string()))?;
    let resolve = |reference: &str| urls::resolve(url, reference);
    let page = convert(WireFeed { items: Array(Some(Vec::new())), ..wire }, &resolve, parent);
    Ok(SourceDocument {
        url: url.to_owned(),
        fields: raw.fields,
        site: page.site,
        items,
        next_url: page.next_url,
    })
}

/// The feed's `feed_url` when it is an absolute http(s) URL: where the
/// feed says it is published. Reads nothing else of the document.
pub fn feed_url_of(bytes: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Peek {
        #[serde(default)]
        feed_url: bantin_core::wire::loose::Text,
    }
    let url = serde_json::from_slice::<Peek>(bytes).ok()?.feed_url.0?;
    let url = url.trim();
    let absolute = ["https://", "http://"].iter().any(|s| url.strip_prefix(s).is_some_and(|h| !h.is_empty()));
    absolute.then(|| url.to_owned())
}

impl SourceDocument {
    /// The app's reading of one of this document's items: `None` when the app
    /// skips it (no `id` or `url`, no text at all).
    pub fn article(&self, item: &Fields) -> Result<Option<Article>, FeedError> {
        let wire = WireItem::deserialize(item.deserializer()).map_err(|e| FeedError::Json(e.to_string()))?;
        // The feed's authors, inherited by an item that names none.
        let member = |key| self.fields.get(key).unwrap_or(&Value::Null);
        let feed = WireFeed {
            items: Array(Some(vec![Object(Some(wire))])),
            authors: OneOrMany::<ObjectOrString<WireAuthor>>::deserialize(member("authors"))
                .unwrap_or_default(),
            author: ObjectOrString::<WireAuthor>::deserialize(member("author")).unwrap_or_default(),
            ..WireFeed::default()
        };
        let resolve = |reference: &str| urls::resolve(&self.url, reference);
        let page = convert(feed, &resolve, Some(&self.site));
        Ok(page.articles.into_iter().next().map(std::sync::Arc::unwrap_or_clone))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bantin_core::feed::Body;

    const DOC: &str = r#"{
        "version": "https://jsonfeed.org/version/1",
        "title": "Cổng",
        "authors": [{"name": "Ban biên tập"}],
        "_bantin": {"categories": [{"id": "kinh-te", "name": "Kinh tế"}]},
        "next_url": "feed-2.json",
        "items": [
            {"title": "B", "id": 7, "content_html": "<p>x</p>", "zz": 1, "title": "Bài"},
            "not an item",
            {"id": "a", "title": "", "_bantin": {"category": "kinh-te"}, "summary": "Tóm tắt"},
            {"id": "none"}
        ]
    }"#;

    #[test]
    fn items_keep_their_order_and_unknown_members() {
        let doc =
            read_document(DOC.as_bytes(), "https://a.vn/feed.json", None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(doc.items.len(), 4);
        let first = doc.items[0].as_ref().unwrap_or_else(|| panic!("an object"));
        let keys: Vec<_> = first.0.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["title", "id", "content_html", "zz"], "a repeated key keeps its first place");
        assert_eq!(first.str("title"), Some("Bài"), "and its last value");
        assert_eq!(doc.items[1], None);
        assert_eq!(doc.next_url.as_deref(), Some("https://a.vn/feed-2.json"));
        assert_eq!(doc.site.categories.len(), 1);
        assert!(doc.fields.get("items").is_none());
    }

    #[test]
    fn each_item_is_read_as_the_app_reads_it() {
        let doc =
            read_document(DOC.as_bytes(), "https://a.vn/feed.json", None).unwrap_or_else(|e| panic!("{e}"));
        let article = |i: usize| {
            let item = doc.items[i].as_ref().unwrap_or_else(|| panic!("an object"));
            doc.article(item).unwrap_or_else(|e| panic!("{e}"))
        };
        let first = article(0).unwrap_or_else(|| panic!("kept"));
        assert_eq!((first.id.as_str(), first.title.as_str()), ("7", "Bài"));
        assert_eq!(first.body, Body::Html("<p>x</p>".into()));
        assert_eq!(first.authors, ["Ban biên tập"], "the feed's authors are inherited");
        let derived = article(2).unwrap_or_else(|| panic!("kept"));
        assert_eq!(derived.title, "Tóm tắt");
        assert_eq!(derived.category.map(|c| c.name), Some("Kinh tế".into()));
        assert_eq!(article(3), None, "no text at all");
    }

    #[test]
    fn documents_fail_as_they_do_in_the_app() {
        let read = |s: &str| read_document(s.as_bytes(), "https://a.vn/f.json", None).map(|_| ());
        assert!(matches!(read("[1]"), Err(FeedError::NotJsonFeed(_))));
        assert!(matches!(read(r#"{"items":[]}"#), Err(FeedError::NotJsonFeed(_))));
        assert!(matches!(
            read(r#"{"version":"https://jsonfeed.org/version/1.1","items":{}}"#),
            Err(FeedError::NotJsonFeed(_))
        ));
        assert!(matches!(read("{"), Err(FeedError::Json(_))));
        assert_eq!(
            feed_url_of(br#"{"feed_url":"https://a.vn/f.json","items":[{"feed_url":1}]}"#).as_deref(),
            Some("https://a.vn/f.json")
        );
        assert_eq!(feed_url_of(br#"{"feed_url":"feed.json"}"#), None);
        assert_eq!(feed_url_of(br#"{"feed_url":7}"#), None);
        assert_eq!(read(r#"{"version":"https://jsonfeed.org/version/1.1","items":[]}"#), Ok(()));
    }
}
