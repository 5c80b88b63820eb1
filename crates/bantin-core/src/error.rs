//! Why content could not be loaded: one type for every load, so each
//! outcome is shown to the reader in its own words (`i18n`).

use crate::net::MAX_DOCUMENT_BYTES;
use crate::wire::FeedError;
use thiserror::Error;

/// Why content could not be loaded. "Not found" is not one of these: loads
/// answer `Ok(None)` for it.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LoadError {
    /// The request did not complete (offline, DNS, CORS, aborted).
    #[error("network error: {0}")]
    Network(String),
    /// The server answered with an error status.
    #[error("HTTP status {0}")]
    Status(u16),
    /// The server answered with a web page where a feed belongs.
    #[error("a web page instead of a feed")]
    WebPage,
    /// No answer within the time allowed, attempt after attempt.
    #[error("timed out")]
    Timeout,
    /// The document is larger than the app will download.
    #[error("larger than {MAX_DOCUMENT_BYTES} bytes")]
    TooLarge,
    /// The view that asked went away; nobody sees this.
    #[error("aborted")]
    Aborted,
    /// The body is not a usable feed.
    #[error(transparent)]
    Feed(#[from] FeedError),
    /// A file of the archive's search index is not in the index's format.
    #[error("damaged search index: {0}")]
    SearchIndex(String),
    /// The part of the app that draws the view could not be downloaded
    /// (offline, or a newer version of the site replaced it).
    #[error("a part of the app could not be loaded")]
    Code,
}
