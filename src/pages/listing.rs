use super::lookup::{Lookup, lookup_view};
use crate::components::{ListingView, SkeletonKind};
use crate::router::Location;
use crate::{api, head};
use bantin_core::feed::{Listing, ListingKey, Page};
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
    /// Which page.
    #[prop(into)]
    page: Signal<Page>,
) -> impl IntoView {
    let listing: Lookup<Listing> = LocalResource::new(move || {
        api::data_version();
        api::listing(key.get(), page.get())
    });
    let location = Location::get();
    let on_day = Callback::new(move |day| location.navigate(&routes::day(day, Page::Newest)));
    lookup_view(listing, SkeletonKind::Listing, move |listing| {
        let (title, description) = listing.head(texts());
        head::set(&title, Some(&description));
        view! { <ListingView listing on_day/> }.into_any()
    })
}
