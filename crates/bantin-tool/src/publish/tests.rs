//! Publishing end to end, into a temporary folder: the sample feed's pages,
//! head tags, sitemaps, RSS (read back by a feed parser) and robots.txt;
//! hostile bodies; publishing again.

use super::*;
use bantin_core::feed::{Archive, parse_page};
use bantin_core::urls;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const SITE: &str = "https://binhgiang.example.vn";

/// The shape of the built app's page (`scripts/csp.mjs` has run).
const APP: &str = r#"<!DOCTYPE html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-x'">
    <title>Bantin</title>
<script type="module">import init from '/bantin-1.js'; await init({ module_or_path: '/bantin-1_bg.wasm' });</script>
    <link rel="stylesheet" href="/base-1.css"/>
  </head>
  <body>
    <noscript><p class="noscript">Trang tin này cần JavaScript để hiển thị bài viết.</p></noscript>
  </body>
</html>
"#;

/// A fresh folder of its own for a test.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bantin-publish-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn sample() -> Archive {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public");
    let mut archive: Option<Archive> = None;
    for name in ["feed.json", "feed-2.json"] {
        let bytes = std::fs::read(root.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let url = format!("{SITE}/{name}");
        let resolve = |r: &str| urls::resolve(&url, r);
        let page =
            parse_page(&bytes, &resolve, archive.as_ref().map(|a| &a.site)).unwrap_or_else(|e| panic!("{e}"));
        match &mut archive {
            Some(a) => a.push(&page),
            None => archive = Some(Archive::new(&page)),
        }
    }
    archive.unwrap_or_else(|| panic!("no sample"))
}

fn options(now: &str) -> Options {
    Options {
        site_url: SITE.to_owned(),
        page_size: bantin_core::feed::PAGE_SIZE,
        json_feed: Some(format!("{SITE}/feed.json")),
        sitemap_size: crate::publish::URLS_PER_FILE,
        now: Timestamp::parse(now, bantin_core::date::UtcOffset::VIETNAM).unwrap_or_else(|| panic!("{now}")),
    }
}

fn publish_into(dir: &Path, archive: &Archive, now: &str) -> (Summary, Output) {
    let shell = Shell::new(APP).unwrap_or_else(|e| panic!("{e}"));
    let mut out = Output::new(dir);
    let summary = publish(&archive.site, &archive.articles, &shell, &options(now), &mut out)
        .unwrap_or_else(|e| panic!("{e}"));
    (summary, out)
}

fn read(dir: &Path, path: &str) -> String {
    std::fs::read_to_string(dir.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut all = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            all.extend(files(&path));
        } else {
            all.push(path);
        }
    }
    all
}

