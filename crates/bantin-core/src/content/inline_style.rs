//! Keeps feed HTML's `style` attributes from tripping the page's Content
//! Security Policy.
//!
//! Under `style-src 'self'` the browser reports a violation for every `style`
//! attribute it parses, even into an inert template, and Word-pasted articles
//! carry one on nearly every paragraph. The sanitiser drops them anyway, but
//! it still wants to read `text-align: center` to find captions. So before
//! parsing, `style` attributes in start tags are renamed to [`RENAMED`]: the
//! browser never sees an inline style, and the sanitiser reads the renamed one.
//!
//! This is not a security boundary: whatever this scan gets wrong, the
//! allowlist walk after parsing still removes every attribute it does not
//! allow. At worst a `style` attribute reaches the parser and the policy
//! blocks it.

use std::borrow::Cow;

/// The name `style` attributes are given before parsing.
pub const RENAMED: &str = "data-feed-style";

/// Renames every `style` attribute of every start tag in `html` to [`RENAMED`],
/// leaving text, comments and other attributes untouched.
pub fn rename_style_attributes(html: &str) -> Cow<'_, str> {
    if !html.as_bytes().windows(5).any(|w| w.eq_ignore_ascii_case(b"style")) {
        return Cow::Borrowed(html);
    }
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len() + 64);
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        if html[i..].starts_with("<!--") {
            i = html[i + 4..].find("-->").map_or(bytes.len(), |end| i + 4 + end + 3);
            continue;
        }
        if !bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
            continue;
        }
        // A start tag: skip its name, then walk its attributes.
        i += 1;
        while i < bytes.len() && !is_tag_space(bytes[i]) && bytes[i] != b'>' && bytes[i] != b'/' {
            i += 1;
        }
        loop {
            while i < bytes.len() && (is_tag_space(bytes[i]) || bytes[i] == b'/') {
                i += 1;
            }
            if i >= bytes.len() || bytes[i] == b'>' {
                break;
            }
            let name_start = i;
            i += 1; // An attribute name may begin with any character, even `=`.
            while i < bytes.len() && !is_tag_space(bytes[i]) && !matches!(bytes[i], b'/' | b'>' | b'=') {
                i += 1;
            }
            if html[name_start..i].eq_ignore_ascii_case("style") {
                out.push_str(&html[copied..name_start]);
                out.push_str(RENAMED);
                copied = i;
            }
            while i < bytes.len() && is_tag_space(bytes[i]) {
                i += 1;
            }
            if bytes.get(i) != Some(&b'=') {
                continue;
            }
            i += 1;
            while i < bytes.len() && is_tag_space(bytes[i]) {
                i += 1;
            }
            match bytes.get(i) {
                Some(&quote @ (b'"' | b'\'')) => {
                    i = html[i + 1..].find(char::from(quote)).map_or(bytes.len(), |end| i + 1 + end + 1);
                }
                _ => {
                    while i < bytes.len() && !is_tag_space(bytes[i]) && bytes[i] != b'>' {
                        i += 1;
                    }
                }
            }
        }
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// The whitespace HTML allows between a tag's name and attributes.
fn is_tag_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C')
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn style_attributes_are_renamed_in_start_tags_only() {
        assert_eq!(
            rename_style_attributes(r#"<p class="MsoNormal" style="text-align:center"><em>Ảnh</em></p>"#),
            r#"<p class="MsoNormal" data-feed-style="text-align:center"><em>Ảnh</em></p>"#
        );
        assert_eq!(
            rename_style_attributes("<P STYLE=color:red title='style=x'>style=y</P>"),
            "<P data-feed-style=color:red title='style=x'>style=y</P>"
        );
        assert_eq!(
            rename_style_attributes("<img/style=a src=x><br style ='b'/>"),
            "<img/data-feed-style=a src=x><br data-feed-style ='b'/>"
        );
        assert_eq!(
            rename_style_attributes(r#"<a title="a > b" style="x">"#),
            r#"<a title="a > b" data-feed-style="x">"#
        );
    }

    #[test]
    fn text_comments_and_other_attributes_stay() {
        for html in [
            "Giá trị style=1 trong văn bản",
            "a < b style=c",
            "<!-- <p style=x> --><p>chữ</p>",
            r#"<p data-style="x" styles="y">z</p>"#,
            "<style>p{color:red}</style>",
            "",
        ] {
            assert_eq!(rename_style_attributes(html), html);
        }
    }

    #[test]
    fn unterminated_markup_does_not_panic() {
        for html in
            ["<p style", "<p style=", "<p style='x", "<p style=\"", "<!--", "<p ", "<", "<p style=\"é"]
        {
            let _ = rename_style_attributes(html);
        }
        assert_eq!(rename_style_attributes("<p style"), "<p data-feed-style");
    }
}
