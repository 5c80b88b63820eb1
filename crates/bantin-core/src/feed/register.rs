//! The register of legal documents ("Văn bản"): every article that publishes
//! one, newest first, filtered by kind, issuing body and year, a page at a
//! time, with the values each filter offers.

use super::model::Article;
use crate::date::{Day, UtcOffset};
use std::sync::Arc;

/// Documents on one page of the register.
pub const DOCUMENTS_PAGE_SIZE: usize = 20;

/// What the register shows: every document, or those of one kind, issuer
/// and year (each optional).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentFilter {
    /// Loại văn bản, as the feed writes it.
    pub kind: Option<String>,
    /// Cơ quan ban hành, as the feed writes it.
    pub issuer: Option<String>,
    /// The year it was issued.
    pub year: Option<i32>,
}

impl DocumentFilter {
    fn accepts(&self, article: &Article, zone: UtcOffset) -> bool {
        let Some(document) = &article.document else { return false };
        let same = |wanted: &Option<String>, value: &Option<String>| {
            wanted.as_ref().is_none_or(|w| value.as_ref().is_some_and(|v| v == w))
        };
        same(&self.kind, &document.kind)
            && same(&self.issuer, &document.issuer)
            && self.year.is_none_or(|y| issued_day(article, zone).is_some_and(|d| d.year == y))
    }
}

/// One page of the register.
#[derive(Clone, Debug, PartialEq)]
pub struct DocumentPage {
    /// How many documents the filter matches.
    pub total: usize,
    /// 1-based page number.
    pub page: usize,
    /// The articles publishing them, newest first.
    pub rows: Vec<Arc<Article>>,
    /// Whether a following page has documents.
    pub has_next: bool,
    /// Every kind in the register, in order.
    pub kinds: Vec<String>,
    /// Every issuing body in the register, in order.
    pub issuers: Vec<String>,
    /// Every year documents were issued in, newest first.
    pub years: Vec<i32>,
}

/// The day a document was issued, else the day (in the portal's `zone`)
/// its article was published.
pub fn issued_day(article: &Article, zone: UtcOffset) -> Option<Day> {
    let document = article.document.as_ref()?;
    document.issued.or_else(|| article.day(zone))
}

/// Page `page` of the documents among `articles` that `filter` accepts, for
/// a portal in `zone`.
pub fn document_page(
    articles: &[Arc<Article>],
    filter: &DocumentFilter,
    page: usize,
    zone: UtcOffset,
) -> DocumentPage {
    let all: Vec<&Arc<Article>> = articles.iter().filter(|a| a.document.is_some()).collect();
    let values = |get: fn(&Article) -> Option<&String>| {
        let mut list: Vec<String> = all.iter().filter_map(|a| get(a).cloned()).collect();
        list.sort_by_key(|v| crate::text::slug(v, 200));
        list.dedup();
        list
    };
    let kinds = values(|a| a.document.as_ref()?.kind.as_ref());
    let issuers = values(|a| a.document.as_ref()?.issuer.as_ref());
    let mut years: Vec<i32> = all.iter().filter_map(|a| issued_day(a, zone).map(|d| d.year)).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    let mut matched: Vec<&Arc<Article>> = all.into_iter().filter(|a| filter.accepts(a, zone)).collect();
    // Newest first; a stable sort keeps the feed's order for the same day.
    matched.sort_by_key(|a| std::cmp::Reverse(issued_day(a, zone)));
    let page = page.max(1);
    let start = (page - 1).saturating_mul(DOCUMENTS_PAGE_SIZE);
    let rows: Vec<Arc<Article>> =
        matched.iter().skip(start).take(DOCUMENTS_PAGE_SIZE).map(|a| Arc::clone(a)).collect();
    DocumentPage {
        total: matched.len(),
        page,
        has_next: matched.len() > start + rows.len(),
        rows,
        kinds,
        issuers,
        years,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::parse_page;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn articles() -> Vec<Arc<Article>> {
        let doc = |id: &str, number: &str, kind: &str, issuer: &str, issued: &str| {
            format!(
                r#"{{"id":"{id}","title":"{number}","_bantin":{{"document":{{"number":"{number}","kind":"{kind}","issuer":"{issuer}","issued":"{issued}"}}}}}}"#
            )
        };
        let items = [
            doc("a", "15/2024/QĐ-UBND", "Quyết định", "UBND quận", "2024-03-15"),
            doc("b", "02/NQ-HĐND", "Nghị quyết", "HĐND quận", "2023-07-01"),
            doc("c", "120/KH-UBND", "Kế hoạch", "UBND quận", "2024-05-20"),
            r#"{"id":"d","title":"Không phải văn bản"}"#.to_owned(),
        ]
        .join(",");
        let feed = format!(r#"{{"version":"https://jsonfeed.org/version/1.1","items":[{items}]}}"#);
        let resolve = |u: &str| Some(u.to_owned());
        parse_page(feed.as_bytes(), &resolve, None).map(|p| p.articles).unwrap_or_default()
    }

    #[test]
    fn the_register_lists_documents_newest_first_and_offers_each_filter_s_values() {
        let page = document_page(&articles(), &DocumentFilter::default(), 1, UtcOffset::VIETNAM);
        let ids: Vec<&str> = page.rows.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["c", "a", "b"]);
        assert_eq!((page.total, page.has_next), (3, false));
        assert_eq!(page.kinds, ["Kế hoạch", "Nghị quyết", "Quyết định"]);
        assert_eq!(page.issuers, ["HĐND quận", "UBND quận"]);
        assert_eq!(page.years, [2024, 2023]);
    }

    #[test]
    fn filters_combine() {
        let filter = DocumentFilter { issuer: Some("UBND quận".into()), year: Some(2024), kind: None };
        let page = document_page(&articles(), &filter, 1, UtcOffset::VIETNAM);
        assert_eq!(page.rows.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["c", "a"]);
        let filter = DocumentFilter { kind: Some("Nghị quyết".into()), year: Some(2024), issuer: None };
        assert_eq!(document_page(&articles(), &filter, 1, UtcOffset::VIETNAM).total, 0);
    }
}
