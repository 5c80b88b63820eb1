use super::{Pager, SkeletonKind, resource_view};
use crate::api::{self, Listing};
use crate::cards::article_cards;
use crate::head;
use crate::i18n::texts;
use crate::routes;
use leptos::prelude::*;

/// A listing page (home or a category): loads it, then shows its articles
/// and pager, a skeleton while loading, an error with retry, or not-found.
#[component]
pub fn ListingView(
    /// The category listed, `None` for the home page.
    #[prop(into)]
    category: Signal<Option<String>>,
    /// The page, 1-based.
    #[prop(into)]
    page: Signal<usize>,
) -> impl IntoView {
    let listing = LocalResource::new(move || {
        api::data_version();
        api::listing(category.get(), page.get())
    });
    resource_view(listing, SkeletonKind::Listing, |listing| view! { <ListingContent listing/> }.into_any())
}

#[component]
fn ListingContent(listing: Listing) -> impl IntoView {
    let t = texts();
    let Listing { site, category, page } = listing;
    let zone = site.time_zone;
    let heading = category.as_ref().map_or(t.latest.to_owned(), |c| c.name.clone());
    let mut title = match &category {
        Some(c) => format!("{} – {}", c.name, site.title),
        None => site.title.clone(),
    };
    if page.page > 1 {
        title = format!("{} ({})", title, t.page_number(page.page));
    }
    let description = match &category {
        Some(c) => format!("{}: {}", c.name, site.title),
        None => site.description.clone().unwrap_or_else(|| site.title.clone()),
    };
    head::set(&title, Some(&description));
    let empty = page.articles.is_empty().then(|| {
        let text = if category.is_some() { t.empty_category } else { t.empty_feed };
        view! { <p class="listing__empty">{text}</p> }
    });
    let show_category = category.is_none();
    let (key, href): (String, fn(&str, usize) -> String) = match category {
        Some(c) => (c.id, routes::category),
        None => (String::new(), |_, page| routes::home(page)),
    };
    // Static once shown: inserted as one piece of escaped HTML (src/cards.rs).
    let cards = article_cards(&page.articles, zone, show_category, t);
    view! {
        <section class="listing" data-testid="listing">
            <h1 class="listing__title">{heading}</h1>
            {empty}
            <ul class="listing__list" inner_html=cards></ul>
            <Pager page=page.page has_next=page.has_next href key/>
        </section>
    }
}
