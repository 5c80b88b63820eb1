//! The files of a static layout's search index (`search/` in
//! `docs/feed-format.md`), as the tool writes them and the app reads them:
//! `meta.json`, `terms/<shard>.json` (each word of the head fields with
//! the numbers of the documents that hold it, ascending, as differences), `docs/<chunk>.json`
//! (what a result shows), and for full text and filters `body/<word>.json`
//! (the documents whose body holds a word, with its weight there) and
//! `recent.json` (the same for the documents added since the body files
//! were last written), `days.json` (where each day's documents start) and
//! `categories/<category>.json` (each category's documents).
//!
//! Documents are numbered from the oldest, so a new article takes the next
//! number and changes only the files of its own words, days and category;
//! ascending numbers are the oldest first.

use crate::date::Day;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ops::Range;

/// The index format's version. 3: a terms shard's lists are differences.
pub const VERSION: u32 = 3;

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
    /// Whether the index has the bodies' words (`body/`, `recent.json`),
    /// `days.json` and `categories/`: an index without them finds head
    /// fields only, unfiltered.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub full_text: bool,
    /// The documents `body/<word>.json` hold: those numbered below this;
    /// `recent.json` holds the rest.
    #[serde(default)]
    pub body_base: u32,
    /// The bodies' average length in words when the body files were
    /// written: the weights of `recent.json` are counted with it too.
    #[serde(default)]
    pub avg_len: u32,
}

impl IndexMeta {
    /// The chunk file that holds document `n`, and its place in that file.
    pub fn locate(&self, n: u32) -> (usize, usize) {
        let chunk = self.doc_chunk.max(1);
        (n as usize / chunk, n as usize % chunk)
    }
}

/// `search/terms/<shard>.json`: each word with the ascending numbers of the
/// documents that hold it, each written as its difference from the one
/// before ([`encode_deltas`]).
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

/// `days.json`: each day that has documents, oldest first, with the number
/// of its first (oldest) document; the undated documents come before them
/// all (numbers below `undated`), and `documents` is how many there are.
/// A day's documents are the numbers from its own up to the next day's.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayStarts {
    /// `YYYY-MM-DD` and its first document, oldest day first.
    pub days: Vec<(String, u32)>,
    /// How many documents have no date (they are numbered first).
    pub undated: u32,
    /// How many documents the index has.
    pub documents: u32,
}

impl DayStarts {
    /// The numbers of the documents of the days from `from` to `to` (either
    /// open), as a range; undated documents are never in it.
    pub fn range(&self, from: Option<Day>, to: Option<Day>) -> Range<u32> {
        // The first document of the oldest day on or after `limit` (strictly
        // after, with `strict`); past the last day, the end.
        let first_from = |limit: Day, strict: bool| {
            self.days
                .iter()
                .find(|(d, _)| Day::parse(d).is_some_and(|d| if strict { d > limit } else { d >= limit }))
                .map_or(self.documents, |(_, n)| *n)
        };
        let start = from.map_or(self.undated, |from| first_from(from, false)).max(self.undated);
        let end = to.map_or(self.documents, |to| first_from(to, true));
        start..end.max(start)
    }
}

/// `recent.json`: the words of the bodies of the documents numbered from
/// `IndexMeta::body_base` on, each in the form of `body/<word>.json`.
pub type Recent = HashMap<String, Vec<u32>>;

/// Ascending numbers written as their differences (the first as itself):
/// `[3, 5, 9]` → `[3, 2, 4]`.
pub fn encode_deltas(numbers: impl IntoIterator<Item = u32>) -> Vec<u32> {
    let mut last = 0;
    numbers
        .into_iter()
        .map(|n| {
            let delta = n - last;
            last = n;
            delta
        })
        .collect()
}

/// The inverse of [`encode_deltas`].
pub fn decode_deltas(deltas: &[u32]) -> Vec<u32> {
    undelta(deltas).collect()
}

/// The numbers `deltas` write, in order, without collecting them.
fn undelta(deltas: &[u32]) -> impl Iterator<Item = u32> + '_ {
    deltas.iter().scan(0u32, |n, d| {
        *n = n.saturating_add(*d);
        Some(*n)
    })
}

/// `body/<word>.json` decoded: each document whose body holds the word,
/// ascending, with the word's stored weight there (its quantized
/// `crate::search::saturation`). The file is the pairs flattened, each
/// document as its difference from the one before.
pub fn body_postings(raw: &[u32]) -> Vec<(u32, u8)> {
    let mut n = 0u32;
    raw.chunks_exact(2)
        .map(|pair| {
            n = n.saturating_add(pair[0]);
            (n, u8::try_from(pair[1]).unwrap_or(u8::MAX))
        })
        .collect()
}

/// The documents of `shard` holding a word that begins with `word`,
/// ascending; numbers from `documents` on (a damaged file's) name none. A
/// short prefix gathers many words' lists: they are merged through a set
/// of bits, one per document, rather than sorted.
pub fn documents_with_prefix(shard: &Shard, word: &str, documents: u32) -> Vec<u32> {
    let lists: Vec<&[u32]> =
        shard.iter().filter(|(w, _)| w.starts_with(word)).map(|(_, d)| d.as_slice()).collect();
    // Each list ascends: past `documents`, the rest of it is too.
    let numbers = |deltas| undelta(deltas).take_while(|&n| n < documents);
    if let [one] = lists.as_slice() {
        return numbers(one).collect();
    }
    let mut bits = vec![0u64; documents.div_ceil(64) as usize];
    for n in lists.into_iter().flat_map(numbers) {
        if let Some(block) = bits.get_mut(n as usize / 64) {
            *block |= 1 << (n % 64);
        }
    }
    let mut docs = Vec::new();
    for (i, mut block) in bits.into_iter().enumerate() {
        while block != 0 {
            docs.push(i as u32 * 64 + block.trailing_zeros());
            block &= block - 1;
        }
    }
    docs
}

