//! Building the layout's search index (`search/` in `docs/feed-format.md`,
//! its files in [`bantin_core::search::index`]): every word of each
//! document's title, summary and category name, as
//! [`bantin_core::search::words`] cuts them (and a legal document's number
//! and abstract: `Article::search_texts`), with the numbers of the
//! documents that contain it, in shards by the word's first letters.

use bantin_core::search::index::{IndexDoc, IndexMeta, VERSION};
use bantin_core::search::{SHARD_PREFIX, shard, words};
use std::collections::HashMap;

/// The words of one shard, in order, each with the ascending numbers of
/// the documents that contain it.
pub type ShardWords<'a> = Vec<(&'a str, &'a [u32])>;

/// The index being built: documents are added newest first and numbered from 0.
#[derive(Debug, Default)]
pub struct SearchIndex {
    postings: HashMap<String, Vec<u32>>,
    docs: Vec<IndexDoc>,
}

impl SearchIndex {
    /// Adds the next document: its entry and the texts whose words it is found by.
    pub fn add(&mut self, entry: IndexDoc, texts: &[&str]) {
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
    pub fn meta(&self, doc_chunk: usize) -> IndexMeta {
        IndexMeta { version: VERSION, documents: self.docs.len(), doc_chunk, shard_prefix: SHARD_PREFIX }
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
    pub fn doc_chunks(&self, doc_chunk: usize) -> std::slice::Chunks<'_, IndexDoc> {
        self.docs.chunks(doc_chunk.max(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str) -> IndexDoc {
        IndexDoc { id: id.into(), title: id.into(), date: None, category: None }
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
        assert_eq!(
            index.meta(2),
            IndexMeta { version: VERSION, documents: 3, doc_chunk: 2, shard_prefix: 2 }
        );
        let chunks: Vec<_> = index.doc_chunks(2).map(|c| c.len()).collect();
        assert_eq!(chunks, [2, 1]);
    }
}
