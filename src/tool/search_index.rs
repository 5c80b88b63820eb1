//! The layout's search index (`search/` in `docs/feed-format.md`): every
//! word of each document's title, summary and category name, as
//! [`crate::search::words`] cuts them, with the numbers of the documents that
//! contain it, in shards by the word's first letters.

use crate::search::{SHARD_PREFIX, shard, words};
use serde::Serialize;
use std::collections::HashMap;

/// One document's entry in `search/docs/<chunk>.json`: what a result shows.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocEntry {
    /// The article's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// When it was published (else updated), RFC 3339.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Its category's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
}

/// `search/meta.json`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Meta {
    /// The format's version, 1.
    pub version: u32,
    /// How many documents are indexed.
    pub documents: usize,
    /// Documents per `search/docs/<chunk>.json`.
    pub doc_chunk: usize,
    /// Letters of a word that name its shard.
    pub shard_prefix: usize,
}

/// The words of one shard, in order, each with the ascending numbers of
/// the documents that contain it.
pub type ShardWords<'a> = Vec<(&'a str, &'a [u32])>;

/// The index being built: documents are added newest first and numbered from 0.
#[derive(Debug, Default)]
pub struct SearchIndex {
    postings: HashMap<String, Vec<u32>>,
    docs: Vec<DocEntry>,
}

impl SearchIndex {
    /// Adds the next document: its entry and the texts whose words it is found by.
    pub fn add(&mut self, entry: DocEntry, texts: &[&str]) {
        let number = u32::try_from(self.docs.len()).unwrap_or(u32::MAX);
        self.docs.push(entry);
        for text in texts {
            for word in words(text) {
                match self.postings.get_mut(&word) {
                    Some(docs) => {
                        if docs.last() != Some(&number) {
                            docs.push(number);
                        }
                    }
                    None => {
                        self.postings.insert(word, vec![number]);
                    }
                }
            }
        }
    }

    /// `search/meta.json` for chunks of `doc_chunk` documents.
    pub fn meta(&self, doc_chunk: usize) -> Meta {
        Meta { version: 1, documents: self.docs.len(), doc_chunk, shard_prefix: SHARD_PREFIX }
    }

    /// The shards, in order of their names: each name and its words in
    /// order, with the ascending numbers of the documents containing them.
    pub fn shards(&self) -> Vec<(&str, ShardWords<'_>)> {
        let mut words: ShardWords =
            self.postings.iter().map(|(w, docs)| (w.as_str(), docs.as_slice())).collect();
        words.sort_unstable_by_key(|(w, _)| *w);
        let mut shards: Vec<(&str, ShardWords)> = Vec::new();
        for (word, docs) in words {
            let name = shard(word);
            match shards.last_mut() {
                Some((last, list)) if *last == name => list.push((word, docs)),
                _ => shards.push((name, vec![(word, docs)])),
            }
        }
        shards
    }

    /// The documents in chunks of `doc_chunk` (at least 1), in order.
    pub fn doc_chunks(&self, doc_chunk: usize) -> std::slice::Chunks<'_, DocEntry> {
        self.docs.chunks(doc_chunk.max(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str) -> DocEntry {
        DocEntry { id: id.into(), title: id.into(), date: None, category: None }
    }

    #[test]
    fn words_point_at_ascending_documents_once_each() {
        let mut index = SearchIndex::default();
        index.add(entry("a"), &["Giáo dục giáo dục", "Thốt Nốt"]);
        index.add(entry("b"), &["giáo viên", "Giáo dục – Đào tạo"]);
        index.add(entry("c"), &["x y"]);
        let shards = index.shards();
        let names: Vec<_> = shards.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, ["da", "du", "gi", "no", "ta", "th", "vi"]);
        let gi = &shards[2].1;
        assert_eq!(gi, &[("giao", &[0, 1][..])]);
        assert_eq!(shards[1].1, [("duc", &[0, 1][..])]);
        assert_eq!(index.meta(2), Meta { version: 1, documents: 3, doc_chunk: 2, shard_prefix: 2 });
        let chunks: Vec<_> = index.doc_chunks(2).map(|c| c.len()).collect();
        assert_eq!(chunks, [2, 1]);
    }
}
