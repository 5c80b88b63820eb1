//! Building the layout's search index (`search/` in `docs/feed-format.md`,
//! its files in [`bantin_core::search::index`]): every word of each
//! document's head fields (title, summary, category name, a legal
//! document's number and abstract: `Article::search_texts`), as
//! [`bantin_core::search::words`] cuts them, with the numbers of the
//! documents that contain it, in shards by the word's first letters; every
//! word of the bodies in a file of its own, with each document's BM25
//! weight of it (the part its body decides: the app counts the word's
//! rarity), the documents added since in one `recent.json`; where each
//! day's documents start; each category's documents.

use bantin_core::date::Day;
use bantin_core::search::index::{DayStarts, IndexDoc, IndexMeta, VERSION, encode_deltas};
use bantin_core::search::{SHARD_PREFIX, quantize, saturation, shard, words};
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

/// The words of one shard, in order, each with the ascending numbers of
/// the documents that contain it, as differences (the file's form).
pub type ShardWords<'a> = Vec<(&'a str, Vec<u32>)>;

/// A body's words as [`Vocabulary::body`] counts them: each distinct word's
/// number and how often it occurs, and the body's length in words.
#[derive(Clone, Debug, Default)]
pub struct BodyWords {
    counts: Vec<(u32, u32)>,
    len: u32,
}

/// The bodies' words, each numbered once: bodies are counted as their
/// articles are read (the articles are numbered only once all are sorted).
#[derive(Debug, Default)]
pub struct Vocabulary {
    numbers: HashMap<String, u32>,
    words: Vec<String>,
}

impl Vocabulary {
    /// The words of a body's plain text, counted.
    pub fn body(&mut self, text: &str) -> BodyWords {
        let mut counts: HashMap<u32, u32> = HashMap::new();
        let mut len = 0;
        for word in words(text) {
            len += 1;
            let number = match self.numbers.get(&word) {
                Some(n) => *n,
                None => {
                    let n = u32::try_from(self.words.len()).unwrap_or(u32::MAX);
                    self.words.push(word.clone());
                    self.numbers.insert(word, n);
                    n
                }
            };
            *counts.entry(number).or_default() += 1;
        }
        let mut counts: Vec<(u32, u32)> = counts.into_iter().collect();
        counts.sort_unstable();
        BodyWords { counts, len }
    }
}

/// The index being built: documents are added oldest first and numbered
/// from 0, so that a new article takes the next number.
#[derive(Debug, Default)]
pub struct SearchIndex {
    postings: HashMap<String, Vec<u32>>,
    docs: Vec<IndexDoc>,
    /// Per body word (by its vocabulary number): documents and counts.
    body: HashMap<u32, Vec<(u32, u32)>>,
    lengths: Vec<u32>,
    days: Vec<(Day, u32)>,
    undated: u32,
    categories: BTreeMap<String, Vec<u32>>,
}

impl SearchIndex {
    /// Adds the next document, older ones first (the undated before the
    /// dated): its entry, the head texts it is found by, its body's words
    /// and its day.
    pub fn add(&mut self, entry: IndexDoc, texts: &[&str], body: &BodyWords, day: Option<Day>) {
        let number = self.len();
        if let Some(category) = &entry.category {
            self.categories.entry(category.clone()).or_default().push(number);
        }
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
        for &(word, count) in &body.counts {
            self.body.entry(word).or_default().push((number, count));
        }
        self.lengths.push(body.len);
        match day {
            Some(day) if self.days.last().is_none_or(|(last, _)| *last != day) => {
                self.days.push((day, number))
            }
            Some(_) => {}
            None => self.undated += 1,
        }
    }

    /// How many documents it has.
    pub fn len(&self) -> u32 {
        u32::try_from(self.docs.len()).unwrap_or(u32::MAX)
    }

