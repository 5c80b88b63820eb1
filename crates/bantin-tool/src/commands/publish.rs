//! `bantin-tool publish`: the site's static part for the feed, written into
//! the built site after each publish (see `bantin_tool::publish`).

use super::{Error, http_url};
use bantin_core::date::Timestamp;
use bantin_core::feed::{Archive, Article, parse_page};
use bantin_core::text::percent_encode;
use bantin_core::urls;
use bantin_tool::publish::{self, Options, Output, Shell, URLS_PER_FILE};
use bantin_tool::{Chain, DEFAULT_PAGE_SIZE, LAYOUT_FOLDERS, LayoutWriter, MAX_DOCUMENTS};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// The flags of `publish`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The feed's first document: a file, or an http(s) URL.
    #[arg(long)]
    feed: String,
    /// The built site (`dist/`): its `app.html` is every page's shell, and
    /// the pages go into it.
    #[arg(long)]
    dist: PathBuf,
    /// The origin the site is served from, `https://binhgiang.example.vn`.
    #[arg(long, value_parser = http_url)]
    site_url: String,
    /// Also write the static layout of a large archive
    /// (docs/feed-format.md): `auto` does past 500 articles.
    #[arg(long, value_enum, default_value_t = LayoutChoice::Auto)]
    layout: LayoutChoice,
    /// Articles per listing page of a static layout.
    #[arg(long, default_value_t = DEFAULT_PAGE_SIZE)]
    page_size: usize,
    /// Addresses per sitemap file, up to the protocol's 50,000: past it,
    /// sitemap.xml is an index of files of this size.
    #[arg(long, default_value_t = URLS_PER_FILE, value_parser = sitemap_size)]
    sitemap_size: usize,
    /// The moment of the publish, RFC 3339 (the news sitemap's window ends
    /// there); now when absent.
    #[arg(long)]
    now: Option<String>,
}

/// Whether to write a static layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LayoutChoice {
    /// When the feed has more than 500 articles.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Articles past which `--layout auto` writes a static layout: a plain feed
/// of more is slow to read on a phone.
const LAYOUT_ABOVE: usize = 500;

/// `--sitemap-size`: 1 to 50,000.
fn sitemap_size(value: &str) -> Result<usize, String> {
    match value.parse::<usize>() {
        Ok(n) if (1..=URLS_PER_FILE).contains(&n) => Ok(n),
        _ => Err(format!("a number from 1 to {URLS_PER_FILE}")),
    }
}

