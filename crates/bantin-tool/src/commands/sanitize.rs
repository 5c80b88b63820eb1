//! `bantin-tool sanitize`: a feed body (HTML on standard input) as the
//! static pages carry it (standard output): what a CMS's editors can check
//! before they publish, and what the tests compare with the app's own walk.

use super::{Error, http_url};
use bantin_core::content::native::{self, Context};
use std::io::{Read, Write};
use std::process::ExitCode;

/// The flags of `sanitize`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The feed document's URL: the body's relative URLs resolve against it.
    #[arg(long, value_parser = http_url)]
    base_url: String,
    /// The origin the site is served from.
    #[arg(long, value_parser = http_url)]
    site_url: String,
}

/// Sanitises standard input to standard output.
pub fn run(args: &Args) -> Result<ExitCode, Error> {
    let io = |source| Error::Io { path: "<stdio>".into(), source };
    let mut html = String::new();
    std::io::stdin().read_to_string(&mut html).map_err(io)?;
    let context = Context { document_url: &args.base_url, site_origin: args.site_url.trim_end_matches('/') };
    let clean = native::sanitize(&html, context, None);
    std::io::stdout().write_all(clean.as_str().as_bytes()).map_err(io)?;
    Ok(ExitCode::SUCCESS)
}
