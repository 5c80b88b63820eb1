//! `bantin-tool`: the native tool for a portal's feed.
//!
//! ```sh
//! bantin-tool previews --feed public/feed.json --dist dist --site-url https://binhgiang.example.vn
//! bantin-tool layout   --feed big.json --out site/ [--page-size 20] [--base-url https://cms.vn/feed.json]
//! bantin-tool validate --feed big.json [--base-url https://cms.vn/feed.json]
//! bantin-tool generate --articles 100000 --out big.json [--seed 1] [--categories 6]
//! ```
//!
//! A feed is read from disk: its first document from `--feed`, each later one
//! (`next_url`) from the file at the same place relative to it. The work is
//! done by [`bantin::preview`] and [`bantin::tool`]; this binary only parses
//! arguments and does the I/O.

use bantin::api::wire::FeedError;
use bantin::feed::{Archive, parse_page};
use bantin::preview::{self, PreviewError};
use bantin::text::percent_encode;
use bantin::tool::{
    Chain, DEFAULT_PAGE_SIZE, GenerateOptions, LOCAL_ORIGIN, Layout, LayoutError, MAX_DOCUMENTS, Sink,
    feed_url_of, validate_feed, write_feed,
};
use bantin::urls;
use std::collections::{HashMap, HashSet};
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage:
  bantin-tool previews --feed <feed.json> --dist <built site> --site-url <https://origin>
  bantin-tool layout   --feed <big.json> --out <folder> [--page-size 20] [--base-url <URL of the feed>]
  bantin-tool validate --feed <feed.json> [--base-url <URL of the feed>]
  bantin-tool generate --articles <N> --out <file.json> [--seed 1] [--categories 6]";

/// Why a command failed.
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
    #[error(transparent)]
    Layout(#[from] LayoutError),
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let command = args.next().unwrap_or_default();
    let outcome = match command.as_str() {
        "previews" => flags(args, &["--feed", "--dist", "--site-url"]).and_then(|f| previews(&f)),
        "layout" => flags(args, &["--feed", "--out", "--page-size", "--base-url"]).and_then(|f| layout(&f)),
        "validate" => flags(args, &["--feed", "--base-url"]).and_then(|f| validate(&f)),
        "generate" => {
            flags(args, &["--articles", "--out", "--seed", "--categories"]).and_then(|f| generate(&f))
        }
        "-h" | "--help" | "help" => {
            println!("bantin-tool: the native tool for a portal's feed\n{USAGE}");
            return ExitCode::SUCCESS;
        }
        "" => Err(Error::Usage("a command is required".into())),
        other => Err(Error::Usage(format!("unknown command {other:?}"))),
    };
    match outcome {
        Ok(code) => code,
        Err(error) => {
            let known = ["previews", "layout", "validate", "generate"].contains(&command.as_str());
            let name = if known { format!("bantin-tool {command}") } else { "bantin-tool".to_owned() };
            eprintln!("{name}: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The command line's `--name value` and `--name=value` pairs; each name must be in `allowed`.
#[derive(Debug)]
struct Flags(HashMap<String, String>);

fn flags(args: impl Iterator<Item = String>, allowed: &[&str]) -> Result<Flags, Error> {
    let mut found = HashMap::new();
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) => (name.to_owned(), Some(value.to_owned())),
            None => (arg, None),
        };
        if name == "-h" || name == "--help" {
            return Err(Error::Usage("help".into()));
        }
        if !allowed.contains(&name.as_str()) {
            return Err(Error::Usage(format!("unknown argument {name:?}")));
        }
        let value =
            inline.or_else(|| args.next()).ok_or_else(|| Error::Usage(format!("{name} needs a value")))?;
        found.insert(name, value);
    }
    Ok(Flags(found))
}

impl Flags {
    fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    fn required(&self, name: &str) -> Result<&str, Error> {
        self.get(name).ok_or_else(|| Error::Usage(format!("{name} is required")))
    }

    fn number(&self, name: &str, default: Option<u64>) -> Result<u64, Error> {
        match (self.get(name), default) {
            (Some(value), _) => value
                .parse()
                .map_err(|_| Error::Usage(format!("{name} must be a whole number, not {value:?}"))),
            (None, Some(default)) => Ok(default),
            (None, None) => Err(Error::Usage(format!("{name} is required"))),
        }
    }

    /// An absolute http(s) URL.
    fn url(&self, name: &str) -> Result<Option<&str>, Error> {
        let Some(url) = self.get(name) else { return Ok(None) };
        let has_host = ["https://", "http://"].iter().any(|scheme| {
            url.strip_prefix(scheme).is_some_and(|host| !host.is_empty() && !host.starts_with('/'))
        });
        if !has_host {
            return Err(Error::Usage(format!("{name} must be an absolute http(s) URL, not {url:?}")));
        }
        Ok(Some(url))
    }
}

fn read(path: &Path) -> Result<Vec<u8>, Error> {
    fs::read(path).map_err(|source| Error::Io { path: path.to_owned(), source })
}

// ---- previews ----

/// Writes a link-preview page for every article into the built site.
fn previews(flags: &Flags) -> Result<ExitCode, Error> {
    let site_url = flags.url("--site-url")?.ok_or_else(|| Error::Usage("--site-url is required".into()))?;
    let site_url = site_url.trim_end_matches('/').to_owned();
    let (feed, dist) = (PathBuf::from(flags.required("--feed")?), PathBuf::from(flags.required("--dist")?));
    let index_path = dist.join("index.html");
    let index = fs::read_to_string(&index_path).map_err(|source| Error::Io { path: index_path, source })?;
    let archive = read_archive(&feed, &site_url)?;
    let (mut written, mut skipped) = (0, 0);
    for article in &archive.articles {
        let Some(paths) = preview::page_paths(article) else {
            eprintln!(
                "bantin-tool previews: skipped {:?}: the id is not safe as a directory name",
                article.id
            );
            skipped += 1;
            continue;
        };
        let html = preview::render(&index, &archive.site, article, &site_url)?;
        for path in paths {
            write_file(&dist.join(path), html.as_bytes())?;
        }
        written += 1;
    }
    println!("bantin-tool previews: wrote {written} article pages ({skipped} skipped)");
    Ok(ExitCode::SUCCESS)
}

fn write_file(path: &Path, contents: &[u8]) -> Result<(), Error> {
    let io = |source| Error::Io { path: path.to_owned(), source };
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(io)?;
    }
    fs::write(path, contents).map_err(io)
}

