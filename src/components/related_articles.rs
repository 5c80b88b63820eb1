use super::DateTime;
use bantin_core::date::UtcOffset;
use bantin_core::feed::Article;
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::prelude::*;
use std::sync::Arc;

/// "Bài viết liên quan": newer and older articles of the same category.
#[component]
pub fn RelatedArticles(
    /// The articles to list; nothing is shown when empty.
    articles: Vec<Arc<Article>>,
    /// The portal's zone, for the dates.
    zone: UtcOffset,
) -> impl IntoView {
    if articles.is_empty() {
        return None;
    }
    let t = texts();
    let items = articles
        .into_iter()
        .map(|a| {
            let date = a.listed().map(|at| view! { <DateTime at zone class="related__date"/> });
            view! {
                <li class="related__item">
                    <a class="related__link" href=routes::article(&a.id, &a.title)>{a.title.clone()}</a>
                    " "
                    {date}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <section class="related" aria-labelledby="related-heading" data-testid="related">
            <h2 class="related__title" id="related-heading">{t.related}</h2>
            <ul class="related__list">{items}</ul>
        </section>
    })
}
