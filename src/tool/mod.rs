//! The native tool for large archives (`bantin-tool`): reading a big feed
//! from disk, converting it into the static layout of `docs/feed-format.md`,
//! validating it, and generating synthetic archives to test with.
//!
//! Everything here is pure over bytes and a [`Sink`] for output files; the
//! binary (`src/bin/bantin-tool.rs`) only parses arguments and does the I/O.

mod chain;
mod documents;
mod generate;
mod layout;
mod relocate;
mod search_index;
mod source;
#[cfg(test)]
mod tests;
mod validate;
mod vocabulary;

pub use chain::{Chain, ChainStop, MAX_DOCUMENTS, document_dir, local_file};
pub use generate::{GenerateOptions, write_feed};
pub use layout::{DEFAULT_PAGE_SIZE, DOC_CHUNK, Layout, LayoutError, LayoutSummary, Sink};
pub use relocate::{LOCAL_ORIGIN, Relocator, rewrite_urls};
pub use search_index::SearchIndex;
pub use source::{Fields, SourceDocument, feed_url_of, read_document};
pub use validate::{Problem, Validator, validate_feed};