/// Reads every document of the feed as the app reads it, the first served at
/// the site's root. For a feed with a static layout these are the home
/// listing's pages, whose items carry everything a preview shows.
fn read_archive(feed: &Path, site_url: &str) -> Result<Archive, Error> {
    let name = feed.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut url = format!("{site_url}/{}", percent_encode(&name));
    let mut chain = Chain::new(feed, &url, MAX_DOCUMENTS);
    let mut path = feed.to_owned();
    let mut archive: Option<Archive> = None;
    loop {
        let bytes = read(&path)?;
        let resolve = |reference: &str| urls::resolve(&url, reference);
        let page = parse_page(&bytes, &resolve, archive.as_ref().map(|a| &a.site))
            .map_err(|source| Error::Feed { path: path.clone(), source })?;
        match &mut archive {
            Some(archive) => archive.push(&page),
            None => archive = Some(Archive::new(&page)),
        }
        let Some(next) = page.next_url else { break };
        match chain.follow(&next) {
            Ok(file) => (url, path) = (next, file),
            Err(stop) => {
                eprintln!("bantin-tool previews: not following {next}: {stop}");
                break;
            }
        }
    }
    archive.ok_or_else(|| Error::Usage("no feed document".into()))
}

// ---- layout ----

/// Where the first document of a source is taken to be published: the
/// `--base-url`, else the feed's own absolute `feed_url`, else the layout's
/// root (see `bantin::tool::LOCAL_ORIGIN`).
fn source_url(flags: &Flags, feed: &Path, first: &[u8]) -> Result<String, Error> {
    if let Some(base) = flags.url("--base-url")? {
        return Ok(base.to_owned());
    }
    if let Some(url) = feed_url_of(first) {
        return Ok(url);
    }
    let name = feed.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(format!("{LOCAL_ORIGIN}{}", percent_encode(&name)))
}

/// Writes files under a folder, creating each folder once.
struct Folder {
    root: PathBuf,
    made: HashSet<PathBuf>,
}

impl Sink for Folder {
    fn put(&mut self, path: &str, contents: &[u8]) -> io::Result<()> {
        let file = self.root.join(path);
        if let Some(dir) = file.parent()
            && !self.made.contains(dir)
        {
            fs::create_dir_all(dir)?;
            self.made.insert(dir.to_owned());
        }
        // `contents` is the whole file, serialised into one buffer: one write.
        fs::write(&file, contents)
    }
}

