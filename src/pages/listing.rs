use super::lookup::{Lookup, lookup_view};
use crate::components::{ListingView, SkeletonKind};
use crate::{api, head};
use bantin_core::feed::Listing;
use bantin_core::i18n::texts;
use leptos::prelude::*;

/// A listing page (home or a category): loads it, then shows its articles
/// and pager, a skeleton while loading, an error with retry, or not-found.
#[component]
pub fn ListingPage(
    /// The category listed, `None` for the home page.
    #[prop(into)]
    category: Signal<Option<String>>,
    /// The page, 1-based.
    #[prop(into)]
    page: Signal<usize>,
) -> impl IntoView {
    let listing: Lookup<Listing> = LocalResource::new(move || {
        api::data_version();
        api::listing(category.get(), page.get())
    });
    lookup_view(listing, SkeletonKind::Listing, |listing| {
        set_head(&listing);
        view! { <ListingView listing/> }.into_any()
    })
}

fn set_head(listing: &Listing) {
    let t = texts();
    let Listing { site, category, page, .. } = listing;
    let mut title = match category {
        Some(c) => format!("{} – {}", c.name, site.title),
        None => site.title.clone(),
    };
    if page.page > 1 {
        title = format!("{} ({})", title, t.page_number(page.page));
    }
    let description = match category {
        Some(c) => format!("{}: {}", c.name, site.title),
        None => site.description.clone().unwrap_or_else(|| site.title.clone()),
    };
    head::set(&title, Some(&description));
}
