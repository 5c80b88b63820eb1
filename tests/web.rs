//! In-browser tests: the sanitiser's DOM walk and the components, mounted in
//! headless Chromium. Run with `make test-web`.
#![cfg(target_arch = "wasm32")]

use bantin::components::{ArticleBody, ErrorPanel, ListingPager, ListingView, Pager, UpdateLine};
use bantin::content::sanitize;
use bantin_core::LoadError;
use bantin_core::date::UtcOffset;
use bantin_core::feed::{Article, Body, DocumentFilter, Listing, ListingPage, Page, Scope, parse_page};
use bantin_core::routes;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const BASE: &str = "https://cdn.example.vn/data/feed.json";

fn resolve(url: &str) -> Option<String> {
    bantin::browser::resolver(BASE)(url)
}

/// A feed of one item, parsed as the app parses it.
fn page_of(item: &str) -> bantin_core::feed::FeedPage {
    let feed = format!(
        r#"{{"version":"https://jsonfeed.org/version/1.1","_bantin":{{"categories":[{{"id":"chinh-tri","name":"Chính trị"}}]}},"items":[{item}]}}"#
    );
    parse_page(feed.as_bytes(), &resolve, None).unwrap_or_else(|e| panic!("{e}"))
}

/// One article parsed from a feed item, as the app would see it.
fn article(item: &str) -> Arc<Article> {
    Arc::clone(&page_of(item).articles[0])
}

/// A fresh container in the document, and the view mounted into it.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let document = document();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), view).forget();
    host
}

fn sanitized(html: &str) -> Element {
    let host = document().create_element("div").unwrap();
    host.append_child(&sanitize(html, BASE).unwrap()).unwrap();
    host
}

