//! Escaping text for HTML and for URLs.

/// Escapes text for an HTML attribute value or text content.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_escaped_html(&mut out, s);
    out
}

/// Appends `s` to `out` escaped as [`escape_html`] does, without a string
/// of its own: the runs between the five characters that need escaping are
/// copied whole (those characters are ASCII, so every run is whole UTF-8).
pub fn push_escaped_html(out: &mut String, s: &str) {
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(s.get(run..i).unwrap_or_default());
        out.push_str(entity);
        run = i + 1;
    }
    out.push_str(s.get(run..).unwrap_or_default());
}

/// Percent-encodes everything but RFC 3986's unreserved characters
/// (`A–Z a–z 0–9 - . _ ~`), as a URL component or path segment needs.
pub fn percent_encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// `%XX` sequences decoded (a `+` stays a `+`); `None` when one is
/// malformed or the result is not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            // Two hex digits: `from_str_radix` alone would take `%+1`.
            let hex = text.get(i + 1..i + 3).filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn escaping_copies_runs_and_replaces_each_of_the_five_characters() {
        // Checked against escaping one character at a time, over every short
        // string of the five, a multi-byte letter and a plain one.
        let one_at_a_time = |s: &str| {
            s.chars()
                .map(|c| match c {
                    '&' => "&amp;".to_owned(),
                    '<' => "&lt;".to_owned(),
                    '>' => "&gt;".to_owned(),
                    '"' => "&quot;".to_owned(),
                    '\'' => "&#39;".to_owned(),
                    c => c.to_string(),
                })
                .collect::<String>()
        };
        for s in crate::generated::every_string(&['&', '<', '>', '"', '\'', 'ệ', 'a'], 4) {
            assert_eq!(escape_html(&s), one_at_a_time(&s), "{s:?}");
        }
        let mut out = "<b>".to_owned();
        push_escaped_html(&mut out, "Quận ủy & \"Bình Giang\"");
        assert_eq!(out, "<b>Quận ủy &amp; &quot;Bình Giang&quot;");
    }

    #[test]
    fn percent_decoding_undoes_encoding_and_refuses_what_is_malformed() {
        for s in ["Quyết định 15.pdf", "a/b?c=d&e", ""] {
            assert_eq!(percent_decode(&percent_encode(s)).as_deref(), Some(s));
        }
        assert_eq!(percent_decode("a%2"), None);
        assert_eq!(percent_decode("%FF"), None);
        assert_eq!(percent_decode("%+1"), None);
    }

    #[test]
    fn percent_encoding_keeps_only_unreserved_characters() {
        assert_eq!(percent_encode("Quận ủy"), "Qu%E1%BA%ADn%20%E1%BB%A7y");
        assert_eq!(percent_encode("a-b.c_d~e"), "a-b.c_d~e");
        assert_eq!(percent_encode("&=?/#+%\"\n"), "%26%3D%3F%2F%23%2B%25%22%0A");
    }
}
