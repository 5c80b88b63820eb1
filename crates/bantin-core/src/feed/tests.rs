//! Feed parsing over our own fixtures, the bundled sample, and feeds from the
//! wild in `../shared/vectors`.

use super::*;
use crate::date::{Day, UtcOffset};
use crate::search::{Order, SearchQuery};
use crate::wire::FeedError;
use std::path::{Path, PathBuf};
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

/// A resolver good enough for tests, for a feed at
/// `https://portal.example.vn/data/feed.json`: absolute URLs stay, others join it.
fn resolve(url: &str) -> Option<String> {
    if crate::content::policy::scheme(url).is_some() {
        return Some(url.to_owned());
    }
    let origin = "https://portal.example.vn";
    Some(match url.strip_prefix('/') {
        Some(path) => format!("{origin}/{path}"),
        None => format!("{origin}/data/{url}"),
    })
}

fn parse(json: &str) -> FeedPage {
    parse_page(json.as_bytes(), &resolve, None).unwrap_or_else(|e| panic!("{e}: {json}"))
}

fn feed_with_items(items: &str) -> String {
    format!(r#"{{"version":"https://jsonfeed.org/version/1.1","title":"Cổng","items":[{items}]}}"#)
}

fn vectors() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/vectors");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("SKIPPED: {} is missing; the external feed cases did not run", dir.display());
        None
    }
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_bundled_sample_pages_and_reproduces_the_seed_anatomy() {
    // In the test binary itself: the wasm32 run reads no files.
    let first = parse_page(include_bytes!("../../../../public/feed.json"), &resolve, None);
    let first = first.unwrap_or_else(|e| panic!("feed.json: {e}"));
    assert_eq!(first.skipped, 0);
    assert!(first.site.categories.len() >= 5);
    assert_eq!(first.next_url.as_deref(), Some("https://portal.example.vn/data/feed-2.json"));
    let second = parse_page(include_bytes!("../../../../public/feed-2.json"), &resolve, Some(&first.site));
    let second = second.unwrap_or_else(|e| panic!("feed-2.json: {e}"));
    assert_eq!((second.skipped, second.next_url.as_ref()), (0, None));

    let mut archive = Archive::new(&first);
    archive.push(&second);
    assert!(archive.complete);
    assert!(archive.articles.len() >= 30);
    assert!(archive.articles.len() > PAGE_SIZE * 2, "the sample must page");
    for category in &archive.site.categories {
        let count = archive.articles.iter().filter(|a| a.in_category(&category.id)).count();
        assert!(count >= 5, "{} has {count} articles", category.name);
    }
    for a in &archive.articles {
        assert!(a.category.is_some(), "{} has no category", a.id);
        assert!(a.updated().is_some(), "{} has no date", a.id);
    }

    let seed = archive.find("bg-2023-0331-nq29").unwrap_or_else(|| panic!("seed article missing"));
    assert_eq!(seed.byline.as_deref(), Some("Tin, ảnh: Mỹ Linh"));
    assert_eq!(seed.views, Some(100));
    assert!(seed.summary.is_some());
    assert_eq!(seed.category.as_ref().map(|c| c.id.as_str()), Some("chinh-tri"));
    let updated = seed.updated().map(|t| t.to_local(archive.site.time_zone));
    let shown = updated.map(|t| format!("{} {}", t.clock(), t.date_dmy()));
    assert_eq!(shown.as_deref(), Some("12:41 31/03/2023"));
    let Body::Html(html) = &seed.body else { panic!("seed body is not HTML") };
    assert!(html.contains(r"C:\Users"), "the sample keeps the leaked alt text to clean");
    assert!(html.contains("<img"));
}

#[test]
fn feeds_from_the_wild_parse_and_every_item_gets_a_title() {
    let Some(vectors) = vectors() else { return };
    let mut files = Vec::new();
    for dir in ["real-feeds", "jsonfeed-schema"] {
        for entry in std::fs::read_dir(vectors.join(dir)).into_iter().flatten().flatten() {
            let path = entry.path();
            let is_feed = path.extension().is_some_and(|e| e == "json")
                && !path.file_name().is_some_and(|n| n.to_string_lossy().starts_with("schema"));
            if is_feed {
                files.push(path);
            }
        }
    }
    assert_eq!(files.len(), 6, "3 real feeds and 3 schema examples: {files:?}");
    for path in files {
        let page =
            parse_page(&read(&path), &resolve, None).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(!page.articles.is_empty(), "{}", path.display());
        assert_eq!(page.skipped, 0, "{}", path.display());
        for a in &page.articles {
            assert!(!a.title.trim().is_empty(), "{}: item {} has no title", path.display(), a.id);
        }
    }
}

/// What a wild feed should end in: read, or refused for the reason its
/// README gives.
fn wild_outcome(name: &str) -> Result<(), fn(&FeedError) -> bool> {
    match name {
        "rsparser__allthis-partial.json" | "gyuni__feed.json" | "rainblog__preview-feed.json" => {
            Err(|e| matches!(e, FeedError::Json(_)))
        }
        "rsparser__ScriptingNews.json" => Err(|e| matches!(e, FeedError::NotJsonFeed(_))),
        _ => Ok(()),
    }
}

