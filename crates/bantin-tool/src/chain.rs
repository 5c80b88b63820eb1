//! Following a feed's `next_url` chain on disk: each later document is the
//! file at the same place, relative to the first one, as its URL is relative
//! to the first document's URL.

use bantin_core::text::percent_decode;
use bantin_core::urls;
use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

/// At most this many documents are read, whatever `next_url` says: enough for
/// a layout of 100,000 articles at any page size above one (3,334 pages at 30).
pub const MAX_DOCUMENTS: usize = 200_000;

/// The documents of one feed read so far, and where the next one is.
#[derive(Debug)]
pub struct Chain {
    dir: PathBuf,
    root: String,
    seen: HashSet<String>,
    limit: usize,
}

/// Why a `next_url` is not followed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChainStop {
    /// It names a document read already: the chain loops.
    Loop,
    /// The limit of documents is reached.
    Limit,
    /// It is not a file under the first document's folder (another site, a query…).
    NotLocal,
}

impl fmt::Display for ChainStop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ChainStop::Loop => "it was read already (the chain loops)",
            ChainStop::Limit => "the limit of documents is reached",
            ChainStop::NotLocal => "not a file next to the feed",
        })
    }
}

impl Chain {
    /// A chain whose first document is the file `feed`, published at the
    /// absolute URL `first_url`; `limit` documents at most.
    pub fn new(feed: &Path, first_url: &str, limit: usize) -> Self {
        let dir = feed.parent().unwrap_or(Path::new(".")).to_path_buf();
        let root = document_dir(first_url).unwrap_or_default();
        Self { dir, root, seen: HashSet::from([first_url.to_owned()]), limit }
    }

    /// The file of the document at `next` (an absolute URL), now counted as
    /// read; or why it is not to be read.
    pub fn follow(&mut self, next: &str) -> Result<PathBuf, ChainStop> {
        if self.seen.contains(next) {
            return Err(ChainStop::Loop);
        }
        if self.seen.len() >= self.limit {
            return Err(ChainStop::Limit);
        }
        let file = local_file(&self.dir, &self.root, next).ok_or(ChainStop::NotLocal)?;
        self.seen.insert(next.to_owned());
        Ok(file)
    }
}

/// The folder URL of a document (`https://a.vn/x/feed.json` → `https://a.vn/x/`).
pub fn document_dir(url: &str) -> Option<String> {
    urls::resolve(url, ".")
}

/// The file on disk for a URL under `root` (a folder URL, ending in `/`):
/// the same path relative to `dir`. `None` for a URL elsewhere, with a query,
/// or whose path would not name a plain file below `dir`.
pub fn local_file(dir: &Path, root: &str, url: &str) -> Option<PathBuf> {
    let path = url.strip_prefix(root)?;
    let path = path.split('#').next().unwrap_or_default();
    if path.contains('?') {
        return None;
    }
    let mut file = dir.to_path_buf();
    for segment in path.split('/') {
        let segment = percent_decode(segment)?;
        if segment.is_empty() || segment == "." || segment == ".." || segment.contains(['/', '\\', '\0']) {
            return None;
        }
        file.push(segment);
    }
    Some(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_documents_are_files_next_to_the_first() {
        let (dir, root) = (Path::new("public"), "https://a.vn/");
        let local = |url| local_file(dir, root, url);
        assert_eq!(local("https://a.vn/feed-2.json"), Some(PathBuf::from("public/feed-2.json")));
        assert_eq!(
            local("https://a.vn/trang/feed%203.json#x"),
            Some(PathBuf::from("public/trang/feed 3.json"))
        );
        for elsewhere in [
            "https://b.vn/feed-2.json",
            "https://a.vn/feed.json?trang=2",
            "https://a.vn/",
            "https://a.vn/a%2Fb.json",
            "https://a.vn/%2E%2E/x.json",
            "https://a.vn/%ZZ.json",
            "https://a.vn/%+1.json",
        ] {
            assert_eq!(local(elsewhere), None, "{elsewhere}");
        }
    }

    #[test]
    fn a_chain_stops_at_loops_other_sites_and_its_limit() {
        let mut chain = Chain::new(Path::new("out/feed.json"), "https://a.vn/x/feed.json", 3);
        assert_eq!(
            chain.follow("https://a.vn/x/pages/home/2.json"),
            Ok(PathBuf::from("out/pages/home/2.json"))
        );
        assert_eq!(chain.follow("https://a.vn/x/feed.json"), Err(ChainStop::Loop));
        assert_eq!(chain.follow("https://a.vn/x/pages/home/2.json"), Err(ChainStop::Loop));
        assert_eq!(chain.follow("https://a.vn/feed.json"), Err(ChainStop::NotLocal));
        assert_eq!(chain.follow("https://a.vn/x/3.json"), Ok(PathBuf::from("out/3.json")));
        assert_eq!(chain.follow("https://a.vn/x/4.json"), Err(ChainStop::Limit));
        assert_eq!(document_dir("https://a.vn").as_deref(), Some("https://a.vn/"));
    }
}
