//! The tool end to end, in memory: a hand-made feed laid out and read back
//! as the app reads it, a broken feed validated, a synthetic archive round-tripped.

use super::*;
use bantin_core::date::Day;
use bantin_core::feed::{Body, FeedPage, Page, PageLinks, RELATED_COUNT, Site, parse_page};
use bantin_core::layout::file_key;
use bantin_core::search::{shard, words};
use bantin_core::urls;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::io;
use std::path::{Path, PathBuf};

type Files = BTreeMap<String, Vec<u8>>;

/// Where the tests' layouts are served: the layout's root.
const SITE: &str = "https://portal.vn/kho/";

fn json(files: &Files, path: &str) -> Value {
    let bytes = files.get(path).unwrap_or_else(|| panic!("no {path}"));
    serde_json::from_slice(bytes).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A file of the layout read as the app reads it (with the first page's portal).
fn page(files: &Files, path: &str, parent: Option<&Site>) -> FeedPage {
    let url = format!("{SITE}{path}");
    let resolve = |reference: &str| urls::resolve(&url, reference);
    let bytes = files.get(path).unwrap_or_else(|| panic!("no {path}"));
    parse_page(bytes, &resolve, parent).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn lay_out(documents: &[(&str, String)], page_size: usize) -> (Files, LayoutSummary) {
    let mut layout = LayoutWriter::new(Files::new(), page_size);
    for (url, doc) in documents {
        layout.add_document(doc.as_bytes(), url).unwrap_or_else(|e| panic!("{e}"));
    }
    layout.finish().unwrap_or_else(|e| panic!("{e}"))
}

fn item(id: &str, title: &str, date: &str, category: &str) -> String {
    format!(
        r#"{{"id":"{id}","title":"{title}","summary":"Tóm tắt {id}","date_published":"{date}",
            "image":"images/{id}.svg","content_html":"<p>Nội dung</p><img src=\"images/body.svg\"><a href=\"tin/{id}.html\">x</a>",
            "_bantin":{{"category":"{category}"}}}}"#
    )
}

fn small_feed() -> String {
    let items = [
        item("n3", "Giáo dục Thốt Nốt năm học mới", "2023-03-03T08:00:00+07:00", "giao-duc"),
        item("n1", "Kinh tế quận tăng trưởng", "2023-03-01T08:00:00+07:00", "kinh-te"),
        item("a/b", "Đảng bộ phường Tân Lộc", "2023-03-05T08:00:00+07:00", "kinh-te"),
        item("n2", "Hội nghị giáo dục", "2023-03-02T08:00:00+07:00", "giao-duc"),
        r#"{"id":42,"title":"Không ngày tháng","content_text":"Văn bản"}"#.to_owned(),
        item("n4", "Y tế phường", "2023-03-04T08:00:00+07:00", "y-te"),
        r#"{"id":"n1","title":"Lặp lại"}"#.to_owned(),
        r#"{"id":"trống"}"#.to_owned(),
        format!(r#"{{"id":"{}","title":"Quá dài"}}"#, "x".repeat(101)),
        r#""không phải bài""#.to_owned(),
        r#"{"url":"https://portal.vn/tin/khong-id.html","content_html":"<p>Chỉ có nội dung, không tiêu đề</p>","date_published":"2023-03-06T08:00:00+07:00"}"#.to_owned(),
    ];
    format!(
        r#"{{"version":"https://jsonfeed.org/version/1.1","title":"Cổng Bình Giang","feed_url":"feed-big.json",
            "home_page_url":"https://portal.vn/","icon":"images/icon.svg","authors":[{{"name":"Ban biên tập"}}],
            "_bantin":{{"time_zone":"+07:00","categories":[{{"id":"kinh-te","name":"Kinh tế"}},{{"id":"giao-duc","name":"Giáo dục – Đào tạo"}},{{"id":"quoc-phong","name":"Quốc phòng"}}]}},
            "items":[{}]}}"#,
        items.join(",")
    )
}

