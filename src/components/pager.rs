use bantin_core::i18n::texts;
use leptos::prelude::*;

/// Links to the previous and next page of a listing.
#[component]
pub fn Pager<F>(
    /// The current page, 1-based.
    page: usize,
    /// Whether a next page exists.
    has_next: bool,
    /// The href of a page of this listing, by its number.
    href: F,
) -> impl IntoView
where
    F: Fn(usize) -> String + 'static,
{
    let t = texts();
    if page <= 1 && !has_next {
        return None;
    }
    let previous = (page > 1).then(|| {
        view! { <a class="pager__link pager__link--previous" href=href(page - 1) rel="prev">{t.previous_page}</a> }
    });
    let next = has_next.then(|| {
        view! { <a class="pager__link pager__link--next" href=href(page + 1) rel="next">{t.more}</a> }
    });
    Some(view! {
        <nav class="pager" aria-label=t.pages>
            {previous}
            <span class="pager__current" aria-current="page">{t.page_number(page)}</span>
            {next}
        </nav>
    })
}