#[test]
fn every_wild_feed_renders_or_says_why_not() {
    let Some(vectors) = vectors() else { return };
    let dir = vectors.join("wild-feeds/jsonfeed");
    if !dir.is_dir() {
        eprintln!("SKIPPED: {} is missing; the wild feeds did not run", dir.display());
        return;
    }
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 32, "the folder's README lists 32 files");
    let (mut as_expected, mut articles) = (0, 0);
    for path in &files {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let outcome = std::panic::catch_unwind(|| parse_page(&read(path), &resolve, None));
        let Ok(outcome) = outcome else { panic!("{name}: the parser panicked") };
        match (outcome, wild_outcome(&name)) {
            (Ok(page), Ok(())) => {
                for a in &page.articles {
                    assert!(!a.title.trim().is_empty(), "{name}: item {} has no title", a.id);
                }
                // What a reader opens first has something to read.
                if let Some(first) = page.articles.first() {
                    assert_ne!(first.body, Body::Empty, "{name}: the first article has no body");
                }
                articles += page.articles.len();
                as_expected += 1;
            }
            (Err(error), Err(expected)) if expected(&error) => as_expected += 1,
            (outcome, expected) => {
                panic!("{name}: got {:?}, expected {}", outcome.map(|p| p.articles.len()), expected.is_ok())
            }
        }
    }
    println!(
        "wild feeds: {as_expected}/{} ({articles} articles read, 4 feeds refused as expected)",
        files.len()
    );
    assert_eq!(as_expected, files.len());
}

#[test]
fn wild_feeds_quirks_are_read_as_their_authors_meant() {
    let Some(vectors) = vectors() else { return };
    let wild = |name: &str| {
        let path = vectors.join("wild-feeds/jsonfeed").join(name);
        parse_page(&read(&path), &resolve, None).unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    // WordPress's plugin declares `http://jsonfeed.org/version/1`.
    assert_eq!(wild("rsparser__pxlnv.json").articles.len(), 20);
    // Grav escapes its titles, and writes its tags as one string.
    let rose = wild("rsparser__rose.json");
    let task = rose.articles.iter().find(|a| a.title.contains("Add Task"));
    assert_eq!(task.map(|a| a.title.as_str()), Some("Workflow: Add Task & Sub Tasks To OmniFocus"));
    assert!(rose.articles.iter().all(|a| !a.title.contains("&amp;")));
    assert!(rose.articles.iter().any(|a| a.category.as_ref().is_some_and(|c| c.name == "workflow")));
    // A bare name where an author object belongs.
    let docuverse = wild("docuverse__feed.json");
    assert!(
        docuverse.articles.iter().all(|a| !a.authors.is_empty()),
        "docuverse names its authors as strings"
    );
}

#[test]
fn escaped_titles_are_decoded_once_and_literal_ones_kept() {
    let page = parse(&feed_with_items(
        r#"{"id":"1","title":"Add Task &amp; Sub Tasks","summary":"Tóm tắt &hellip; &amp;amp;"},
           {"id":"2","title":"R&D; AT&T &lt 3"}"#,
    ));
    let title = |id: &str| page.articles.iter().find(|a| a.id == id).map(|a| a.title.clone());
    assert_eq!(title("1").as_deref(), Some("Add Task & Sub Tasks"));
    assert_eq!(
        page.articles.iter().find(|a| a.id == "1").and_then(|a| a.summary.clone()).as_deref(),
        Some("Tóm tắt … &amp;")
    );
    assert_eq!(title("2").as_deref(), Some("R&D; AT&T &lt 3"), "no entity in it: meant literally");
}

#[test]
fn rfc_2822_dates_from_the_wild_are_understood() {
    let Some(vectors) = vectors() else { return };
    let page = parse_page(&read(&vectors.join("real-feeds/jsonfeed_elastic_1.1.json")), &resolve, None);
    let page = page.unwrap_or_else(|e| panic!("{e}"));
    let dated = page.articles.iter().filter(|a| a.published.is_some()).count();
    assert_eq!(dated, 2, "both dated items keep their 'Fri, 31 May 2019 12:17:58 -0700' dates");
    let newest = page.articles[0].published.map(|t| t.to_local(UtcOffset::VIETNAM).date_dmy());
    assert_eq!(newest.as_deref(), Some("01/06/2019"));
}

#[test]
fn microblog_items_take_their_title_from_the_text() {
    let Some(vectors) = vectors() else { return };
    let page = parse_page(&read(&vectors.join("jsonfeed-schema/microblog.json")), &resolve, None);
    let page = page.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(page.articles[0].title, "Cats are neat. https://example.org/cats");
    assert_eq!(page.articles[0].teaser, None, "the text is not repeated under the title");
    assert_eq!(page.articles[0].authors, ["Brent Simmons"], "items inherit the feed's author");
}

#[test]
fn version_1_feeds_with_numeric_ids_and_singular_authors() {
    let page = parse(
        r#"{"version":"https://jsonfeed.org/version/1","title":"Old","items":[
            {"id":42,"title":"A","content_text":"x","author":{"name":"An"},"date_published":"2020-01-24T23:46:57Z"},
            {"id":43,"title":"B","content_html":"<p>y</p>","authors":{"name":"Bình"}}]}"#,
    );
    let ids: Vec<_> = page.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["42", "43"]);
    assert_eq!(page.articles[0].authors, ["An"]);
    assert_eq!(page.articles[1].authors, ["Bình"]);
}

