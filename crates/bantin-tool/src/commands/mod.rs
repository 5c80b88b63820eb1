//! One module per command: its arguments and its run.

pub mod generate;
pub mod layout;
pub mod publish;
pub mod sanitize;
pub mod validate;

use bantin_core::wire::FeedError;
use std::io;
use std::path::{Path, PathBuf};

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    /// A feed document is not a feed.
    #[error("{}: {source}", path.display())]
    Feed { path: PathBuf, source: FeedError },
    /// A feed could not be fetched.
    #[error("{url}: {message}")]
    Fetch { url: String, message: String },
    /// The built site's page cannot serve as the pages' shell.
    #[error(transparent)]
    Shell(#[from] bantin_tool::publish::ShellError),
    /// A page could not be published.
    #[error(transparent)]
    Publish(#[from] bantin_tool::publish::PublishError),
    /// A flag's value cannot be used.
    #[error("{0}")]
    Usage(String),
    /// A layout could not be written.
    #[error(transparent)]
    Layout(#[from] bantin_tool::LayoutError),
    /// Nothing to work on.
    #[error("{0}")]
    Empty(&'static str),
}

/// The bytes of a file.
pub fn read(path: &Path) -> Result<Vec<u8>, Error> {
    std::fs::read(path).map_err(|source| Error::Io { path: path.to_owned(), source })
}

/// An absolute `http(s)` URL with a host, as a flag's value.
pub fn http_url(value: &str) -> Result<String, String> {
    let has_host = ["https://", "http://"].iter().any(|scheme| {
        value.strip_prefix(scheme).is_some_and(|host| !host.is_empty() && !host.starts_with('/'))
    });
    if has_host {
        Ok(value.to_owned())
    } else {
        Err(format!("must be an absolute http(s) URL, not {value:?}"))
    }
}

/// Where the first document of a source is taken to be published: `base`
/// (the `--base-url`), else the feed's own absolute `feed_url`, else the
/// layout's root (see `bantin_tool::LOCAL_ORIGIN`).
pub fn source_url(base: Option<&str>, feed: &Path, first: &[u8]) -> String {
    if let Some(base) = base {
        return base.to_owned();
    }
    if let Some(url) = bantin_tool::feed_url_of(first) {
        return url;
    }
    let name = feed.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    format!("{}{}", bantin_tool::LOCAL_ORIGIN, bantin_core::text::percent_encode(&name))
}
