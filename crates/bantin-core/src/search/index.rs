//! The files of a static layout's search index (`search/` in
//! `docs/feed-format.md`), as the tool writes them and the app reads them:
//! `meta.json`, `terms/<shard>.json` (each word with the numbers of the
//! documents that hold it, ascending) and `docs/<chunk>.json` (what a result
//! shows).

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The index format's version.
pub const VERSION: u32 = 1;

/// `search/meta.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexMeta {
    /// The format's version, [`VERSION`].
    pub version: u32,
    /// How many documents are indexed.
    pub documents: usize,
    /// Documents per `search/docs/<chunk>.json`.
    pub doc_chunk: usize,
    /// Letters of a word that name its shard.
    pub shard_prefix: usize,
}

impl IndexMeta {
    /// The chunk file that holds document `n`, and its place in that file.
    pub fn locate(&self, n: u32) -> (usize, usize) {
        let chunk = self.doc_chunk.max(1);
        (n as usize / chunk, n as usize % chunk)
    }
}

/// `search/terms/<shard>.json`: each word with the ascending numbers of the
/// documents that hold it.
pub type Shard = HashMap<String, Vec<u32>>;

/// One document's entry in `search/docs/<chunk>.json`: what a result shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexDoc {
    /// The article's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// When it was published (else updated), RFC 3339.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Its category's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
}

/// The documents of `shard` holding a word that begins with `word`, ascending.
pub fn documents_with_prefix(shard: &Shard, word: &str) -> Vec<u32> {
    let mut docs: Vec<u32> =
        shard.iter().filter(|(w, _)| w.starts_with(word)).flat_map(|(_, d)| d).copied().collect();
    docs.sort_unstable();
    docs.dedup();
    docs
}

/// The documents in both ascending lists.
pub fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_gather_documents_once_and_lists_intersect() {
        let shard: Shard =
            [("giao".to_owned(), vec![0, 3]), ("giay".to_owned(), vec![1, 3]), ("gio".to_owned(), vec![2])]
                .into_iter()
                .collect();
        assert_eq!(documents_with_prefix(&shard, "gia"), [0, 1, 3]);
        assert_eq!(documents_with_prefix(&shard, "x"), [] as [u32; 0]);
        assert_eq!(intersect(&[0, 1, 3, 7], &[1, 2, 3, 8]), [1, 3]);
        assert_eq!(intersect(&[], &[1]), [] as [u32; 0]);
    }

    #[test]
    fn documents_are_located_in_their_chunk() {
        let meta = IndexMeta { version: VERSION, documents: 250, doc_chunk: 100, shard_prefix: 2 };
        assert_eq!(meta.locate(0), (0, 0));
        assert_eq!(meta.locate(199), (1, 99));
        let zero = IndexMeta { doc_chunk: 0, ..meta };
        assert_eq!(zero.locate(5), (5, 0), "a damaged chunk size does not divide by zero");
    }

    #[test]
    fn entries_read_back_without_their_optional_fields() {
        let doc: Result<IndexDoc, _> = serde_json::from_str(r#"{"id":"a","title":"T"}"#);
        assert_eq!(
            doc.ok(),
            Some(IndexDoc { id: "a".into(), title: "T".into(), date: None, category: None })
        );
        let written = serde_json::to_string(&IndexDoc {
            id: "a".into(),
            title: "T".into(),
            date: None,
            category: None,
        });
        assert_eq!(written.ok().as_deref(), Some(r#"{"id":"a","title":"T"}"#));
    }
}
