use crate::components::ListingView;
use leptos::prelude::*;
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

#[derive(Params, Clone, Debug, PartialEq)]
struct HomeParams {
    page: Option<usize>,
}

/// The latest articles, newest first: `/` and `/trang/:page`.
#[component]
pub fn HomePage() -> impl IntoView {
    let params = use_params::<HomeParams>();
    let page = Memo::new(move |_| params.read().as_ref().ok().map(|p| p.page.unwrap_or(1)));
    let category: Option<String> = None;
    view! { <ListingView category page/> }
}
