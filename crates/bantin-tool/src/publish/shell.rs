//! The built app's page (`app.html`, the shell every static page is made
//! from): its own head tags of the kinds a page sets are dropped, and it is
//! cut where a page's head tags and its static markup go. Inline scripts are
//! never touched: their hashes are in the Content Security Policy.

use thiserror::Error;

/// Why the built page cannot serve as the shell.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ShellError {
    /// Neither a Content-Security-Policy `<meta>` nor a `<meta charset>` to put the tags after.
    #[error(
        "the app's page has no <meta charset> (nor a Content-Security-Policy <meta>) to put the tags after"
    )]
    NoHeadAnchor,
    /// No `<body>` to put the static markup into.
    #[error("the app's page has no <body>")]
    NoBody,
}

/// The shell, cut at the two places a page fills.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shell {
    /// Up to where the page's head tags go (after the policy, else the charset).
    head: String,
    /// From there to the end of the `<body>` start tag.
    middle: String,
    /// The rest: the app's own body (its `<noscript>` notice) and the end.
    tail: String,
    /// The site's icon, `<link rel="icon" …>`, if the page has one.
    icon: Option<String>,
}

const CSP_META: &str = r#"<meta http-equiv="Content-Security-Policy""#;
/// Marks where a page's parts go while the shell is cut (never in HTML).
const HEAD_MARK: &str = "\u{0}head\u{0}";
const BODY_MARK: &str = "\u{0}body\u{0}";

/// Tags of the kinds a page sets: dropped from the shell, so that none is
/// doubled when the built page carries its own.
const OWN_TAGS: [&str; 8] = [
    r#"<meta name="description""#,
    r#"<meta name="robots""#,
    r#"<meta property="og:"#,
    r#"<meta property="article:"#,
    r#"<meta name="twitter:"#,
    r#"<link rel="canonical""#,
    r#"<link rel="alternate""#,
    "<title",
];

