//! The views the routes lead to. Listings (home and categories) are
//! [`crate::components::ListingView`].

mod article;
mod embed;
mod embed_code;
mod not_found;
mod print;
mod search;
mod share;

pub use article::ArticlePage;
pub use embed::EmbedPage;
pub use embed_code::EmbedCodePage;
pub use not_found::NotFound;
pub use print::PrintPage;
pub use search::SearchPage;
pub use share::SharePage;
