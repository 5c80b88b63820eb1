//! Link previews: a static copy of the built `index.html` per article, with
//! the Open Graph and Twitter tags that chat apps and social networks read
//! (they fetch a shared URL without running JavaScript, so the app itself
//! shows them nothing).
//!
//! A page is the app's own `index.html` with tags added to its `<head>`, its
//! `<title>` replaced and the article's first screen at the start of its
//! `<body>`, rendered by the app's own components
//! ([`bantin::render::article_first_screen`]), so a browser that opens it
//! shows the article at once and then gets the whole app. Inline scripts are
//! copied byte for byte: their hashes are in the Content Security Policy.
//! Pure, so tested natively; the `bantin-tool previews` command does the
//! file I/O.

use bantin_core::feed::{Article, ArticleData, Site};
use bantin_core::i18n::Lang;
use bantin_core::routes;
use bantin_core::text::{collapse_whitespace, escape_html};
use std::sync::Arc;
use thiserror::Error;

/// The locale every preview declares (`og:locale`).
pub const LOCALE: &str = "vi_VN";

/// Why a preview cannot be built from an `index.html`.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PreviewError {
    /// Neither a Content-Security-Policy `<meta>` nor a `<meta charset>` to put the tags after.
    #[error("index.html has no <meta charset> (nor a Content-Security-Policy <meta>) to put the tags after")]
    NoHeadAnchor,
    /// No `<body>` to put the first view into.
    #[error("index.html has no <body>")]
    NoBody,
}

/// Where an article's preview pages go, relative to the site's root: at its
/// URL (`bai-viet/<id>/<slug>/index.html`) and at its URL without the slug
/// (`bai-viet/<id>/index.html`). `None` when the id is not safe as a single
/// directory name: servers decode a path before mapping it to a file, so only
/// ids made of RFC 3986's unreserved characters (and not `.` or `..`) qualify.
pub fn page_paths(article: &Article) -> Option<Vec<String>> {
    let id = article.id.as_str();
    let safe = !id.is_empty()
        && id != "."
        && id != ".."
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'));
    if !safe {
        return None;
    }
    let mut paths = vec![format!("{}/index.html", routes::article(id, "").trim_start_matches('/'))];
    let with_slug = format!("{}/index.html", routes::article(id, &article.title).trim_start_matches('/'));
    if with_slug != paths[0] {
        paths.insert(0, with_slug);
    }
    Some(paths)
}

/// The preview page of `article`: `index_html` (the built app's page) with the
/// article's tags, title and lead. `site_url` is the origin the app is served
/// from (`https://binhgiang.example.vn`); absolute URLs are built on it.
pub fn render(
    index_html: &str,
    site: &Site,
    article: &Article,
    site_url: &str,
) -> Result<String, PreviewError> {
    let mut parts = split_scripts(index_html);
    for (_, markup) in parts.iter_mut().filter(|(script, _)| !script) {
        remove_own_tags(markup);
        remove_app_preloads(markup);
    }
    let mut tags = head_tags(site, article, site_url);
    let title = format!("<title>{} – {}</title>", escape_html(&article.title), escape_html(&site.title));
    if !edit_first_markup(&mut parts, |m| replace_title(m, &title)) {
        tags.push_str(&format!("\n    {title}"));
    }
    let inserted = edit_first_markup(&mut parts, |m| insert_after_tag(m, CSP_META, &tags))
        || edit_first_markup(&mut parts, |m| insert_after_tag(m, "<meta charset", &tags));
    if !inserted {
        return Err(PreviewError::NoHeadAnchor);
    }
    let lang = site.language.as_deref().and_then(Lang::from_tag).unwrap_or(Lang::Vi);
    let path = routes::article(&article.id, &article.title);
    let url = format!("{}{path}", site_url.trim_end_matches('/'));
    let data = ArticleData { site: site.clone(), article: Arc::new(article.clone()), related: Vec::new() };
    let copy = format!("\n    {}", bantin::render::article_first_screen(&data, &path, &url, lang));
    if !edit_first_markup(&mut parts, |m| insert_after_tag(m, "<body", &copy)) {
        return Err(PreviewError::NoBody);
    }
    Ok(parts.into_iter().map(|(_, text)| text).collect())
}

const CSP_META: &str = r#"<meta http-equiv="Content-Security-Policy""#;

/// The lead a reader sees first: the summary, else the article's teaser.
fn lead(article: &Article) -> Option<String> {
    let lead = article.summary.as_deref().or(article.teaser.as_deref())?;
    Some(collapse_whitespace(lead)).filter(|l| !l.is_empty())
}

