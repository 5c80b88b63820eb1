use super::Pager;
use super::cards::article_cards;
use bantin_core::feed::Listing;
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::prelude::*;

/// A page of a listing (home or a category): its heading, its articles'
/// cards and the pager.
#[component]
pub fn ListingView(
    /// The page.
    listing: Listing,
) -> impl IntoView {
    let t = texts();
    let Listing { site, category, page } = listing;
    let heading = category.as_ref().map_or(t.latest.to_owned(), |c| c.name.clone());
    let empty = page.articles.is_empty().then(|| {
        let text = if category.is_some() { t.empty_category } else { t.empty_feed };
        view! { <p class="listing__empty">{text}</p> }
    });
    let show_category = category.is_none();
    let href = move |n| match &category {
        Some(c) => routes::category(&c.id, n),
        None => routes::home(n),
    };
    // Static once shown: inserted as one piece of escaped HTML (cards.rs).
    let cards = article_cards(&page.articles, site.time_zone, show_category, t);
    view! {
        <section class="listing" data-testid="listing">
            <h1 class="listing__title">{heading}</h1>
            {empty}
            <ul class="listing__list" inner_html=cards></ul>
            <Pager page=page.page has_next=page.has_next href/>
        </section>
    }
}