/// Converts a big feed into the static layout.
fn layout(flags: &Flags) -> Result<ExitCode, Error> {
    let started = Instant::now();
    let feed = PathBuf::from(flags.required("--feed")?);
    let out = PathBuf::from(flags.required("--out")?);
    let page_size = flags.number("--page-size", Some(DEFAULT_PAGE_SIZE as u64))?;
    let page_size = usize::try_from(page_size)
        .ok()
        .filter(|n| (1..=10_000).contains(n))
        .ok_or_else(|| Error::Usage("--page-size must be 1 to 10000".into()))?;
    let mut bytes = read(&feed)?;
    let mut url = source_url(flags, &feed, &bytes)?;
    let mut chain = Chain::new(&feed, &url, MAX_DOCUMENTS);
    let mut layout = Layout::new(Folder { root: out.clone(), made: HashSet::new() }, page_size);
    loop {
        let next = layout.add_document(&bytes, &url)?;
        let Some(next) = next else { break };
        match chain.follow(&next) {
            Ok(path) => {
                bytes = read(&path)?;
                url = next;
            }
            Err(stop) => {
                eprintln!("bantin-tool layout: not following {next}: {stop}");
                break;
            }
        }
    }
    drop(bytes);
    let (_, summary) = layout.finish()?;
    for note in &summary.notes {
        eprintln!("bantin-tool layout: {note}");
    }
    println!(
        "bantin-tool layout: {} items, {} articles, {} home pages, {} categories; {} files, {} bytes in {} ({:.1} s)",
        summary.items,
        summary.articles,
        summary.home_pages,
        summary.categories,
        summary.files,
        summary.bytes,
        out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

// ---- validate ----

/// Reports every problem of a feed; fails when there is one.
fn validate(flags: &Flags) -> Result<ExitCode, Error> {
    let feed = PathBuf::from(flags.required("--feed")?);
    let url = source_url(flags, &feed, &read(&feed)?)?;
    let validator = validate_feed(&feed, &url, |path| fs::read(path));
    let mut stdout = io::stdout().lock();
    let io = |source| Error::Io { path: "<stdout>".into(), source };
    for problem in validator.problems() {
        writeln!(stdout, "{problem}").map_err(io)?;
    }
    writeln!(stdout, "{}", validator.summary()).map_err(io)?;
    Ok(if validator.problems().is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

// ---- generate ----

/// Writes a synthetic big feed.
fn generate(flags: &Flags) -> Result<ExitCode, Error> {
    let started = Instant::now();
    let out = PathBuf::from(flags.required("--out")?);
    let count = |name, default| {
        flags
            .number(name, default)
            .and_then(|n| usize::try_from(n).map_err(|_| Error::Usage(format!("{name} is too large"))))
    };
    let options = GenerateOptions {
        articles: count("--articles", None)?,
        seed: flags.number("--seed", Some(1))?,
        categories: count("--categories", Some(6))?.max(1),
    };
    let io = |source| Error::Io { path: out.clone(), source };
    let mut file = BufWriter::with_capacity(1 << 20, File::create(&out).map_err(io)?);
    write_feed(&mut file, &options).map_err(io)?;
    let file = file.into_inner().map_err(|e| io(e.into_error()))?;
    let size = file.metadata().map_err(io)?.len();
    println!(
        "bantin-tool generate: wrote {} articles, {size} bytes, to {} ({:.1} s)",
        options.articles,
        out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str], allowed: &[&str]) -> Result<Flags, Error> {
        flags(args.iter().map(|a| a.to_string()), allowed)
    }

    #[test]
    fn flags_take_both_spellings_and_only_known_names() {
        let allowed = ["--feed", "--dist", "--site-url"];
        let parsed = parse(&["--feed", "f.json", "--dist=d", "--site-url", "https://a.vn/"], &allowed)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(parsed.get("--feed"), Some("f.json"));
        assert_eq!(parsed.get("--dist"), Some("d"));
        assert!(matches!(parsed.url("--site-url"), Ok(Some("https://a.vn/"))));
        for bad in [&["--feed"][..], &["--verbose", "x"], &["--out", "x"]] {
            assert!(matches!(parse(bad, &allowed), Err(Error::Usage(_))), "{bad:?}");
        }
    }

    #[test]
    fn urls_must_be_absolute_http() {
        for bad in ["a.vn", "https://", "ftp://a.vn", "https:///x"] {
            let parsed = parse(&["--site-url", bad], &["--site-url"]).unwrap_or_else(|e| panic!("{e}"));
            assert!(matches!(parsed.url("--site-url"), Err(Error::Usage(_))), "{bad}");
        }
        let parsed = parse(&["--page-size", "x"], &["--page-size"]).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(parsed.number("--page-size", Some(30)), Err(Error::Usage(_))));
    }
}