fn head_tags(site: &Site, article: &Article, site_url: &str) -> String {
    let url = format!("{}{}", site_url.trim_end_matches('/'), routes::article(&article.id, &article.title));
    let description = lead(article).or_else(|| site.description.as_deref().map(collapse_whitespace));
    // Crawlers fetch og:image themselves: a data: URL shows nothing.
    let image = article.image.as_deref().filter(|i| i.starts_with("https://") || i.starts_with("http://"));
    let zone = site.time_zone;
    let mut tags: Vec<(&str, &str, String)> = Vec::new();
    if let Some(description) = &description {
        tags.push(("name", "description", description.clone()));
    }
    tags.extend([
        ("property", "og:type", "article".to_owned()),
        ("property", "og:site_name", site.title.clone()),
        ("property", "og:locale", LOCALE.to_owned()),
        ("property", "og:title", article.title.clone()),
    ]);
    if let Some(description) = description {
        tags.push(("property", "og:description", description));
    }
    tags.push(("property", "og:url", url.clone()));
    if let Some(image) = image {
        tags.push(("property", "og:image", image.to_owned()));
    }
    if let Some(published) = article.listed() {
        tags.push(("property", "article:published_time", published.to_rfc3339_at(zone)));
    }
    if let Some(modified) = article.modified {
        tags.push(("property", "article:modified_time", modified.to_rfc3339_at(zone)));
    }
    let card = if image.is_some() { "summary_large_image" } else { "summary" };
    tags.push(("name", "twitter:card", card.to_owned()));

    let mut out = format!("\n    <link rel=\"canonical\" href=\"{}\">", escape_html(&url));
    for (key, name, content) in tags {
        out.push_str(&format!("\n    <meta {key}=\"{name}\" content=\"{}\">", escape_html(&content)));
    }
    out
}

/// The document cut into inline `<script>` blocks (`true`) and the markup
/// between them (`false`), so that edits never touch a script.
fn split_scripts(html: &str) -> Vec<(bool, String)> {
    let mut parts = Vec::new();
    let mut rest = html;
    while let Some(start) = find_ignore_case(rest, "<script") {
        let end = find_ignore_case(&rest[start..], "</script>").map_or(rest.len(), |e| start + e + 9);
        parts.push((false, rest[..start].to_owned()));
        parts.push((true, rest[start..end].to_owned()));
        rest = &rest[end..];
    }
    parts.push((false, rest.to_owned()));
    parts
}

/// Tags of the kinds a preview adds: dropped from the page first, so that
/// none is doubled when `index.html` carries its own.
const OWN_TAGS: [&str; 5] = [
    r#"<meta name="description""#,
    r#"<meta property="og:"#,
    r#"<meta property="article:"#,
    r#"<meta name="twitter:"#,
    r#"<link rel="canonical""#,
];

fn remove_own_tags(markup: &mut String) {
    for tag in OWN_TAGS {
        while let Some(start) = find_ignore_case(markup, tag) {
            let end = markup[start..].find('>').map_or(markup.len(), |e| start + e + 1);
            let from = markup[..start].trim_end_matches([' ', '\t', '\n', '\r']).len();
            markup.replace_range(from..end, "");
        }
    }
}

