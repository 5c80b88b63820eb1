use super::cards::article_cards;
use super::{FeaturedStories, MostRead, Pager, SectionBlocks};
use bantin_core::feed::Listing;
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::either::Either;
use leptos::prelude::*;

/// A page of a listing (home or a category): its heading, its articles'
/// cards and the pager. The home page's first page leads with its featured
/// stories (then the latest news are under a second-level heading) and ends
/// with the most read and each section's newest.
#[component]
pub fn ListingView(
    /// The page.
    listing: Listing,
) -> impl IntoView {
    let t = texts();
    let Listing { site, category, page, front } = listing;
    let front = front.unwrap_or_default();
    let heading = category.as_ref().map_or(t.latest.to_owned(), |c| c.name.clone());
    let heading = if front.featured.is_empty() {
        Either::Left(view! { <h1 class="listing__title">{heading}</h1> })
    } else {
        Either::Right(view! { <h2 class="listing__title">{heading}</h2> })
    };
    let empty = page.articles.is_empty().then(|| {
        let text = if category.is_some() { t.empty_category } else { t.empty_feed };
        view! { <p class="listing__empty">{text}</p> }
    });
    let show_category = category.is_none();
    let href = move |n| match &category {
        Some(c) => routes::category(&c.id, n),
        None => routes::home(n),
    };
    let zone = site.time_zone;
    // Static once shown: inserted as one piece of escaped HTML (cards.rs).
    let cards = article_cards(&page.articles, zone, show_category, t);
    view! {
        <div class="front">
            <FeaturedStories articles=front.featured zone/>
            <section class="listing" data-testid="listing">
                {heading}
                {empty}
                <ul class="listing__list" inner_html=cards></ul>
                <Pager page=page.page has_next=page.has_next href/>
            </section>
            <MostRead articles=front.most_read/>
            <SectionBlocks sections=front.sections zone/>
        </div>
    }
}
