use crate::components::NotFoundNotice;
use crate::head;
use bantin_core::i18n::texts;
use leptos::prelude::*;

/// Shown for an unknown path, article, category or page number.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    head::set_not_found(texts().not_found);
    crate::browser::reveal_over_not_found();
    view! { <NotFoundNotice/> }
}
