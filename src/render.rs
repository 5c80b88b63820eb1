//! The static pages' markup, rendered natively by the components the app
//! draws in the browser, so the two cannot drift. `bantin-tool` puts it into
//! the pages it writes; the app takes such a page over
//! (`browser::takeover`) without anything moving.
//!
//! Every value from the feed reaches the markup through the components, which
//! escape text and attributes as the browser's DOM calls would.

use crate::components::{ArticleView, MainRegion, STATIC_VIEW_ID, SiteHeader};
use crate::prefs::Prefs;
use bantin_core::feed::ArticleData;
use bantin_core::i18n::{self, Lang};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

/// An article's first screen in `lang`: the masthead, then the article's
/// breadcrumb, title, update line, reading time and lead, inside the
/// element the app takes over. `path` is the article's path, `url` its
/// absolute URL.
pub fn article_first_screen(data: &ArticleData, path: &str, url: &str, lang: Lang) -> String {
    let (data, path, url) = (data.clone(), path.to_owned(), url.to_owned());
    render(lang, move || {
        let site = Signal::stored(Some(Ok(data.site.clone())));
        view! {
            <div id=STATIC_VIEW_ID>
                <SiteHeader site path on_search=|_| () prefs=Prefs::default()/>
                <MainRegion bare=false>
                    <ArticleView data url first_screen=true/>
                </MainRegion>
            </div>
        }
    })
}

/// Renders a view in `lang`, with an owner of its own for its signals.
fn render<V: IntoView + 'static>(lang: Lang, view: impl FnOnce() -> V) -> String {
    i18n::set_language(lang);
    let owner = Owner::new();
    let html = owner.with(|| view().into_view().to_html());
    owner.cleanup();
    without_hydration_markers(&html)
}

/// The markup without the empty comments (`<!>`) Leptos leaves for
/// hydration, where an optional part is absent or two texts meet: the app
/// takes a static page over rather than hydrating it, and a reader's browser
/// or a crawler has no use for them. Text and attribute values are escaped
/// (`<` is `&lt;` in both), so every `<!>` in the output is such a marker.
fn without_hydration_markers(html: &str) -> String {
    html.replace("<!>", "")
}

#[cfg(test)]
mod tests {
    use super::{article_first_screen, without_hydration_markers};
    use bantin_core::feed::{ArticleData, FeedPage, parse_page};
    use bantin_core::i18n::Lang;
    use bantin_core::routes;
    use std::sync::Arc;

    fn sample() -> FeedPage {
        let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/public/feed.json"))
            .unwrap_or_else(|e| panic!("{e}"));
        let resolve = |r: &str| bantin_core::urls::resolve("https://binhgiang.example.vn/feed.json", r);
        parse_page(&bytes, &resolve, None).unwrap_or_else(|e| panic!("{e}"))
    }

    fn first_screen(page: &FeedPage, article: &Arc<bantin_core::feed::Article>, lang: Lang) -> String {
        let data = ArticleData { site: page.site.clone(), article: Arc::clone(article), related: Vec::new() };
        let path = routes::article(&article.id, &article.title);
        article_first_screen(&data, &path, &format!("https://binhgiang.example.vn{path}"), lang)
    }

    /// The text a reader sees: the markup without its tags.
    fn text(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn the_seed_article_opens_with_its_anatomy() {
        let page = sample();
        let article = page.articles.iter().find(|a| a.id == "bg-2023-0331-nq29");
        let article = article.unwrap_or_else(|| panic!("the seed is missing"));
        let html = first_screen(&page, article, Lang::Vi);
        assert!(
            html.starts_with(r##"<div id="first-view"><a href="#noi-dung" class="skip-link">"##),
            "{html}"
        );
        assert!(html.ends_with("</article></main></div>"), "{html}");
        let shown = text(&html);
        for expected in [
            "Cổng thông tin điện tử",
            "Trang chủ",
            "Giáo dục – Đào tạo",
            &article.title,
            "Cập nhật lúc 12:41 ngày 31/03/2023 - Số lượt xem: 100",
            "phút đọc",
        ] {
            assert!(shown.contains(expected), "{expected:?} not in {shown}");
        }
        let lead = bantin_core::text::escape_html(article.summary.as_deref().unwrap_or_default());
        assert!(html.contains(&format!(r#"class="article__lead">{lead}</p>"#)), "{html}");
        assert_eq!(html.matches("<h1").count(), 1);
        assert_eq!(html.matches(r#"class="category-nav__item""#).count(), page.site.categories.len() + 1);
        assert!(!html.contains("<!>"), "no hydration markers in a static page");

        let english = text(&first_screen(&page, article, Lang::En));
        assert!(english.contains("Updated 12:41, 31 March 2023 - Views: 100"), "{english}");
    }

    #[test]
    fn feed_text_is_escaped_everywhere() {
        let mut page = sample();
        page.site.title = "<script>alert(1)</script>".to_owned();
        let mut article = (*page.articles[0]).clone();
        article.title = r#""><img src=x onerror=alert(2)>"#.to_owned();
        article.summary = Some("</p><script>alert(3)</script>".to_owned());
        article.language = Some(r#"vi" onclick="alert(4)"#.to_owned());
        let html = first_screen(&page, &Arc::new(article), Lang::Vi);
        for raw in ["<script", "<img", r#"" onclick"#] {
            assert!(!html.contains(raw), "{raw} in {html}");
        }
    }

    #[test]
    fn markers_go_and_escaped_text_stays() {
        assert_eq!(without_hydration_markers("<p>a<!> b</p><!><ul><!></ul>"), "<p>a b</p><ul></ul>");
        assert_eq!(without_hydration_markers("<p>&lt;!&gt;</p>"), "<p>&lt;!&gt;</p>");
    }
}
