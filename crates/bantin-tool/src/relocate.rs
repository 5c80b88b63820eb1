//! Moving an item to another file without breaking its relative URLs.
//!
//! A relative URL in a feed resolves against the URL of the document it is
//! in, so an item moved from the big feed into `articles/<key>.json` or
//! `pages/home/7.json` must have its relative URLs rewritten. Two cases:
//!
//! - the source's URL is known (an absolute `--base-url`, else the feed's own
//!   `feed_url`): relative URLs become absolute URLs on it;
//! - it is not: the source is taken to sit at the layout's root, like
//!   `feed.json`, and relative-path URLs stay relative, with as many `../` as
//!   the new file is deep. Such URLs are resolved first against
//!   [`LOCAL_ORIGIN`], a host that cannot exist, and made relative again when
//!   written.

use bantin_core::content::policy::scheme;
use bantin_core::text::decode_entities;
use bantin_core::urls;
use std::borrow::Cow;

/// The stand-in origin of a source whose URL is unknown: the layout's root.
/// (`.invalid` is reserved by RFC 2606: it never names a real host.)
pub const LOCAL_ORIGIN: &str = "https://bantin.invalid/";

/// Rewrites the URLs of items read from one source document.
#[derive(Clone, Copy, Debug)]
pub struct Relocator<'a> {
    document_url: &'a str,
}

impl<'a> Relocator<'a> {
    /// For the document published at `document_url` (absolute, possibly under [`LOCAL_ORIGIN`]).
    pub fn new(document_url: &'a str) -> Self {
        Self { document_url }
    }

    fn local(&self) -> bool {
        self.document_url.starts_with(LOCAL_ORIGIN)
    }

    /// The reference as it must be stored once moved out of its document:
    /// absolute (on [`LOCAL_ORIGIN`] when the source's URL is unknown).
    /// `None` when it needs no change: it is empty, only a fragment, already
    /// absolute, or (for a local source) relative to the host or scheme,
    /// which no move changes.
    pub fn absolute(&self, reference: &str) -> Option<String> {
        let trimmed = reference.trim_matches(|c: char| c <= ' ');
        if trimmed.is_empty() || trimmed.starts_with('#') || scheme(trimmed).is_some() {
            return None;
        }
        if self.local() && trimmed.starts_with('/') {
            return None;
        }
        urls::resolve(self.document_url, trimmed)
    }

    /// A reference for a file of the layout at `depth` folders below its root
    /// (`feed.json` 0, `articles/x.json` 1): a URL under [`LOCAL_ORIGIN`] made
    /// relative again, any other returned as it is.
    pub fn for_depth(url: &str, depth: usize) -> Cow<'_, str> {
        match url.strip_prefix(LOCAL_ORIGIN) {
            Some(path) => {
                let up = "../".repeat(depth);
                Cow::Owned(if up.is_empty() && (path.is_empty() || path.starts_with(['?', '#'])) {
                    format!("./{path}")
                } else {
                    format!("{up}{path}")
                })
            }
            None => Cow::Borrowed(url),
        }
    }

    /// A reference of the document rewritten for a file at `depth`; `None` when unchanged.
    pub fn rewrite(&self, reference: &str, depth: usize) -> Option<String> {
        self.absolute(reference).map(|abs| Self::for_depth(&abs, depth).into_owned())
    }
}

/// Elements whose content is text, not markup, up to their end tag.
const RAW_TEXT: [&str; 9] =
    ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"];

