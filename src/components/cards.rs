//! A listing's cards written as HTML text, to be inserted with one DOM call.
//!
//! A page of 50 cards is some 900 elements and attributes; built one DOM call
//! at a time from wasm, that is most of what a listing costs a phone. The
//! cards are static (nothing in them changes while they are shown, and the
//! router handles their links from the document), so the browser's own parser
//! builds them from one string instead. Every value from the feed is escaped
//! here: titles, teasers, category names and URLs are text, never markup.

use bantin_core::date::UtcOffset;
use bantin_core::feed::{Article, Page};
use bantin_core::i18n::Texts;
use bantin_core::routes;
use bantin_core::text::{escape_html, push_escaped_html};
use std::fmt::Write;
use std::sync::Arc;

/// The `<li>` cards of `articles`: thumbnail, title, category (unless
/// `show_category` is false, on that category's own listing), date, reading
/// time and teaser.
pub fn article_cards(articles: &[Arc<Article>], zone: UtcOffset, show_category: bool, t: &Texts) -> String {
    let mut out = String::with_capacity(articles.len() * 900);
    for article in articles {
        push_card(&mut out, article, zone, show_category, t);
    }
    out
}

fn push_card(out: &mut String, a: &Article, zone: UtcOffset, show_category: bool, t: &Texts) {
    // Each value is escaped straight into `out`, with no string of its own.
    let href = escape_html(&routes::article(&a.id, &a.title));
    out.push_str(r#"<li class="article-card" data-testid="article-card">"#);
    if let Some(src) = &a.image {
        // The thumbnail repeats the title link: hidden from keyboards and screen readers.
        let _ = write!(
            out,
            r#"<a class="article-card__thumb" href="{href}" tabindex="-1" aria-hidden="true"><img src=""#
        );
        push_escaped_html(out, src);
        out.push_str(r#"" alt="" width="320" height="180" loading="lazy" decoding="async"></a>"#);
    }
    let _ =
        write!(out, r#"<div class="article-card__text"><h2 class="article-card__title"><a href="{href}">"#);
    push_escaped_html(out, &a.title);
    out.push_str(r#"</a></h2><p class="article-card__meta">"#);
    if let Some(c) = a.category.as_ref().filter(|_| show_category) {
        out.push_str(r#"<a class="article-card__category" href=""#);
        push_escaped_html(out, &routes::category(&c.id, Page::Newest));
        out.push_str(r#"">"#);
        push_escaped_html(out, &c.name);
        out.push_str("</a>");
    }
    if let Some(at) = a.listed() {
        let local = at.to_local(zone);
        let _ = write!(out, r#"<time class="article-card__date" datetime="{}">"#, local.to_rfc3339());
        push_escaped_html(out, &t.date(&local));
        out.push_str("</time>");
    }
    if let Some(minutes) = a.reading_minutes {
        out.push_str(r#"<span class="article-card__reading">"#);
        push_escaped_html(out, &t.reading_time(minutes));
        out.push_str("</span>");
    }
    out.push_str("</p>");
    if let Some(teaser) = &a.teaser {
        out.push_str(r#"<p class="article-card__teaser">"#);
        push_escaped_html(out, teaser);
        out.push_str("</p>");
    }
    out.push_str("</div></li>");
}

#[cfg(test)]
mod tests {
    use super::article_cards;
    use bantin_core::date::UtcOffset;
    use bantin_core::feed::{Article, parse_page};
    use bantin_core::i18n::{EN, VI};
    use std::sync::Arc;

    fn articles(items: &str) -> Vec<Arc<Article>> {
        let feed = format!(
            r#"{{"version":"https://jsonfeed.org/version/1.1","_bantin":{{"categories":[{{"id":"chinh-tri","name":"Chính trị"}}]}},"items":[{items}]}}"#
        );
        let resolve = |r: &str| bantin_core::urls::resolve("https://binhgiang.example.vn/feed.json", r);
        parse_page(feed.as_bytes(), &resolve, None).unwrap_or_else(|e| panic!("{e}")).articles
    }

    #[test]
    fn a_card_has_thumbnail_title_category_date_reading_time_and_teaser() {
        let list = articles(
            r#"{"id":"bg-1","title":"Quận ủy Bình Giang","summary":"Tóm tắt","content_text":"Một hai ba","image":"images/a.svg","date_published":"2023-03-20T18:30:00Z","_bantin":{"category":"chinh-tri"}}"#,
        );
        let html = article_cards(&list, UtcOffset::VIETNAM, true, &VI);
        assert_eq!(
            html,
            concat!(
                r#"<li class="article-card" data-testid="article-card">"#,
                r#"<a class="article-card__thumb" href="/bai-viet/bg-1/quan-uy-binh-giang" tabindex="-1" aria-hidden="true">"#,
                r#"<img src="https://binhgiang.example.vn/images/a.svg" alt="" width="320" height="180" loading="lazy" decoding="async"></a>"#,
                r#"<div class="article-card__text"><h2 class="article-card__title"><a href="/bai-viet/bg-1/quan-uy-binh-giang">Quận ủy Bình Giang</a></h2>"#,
                r#"<p class="article-card__meta"><a class="article-card__category" href="/chuyen-muc/chinh-tri">Chính trị</a>"#,
                r#"<time class="article-card__date" datetime="2023-03-21T01:30+07:00">21/03/2023</time>"#,
                r#"<span class="article-card__reading">1 phút đọc</span></p>"#,
                r#"<p class="article-card__teaser">Tóm tắt</p></div></li>"#,
            )
        );
        let english = article_cards(&list, UtcOffset::VIETNAM, false, &EN);
        assert!(english.contains(">21 March 2023</time>"), "{english}");
        assert!(!english.contains("article-card__category"), "not repeated on its own listing");
    }

    #[test]
    fn what_the_feed_says_is_text_never_markup() {
        let list = articles(
            r#"{"id":"x\"><script>alert(1)</script>","title":"<img src=x onerror=alert(1)> & \"trích\" 'dẫn'","summary":"</p><script>alert(2)</script>","image":"https://a.vn/x.png?a=1&b=\"2\"","_bantin":{"category":"<b>c</b>"}}"#,
        );
        let html = article_cards(&list, UtcOffset::VIETNAM, true, &VI);
        for raw in ["<script", "<img src=x", "<b>", "\"2\"", "'dẫn'"] {
            assert!(!html.contains(raw), "{raw} in {html}");
        }
        assert!(
            html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;trích&quot; &#39;dẫn&#39;"),
            "{html}"
        );
        assert!(html.contains("&lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt;"), "{html}");
    }

    #[test]
    fn no_image_no_date_no_teaser_no_category_leave_no_empty_markup() {
        let list = articles(r#"{"id":"bg-2","title":"Không ảnh"}"#);
        let html = article_cards(&list, UtcOffset::VIETNAM, true, &VI);
        for absent in
            ["<img", "<time", "article-card__teaser", "article-card__category", "article-card__reading"]
        {
            assert!(!html.contains(absent), "{absent} in {html}");
        }
        assert_eq!(article_cards(&[], UtcOffset::VIETNAM, true, &VI), "");
    }
}
