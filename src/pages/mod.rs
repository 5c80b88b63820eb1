//! One view per route.

mod article;
mod category;
mod home;
mod not_found;

pub use article::ArticlePage;
pub use category::CategoryPage;
pub use home::HomePage;
pub use not_found::NotFound;