fn query(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

#[wasm_bindgen_test]
fn sanitiser_removes_script_handlers_and_dangerous_urls() {
    let out = sanitized(
        r#"<p onclick="alert(1)">Tin <script>alert(2)</script><b>đậm</b></p>
           <a href="javascript:alert(3)">x</a><img src=x onerror=alert(4)>
           <iframe src="javascript:alert(5)"></iframe><style>p{}</style><!-- note -->"#,
    );
    let html = out.inner_html();
    for banned in ["onclick", "script", "alert", "iframe", "style", "onerror", "<!--"] {
        assert!(!html.contains(banned), "{banned} survived: {html}");
    }
    assert_eq!(query(&out, "p").unwrap().text_content().unwrap(), "Tin đậm");
    assert!(query(&out, "a").is_none(), "a link with a refused URL is only its text");
}

#[wasm_bindgen_test]
fn sanitiser_keeps_article_structure_and_unwraps_word_markup() {
    let out = sanitized(
        r#"<p class="MsoNormal" style="mso-x:1"><span lang="VI">Đoạn một</span></p>
           <figure><img src="images/a.svg" alt="Hội nghị" width="800" height="450"><figcaption>Chú thích</figcaption></figure>
           <table><tbody><tr><td colspan="2">45/51</td></tr></tbody></table>"#,
    );
    let p = query(&out, "p").unwrap();
    assert_eq!(p.get_attribute("class"), None);
    assert_eq!(p.get_attribute("style"), None);
    assert_eq!(p.inner_html(), "Đoạn một");
    let img = query(&out, "figure > img").unwrap();
    assert_eq!(img.get_attribute("src").as_deref(), Some("https://cdn.example.vn/data/images/a.svg"));
    assert_eq!(img.get_attribute("width").as_deref(), Some("800"));
    assert_eq!(img.get_attribute("loading").as_deref(), Some("lazy"));
    assert_eq!(query(&out, "figcaption").unwrap().text_content().as_deref(), Some("Chú thích"));
    assert_eq!(query(&out, "td").unwrap().get_attribute("colspan").as_deref(), Some("2"));
}

#[wasm_bindgen_test]
fn sanitiser_resolves_links_against_the_feed_and_opens_other_sites_in_a_new_tab() {
    let out = sanitized(r#"<a href="/tin/1.html">a</a><a href="mailto:toa-soan@example.vn">b</a>"#);
    let links = out.query_selector_all("a").unwrap();
    let first: Element = links.item(0).unwrap().unchecked_into();
    assert_eq!(first.get_attribute("href").as_deref(), Some("https://cdn.example.vn/tin/1.html"));
    assert_eq!(first.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(first.get_attribute("rel").as_deref(), Some("noopener noreferrer"));
    let second: Element = links.item(1).unwrap().unchecked_into();
    assert_eq!(second.get_attribute("href").as_deref(), Some("mailto:toa-soan@example.vn"));
    assert_eq!(second.get_attribute("target"), None);
}

/// Every element and attribute in `root` is one the policy allows (plus the
/// attributes the sanitiser itself adds), and every URL passes its check.
fn assert_only_allowed(root: &Element, context: &str) {
    use bantin_core::content::players::{FRAME_ATTRIBUTE, is_player_frame};
    use bantin_core::content::policy::{
        ElementRule, UrlUse, attribute_allowed, check_url, element_rule, made_by_walk, set_by_walk,
        url_attributes,
    };
    let all = root.query_selector_all("*").unwrap();
    for i in 0..all.length() {
        let el: Element = all.item(i).unwrap().unchecked_into();
        let tag = el.tag_name().to_ascii_lowercase();
        let class = el.get_attribute("class");
        assert!(
            element_rule(&tag) == ElementRule::Keep || made_by_walk(&tag, class.as_deref()),
            "{context}: <{tag}> survived"
        );
        for name in el.get_attribute_names().iter().filter_map(|n| n.as_string()) {
            assert!(
                attribute_allowed(&tag, &name) || set_by_walk(&tag, &name),
                "{context}: {tag}[{name}] survived"
            );
        }
        if let Some(frame) = el.get_attribute(FRAME_ATTRIBUTE) {
            assert!(is_player_frame(&frame), "{context}: {FRAME_ATTRIBUTE}={frame}");
        }
        for attribute in url_attributes(&tag) {
            let Some(value) = el.get_attribute(attribute.name) else { continue };
            let urls: Vec<&str> = if attribute.candidates {
                value.split(", ").map(|c| c.split(' ').next().unwrap_or_default()).collect()
            } else {
                vec![value.as_str()]
            };
            for url in urls {
                assert!(check_url(url, attribute.usage).is_some(), "{context}: {}={url}", attribute.name);
                let data = url.starts_with("data:image/") && attribute.usage == UrlUse::Image;
                assert!(
                    url.starts_with("https:")
                        || url.starts_with("mailto:")
                        || url.starts_with("tel:")
                        || data,
                    "{context}: {}={url}",
                    attribute.name
                );
            }
        }
    }
}

#[wasm_bindgen_test]
fn a_word_image_and_its_caption_line_become_a_figure() {
    let out = sanitized(
        r#"<p class="MsoNormal">Mở đầu.</p>
           <p style="text-align:center"><img alt="Description: C:\Users\Tan Vinh\Desktop\tk NQ 29.jpg" src="images/hoi-nghi.svg" width="800" height="450"></p>
           <p style="text-align:center"><em>Đồng chí Bí thư phát biểu tại hội nghị.</em></p>
           <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
           <p>Tiếp theo.</p>"#,
    );
    let figure = query(&out, "figure").expect("a figure");
    let img = query(&figure, "img").unwrap();
    assert_eq!(img.get_attribute("alt").as_deref(), Some("Đồng chí Bí thư phát biểu tại hội nghị."));
    assert_eq!(img.get_attribute("width").as_deref(), Some("800"));
    assert_eq!(img.get_attribute("height").as_deref(), Some("450"));
    assert_eq!(img.get_attribute("decoding").as_deref(), Some("async"));
    let caption = query(&figure, "figcaption").unwrap();
    assert_eq!(caption.text_content().as_deref(), Some("Đồng chí Bí thư phát biểu tại hội nghị."));
    let paragraphs: Vec<_> = (0..out.query_selector_all("p").unwrap().length())
        .map(|i| out.query_selector_all("p").unwrap().item(i).unwrap().text_content().unwrap())
        .collect();
    assert_eq!(paragraphs, ["Mở đầu.", "Tiếp theo."], "the Word empty paragraph is gone");
    assert!(!out.inner_html().contains("Users"));
}

#[wasm_bindgen_test]
fn captions_are_recognised_only_where_they_look_like_captions() {
    // A caption class (Word's MsoCaption) counts; a long ordinary paragraph does not.
    let out = sanitized(r#"<p><img src="a.jpg" alt="IMG_2041"></p><p class="MsoCaption">Ảnh: Minh Anh</p>"#);
    assert_eq!(query(&out, "figcaption").unwrap().text_content().as_deref(), Some("Ảnh: Minh Anh"));
    let out =
        sanitized(r#"<p><img src="a.jpg" alt="tk NQ 29.jpg"></p><p>Một đoạn văn bình thường tiếp theo.</p>"#);
    assert!(query(&out, "figure").is_none());
    assert_eq!(
        query(&out, "img").unwrap().get_attribute("alt").as_deref(),
        Some(""),
        "junk alt, no caption: decorative"
    );
    let out = sanitized(r#"<p>Chữ <img src="a.jpg" alt="Biểu đồ"> giữa dòng.</p><p><em>Nghiêng</em></p>"#);
    assert!(query(&out, "figure").is_none(), "an image inside running text stays");
    assert_eq!(query(&out, "img").unwrap().get_attribute("alt").as_deref(), Some("Biểu đồ"));
}

#[wasm_bindgen_test]
fn refused_urls_leave_the_text_and_drop_the_image() {
    let out = sanitized(
        r#"<p><a href="javascript:alert(1)">chữ của liên kết</a><img src="javascript:alert(2)" alt="x"></p>"#,
    );
    assert_eq!(out.inner_html(), "<p>chữ của liên kết</p>");
}

#[wasm_bindgen_test]
fn own_vectors_leave_nothing_dangerous() {
    let vectors: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("fixtures/xss-own.json")).unwrap();
    assert!(vectors.len() >= 20);
    for vector in &vectors {
        let name = vector["name"].as_str().unwrap();
        let out = sanitized(vector["payload"].as_str().unwrap());
        assert_only_allowed(&out, name);
        let html = out.inner_html().to_ascii_lowercase();
        for banned in ["onerror", "onload", "javascript:", "<style", "<svg", "<math", "name=", "id="] {
            assert!(!html.contains(banned), "{name}: {banned} in {html}");
        }
    }
}

#[wasm_bindgen_test]
fn players_and_responsive_images_as_the_native_walk_makes_them() {
    let out = sanitized(
        r#"<p><video src="v/a.webm" poster="javascript:alert(1)" width="640" height="360" autoplay onplay="alert(2)"><source src="data:video/webm;base64,GkXf"><track src="v/vi.vtt" kind="captions" srclang="vi"><track src="data:text/vtt,WEBVTT"></video></p>
           <p><img src="a.jpg" srcset="a-1x.jpg, javascript:alert(3) 2x" alt="Ảnh"></p>
           <p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Hội nghị" onload="alert(4)"></iframe></p>
           <iframe src="https://youtube.com.evil.example/embed/dQw4w9WgXcQ"></iframe>"#,
    );
    assert_only_allowed(&out, "players");
    let video = query(&out, "video").expect("the video stays");
    assert_eq!(video.get_attribute("src").as_deref(), Some("https://cdn.example.vn/data/v/a.webm"));
    assert_eq!(video.get_attribute("controls").as_deref(), Some(""));
    assert_eq!(video.get_attribute("preload").as_deref(), Some("none"));
    assert!(!video.has_attribute("poster") && !video.has_attribute("autoplay"));
    assert!(query(&video, "source").is_none(), "the data: source goes");
    assert_eq!(video.query_selector_all("track").unwrap().length(), 1);
    let img = query(&out, "img:not(.player__still)").unwrap();
    assert_eq!(img.get_attribute("srcset").as_deref(), Some("https://cdn.example.vn/data/a-1x.jpg"));
    let facade = query(&out, "a.player__facade").expect("a facade");
    assert_eq!(
        facade.get_attribute("data-frame").as_deref(),
        Some("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1")
    );
    assert_eq!(facade.text_content().as_deref(), Some("YouTube Hội nghị"));
    assert!(query(&out, "iframe").is_none());
    let link = query(&out, "a.player-link").expect("a link to the other frame");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://youtube.com.evil.example/embed/dQw4w9WgXcQ")
    );
}

/// The same body as the native walk's test of its photos
/// (`bantin_core::content::native`), with the same photos found.
#[wasm_bindgen_test]
fn the_photos_are_the_figures_images_as_the_native_walk_finds_them() {
    use bantin::content::photos::{photo_at, photos};
    let out = sanitized(
        r#"<figure><img src="a.jpg" alt="Cầu" width="800" height="450"><figcaption> Cầu
            <b>Kênh Ranh</b></figcaption></figure>
            <p>Chữ</p><figure><img src="javascript:alert(1)"></figure>
            <figure><picture><source srcset="b.webp"><img src="b.jpg" srcset="b-2.jpg 2x, javascript:x 3x"></picture></figure>
            <figure><video src="v.webm"></video></figure><img src="c.jpg" alt="Chợ">"#,
    );
    let found = photos(&out);
    let srcs: Vec<_> = found.iter().map(|p| p.src.as_str()).collect();
    assert_eq!(srcs, ["https://cdn.example.vn/data/a.jpg", "https://cdn.example.vn/data/b.jpg"]);
    assert_eq!(found[0].caption.as_deref(), Some("Cầu Kênh Ranh"));
    assert_eq!((found[0].width, found[0].height), (Some(800), Some(450)));
    assert_eq!(found[1].srcset.as_deref(), Some("https://cdn.example.vn/data/b-2.jpg 2x"));
    // A click on an image is on its photo; on anything else, on none.
    let b = query(&out, "img[src$='b.jpg']").unwrap();
    assert_eq!(photo_at(&out, &b), Some(1));
    assert_eq!(photo_at(&out, &query(&out, "p").unwrap()), None);
}

#[wasm_bindgen_test]
fn a_benign_article_with_every_allowed_element_is_unchanged() {
    let input = include_str!("fixtures/benign-article.html");
    let template: web_sys::HtmlTemplateElement =
        document().create_element("template").unwrap().unchecked_into();
    template.set_inner_html(input);
    let expected = template.inner_html();
    let out = sanitized(input);
    assert_eq!(out.inner_html(), expected);
    assert_only_allowed(&out, "benign");
}

#[wasm_bindgen_test]
fn update_line_reads_like_the_portal() {
    let a = article(
        r#"{"id":"1","title":"T","date_published":"2023-03-29T08:00:00+07:00","date_modified":"2023-03-31T05:41:00Z","_bantin":{"views":1234}}"#,
    );
    let host = mount(move || view! { <UpdateLine article=a zone=UtcOffset::VIETNAM/> });
    assert_eq!(
        host.text_content().as_deref(),
        Some("Cập nhật lúc 12:41 ngày 31/03/2023 - Số lượt xem: 1.234")
    );
    let time = query(&host, "time").unwrap();
    assert_eq!(time.get_attribute("datetime").as_deref(), Some("2023-03-31T12:41+07:00"));
}

#[wasm_bindgen_test]
fn update_line_without_a_date_shows_only_the_views() {
    let a = article(r#"{"id":"1","title":"T","date_published":"hôm qua","_bantin":{"views":7}}"#);
    let host = mount(move || view! { <UpdateLine article=a zone=UtcOffset::VIETNAM/> });
    assert_eq!(host.text_content().as_deref(), Some("Số lượt xem: 7"));
}

#[wasm_bindgen_test]
async fn article_body_renders_sanitised_html_and_plain_text() {
    let html = Body::Html("<p>Một</p><script>window.pwned = 1</script><p>Hai</p>".into());
    let host = mount(move || view! { <ArticleBody body=html base_url=BASE.to_owned()/> });
    // The sanitised fragment is appended once the element is in the DOM.
    leptos::task::tick().await;
    assert_eq!(host.query_selector_all("p").unwrap().length(), 2);
    assert!(query(&host, "script").is_none());

    let text = Body::Text("Đoạn <b>một</b>.\n\nĐoạn hai.".into());
    let host = mount(move || view! { <ArticleBody body=text base_url=BASE.to_owned()/> });
    leptos::task::tick().await;
    assert_eq!(host.query_selector_all("p").unwrap().length(), 2);
    assert!(query(&host, "b").is_none(), "plain text is never read as markup");
}

#[wasm_bindgen_test]
async fn linkable_paragraphs_get_anchors_and_copy_controls() {
    let html = Body::Html(
        "<p>Một</p><figure><img src=a.svg alt=x></figure><p>Hai</p><blockquote><p>Trích</p></blockquote>"
            .into(),
    );
    let url = "https://binhgiang.example.vn/bai-viet/bg-1/tin".to_owned();
    let host = mount(move || view! { <ArticleBody body=html base_url=BASE.to_owned() share_url=url/> });
    leptos::task::tick().await;
    let anchored: Vec<_> = (0..host.query_selector_all("p[id]").unwrap().length())
        .map(|i| host.query_selector_all("p[id]").unwrap().item(i).unwrap().unchecked_into::<Element>().id())
        .collect();
    assert_eq!(anchored, ["doan-1", "doan-2"], "top-level paragraphs only, numbered in order");
    let control = query(&host, "#doan-2 > a.para-share").expect("a link to the paragraph");
    assert_eq!(control.get_attribute("href").as_deref(), Some("#doan-2"));
    assert_eq!(control.get_attribute("aria-label").as_deref(), Some("Sao chép liên kết tới đoạn này"));
    assert!(query(&host, "blockquote .para-share").is_none());
}

#[wasm_bindgen_test]
fn article_card_links_to_the_article_and_its_category() {
    let a = r#"{"id":"bg-1","title":"Quận ủy Bình Giang","summary":"Tóm tắt","image":"images/a.svg","date_published":"2023-03-20T18:30:00Z","_bantin":{"category":"chinh-tri"}}"#;
    // The home listing shows each card's category; a category's own does not.
    let cards = |item: &str, home: bool| {
        let page = page_of(item);
        let scope = if home { Scope::Home } else { Scope::Category(page.site.categories[0].clone()) };
        let listing = Listing {
            site: page.site,
            scope,
            page: ListingPage { page: Page::Newest, articles: page.articles, older: None, newer: None },
            front: None,
        };
        mount(move || view! { <ListingView listing/> })
    };
    let host = cards(a, true);
    let title = query(&host, "h2 a").unwrap();
    assert_eq!(title.get_attribute("href").as_deref(), Some("/bai-viet/bg-1/quan-uy-binh-giang"));
    assert_eq!(title.text_content().as_deref(), Some("Quận ủy Bình Giang"));
    let category = query(&host, ".article-card__category").unwrap();
    assert_eq!(category.get_attribute("href").as_deref(), Some("/chuyen-muc/chinh-tri"));
    assert_eq!(category.text_content().as_deref(), Some("Chính trị"));
    assert_eq!(query(&host, "time").unwrap().text_content().as_deref(), Some("21/03/2023"));
    assert_eq!(query(&host, "img").unwrap().get_attribute("alt").as_deref(), Some(""));

    let same_category = r#"{"id":"bg-3","title":"T","_bantin":{"category":"chinh-tri"}}"#;
    let host = cards(same_category, false);
    assert!(query(&host, ".article-card__category").is_none(), "not repeated on its own listing");

    let no_image = r#"{"id":"bg-2","title":"Không ảnh"}"#;
    assert!(query(&cards(no_image, true), "img").is_none());

    // Markup in the feed's text stays text once the browser parses the card.
    let hostile = r#"{"id":"x","title":"<img src=x onerror=alert(1)><script>alert(2)</script>","summary":"<b onclick=alert(3)>đậm</b>","image":"https://a.vn/\"onerror=\"alert(4)"}"#;
    let host = cards(hostile, true);
    assert_eq!(host.query_selector_all("script, b, [onerror], [onclick]").unwrap().length(), 0);
    assert_eq!(host.query_selector_all("img").unwrap().length(), 1, "only the thumbnail");
    assert_eq!(
        query(&host, "h2 a").unwrap().text_content().as_deref(),
        Some("<img src=x onerror=alert(1)><script>alert(2)</script>")
    );
}

#[wasm_bindgen_test]
fn pager_links_to_neighbouring_pages_only() {
    let href = |n| routes::documents(&DocumentFilter::default(), n);
    let host = mount(move || view! { <Pager page=2 has_next=true href/> });
    let hrefs: Vec<_> = (0..2)
        .map(|i| {
            let a: Element = host.query_selector_all("a").unwrap().item(i).unwrap().unchecked_into();
            a.get_attribute("href").unwrap()
        })
        .collect();
    assert_eq!(hrefs, ["/van-ban", "/van-ban?trang=3"]);

    let host = mount(move || view! { <Pager page=1 has_next=false href/> });
    assert!(query(&host, "nav").is_none(), "a single page needs no pager");
}

#[wasm_bindgen_test]
fn a_listing_s_pager_leads_to_its_newer_and_older_pages_and_names_an_older_one() {
    let href = |p| routes::category("giao-duc", p);
    let label = "Từ 12/03/2023 đến 15/03/2023";
    let host = mount(move || {
        view! { <ListingPager older=Some(Page::Block(2)) newer=Some(Page::Newest) label=Some(label.to_owned()) href/> }
    });
    let link = |rel: &str| query(&host, &format!("a[rel={rel}]")).and_then(|a| a.get_attribute("href"));
    assert_eq!(link("prev").as_deref(), Some("/chuyen-muc/giao-duc"));
    assert_eq!(link("next").as_deref(), Some("/chuyen-muc/giao-duc/trang/2"));
    assert_eq!(query(&host, "[aria-current=page]").unwrap().text_content().as_deref(), Some(label));

    let host = mount(move || view! { <ListingPager older=None newer=None label=None href/> });
    assert!(query(&host, "nav").is_none(), "a single page needs no pager");
}

#[wasm_bindgen_test]
fn error_panel_says_what_failed_and_retries() {
    let retries = RwSignal::new(0);
    let host = mount(move || {
        view! { <ErrorPanel error=LoadError::Status(503) on_retry=move || retries.update(|n| *n += 1)/> }
    });
    assert!(host.text_content().unwrap().contains("503"));
    let button: HtmlElement = query(&host, "button").unwrap().unchecked_into();
    button.click();
    button.click();
    assert_eq!(retries.get_untracked(), 2);
}

#[wasm_bindgen_test]
fn plain_urls_resolve_exactly_as_the_browser_resolves_them() {
    let bases = [
        "https://binhgiang.example.vn/feed.json",
        "http://127.0.0.1:4173/pages/c/y-te/2.json?v=1#x",
        "https://a.vn/",
    ];
    let references = [
        "",
        "feed-2.json",
        "images/hoi-nghi-nq29.svg",
        "/images/a.webp",
        "?trang=2",
        "#top",
        "articles/bg-2023.json?a=b&c=d#e",
        "https://other.example/x?y#z",
        "http://10.0.0.1:8080/a;b,c@d!e$f(g)*h+i~j",
        "b/a:c?x=%20&y=%zz",
    ];
    let mut compared = 0;
    for base in bases {
        for reference in references {
            let browser = web_sys::Url::new_with_base(reference, base).unwrap().href();
            let plain = bantin_core::urls::PlainBase::new(base).and_then(|b| b.resolve(reference));
            assert_eq!(plain.as_deref(), Some(browser.as_str()), "{base} + {reference:?}");
            compared += 1;
        }
    }
    assert_eq!(compared, bases.len() * references.len());
}