/// The ids of a listing, following `next_url` from `path` as any JSON Feed reader would.
fn follow(files: &Files, path: &str, parent: &Site) -> Vec<String> {
    let mut ids = Vec::new();
    let mut url = format!("{SITE}{path}");
    for _ in 0..100 {
        let path = url.strip_prefix(SITE).unwrap_or_else(|| panic!("{url} outside the layout"));
        let doc = page(files, path, Some(parent));
        ids.extend(doc.articles.iter().map(|a| a.id.clone()));
        match doc.next_url {
            Some(next) => url = next,
            None => return ids,
        }
    }
    panic!("next_url loops")
}

#[test]
fn a_small_feed_is_laid_out_as_the_spec_says() {
    let feed = small_feed();
    let (files, summary) = lay_out(&[(&format!("{LOCAL_ORIGIN}feed-big.json"), feed)], 2);
    assert_eq!((summary.items, summary.articles, summary.home_blocks), (11, 7, 4));
    assert_eq!(summary.notes.len(), 5, "{:#?}", summary.notes);
    for skipped in [
        "an id seen before",
        "no id or url, or no text",
        "too long for a file key",
        "not a JSON object",
        "category \"y-te\" is not declared",
    ] {
        assert!(summary.notes.iter().any(|n| n.contains(skipped)), "{skipped}: {:#?}", summary.notes);
    }

    let first = page(&files, "feed.json", None);
    let site = &first.site;
    let layout = site.layout.as_ref().unwrap_or_else(|| panic!("feed.json has a layout"));
    assert_eq!((layout.page_size, layout.home_blocks), (2, 4));
    let mut counts = layout.category_blocks.clone();
    counts.sort();
    let expected = [("giao-duc", 1), ("kinh-te", 1), ("quoc-phong", 0), ("y-te", 1)];
    assert_eq!(counts, expected.map(|(id, n)| (id.to_owned(), n)));
    assert_eq!(site.categories.len(), 3, "the declared categories stay as declared");
    let raw = json(&files, "feed.json");
    assert_eq!(raw["title"], "Cổng Bình Giang");
    assert_eq!(raw["_bantin"]["time_zone"], "+07:00");
    assert_eq!(raw["_bantin"]["layout"]["article"], "articles/{article}.json");
    assert_eq!(raw["_bantin"]["layout"]["version"], 2);
    assert_eq!(layout.category_page("y-te", Page::Newest).as_deref(), Some("pages/c/y-te/newest.json"));
    assert_eq!(layout.category_page("a b", Page::Block(3)).as_deref(), Some("pages/c/~612062/3.json"));
    // 7 in blocks of 2 from the oldest: 2, 2, 2, 1. The newest page shows
    // the newest 2; block 3 the one left of its 2; blocks 2 and 1 whole.
    assert_eq!(raw["next_url"], "pages/home/3.json");
    assert_eq!(raw["_bantin"]["page"], serde_json::json!({ "older": 3, "newer": null }));
    assert!(raw.get("feed_url").is_none(), "the big feed's URL is not this document's");

    // Newest first, undated last, across pages chained by next_url.
    let home = follow(&files, "feed.json", site);
    let url_id = "https://portal.vn/tin/khong-id.html";
    assert_eq!(home, [url_id, "a/b", "n4", "n3", "n2", "n1", "42"]);
    assert_eq!(follow(&files, "pages/c/kinh-te/newest.json", site), ["a/b", "n1"]);
    assert_eq!(
        follow(&files, "pages/c/quoc-phong/newest.json", site),
        Vec::<String>::new(),
        "an empty category has its newest page"
    );
    let ids =
        |path: &str| page(&files, path, Some(site)).articles.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids("pages/home/3.json"), ["n4"]);
    assert_eq!(ids("pages/home/2.json"), ["n3", "n2"]);
    assert_eq!(ids("pages/home/1.json"), ["n1", "42"]);
    assert!(!files.contains_key("pages/home/4.json"), "the newest block is feed.json's");
    assert_eq!(json(&files, "pages/home/3.json")["next_url"], "2.json");
    assert!(json(&files, "pages/home/1.json").get("next_url").is_none());
    let links = |path: &str| page(&files, path, Some(site)).page_links;
    assert_eq!(links("pages/home/3.json"), Some(PageLinks { older: Some(2), newer: None }));
    assert_eq!(links("pages/home/2.json"), Some(PageLinks { older: Some(1), newer: Some(3) }));
    assert_eq!(links("pages/home/1.json"), Some(PageLinks { older: None, newer: Some(2) }));

    // Listings carry no bodies but what a card shows; URLs work from every depth.
    for path in ["feed.json", "pages/home/2.json", "pages/c/kinh-te/newest.json"] {
        let doc = page(&files, path, Some(site));
        for article in &doc.articles {
            assert_eq!(article.body, Body::Empty, "{path}");
            if article.id.starts_with('n') {
                assert_eq!(article.image, Some(format!("{SITE}images/{}.svg", article.id)), "{path}");
                assert_eq!(article.authors, ["Ban biên tập"], "the feed's authors are spelt out");
            }
        }
    }
    let derived = &page(&files, "feed.json", Some(site)).articles[0];
    assert_eq!(
        derived.title, "Chỉ có nội dung, không tiêu đề",
        "a derived title survives the body's removal"
    );

    // Articles: one file each, under their file key, with the whole body.
    for id in ["n1", "n2", "n3", "n4", "a/b", "42", url_id] {
        let key = file_key(id).unwrap_or_else(|| panic!("{id}"));
        let doc = page(&files, &format!("articles/{key}.json"), Some(site));
        assert_eq!(doc.articles.len(), 1);
        assert_eq!(doc.articles[0].id, id);
        if id.len() <= 3 && id != "42" {
            let Body::Html(html) = &doc.articles[0].body else { panic!("{id} has its body") };
            assert!(html.contains(r#"<img src="../images/body.svg">"#), "{html}");
            assert!(html.contains(&format!(r#"<a href="../tin/{id}.html">"#)), "{html}");
            assert_eq!(doc.articles[0].image, Some(format!("{SITE}images/{id}.svg")));
        }
    }
    assert!(files.contains_key("articles/~612f62.json"), "a/b has a hex key");
    // Each carries the articles of its category published just before it.
    let related = |key: &str| page(&files, &format!("articles/{key}.json"), Some(site)).related;
    let related_ids: Vec<_> = related("~612f62").iter().map(|a| a.id.clone()).collect();
    assert_eq!(related_ids, ["n1"]);
    assert_eq!(related("~612f62")[0].body, Body::Empty, "a short copy");
    assert!(related("n1").is_empty(), "the category's oldest");
    let article_files = files.keys().filter(|k| k.starts_with("articles/")).count();
    assert_eq!(article_files, 7);
    check_search(&files, &home);
}

/// Every word of every title is in its shard with the document's number,
/// and the docs chunks describe the documents from the oldest (the home
/// listing's last) on.
fn check_search(files: &Files, home: &[String]) {
    let meta = json(files, "search/meta.json");
    assert_eq!(meta["documents"].as_u64(), Some(home.len() as u64));
    assert_eq!(meta["shard_prefix"], 2);
    let chunk_size = meta["doc_chunk"].as_u64().unwrap_or_else(|| panic!("doc_chunk")) as usize;
    let mut shards: HashMap<String, Value> = HashMap::new();
    let mut bodies: HashMap<String, Vec<(u32, u8)>> = HashMap::new();
    for (newest_first, id) in home.iter().enumerate() {
        let number = home.len() - 1 - newest_first;
        let chunk = json(files, &format!("search/docs/{}.json", number / chunk_size));
        let doc = &chunk[number % chunk_size];
        assert_eq!(doc["id"].as_str(), Some(id.as_str()), "doc {number}");
        let title = doc["title"].as_str().unwrap_or_default();
        for word in words(title) {
            let shard = shards
                .entry(shard(&word).to_owned())
                .or_insert_with(|| json(files, &format!("search/terms/{}.json", shard(&word))));
            let deltas: Vec<u32> = serde_json::from_value(shard[&word].clone())
                .unwrap_or_else(|e| panic!("{word} of {title:?} is indexed: {e}"));
            let numbers = bantin_core::search::index::decode_deltas(&deltas);
            assert!(numbers.contains(&(number as u32)), "{word} → {number}");
            assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{word}: ascending, once each");
        }
        // Every word of its body finds it in that word's file.
        let key = file_key(id).unwrap_or_else(|| panic!("{id}: a file key"));
        let article = page(files, &format!("articles/{key}.json"), None);
        for word in words(&article.articles[0].body_text()).into_iter().take(12) {
            let postings = bodies.entry(word.clone()).or_insert_with(|| {
                let raw: Vec<u32> = serde_json::from_value(json(files, &format!("search/body/{word}.json")))
                    .unwrap_or_else(|e| panic!("{word}: {e}"));
                bantin_core::search::index::body_postings(&raw)
            });
            assert!(postings.iter().any(|(n, w)| *n as usize == number && *w >= 1), "{word} → {number}");
        }
    }
    assert_eq!(meta["full_text"], true);
    let days = json(files, "search/days.json");
    assert_eq!(days["days"][0][1], days["undated"], "the oldest day starts after the undated documents");
    assert_eq!(days["documents"].as_u64(), Some(home.len() as u64));
    assert_eq!(
        meta["body_base"].as_u64(),
        Some(home.len() as u64),
        "a new index has every body in body files"
    );
    assert_eq!(json(files, "search/recent.json"), serde_json::json!({}));
}

#[test]
fn a_source_with_a_known_url_gets_absolute_urls() {
    let (files, _) = lay_out(&[("https://cms.vn/xuat/big.json", small_feed())], 30);
    let article = json(&files, "articles/n1.json");
    assert_eq!(article["items"][0]["image"], "https://cms.vn/xuat/images/n1.svg");
    let html = article["items"][0]["content_html"].as_str().unwrap_or_default();
    assert!(html.contains(r#"<img src="https://cms.vn/xuat/images/body.svg">"#), "{html}");
    assert_eq!(json(&files, "feed.json")["icon"], "https://cms.vn/xuat/images/icon.svg");
    assert!(json(&files, "feed.json").get("next_url").is_none(), "one page");
}

#[test]
fn a_paginated_source_is_one_archive() {
    let first = small_feed().replace(r#""feed_url":"feed-big.json","#, r#""next_url":"trang/2.json","#);
    let second = format!(
        r#"{{"version":"https://jsonfeed.org/version/1.1","title":"Cổng","items":[{}]}}"#,
        item("p2", "Bài trang hai", "2023-03-10T08:00:00+07:00", "kinh-te")
    );
    let (files, summary) = lay_out(
        &[(&format!("{LOCAL_ORIGIN}feed.json"), first), (&format!("{LOCAL_ORIGIN}trang/2.json"), second)],
        30,
    );
    assert_eq!(summary.articles, 8);
    let article = json(&files, "articles/p2.json");
    assert_eq!(article["items"][0]["image"], "../trang/images/p2.svg", "resolved against its own document");
    assert_eq!(page(&files, "feed.json", None).articles[0].id, "p2");
}

#[test]
fn a_feed_without_categories_gets_the_ones_in_use() {
    let feed = r#"{"version":"https://jsonfeed.org/version/1","title":"T","items":[
        {"id":1,"title":"A","tags":["Kinh tế"]},{"id":2,"title":"B","tags":["Y tế"]}]}"#;
    let (files, summary) = lay_out(&[(&format!("{LOCAL_ORIGIN}f.json"), feed.to_owned())], 30);
    assert_eq!(summary.categories, 2);
    let site = page(&files, "feed.json", None).site;
    let ids: Vec<_> = site.categories.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["kinh-te", "y-te"]);
    assert_eq!(json(&files, "articles/1.json")["items"][0]["id"], "1", "ids are strings");
    assert!(files.contains_key("pages/c/y-te/newest.json"));
}

#[test]
fn file_keys_keep_unsafe_ids_inside_their_folder() {
    for (id, key) in [
        ("../../etc/passwd", "~2e2e2f2e2e2f6574632f706173737764"),
        ("a b", "~612062"),
        ("Bài 1", "~42c3a0692031"),
    ] {
        assert_eq!(file_key(id).as_deref(), Some(key));
    }
    let feed = r#"{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[
        {"id":"../../x","title":"A"},{"id":"..","title":"B"}]}"#
        .to_owned();
    let (files, _) = lay_out(&[(&format!("{LOCAL_ORIGIN}f.json"), feed)], 30);
    let articles: Vec<_> = files.keys().filter(|k| k.starts_with("articles/")).cloned().collect();
    assert_eq!(articles, ["articles/~2e2e.json", "articles/~2e2e2f2e2e2f78.json"]);
}

const BROKEN: &str = r#"{
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Cổng",
    "icon": 5,
    "next_url": "2.json",
    "_bantin": {"time_zone": "giờ Hà Nội", "categories": [{"id": "kinh-te", "name": "Kinh tế"}, {"id": "kinh-te", "name": "Lặp"}, {"name": "Không id"}]},
    "items": [
        {"id": "ok", "title": "Tốt", "date_published": "2023-03-31T12:41:00+07:00", "_bantin": {"category": "kinh-te", "views": 3}},
        {"title": "Không id"},
        {"id": "ok", "title": "Lặp id"},
        {"id": "dai-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "title": "Dài"},
        {"id": "trong"},
        {"id": "ngay", "title": "Ngày", "date_published": "hôm qua", "date_modified": "2023-02-30T10:00:00Z"},
        {"id": "kieu", "title": ["không", "phải", "chuỗi"], "summary": "Có tóm tắt", "tags": "một", "authors": {"name": "A"}},
        {"id": "muc", "title": "Mục", "_bantin": {"category": "the-thao", "views": -4, "byline": 7}},
        {"id": "le", "title": "Lẻ", "_bantin": {"views": 1.5}},
        {"id": "anh", "title": "Ảnh", "image": "javascript:alert(1)", "banner_image": "data:image/svg+xml,<svg/>"},
        {"id": 12, "title": "Số"},
        {"url": "https://portal.vn/tin/u.html", "title": "Chỉ có url"},
        "chuỗi"
    ]
}"#;

#[test]
fn validate_reports_every_kind_of_problem() {
    let second = r#"{"version":"https://jsonfeed.org/version/1.1","title":"2","next_url":"feed.json","items":[{"id":"x","title":"X"}]}"#;
    let docs: HashMap<PathBuf, &str> =
        HashMap::from([(PathBuf::from("in/feed.json"), BROKEN), (PathBuf::from("in/2.json"), second)]);
    let load = |path: &Path| {
        docs.get(path).map(|d| d.as_bytes().to_vec()).ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))
    };
    let validator = validate_feed(Path::new("in/feed.json"), &format!("{LOCAL_ORIGIN}feed.json"), load);
    let lines: Vec<String> = validator.problems().iter().map(ToString::to_string).collect();
    let expected = [
        "in/feed.json: icon: expected a string, found a number",
        "in/feed.json: _bantin.time_zone: not a UTC offset",
        "in/feed.json: _bantin.categories[1].id: \"kinh-te\" is declared twice",
        "in/feed.json: _bantin.categories[2].id: missing",
        "in/feed.json: item 1: id: missing, and no url to stand in: the app skips the item",
        "in/feed.json: item 2 (id \"ok\"): id: repeats item 0",
        "in/feed.json: item 3 (id \"dai-x",
        "id: over 100 bytes: no file key",
        "in/feed.json: item 4 (id \"trong\"): title: missing, and no summary or content",
        "in/feed.json: item 5 (id \"ngay\"): date_published: not a date: \"hôm qua\"",
        "in/feed.json: item 5 (id \"ngay\"): date_modified: not a date",
        "in/feed.json: item 6 (id \"kieu\"): title: expected a string, found an array",
        "in/feed.json: item 6 (id \"kieu\"): tags: expected an array, found a string",
        "in/feed.json: item 6 (id \"kieu\"): authors: expected an array, found an object",
        "in/feed.json: item 7 (id \"muc\"): _bantin.category: unknown category \"the-thao\"",
        "in/feed.json: item 7 (id \"muc\"): _bantin.views: negative: -4",
        "in/feed.json: item 7 (id \"muc\"): _bantin.byline: expected a string, found a number",
        "in/feed.json: item 8 (id \"le\"): _bantin.views: not an integer: 1.5",
        "in/feed.json: item 9 (id \"anh\"): image: scheme not allowed",
        "in/feed.json: item 9 (id \"anh\"): banner_image: scheme not allowed",
        "in/feed.json: item 10 (id \"12\"): id: a number; JSON Feed 1.1 wants a string",
        "in/feed.json: item 11 (id \"https://portal.vn/tin/u.html\"): id: missing (the url stands in)",
        "in/feed.json: item 12: item: expected an object, found a string",
        "in/2.json: next_url: \"feed.json\" is not followed: it was read already (the chain loops)",
    ];
    for line in expected {
        assert!(lines.iter().any(|l| l.contains(line)), "missing {line:?} in\n{}", lines.join("\n"));
    }
    assert_eq!(lines.len(), expected.len() - 1, "nothing else:\n{}", lines.join("\n"));
    assert!(!lines.iter().any(|l| l.contains("(id \"ok\")") && !l.contains("repeats")), "item 0 is clean");
    assert_eq!(validator.summary(), format!("validate: 14 items, {} problems", lines.len()));
}

