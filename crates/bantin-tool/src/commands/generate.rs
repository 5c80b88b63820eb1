//! `bantin-tool generate`: a synthetic archive, the same bytes for the same seed.

use super::Error;
use bantin_tool::{GenerateOptions, write_feed};
use std::fs::File;
use std::io::BufWriter;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// The flags of `generate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// How many articles.
    #[arg(long)]
    articles: usize,
    /// The file written.
    #[arg(long)]
    out: PathBuf,
    /// The seed: the same seed writes the same archive.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How many categories (at least one).
    #[arg(long, default_value_t = 6)]
    categories: usize,
}

/// Writes a synthetic big feed.
pub fn run(args: &Args) -> Result<ExitCode, Error> {
    let started = Instant::now();
    let options =
        GenerateOptions { articles: args.articles, seed: args.seed, categories: args.categories.max(1) };
    let io = |source| Error::Io { path: args.out.clone(), source };
    let mut file = BufWriter::with_capacity(1 << 20, File::create(&args.out).map_err(io)?);
    write_feed(&mut file, &options).map_err(io)?;
    let file = file.into_inner().map_err(|e| io(e.into_error()))?;
    let size = file.metadata().map_err(io)?.len();
    println!(
        "bantin-tool generate: wrote {} articles, {size} bytes, to {} ({:.1} s)",
        options.articles,
        args.out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