/// Rewrites every `src` and `href` attribute value in an HTML fragment with
/// `rewrite`, which gets the value with its character references decoded and
/// returns the new value, or `None` to leave the attribute byte for byte.
/// Everything else is kept exactly. Tags are read as the HTML tokenizer reads
/// them: comments, doctypes and end tags are skipped, attribute values may be
/// double-, single- or unquoted, and the content of `script`, `style` and the
/// other raw-text elements is not markup. A rewritten value is written
/// double-quoted, with `&` and `"` escaped.
pub fn rewrite_urls(html: &str, mut rewrite: impl FnMut(&str) -> Option<String>) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut i = 0;
    while let Some(lt) = find_byte(b, b'<', i) {
        let j = lt + 1;
        let rest = &b[j..];
        if rest.starts_with(b"!--") {
            i = find(b, b"-->", j + 3).map_or(b.len(), |e| e + 3);
        } else if rest.starts_with(b"!") || rest.starts_with(b"?") || rest.starts_with(b"/") {
            i = find_byte(b, b'>', j).map_or(b.len(), |e| e + 1);
        } else if rest.first().is_some_and(u8::is_ascii_alphabetic) {
            let (end, name) = start_tag(html, j, &mut |start, stop, value| {
                if let Some(new) = rewrite(&decode_entities(value)) {
                    edits.push((
                        start,
                        stop,
                        format!("\"{}\"", new.replace('&', "&amp;").replace('"', "&quot;")),
                    ));
                }
            });
            i = end;
            if name == "plaintext" {
                break;
            }
            if RAW_TEXT.contains(&name.as_str()) {
                let close = format!("</{name}");
                i = find_ignore_case(b, close.as_bytes(), i).unwrap_or(b.len());
            }
        } else {
            i = j;
        }
    }
    if edits.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len() + 64);
    let mut at = 0;
    for (start, stop, text) in edits {
        out.push_str(&html[at..start]);
        out.push_str(&text);
        at = stop;
    }
    out.push_str(&html[at..]);
    Cow::Owned(out)
}

/// Reads a start tag whose name begins at `at`; calls `url` with the byte
/// range (quotes included) and raw value of each `src`/`href` attribute.
/// Returns where the tag ends and its lower-case name. In an unterminated
/// tag (the end of the fragment comes first) nothing is reported: the
/// parser drops such a tag.
fn start_tag(html: &str, at: usize, url: &mut impl FnMut(usize, usize, &str)) -> (usize, String) {
    let b = html.as_bytes();
    let is_space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
    let mut k = at;
    while k < b.len() && !is_space(b[k]) && b[k] != b'/' && b[k] != b'>' {
        k += 1;
    }
    let name = html[at..k].to_ascii_lowercase();
    let mut found = Vec::new();
    loop {
        while k < b.len() && (is_space(b[k]) || b[k] == b'/') {
            k += 1;
        }
        if k >= b.len() {
            return (b.len(), name);
        }
        if b[k] == b'>' {
            k += 1;
            break;
        }
        let name_start = k;
        k += 1; // a first `=` belongs to the name
        while k < b.len() && !is_space(b[k]) && !matches!(b[k], b'/' | b'>' | b'=') {
            k += 1;
        }
        let attr = &html[name_start..k];
        while k < b.len() && is_space(b[k]) {
            k += 1;
        }
        if k >= b.len() || b[k] != b'=' {
            continue;
        }
        k += 1;
        while k < b.len() && is_space(b[k]) {
            k += 1;
        }
        let (start, value, stop) = match b.get(k) {
            Some(&quote @ (b'"' | b'\'')) => match find_byte(b, quote, k + 1) {
                Some(close) => (k, &html[k + 1..close], close + 1),
                None => return (b.len(), name),
            },
            _ => {
                let mut e = k;
                while e < b.len() && !is_space(b[e]) && b[e] != b'>' {
                    e += 1;
                }
                (k, &html[k..e], e)
            }
        };
        k = stop;
        if attr.eq_ignore_ascii_case("src") || attr.eq_ignore_ascii_case("href") {
            found.push((start, stop, value));
        }
    }
    for (start, stop, value) in found {
        url(start, stop, value);
    }
    (k, name)
}

fn find_byte(b: &[u8], needle: u8, from: usize) -> Option<usize> {
    b.get(from..)?.iter().position(|&c| c == needle).map(|p| p + from)
}