#[test]
fn damaged_items_render_with_fallbacks_or_are_skipped() {
    let page = parse(&feed_with_items(
        r#"{"id":"no-title","summary":"Chỉ có tóm tắt","date_published":"not a date"},
           {"id":"bad-types","title":7,"content_html":"<p>Nội dung <b>chính</b></p>","tags":7,"_bantin":{"views":"100"}},
           {"id":"unknown-fields","title":"T","whatever":{"deep":[1,2,3]},"date_modified":"2023-03-31T12:41:00+07:00"},
           {"title":"no id at all"},
           {"id":"empty"},
           "not an object",
           {"id":"unknown-fields","title":"duplicate id"}"#,
    ));
    let by_id = |id: &str| page.articles.iter().find(|a| a.id == id).cloned();
    let no_title = by_id("no-title").unwrap_or_else(|| panic!("no-title skipped"));
    assert_eq!((no_title.title.as_str(), no_title.published), ("Chỉ có tóm tắt", None));
    let bad = by_id("bad-types").unwrap_or_else(|| panic!("bad-types skipped"));
    assert_eq!((bad.title.as_str(), bad.views, bad.category.clone()), ("Nội dung chính", None, None));
    assert_eq!(by_id("unknown-fields").map(|a| a.title.clone()).as_deref(), Some("T"));
    assert_eq!(page.articles.len(), 3);
    assert_eq!(page.skipped, 4);
}

#[test]
fn articles_are_ordered_newest_first_undated_last() {
    let page = parse(&feed_with_items(
        r#"{"id":"undated","title":"U"},
           {"id":"old","title":"O","date_published":"2023-01-01T08:00:00+07:00"},
           {"id":"new","title":"N","date_published":"2023-03-01T08:00:00+07:00"},
           {"id":"mid","title":"M","date_modified":"2023-02-01T08:00:00+07:00"}"#,
    ));
    let ids: Vec<_> = page.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["new", "mid", "old", "undated"]);
}

#[test]
fn categories_come_from_the_extension_or_the_first_tag() {
    let page = parse(
        r#"{"version":"https://jsonfeed.org/version/1.1","title":"P",
            "_bantin":{"time_zone":"+08:00","categories":[{"id":"giao-duc","name":"Giáo dục"},{"id":"y-te","name":"Y tế"},{"name":"no id"}]},
            "items":[
              {"id":"a","title":"A","_bantin":{"category":"giao-duc","views":1234,"byline":"Tin: An"}},
              {"id":"b","title":"B","tags":["Y tế","Sức khỏe"]},
              {"id":"c","title":"C","tags":["", "Đời sống"]},
              {"id":"d","title":"D","_bantin":{"category":"khac"}}]}"#,
    );
    assert_eq!(page.site.time_zone, UtcOffset::parse("+08:00").unwrap_or(UtcOffset::UTC));
    let ids: Vec<_> = page.site.categories.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["giao-duc", "y-te"]);
    let cat = |i: usize| page.articles[i].category.clone().map(|c| (c.id, c.name));
    assert_eq!(cat(0), Some(("giao-duc".into(), "Giáo dục".into())));
    assert_eq!(cat(1), Some(("y-te".into(), "Y tế".into())), "tag matched the declared name");
    assert_eq!(cat(2), Some(("doi-song".into(), "Đời sống".into())));
    assert_eq!(cat(3), Some(("khac".into(), "khac".into())));
    assert_eq!(page.articles[0].views, Some(1234));
    assert_eq!(page.articles[0].byline.as_deref(), Some("Tin: An"));
}

#[test]
fn a_feed_without_declared_categories_lists_those_its_tags_name() {
    let page = parse(&feed_with_items(
        r#"{"id":"a","title":"A","tags":["Kinh tế"]},{"id":"b","title":"B","tags":["Giáo dục"]},{"id":"c","title":"C","tags":["Kinh tế"]}"#,
    ));
    let names: Vec<_> = page.site.categories.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Kinh tế", "Giáo dục"]);
}

#[test]
fn urls_resolve_against_the_feed_and_unsafe_ones_are_dropped() {
    let page = parse(
        r#"{"version":"https://jsonfeed.org/version/1.1","next_url":"javascript:alert(1)","items":[
            {"id":"a","title":"A","image":"images/a.webp","url":"/tin/a.html"},
            {"id":"b","title":"B","image":"javascript:alert(1)","banner_image":"https://cdn.example.vn/b.png","url":"javascript:x"},
            {"id":"c","title":"C","image":"data:image/svg+xml,<svg onload=alert(1)>"}]}"#,
    );
    assert_eq!(page.next_url, None);
    let a = &page.articles[0];
    assert_eq!(a.image.as_deref(), Some("https://portal.example.vn/data/images/a.webp"));
    assert_eq!(a.permalink.as_deref(), Some("https://portal.example.vn/tin/a.html"));
    assert_eq!(page.articles[1].image.as_deref(), Some("https://cdn.example.vn/b.png"));
    assert_eq!(page.articles[1].permalink, None);
    assert_eq!(page.articles[2].image, None);
}

