use super::lookup::{Lookup, lookup_view};
use crate::components::{ListingView, SkeletonKind};
use crate::router::Location;
use crate::{api, head};
use bantin_core::feed::{Listing, ListingKey};
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::prelude::*;

/// A listing page (home, a category, a topic or a day): loads it, then
/// shows its articles and pager, a skeleton while loading, an error with
/// retry, or not-found.
#[component]
pub fn ListingPage(
    /// What is listed.
    #[prop(into)]
    key: Signal<ListingKey>,
    /// The page, 1-based.
    #[prop(into)]
    page: Signal<usize>,
) -> impl IntoView {
    let listing: Lookup<Listing> = LocalResource::new(move || {
        api::data_version();
        api::listing(key.get(), page.get())
    });
    let location = Location::get();
    let on_day = Callback::new(move |day| location.navigate(&routes::day(day, 1)));
    lookup_view(listing, SkeletonKind::Listing, move |listing| {
        set_head(&listing);
        view! { <ListingView listing on_day/> }.into_any()
    })
}

fn set_head(listing: &Listing) {
    let t = texts();
    let Listing { site, scope, page, .. } = listing;
    let name = scope.name(t);
    let mut title = match &name {
        Some(name) => format!("{name} – {}", site.title),
        None => site.title.clone(),
    };
    if page.page > 1 {
        title = format!("{} ({})", title, t.page_number(page.page));
    }
    let description = match name {
        Some(name) => format!("{name}: {}", site.title),
        None => site.description.clone().unwrap_or_else(|| site.title.clone()),
    };
    head::set(&title, Some(&description));
}
