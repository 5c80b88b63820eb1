//! The documents of a layout as they are serialised: members in the
//! source's order, and URL members made relative to the file's depth.

use super::relocate::Relocator;
use super::source::Fields;
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::Value;

/// Item members holding a URL, rewritten when an item moves.
pub(super) const ITEM_URLS: [&str; 4] = ["url", "external_url", "image", "banner_image"];
/// Top-level members holding a URL.
pub(super) const FEED_URLS: [&str; 3] = ["home_page_url", "icon", "favicon"];

/// One document of the layout.
pub(super) struct Page<'a, B> {
    /// Top-level members, in order (URL members made absolute).
    pub(super) head: &'a Fields,
    /// Written in place of the head's `_bantin` (or after the head).
    pub(super) bantin: Option<&'a B>,
    pub(super) next_url: Option<&'a str>,
    pub(super) items: &'a [&'a Fields],
    /// Folders between the file and the layout's root.
    pub(super) depth: usize,
}

impl<B: Serialize> Serialize for Page<'_, B> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        let mut bantin = self.bantin;
        for (key, value) in &self.head.0 {
            if key == "_bantin"
                && let Some(b) = bantin.take()
            {
                map.serialize_entry(key, b)?;
            } else {
                map.serialize_entry(
                    key,
                    &Localized { value, depth: self.depth, url: FEED_URLS.contains(&key.as_str()) },
                )?;
            }
        }
        if let Some(b) = bantin {
            map.serialize_entry("_bantin", b)?;
        }
        if let Some(next) = self.next_url {
            map.serialize_entry("next_url", next)?;
        }
        map.serialize_entry("items", &Items { items: self.items, depth: self.depth })?;
        map.end()
    }
}

struct Items<'a> {
    items: &'a [&'a Fields],
    depth: usize,
}

impl Serialize for Items<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.items.len()))?;
        for item in self.items {
            seq.serialize_element(&Item { item, depth: self.depth })?;
        }
        seq.end()
    }
}

/// An item with its URL members relative to a file at `depth`.
struct Item<'a> {
    item: &'a Fields,
    depth: usize,
}

impl Serialize for Item<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.item.0.len()))?;
        for (key, value) in &self.item.0 {
            let url = ITEM_URLS.contains(&key.as_str());
            map.serialize_entry(key, &Localized { value, depth: self.depth, url })?;
        }
        map.end()
    }
}

/// A member's value; a URL (`url`) under the local origin made relative to `depth`.
struct Localized<'a> {
    value: &'a Value,
    depth: usize,
    url: bool,
}

impl Serialize for Localized<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.value {
            Value::String(s) if self.url => Relocator::for_depth(s, self.depth).serialize(serializer),
            other => other.serialize(serializer),
        }
    }
}

/// `_bantin.layout`.
#[derive(serde::Serialize)]
pub(super) struct LayoutMember<'a> {
    pub(super) version: u64,
    pub(super) page_size: usize,
    pub(super) home_blocks: usize,
    pub(super) home_page: &'a str,
    pub(super) category_blocks: CountMap<'a, usize>,
    pub(super) category_page: &'a str,
    pub(super) article: &'a str,
    pub(super) search: &'a str,
    pub(super) documents: &'a str,
    pub(super) topic_page: &'a str,
    pub(super) day_page: &'a str,
}

/// The first document's `_bantin`: the source's members, then `layout`,
/// `front` and `page` (the home listing's older page).
pub(super) struct BantinMember<'a> {
    pub(super) fields: &'a Fields,
    pub(super) layout: &'a LayoutMember<'a>,
    pub(super) front: &'a FrontMember<'a>,
    pub(super) page: &'a Value,
}

impl Serialize for BantinMember<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.fields.0.len() + 3))?;
        for (key, value) in &self.fields.0 {
            if !["front", "page"].contains(&key.as_str()) {
                map.serialize_entry(key, value)?;
            }
        }
        map.serialize_entry("layout", self.layout)?;
        map.serialize_entry("front", self.front)?;
        map.serialize_entry("page", self.page)?;
        map.end()
    }
}

/// `_bantin.front` of a layout's first document: the home page's featured
/// stories, most read and each section's newest, as listing copies.
pub(super) struct FrontMember<'a> {
    pub(super) featured: Vec<&'a Fields>,
    pub(super) most_read: Vec<&'a Fields>,
    /// Category id and its newest.
    pub(super) sections: Vec<(&'a str, Vec<&'a Fields>)>,
}

impl Serialize for FrontMember<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Section<'a>(&'a str, &'a [&'a Fields]);
        impl Serialize for Section<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("category", self.0)?;
                map.serialize_entry("items", &Items { items: self.1, depth: 0 })?;
                map.end()
            }
        }
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("featured", &Items { items: &self.featured, depth: 0 })?;
        map.serialize_entry("most_read", &Items { items: &self.most_read, depth: 0 })?;
        let sections: Vec<_> = self.sections.iter().map(|(id, items)| Section(id, items)).collect();
        map.serialize_entry("sections", &sections)?;
        map.end()
    }
}

/// An article document's `_bantin`: the articles of its category
/// published just before it, as short copies.
pub(super) struct RelatedMember<'a>(pub(super) &'a [&'a Fields]);

impl Serialize for RelatedMember<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry("related", &Items { items: self.0, depth: 1 })?;
        map.end()
    }
}

/// A JSON object from pairs, in their order.
pub(super) struct CountMap<'a, T>(pub(super) Vec<(&'a str, T)>);

impl<T: Serialize> Serialize for CountMap<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}