#[test]
fn not_a_feed_is_an_error_not_an_empty_listing() {
    for body in [r#"{"title":"x"}"#, "[]", r#"{"version":"https://jsonfeed.org/version/1.1"}"#] {
        let result = parse_page(body.as_bytes(), &resolve, None);
        assert!(matches!(result, Err(FeedError::NotJsonFeed(_))), "{body}");
    }
    let result = parse_page(b"<html>500</html>", &resolve, None);
    assert!(matches!(result, Err(FeedError::Json(_))));
}

fn numbered(n: usize, category: impl Fn(usize) -> &'static str) -> String {
    (0..n)
        .map(|i| {
            format!(
                r#"{{"id":"n{i}","title":"T{i}","date_published":"2023-01-01T00:{:02}:00Z","_bantin":{{"category":"{}"}}}}"#,
                59 - i,
                category(i)
            )
        })
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn listings_are_paged_from_their_oldest_article_over_the_whole_feed() {
    let first = parse(&format!(
        r#"{{"version":"https://jsonfeed.org/version/1.1","next_url":"p2.json","items":[{}]}}"#,
        numbered(35, |i| if i % 3 == 0 { "a" } else { "b" })
    ));
    let mut archive = Archive::new(&first);
    assert!(!archive.complete);
    let second = parse(&format!(
        r#"{{"version":"https://jsonfeed.org/version/1.1","items":[{{"id":"n14","title":"dup"}},{}]}}"#,
        r#"{"id":"last","title":"L"}"#
    ));
    archive.push(&second);
    assert!(archive.complete);
    assert_eq!(archive.articles.len(), 36, "n14 seen on page 1 is not repeated");
    // 36 in blocks of 10, from the oldest: 10, 10, 10 and the newest 6.
    // The newest page holds the newest 10; block 3 what is left of its 10,
    // then blocks 2 and 1 whole.
    let ids = |page: &ListingPage| page.articles.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
    let numbered = |range: std::ops::Range<usize>| range.map(|i| format!("n{i}")).collect::<Vec<_>>();
    let newest = archive.listing(Filter::All, Page::Newest).unwrap_or_else(|| panic!("the newest page"));
    assert_eq!((newest.older, newest.newer), (Some(Page::Block(3)), None));
    assert_eq!(ids(&newest), numbered(0..10));
    let third = archive.listing(Filter::All, Page::Block(3)).unwrap_or_else(|| panic!("block 3"));
    assert_eq!((third.older, third.newer), (Some(Page::Block(2)), Some(Page::Newest)));
    assert_eq!(ids(&third), numbered(10..16));
    let second = archive.listing(Filter::All, Page::Block(2)).unwrap_or_else(|| panic!("block 2"));
    assert_eq!((second.older, second.newer), (Some(Page::Block(1)), Some(Page::Block(3))));
    assert_eq!(ids(&second), numbered(16..26));
    let oldest = archive.listing(Filter::All, Page::Block(1)).unwrap_or_else(|| panic!("block 1"));
    assert_eq!((oldest.older, oldest.newer), (None, Some(Page::Block(2))));
    assert_eq!(ids(&oldest).last().map(String::as_str), Some("last"));
    assert_eq!(archive.listing(Filter::All, Page::Block(4)), None, "the newest block is the newest page");
    assert_eq!(archive.listing(Filter::All, Page::Block(0)), None);
    let a = archive.listing(Filter::Category("a"), Page::Newest).unwrap_or_else(|| panic!("category a"));
    assert_eq!((a.articles.len(), a.older), (10, Some(Page::Block(1))));
    let empty = archive.listing(Filter::Category("none"), Page::Newest).map(|l| l.articles.len());
    assert_eq!(empty, Some(0));
    assert!(archive.listing(Filter::All, Page::Block(usize::MAX)).is_none());
}

#[test]
fn the_latest_articles_of_a_category_may_span_documents() {
    let first = parse(&format!(
        r#"{{"version":"https://jsonfeed.org/version/1.1","next_url":"p2.json","items":[{}]}}"#,
        numbered(6, |i| if i < 2 { "a" } else { "b" })
    ));
    let mut archive = Archive::new(&first);
    assert!(archive.has_latest(Filter::All, 6));
    assert!(!archive.has_latest(Filter::Category("a"), 3), "needs the next document");
    assert_eq!(archive.latest(Filter::Category("a"), 3).len(), 2);
    archive.push(&parse(&feed_with_items(r#"{"id":"x","title":"X","_bantin":{"category":"a"}}"#)));
    assert!(archive.has_latest(Filter::Category("a"), 3));
    let ids: Vec<_> = archive.latest(Filter::Category("a"), 3).iter().map(|a| a.id.clone()).collect();
    assert_eq!(ids, ["n0", "n1", "x"]);
}

#[test]
fn related_articles_are_those_of_its_category_published_just_before_it() {
    let page = parse(&feed_with_items(&numbered(14, |i| if i % 2 == 0 { "a" } else { "b" })));
    let archive = Archive::new(&page);
    let related = |id: &str| {
        let article = archive.find(id).cloned().unwrap_or_else(|| panic!("{id}"));
        archive.related(&article).iter().map(|a| a.id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(related("n0"), ["n2", "n4", "n6", "n8", "n10"]);
    assert_eq!(related("n0").len(), RELATED_COUNT);
    // A newer article never changes an older one's list.
    assert_eq!(related("n6"), ["n8", "n10", "n12"]);
    assert!(related("n12").is_empty(), "the category's oldest");
    // All at once, as the tool picks them, the same.
    let positions =
        related_positions(archive.articles.iter().map(|a| a.category.as_ref().map(|c| c.id.as_str())));
    for (article, positions) in archive.articles.iter().zip(positions) {
        let ids: Vec<_> = positions.iter().map(|&j| archive.articles[j].id.clone()).collect();
        assert_eq!(ids, related(&article.id), "{}", article.id);
    }
}

#[test]
fn the_spoken_text_is_title_lead_and_body_as_sentences() {
    let page = parse(&feed_with_items(
        r#"{"id":"a","title":"Quận ủy tổng kết","summary":"Sáng 29/3, hội nghị diễn ra.","content_html":"<p>Đoạn một</p><figure><img src=x alt=\"ảnh\"><figcaption>Chú thích</figcaption></figure><p>Đoạn hai!</p>"},
           {"id":"b","title":"Chỉ tiêu đề"}"#,
    ));
    let spoken = |id: &str| page.articles.iter().find(|a| a.id == id).map(|a| a.spoken_text());
    assert_eq!(
        spoken("a").as_deref(),
        Some("Quận ủy tổng kết. Sáng 29/3, hội nghị diễn ra. Đoạn một Chú thích Đoạn hai!")
    );
    assert_eq!(spoken("b").as_deref(), Some("Chỉ tiêu đề."));
}

#[test]
fn each_view_s_data_is_cut_from_the_archive() {
    let page = parse(&format!(
        r#"{{"version":"https://jsonfeed.org/version/1.1","title":"Cổng","_bantin":{{"categories":[{{"id":"a","name":"Giáo dục"}}]}},"items":[{}]}}"#,
        numbered(12, |i| if i % 2 == 0 { "a" } else { "b" })
    ));
    let archive = Archive::new(&page);
    let category = |id: &str| ListingKey::Category(id.to_owned());
    let listing = archive.listing_data(&category("a"), Page::Newest).unwrap_or_else(|| panic!("category a"));
    assert_eq!(listing.scope.category().map(|c| c.name.as_str()), Some("Giáo dục"));
    assert_eq!(listing.page.articles.len(), 6);
    // A category no declaration names, but an article uses, is still known.
    let b = archive
        .listing_data(&category("b"), Page::Newest)
        .and_then(|l| l.scope.category().map(|c| c.id.clone()));
    assert_eq!(b.as_deref(), Some("b"));
    assert!(archive.listing_data(&category("khong-co"), Page::Newest).is_none(), "an unknown category");
    assert_eq!(
        archive.listing_data(&ListingKey::Home, Page::Block(1)).map(|l| l.page.articles.len()),
        Some(2)
    );
    assert!(archive.listing_data(&ListingKey::Home, Page::Block(2)).is_none(), "a page past the end");
    assert_eq!(archive.listing_data(&ListingKey::Home, Page::Newest).map(|l| l.scope), Some(Scope::Home));

    let latest = archive.latest_data(Some("b"), 2).unwrap_or_else(|| panic!("latest of b"));
    let ids: Vec<_> = latest.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["n1", "n3"]);
    assert!(archive.latest_data(Some("khong-co"), 2).is_none());

    let data = archive.article_data("n4").unwrap_or_else(|| panic!("n4"));
    assert_eq!((data.article.id.as_str(), data.related.len(), data.site.title.as_str()), ("n4", 3, "Cổng"));
    assert!(archive.article_data("khong-co").is_none());
}

#[test]
fn a_plain_feed_is_searched_in_title_lead_category_and_body() {
    let page = parse(&feed_with_items(
        r#"{"id":"1","title":"Hội nghị giáo dục","date_published":"2023-03-01T00:00:00Z"},
           {"id":"2","title":"Tin khác","summary":"Về giáo dục","date_published":"2023-03-02T00:00:00Z"},
           {"id":"3","title":"Không liên quan","date_published":"2023-03-03T00:00:00Z"},
           {"id":"4","title":"Tin thứ tư","tags":["Giáo dục – Đào tạo"],"date_published":"2023-03-04T00:00:00Z"},
           {"id":"5","title":"Tin thứ năm","content_html":"<p>Mở đầu.</p><p>Ngành giáo dục quận có nhiều đổi mới, giáo dục là quốc sách.</p>","date_published":"2023-03-05T00:00:00Z"},
           {"id":"6","title":"Tin thứ sáu","content_text":"Chỉ nhắc giáo dục một lần giữa một bài viết rất dài về nhiều việc khác nhau của phường.","date_published":"2023-03-06T00:00:00Z"}"#,
    ));
    let archive = Archive::new(&page);
    let ids = |query: &SearchQuery| {
        let (total, hits) = archive.search(query);
        (total, hits.iter().map(|h| h.id.clone()).collect::<Vec<_>>())
    };
    let newest = SearchQuery { order: Order::Newest, ..SearchQuery::new("giao duc") };
    assert_eq!(ids(&newest), (5, vec!["6".into(), "5".into(), "4".into(), "2".into(), "1".into()]));
    // By relevance: head matches first (newest first among them), then the
    // body that says it twice, then the long body that says it once.
    let relevance = SearchQuery::new("giáo dục");
    assert_eq!(ids(&relevance), (5, vec!["4".into(), "2".into(), "1".into(), "5".into(), "6".into()]));
    // A word only a body holds.
    assert_eq!(ids(&SearchQuery::new("quoc sach")), (1, vec!["5".into()]));
    // Body words match whole: "quoc sa" is not yet a body word.
    assert_eq!(ids(&SearchQuery::new("quoc sa")).0, 0);
    let (_, hits) = archive.search(&SearchQuery::new("quoc sach"));
    assert_eq!(
        hits[0].snippet.as_deref(),
        Some("Mở đầu. Ngành giáo dục quận có nhiều đổi mới, giáo dục là quốc sách.")
    );
    let march = |from: &str, to: &str| SearchQuery {
        order: Order::Newest,
        from: crate::date::Day::parse(from),
        to: crate::date::Day::parse(to),
        ..SearchQuery::new("giao duc")
    };
    assert_eq!(ids(&march("2023-03-02", "2023-03-04")).1, ["4", "2"]);
    let in_category =
        SearchQuery { category: Some("giao-duc-dao-tao".into()), ..SearchQuery::new("giao duc") };
    assert_eq!(ids(&in_category).1, ["4"]);
    let (total, hits) = archive.search(&SearchQuery { page: 2, ..relevance });
    assert_eq!((total, hits.len()), (5, 0), "one page holds them all");
}

#[test]
fn attachments_keep_what_a_reader_can_download_and_play() {
    let page = parse(&feed_with_items(
        r#"{"id":"1","title":"Bản tin","attachments":[
            {"url":"http://cdn.example.org/ban-tin.m4a","mime_type":"audio/x-m4a; codecs=mp4a","size_in_bytes":75344101,"duration_in_seconds":3600},
            {"url":"files/Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh.pdf","title":"Toàn văn &amp; phụ lục"},
            {"url":"javascript:alert(1)","mime_type":"application/pdf"},
            {"url":"data:application/pdf;base64,JVBE"},
            {"mime_type":"application/pdf"},
            "not an object"
        ]}"#,
    ));
    let files = &page.articles[0].attachments;
    assert_eq!(files.len(), 2, "{files:?}");
    let audio = &files[0];
    assert_eq!(audio.mime_type.as_deref(), Some("audio/x-m4a"));
    assert_eq!((audio.size, audio.duration), (Some(75_344_101), Some(3600)));
    assert_eq!(audio.player.as_deref(), Some("https://cdn.example.org/ban-tin.m4a"), "played over https");
    assert_eq!(audio.url, "http://cdn.example.org/ban-tin.m4a", "downloaded as given");
    let pdf = &files[1];
    assert_eq!(pdf.url, "https://portal.example.vn/data/files/Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh.pdf");
    assert_eq!(pdf.name(), "Toàn văn & phụ lục");
    assert_eq!(pdf.type_label().as_deref(), Some("PDF"));
    assert_eq!(pdf.player, None);
}

#[test]
fn a_legal_document_needs_its_number_and_keeps_valid_dates() {
    let page = parse(&feed_with_items(
        r#"{"id":"1","title":"Quyết định","_bantin":{"document":{"number":" 15/2024/QĐ-UBND ","kind":"Quyết định","issuer":"UBND quận Bình Giang","issued":"2024-03-15","effective":"2024-02-30","abstract":"Ban hành quy chế"}}},
           {"id":"2","title":"Không số","_bantin":{"document":{"kind":"Công văn"}}},
           {"id":"3","title":"Sai kiểu","_bantin":{"document":"15/2024"}}"#,
    ));
    let doc =
        page.articles.iter().find(|a| a.id == "1").and_then(|a| a.document.clone()).expect("a document");
    assert_eq!(doc.number, "15/2024/QĐ-UBND");
    assert_eq!(doc.issued.map(crate::date::Day::iso).as_deref(), Some("2024-03-15"));
    assert_eq!(doc.effective, None, "30 February is no day");
    assert_eq!(doc.summary.as_deref(), Some("Ban hành quy chế"));
    for id in ["2", "3"] {
        assert!(page.articles.iter().find(|a| a.id == id).is_some_and(|a| a.document.is_none()), "{id}");
    }
}

#[test]
fn the_agency_block_keeps_only_what_shows_and_links_as_it_should() {
    let feed = r#"{"version":"https://jsonfeed.org/version/1.1","title":"Cổng","items":[],
        "_bantin":{"site":{"agency":" Ủy ban nhân dân quận &amp; Bình Giang ","address":"12 Lê Lợi",
        "phone":"(0275) 3 822.195","email":"vanphong@binhgiang.example.vn","editor":"Nguyễn Văn A",
        "license":"Giấy phép số 12/GP-TTĐT","parent":{"name":"Cổng tỉnh","url":"https://tinh.example.vn/"},
        "links":[{"name":"Chính phủ","url":"https://chinhphu.example.vn"},{"name":"Xấu","url":"javascript:alert(1)"},
        {"name":"","url":"https://a.example.vn"},{"name":"Tương đối","url":"/lien-ket"},7]}}}"#;
    let agency = parse(feed).site.agency;
    assert_eq!(agency.name.as_deref(), Some("Ủy ban nhân dân quận & Bình Giang"));
    assert_eq!(agency.phone, Some(("(0275) 3 822.195".to_owned(), "tel:02753822195".to_owned())));
    assert_eq!(agency.email.as_deref(), Some("vanphong@binhgiang.example.vn"));
    assert_eq!(
        agency.parent,
        Some(SiteLink { name: "Cổng tỉnh".into(), url: "https://tinh.example.vn/".into() })
    );
    let links: Vec<_> = agency.links.iter().map(|l| (l.name.as_str(), l.url.as_str())).collect();
    assert_eq!(
        links,
        [("Chính phủ", "https://chinhphu.example.vn"), ("Tương đối", "https://portal.example.vn/lien-ket")]
    );

    // Contacts that would not make a working link are left out.
    let odd = r#"{"version":"https://jsonfeed.org/version/1.1","title":"Cổng","items":[],
        "_bantin":{"site":{"phone":"gọi tổng đài","email":"a@b","parent":{"name":"X","url":"ftp://x.example.vn"}}}}"#;
    assert!(parse(odd).site.agency.is_empty());
    let plus = r#"{"version":"https://jsonfeed.org/version/1.1","title":"Cổng","items":[],
        "_bantin":{"site":{"phone":"+84 275 3822195"}}}"#;
    assert_eq!(parse(plus).site.agency.phone.map(|p| p.1).as_deref(), Some("tel:+842753822195"));
    assert!(parse(&feed_with_items("")).site.agency.is_empty());
}