#[test]
fn validate_reports_attachments_and_documents_of_the_wrong_shape() {
    let feed = r#"{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[
        {"id":"a","title":"A","attachments":[
            {"url":"files/a.pdf","mime_type":"application/pdf","size_in_bytes":100},
            {"url":"http://cdn.example.vn/b.mp3","mime_type":"audio/mpeg"},
            {"url":"https://cdn.example.vn/c.docx"},
            {"url":"javascript:alert(1)","mime_type":"pdf"},
            {"mime_type":"application/pdf","size_in_bytes":"1 MB"},
            "d.pdf"
        ]},
        {"id":"b","title":"B","attachments":{"url":"x.pdf"}},
        {"id":"c","title":"C","_bantin":{"document":{"number":"15/2024/QĐ-UBND","kind":"Quyết định","issued":"2024-03-15","effective":"15/04/2024","abstract":7}}},
        {"id":"d","title":"D","_bantin":{"document":{"kind":"Công văn"}}},
        {"id":"e","title":"E","_bantin":{"document":"15/2024"}}
    ]}"#;
    let load = |_: &Path| Ok(feed.as_bytes().to_vec());
    let validator = validate_feed(Path::new("feed.json"), &format!("{LOCAL_ORIGIN}feed.json"), load);
    let lines: Vec<String> = validator.problems().iter().map(ToString::to_string).collect();
    let expected = [
        "item 0 (id \"a\"): attachments[1].url: not https",
        "item 0 (id \"a\"): attachments[2].mime_type: missing",
        "item 0 (id \"a\"): attachments[3].url: scheme not allowed",
        "item 0 (id \"a\"): attachments[3].mime_type: not a media type: \"pdf\"",
        "item 0 (id \"a\"): attachments[4].url: missing",
        "item 0 (id \"a\"): attachments[4].size_in_bytes: expected a whole number of bytes",
        "item 0 (id \"a\"): attachments[5]: expected an object, found a string",
        "item 1 (id \"b\"): attachments: expected an array, found an object",
        "item 2 (id \"c\"): _bantin.document.effective: not a YYYY-MM-DD date: \"15/04/2024\"",
        "item 2 (id \"c\"): _bantin.document.abstract: expected a string, found a number",
        "item 3 (id \"d\"): _bantin.document.number: missing or empty",
        "item 4 (id \"e\"): _bantin.document: expected an object, found a string",
    ];
    for line in expected {
        assert!(lines.iter().any(|l| l.contains(line)), "missing {line:?} in\n{}", lines.join("\n"));
    }
    assert_eq!(lines.len(), expected.len(), "nothing else:\n{}", lines.join("\n"));
}