    /// Whether it has none.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The bodies' average length in words (at least 1), of the documents below `below`.
    pub fn avg_len(&self, below: u32) -> u32 {
        let lengths = &self.lengths[..(below as usize).min(self.lengths.len())];
        let total: u64 = lengths.iter().map(|&l| u64::from(l)).sum();
        u32::try_from(total / lengths.len().max(1) as u64).unwrap_or(u32::MAX).max(1)
    }

    /// `search/meta.json` for chunks of `doc_chunk` documents, with body
    /// files of the documents below `body_base`, weighed for bodies of
    /// `avg_len` words on average.
    pub fn meta(&self, doc_chunk: usize, body_base: u32, avg_len: u32) -> IndexMeta {
        IndexMeta {
            version: VERSION,
            documents: self.docs.len(),
            doc_chunk,
            shard_prefix: SHARD_PREFIX,
            full_text: true,
            body_base,
            avg_len,
        }
    }

    /// The shards, in order of their names: each name and its words in
    /// order, with the ascending numbers of the documents containing them,
    /// as differences.
    pub fn shards(&self) -> Vec<(&str, ShardWords<'_>)> {
        let mut words: Vec<(&str, &[u32])> =
            self.postings.iter().map(|(w, docs)| (w.as_str(), docs.as_slice())).collect();
        words.sort_unstable_by_key(|(w, _)| *w);
        let mut shards: Vec<(&str, ShardWords)> = Vec::new();
        for (word, docs) in words {
            let name = shard(word);
            let docs = encode_deltas(docs.iter().copied());
            match shards.last_mut() {
                Some((last, list)) if *last == name => list.push((word, docs)),
                _ => shards.push((name, vec![(word, docs)])),
            }
        }
        shards
    }

