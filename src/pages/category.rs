use super::page_number;
use crate::components::ListingView;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// One category's articles: `/chuyen-muc/:category` and `…/trang/:page`.
#[component]
pub fn CategoryPage() -> impl IntoView {
    let params = use_params_map();
    let category = Memo::new(move |_| params.with(|p| p.get("category")));
    let page = Memo::new(move |_| params.with(page_number));
    view! { <ListingView category page/> }
}