/// A document's number with its score.
pub type Scored = (u32, f32);

/// The documents in both ascending lists, their scores added.
pub fn intersect(a: &[Scored], b: &[Scored]) -> Vec<Scored> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push((a[i].0, a[i].1 + b[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// The documents in either ascending list (each without repeats),
/// ascending, the scores of one in both added.
pub fn union(a: impl Iterator<Item = Scored>, b: impl Iterator<Item = Scored>) -> Vec<Scored> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    let mut out = Vec::with_capacity(a.size_hint().0 + b.size_hint().0);
    loop {
        let next = match (a.peek().copied(), b.peek().copied()) {
            (Some(x), Some(y)) if x.0 == y.0 => {
                a.next();
                b.next();
                (x.0, x.1 + y.1)
            }
            (Some(x), Some(y)) if x.0 < y.0 => {
                a.next();
                x
            }
            (_, Some(y)) => {
                b.next();
                y
            }
            (Some(x), None) => {
                a.next();
                x
            }
            (None, None) => break,
        };
        out.push(next);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn prefixes_gather_documents_once_and_lists_intersect() {
        let deltas = |docs: &[u32]| encode_deltas(docs.iter().copied());
        let shard: Shard = [
            ("giao".to_owned(), deltas(&[0, 3])),
            ("giay".to_owned(), deltas(&[1, 3])),
            ("gio".to_owned(), deltas(&[2])),
        ]
        .into_iter()
        .collect();
        assert_eq!(documents_with_prefix(&shard, "gia", 4), [0, 1, 3]);
        assert_eq!(documents_with_prefix(&shard, "gio", 4), [2]);
        assert_eq!(documents_with_prefix(&shard, "x", 4), [] as [u32; 0]);
        // A damaged list's numbers past the index's documents name none.
        assert_eq!(documents_with_prefix(&shard, "gia", 3), [0, 1]);
        assert_eq!(documents_with_prefix(&shard, "giao", 3), [0]);
        let huge: Shard = [("giao".to_owned(), vec![1, u32::MAX])].into_iter().collect();
        assert_eq!(documents_with_prefix(&huge, "gi", 10), [1]);
        let scored = |docs: &[u32], score: f32| docs.iter().map(|&n| (n, score)).collect::<Vec<_>>();
        assert_eq!(intersect(&scored(&[0, 1, 3, 7], 1.0), &scored(&[1, 2, 3, 8], 0.5)), [(1, 1.5), (3, 1.5)]);
        assert_eq!(intersect(&[], &scored(&[1], 1.0)), []);
        let either = union(scored(&[0, 3], 2.0).into_iter(), scored(&[1, 3], 0.25).into_iter());
        assert_eq!(either, [(0, 2.0), (1, 0.25), (3, 2.25)]);
        assert_eq!(union(scored(&[5, 9], 1.0).into_iter(), [].into_iter()), [(5, 1.0), (9, 1.0)]);
        assert_eq!(union([].into_iter(), scored(&[2], 0.5).into_iter()), [(2, 0.5)]);
        // Many words' lists, overlapping, beyond one block of the set of bits.
        let wide: Shard = [
            ("gia".to_owned(), deltas(&[1, 64, 200])),
            ("giao".to_owned(), deltas(&[0, 64, 65, 130])),
            ("gian".to_owned(), deltas(&[200, 1000])),
        ]
        .into_iter()
        .collect();
        assert_eq!(documents_with_prefix(&wide, "gia", 1001), [0, 1, 64, 65, 130, 200, 1000]);
        assert_eq!(documents_with_prefix(&wide, "gian", 1001), [200, 1000]);
    }

    #[test]
    fn documents_are_located_in_their_chunk() {
        let meta = IndexMeta {
            version: VERSION,
            documents: 250,
            doc_chunk: 100,
            shard_prefix: 2,
            full_text: false,
            body_base: 0,
            avg_len: 0,
        };
        assert_eq!(meta.locate(0), (0, 0));
        assert_eq!(meta.locate(199), (1, 99));
        let zero = IndexMeta { doc_chunk: 0, ..meta };
        assert_eq!(zero.locate(5), (5, 0), "a damaged chunk size does not divide by zero");
    }

    #[test]
    fn days_map_to_ranges_of_documents_and_postings_decode() {
        // One undated document, then five dated ones of three days, oldest first.
        let days = DayStarts {
            days: vec![("2023-03-20".into(), 1), ("2023-03-27".into(), 2), ("2023-03-29".into(), 4)],
            undated: 1,
            documents: 6,
        };
        let d = |s: &str| Day::parse(s);
        assert_eq!(days.range(None, None), 1..6);
        assert_eq!(days.range(d("2023-03-27"), d("2023-03-28")), 2..4);
        assert_eq!(days.range(d("2023-03-21"), None), 2..6);
        assert_eq!(days.range(None, d("2023-03-26")), 1..2);
        assert_eq!(days.range(d("2023-03-30"), None), 6..6);
        assert_eq!(days.range(d("2023-01-01"), d("2023-02-01")), 1..1);
        assert_eq!(decode_deltas(&encode_deltas([3, 5, 9])), [3, 5, 9]);
        assert_eq!(encode_deltas([3, 5, 9]), [3, 2, 4]);
        assert_eq!(body_postings(&[3, 200, 2, 17, 9]), [(3, 200), (5, 17)], "a lone last number is dropped");
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