/// Publishes the feed into the built site.
pub fn run(args: &Args) -> Result<ExitCode, Error> {
    let started = Instant::now();
    let site_url = args.site_url.trim_end_matches('/').to_owned();
    let shell_path = args.dist.join("app.html");
    let app =
        std::fs::read_to_string(&shell_path).map_err(|source| Error::Io { path: shell_path, source })?;
    let shell = Shell::new(&app)?;
    let (archive, documents) = read_feed(&args.feed, &site_url)?;
    if archive.site.layout.is_some() {
        return Err(Error::Usage(
            "this is a static layout's feed.json, whose listings carry no bodies: publish the full feed (with --layout)"
                .to_owned(),
        ));
    }
    let layout = match args.layout {
        LayoutChoice::Always => true,
        LayoutChoice::Never => false,
        LayoutChoice::Auto => archive.articles.len() > LAYOUT_ABOVE,
    };
    let mut out = Output::new(&args.dist);
    let (articles, page_size) = if layout {
        let mut writer = LayoutWriter::new(&mut out, args.page_size);
        for document in &documents {
            writer.add_document(&document.bytes, &document.url)?;
        }
        writer.finish()?;
        // A layout lists every article newest first, whatever document it came from.
        let mut all = archive.articles.clone();
        Article::sort_newest_first(&mut all);
        (all, args.page_size)
    } else {
        (archive.articles.clone(), bantin_core::feed::PAGE_SIZE)
    };
    let options = Options {
        site_url: site_url.clone(),
        page_size,
        json_feed: Some(format!("{site_url}/feed.json")),
        sitemap_size: args.sitemap_size,
        now: match &args.now {
            Some(now) => Timestamp::parse(now, archive.site.time_zone)
                .ok_or_else(|| Error::Usage(format!("--now must be an RFC 3339 date-time, not {now:?}")))?,
            None => Timestamp::from_unix_seconds(
                SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64),
            ),
        },
    };
    let summary = publish::publish(&archive.site, &articles, &shell, &options, &mut out)?;
    // What an earlier publish wrote and this one did not: an article taken
    // down, a listing page past the new end, a layout's old files.
    let layout_folders: &[&str] = if layout { &LAYOUT_FOLDERS } else { &[] };
    let owned: Vec<&str> = publish::FOLDERS.iter().chain(layout_folders).copied().collect();
    out.prune(&owned).map_err(|source| Error::Io { path: args.dist.clone(), source })?;
    println!(
        "bantin-tool publish: {} article pages ({} without a page), {} listing pages, {} sitemap addresses, {} in the news sitemap{}; {} files written, {} unchanged, {} removed, {} bytes ({:.1} s)",
        summary.articles,
        summary.skipped,
        summary.listings,
        summary.sitemap_urls,
        summary.news,
        if layout { ", a static layout" } else { "" },
        out.written,
        out.unchanged,
        out.removed,
        out.bytes,
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// One document of a feed, with the URL it is read as.
struct Document {
    url: String,
    bytes: Vec<u8>,
}

/// The whole feed as the app reads it, and its documents: the first at
/// `feed` (a URL), or as served at the site's root (a file); each later one
/// (`next_url`) fetched, or read from the file at the same place relative to
/// the first.
fn read_feed(feed: &str, site_url: &str) -> Result<(Archive, Vec<Document>), Error> {
    let over_http = http_url(feed).is_ok();
    let path = PathBuf::from(feed);
    let mut url = if over_http {
        feed.to_owned()
    } else {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        format!("{site_url}/{}", percent_encode(&name))
    };
    let mut chain = Chain::new(&path, &url, MAX_DOCUMENTS);
    let mut file = path.clone();
    let mut archive: Option<Archive> = None;
    let mut documents: Vec<Document> = Vec::new();
    loop {
        let bytes = if over_http { fetch(&url)? } else { super::read(&file)? };
        let resolve = |reference: &str| urls::resolve(&url, reference);
        let page = parse_page(&bytes, &resolve, archive.as_ref().map(|a| &a.site))
            .map_err(|source| Error::Feed { path: PathBuf::from(&url), source })?;
        match &mut archive {
            Some(archive) => archive.push(&page),
            None => archive = Some(Archive::new(&page)),
        }
        documents.push(Document { url: url.clone(), bytes });
        let Some(next) = page.next_url else { break };
        if over_http {
            if documents.iter().any(|d| d.url == next) || documents.len() >= MAX_DOCUMENTS {
                eprintln!("bantin-tool publish: not following {next}: seen already, or too many documents");
                break;
            }
            url = next;
            continue;
        }
        match chain.follow(&next) {
            Ok(found) => (url, file) = (next, found),
            Err(stop) => {
                eprintln!("bantin-tool publish: not following {next}: {stop}");
                break;
            }
        }
    }
    let mut archive = archive.ok_or(Error::Empty("no feed document"))?;
    archive.complete = true;
    Ok((archive, documents))
}

/// A document over HTTP (a feed of a large archive can be big).
fn fetch(url: &str) -> Result<Vec<u8>, Error> {
    let fetched = ureq::get(url)
        .call()
        .and_then(|mut response| response.body_mut().with_config().limit(1 << 30).read_to_vec());
    fetched.map_err(|e| Error::Fetch { url: url.to_owned(), message: e.to_string() })
}
