//! The native side of Bantin (`bantin-tool`): reading a portal's feed from
//! disk, writing what a static host serves for it (the static layout of a
//! large archive, the article pages crawlers and shared links open),
//! validating a feed, and generating synthetic archives to test with.
//!
//! Everything here is pure over bytes and a [`Sink`] for output files; the
//! binary (`src/main.rs`) parses arguments and does the I/O. Nothing here
//! calls a browser API: pages are rendered by the app's own components in
//! their native build.

mod chain;
mod documents;
mod generate;
mod layout;
pub mod publish;
mod relocate;
mod search_index;
mod source;
#[cfg(test)]
mod tests;
mod validate;
mod vocabulary;

pub use chain::{Chain, ChainStop, MAX_DOCUMENTS, document_dir, local_file};
pub use generate::{GenerateOptions, write_feed};
pub use layout::{
    DEFAULT_PAGE_SIZE, DOC_CHUNK, LAYOUT_FOLDERS, LayoutError, LayoutSummary, LayoutWriter, Sink,
};
pub use relocate::{LOCAL_ORIGIN, Relocator, rewrite_urls};
pub use search_index::SearchIndex;
pub use source::{Fields, SourceDocument, feed_url_of, read_document};
pub use validate::{Problem, Validator, validate_feed};
