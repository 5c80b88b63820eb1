use bantin_core::feed::Page;
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::prelude::*;

/// The class that marks the not-found notice (the app looks for it in a
/// page's static markup).
pub const NOT_FOUND_CLASS: &str = "notice--not-found";

/// Says there is no such page, and leads home.
#[component]
pub fn NotFoundNotice() -> impl IntoView {
    let t = texts();
    view! {
        <section class="notice notice--not-found" data-testid="not-found">
            <h1 class="notice__title">{t.not_found}</h1>
            <p class="notice__text">{t.not_found_detail}</p>
            <a class="button" href=routes::home(Page::Newest)>{t.back_home}</a>
        </section>
    }
}