    /// Each body word of the documents `numbers` holds, with its postings
    /// there in the form of `body/<word>.json`: the documents, ascending,
    /// each as its difference from the one before and followed by the
    /// word's stored weight there (its saturation for bodies of `avg_len`
    /// words, 1–15). A document's weights depend on its body alone.
    fn postings<'a>(
        &'a self,
        vocabulary: &'a Vocabulary,
        numbers: Range<u32>,
        avg_len: u32,
    ) -> impl Iterator<Item = (&'a str, Vec<u32>)> + 'a {
        self.body.iter().filter_map(move |(word, docs)| {
            let mut file = Vec::new();
            let mut last = 0;
            for &(doc, count) in docs.iter().filter(|(doc, _)| numbers.contains(doc)) {
                let len = self.lengths.get(doc as usize).copied().unwrap_or(0);
                file.push(doc - last);
                file.push(u32::from(quantize(saturation(count, len, avg_len as f32))));
                last = doc;
            }
            let word = vocabulary.words.get(*word as usize).map_or("", String::as_str);
            (!file.is_empty()).then_some((word, file))
        })
    }

    /// Each body word with its `body/<word>.json`: the documents below
    /// `base` holding it.
    pub fn body_files<'a>(
        &'a self,
        vocabulary: &'a Vocabulary,
        base: u32,
        avg_len: u32,
    ) -> impl Iterator<Item = (&'a str, Vec<u32>)> + 'a {
        self.postings(vocabulary, 0..base, avg_len)
    }

    /// `search/recent.json`: the body words of the documents from `base` on.
    pub fn recent(&self, vocabulary: &Vocabulary, base: u32, avg_len: u32) -> BTreeMap<String, Vec<u32>> {
        self.postings(vocabulary, base..u32::MAX, avg_len).map(|(w, file)| (w.to_owned(), file)).collect()
    }

    /// `search/days.json`.
    pub fn days(&self) -> DayStarts {
        DayStarts {
            days: self.days.iter().map(|(d, n)| (d.iso(), *n)).collect(),
            undated: self.undated,
            documents: self.len(),
        }
    }

    /// Each category's id with its `categories/<category>.json`: its
    /// documents, ascending, as differences.
    pub fn categories(&self) -> impl Iterator<Item = (&str, Vec<u32>)> {
        self.categories.iter().map(|(id, docs)| (id.as_str(), encode_deltas(docs.iter().copied())))
    }

    /// The documents in chunks of `doc_chunk` (at least 1), in order.
    pub fn doc_chunks(&self, doc_chunk: usize) -> std::slice::Chunks<'_, IndexDoc> {
        self.docs.chunks(doc_chunk.max(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bantin_core::search::index::body_postings;

    fn entry(id: &str) -> IndexDoc {
        IndexDoc { id: id.into(), title: id.into(), date: None, category: None }
    }

    #[test]
    fn words_point_at_ascending_documents_once_each() {
        let mut index = SearchIndex::default();
        let none = BodyWords::default();
        index.add(entry("a"), &["Giáo dục giáo dục", "Thốt Nốt"], &none, None);
        index.add(entry("b"), &["giáo viên", "Giáo dục – Đào tạo"], &none, None);
        index.add(entry("c"), &["x y"], &none, None);
        let shards = index.shards();
        let names: Vec<_> = shards.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, ["da", "du", "gi", "no", "ta", "th", "vi"]);
        let gi = &shards[2].1;
        assert_eq!(gi, &[("giao", vec![0, 1])]);
        assert_eq!(shards[1].1, [("duc", vec![0, 1])]);
        assert_eq!(
            index.meta(2, 3, 10),
            IndexMeta {
                version: VERSION,
                documents: 3,
                doc_chunk: 2,
                shard_prefix: 2,
                full_text: true,
                body_base: 3,
                avg_len: 10
            }
        );
        let chunks: Vec<_> = index.doc_chunks(2).map(|c| c.len()).collect();
        assert_eq!(chunks, [2, 1]);
    }

    #[test]
    fn body_words_carry_their_weight_days_and_categories_their_documents() {
        let mut vocabulary = Vocabulary::default();
        let mut index = SearchIndex::default();
        let day = |s: &str| Day::parse(s);
        // Oldest first: the undated, then by day.
        let bodies =
            ["giáo dục", "không liên quan gì cả", "giáo dục là quốc sách", "quốc sách quốc sách giáo dục"];
        let days = [None, day("2023-03-27"), day("2023-03-29"), day("2023-03-29")];
        for (n, (text, day)) in bodies.iter().zip(days).enumerate() {
            let body = vocabulary.body(text);
            let category = (n % 2 == 0).then(|| "giao-duc".to_owned());
            index.add(IndexDoc { category, ..entry(&n.to_string()) }, &[], &body, day);
        }
        let avg = index.avg_len(4);
        let files: HashMap<&str, Vec<(u32, u8)>> =
            index.body_files(&vocabulary, 4, avg).map(|(w, file)| (w, body_postings(&file))).collect();
        let sach = &files["sach"];
        assert_eq!(sach.iter().map(|p| p.0).collect::<Vec<_>>(), [2, 3]);
        assert!(sach[1].1 > sach[0].1, "twice in a body weighs more: {sach:?}");
        assert_eq!(index.days().days, [("2023-03-27".to_owned(), 1), ("2023-03-29".to_owned(), 2)]);
        assert_eq!((index.days().undated, index.days().documents), (1, 4));
        let categories: Vec<_> = index.categories().collect();
        assert_eq!(categories, [("giao-duc", vec![0, 2])]);
        // The bodies added after the body files are in one file, weighed alike.
        let (early, recent) = (index.body_files(&vocabulary, 3, avg), index.recent(&vocabulary, 3, avg));
        let early: HashMap<&str, Vec<(u32, u8)>> = early.map(|(w, file)| (w, body_postings(&file))).collect();
        assert_eq!(early["sach"], sach[..1]);
        assert_eq!(body_postings(&recent["sach"]), sach[1..]);
        assert_eq!(recent.len(), 4, "quoc, sach, giao, duc");
    }
}