/// Drops the preloads of the app's script and wasm: a page that shows its
/// first screen in HTML needs them only after that screen, and on a slow
/// network they would take bandwidth from the stylesheets it waits for. The
/// loader still fetches both; the feed's preload stays.
fn remove_app_preloads(markup: &mut String) {
    let mut from = 0;
    while let Some(offset) = find_ignore_case(&markup[from..], "<link ") {
        let start = from + offset;
        let end = markup[start..].find('>').map_or(markup.len(), |e| start + e + 1);
        let tag = &markup[start..end];
        let app = find_ignore_case(tag, r#"rel="modulepreload""#).is_some()
            || find_ignore_case(tag, r#"type="application/wasm""#).is_some();
        if app {
            let line_start = markup[..start].trim_end_matches([' ', '\t', '\n', '\r']).len();
            markup.replace_range(line_start..end, "");
            from = line_start;
        } else {
            from = end;
        }
    }
}

/// Applies `edit` to the markup parts in order until one succeeds.
fn edit_first_markup(parts: &mut [(bool, String)], mut edit: impl FnMut(&mut String) -> bool) -> bool {
    parts.iter_mut().filter(|(script, _)| !script).any(|(_, markup)| edit(markup))
}

/// Inserts `text` right after the tag that starts with `tag_start`.
fn insert_after_tag(markup: &mut String, tag_start: &str, text: &str) -> bool {
    let Some(start) = find_ignore_case(markup, tag_start) else { return false };
    let Some(close) = markup[start..].find('>') else { return false };
    markup.insert_str(start + close + 1, text);
    true
}

fn replace_title(markup: &mut String, title: &str) -> bool {
    let Some(start) = find_ignore_case(markup, "<title") else { return false };
    let Some(end) = find_ignore_case(&markup[start..], "</title>") else { return false };
    markup.replace_range(start..start + end + "</title>".len(), title);
    true
}

fn find_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack.as_bytes().windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use bantin_core::date::{Timestamp, UtcOffset};
    use bantin_core::feed::{Body, parse_page};

    const SITE_URL: &str = "https://binhgiang.example.vn";

    /// The shape of trunk's release `index.html` after `scripts/csp.mjs`.
    const INDEX: &str = r#"<!DOCTYPE html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-x'">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Bantin</title>
<script type="module">
import init, * as bindings from '/bantin-1.js';
const wasm = await init({ module_or_path: '/bantin-1_bg.wasm' });
// <title>not this</title> <meta charset="x"> <body>
</script>
    <link rel="stylesheet" href="/base-1.css"/>
    <link rel="preload" href="/feed.json" as="fetch" crossorigin>
    <link rel="modulepreload" href="/bantin-1.js" crossorigin="anonymous" integrity="sha384-x">
    <link rel="preload" href="/bantin-1_bg.wasm" crossorigin="anonymous" integrity="sha384-y" as="fetch" type="application/wasm">
  </head>
  <body>
    <noscript>
      <p class="noscript">Trang tin này cần JavaScript để hiển thị bài viết.</p>
    </noscript>
  </body>
</html>
"#;

    const TRICKY_TITLE: &str = r#"Hội nghị "Dân vận khéo" <2023> & 'cải cách'"#;

    fn site() -> Site {
        Site {
            title: "Cổng thông tin điện tử quận Bình Giang".to_owned(),
            description: Some("Tin tức của quận Bình Giang".to_owned()),
            home_page_url: None,
            language: Some("vi".to_owned()),
            categories: Vec::new(),
            time_zone: UtcOffset::VIETNAM,
            layout: None,
        }
    }

    fn article(id: &str, title: &str) -> Article {
        let at = |s: &str| Timestamp::parse(s, UtcOffset::VIETNAM);
        Article {
            id: id.to_owned(),
            title: title.to_owned(),
            summary: Some("Sáng 29/3, quận tổ chức \"hội nghị\" <b>tổng kết</b> & 'đánh giá'.".to_owned()),
            teaser: None,
            body: Body::Empty,
            image: Some(format!("{SITE_URL}/images/a.svg?w=1&h=2")),
            permalink: None,
            published: at("2023-03-29T08:00:00+07:00"),
            modified: at("2023-03-31T05:41:09Z"),
            authors: Vec::new(),
            byline: None,
            views: None,
            category: None,
            language: None,
            base_url: String::new(),
            reading_minutes: None,
        }
    }

    fn unescape_html(s: &str) -> String {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    /// The raw (still escaped) `content` of the tag that names `property` or `name`.
    fn raw_content<'a>(html: &'a str, key: &str) -> Option<&'a str> {
        let tag = html.find(&format!(r#"="{key}" content=""#))?;
        let value = &html[tag + key.len() + 13..];
        value.split_once('"').map(|(v, _)| v)
    }

    fn content(html: &str, key: &str) -> Option<String> {
        raw_content(html, key).map(unescape_html)
    }

    fn between<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
        let start = html.find(open).map_or(0, |i| i + open.len());
        let end = html[start..].find(close).map_or(html.len(), |i| start + i);
        &html[start..end]
    }

    fn scripts(html: &str) -> Vec<String> {
        split_scripts(html).into_iter().filter(|(script, _)| *script).map(|(_, s)| s).collect()
    }

    fn render_ok(a: &Article) -> String {
        render(INDEX, &site(), a, SITE_URL).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_vietnamese_title_with_quotes_and_brackets_comes_back_exactly() {
        let a = article("bg-1", TRICKY_TITLE);
        let html = render_ok(&a);
        for key in ["og:title", "og:description", "description", "og:url", "og:image"] {
            let raw = raw_content(&html, key).unwrap_or_else(|| panic!("{key} missing"));
            assert!(!raw.contains(['<', '>', '"', '\'']), "{key} is not escaped: {raw}");
        }
        assert_eq!(content(&html, "og:title").as_deref(), Some(TRICKY_TITLE));
        assert_eq!(content(&html, "og:description"), a.summary);
        assert_eq!(content(&html, "description"), a.summary);
        assert_eq!(
            content(&html, "og:image").as_deref(),
            Some("https://binhgiang.example.vn/images/a.svg?w=1&h=2")
        );
        let title = unescape_html(between(&html, "<title>", "</title>"));
        assert_eq!(title, format!("{TRICKY_TITLE} – Cổng thông tin điện tử quận Bình Giang"));
        let first = between(&html, r#"<div id="first-view">"#, "</main></div>");
        assert_eq!(unescape_html(between(first, r#"<h1 class="article__title">"#, "</h1>")), TRICKY_TITLE);
        assert_eq!(Some(unescape_html(between(first, r#"class="article__lead">"#, "</p>"))), a.summary);
    }

    #[test]
    fn the_page_is_the_app_page_with_the_article_tags() {
        let a = article("bg-2023-0331-nq29", "Quận ủy Bình Giang tổng kết 10 năm");
        let html = render_ok(&a);
        let url =
            "https://binhgiang.example.vn/bai-viet/bg-2023-0331-nq29/quan-uy-binh-giang-tong-ket-10-nam";
        assert_eq!(content(&html, "og:url").as_deref(), Some(url));
        assert!(html.contains(&format!(r#"<link rel="canonical" href="{url}">"#)));
        assert_eq!(content(&html, "og:type").as_deref(), Some("article"));
        assert_eq!(content(&html, "og:locale").as_deref(), Some("vi_VN"));
        assert_eq!(content(&html, "og:site_name").as_deref(), Some("Cổng thông tin điện tử quận Bình Giang"));
        assert_eq!(content(&html, "twitter:card").as_deref(), Some("summary_large_image"));
        let published = content(&html, "article:published_time");
        assert_eq!(published.as_deref(), Some("2023-03-29T08:00:00+07:00"));
        let modified = content(&html, "article:modified_time");
        assert_eq!(modified.as_deref(), Some("2023-03-31T12:41:09+07:00"));

        // Byte-identical scripts keep their hashes in the policy valid.
        assert_eq!(scripts(&html), scripts(INDEX));
        assert_eq!(html.matches("<title>").count(), 2, "one in the head, one quoted in the script");
        let csp = html.find("Content-Security-Policy").unwrap_or(usize::MAX);
        let (tags, head_end) = (html.find("og:title").unwrap_or(0), html.find("</head>").unwrap_or(0));
        assert!(csp < tags && tags < head_end, "the tags follow the policy, in the head");
        let first = html.find("<h1").unwrap_or(usize::MAX);
        let (body, notice) = (html.find("<body>").unwrap_or(0), html.find("noscript\">").unwrap_or(0));
        assert!(body < first && first < notice, "the first view comes before the app's own notice");
        // Everything else is the page as built.
        let mut rest = html.replacen(&head_tag_block(&html), "", 1).replacen(&first_view_block(&html), "", 1);
        rest = rest.replacen(
            "<title>Quận ủy Bình Giang tổng kết 10 năm – Cổng thông tin điện tử quận Bình Giang</title>",
            "<title>Bantin</title>",
            1,
        );
        let app_preloads = [
            "\n    <link rel=\"modulepreload\" href=\"/bantin-1.js\" crossorigin=\"anonymous\" integrity=\"sha384-x\">",
            "\n    <link rel=\"preload\" href=\"/bantin-1_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-y\" as=\"fetch\" type=\"application/wasm\">",
        ];
        let built = app_preloads.iter().fold(INDEX.to_owned(), |page, link| page.replacen(link, "", 1));
        assert_ne!(built, INDEX, "the test page has the app's preloads");
        assert_eq!(rest, built, "all but the app's preloads, which would compete with the first screen");
        assert!(html.contains(r#"<link rel="preload" href="/feed.json" as="fetch" crossorigin>"#));
    }

    fn head_tag_block(html: &str) -> String {
        let start = html.find("\n    <link rel=\"canonical\"").unwrap_or(0);
        let end = html.find("twitter:card").and_then(|i| html[i..].find('>').map(|e| i + e + 1)).unwrap_or(0);
        html[start..end].to_owned()
    }

    fn first_view_block(html: &str) -> String {
        let start = html.find("\n    <div id=\"first-view\">").unwrap_or(0);
        let end = html[start..].find("</main></div>").map_or(0, |e| start + e + "</main></div>".len());
        html[start..end].to_owned()
    }

    #[test]
    fn without_an_image_the_card_is_a_summary_and_the_site_describes_it() {
        let mut a = article("bg-2", "Tin ngắn");
        (a.image, a.summary, a.modified) = (Some("data:image/png;base64,AAAA".to_owned()), None, None);
        let html = render_ok(&a);
        assert_eq!(content(&html, "og:image"), None, "crawlers cannot fetch a data: URL");
        assert_eq!(content(&html, "twitter:card").as_deref(), Some("summary"));
        assert_eq!(content(&html, "og:description").as_deref(), Some("Tin tức của quận Bình Giang"));
        assert_eq!(content(&html, "article:modified_time"), None);
        assert!(!html.contains("article__lead"), "no lead, no paragraph");

        a.teaser = Some("Đoạn  đầu\n của bài".to_owned());
        let html = render_ok(&a);
        assert_eq!(content(&html, "og:description").as_deref(), Some("Đoạn đầu của bài"));
    }

    #[test]
    fn without_a_policy_the_tags_follow_the_charset_and_none_is_doubled() {
        let index = INDEX
            .replace(r#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-x'">"#, "")
            .replacen("<title>", "<meta name=\"description\" content=\"Cổng\">\n    <meta property=\"og:title\" content=\"Bantin\">\n    <title>", 1);
        let html =
            render(&index, &site(), &article("bg-3", "Tin"), SITE_URL).unwrap_or_else(|e| panic!("{e}"));
        assert!(html.contains("<meta charset=\"utf-8\">\n    <link rel=\"canonical\""));
        assert_eq!(html.matches("name=\"description\"").count(), 1);
        assert_eq!(html.matches("og:title").count(), 1);
        assert_eq!(content(&html, "og:title").as_deref(), Some("Tin"));
    }

    #[test]
    fn a_page_with_no_place_for_the_tags_is_an_error() {
        let a = article("bg-4", "Tin");
        assert_eq!(
            render("<html><body></body></html>", &site(), &a, SITE_URL),
            Err(PreviewError::NoHeadAnchor)
        );
        assert_eq!(render("<meta charset=\"utf-8\">", &site(), &a, SITE_URL), Err(PreviewError::NoBody));
        let bare = render("<head><meta charset=\"utf-8\"></head><body></body>", &site(), &a, SITE_URL);
        let bare = bare.unwrap_or_else(|e| panic!("{e}"));
        assert!(
            bare.contains("\n    <title>Tin – Cổng thông tin điện tử quận Bình Giang</title></head>"),
            "{bare}"
        );
    }

    #[test]
    fn pages_go_at_the_article_url_with_and_without_its_slug() {
        let paths = page_paths(&article("bg-2023-0331-nq29", "Quận ủy Bình Giang"));
        let expected = [
            "bai-viet/bg-2023-0331-nq29/quan-uy-binh-giang/index.html",
            "bai-viet/bg-2023-0331-nq29/index.html",
        ];
        assert_eq!(paths.as_deref(), Some(&expected.map(str::to_owned)[..]));
        assert_eq!(page_paths(&article("42", "…")), Some(vec!["bai-viet/42/index.html".to_owned()]));
        assert!(page_paths(&article("A-z_0.9~", "x")).is_some());
        for unsafe_id in
            ["", ".", "..", "a/b", "a\\b", "a\0b", "a b", "ý-kiến", "100%", "https://a.vn/x", "a?b"]
        {
            assert_eq!(page_paths(&article(unsafe_id, "Tin")), None, "{unsafe_id:?}");
        }
    }

    #[test]
    fn the_sample_seed_gets_absolute_urls_from_relative_ones() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/feed.json");
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let base = format!("{SITE_URL}/feed.json");
        let resolve = |r: &str| bantin_core::urls::resolve(&base, r);
        let page = parse_page(&bytes, &resolve, None).unwrap_or_else(|e| panic!("{e}"));
        let seed = page.articles.iter().find(|a| a.id == "bg-2023-0331-nq29");
        let seed = seed.unwrap_or_else(|| panic!("the seed is missing"));
        let html = render(INDEX, &page.site, seed, &format!("{SITE_URL}/")).unwrap_or_else(|e| panic!("{e}"));
        let image = content(&html, "og:image");
        assert_eq!(image.as_deref(), Some("https://binhgiang.example.vn/images/hoi-nghi-nq29.svg"));
        let url = content(&html, "og:url");
        assert_eq!(
            url.as_deref(),
            Some(
                "https://binhgiang.example.vn/bai-viet/bg-2023-0331-nq29/quan-uy-binh-giang-tong-ket-10-nam-thuc-hien-nghi-quyet-so-29-nq-tw"
            )
        );
        assert_eq!(content(&html, "og:description"), seed.summary);
        assert_eq!(content(&html, "article:modified_time").as_deref(), Some("2023-03-31T12:41:00+07:00"));
    }
}
