//! The JSON Feed document as it arrives (versions 1.0 and 1.1), with the
//! `_bantin` publisher extension documented in `docs/feed-format.md`.
//!
//! Every field is lenient (see [`super::loose`]): a value of the wrong type is
//! dropped, never fatal. Only a document that is not JSON, or not a JSON Feed
//! at all, fails; that decision is [`parse_document`]'s.

pub mod loose;

use loose::{Array, Count, Id, List, Object, ObjectOrString, OneOrMany, Rank, StringList, Text};
use serde::Deserialize;
use thiserror::Error;

/// The version URL prefixes a JSON Feed declares: the spec's `https://`,
/// and the `http://` form some generators write (WordPress's JSON Feed
/// plugin), which feed readers accept too.
const VERSION_PREFIXES: [&str; 2] = ["https://jsonfeed.org/version/", "http://jsonfeed.org/version/"];

/// Why a response body could not be used as a feed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FeedError {
    /// The body is not valid JSON (or is nested deeper than the parser allows).
    #[error("not valid JSON: {0}")]
    Json(String),
    /// Valid JSON, but not a JSON Feed: no version URL, or no `items` list.
    #[error("not a JSON Feed: {0}")]
    NotJsonFeed(&'static str),
}

/// The top level of a JSON Feed document.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireFeed {
    /// `https://jsonfeed.org/version/1.1` (or `/1`).
    pub version: Text,
    /// The feed's (the portal's) name.
    pub title: Text,
    /// The portal's home page.
    pub home_page_url: Text,
    /// Where this document lives.
    pub feed_url: Text,
    /// What the portal is about.
    pub description: Text,
    /// The next page of a paginated feed.
    pub next_url: Text,
    /// A square image for the portal.
    pub icon: Text,
    /// The portal's language, e.g. `vi`.
    pub language: Text,
    /// The portal's default authors, inherited by items that name none.
    pub authors: OneOrMany<ObjectOrString<WireAuthor>>,
    /// 1.0's singular author (some generators write only the name).
    pub author: ObjectOrString<WireAuthor>,
    /// The articles; `None` when the key is absent or not an array. An element
    /// that is not an object is `Object(None)`, skipped later.
    pub items: Array<Object<WireItem>>,
    /// The publisher extension.
    #[serde(rename = "_bantin")]
    pub bantin: Object<WireFeedExtension>,
}

/// Portal-wide fields of the `_bantin` extension.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireFeedExtension {
    /// The portal's sections, in navigation order.
    pub categories: List<Object<WireCategory>>,
    /// The portal's UTC offset, `+07:00` when absent.
    pub time_zone: Text,
    /// Where the files of a large archive's static layout are.
    pub layout: Object<WireLayout>,
    /// The agency behind the portal.
    pub site: Object<WireAgency>,
    /// The home page's blocks, as a static layout writes them into its
    /// first document.
    pub front: Object<WireFront>,
    /// A static layout's day document: the days either side with articles.
    pub day: Object<WireNeighbours>,
    /// A static layout's listing page: the pages before and after it.
    pub page: Object<WirePageLinks>,
    /// A static layout's article document: the articles of its category
    /// published just before it, as listing copies.
    pub related: List<Object<WireItem>>,
}

/// `_bantin.page`: the numbers of the older and newer pages of a listing
/// page in a static layout; an older page without `newer` leads to the
/// listing's newest page.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WirePageLinks {
    /// The older page's block number.
    pub older: Count,
    /// The newer page's block number.
    pub newer: Count,
}

/// `_bantin.day`: the nearest days before and after a day's document that
/// have articles, as `YYYY-MM-DD`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireNeighbours {
    /// The latest earlier day with articles.
    pub previous: Text,
    /// The earliest later day with articles.
    pub next: Text,
}

/// `_bantin.front`: the home page's featured stories, most read and each
/// section's newest, as listing copies of their items.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireFront {
    /// The featured stories, in their order.
    pub featured: List<Object<WireItem>>,
    /// The most read, most read first.
    pub most_read: List<Object<WireItem>>,
    /// Each section's newest, in navigation order.
    pub sections: List<Object<WireFrontSection>>,
}

