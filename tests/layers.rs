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
        // Every target (a browser crate added for wasm32 only is still one)
        // and every feature (the native walk's html5ever included).
        .args(["tree", "-p", "bantin-core", "-e", "normal", "--prefix", "none", "--offline"])
        .args(["--target", "all", "--all-features"])
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
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = rust_files(&src.join("components"));
    assert!(files.len() > 20, "only {} component files were read", files.len());
    for file in files {
        let used = used_paths(&std::fs::read_to_string(&file).unwrap_or_default(), &module_of(&src, &file));
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
        let used = used_paths(&std::fs::read_to_string(&file).unwrap_or_default(), &module_of(&src, &file));
        assert!(!used.iter().any(|p| p.starts_with("pages")), "{} uses the pages", file.display());
        checked += 1;
    }
    assert!(checked > 20, "only {checked} files were read");
}

#[test]
fn paths_are_read_from_every_form_of_use() {
    let source = "use crate::api;\nuse crate::{head, pages::{A, B}};\nuse crate::components::{\n    A,\n};\nlet x = crate::api::site();\n// crate::pages in a comment\nlet u = \"https://x//crate::y\"; let z = crate::router::go(); /* crate::pages */\n";
    let paths = used_paths(source, &["components".to_owned()]);
    assert_eq!(paths, ["api", "head", "pages::{A, B}", "components::", "api::site", "router::go"]);
}

/// Regression: a component could reach the data layer through `super::` and
/// the check, which read only `crate::` paths, did not see it.
#[test]
fn relative_paths_are_read_from_the_file_s_module() {
    let module = ["components".to_owned(), "share_bar".to_owned()];
    assert_eq!(used_paths("use super::SharePanel;", &module), ["components::SharePanel"]);
    assert_eq!(used_paths("use super::super::api::site;", &module), ["api::site"]);
    assert_eq!(used_paths("use super::super::{api, pages};", &module), ["api", "pages"]);
    assert_eq!(used_paths("use self::inner::X;", &module), ["components::share_bar::inner::X"]);
}

/// The module path of `file` under `src` (`src/components/cards.rs` is
/// `components::cards`; a `mod.rs` is its folder's module).
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).unwrap_or(file).with_extension("");
    let mut module: Vec<String> = relative.iter().map(|s| s.to_string_lossy().into_owned()).collect();
    if module.last().is_some_and(|last| last == "mod" || last == "lib" || last == "main") {
        module.pop();
    }
    module
}

/// Every path `source` (the file of `module`) uses from its own crate, as a
/// path from the crate's root: `crate::…`, and `super::…` and `self::…`
/// resolved against `module`; the members of a group each on its own;
/// comments and strings skipped.
fn used_paths(source: &str, module: &[String]) -> Vec<String> {
    let code = code_only(source);
    let mut paths = Vec::new();
    let mut rest = code.as_str();
    while let Some((at, root)) = next_root(rest, module) {
        rest = &rest[at..];
        let prefix = if root.is_empty() { String::new() } else { format!("{}::", root.join("::")) };
        if let Some(group) = rest.strip_prefix('{') {
            let (mut depth, mut start) = (0, 0);
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        paths.push(format!("{prefix}{}", group[start..i].trim()));
                        rest = &group[i..];
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        paths.push(format!("{prefix}{}", group[start..i].trim()));
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            paths.retain(|p| !p.is_empty() && *p != prefix);
        } else {
            let end =
                rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).unwrap_or(rest.len());
            paths.push(format!("{prefix}{}", &rest[..end]));
            rest = &rest[end..];
        }
    }
    paths
}

/// The next path root in `code`: where the path after it starts, and the
/// module it names (`crate::` the root, each `super::` one module up, `self::`
/// this one).
fn next_root(code: &str, module: &[String]) -> Option<(usize, Vec<String>)> {
    let at = ["crate::", "super::", "self::"]
        .iter()
        .filter_map(|root| {
            let mut from = 0;
            // Only a whole word: not the `self::` of `myself::`.
            while let Some(i) = code[from..].find(root) {
                let i = from + i;
                let before = code[..i].chars().next_back();
                if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                    return Some(i);
                }
                from = i + root.len();
            }
            None
        })
        .min()?;
    let mut rest = &code[at..];
    let mut root = module.to_vec();
    if let Some(after) = rest.strip_prefix("crate::") {
        root.clear();
        rest = after;
    } else if let Some(after) = rest.strip_prefix("self::") {
        rest = after;
    } else {
        while let Some(after) = rest.strip_prefix("super::") {
            root.pop();
            rest = after;
        }
    }
    Some((code.len() - rest.len(), root))
}

/// `source` without its comments and the contents of its string literals.
fn code_only(source: &str) -> String {
    let mut code = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        code.push('\n');
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                code.push(' ');
            }
            '"' => {
                code.push('"');
                let mut escaped = false;
                for c in chars.by_ref() {
                    if c == '"' && !escaped {
                        break;
                    }
                    escaped = c == '\\' && !escaped;
                }
                code.push('"');
            }
            // A char literal ('"', '\''), not a lifetime ('a).
            '\'' => {
                let mut ahead = chars.clone();
                match (ahead.next(), ahead.next()) {
                    (Some('\\'), _) => {
                        chars.next();
                        chars.next();
                        for c in chars.by_ref() {
                            if c == '\'' {
                                break;
                            }
                        }
                    }
                    (Some(_), Some('\'')) => {
                        chars.next();
                        chars.next();
                    }
                    _ => {
                        code.push('\'');
                        continue;
                    }
                }
                code.push_str("' '");
            }
            _ => code.push(c),
        }
    }
    code
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