fn find(b: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    b.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

fn find_ignore_case(b: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    b.get(from..)?.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle)).map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local() -> Relocator<'static> {
        Relocator::new("https://bantin.invalid/big.json")
    }

    #[test]
    fn a_local_source_keeps_relative_paths_relative_to_the_root() {
        let r = local();
        assert_eq!(r.rewrite("images/a.svg", 1).as_deref(), Some("../images/a.svg"));
        assert_eq!(r.rewrite("./images/a.svg?x=1#y", 3).as_deref(), Some("../../../images/a.svg?x=1#y"));
        assert_eq!(r.rewrite("images/a.svg", 0).as_deref(), Some("images/a.svg"));
        assert_eq!(r.rewrite("../a.svg", 1).as_deref(), Some("../a.svg"), "never above the root");
        assert_eq!(r.rewrite("ảnh 1.png", 1).as_deref(), Some("../%E1%BA%A3nh%201.png"));
        for unchanged in [
            "",
            "#doan-2",
            "/images/a.svg",
            "//cdn.vn/a.svg",
            "https://a.vn/x",
            "data:image/png;base64,AA",
            "javascript:alert(1)",
        ] {
            assert_eq!(r.rewrite(unchanged, 2), None, "{unchanged}");
        }
    }

    #[test]
    fn a_known_source_makes_relative_urls_absolute() {
        let r = Relocator::new("https://cms.vn/xuat/feed.json");
        assert_eq!(r.rewrite("images/a.svg", 1).as_deref(), Some("https://cms.vn/xuat/images/a.svg"));
        assert_eq!(r.rewrite("/a.svg", 1).as_deref(), Some("https://cms.vn/a.svg"));
        assert_eq!(r.rewrite("//cdn.vn/a.svg", 1).as_deref(), Some("https://cdn.vn/a.svg"));
        assert_eq!(r.rewrite("#x", 1), None);
        assert_eq!(Relocator::for_depth("https://cms.vn/a.svg", 3), "https://cms.vn/a.svg");
    }

    fn up(html: &str) -> String {
        rewrite_urls(html, |v| local().rewrite(v, 1)).into_owned()
    }

    #[test]
    fn src_and_href_are_rewritten_in_every_quoting() {
        assert_eq!(
            up(r#"<p><img alt="x" src="images/a.svg" width=800><a HREF='tin/b.html?a=1&amp;b=2'>b</a></p>"#),
            r#"<p><img alt="x" src="../images/a.svg" width=800><a HREF="../tin/b.html?a=1&amp;b=2">b</a></p>"#
        );
        assert_eq!(up("<img src=images/a.svg>"), r#"<img src="../images/a.svg">"#);
        assert_eq!(up("<img\nsrc = \"a.svg\"/>"), "<img\nsrc = \"../a.svg\"/>");
        assert_eq!(up("<IMG SRC=a.svg alt=\"q\">"), "<IMG SRC=\"../a.svg\" alt=\"q\">");
    }

    #[test]
    fn only_real_attributes_of_real_tags_are_touched() {
        for kept in [
            r#"<p>src="a.svg" 1 < 2 > 0</p>"#,
            r#"<!-- <img src="a.svg"> --><p>x</p>"#,
            r#"<img data-src="a.svg" srcset="b.svg 2x" alt='src=c.svg'>"#,
            r#"<script>var s = '<img src="a.svg">';</script>"#,
            r#"<STYLE>a[href="x"]{}</style>"#,
            r#"</a href="a.svg">"#,
            r#"<img src="a.svg"#,
            r#"<a href="https://a.vn/x">"#,
            r##"<a href="#doan-1">"##,
            "<a href>x</a>",
        ] {
            assert_eq!(up(kept), kept);
        }
        assert_eq!(up(r#"<script>x</script><img src="a.svg">"#), r#"<script>x</script><img src="../a.svg">"#);
    }

    #[test]
    fn character_references_are_decoded_before_resolving() {
        assert_eq!(up(r#"<img src="&#97;.svg">"#), r#"<img src="../a.svg">"#);
        assert_eq!(up(r#"<a href="a.html?x=&quot;">"#), r#"<a href="../a.html?x=%22">"#);
    }
}
