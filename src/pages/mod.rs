//! The views the routes lead to. Listings (home and categories) are
//! [`crate::components::ListingView`].

mod article;
mod not_found;

pub use article::ArticlePage;
pub use not_found::NotFound;
