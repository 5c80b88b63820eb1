use crate::api::ArticleView;
use crate::components::{ArticleBody, Breadcrumb, RelatedArticles, ShareBar, UpdateLine, article_view};
use crate::head;
use crate::i18n::texts;
use crate::{config, routes};
use leptos::prelude::*;

/// One article with the portal page's anatomy: breadcrumb, title, update
/// line, lead, body, byline, related articles.
#[component]
pub fn ArticlePage(
    /// The article's feed id.
    #[prop(into)]
    id: Signal<String>,
) -> impl IntoView {
    article_view(id, |view| view! { <ArticleContent view/> }.into_any())
}

#[component]
fn ArticleContent(view: ArticleView) -> impl IntoView {
    let ArticleView { site, article, related } = view;
    let zone = site.time_zone;
    let title = format!("{} – {}", article.title, site.title);
    let description = article.teaser.as_deref().unwrap_or(&article.title);
    head::set(&title, Some(description));
    let lead = article.summary.clone().map(|s| view! { <p class="article__lead" data-testid="lead">{s}</p> });
    let byline = article.credit().map(|b| view! { <p class="article__byline" data-testid="byline">{b}</p> });
    let url = config::app_url(&routes::article(&article.id, &article.title));
    view! {
        <article class="article" lang=article.language.clone() data-testid="article">
            <Breadcrumb category=article.category.clone()/>
            <h1 class="article__title">{article.title.clone()}</h1>
            <UpdateLine article=article.clone() zone/>
            {article.reading_minutes.map(|n| view! { <p class="article__reading" data-testid="reading-time">{texts().reading_time(n)}</p> })}
            {lead}
            <ArticleBody body=article.body.clone() base_url=article.base_url.clone() share_url=url/>
            {byline}
        </article>
        <ShareBar article=article.clone()/>
        <RelatedArticles articles=related zone/>
    }
}