#[test]
fn the_home_page_leads_with_its_featured_stories_and_lists_the_rest() {
    let items: Vec<String> = (0..25)
        .map(|n| {
            let featured = match n {
                3 => r#","featured":true"#,
                7 => r#","featured":1"#,
                8 => r#","featured":false"#,
                9 => r#","featured":"yes""#,
                _ => "",
            };
            format!(
                r#"{{"id":"a{n}","title":"Bài {n}","content_text":"x","date_published":"2024-06-{:02}T08:00:00+07:00","_bantin":{{"views":{n}{featured}}}}}"#,
                30 - n
            )
        })
        .collect();
    let archive = Archive::new(&parse(&feed_with_items(&items.join(","))));
    let ids =
        |articles: &[std::sync::Arc<Article>]| articles.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
    let first = archive.listing_data(&ListingKey::Home, Page::Newest).unwrap();
    let front = first.front.expect("the first page has the blocks");
    assert_eq!(ids(&front.featured), ["a7", "a3"]);
    assert_eq!(ids(&front.most_read), ["a24", "a23", "a22", "a21", "a20"]);
    // 23 latest news without the two featured: the newest page shows 10,
    // block 2 the 3 left of its 10, block 1 the oldest 10.
    let page = |n| archive.listing_data(&ListingKey::Home, Page::Block(n)).unwrap();
    let (second, oldest) = (page(2), page(1));
    let listed: Vec<_> =
        [ids(&first.page.articles), ids(&second.page.articles), ids(&oldest.page.articles)].concat();
    assert_eq!((first.page.articles.len(), second.page.articles.len(), listed.len()), (10, 3, 23));
    assert!(!listed.contains(&"a3".to_owned()) && !listed.contains(&"a7".to_owned()));
    assert_eq!(listed[..4], ["a0", "a1", "a2", "a4"]);
    assert!(oldest.front.is_none() && oldest.page.older.is_none());
    assert_eq!(ids(&oldest.page.articles)[7..], ["a22", "a23", "a24"]);
    assert!(archive.listing_data(&ListingKey::Home, Page::Block(3)).is_none());
    // An article shows the most read too.
    assert_eq!(ids(&archive.article_data("a0").unwrap().most_read), ids(&front.most_read));
}

