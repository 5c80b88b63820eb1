//! One view per route.

mod article;
mod category;
mod home;
mod not_found;

pub use article::ArticlePage;
pub use category::CategoryPage;
pub use home::HomePage;
pub use not_found::NotFound;

use leptos_router::params::ParamsMap;

/// The `:page` of a listing URL: 1 when absent, `None` when not a number.
fn page_number(params: &ParamsMap) -> Option<usize> {
    params.get_str("page").map_or(Some(1), |p| p.parse().ok())
}
