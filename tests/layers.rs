//! The layering the architecture promises (docs/architecture.md), kept by
//! tests: `bantin-core` stays free of browser crates, components never load
//! data or know the pages, and only the shell knows the pages.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

const BROWSER_CRATES: [&str; 5] = ["leptos", "web-sys", "js-sys", "wasm-bindgen", "gloo"];

#[test]
fn the_core_depends_on_no_browser_crate() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["tree", "-p", "bantin-core", "-e", "normal", "--prefix", "none", "--offline"])
        .output()
        .unwrap_or_else(|e| panic!("cargo tree: {e}"));
    assert!(output.status.success(), "cargo tree failed: {}", String::from_utf8_lossy(&output.stderr));
    let tree = String::from_utf8_lossy(&output.stdout);
    let crates: Vec<&str> = tree.lines().filter_map(|line| line.split_whitespace().next()).collect();
    assert!(crates.contains(&"serde"), "the tree was read: {tree}");
    let found = forbidden_in(&crates);
    assert!(found.is_empty(), "bantin-core depends on {found:?}:\n{tree}");
}

/// The browser crates (or their family: `leptos_dom`, `wasm-bindgen-futures`…) among `crates`.
fn forbidden_in<'a>(crates: &[&'a str]) -> Vec<&'a str> {
    crates
        .iter()
        .copied()
        .filter(|name| {
            let name = name.replace('_', "-");
            BROWSER_CRATES.iter().any(|b| name == *b || name.starts_with(&format!("{b}-")))
        })
        .collect()
}

#[test]
fn the_dependency_check_sees_every_browser_crate() {
    let crates = ["serde", "leptos", "leptos_dom", "web-sys", "js-sys", "wasm-bindgen-futures", "gloo-net"];
    assert_eq!(forbidden_in(&crates).len(), 6);
    assert!(forbidden_in(&["serde_json", "qrcodegen", "thiserror"]).is_empty());
}

#[test]
fn components_load_nothing_and_know_no_page() {
    let components = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/components");
    for file in rust_files(&components) {
        let used = crate_paths(&std::fs::read_to_string(&file).unwrap_or_default());
        let wrong: Vec<_> = used.iter().filter(|p| p.starts_with("api") || p.starts_with("pages")).collect();
        assert!(wrong.is_empty(), "{} uses {wrong:?}", file.display());
    }
}

#[test]
fn only_the_shell_knows_the_pages() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut checked = 0;
    for file in rust_files(&src) {
        if file.ends_with("app.rs") || file.starts_with(src.join("pages")) {
            continue;
        }
        let used = crate_paths(&std::fs::read_to_string(&file).unwrap_or_default());
        assert!(!used.iter().any(|p| p.starts_with("pages")), "{} uses the pages", file.display());
        checked += 1;
    }
    assert!(checked > 20, "only {checked} files were read");
}

#[test]
fn crate_paths_are_read_from_every_form_of_use() {
    let source = "use crate::api;\nuse crate::{head, pages::{A, B}};\nuse crate::components::{\n    A,\n};\nlet x = crate::api::site();\n// crate::pages in a comment\n";
    let paths = crate_paths(source);
    assert_eq!(paths, ["api", "head", "pages::{A, B}", "components::", "api::site"]);
}

/// Every path used after `crate::` in `source`, the members of a
/// `use crate::{…}` group each on its own; comments are skipped.
fn crate_paths(source: &str) -> Vec<String> {
    let code: String =
        source.lines().map(|line| line.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n");
    let mut paths = Vec::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let (mut depth, mut start) = (0, 0);
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        paths.push(group[start..i].trim().to_owned());
                        rest = &group[i..];
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        paths.push(group[start..i].trim().to_owned());
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            paths.retain(|p| !p.is_empty());
        } else {
            let end =
                rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).unwrap_or(rest.len());
            paths.push(rest[..end].to_owned());
            rest = &rest[end..];
        }
    }
    paths
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}
