use crate::components::ListingView;
use leptos::prelude::*;
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

#[derive(Params, Clone, Debug, PartialEq)]
struct CategoryParams {
    category: Option<String>,
    page: Option<usize>,
}

/// One category's articles: `/chuyen-muc/:category` and `…/trang/:page`.
#[component]
pub fn CategoryPage() -> impl IntoView {
    let params = use_params::<CategoryParams>();
    let category = Memo::new(move |_| params.read().as_ref().ok().and_then(|p| p.category.clone()));
    let page = Memo::new(move |_| params.read().as_ref().ok().map(|p| p.page.unwrap_or(1)));
    view! { <ListingView category page/> }
}
