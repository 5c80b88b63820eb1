//! What a search asks for and how its results are ordered. A result must
//! hold every query word somewhere: as the start of a word of its title,
//! lead, category or legal document ("head" fields, matched as the reader
//! types), or as a whole word of its body. By relevance, a word found in
//! the head counts [`HEAD_SCORE`], above anything the body can add; in the
//! body it counts its BM25 weight, squashed below 1; equal scores keep the
//! newest first.

use crate::date::Day;

/// What a query word found in a head field adds to a result's score: more
/// than its body ever can ([`body_weight`] is below 1).
pub const HEAD_SCORE: f32 = 2.0;
/// BM25's saturation of repeated words.
const K1: f32 = 1.2;
/// BM25's normalisation by the body's length.
const B: f32 = 0.75;

/// How results are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    /// The best match first ("Liên quan nhất").
    #[default]
    Relevance,
    /// The newest first ("Mới nhất").
    Newest,
}

/// A search as its URL states it: the words, the order, the filters, the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchQuery {
    /// What the reader typed.
    pub text: String,
    /// How results are ordered.
    pub order: Order,
    /// Only this category's articles (by id).
    pub category: Option<String>,
    /// Only articles of this day or later (the portal's zone).
    pub from: Option<Day>,
    /// Only articles of this day or earlier.
    pub to: Option<Day>,
    /// 1-based page of results.
    pub page: usize,
}

impl Default for SearchQuery {
    fn default() -> Self {
        Self { text: String::new(), order: Order::default(), category: None, from: None, to: None, page: 1 }
    }
}

impl SearchQuery {
    /// A search for `text`, first page, no filter, by relevance.
    pub fn new(text: &str) -> Self {
        Self { text: text.to_owned(), ..Self::default() }
    }

    /// Whether an article of `day` (none: undated) passes the date range.
    pub fn in_range(&self, day: Option<Day>) -> bool {
        match day {
            Some(day) => self.from.is_none_or(|from| day >= from) && self.to.is_none_or(|to| day <= to),
            None => self.from.is_none() && self.to.is_none(),
        }
    }
}

/// The BM25 weight of a word `tf` times in a body of `len` words, in a
/// collection of `docs` bodies averaging `avg_len` words of which `df` hold
/// it, squashed into (0, 1): [`idf`] times [`saturation`], [`squash`]ed.
pub fn body_weight(tf: u32, len: u32, avg_len: f32, docs: u32, df: u32) -> f32 {
    if tf == 0 {
        return 0.0;
    }
    squash(idf(docs, df) * saturation(tf, len, avg_len))
}

/// BM25's rarity of a word that `df` of `docs` bodies hold.
pub fn idf(docs: u32, df: u32) -> f32 {
    let (df, docs) = (df as f32, docs.max(1) as f32);
    ((docs - df.min(docs) + 0.5) / (df + 0.5) + 1.0).ln()
}

/// BM25's weight of a word `tf` times in a body of `len` words, in bodies
/// averaging `avg_len`: in (0, [`SATURATION_MAX`]). It depends on the body
/// alone (and the average), so an index stores it for each body and a new
/// article changes no other body's.
pub fn saturation(tf: u32, len: u32, avg_len: f32) -> f32 {
    let tf = tf as f32;
    tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len as f32 / avg_len.max(1.0)))
}

/// The largest [`saturation`]: a word repeated without end.
pub const SATURATION_MAX: f32 = K1 + 1.0;

/// A body's score, squashed into (0, 1): below a head match's [`HEAD_SCORE`].
pub fn squash(weight: f32) -> f32 {
    weight / (weight + 1.0)
}

/// The largest weight an index stores. A word's postings are mostly its
/// weights, and a common word's list is long: fifteen steps (tf 1 and 2 in
/// a body of average length are 7 and 10, a body half as long weighs 9)
/// order bodies as finely as ranking needs, and a common word's file
/// compresses to about half what 255 steps cost.
const STORED_MAX: f32 = 15.0;

/// A [`saturation`] as the index stores it: 1–15.
pub fn quantize(saturation: f32) -> u8 {
    (saturation.clamp(0.0, SATURATION_MAX) / SATURATION_MAX * STORED_MAX).ceil().clamp(1.0, STORED_MAX) as u8
}

/// A stored weight back as a saturation in (0, [`SATURATION_MAX`]].
pub fn dequantize(stored: u8) -> f32 {
    f32::from(stored) / STORED_MAX * SATURATION_MAX
}

/// Orders `found` (each result with its score, newest first) as `order` asks.
pub fn order<T>(found: &mut [(T, f32)], order: Order) {
    if order == Order::Relevance {
        // A stable sort: equal scores stay newest first.
        found.sort_by(|a, b| b.1.total_cmp(&a.1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn rarer_and_more_frequent_words_weigh_more_but_never_reach_a_head_match() {
        let common = body_weight(1, 100, 100.0, 1000, 900);
        let rare = body_weight(1, 100, 100.0, 1000, 3);
        let repeated = body_weight(5, 100, 100.0, 1000, 3);
        let long = body_weight(1, 1000, 100.0, 1000, 3);
        assert!(common < rare && rare < repeated && long < rare, "{common} {rare} {repeated} {long}");
        assert!(repeated < 1.0 && 0.0 < common);
        assert_eq!(body_weight(0, 10, 10.0, 10, 1), 0.0);
        assert_eq!(quantize(0.0), 1);
        assert_eq!(quantize(SATURATION_MAX), 15);
        assert_eq!((quantize(saturation(1, 100, 100.0)), quantize(saturation(2, 100, 100.0))), (7, 10));
        assert_eq!(quantize(saturation(1, 50, 100.0)), 9, "a shorter body weighs more");
        let sat = saturation(2, 80, 100.0);
        assert!((dequantize(quantize(sat)) - sat).abs() < SATURATION_MAX / 15.0);
        // Stored as saturation and counted at query time, as the app does.
        let stored = squash(idf(1000, 3) * dequantize(quantize(saturation(5, 100, 100.0))));
        assert!((stored - repeated).abs() < 0.01, "{stored} {repeated}");
    }

    #[test]
    fn relevance_orders_by_score_and_keeps_the_newest_first_among_equals() {
        let mut found = vec![("new", 1.0), ("mid", 2.5), ("old", 1.0), ("older", 2.5)];
        order(&mut found, Order::Newest);
        assert_eq!(found.iter().map(|f| f.0).collect::<Vec<_>>(), ["new", "mid", "old", "older"]);
        order(&mut found, Order::Relevance);
        assert_eq!(found.iter().map(|f| f.0).collect::<Vec<_>>(), ["mid", "older", "new", "old"]);
    }

    #[test]
    fn the_date_range_is_inclusive_and_leaves_undated_articles_out() {
        let day = |s: &str| Day::parse(s);
        let q = SearchQuery { from: day("2023-03-01"), to: day("2023-03-31"), ..SearchQuery::new("x") };
        assert!(q.in_range(day("2023-03-01")) && q.in_range(day("2023-03-31")));
        assert!(!q.in_range(day("2023-02-28")) && !q.in_range(day("2023-04-01")) && !q.in_range(None));
        assert!(SearchQuery::new("x").in_range(None));
    }
}
