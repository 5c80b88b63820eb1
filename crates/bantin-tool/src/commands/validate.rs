//! `bantin-tool validate`: every problem of a feed, one line each.

use super::{Error, http_url, read, source_url};
use bantin_tool::validate_feed;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// The flags of `validate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The feed's first document.
    #[arg(long)]
    feed: PathBuf,
    /// The URL the feed is published at.
    #[arg(long, value_parser = http_url)]
    base_url: Option<String>,
}

/// Reports every problem of a feed; fails when there is one.
pub fn run(args: &Args) -> Result<ExitCode, Error> {
    let url = source_url(args.base_url.as_deref(), &args.feed, &read(&args.feed)?);
    let validator = validate_feed(&args.feed, &url, |path| std::fs::read(path));
    let mut stdout = io::stdout().lock();
    let io = |source| Error::Io { path: "<stdout>".into(), source };
    for problem in validator.problems() {
        writeln!(stdout, "{problem}").map_err(io)?;
    }
    writeln!(stdout, "{}", validator.summary()).map_err(io)?;
    Ok(if validator.problems().is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}
