//! Every route of the app, declared once: [`Route`] is what a path means,
//! and the href builders below are the only way views spell a path.
//! `Route::parse` and the builders are inverses, tested as such.
//!
//! | view | path |
//! |---|---|
//! | home listing | `/`, older pages `/trang/41` |
//! | category listing | `/chuyen-muc/giao-duc`, `/chuyen-muc/giao-duc/trang/12` |
//! | a topic (an article tag) | `/chu-de/tuyen-sinh`, `/chu-de/tuyen-sinh/trang/3` |
//! | one day's articles | `/ngay/2023-03-29`, `…/trang/1`; `/ngay`: the newest day |
//! | article | `/bai-viet/<id>/<slug-of-the-title>` |
//! | its share view | `/chia-se/<id>/<slug>` |
//! | its print view | `/in/<id>/<slug>`, `?hop-thoai-in=1` to open the print dialog |
//! | search results | `/tim-kiem?q=giao+duc`, `&sap-xep=moi-nhat&chuyen-muc=…&tu-ngay=…&den-ngay=…&trang=2` |
//! | the register of legal documents | `/van-ban?loai=…&co-quan=…&nam=2024&trang=2` |
//! | the embeddable widget | `/embed?limit=5&category=…` (see `docs/widget.md`) |
//! | the widget's snippet builder | `/nhung-tin` |
//!
//! An article is found by its id alone; the slug only makes the URL readable,
//! so a link keeps working when a title is corrected. A listing's older
//! pages are numbered from its oldest articles (`crate::feed::Paging`), so
//! an address keeps its articles as new ones are published.

use crate::date::Day;
use crate::feed::{DocumentFilter, Page};
use crate::search::{Order, SearchQuery};
use crate::text::{percent_encode, slug};

/// Longest slug in an article URL, in bytes.
const SLUG_MAX: usize = 80;

/// A view of the app, as a URL path names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The latest articles.
    Home {
        /// Which page.
        page: Page,
    },
    /// One category's articles.
    Category {
        /// The category's id.
        id: String,
        /// Which page.
        page: Page,
    },
    /// A topic's articles: those with a tag whose key is `key`.
    Topic {
        /// The topic's key ([`topic_key`]).
        key: String,
        /// Which page.
        page: Page,
    },
    /// One day's articles in the portal's time zone.
    Day {
        /// The day; `None`: the newest day that has articles.
        day: Option<Day>,
        /// Which page.
        page: Page,
    },
    /// One article.
    Article {
        /// The article's feed id.
        id: String,
    },
    /// The share view of an article: every way to pass it on, and its QR code.
    Share {
        /// The article's feed id.
        id: String,
    },
    /// The print view of an article: the article alone, set for paper.
    Print {
        /// The article's feed id.
        id: String,
    },
    /// Search results (the query and page are in the query string).
    Search,
    /// The register of legal documents (filters and page in the query string).
    Documents,
    /// The embeddable widget (its settings are in the query string).
    Embed,
    /// The page where a site owner builds the widget's snippet.
    EmbedCode,
    /// A path the app does not know.
    NotFound,
}