#[test]
fn the_sample_feed_and_a_layout_of_it_validate_clean() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public");
    let validator =
        validate_feed(&dir.join("feed.json"), &format!("{LOCAL_ORIGIN}feed.json"), |p| std::fs::read(p));
    assert_eq!(validator.problems(), &[], "{}", validator.summary());
    assert_eq!(validator.items(), 39);

    let mut layout = LayoutWriter::new(Files::new(), 10);
    let mut url = format!("{LOCAL_ORIGIN}feed.json");
    let mut chain = Chain::new(&dir.join("feed.json"), &url, 10);
    let mut path = dir.join("feed.json");
    loop {
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{e}"));
        let Some(next) = layout.add_document(&bytes, &url).unwrap_or_else(|e| panic!("{e}")) else { break };
        path = chain.follow(&next).unwrap_or_else(|e| panic!("{e}"));
        url = next;
    }
    let (files, summary) = layout.finish().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((summary.articles, summary.home_blocks, summary.notes.len()), (39, 4, 0));
    let validator = validate_feed(Path::new("feed.json"), &format!("{LOCAL_ORIGIN}feed.json"), |p| {
        let key = p.to_string_lossy().into_owned();
        files.get(&key).cloned().ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))
    });
    assert_eq!(validator.problems(), &[], "a layout's home listing validates too");
    assert_eq!(validator.items(), 39);
    let documents =
        files.get("documents.json").map(|d| String::from_utf8_lossy(d).into_owned()).unwrap_or_default();
    assert_eq!(documents.matches("\"number\"").count(), 3, "the register has the sample's three documents");
}

