use bantin_core::feed::Article;
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::prelude::*;
use std::sync::Arc;

/// "Đọc nhiều": the most read articles, most read first.
#[component]
pub fn MostRead(
    /// The articles; nothing is shown when empty.
    articles: Vec<Arc<Article>>,
) -> impl IntoView {
    if articles.is_empty() {
        return None;
    }
    let t = texts();
    let items = articles
        .into_iter()
        .map(|a| {
            let views = a.views.map(|n| {
                view! { <span class="most-read__views">{t.views}": "{t.number(n)}</span> }
            });
            view! {
                <li class="most-read__item">
                    <a class="most-read__link" href=routes::article(&a.id, &a.title)>{a.title.clone()}</a>
                    {views}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <section class="most-read" aria-labelledby="doc-nhieu" data-testid="most-read">
            <h2 class="most-read__title" id="doc-nhieu">{t.most_read}</h2>
            <ol class="most-read__list">{items}</ol>
        </section>
    })
}
