//! Vietnamese search: the words of a text as the index stores them, and the
//! match of a query against them. The same functions build the index (the
//! native `bantin-tool`) and read it (the app), so both always agree.
//!
//! A word is folded to ASCII lower case ([`crate::text::fold_char`]), so
//! `Thốt Nốt`, `thot not` and `THỐT NỐT` are the same words and `đ` is `d`.
//! Query words match index words they begin (`giao d` does not yet match,
//! `giao du` matches `giáo dục`), and every query word must match (AND).

use crate::text::{fold_char, is_combining_mark};

pub mod index;
mod rank;
mod results;

pub use rank::{
    HEAD_SCORE, Order, SATURATION_MAX, SearchQuery, body_weight, dequantize, idf, order, quantize,
    saturation, squash,
};
pub use results::{PAGE_SIZE, SearchHit, SearchResults, page_of};

/// Characters of body text a result's snippet shows, about.
pub const SNIPPET_CHARS: usize = 200;

/// Words shorter than this are not indexed (nor searched): one letter
/// matches nearly everything.
pub const MIN_WORD: usize = 2;
/// Index shards are keyed by this many leading characters of a word.
pub const SHARD_PREFIX: usize = 2;

/// The folded words of `text`, in order, repeats kept; words shorter than
/// [`MIN_WORD`] dropped.
pub fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        // Combining marks (decomposed text) belong to the letter before them.
        if is_combining_mark(c) {
            continue;
        }
        match fold_char(c) {
            Some(letter) => word.push(letter),
            None => {
                if word.len() >= MIN_WORD {
                    words.push(std::mem::take(&mut word));
                } else {
                    word.clear();
                }
            }
        }
    }
    if word.len() >= MIN_WORD {
        words.push(word);
    }
    words
}

/// The words of a query, each once, in order.
pub fn query_words(query: &str) -> Vec<String> {
    let mut seen = Vec::new();
    for word in words(query) {
        if !seen.contains(&word) {
            seen.push(word);
        }
    }
    seen
}

/// The shard of the index that holds `word` (its first [`SHARD_PREFIX`] letters).
pub fn shard(word: &str) -> &str {
    &word[..word.len().min(SHARD_PREFIX)]
}

/// Whether a document with these words matches every query word (as a prefix).
pub fn matches(query: &[String], document_words: &[String]) -> bool {
    !query.is_empty() && query.iter().all(|q| document_words.iter().any(|w| w.starts_with(q.as_str())))
}

/// Whether a body with these words holds `query_word` as a whole word.
pub fn body_count(query_word: &str, body_words: &[String]) -> u32 {
    body_words.iter().filter(|w| *w == query_word).count() as u32
}

/// A snippet of `text` around the first of the query's words it holds
/// (else its start): about [`SNIPPET_CHARS`] characters, cut at spaces,
/// with `…` where text was left out.
pub fn snippet(text: &str, query: &[String]) -> String {
    let text = text.trim();
    if text.chars().nth(SNIPPET_CHARS).is_none() {
        return text.to_owned();
    }
    let first = highlights(text, query).first().map_or(0, |r| r.start);
    // A quarter of the snippet before the match, the rest after it.
    let before = text[..first].chars().rev().take(SNIPPET_CHARS / 4).map(char::len_utf8).sum::<usize>();
    let mut start = first - before;
    if start > 0 {
        // From the next word, so no word is cut.
        start = text[start..first].find(' ').map_or(first, |i| start + i + 1);
    }
    let rest = &text[start..];
    let mut end = rest.char_indices().nth(SNIPPET_CHARS).map_or(rest.len(), |(i, _)| i);
    if end < rest.len() {
        end = rest[..end].rfind(' ').unwrap_or(end);
    }
    let mut out = String::with_capacity(end + 8);
    if start > 0 {
        out.push('…');
    }
    out.push_str(rest[..end].trim());
    if end < rest.len() {
        out.push('…');
    }
    out
}

/// Where in `text` the query's words occur, as byte ranges to highlight: each
/// run of letters whose folded form begins with a query word, highlighted for
/// the length of that word.
pub fn highlights(text: &str, query: &[String]) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = None;
    let mut folded = String::new();
    let mut ends = Vec::new(); // byte end in `text` of each folded letter
    let flush = |start: Option<usize>, folded: &str, ends: &[usize], ranges: &mut Vec<_>| {
        let (Some(start), false) = (start, folded.is_empty()) else { return };
        if let Some(q) = query.iter().filter(|q| folded.starts_with(q.as_str())).max_by_key(|q| q.len()) {
            ranges.push(start..ends[q.len() - 1]);
        }
    };
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if is_combining_mark(c) {
            if let Some(last) = ends.last_mut() {
                *last = end;
            }
            continue;
        }
        match fold_char(c) {
            Some(letter) => {
                start.get_or_insert(i);
                folded.push(letter);
                ends.push(end);
            }
            None => {
                flush(start.take(), &folded, &ends, &mut ranges);
                folded.clear();
                ends.clear();
            }
        }
    }
    flush(start, &folded, &ends, &mut ranges);
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn w(s: &[&str]) -> Vec<String> {
        s.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn words_fold_diacritics_case_and_d() {
        assert_eq!(
            words("Quận ủy Thốt Nốt: Đảng bộ, 29-NQ/TW"),
            w(&["quan", "uy", "thot", "not", "dang", "bo", "29", "nq", "tw"])
        );
        assert_eq!(words("a b cd"), w(&["cd"]), "one-letter words are not indexed");
        assert_eq!(words("Tho\u{0302}\u{0301}t"), w(&["thot"]), "decomposed text folds the same");
    }

    #[test]
    fn queries_match_with_or_without_accents() {
        let doc = words("Giáo dục – Đào tạo: Quận ủy Thốt Nốt tổng kết");
        for query in [
            "giao duc",
            "giáo dục",
            "GIÁO DỤC",
            "thot not",
            "Thốt Nốt",
            "dao tao",
            "đào",
            "gi du",
            "tong ket quan",
        ] {
            assert!(matches(&query_words(query), &doc), "{query}");
        }
        for query in ["giao duc y te", "khong", "", "a"] {
            assert!(!matches(&query_words(query), &doc), "{query}");
        }
    }

    #[test]
    fn a_snippet_is_cut_around_the_first_match_at_spaces() {
        let text = format!("{}Quận ủy Thốt Nốt tổng kết {}", "mở đầu ".repeat(40), "kết thúc ".repeat(60));
        let s = snippet(&text, &query_words("thot not"));
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.contains("Quận ủy Thốt Nốt tổng kết"), "{s}");
        assert!(s.chars().count() <= SNIPPET_CHARS + 2, "{s}");
        assert!(!s.contains("  "));
        assert_eq!(snippet("Ngắn gọn.", &query_words("khong")), "Ngắn gọn.");
        let start = snippet(&"chữ ".repeat(100), &query_words("khong"));
        assert!(start.starts_with("chữ") && start.ends_with('…'), "{start}");
    }

    #[test]
    fn shards() {
        assert_eq!(shard("giao"), "gi");
        assert_eq!(shard("29"), "29");
    }

    #[test]
    fn highlights_cover_the_matched_letters_in_the_original_text() {
        let text = "Quận ủy Thốt Nốt tổng kết";
        let query = query_words("thot no");
        let marked: Vec<_> = highlights(text, &query).into_iter().map(|r| &text[r]).collect();
        assert_eq!(marked, ["Thốt", "Nố"]);
        assert!(highlights(text, &query_words("xyz")).is_empty());
    }
}