#[test]
fn every_article_has_its_whole_page_and_every_listing_page_is_written() {
    let dir = folder("sample");
    let archive = sample();
    let (summary, _) = publish_into(&dir, &archive, "2023-04-01T08:00:00+07:00");
    assert_eq!((summary.articles, summary.skipped), (archive.articles.len(), 0));
    let seed = archive.find("bg-2023-0331-nq29").unwrap_or_else(|| panic!("the seed"));
    let page = read(&dir, &page_file(&routes::article(&seed.id, &seed.title)).unwrap_or_default());
    for expected in [
        "<h1 class=\"article__title\">Quận ủy Bình Giang tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW</h1>",
        "Cập nhật lúc 12:41 ngày 31/03/2023",
        "<figcaption>",
        "Tin, ảnh: Mỹ Linh",
        "Bài viết liên quan",
        "https://button-share.zalo.me/share_external?d=",
        r#"id="doan-1""#,
    ] {
        assert!(page.contains(expected), "{expected:?} missing");
    }
    assert!(!page.contains("noscript"), "the content is there without JavaScript");
    assert!(page.contains(r#"src="/images/hoi-nghi-nq29.svg""#), "the site's own pictures from its root");
    // The body is in the page to its last words.
    let Body::Html(body) = &seed.body else { panic!("the seed's body is HTML") };
    let text = bantin_core::text::html_to_text(body);
    let last_words: String = text
        .split_whitespace()
        .rev()
        .take(8)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join(" ");
    let page_text = bantin_core::text::html_to_text(&page);
    assert!(last_words.len() > 20 && page_text.contains(&last_words), "the last words ({last_words:?})");
    let short = read(&dir, &page_file(&routes::article(&seed.id, "")).unwrap_or_default());
    assert!(short.contains(&format!(r#"url={}""#, routes::article(&seed.id, &seed.title))));

    let home = read(&dir, "index.html");
    assert!(home.contains(&routes::article(&archive.articles[0].id, &archive.articles[0].title)));
    // The home listing (without its featured stories) is paged from its
    // oldest article: the newest page links the newest of the older blocks.
    let featured = Front::of(&archive.articles, &archive.site.categories).featured.len();
    let older =
        bantin_core::feed::Paging::new(archive.articles.len() - featured, bantin_core::feed::PAGE_SIZE)
            .older_pages();
    assert!(older >= 2, "the sample has older pages");
    assert!(home.contains(&format!(r#"href="/trang/{older}" rel="next""#)), "the older page is a plain link");
    for number in 1..=older {
        assert!(dir.join(format!("trang/{number}/index.html")).is_file(), "{number}");
    }
    assert!(
        !dir.join(format!("trang/{}/index.html", older + 1)).exists(),
        "the newest block is the home page's"
    );
    let oldest = read(&dir, "trang/1/index.html");
    assert!(oldest.contains(r#"href="/trang/2" rel="prev""#) && !oldest.contains(r#"rel="next""#));
    for category in &archive.site.categories {
        assert!(dir.join(format!("chuyen-muc/{}/index.html", category.id)).is_file(), "{}", category.id);
        assert!(dir.join(format!("chuyen-muc/{}/rss.xml", category.id)).is_file(), "{}", category.id);
    }
    let not_found = read(&dir, "404.html");
    assert!(
        not_found.contains(r#"<meta name="robots" content="noindex">"#)
            && not_found.contains("Không tìm thấy trang")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_structured_data_says_what_search_engines_read() {
    let dir = folder("jsonld");
    let archive = sample();
    publish_into(&dir, &archive, "2023-04-01T08:00:00+07:00");
    let seed = archive.find("bg-2023-0331-nq29").unwrap_or_else(|| panic!("the seed"));
    let page = read(&dir, &page_file(&routes::article(&seed.id, &seed.title)).unwrap_or_default());
    let start = page.find(r#"<script type="application/ld+json">"#).map(|i| i + 35).unwrap_or_default();
    let end = page[start..].find("</script>").map_or(start, |e| start + e);
    let data: serde_json::Value = serde_json::from_str(&page[start..end]).unwrap_or_else(|e| panic!("{e}"));
    let article = &data[0];
    assert_eq!(article["@type"], "NewsArticle");
    assert_eq!(article["headline"], seed.title.as_str());
    assert_eq!(article["datePublished"], "2023-03-29T15:20:00+07:00");
    assert_eq!(article["dateModified"], "2023-03-31T12:41:00+07:00");
    assert_eq!(article["image"][0], format!("{SITE}/images/hoi-nghi-nq29.svg"));
    assert_eq!(article["publisher"]["name"], archive.site.title.as_str());
    assert!(article["publisher"]["logo"]["url"].as_str().is_some_and(|u| u.starts_with(SITE)));
    assert!(article["author"][0]["name"].as_str().is_some());
    let url = format!("{SITE}{}", routes::article(&seed.id, &seed.title));
    assert_eq!(article["mainEntityOfPage"]["@id"], url.as_str());
    let crumbs = data[1]["itemListElement"].as_array().cloned().unwrap_or_default();
    assert_eq!(data[1]["@type"], "BreadcrumbList");
    assert_eq!(crumbs.len(), 3);
    assert_eq!(crumbs[2]["item"], url.as_str());
    assert!(page.contains(r#"<meta property="og:image:width" content="#) || !dir.join("images").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn sitemaps_list_every_article_topic_and_day_once_and_rss_reads_back() {
    let dir = folder("maps");
    let archive = sample();
    let (summary, _) = publish_into(&dir, &archive, "2023-03-31T08:00:00+07:00");
    let sitemap = read(&dir, "sitemap.xml");
    let doc = roxmltree::Document::parse(&sitemap).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        doc.root_element().tag_name().namespace(),
        Some("http://www.sitemaps.org/schemas/sitemap/0.9")
    );
    let locs: Vec<&str> =
        doc.descendants().filter(|n| n.has_tag_name("loc")).filter_map(|n| n.text()).collect();
    assert_eq!(locs.len(), summary.sitemap_urls);
    let unique: BTreeSet<&str> = locs.iter().copied().collect();
    assert_eq!(unique.len(), locs.len(), "every address once");
    for article in &archive.articles {
        assert!(unique.contains(format!("{SITE}{}", routes::article(&article.id, &article.title)).as_str()));
        for (key, _) in article.topics() {
            assert!(
                unique.contains(format!("{SITE}{}", routes::topic(&key, Page::Newest)).as_str()),
                "topic {key}"
            );
        }
        if let Some(day) = article.day(archive.site.time_zone) {
            assert!(
                unique.contains(format!("{SITE}{}", routes::day(day, Page::Newest)).as_str()),
                "day {day:?}"
            );
        }
    }
    // A day's page changed last when the newest change of its articles was made.
    let day = archive
        .articles
        .iter()
        .find_map(|a| a.day(archive.site.time_zone))
        .map(|d| routes::day(d, Page::Newest));
    let entry = day.and_then(|day| {
        doc.descendants().filter(|n| n.has_tag_name("url")).find(|n| {
            n.descendants().any(|c| c.has_tag_name("loc") && c.text() == Some(&format!("{SITE}{day}")))
        })
    });
    assert!(
        entry.is_some_and(|e| e.descendants().any(|c| c.has_tag_name("lastmod"))),
        "a day's address has its last change"
    );
    let news = read(&dir, "sitemap-news.xml");
    let news_doc = roxmltree::Document::parse(&news).unwrap_or_else(|e| panic!("{e}"));
    let titles = news_doc.descendants().filter(|n| n.tag_name().name() == "title").count();
    assert!(titles > 0 && titles == summary.news, "the last two days' articles: {titles}");
    assert!(read(&dir, "robots.txt").contains(&format!("Sitemap: {SITE}/sitemap.xml")));

    let rss = std::fs::read(dir.join("rss.xml")).unwrap_or_default();
    let feed = feed_rs::parser::parse(&rss[..]).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(feed.entries.len(), archive.articles.len().min(super::rss::ITEMS));
    let first = &feed.entries[0];
    assert_eq!(first.title.as_ref().map(|t| t.content.as_str()), Some(archive.articles[0].title.as_str()));
    assert!(first.published.is_some() && first.summary.is_some());
    let category = &archive.site.categories[0];
    let category_rss =
        std::fs::read(dir.join(format!("chuyen-muc/{}/rss.xml", category.id))).unwrap_or_default();
    let category_feed = feed_rs::parser::parse(&category_rss[..]).unwrap_or_else(|e| panic!("{e}"));
    let expected = archive.articles.iter().filter(|a| a.in_category(&category.id)).count();
    assert_eq!(category_feed.entries.len(), expected);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn publishing_again_writes_only_what_changed() {
    let dir = folder("again");
    let archive = sample();
    let (_, first) = publish_into(&dir, &archive, "2023-04-01T08:00:00+07:00");
    let (_, again) = publish_into(&dir, &archive, "2023-04-01T08:00:00+07:00");
    assert!(first.written > 50);
    assert_eq!(again.written, 0, "nothing changed, nothing written");
    assert_eq!(again.unchanged, first.written);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_article_taken_out_of_the_feed_loses_its_page() {
    let dir = folder("takedown");
    let mut archive = sample();
    publish_into(&dir, &archive, "2023-04-01T08:00:00+07:00");
    let gone = archive.articles.remove(3);
    let page = page_file(&routes::article(&gone.id, &gone.title)).unwrap_or_default();
    assert!(dir.join(&page).is_file());
    let (_, mut again) = publish_into(&dir, &archive, "2023-04-01T08:00:00+07:00");
    again.prune(&FOLDERS).unwrap_or_else(|e| panic!("{e}"));
    assert!(!dir.join(&page).exists(), "its page goes");
    assert!(!dir.join("bai-viet").join(&gone.id).exists(), "and its short address with it");
    assert!(!read(&dir, "sitemap.xml").contains(&gone.id));
    // Its page, its short address, and the last listing page's items moved up.
    assert!(again.removed >= 2, "{} removed", again.removed);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn hostile_bodies_leave_nothing_that_runs_in_any_file() {
    let vectors: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../../../../tests/fixtures/xss-own.json")).unwrap_or_default();
    let items: Vec<serde_json::Value> = vectors
        .iter()
        .enumerate()
        .map(|(i, v)| {
            serde_json::json!({
                "id": format!("x{i}"),
                "title": format!("<img src=x onerror=alert({i})> {}", v["name"].as_str().unwrap_or_default()),
                "summary": "<script>alert(1)</script>",
                "content_html": v["payload"],
                "image": "javascript:alert(1)",
                "date_published": "2023-03-01T08:00:00+07:00",
                "tags": ["\"><svg onload=alert(1)>"],
            })
        })
        .collect();
    let feed = serde_json::json!({ "version": "https://jsonfeed.org/version/1.1", "title": "<b>Cổng</b>", "items": items });
    let bytes = feed.to_string();
    let resolve = |r: &str| urls::resolve(&format!("{SITE}/feed.json"), r);
    let archive =
        Archive::new(&parse_page(bytes.as_bytes(), &resolve, None).unwrap_or_else(|e| panic!("{e}")));
    let dir = folder("hostile");
    publish_into(&dir, &archive, "2023-03-02T08:00:00+07:00");
    let mut checked = 0;
    for file in files(&dir) {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let name = file.display().to_string();
        if name.ends_with(".html") {
            assert_nothing_runs(&text, &name);
        } else if name.ends_with(".xml") {
            assert_only_web_addresses(&text, &name);
        }
        checked += 1;
    }
    assert!(checked > vectors.len());
    let _ = std::fs::remove_dir_all(&dir);
}

/// No element that runs or embeds anything, no `on…` attribute, no script
/// URL, and no script but the shell's loader and the JSON-LD data blocks.
fn assert_nothing_runs(html: &str, name: &str) {
    let doc = scraper::Html::parse_document(html);
    for node in doc.tree.nodes() {
        let Some(element) = node.value().as_element() else { continue };
        let tag = element.name();
        assert!(
            !["svg", "math", "iframe", "object", "embed", "style", "base", "frame", "applet"].contains(&tag),
            "{name}: <{tag}>"
        );
        if tag == "form" {
            let action = element.attr("action").unwrap_or_default();
            assert!(["/tim-kiem", "/ngay"].contains(&action), "{name}: a form but search or the day picker");
        }
        if tag == "script" {
            let kind = element.attr("type").unwrap_or_default();
            assert!(kind == "module" || kind == "application/ld+json", "{name}: a script of type {kind:?}");
        }
        for (attr, value) in element.attrs() {
            assert!(!attr.starts_with("on"), "{name}: <{tag} {attr}>");
            let value = value.trim().to_ascii_lowercase();
            // A srcset holds several URLs, each checked.
            let urls: Vec<&str> = if attr == "srcset" {
                value.split(", ").map(|c| c.split(' ').next().unwrap_or_default()).collect()
            } else {
                vec![value.as_str()]
            };
            for url in urls {
                for scheme in ["javascript:", "vbscript:", "data:text"] {
                    assert!(!url.starts_with(scheme), "{name}: <{tag} {attr}={value:?}>");
                }
            }
        }
    }
}

/// Every address in a sitemap or feed is a web address.
fn assert_only_web_addresses(xml: &str, name: &str) {
    let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{name}: {e}"));
    for node in doc.descendants() {
        // Atom's <link href> is checked by its attribute below.
        if matches!(node.tag_name().name(), "loc" | "link" | "guid") && node.attribute("href").is_none() {
            let address = node.text().unwrap_or_default();
            assert!(address.starts_with("https://") || address.starts_with("http://"), "{name}: {address}");
        }
        if let Some(url) = node.attribute("url").or(node.attribute("href")) {
            assert!(url.starts_with("https://") || url.starts_with("http://"), "{name}: {url}");
        }
    }
}

#[test]
fn pages_go_where_a_server_maps_their_address() {
    assert_eq!(page_file("/").as_deref(), Some("index.html"));
    assert_eq!(page_file("/trang/2").as_deref(), Some("trang/2/index.html"));
    assert_eq!(
        page_file("/chuyen-muc/%C4%90%E1%BB%9Di%20s%E1%BB%91ng").as_deref(),
        Some("chuyen-muc/Đời sống/index.html")
    );
    assert_eq!(page_file("/bai-viet/bg-1/tin").as_deref(), Some("bai-viet/bg-1/tin/index.html"));
    for unsafe_path in
        ["/bai-viet/%2E%2E/x", "/bai-viet/a%2Fb/x", "/bai-viet/a%00/x", "/bai-viet/%FF/x", "/bai-viet/%E"]
    {
        assert_eq!(page_file(unsafe_path), None, "{unsafe_path}");
    }
}

/// Feeds from the wild (`../shared/vectors/wild-feeds/jsonfeed`) as the
/// static pages draw them: every article of every feed that parses has its
/// page, whose heading is its title and which carries its body, and the
/// home page links to the newest.
#[test]
fn every_wild_feed_is_published_as_pages_a_reader_can_read() {
    let wild = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/vectors/wild-feeds/jsonfeed");
    if !wild.is_dir() {
        eprintln!("SKIPPED: {} is missing; the wild feeds were not published", wild.display());
        return;
    }
    let mut names: Vec<_> = std::fs::read_dir(&wild)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    let heading = scraper::Selector::parse("h1").unwrap_or_else(|e| panic!("{e}"));
    let body = scraper::Selector::parse(r#"[data-testid="article-body"]"#).unwrap_or_else(|e| panic!("{e}"));
    let (mut feeds, mut pages, mut without) = (0, 0, 0);
    for name in &names {
        let bytes = std::fs::read(wild.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let url = "https://wild.example/feed.json";
        let Ok(page) = parse_page(&bytes, &|r: &str| urls::resolve(url, r), None) else {
            continue; // The invalid ones: the core's tests check they are refused.
        };
        let archive = Archive::new(&page);
        let dir = folder(&format!("wild-{}", name.trim_end_matches(".json")));
        let (summary, _) = publish_into(&dir, &archive, "2026-01-01T00:00:00+07:00");
        assert_eq!(summary.articles + summary.skipped, archive.articles.len(), "{name}");
        without += summary.skipped;
        for article in &archive.articles {
            let Some(file) = page_file(&routes::article(&article.id, &article.title)) else { continue };
            let html = scraper::Html::parse_document(&read(&dir, &file));
            let shown: String = html.select(&heading).flat_map(|h| h.text()).collect();
            assert_eq!(shown.trim(), article.title.trim(), "{name}: {}", article.id);
            if article.body != Body::Empty {
                let text: String = html.select(&body).flat_map(|b| b.text()).collect();
                assert!(!text.trim().is_empty(), "{name}: {} has no body on its page", article.id);
            }
            pages += 1;
        }
        if let Some(newest) = archive.articles.first() {
            let home = read(&dir, "index.html");
            assert!(
                home.contains(&routes::article(&newest.id, &newest.title)),
                "{name}: home links the newest"
            );
        }
        feeds += 1;
        let _ = std::fs::remove_dir_all(&dir);
    }
    // Ids that are URLs (WordPress, Micro.blog) cannot be a folder's name:
    // those articles are the app's alone.
    println!("wild feeds published: {feeds} feeds, {pages} article pages, {without} articles without one");
    assert_eq!(feeds, 28, "the 28 valid feeds of the folder's 32");
}