impl Route {
    /// What a URL path (as `location.pathname` gives it: percent-encoded,
    /// without query or fragment) names.
    pub fn parse(path: &str) -> Self {
        let path = path.strip_suffix('/').unwrap_or(path);
        let segments: Vec<&str> = path.split('/').skip(1).collect();
        let parsed = match segments.as_slice() {
            [] => Some(Route::Home { page: Page::Newest }),
            ["trang", page] => older_page(page).map(|page| Route::Home { page }),
            ["chuyen-muc", id] => decode_segment(id).map(|id| Route::Category { id, page: Page::Newest }),
            ["chuyen-muc", id, "trang", page] => {
                decode_segment(id).zip(older_page(page)).map(|(id, page)| Route::Category { id, page })
            }
            ["chu-de", key] => decode_segment(key).map(|key| Route::Topic { key, page: Page::Newest }),
            ["chu-de", key, "trang", page] => {
                decode_segment(key).zip(older_page(page)).map(|(key, page)| Route::Topic { key, page })
            }
            ["ngay"] => Some(Route::Day { day: None, page: Page::Newest }),
            ["ngay", day] => Day::parse(day).map(|day| Route::Day { day: Some(day), page: Page::Newest }),
            ["ngay", day, "trang", page] => {
                Day::parse(day).zip(older_page(page)).map(|(day, page)| Route::Day { day: Some(day), page })
            }
            ["bai-viet", id] | ["bai-viet", id, _] => decode_segment(id).map(|id| Route::Article { id }),
            ["chia-se", id] | ["chia-se", id, _] => decode_segment(id).map(|id| Route::Share { id }),
            ["in", id] | ["in", id, _] => decode_segment(id).map(|id| Route::Print { id }),
            ["tim-kiem"] => Some(Route::Search),
            ["van-ban"] => Some(Route::Documents),
            ["embed"] => Some(Route::Embed),
            ["nhung-tin"] => Some(Route::EmbedCode),
            _ => None,
        };
        parsed.unwrap_or(Route::NotFound)
    }
}

/// The decoded `key=value` pairs of a query string (with or without its `?`;
/// `+` is a space, as forms encode it). Pairs that do not decode are dropped.
pub fn parse_query(search: &str) -> Vec<(String, String)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let decode =
                |s: &str| decode_segment(&s.replace('+', " ")).or_else(|| s.is_empty().then(String::new));
            Some((decode(key)?, decode(value)?))
        })
        .collect()
}

/// A page number as URLs write it: digits, no leading zero, at least 1.
fn page_number(segment: &str) -> Option<usize> {
    let valid = segment.bytes().all(|b| b.is_ascii_digit()) && !segment.starts_with('0');
    valid.then(|| segment.parse().ok()).flatten()
}

/// An older page of a listing, by its number.
fn older_page(segment: &str) -> Option<Page> {
    page_number(segment).map(Page::Block)
}