#[test]
fn a_layout_is_not_laid_out_again() {
    let (files, _) = lay_out(&[(&format!("{LOCAL_ORIGIN}f.json"), small_feed())], 30);
    let mut again = LayoutWriter::new(Files::new(), 30);
    let feed = files.get("feed.json").unwrap_or_else(|| panic!("feed.json"));
    let outcome = again.add_document(feed, &format!("{LOCAL_ORIGIN}feed.json"));
    assert!(matches!(outcome, Err(LayoutError::AlreadyLayout(_))), "{outcome:?}");
}

#[test]
fn a_synthetic_archive_round_trips_through_the_layout() {
    let mut big = Vec::new();
    write_feed(&mut big, &GenerateOptions { articles: 1000, seed: 11, categories: 6 })
        .unwrap_or_else(|e| panic!("{e}"));
    let mut layout = LayoutWriter::new(Files::new(), DEFAULT_PAGE_SIZE);
    assert_eq!(
        layout.add_document(&big, &format!("{LOCAL_ORIGIN}big.json")).map_err(|e| e.to_string()),
        Ok(None)
    );
    let (files, summary) = layout.finish().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (summary.items, summary.articles, summary.home_blocks, summary.categories),
        (1000, 1000, 50, 6)
    );
    assert_eq!(summary.notes, Vec::<String>::new());
    assert_eq!(summary.files, files.len());

    let site = page(&files, "feed.json", None).site;
    let zone = site.time_zone;
    let (mut listed, mut articles, mut related) = (0, 0, 0);
    let (mut by_topic, mut by_day, mut days, mut topics_expected) = (0, 0, Vec::new(), 0);
    for path in files.keys() {
        if path.starts_with("search/") {
            json(&files, path);
            continue;
        }
        if let Some(rest) = path.strip_prefix("pages/t/") {
            let key = rest.split('/').next().unwrap_or_default();
            let doc = page(&files, path, Some(&site));
            assert!(doc.articles.iter().all(|a| a.topic_named(key).is_some()), "{path}");
            by_topic += doc.articles.len();
            continue;
        }
        if let Some(rest) = path.strip_prefix("pages/d/") {
            // Every day of the span has a page naming the days around it
            // that have articles.
            let day = rest.split('/').next().and_then(Day::parse).unwrap_or_else(|| panic!("{path}"));
            let doc = page(&files, path, Some(&site));
            assert!(doc.articles.iter().all(|a| a.day(zone) == Some(day)), "{path}");
            let around = doc.neighbours.unwrap_or_else(|| panic!("{path}: _bantin.day"));
            assert!(around.previous.is_none_or(|d| d < day) && around.next.is_none_or(|d| d > day), "{path}");
            by_day += doc.articles.len();
            if path.ends_with("/newest.json") {
                days.push((day, around, doc.articles.is_empty()));
            }
            continue;
        }
        let doc = page(&files, path, Some(&site));
        if path.starts_with("articles/") {
            assert_eq!(doc.articles.len(), 1, "{path}");
            let article = &doc.articles[0];
            assert!(matches!(article.body, Body::Html(_)), "{path} has its body");
            // Its related articles: of its category, older, titles and dates only.
            assert!(doc.related.len() <= RELATED_COUNT);
            for other in &doc.related {
                assert_eq!(other.category, article.category, "{path}");
                assert!(other.listed() <= article.listed(), "{path}");
                assert!(other.summary.is_none() && other.image.is_none() && other.published.is_some());
            }
            related += doc.related.len();
            topics_expected += article.topics().len();
            articles += 1;
        } else {
            assert!(doc.articles.iter().all(|a| a.body == Body::Empty), "{path} has no bodies");
            assert!(doc.articles.len() <= DEFAULT_PAGE_SIZE);
            listed += doc.articles.len();
        }
    }
    // Each but its category's 5 oldest has 5.
    assert_eq!((articles, related), (1000, 1000 * RELATED_COUNT - 6 * (1 + 2 + 3 + 4 + 5)));
    assert_eq!(listed, 2000, "each article once at home, once in its category");
    assert_eq!(by_day, 1000, "each article on its day");
    assert!(by_topic > 0);
    assert_eq!(by_topic, topics_expected, "each article once under each of its topics");
    let with_articles: Vec<Day> = days.iter().filter(|(_, _, empty)| !empty).map(|(d, _, _)| *d).collect();
    for (day, around, _) in &days {
        assert_eq!(around.previous, with_articles.iter().rev().find(|d| *d < day).copied(), "{day:?}");
        assert_eq!(around.next, with_articles.iter().find(|d| *d > day).copied(), "{day:?}");
    }
    assert!(days.windows(2).all(|w| w[0].0.next() == w[1].0), "no day of the span is missing");
    let home = follow(&files, "feed.json", &site);
    assert_eq!(home.len(), 1000);
    check_search(&files, &home);
    let with_images = home.iter().filter_map(|id| {
        let doc = page(&files, &format!("articles/{id}.json"), Some(&site));
        doc.articles[0].image.clone()
    });
    assert!(with_images.take(5).all(|i| i.starts_with(&format!("{SITE}images/")) && i.ends_with(".svg")));
}