/// One section's newest items in `_bantin.front`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireFrontSection {
    /// The category's id.
    pub category: Id,
    /// Its newest items.
    pub items: List<Object<WireItem>>,
}

/// `_bantin.site`: what a state portal says about the agency behind it.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireAgency {
    /// The governing agency (cơ quan chủ quản).
    pub agency: Text,
    /// Its postal address.
    pub address: Text,
    /// Its telephone number.
    pub phone: Text,
    /// Its email address.
    pub email: Text,
    /// Who answers for the content (người chịu trách nhiệm).
    pub editor: Text,
    /// The portal's licence (giấy phép).
    pub license: Text,
    /// The portal this site belongs to (the province's).
    pub parent: Object<WireLink>,
    /// Related state portals.
    pub links: List<Object<WireLink>>,
}

/// A named link of `_bantin.site`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireLink {
    /// What the link is called.
    pub name: Text,
    /// Where it leads.
    pub url: Text,
}

/// `_bantin.layout`: the static layout of a large archive (see
/// `docs/feed-format.md`).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireLayout {
    /// Must be 2 (`crate::layout::VERSION`).
    pub version: Count,
    /// Items per block of a listing.
    pub page_size: Count,
    /// How many blocks the home listing has.
    pub home_blocks: Count,
    /// Template of the home listing's older pages, with `{page}` (a block's number).
    pub home_page: Text,
    /// How many blocks each category's listing has, by category id.
    pub category_blocks: Object<std::collections::HashMap<String, Count>>,
    /// Template of category listing pages, with `{category}` and `{page}`
    /// (`newest` or a block's number).
    pub category_page: Text,
    /// Template of article documents, with `{article}`.
    pub article: Text,
    /// The search index's folder, ending in `/`.
    pub search: Text,
    /// The register of legal documents: one document of every item that
    /// publishes one.
    pub documents: Text,
    /// Template of topic listing pages, with `{topic}` and `{page}`.
    pub topic_page: Text,
    /// Template of day listing pages, with `{day}` (`YYYY-MM-DD`) and `{page}`.
    pub day_page: Text,
}

/// One entry of `_bantin.categories`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireCategory {
    /// Stable id, used in URLs.
    pub id: Id,
    /// Display name.
    pub name: Text,
}

/// One article.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireItem {
    /// Unique within the feed (a string in 1.1, often a number in 1.0).
    pub id: Id,
    /// The article's permalink on the portal.
    pub url: Text,
    /// A link the article is about (link blogs).
    pub external_url: Text,
    /// Plain-text title; optional in JSON Feed (microblogs have none).
    pub title: Text,
    /// HTML body.
    pub content_html: Text,
    /// Plain-text body.
    pub content_text: Text,
    /// Plain-text lead.
    pub summary: Text,
    /// The main image.
    pub image: Text,
    /// A banner image, used when there is no `image`.
    pub banner_image: Text,
    /// RFC 3339.
    pub date_published: Text,
    /// RFC 3339.
    pub date_modified: Text,
    /// 1.1 authors (an object here is read as a list of one).
    pub authors: OneOrMany<ObjectOrString<WireAuthor>>,
    /// 1.0's singular author (some generators write only the name).
    pub author: ObjectOrString<WireAuthor>,
    /// Free-form tags (some generators write one comma-separated string); the
    /// first is the category when `_bantin.category` is absent.
    pub tags: StringList,
    /// The article's language.
    pub language: Text,
    /// Files that go with it.
    pub attachments: List<Object<WireAttachment>>,
    /// The publisher extension.
    #[serde(rename = "_bantin")]
    pub bantin: Object<WireItemExtension>,
}

/// An attachment object.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireAttachment {
    /// The file's URL.
    pub url: Text,
    /// Its media type.
    pub mime_type: Text,
    /// Its title.
    pub title: Text,
    /// Its size in bytes.
    pub size_in_bytes: Count,
    /// How long it plays.
    pub duration_in_seconds: Count,
}

/// `_bantin.document`: the article publishes a legal document.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireDocument {
    /// Số ký hiệu, `15/2024/QĐ-UBND`.
    pub number: Text,
    /// Loại văn bản: Quyết định, Nghị quyết…
    pub kind: Text,
    /// Cơ quan ban hành.
    pub issuer: Text,
    /// Ngày ban hành, `YYYY-MM-DD`.
    pub issued: Text,
    /// Ngày hiệu lực, `YYYY-MM-DD`.
    pub effective: Text,
    /// Trích yếu.
    #[serde(rename = "abstract")]
    pub summary: Text,
}

