//! An article's first screen as static HTML, for its link-preview page
//! (`src/preview.rs`): the masthead, then the article's breadcrumb, title,
//! update line, reading time and lead, in the markup the app renders for
//! them. Whoever opens a shared link reads the article's opening at once,
//! before the app has loaded; the app then takes the page over
//! (`src/browser/takeover.rs`), and the rest of the article appears below what
//! is already there. Crawlers and browsers without JavaScript get the same.
//!
//! The markup must stay the app's: the end-to-end tests check that the title
//! does not move when the app takes over. Every value from the feed is
//! escaped.

use crate::feed::{Article, Site};
use crate::i18n::Texts;
use crate::prefs::Theme;
use crate::routes;
use crate::text::escape_html;
use std::fmt::Write;

/// The id of the element that holds the first view.
pub const ID: &str = "first-view";

/// The first view of `article` in the interface language of `t`.
pub fn render(site: &Site, article: &Article, t: &Texts) -> String {
    let mut out = format!(r#"<div id="{ID}">"#);
    masthead(&mut out, site, t);
    let _ = write!(out, r#"<main id="noi-dung" class="site-main" tabindex="-1"><article class="article""#);
    if let Some(lang) = &article.language {
        let _ = write!(out, r#" lang="{}""#, escape_html(lang));
    }
    out.push('>');
    let _ = write!(
        out,
        r#"<nav class="breadcrumb" aria-label="{}"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="{}">{}</a></li>"#,
        escape_html(t.breadcrumb),
        routes::home(1),
        escape_html(t.home)
    );
    if let Some(c) = &article.category {
        let _ = write!(
            out,
            r#"<li class="breadcrumb__item"><a href="{}">{}</a></li>"#,
            escape_html(&routes::category(&c.id, 1)),
            escape_html(&c.name)
        );
    }
    let _ = write!(out, r#"</ol></nav><h1 class="article__title">{}</h1>"#, escape_html(&article.title));
    update_line(&mut out, site, article, t);
    if let Some(minutes) = article.reading_minutes {
        let _ = write!(out, r#"<p class="article__reading">{}</p>"#, escape_html(&t.reading_time(minutes)));
    }
    if let Some(lead) = &article.summary {
        let _ = write!(out, r#"<p class="article__lead">{}</p>"#, escape_html(lead));
    }
    out.push_str("</article></main></div>");
    out
}

/// `SiteHeader` with its search box and reading options, as the app first
/// draws it on an article (no link is the current page).
fn masthead(out: &mut String, site: &Site, t: &Texts) {
    let _ = write!(
        out,
        r##"<a class="skip-link" href="#noi-dung">{skip}</a><header class="site-header"><div class="site-header__inner"><a class="site-header__brand" href="/"><span class="site-header__logo" aria-hidden="true"></span><span class="site-header__name">{title}</span></a><form class="site-search" role="search" action="/tim-kiem" method="get"><label class="visually-hidden" for="site-search-query">{search}</label><input id="site-search-query" class="site-search__input" type="search" name="q" placeholder="{placeholder}"><button class="site-search__button" type="submit">{button}</button></form>"##,
        skip = escape_html(t.skip_to_content),
        title = escape_html(&site.title),
        search = escape_html(t.search),
        placeholder = escape_html(t.search_placeholder),
        button = escape_html(t.search_button),
    );
    let _ = write!(
        out,
        r#"<div class="reading-options" role="group" aria-label="{settings}"><span class="reading-options__size" role="group" aria-label="{size}"><button type="button" class="reading-options__button" title="{smaller}"><span aria-hidden="true">A−</span><span class="visually-hidden">{smaller}</span></button><button type="button" class="reading-options__button" title="{larger}"><span aria-hidden="true">A+</span><span class="visually-hidden">{larger}</span></button></span><label class="reading-options__theme"><span class="visually-hidden">{theme}</span><select class="reading-options__select">"#,
        settings = escape_html(t.reading_settings),
        size = escape_html(t.text_size),
        smaller = escape_html(t.text_smaller),
        larger = escape_html(t.text_larger),
        theme = escape_html(t.theme),
    );
    for (theme, name) in Theme::ALL.into_iter().zip([t.theme_auto, t.theme_light, t.theme_dark]) {
        let _ = write!(out, r#"<option value="{}">{}</option>"#, theme.name(), escape_html(name));
    }
    let _ = write!(
        out,
        r#"</select></label><button type="button" class="reading-options__button reading-options__language" lang="{}">{}</button></div></div>"#,
        escape_html(t.other_language_code),
        escape_html(t.other_language)
    );
    let _ = write!(
        out,
        r#"<nav class="category-nav" aria-label="{}"><ul class="category-nav__list"><li class="category-nav__item"><a href="/" class="category-nav__link">{}</a></li>"#,
        escape_html(t.categories),
        escape_html(t.home)
    );
    for c in &site.categories {
        let _ = write!(
            out,
            r#"<li class="category-nav__item"><a href="{}" class="category-nav__link">{}</a></li>"#,
            escape_html(&routes::category(&c.id, 1)),
            escape_html(&c.name)
        );
    }
    out.push_str("</ul></nav></header>");
}

/// `UpdateLine`: "Cập nhật lúc 12:41 ngày 31/03/2023 - Số lượt xem: 100".
fn update_line(out: &mut String, site: &Site, article: &Article, t: &Texts) {
    out.push_str(r#"<p class="update-line">"#);
    let updated = article.updated().map(|at| at.to_local(site.time_zone));
    if let Some(local) = &updated {
        let _ = write!(
            out,
            r#"<time datetime="{}">{}</time>"#,
            local.to_rfc3339(),
            escape_html(&t.updated(local))
        );
    }
    if let Some(views) = article.views {
        if updated.is_some() {
            out.push_str(" - ");
        }
        let _ =
            write!(out, r#"<span class="update-line__views">{}</span>"#, escape_html(&t.view_count(views)));
    }
    out.push_str("</p>");
}

#[cfg(test)]
mod tests {
    use super::render;
    use crate::feed::parse_page;
    use crate::i18n::{EN, VI};

    fn seed() -> crate::feed::FeedPage {
        let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/public/feed.json"))
            .unwrap_or_else(|e| panic!("{e}"));
        let resolve = |r: &str| crate::urls::resolve("https://binhgiang.example.vn/feed.json", r);
        parse_page(&bytes, &resolve, None).unwrap_or_else(|e| panic!("{e}"))
    }

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
        let page = seed();
        let article =
            page.articles.iter().find(|a| a.id == "bg-2023-0331-nq29").unwrap_or_else(|| panic!("seed"));
        let html = render(&page.site, article, &VI);
        assert!(
            html.starts_with(r##"<div id="first-view"><a class="skip-link" href="#noi-dung">"##),
            "{html}"
        );
        assert!(html.ends_with("</article></main></div>"));
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
        let lead = article.summary.as_deref().unwrap_or_default();
        assert!(
            html.contains(&format!(r#"<p class="article__lead">{}</p>"#, crate::text::escape_html(lead)))
        );
        assert_eq!(html.matches("<h1").count(), 1);
        assert_eq!(html.matches(r#"class="category-nav__item""#).count(), page.site.categories.len() + 1);

        let english = text(&render(&page.site, article, &EN));
        assert!(english.contains("Updated 12:41, 31 March 2023 - Views: 100"), "{english}");
    }

    #[test]
    fn feed_text_is_escaped_everywhere() {
        let mut page = seed();
        page.site.title = "<script>alert(1)</script>".to_owned();
        let mut article = (*page.articles[0]).clone();
        article.title = r#""><img src=x onerror=alert(2)>"#.to_owned();
        article.summary = Some("</p><script>alert(3)</script>".to_owned());
        article.language = Some(r#"vi" onclick="alert(4)"#.to_owned());
        let html = render(&page.site, &article, &VI);
        for raw in ["<script", "<img", r#"" onclick"#] {
            assert!(!html.contains(raw), "{raw} in {html}");
        }
    }
}