#[test]
fn a_topic_lists_the_articles_of_every_spelling_of_its_tag() {
    let items = [
        r#"{"id":"t1","title":"Một","content_text":"x","date_published":"2023-03-29T08:00:00+07:00","tags":["Tuyển sinh","Lớp 1"]}"#,
        r#"{"id":"t2","title":"Hai","content_text":"x","date_published":"2023-03-28T08:00:00+07:00","tags":["tuyển  SINH"]}"#,
        r#"{"id":"t3","title":"Ba","content_text":"x","date_published":"2023-03-27T08:00:00+07:00","tags":["Lớp 6"]}"#,
    ];
    let archive = Archive::new(&parse(&feed_with_items(&items.join(","))));
    let key = ListingKey::Topic("tuyen-sinh".into());
    let listing = archive.listing_data(&key, Page::Newest).unwrap_or_else(|| panic!("the topic"));
    assert_eq!(listing.scope, Scope::Topic { key: "tuyen-sinh".into(), name: "Tuyển sinh".into() });
    assert_eq!(listing.scope.href(Page::Block(2)), "/chu-de/tuyen-sinh/trang/2");
    let ids: Vec<_> = listing.page.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["t1", "t2"]);
    assert!(
        archive.listing_data(&ListingKey::Topic("khong-co".into()), Page::Newest).is_none(),
        "no such topic"
    );
    let topics: Vec<_> = archive.articles[0].topics().into_iter().map(|(key, _)| key).collect();
    assert_eq!(topics, ["tuyen-sinh", "lop-1"]);
}