/// An author object.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireAuthor {
    /// The author's name.
    pub name: Text,
}

impl From<String> for WireAuthor {
    /// An author given as a bare name.
    fn from(name: String) -> Self {
        Self { name: Text(Some(name)) }
    }
}

/// Per-article fields of the `_bantin` extension.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireItemExtension {
    /// A category id from `_bantin.categories`.
    pub category: Id,
    /// How many times the article was read.
    pub views: Count,
    /// The credit line as printed, e.g. `Tin, ảnh: Mỹ Linh`.
    pub byline: Text,
    /// The legal document the article publishes.
    pub document: Object<WireDocument>,
    /// A featured story ("Tiêu điểm"): `true`, or a rank (lower first).
    pub featured: Rank,
}

/// Decodes a response body into a feed document.
pub fn parse_document(bytes: &[u8]) -> Result<WireFeed, FeedError> {
    // A byte-order mark is not JSON, but some Windows tools write one.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // Read leniently like every field, so valid JSON of another shape (an
    // array, a string…) is `Object(None)` rather than a serde type error.
    let feed = match serde_json::from_slice::<Object<WireFeed>>(bytes) {
        Ok(Object(Some(feed))) => feed,
        Ok(Object(None)) => return Err(FeedError::NotJsonFeed("not a JSON object")),
        Err(e) => return Err(FeedError::Json(e.to_string())),
    };
    let versioned =
        feed.version.0.as_deref().is_some_and(|v| VERSION_PREFIXES.iter().any(|p| v.starts_with(p)));
    if !versioned {
        return Err(FeedError::NotJsonFeed("no JSON Feed version"));
    }
    if feed.items.0.is_none() {
        return Err(FeedError::NotJsonFeed("no items list"));
    }
    Ok(feed)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn a_minimal_feed_parses() {
        let json = br#"{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[]}"#;
        let feed = parse_document(json).map_err(|e| e.to_string());
        assert_eq!(feed.map(|f| f.title.0), Ok(Some("T".into())));
    }

    #[test]
    fn json_that_is_not_a_feed_is_told_apart_from_broken_json() {
        assert!(matches!(parse_document(b"[1,2]"), Err(FeedError::NotJsonFeed(_))));
        assert!(matches!(parse_document(b"{\"items\":[]}"), Err(FeedError::NotJsonFeed(_))));
        let rss_as_json = br#"{"version":"2.0","items":[]}"#;
        assert!(matches!(parse_document(rss_as_json), Err(FeedError::NotJsonFeed(_))));
        let no_items = br#"{"version":"https://jsonfeed.org/version/1.1","items":{}}"#;
        assert!(matches!(parse_document(no_items), Err(FeedError::NotJsonFeed(_))));
        assert!(matches!(parse_document(b"<!doctype html>"), Err(FeedError::Json(_))));
        assert!(matches!(parse_document(b"{\"version\":"), Err(FeedError::Json(_))));
        assert!(matches!(parse_document(b""), Err(FeedError::Json(_))));
    }

    #[test]
    fn the_http_form_of_the_version_url_is_a_json_feed_too() {
        let json = br#"{"version":"http://jsonfeed.org/version/1","items":[]}"#;
        assert!(parse_document(json).is_ok());
        let other = br#"{"version":"http://example.org/jsonfeed.org/version/1","items":[]}"#;
        assert!(matches!(parse_document(other), Err(FeedError::NotJsonFeed(_))));
    }

    #[test]
    fn a_byte_order_mark_is_tolerated() {
        let json = b"\xEF\xBB\xBF{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[]}";
        assert!(parse_document(json).is_ok());
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(100_000);
        assert!(parse_document(deep.as_bytes()).is_err());
        let deep_field = format!(
            r#"{{"version":"https://jsonfeed.org/version/1.1","items":[],"x":{}}}"#,
            "[".repeat(100_000)
        );
        assert!(parse_document(deep_field.as_bytes()).is_err());
    }
}
