use crate::head;
use crate::i18n::texts;
use crate::routes;
use leptos::prelude::*;

/// Shown for an unknown path, article, category or page number.
#[component]
pub fn NotFound() -> impl IntoView {
    let t = texts();
    head::set(t.not_found, None);
    view! {
        <section class="notice" data-testid="not-found">
            <h1 class="notice__title">{t.not_found}</h1>
            <p class="notice__text">{t.not_found_detail}</p>
            <a class="button" href=routes::home(1)>{t.back_home}</a>
        </section>
    }
}
