//! `bantin-tool layout`: a big feed converted into the static layout.

use super::{Error, http_url, read, source_url};
use bantin_tool::{Chain, DEFAULT_PAGE_SIZE, LayoutWriter, MAX_DOCUMENTS, Sink};
use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// The flags of `layout`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The feed's first document.
    #[arg(long)]
    feed: PathBuf,
    /// The folder the layout is written into.
    #[arg(long)]
    out: PathBuf,
    /// Articles per listing page.
    #[arg(long, default_value_t = DEFAULT_PAGE_SIZE, value_parser = page_size)]
    page_size: usize,
    /// The URL the feed is published at, when its relative URLs must become absolute.
    #[arg(long, value_parser = http_url)]
    base_url: Option<String>,
}

fn page_size(value: &str) -> Result<usize, String> {
    value.parse().ok().filter(|n| (1..=10_000).contains(n)).ok_or_else(|| "must be 1 to 10000".to_owned())
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

    fn read(&self, path: &str) -> Option<Vec<u8>> {
        fs::read(self.root.join(path)).ok()
    }
}

/// Converts a big feed into the static layout.
pub fn run(args: &Args) -> Result<ExitCode, Error> {
    let started = Instant::now();
    let mut bytes = read(&args.feed)?;
    let mut url = source_url(args.base_url.as_deref(), &args.feed, &bytes);
    let mut chain = Chain::new(&args.feed, &url, MAX_DOCUMENTS);
    let folder = Folder { root: args.out.clone(), made: HashSet::new() };
    let mut layout = LayoutWriter::new(folder, args.page_size);
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
        summary.home_blocks.max(1),
        summary.categories,
        summary.files,
        summary.bytes,
        args.out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
