//! `bantin-pages`: writes a link-preview page for every article of the feed
//! into the built site, so that chat apps and social networks, which fetch a
//! shared URL without running JavaScript, find its title, lead and image.
//!
//! ```sh
//! bantin-pages --feed public/feed.json --dist dist --site-url https://binhgiang.example.vn
//! ```
//!
//! The feed is read from disk, as if served at the site's root; its later
//! documents (`next_url`) are read from files next to it. The pages are built
//! by [`bantin::preview`]; this binary only parses arguments and does the I/O.

use bantin::api::wire::FeedError;
use bantin::feed::{Archive, parse_page};
use bantin::preview::{self, PreviewError};
use bantin::urls;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{fs, io};

/// At most this many feed documents are read, whatever `next_url` says.
const MAX_DOCUMENTS: usize = 1000;

const USAGE: &str = "usage: bantin-pages --feed <feed.json> --dist <built site> --site-url <https://origin>";

/// Why no pages (or not all of them) could be written.
#[derive(Debug, thiserror::Error)]
enum Error {
    #[error("{0}\n{USAGE}")]
    Usage(String),
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("{}: {source}", path.display())]
    Feed { path: PathBuf, source: FeedError },
    #[error(transparent)]
    Preview(#[from] PreviewError),
}

/// The command line.
struct Options {
    feed: PathBuf,
    dist: PathBuf,
    site_url: String,
}

fn main() -> ExitCode {
    let outcome = options(std::env::args().skip(1)).and_then(|options| run(&options));
    match outcome {
        Ok((written, skipped)) => {
            println!("bantin-pages: wrote {written} article pages ({skipped} skipped)");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("bantin-pages: {error}");
            ExitCode::FAILURE
        }
    }
}

fn options(args: impl Iterator<Item = String>) -> Result<Options, Error> {
    let (mut feed, mut dist, mut site_url) = (None, None, None);
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) => (name.to_owned(), Some(value.to_owned())),
            None => (arg, None),
        };
        let slot = match name.as_str() {
            "--feed" => &mut feed,
            "--dist" => &mut dist,
            "--site-url" => &mut site_url,
            "-h" | "--help" => return Err(Error::Usage("link-preview pages for every article".into())),
            other => return Err(Error::Usage(format!("unknown argument {other:?}"))),
        };
        let value =
            inline.or_else(|| args.next()).ok_or_else(|| Error::Usage(format!("{name} needs a value")))?;
        *slot = Some(value);
    }
    let missing = |name: &str| Error::Usage(format!("{name} is required"));
    let site_url = site_url.ok_or_else(|| missing("--site-url"))?.trim_end_matches('/').to_owned();
    let has_host = ["https://", "http://"]
        .iter()
        .any(|scheme| site_url.strip_prefix(scheme).is_some_and(|host| !host.is_empty()));
    if !has_host {
        return Err(Error::Usage(format!("--site-url must be an http(s) origin, not {site_url:?}")));
    }
    Ok(Options {
        feed: feed.ok_or_else(|| missing("--feed"))?.into(),
        dist: dist.ok_or_else(|| missing("--dist"))?.into(),
        site_url,
    })
}

/// Writes the pages; returns how many articles got pages and how many were skipped.
fn run(options: &Options) -> Result<(usize, usize), Error> {
    let index_path = options.dist.join("index.html");
    let index = fs::read_to_string(&index_path).map_err(|source| Error::Io { path: index_path, source })?;
    let archive = read_feed(options)?;
    let (mut written, mut skipped) = (0, 0);
    for article in &archive.articles {
        let Some(paths) = preview::page_paths(article) else {
            eprintln!("bantin-pages: skipped {:?}: the id is not safe as a directory name", article.id);
            skipped += 1;
            continue;
        };
        let html = preview::render(&index, &archive.site, article, &options.site_url)?;
        for path in paths {
            write(&options.dist.join(path), &html)?;
        }
        written += 1;
    }
    Ok((written, skipped))
}

fn write(path: &Path, html: &str) -> Result<(), Error> {
    let io = |source| Error::Io { path: path.to_owned(), source };
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(io)?;
    }
    fs::write(path, html).map_err(io)
}

/// Reads the feed's documents: the first from `--feed`, served (as the app
/// expects) at the site's root; each `next_url` on the site from the file at
/// the same place relative to the first one.
fn read_feed(options: &Options) -> Result<Archive, Error> {
    let root = format!("{}/", options.site_url);
    let dir = options.feed.parent().unwrap_or(Path::new("."));
    let name = options.feed.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let (mut url, mut path) = (format!("{root}{name}"), options.feed.clone());
    let mut seen = HashSet::new();
    let mut archive: Option<Archive> = None;
    loop {
        seen.insert(url.clone());
        let bytes = fs::read(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
        let resolve = |reference: &str| urls::resolve(&url, reference);
        let page = parse_page(&bytes, &resolve, archive.as_ref().map(|a| &a.site))
            .map_err(|source| Error::Feed { path: path.clone(), source })?;
        match &mut archive {
            Some(archive) => archive.push(&page),
            None => archive = Some(Archive::new(&page)),
        }
        let Some(next) = page.next_url else { break };
        let stop = if seen.contains(&next) {
            Some("it was read already")
        } else if seen.len() >= MAX_DOCUMENTS {
            Some("the limit of documents is reached")
        } else {
            None
        };
        let local = local_file(dir, &root, &next);
        match (stop, local) {
            (Some(why), _) => eprintln!("bantin-pages: not following {next}: {why}"),
            (None, None) => eprintln!("bantin-pages: not following {next}: not a file on the site"),
            (None, Some(local)) => {
                (url, path) = (next, local);
                continue;
            }
        }
        break;
    }
    archive.ok_or_else(|| Error::Usage("no feed document".into()))
}

/// The file on disk for a URL under the site's root: the same path relative
/// to `dir`. `None` for a URL elsewhere, with a query, or whose path would not
/// name a plain file below `dir`.
fn local_file(dir: &Path, root: &str, url: &str) -> Option<PathBuf> {
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

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3).filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
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
    fn the_command_line_needs_an_http_origin() {
        let parse = |args: &[&str]| options(args.iter().map(|a| a.to_string()));
        let parsed = parse(&["--feed", "f.json", "--dist=d", "--site-url", "https://a.vn/"]);
        let parsed = parsed.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (parsed.feed, parsed.dist, parsed.site_url.as_str()),
            ("f.json".into(), "d".into(), "https://a.vn")
        );
        for bad in [
            &["--feed", "f", "--dist", "d"][..],
            &["--feed", "f", "--dist", "d", "--site-url", "a.vn"],
            &["--feed", "f", "--dist", "d", "--site-url", "https://"],
            &["--feed"],
            &["--verbose"],
        ] {
            assert!(matches!(parse(bad), Err(Error::Usage(_))), "{bad:?}");
        }
    }
}
