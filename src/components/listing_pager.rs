use bantin_core::feed::Page;
use bantin_core::i18n::texts;
use leptos::prelude::*;

/// Links to a listing's newer and older pages, and what an older page holds
/// (the days it spans). Pages are counted from the oldest article, so each
/// older page's address keeps its articles (`bantin_core::feed::Paging`).
#[component]
pub fn ListingPager<F>(
    /// The page before this one in time, if any.
    older: Option<Page>,
    /// The page after this one in time, if any.
    newer: Option<Page>,
    /// What this page is called (an older page's days); `None` on the newest.
    label: Option<String>,
    /// The href of a page of this listing.
    href: F,
) -> impl IntoView
where
    F: Fn(Page) -> String + 'static,
{
    let t = texts();
    if older.is_none() && newer.is_none() {
        return None;
    }
    let newer = newer.map(|page| {
        view! { <a class="pager__link pager__link--previous" href=href(page) rel="prev">{t.newer_page}</a> }
    });
    let label = label.map(|label| view! { <span class="pager__current" aria-current="page">{label}</span> });
    let older = older.map(|page| {
        view! { <a class="pager__link pager__link--next" href=href(page) rel="next">{t.more}</a> }
    });
    Some(view! {
        <nav class="pager" aria-label=t.pages>
            {newer}
            {label}
            {older}
        </nav>
    })
}