#[test]
fn a_day_is_the_portal_s_day_and_links_the_days_around_it_that_have_articles() {
    // 18:30 UTC on the 20th is 01:30 on the 21st in Vietnam; 16:59 UTC on
    // the 23rd is still the 23rd there.
    let items = [
        r#"{"id":"d25","title":"A","content_text":"x","date_published":"2023-03-25T09:00:00+07:00"}"#,
        r#"{"id":"d23","title":"B","content_text":"x","date_published":"2023-03-23T16:59:00Z"}"#,
        r#"{"id":"d21","title":"C","content_text":"x","date_published":"2023-03-20T18:30:00Z"}"#,
        r#"{"id":"d20","title":"D","content_text":"x","date_published":"2023-03-20T08:00:00+07:00"}"#,
    ];
    let archive = Archive::new(&parse(&feed_with_items(&items.join(","))));
    let day = |s: &str| Day::parse(s).unwrap_or_else(|| panic!("{s}"));
    let listing_of = |d: Option<Day>| {
        archive.listing_data(&ListingKey::Day(d), Page::Newest).unwrap_or_else(|| panic!("day"))
    };
    let ids = |l: &Listing| l.page.articles.iter().map(|a| a.id.clone()).collect::<Vec<_>>();

    let the_21st = listing_of(Some(day("2023-03-21")));
    assert_eq!(ids(&the_21st), ["d21"]);
    let around = Neighbours { previous: Some(day("2023-03-20")), next: Some(day("2023-03-23")) };
    assert_eq!(the_21st.scope, Scope::Day(day("2023-03-21"), around));
    assert_eq!(ids(&listing_of(Some(day("2023-03-20")))), ["d20"]);
    assert_eq!(ids(&listing_of(Some(day("2023-03-23")))), ["d23"]);
    // A day without articles is a page that leads to the days around it.
    let empty = listing_of(Some(day("2023-03-24")));
    assert!(empty.page.articles.is_empty());
    let around = Neighbours { previous: Some(day("2023-03-23")), next: Some(day("2023-03-25")) };
    assert_eq!(empty.scope, Scope::Day(day("2023-03-24"), around));
    // No day: the newest.
    let newest = listing_of(None);
    assert_eq!(ids(&newest), ["d25"]);
    assert_eq!(
        newest.scope,
        Scope::Day(day("2023-03-25"), Neighbours { previous: Some(day("2023-03-23")), next: None })
    );
    assert!(
        archive.listing_data(&ListingKey::Day(Some(day("2023-03-21"))), Page::Block(1)).is_none(),
        "past the end"
    );
}

