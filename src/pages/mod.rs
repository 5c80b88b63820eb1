//! The views the routes lead to, one page per file. A page owns its data:
//! it loads what it shows (through `crate::api`), sets the document's title,
//! and hands plain data to the components that draw it.

mod article;
mod documents;
mod embed;
mod embed_code;
mod listing;
mod lookup;
mod not_found;
mod print;
mod search;
mod share;

pub use article::ArticlePage;
pub use documents::DocumentsPage;
pub use embed::EmbedPage;
pub use embed_code::EmbedCodePage;
pub use listing::ListingPage;
pub use lookup::retry;
pub use not_found::NotFoundPage;
pub use print::PrintPage;
pub use search::SearchPage;
pub use share::SharePage;
