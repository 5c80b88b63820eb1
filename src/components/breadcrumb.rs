use bantin_core::feed::{Category, Page};
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::prelude::*;

/// Trang chủ › the article's category.
#[component]
pub fn Breadcrumb(
    /// The category, when the article has one.
    category: Option<Category>,
) -> impl IntoView {
    let t = texts();
    let category = category.map(|c| {
        view! { <li class="breadcrumb__item"><a href=routes::category(&c.id, Page::Newest)>{c.name}</a></li> }
    });
    view! {
        <nav class="breadcrumb" aria-label=t.breadcrumb>
            <ol class="breadcrumb__list">
                <li class="breadcrumb__item"><a href=routes::home(Page::Newest)>{t.home}</a></li>
                {category}
            </ol>
        </nav>
    }
}