/// Times `parse_page`'s two halves on a listing feed as `make bench` builds
/// one (a generated feed's items without bodies, until 4 MB), natively:
///
/// ```sh
/// cargo run --release -p bantin-tool -- generate --articles 10000 --seed 1 --out /tmp/gen.json
/// BANTIN_BENCH_GEN=/tmp/gen.json cargo test --release -p bantin-core listing_parse_timing -- --ignored --nocapture
/// ```
///
/// `BANTIN_BENCH_DUMP=FILE` also writes the model it built, to show that a
/// change to the conversion changed nothing but its speed.
#[test]
#[ignore = "a timing harness, run by hand"]
#[cfg(not(target_arch = "wasm32"))]
fn listing_parse_timing() {
    use std::time::Instant;
    let Ok(path) = std::env::var("BANTIN_BENCH_GEN") else {
        eprintln!("SKIPPED: BANTIN_BENCH_GEN names no generated feed");
        return;
    };
    let mut big: serde_json::Value =
        serde_json::from_slice(&read(Path::new(&path))).unwrap_or_else(|e| panic!("{path}: {e}"));
    let items = big.get_mut("items").and_then(|i| i.as_array_mut()).map(std::mem::take).unwrap_or_default();
    let mut size = big.to_string().len();
    let mut kept = Vec::new();
    for mut item in items {
        if let Some(item) = item.as_object_mut() {
            item.remove("content_html");
            item.remove("content_text");
        }
        let bytes = item.to_string().len() + 1;
        if size + bytes > 4 * 1024 * 1024 {
            break;
        }
        size += bytes;
        kept.push(item);
    }
    big["items"] = serde_json::Value::Array(kept);
    let bytes = big.to_string().into_bytes();
    let base = "https://cdn.example.vn/data/feed.json";
    let plain = crate::urls::PlainBase::new(base);
    let resolve = |r: &str| plain.and_then(|p| p.resolve(r)).or_else(|| crate::urls::resolve(base, r));
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    // Fewer under valgrind: `BANTIN_BENCH_ROUNDS=1`.
    let rounds = std::env::var("BANTIN_BENCH_ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(23);
    let warm_up = if rounds > 3 { 3 } else { 0 };
    let (mut decode, mut model) = (Vec::new(), Vec::new());
    let mut articles = 0;
    for round in 0..rounds {
        let start = Instant::now();
        let wire = crate::wire::parse_document(&bytes).unwrap_or_else(|e| panic!("{e}"));
        let decoded = Instant::now();
        let page = convert(wire, &resolve, None);
        let converted = Instant::now();
        articles = page.articles.len();
        if round >= warm_up {
            decode.push((decoded - start).as_secs_f64() * 1e3);
            model.push((converted - decoded).as_secs_f64() * 1e3);
        }
        if round == 0
            && let Ok(out) = std::env::var("BANTIN_BENCH_DUMP")
        {
            std::fs::write(out, format!("{page:#?}")).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    let timed = model.len();
    eprintln!(
        "{} bytes, {articles} articles: parse_document {:.2} ms, convert {:.2} ms (medians of {timed})",
        bytes.len(),
        median(decode),
        median(model),
    );
}
