use crate::date::UtcOffset;
use crate::feed::Article;
use crate::i18n::texts;
use crate::routes;
use leptos::prelude::*;
use std::sync::Arc;

/// One article in a listing: thumbnail, category, title, date and teaser.
#[component]
pub fn ArticleCard(
    /// The article.
    article: Arc<Article>,
    /// The portal's zone, for the date.
    zone: UtcOffset,
    /// Whether to name the category (not on that category's own listing).
    #[prop(default = true)]
    show_category: bool,
) -> impl IntoView {
    let t = texts();
    let href = routes::article(&article.id, &article.title);
    // The thumbnail repeats the title link: hidden from keyboards and screen readers.
    let thumbnail = article.image.clone().map(|src| {
        view! {
            <a class="article-card__thumb" href=href.clone() tabindex="-1" aria-hidden="true">
                <img src=src alt="" width="320" height="180" loading="lazy" decoding="async"/>
            </a>
        }
    });
    let category = article.category.clone().filter(|_| show_category).map(|c| {
        view! { <a class="article-card__category" href=routes::category(&c.id, 1)>{c.name}</a> }
    });
    let date = article.listed().map(|at| {
        let local = at.to_local(zone);
        view! { <time class="article-card__date" datetime=local.to_rfc3339()>{t.date(&local)}</time> }
    });
    let reading = article
        .reading_minutes
        .map(|n| view! { <span class="article-card__reading">{t.reading_time(n)}</span> });
    let teaser = article.teaser.clone().map(|t| view! { <p class="article-card__teaser">{t}</p> });
    view! {
        <li class="article-card" data-testid="article-card">
            {thumbnail}
            <div class="article-card__text">
                <h2 class="article-card__title"><a href=href>{article.title.clone()}</a></h2>
                <p class="article-card__meta">{category}{date}{reading}</p>
                {teaser}
            </div>
        </li>
    }
}
