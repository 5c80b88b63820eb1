//! `bantin-tool`: the native tool for a portal's feed.
//!
//! ```sh
//! bantin-tool publish  --feed public/feed.json --dist dist --site-url https://binhgiang.example.vn
//! bantin-tool sanitize --base-url https://cms.vn/feed.json --site-url https://binhgiang.example.vn < body.html
//! bantin-tool layout   --feed big.json --out site/ [--page-size 20] [--base-url https://cms.vn/feed.json]
//! bantin-tool validate --feed big.json [--base-url https://cms.vn/feed.json]
//! bantin-tool generate --articles 100000 --out big.json [--seed 1] [--categories 6]
//! ```
//!
//! A feed is read from disk: its first document from `--feed`, each later one
//! (`next_url`) from the file at the same place relative to it. The work is
//! done by the library (`bantin_tool`); each command here parses its
//! arguments and does the I/O.

mod commands;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// The native tool for a portal's feed.
#[derive(Debug, Parser)]
#[command(name = "bantin-tool", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Writes the site's static part for the feed into the built site: every
    /// article and listing page, sitemaps, RSS, robots.txt.
    #[command(alias = "previews")]
    Publish(commands::publish::Args),
    /// Sanitises a feed body (HTML on standard input) as the static pages carry it.
    Sanitize(commands::sanitize::Args),
    /// Converts a big feed into the static layout of docs/feed-format.md.
    Layout(commands::layout::Args),
    /// Reports every problem of a feed; fails when there is one.
    Validate(commands::validate::Args),
    /// Writes a synthetic archive of district news, for tests.
    Generate(commands::generate::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (name, outcome) = match &cli.command {
        Command::Publish(args) => ("publish", commands::publish::run(args)),
        Command::Sanitize(args) => ("sanitize", commands::sanitize::run(args)),
        Command::Layout(args) => ("layout", commands::layout::run(args)),
        Command::Validate(args) => ("validate", commands::validate::run(args)),
        Command::Generate(args) => ("generate", commands::generate::run(args)),
    };
    match outcome {
        Ok(code) => code,
        Err(error) => {
            eprintln!("bantin-tool {name}: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::Parser;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("bantin-tool").chain(args.iter().copied()))
    }

    #[test]
    fn flags_take_both_spellings_and_only_known_names() {
        assert!(parse(&["publish", "--feed", "f.json", "--dist=d", "--site-url", "https://a.vn/"]).is_ok());
        assert!(
            parse(&["previews", "--feed", "f.json", "--dist=d", "--site-url", "https://a.vn/"]).is_ok(),
            "the old name"
        );
        assert!(
            parse(&[
                "publish",
                "--feed",
                "https://cms.vn/feed.json",
                "--dist",
                "d",
                "--site-url",
                "https://a.vn",
                "--layout",
                "always"
            ])
            .is_ok()
        );
        for bad in [
            &["publish", "--feed"][..],
            &["publish", "--feed", "f", "--dist", "d", "--site-url", "https://a.vn", "--verbose", "x"],
            &["publish", "--feed", "f", "--dist", "d", "--site-url", "https://a.vn", "--layout", "sometimes"],
            &["validate", "--out", "x"],
            &["unknown"],
            &[],
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn urls_must_be_absolute_http_and_numbers_in_range() {
        for bad in ["a.vn", "https://", "ftp://a.vn", "https:///x"] {
            let args = ["publish", "--feed", "f", "--dist", "d", "--site-url", bad];
            assert!(parse(&args).is_err(), "{bad}");
        }
        assert!(parse(&["validate", "--feed", "f", "--base-url", "https://cms.vn/feed.json"]).is_ok());
        assert!(parse(&["layout", "--feed", "f", "--out", "o", "--page-size", "x"]).is_err());
        assert!(parse(&["layout", "--feed", "f", "--out", "o", "--page-size", "0"]).is_err());
        assert!(parse(&["layout", "--feed", "f", "--out", "o", "--page-size", "10000"]).is_ok());
        assert!(parse(&["generate", "--articles", "10", "--out", "o.json"]).is_ok());
    }
}
