//! Bad input never panics: every JSONTestSuite case through the feed parser,
//! and JSON Feed examples damaged field by field. Reads `../shared/vectors`;
//! says so and skips those cases when the folder is missing.
#![cfg(not(target_arch = "wasm32"))]

use bantin_core::feed::{FeedPage, parse_page};
use bantin_core::wire::FeedError;
use serde_json::{Value, json};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

fn vectors() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/vectors");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("SKIPPED: {} is missing; the external robustness cases did not run", dir.display());
        None
    }
}

fn resolve(url: &str) -> Option<String> {
    Some(format!("https://portal.example.vn/{url}"))
}

fn parse(bytes: &[u8]) -> Result<FeedPage, FeedError> {
    parse_page(bytes, &resolve, None)
}

/// The outcome of parsing, or `None` when the parser panicked.
fn outcome(bytes: &[u8]) -> Option<Result<FeedPage, FeedError>> {
    catch_unwind(AssertUnwindSafe(|| parse(bytes))).ok()
}

#[test]
fn every_json_test_suite_case_ends_in_a_feed_or_a_clear_error() {
    let Some(dir) = vectors() else { return };
    let mut counts = [0usize; 3]; // y, n, i
    let mut problems = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir.join("jsontestsuite/test_parsing"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let Some(result) = outcome(&bytes) else {
            problems.push(format!("{name}: panicked"));
            continue;
        };
        match name.as_bytes().first() {
            // Valid JSON, none of it a JSON Feed: "not a JSON Feed", never "broken JSON".
            Some(b'y') => {
                counts[0] += 1;
                if !matches!(result, Err(FeedError::NotJsonFeed(_))) {
                    problems.push(format!("{name}: {:?}", result.map(|_| "a feed")));
                }
            }
            // Invalid JSON: refused.
            Some(b'n') => {
                counts[1] += 1;
                if result.is_ok() {
                    problems.push(format!("{name}: accepted"));
                }
            }
            // Either, as long as it ends.
            _ => counts[2] += 1,
        }
    }
    println!(
        "jsontestsuite: {} y_ parsed as JSON (not a feed), {} n_ refused, {} i_ ended; {} problems",
        counts[0],
        counts[1],
        counts[2],
        problems.len()
    );
    assert_eq!(counts, [95, 188, 35]);
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Every way of damaging an example feed: each top-level and item field
/// removed, or given a value of each wrong type.
fn mutations(feed: &Value) -> Vec<(String, Value)> {
    let wrong =
        [json!(null), json!(42), json!(-1.5), json!(true), json!("x"), json!([1, "a"]), json!({"a": 1})];
    let mut out = Vec::new();
    let Some(top) = feed.as_object() else { return out };
    for key in top.keys() {
        let mut removed = feed.clone();
        removed.as_object_mut().map(|o| o.remove(key));
        out.push((format!("without {key}"), removed));
        for value in &wrong {
            let mut changed = feed.clone();
            changed[key] = value.clone();
            out.push((format!("{key} = {value}"), changed));
        }
    }
    let item_keys: Vec<String> =
        feed["items"][0].as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default();
    for key in item_keys {
        let mut removed = feed.clone();
        removed["items"][0].as_object_mut().map(|o| o.remove(&key));
        out.push((format!("item without {key}"), removed));
        for value in &wrong {
            let mut changed = feed.clone();
            changed["items"][0][&key] = value.clone();
            out.push((format!("item {key} = {value}"), changed));
        }
    }
    for date in ["2016-02-30T00:00:00Z", "yesterday", "", "2016-02-09T14:22:00-25:00", "9999999999"] {
        let mut changed = feed.clone();
        changed["items"][0]["date_published"] = json!(date);
        out.push((format!("date_published = {date:?}"), changed));
    }
    let mut duplicated = feed.clone();
    if let Some(items) = duplicated["items"].as_array_mut() {
        let first = items[0].clone();
        items.push(first);
    }
    out.push(("a duplicated id".to_owned(), duplicated));
    out
}

#[test]
fn damaged_example_feeds_render_what_they_can_or_say_why_not() {
    let Some(dir) = vectors() else { return };
    let mut cases = 0;
    for name in ["simple.json", "microblog.json", "podcast.json"] {
        let bytes = std::fs::read(dir.join("jsonfeed-schema").join(name)).unwrap_or_else(|e| panic!("{e}"));
        let feed: Value = serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let intact = parse(&bytes).map(|p| p.articles.len()).unwrap_or_else(|e| panic!("{name}: {e}"));
        for (label, damaged) in mutations(&feed) {
            cases += 1;
            let bytes = serde_json::to_vec(&damaged).unwrap_or_default();
            let result = outcome(&bytes).unwrap_or_else(|| panic!("{name}, {label}: panicked"));
            let structural = label.starts_with("without version")
                || label.starts_with("version =")
                || label.starts_with("without items")
                || label.starts_with("items =");
            match result {
                // Only a missing or wrong version or items list makes it "not a feed".
                Err(FeedError::NotJsonFeed(_)) if structural => {}
                Err(e) => panic!("{name}, {label}: {e}"),
                Ok(_) if structural && label != "items = [1,\"a\"]" => panic!("{name}, {label}: accepted"),
                Ok(page) => assert!(page.articles.len() <= intact + 1, "{name}, {label}"),
            }
        }
    }
    println!("schema mutations: {cases} damaged feeds, 0 panics");
    assert!(cases > 150);
}

#[test]
fn a_huge_title_is_shown_cut_short() {
    let title = "Tiêu đề rất dài ".repeat(70_000);
    let feed = json!({"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "a", "title": title}]});
    let page = parse(&serde_json::to_vec(&feed).unwrap_or_default()).unwrap_or_else(|e| panic!("{e}"));
    let shown = &page.articles[0].title;
    assert!(shown.chars().count() <= 301, "{} chars", shown.chars().count());
    assert!(shown.ends_with('…'));
}
