use super::{ArticleBody, Breadcrumb, RelatedArticles, ShareBar, UpdateLine};
use bantin_core::date::UtcOffset;
use bantin_core::feed::{Article, ArticleData};
use bantin_core::i18n::texts;
use leptos::prelude::*;
use std::sync::Arc;

/// One article with the portal page's anatomy: breadcrumb, title, update
/// line, reading time, lead, body, byline; then the share bar and the
/// related articles. With `first_screen`, only what it opens with (see
/// [`ArticleHeader`]), as a static page carries it.
#[component]
pub fn ArticleView(
    /// The article and what is shown around it.
    data: ArticleData,
    /// The article's absolute URL.
    url: String,
    /// Whether to draw only the first screen.
    #[prop(optional)]
    first_screen: bool,
) -> impl IntoView {
    let ArticleData { site, article, related } = data;
    let zone = site.time_zone;
    let rest = (!first_screen).then(|| {
        let byline =
            article.credit().map(|b| view! { <p class="article__byline" data-testid="byline">{b}</p> });
        let body = article.body.clone();
        view! {
            <ArticleBody body base_url=article.base_url.clone() share_url=url.clone()/>
            {byline}
        }
    });
    let around = (!first_screen).then(|| {
        view! {
            <ShareBar article=article.clone() url/>
            <RelatedArticles articles=related zone/>
        }
    });
    view! {
        <article class="article" lang=article.language.clone() data-testid="article">
            <ArticleHeader article=article.clone() zone/>
            {rest}
        </article>
        {around}
    }
}

/// What an article opens with, its first screen: breadcrumb, title, update
/// line, reading time and lead.
#[component]
pub fn ArticleHeader(
    /// The article.
    article: Arc<Article>,
    /// The portal's zone.
    zone: UtcOffset,
) -> impl IntoView {
    let t = texts();
    let reading = article
        .reading_minutes
        .map(|n| view! { <p class="article__reading" data-testid="reading-time">{t.reading_time(n)}</p> });
    let lead = article.summary.clone().map(|s| view! { <p class="article__lead" data-testid="lead">{s}</p> });
    view! {
        <Breadcrumb category=article.category.clone()/>
        <h1 class="article__title">{article.title.clone()}</h1>
        <UpdateLine article=article.clone() zone/>
        {reading}
        {lead}
    }
}