/// Decodes a percent-encoded path segment; `None` when empty or not UTF-8.
fn decode_segment(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let decoded = (bytes[i] == b'%')
            .then(|| segment.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match decoded {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok().filter(|s| !s.is_empty())
}

/// The home listing's page `page`.
pub fn home(page: Page) -> String {
    paged(String::new(), page)
}

/// A category's listing, page `page`.
pub fn category(id: &str, page: Page) -> String {
    paged(format!("/chuyen-muc/{}", encode_segment(id)), page)
}

/// The key of a tag's topic page: its slug (`Tuyển sinh` → `tuyen-sinh`), so
/// that spellings differing only in case or marks are one topic; a tag with
/// no Latin letter or digit keeps its words without punctuation, joined by
/// `-`. `None` for a tag with no words at all.
pub fn topic_key(tag: &str) -> Option<String> {
    let key = slug(tag, SLUG_MAX);
    if !key.is_empty() {
        return Some(key);
    }
    let punctuation = |c: char| {
        c.is_ascii_punctuation()
            || ('\u{2000}'..='\u{206F}').contains(&c)
            || ('\u{3000}'..='\u{303F}').contains(&c)
    };
    let words: Vec<String> =
        tag.split_whitespace().map(|w| w.replace(punctuation, "")).filter(|w| !w.is_empty()).collect();
    (!words.is_empty()).then(|| words.join("-"))
}

/// A topic's listing, page `page`, by its key.
pub fn topic(key: &str, page: Page) -> String {
    paged(format!("/chu-de/{}", encode_segment(key)), page)
}

/// One day's listing, page `page`.
pub fn day(day: Day, page: Page) -> String {
    paged(format!("/ngay/{}", day.iso()), page)
}

fn paged(base: String, page: Page) -> String {
    match page {
        Page::Newest if base.is_empty() => "/".to_owned(),
        Page::Newest => base,
        Page::Block(n) => format!("{base}/trang/{n}"),
    }
}

/// An article: its id, then a slug of its title.
pub fn article(id: &str, title: &str) -> String {
    article_path("bai-viet", id, title)
}

/// The share view of an article.
pub fn share(id: &str, title: &str) -> String {
    article_path("chia-se", id, title)
}

/// The print view of an article; with `dialog`, it opens the browser's print
/// dialog as soon as the article is ready.
pub fn print(id: &str, title: &str, dialog: bool) -> String {
    let path = article_path("in", id, title);
    if dialog { format!("{path}?{PRINT_DIALOG}") } else { path }
}

/// Search results as `query` asks: `?q=…`, then `sap-xep=moi-nhat` for the
/// newest first (relevance is the default), `chuyen-muc`, `tu-ngay` and
/// `den-ngay` for the filters, and `trang` past page 1.
pub fn search(query: &SearchQuery) -> String {
    let mut href = format!("/tim-kiem?q={}", percent_encode(query.text.trim()));
    if query.order == Order::Newest {
        href.push_str("&sap-xep=moi-nhat");
    }
    if let Some(category) = &query.category {
        href.push_str(&format!("&chuyen-muc={}", percent_encode(category)));
    }
    for (key, day) in [("tu-ngay", query.from), ("den-ngay", query.to)] {
        if let Some(day) = day {
            href.push_str(&format!("&{key}={}", day.iso()));
        }
    }
    if query.page > 1 {
        href.push_str(&format!("&trang={}", query.page));
    }
    href
}

/// The search a query string states (what is missing or invalid is left at its default).
pub fn search_params(search: &str) -> SearchQuery {
    let pairs = parse_query(search);
    let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    let order = if get("sap-xep").as_deref() == Some("moi-nhat") { Order::Newest } else { Order::Relevance };
    SearchQuery {
        text: get("q").unwrap_or_default(),
        order,
        category: get("chuyen-muc").filter(|c| !c.trim().is_empty()),
        from: get("tu-ngay").as_deref().and_then(Day::parse),
        to: get("den-ngay").as_deref().and_then(Day::parse),
        page: get("trang").as_deref().and_then(page_number).unwrap_or(1),
    }
}

/// The register of legal documents, filtered by `filter`, page `page`.
pub fn documents(filter: &DocumentFilter, page: usize) -> String {
    let mut pairs = Vec::new();
    if let Some(kind) = &filter.kind {
        pairs.push(format!("loai={}", percent_encode(kind)));
    }
    if let Some(issuer) = &filter.issuer {
        pairs.push(format!("co-quan={}", percent_encode(issuer)));
    }
    if let Some(year) = filter.year {
        pairs.push(format!("nam={year}"));
    }
    if page > 1 {
        pairs.push(format!("trang={page}"));
    }
    if pairs.is_empty() { "/van-ban".to_owned() } else { format!("/van-ban?{}", pairs.join("&")) }
}

/// The register's filter and page in a query string.
pub fn document_params(search: &str) -> (DocumentFilter, usize) {
    let pairs = parse_query(search);
    let get = |key: &str| {
        pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.trim().to_owned()).filter(|v| !v.is_empty())
    };
    let filter = DocumentFilter {
        kind: get("loai"),
        issuer: get("co-quan"),
        year: get("nam").and_then(|y| y.parse().ok()).filter(|y| (1900..=9999).contains(y)),
    };
    (filter, get("trang").as_deref().and_then(page_number).unwrap_or(1))
}

/// The embeddable widget with the settings of `query` (`limit=5&…`).
pub fn embed(query: &str) -> String {
    if query.is_empty() { "/embed".to_owned() } else { format!("/embed?{query}") }
}

/// The page that builds the widget's snippet.
pub fn embed_code() -> String {
    "/nhung-tin".to_owned()
}

/// The query that asks the print view to open the print dialog.
pub const PRINT_DIALOG: &str = "hop-thoai-in=1";

fn article_path(prefix: &str, id: &str, title: &str) -> String {
    let slug = slug(title, SLUG_MAX);
    let id = encode_segment(id);
    if slug.is_empty() { format!("/{prefix}/{id}") } else { format!("/{prefix}/{id}/{slug}") }
}

/// A feed id as one path segment: percent-encoded (so even an id that is a
/// URL, as some feeds use, stays one segment), and never `.` or `..`, which
/// the browser would resolve away. The router decodes it back.
fn encode_segment(id: &str) -> String {
    match percent_encode(id).as_str() {
        "." => "%2E".to_owned(),
        ".." => "%2E%2E".to_owned(),
        encoded => encoded.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn paths_parse_to_routes() {
        assert_eq!(Route::parse("/"), Route::Home { page: Page::Newest });
        assert_eq!(Route::parse(""), Route::Home { page: Page::Newest });
        assert_eq!(Route::parse("/trang/3/"), Route::Home { page: Page::Block(3) });
        assert_eq!(Route::parse("/trang/1"), Route::Home { page: Page::Block(1) }, "the oldest page");
        assert_eq!(
            Route::parse("/chuyen-muc/giao-duc"),
            Route::Category { id: "giao-duc".into(), page: Page::Newest }
        );
        assert_eq!(Route::parse("/bai-viet/bg-1/old-slug"), Route::Article { id: "bg-1".into() });
        assert_eq!(Route::parse("/bai-viet/bg-1"), Route::Article { id: "bg-1".into() });
        for unknown in [
            "/trang/0",
            "/trang/01",
            "/trang/abc",
            "/trang/99999999999999999999999",
            "/trang",
            "/chuyen-muc",
            "/chuyen-muc/x/trang",
            "/bai-viet/a/b/c",
            "/bai-viet/%FF",
            "/bai-viet/",
            "/khong/ton/tai",
            "//",
        ] {
            assert_eq!(Route::parse(unknown), Route::NotFound, "{unknown}");
        }
    }

    #[test]
    fn hrefs_parse_back_to_their_route() {
        for page in [Page::Newest, Page::Block(1), Page::Block(2), Page::Block(40)] {
            assert_eq!(Route::parse(&home(page)), Route::Home { page });
            for id in ["giao-duc", "Đời sống", "a/b?c#d", "100%"] {
                assert_eq!(Route::parse(&category(id, page)), Route::Category { id: id.into(), page });
            }
        }
        for id in ["bg-2023-0331-nq29", "https://daringfireball.net/2020/01/x", "42", "..", "ý kiến #1"] {
            assert_eq!(Route::parse(&article(id, "Quận ủy Thốt Nốt")), Route::Article { id: id.into() });
            assert_eq!(Route::parse(&share(id, "Quận ủy Thốt Nốt")), Route::Share { id: id.into() });
            assert_eq!(Route::parse(&print(id, "Quận ủy Thốt Nốt", false)), Route::Print { id: id.into() });
        }
        assert_eq!(print("bg-1", "Tin", true), "/in/bg-1/tin?hop-thoai-in=1");
    }

    #[test]
    fn query_strings_decode() {
        let pairs = parse_query("?q=gi%C3%A1o+d%E1%BB%A5c&limit=5&flag&bad=%FF&=x");
        let expected = [("q", "giáo dục"), ("limit", "5"), ("flag", "")];
        let got: Vec<_> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(got[..3], expected);
        assert_eq!(Route::parse("/embed"), Route::Embed);
        let query = SearchQuery { page: 2, ..SearchQuery::new("giáo dục") };
        assert_eq!(search(&query), "/tim-kiem?q=gi%C3%A1o%20d%E1%BB%A5c&trang=2");
        assert_eq!(search_params("?q=gi%C3%A1o%20d%E1%BB%A5c&trang=2"), query);
        assert_eq!(search_params("?q=a+b&trang=0"), SearchQuery::new("a b"));
        let filtered = SearchQuery {
            order: Order::Newest,
            category: Some("giao-duc".into()),
            from: Day::parse("2023-01-01"),
            to: Day::parse("2023-03-31"),
            ..SearchQuery::new("thi")
        };
        let href = search(&filtered);
        assert_eq!(
            href,
            "/tim-kiem?q=thi&sap-xep=moi-nhat&chuyen-muc=giao-duc&tu-ngay=2023-01-01&den-ngay=2023-03-31"
        );
        assert_eq!(search_params(href.trim_start_matches("/tim-kiem")), filtered);
        assert_eq!(search_params("?q=x&tu-ngay=2023-02-30&sap-xep=la&chuyen-muc="), SearchQuery::new("x"));
        assert_eq!(Route::parse("/tim-kiem"), Route::Search);
        assert_eq!(Route::parse(&embed_code()), Route::EmbedCode);
    }

    #[test]
    fn the_register_s_filters_round_trip_through_its_url() {
        let filter = DocumentFilter {
            kind: Some("Quyết định".into()),
            issuer: Some("UBND quận Bình Giang".into()),
            year: Some(2024),
        };
        let href = documents(&filter, 2);
        assert!(href.starts_with("/van-ban?loai=Quy%E1%BA%BFt"), "{href}");
        let (path, query) = href.split_once('?').unwrap_or((&href, ""));
        assert_eq!(Route::parse(path), Route::Documents);
        assert_eq!(document_params(query), (filter, 2));
        assert_eq!(documents(&DocumentFilter::default(), 1), "/van-ban");
        assert_eq!(document_params("?nam=abc&loai=&trang=0"), (DocumentFilter::default(), 1));
    }

    #[test]
    fn topics_and_days_round_trip_through_their_paths() {
        assert_eq!(topic_key("Năm học 2023 – 2024").as_deref(), Some("nam-hoc-2023-2024"));
        assert_eq!(topic_key("tuyển SINH"), topic_key("Tuyển sinh"));
        assert_eq!(topic_key("東京 オリンピック").as_deref(), Some("東京-オリンピック"));
        assert_eq!(topic_key(" – "), None);
        assert_eq!(topic_key("「東京」、 大阪").as_deref(), Some("東京-大阪"));
        for key in ["tuyen-sinh", "東京-オリンピック", "a/b"] {
            for page in [Page::Newest, Page::Block(1), Page::Block(12)] {
                assert_eq!(Route::parse(&topic(key, page)), Route::Topic { key: key.into(), page });
            }
        }
        assert_eq!(topic("tuyen-sinh", Page::Block(2)), "/chu-de/tuyen-sinh/trang/2");
        let d = Day::parse("2023-03-21");
        for page in [Page::Newest, Page::Block(3)] {
            let href = day(d.unwrap_or_else(|| panic!("a day")), page);
            assert_eq!(Route::parse(&href), Route::Day { day: d, page });
        }
        assert_eq!(Route::parse("/ngay"), Route::Day { day: None, page: Page::Newest });
        for unknown in ["/ngay/2023-02-30", "/ngay/hom-nay", "/chu-de", "/chu-de/x/trang/0"] {
            assert_eq!(Route::parse(unknown), Route::NotFound, "{unknown}");
        }
    }

    #[test]
    fn listing_hrefs() {
        assert_eq!(home(Page::Newest), "/");
        assert_eq!(home(Page::Block(3)), "/trang/3");
        assert_eq!(category("giao-duc", Page::Newest), "/chuyen-muc/giao-duc");
        assert_eq!(category("giao-duc", Page::Block(2)), "/chuyen-muc/giao-duc/trang/2");
        assert_eq!(category("Đời sống", Page::Newest), "/chuyen-muc/%C4%90%E1%BB%9Di%20s%E1%BB%91ng");
    }

    #[test]
    fn article_hrefs_carry_the_id_and_a_readable_slug() {
        assert_eq!(
            article("bg-2023-0331-nq29", "Quận ủy Thốt Nốt: Tổng kết 10 năm"),
            "/bai-viet/bg-2023-0331-nq29/quan-uy-thot-not-tong-ket-10-nam"
        );
        assert_eq!(
            article("https://daringfireball.net/2020/01/x", "Title"),
            "/bai-viet/https%3A%2F%2Fdaringfireball.net%2F2020%2F01%2Fx/title"
        );
        assert_eq!(article("42", "…"), "/bai-viet/42");
        assert_eq!(article("..", "x"), "/bai-viet/%2E%2E/x");
        assert!(article("1", &"dài ".repeat(100)).len() < "/bai-viet/1/".len() + 81);
    }
}