#[test]
fn the_home_pages_blocks_are_written_into_the_first_document() {
    let items: Vec<String> = (0..9)
        .map(|n| {
            let featured = match n {
                2 => r#","featured":true"#,
                6 => r#","featured":1"#,
                _ => "",
            };
            let category = if n % 2 == 0 { "giao-duc" } else { "kinh-te" };
            format!(
                r#"{{"id":"b{n}","title":"Bài {n}","content_html":"<p>Nội dung</p>","date_published":"2023-03-{:02}T08:00:00+07:00",
                    "_bantin":{{"category":"{category}","views":{}{featured}}}}}"#,
                20 - n,
                (n * 7) % 10
            )
        })
        .collect();
    let feed = format!(
        r#"{{"version":"https://jsonfeed.org/version/1.1","title":"Cổng",
            "_bantin":{{"categories":[{{"id":"kinh-te","name":"Kinh tế"}},{{"id":"giao-duc","name":"Giáo dục"}}]}},
            "items":[{}]}}"#,
        items.join(",")
    );
    let (files, _) = lay_out(&[("https://portal.vn/feed.json", feed.clone())], 3);
    let first = page(&files, "feed.json", None);
    let front = first.front.clone().expect("the first document carries the blocks");
    let ids = |articles: &[std::sync::Arc<bantin_core::feed::Article>]| {
        articles.iter().map(|a| a.id.clone()).collect::<Vec<_>>()
    };
    // The same blocks as the app draws from the feed itself.
    let resolve = |reference: &str| urls::resolve("https://portal.vn/feed.json", reference);
    let source = parse_page(feed.as_bytes(), &resolve, None).unwrap_or_else(|e| panic!("{e}"));
    let plain = bantin_core::feed::Front::of(&source.articles, &source.site.categories);
    assert_eq!(ids(&front.featured), ["b6", "b2"]);
    assert_eq!(ids(&front.featured), ids(&plain.featured));
    assert_eq!(ids(&front.most_read), ids(&plain.most_read));
    assert_eq!(
        front.sections.iter().map(|s| (s.category.id.as_str(), ids(&s.articles))).collect::<Vec<_>>(),
        [
            ("kinh-te", vec!["b1".into(), "b3".into(), "b5".into(), "b7".into()]),
            ("giao-duc", vec!["b0".into(), "b2".into(), "b4".into(), "b6".into()])
        ]
    );
    // The home listing, page after page, leaves the featured stories out.
    let home = follow(&files, "feed.json", &first.site);
    assert_eq!(home, ["b0", "b1", "b3", "b4", "b5", "b7", "b8"]);
    // A layout's listing copies keep what the blocks show: title, views.
    assert!(front.most_read.iter().all(|a| a.views.is_some() && !a.title.is_empty()));
}
