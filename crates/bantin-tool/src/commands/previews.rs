//! `bantin-tool previews`: a link-preview page for every article, written
//! into the built site.

use super::{Error, http_url, read};
use bantin_core::feed::{Archive, parse_page};
use bantin_core::text::percent_encode;
use bantin_core::urls;
use bantin_tool::preview;
use bantin_tool::{Chain, MAX_DOCUMENTS};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The flags of `previews`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The feed's first document.
    #[arg(long)]
    feed: PathBuf,
    /// The built site (`dist/`), whose `index.html` each page copies.
    #[arg(long)]
    dist: PathBuf,
    /// The origin the site is served from, `https://binhgiang.example.vn`.
    #[arg(long, value_parser = http_url)]
    site_url: String,
}

/// Writes a link-preview page for every article into the built site.
pub fn run(args: &Args) -> Result<ExitCode, Error> {
    let site_url = args.site_url.trim_end_matches('/');
    let index_path = args.dist.join("index.html");
    let index = fs::read_to_string(&index_path).map_err(|source| Error::Io { path: index_path, source })?;
    let archive = read_archive(&args.feed, site_url)?;
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
        let html = preview::render(&index, &archive.site, article, site_url)?;
        for path in paths {
            write_file(&args.dist.join(path), html.as_bytes())?;
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
    archive.ok_or(Error::Empty("no feed document"))
}
