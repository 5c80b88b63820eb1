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

#[cfg(test)]
mod republish {
    use super::{Cli, Command};
    use bantin_tool::{GenerateOptions, write_feed};
    use clap::Parser;
    use serde_json::Value;
    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};

    /// The shape of the built app's page (`scripts/csp.mjs` has run).
    const APP: &str = "<!DOCTYPE html>\n<html lang=\"vi\">\n  <head>\n    <meta charset=\"utf-8\">\n    <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">\n    <title>Bantin</title>\n    <link rel=\"stylesheet\" href=\"/base-1.css\"/>\n  </head>\n  <body>\n  </body>\n</html>\n";

    fn publish(feed: &Path, dist: &Path) {
        let (feed, dist) = (feed.to_string_lossy(), dist.to_string_lossy());
        let args = [
            "bantin-tool",
            "publish",
            "--feed",
            &feed,
            "--dist",
            &dist,
            "--site-url",
            "https://binhgiang.example.vn",
            "--layout",
            "always",
            "--now",
            "2023-04-01T08:00:00+07:00",
        ];
        let Ok(Cli { command: Command::Publish(args) }) = Cli::try_parse_from(args) else {
            panic!("the flags")
        };
        crate::commands::publish::run(&args).unwrap_or_else(|e| panic!("{e}"));
    }

    /// Every file under `dir`, with its bytes.
    fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut files = BTreeMap::new();
        let mut folders = vec![dir.to_owned()];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    folders.push(path);
                } else if let Ok(bytes) = std::fs::read(&path) {
                    files.insert(path.strip_prefix(dir).unwrap_or(&path).to_owned(), bytes);
                }
            }
        }
        files
    }

    /// The budget of `make bench` (200 files for an archive of 100,000), kept
    /// here for one of 1,000: listing pages keep their articles (counted from
    /// the oldest), an older article's related list never gains a newer one,
    /// and the search index gains the article's words in `recent.json`.
    #[test]
    fn publishing_one_new_article_rewrites_a_few_files() {
        let dir = std::env::temp_dir().join(format!("bantin-republish-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let dist = dir.join("dist");
        std::fs::create_dir_all(&dist).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dist.join("app.html"), APP).unwrap_or_else(|e| panic!("{e}"));
        let mut feed = Vec::new();
        write_feed(&mut feed, &GenerateOptions { articles: 1000, seed: 3, categories: 6 })
            .unwrap_or_else(|e| panic!("{e}"));
        let feed_path = dir.join("feed-big.json");
        std::fs::write(&feed_path, &feed).unwrap_or_else(|e| panic!("{e}"));
        publish(&feed_path, &dist);
        let before = snapshot(&dist);

        // One new article, newer than all, in the newest one's category,
        // written in ahead of the others (the rest of the feed byte for byte).
        let source: Value = serde_json::from_slice(&feed).unwrap_or_else(|e| panic!("{e}"));
        let mut new = source["items"][0].clone();
        new["id"] = Value::from("bai-moi-nhat");
        new["title"] = Value::from("Bài mới nhất: hội nghị triển khai nhiệm vụ năm học mới");
        new["date_published"] = Value::from("2023-04-01T07:30:00+07:00");
        let text = String::from_utf8(feed).unwrap_or_else(|e| panic!("{e}"));
        let at = text.find("\"items\":[").unwrap_or_else(|| panic!("the items")) + "\"items\":[".len();
        let new = serde_json::to_string(&new).unwrap_or_default();
        std::fs::write(&feed_path, format!("{}{new},{}", &text[..at], &text[at..]))
            .unwrap_or_else(|e| panic!("{e}"));
        publish(&feed_path, &dist);
        let after = snapshot(&dist);

        let changed: Vec<&PathBuf> =
            after.iter().filter(|(path, bytes)| before.get(*path) != Some(*bytes)).map(|(p, _)| p).collect();
        let mut by_folder: BTreeMap<String, usize> = BTreeMap::new();
        for path in &changed {
            let depth = if path.starts_with("pages") || path.starts_with("search") { 2 } else { 1 };
            let parts: Vec<_> = path.iter().take(depth).map(|p| p.to_string_lossy().into_owned()).collect();
            *by_folder.entry(parts.join("/")).or_default() += 1;
        }
        println!("republish: {} files of {} written: {by_folder:?}", changed.len(), after.len());
        assert!(changed.iter().any(|p| p.starts_with("bai-viet/bai-moi-nhat")), "the new article's page");
        assert!(changed.len() <= 100, "{} files written: {by_folder:?}", changed.len());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