impl Shell {
    /// The shell made from the built app's page.
    pub fn new(app_html: &str) -> Result<Self, ShellError> {
        let mut parts = split_scripts(app_html);
        for (_, markup) in parts.iter_mut().filter(|(script, _)| !script) {
            remove_own_tags(markup);
            remove_app_preloads(markup);
        }
        // The app's notice for readers without JavaScript: a static page
        // has its content for them.
        for (_, markup) in parts.iter_mut().filter(|(script, _)| !script) {
            remove_element(markup, "noscript");
        }
        let head = edit_first_markup(&mut parts, |m| insert_after_tag(m, CSP_META, HEAD_MARK))
            || edit_first_markup(&mut parts, |m| insert_after_tag(m, "<meta charset", HEAD_MARK));
        if !head {
            return Err(ShellError::NoHeadAnchor);
        }
        if !edit_first_markup(&mut parts, |m| insert_after_tag(m, "<body", BODY_MARK)) {
            return Err(ShellError::NoBody);
        }
        let whole: String = parts.into_iter().map(|(_, text)| text).collect();
        let (head, rest) = whole.split_once(HEAD_MARK).ok_or(ShellError::NoHeadAnchor)?;
        let (middle, tail) = rest.split_once(BODY_MARK).ok_or(ShellError::NoBody)?;
        let icon = [head, middle].into_iter().find_map(|part| {
            let tag = &part[part.find(r#"<link rel="icon""#)?..];
            tag.find('>').map(|end| tag[..=end].to_owned())
        });
        Ok(Self { head: head.to_owned(), middle: middle.to_owned(), tail: tail.to_owned(), icon })
    }

    /// The site's icon tag, for a page not made from the shell (without it
    /// a browser asks for /favicon.ico).
    pub fn icon(&self) -> Option<&str> {
        self.icon.as_deref()
    }

    /// A page: `head_tags` (each on its own line, the `<title>` among them)
    /// in the head, `markup` at the start of the body.
    pub fn page(&self, head_tags: &str, markup: &str) -> String {
        let mut out = String::with_capacity(
            self.head.len() + head_tags.len() + self.middle.len() + markup.len() + self.tail.len() + 8,
        );
        out.push_str(&self.head);
        out.push_str(head_tags);
        out.push_str(&self.middle);
        out.push_str("\n    ");
        out.push_str(markup);
        out.push_str(&self.tail);
        out
    }
}

/// The document cut into inline `<script>` blocks (`true`) and the markup
/// between them (`false`), so that edits never touch a script.
fn split_scripts(html: &str) -> Vec<(bool, String)> {
    let mut parts = Vec::new();
    let mut rest = html;
    while let Some(start) = find_ignore_case(rest, "<script") {
        let end = find_ignore_case(&rest[start..], "</script>").map_or(rest.len(), |e| start + e + 9);
        parts.push((false, rest[..start].to_owned()));
        parts.push((true, rest[start..end].to_owned()));
        rest = &rest[end..];
    }
    parts.push((false, rest.to_owned()));
    parts
}

fn remove_own_tags(markup: &mut String) {
    for tag in OWN_TAGS {
        while let Some(start) = find_ignore_case(markup, tag) {
            let close = if tag == "<title" { "</title>" } else { ">" };
            let end =
                find_ignore_case(&markup[start..], close).map_or(markup.len(), |e| start + e + close.len());
            let from = markup[..start].trim_end_matches([' ', '\t', '\n', '\r']).len();
            markup.replace_range(from..end, "");
        }
    }
}

/// Drops every `<name>…</name>` element (and the blank line it leaves).
fn remove_element(markup: &mut String, name: &str) {
    let (open, close) = (format!("<{name}"), format!("</{name}>"));
    while let Some(start) = find_ignore_case(markup, &open) {
        let Some(end) = find_ignore_case(&markup[start..], &close).map(|e| start + e + close.len()) else {
            return;
        };
        let from = markup[..start].trim_end_matches([' ', '\t', '\n', '\r']).len();
        markup.replace_range(from..end, "");
    }
}

/// Drops the preloads of the app's script, wasm and feed: a page that shows
/// its content in HTML needs them only once it has loaded (the loader asks
/// for the app then, and the app for the feed), and on a slow network they
/// would take bandwidth from the stylesheets it waits for.
fn remove_app_preloads(markup: &mut String) {
    let mut from = 0;
    while let Some(offset) = find_ignore_case(&markup[from..], "<link ") {
        let start = from + offset;
        let end = markup[start..].find('>').map_or(markup.len(), |e| start + e + 1);
        let tag = &markup[start..end];
        let app = find_ignore_case(tag, r#"rel="modulepreload""#).is_some()
            || find_ignore_case(tag, r#"type="application/wasm""#).is_some()
            || (find_ignore_case(tag, r#"rel="preload""#).is_some()
                && find_ignore_case(tag, r#"as="fetch""#).is_some());
        if app {
            let line_start = markup[..start].trim_end_matches([' ', '\t', '\n', '\r']).len();
            markup.replace_range(line_start..end, "");
            from = line_start;
        } else {
            from = end;
        }
    }
}

/// Applies `edit` to the markup parts in order until one succeeds.
fn edit_first_markup(parts: &mut [(bool, String)], mut edit: impl FnMut(&mut String) -> bool) -> bool {
    parts.iter_mut().filter(|(script, _)| !script).any(|(_, markup)| edit(markup))
}

/// Inserts `text` right after the tag that starts with `tag_start`.
fn insert_after_tag(markup: &mut String, tag_start: &str, text: &str) -> bool {
    let Some(start) = find_ignore_case(markup, tag_start) else { return false };
    let Some(close) = markup[start..].find('>') else { return false };
    markup.insert_str(start + close + 1, text);
    true
}

fn find_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack.as_bytes().windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape of trunk's release `index.html` after `scripts/csp.mjs`.
    pub const INDEX: &str = r#"<!DOCTYPE html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-x'">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Bantin</title>
<script type="module">
import init, * as bindings from '/bantin-1.js';
const wasm = await init({ module_or_path: '/bantin-1_bg.wasm' });
// <title>not this</title> <meta charset="x"> <body>
</script>
    <link rel="icon" href="/images/icon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="/base-1.css"/>
    <link rel="preload" href="/feed.json" as="fetch" crossorigin>
    <link rel="modulepreload" href="/bantin-1.js" crossorigin="anonymous" integrity="sha384-x">
    <link rel="preload" href="/bantin-1_bg.wasm" crossorigin="anonymous" integrity="sha384-y" as="fetch" type="application/wasm">
  </head>
  <body>
    <noscript>
      <p class="noscript">Trang tin này cần JavaScript để hiển thị bài viết.</p>
    </noscript>
  </body>
</html>
"#;

    #[test]
    fn a_page_is_the_shell_with_its_tags_and_markup_and_the_scripts_untouched() {
        let shell = Shell::new(INDEX).unwrap_or_else(|e| panic!("{e}"));
        let page = shell.page("\n    <title>Tin</title>", "<div id=\"first-view\">x</div>");
        let script_start = INDEX.find("<script").unwrap_or(0);
        let script = &INDEX[script_start..INDEX.find("</script>").map_or(0, |e| e + 9)];
        assert!(page.contains(script), "the loader is byte for byte the built one");
        assert_eq!(page.matches("<title>").count(), 2, "the page's own, and the one quoted in the script");
        assert!(page.contains("'sha256-x'\">\n    <title>Tin</title>"), "the tags follow the policy: {page}");
        assert!(page.contains("<body>\n    <div id=\"first-view\">x</div>\n  </body>"), "{page}");
        assert!(!page.contains("noscript"), "a static page has its content without JavaScript");
        assert!(!page.contains("modulepreload") && !page.contains("application/wasm"), "no app preloads");
        // The feed is the app's too: a static page has what it shows.
        assert!(!page.contains(r#"href="/feed.json""#), "{page}");
    }

    #[test]
    fn without_a_policy_the_tags_follow_the_charset_and_none_is_doubled() {
        let index = INDEX
            .replace(r#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-x'">"#, "")
            .replacen("<title>", "<meta name=\"description\" content=\"Cổng\">\n    <meta property=\"og:title\" content=\"Bantin\">\n    <title>", 1);
        let page = Shell::new(&index)
            .unwrap_or_else(|e| panic!("{e}"))
            .page("\n    <meta name=\"description\" content=\"Tin\">", "");
        assert!(
            page.contains("<meta charset=\"utf-8\">\n    <meta name=\"description\" content=\"Tin\">"),
            "{page}"
        );
        assert_eq!(page.matches("name=\"description\"").count(), 1);
        assert!(!page.contains("og:title"));
    }

    #[test]
    fn the_icon_is_found_for_pages_not_made_from_the_shell() {
        let shell = Shell::new(INDEX).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(shell.icon(), Some(r#"<link rel="icon" href="/images/icon.svg" type="image/svg+xml">"#));
    }

    #[test]
    fn a_page_with_no_place_for_the_tags_is_an_error() {
        assert_eq!(Shell::new("<html><body></body></html>"), Err(ShellError::NoHeadAnchor));
        assert_eq!(Shell::new("<meta charset=\"utf-8\">"), Err(ShellError::NoBody));
    }
}
