use super::page_number;
use crate::components::ListingView;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The latest articles, newest first: `/` and `/trang/:page`.
#[component]
pub fn HomePage() -> impl IntoView {
    let params = use_params_map();
    let page = Memo::new(move |_| params.with(page_number));
    let category: Option<String> = None;
    view! { <ListingView category page/> }
}
