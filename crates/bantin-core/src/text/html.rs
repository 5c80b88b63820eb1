//! Plain text out of HTML: for deriving a title or an excerpt where a feed
//! gives none, and for decoding the character references CMSs leave in text.

use std::borrow::Cow;

/// The readable text of an HTML fragment: tags dropped, the content of
/// `script`/`style` dropped, the common entities decoded, whitespace collapsed.
///
/// Only for deriving plain text (a title or excerpt for an item that has none);
/// the result is always rendered as text, never as HTML.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    // Whitespace is collapsed as the text comes: a run of it becomes one
    // space, written only once a word follows.
    let mut space = false;
    each_text(html, |text| {
        for c in text.chars() {
            if c.is_whitespace() {
                space = !out.is_empty();
            } else {
                if space {
                    out.push(' ');
                    space = false;
                }
                out.push(c);
            }
        }
    });
    out
}

/// How many words [`html_to_text`] finds in `html`, without writing its text:
/// an article's reading time.
pub fn html_word_count(html: &str) -> usize {
    let (mut words, mut in_word) = (0, false);
    each_text(html, |text| words += count_words(text, &mut in_word));
    words
}

/// The words that start in `text`, `in_word` saying whether the text before
/// it ended inside one (and left saying whether `text` does). Whitespace is
/// `char::is_whitespace`, matched on the bytes of its UTF-8: a byte of any
/// other character (a letter's first byte or the rest of it) is in a word.
fn count_words(text: &str, in_word: &mut bool) -> usize {
    let bytes = text.as_bytes();
    let (mut words, mut i) = (0, 0);
    while i < bytes.len() {
        let space = match bytes.get(i..).unwrap_or_default() {
            [b'\t'..=b'\r' | b' ', ..] => 1,
            // U+0085, U+00A0.
            [0xC2, 0x85 | 0xA0, ..] => 2,
            // U+1680; U+2000–U+200A, U+2028, U+2029, U+202F; U+205F; U+3000.
            [0xE1, 0x9A, 0x80, ..]
            | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..]
            | [0xE2, 0x81, 0x9F, ..]
            | [0xE3, 0x80, 0x80, ..] => 3,
            _ => 0,
        };
        if space > 0 {
            *in_word = false;
            i += space;
        } else {
            words += usize::from(!*in_word);
            *in_word = true;
            i += 1;
        }
    }
    words
}

/// Calls `f` with each piece of `html`'s text in order, its character
/// references decoded, and with a space for each tag (block boundaries
/// separate words: "<p>a</p><p>b</p>" is "a b"); the content of `script`
/// and `style` is skipped.
fn each_text(html: &str, mut f: impl FnMut(&str)) {
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        f(&decode_entities(&rest[..lt]));
        let tag = &rest[lt + 1..];
        let Some(gt) = tag.find('>') else { return };
        let name_len = tag.bytes().take_while(u8::is_ascii_alphanumeric).count().min(gt);
        let name = &tag[..name_len];
        rest = &tag[gt + 1..];
        for raw in ["script", "style"] {
            if name.eq_ignore_ascii_case(raw) {
                rest = match find_closing(rest, raw) {
                    Some(i) => rest[i..].find('>').map_or("", |gt| &rest[i + gt + 1..]),
                    None => "",
                };
            }
        }
        f(" ");
    }
    f(&decode_entities(rest));
}

/// Where `</name` first appears in `haystack`, in any case.
fn find_closing(haystack: &str, name: &str) -> Option<usize> {
    let needle = name.len() + 2;
    haystack.as_bytes().windows(needle).position(|w| {
        w.starts_with(b"</") && w.get(2..).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
    })
}

/// `text` with its character references decoded, once (`&amp;amp;` becomes
/// `&amp;`): numeric ones, and the named ones feeds use (`&amp;`, `&nbsp;`,
/// `&ndash;`, quotes, `&copy;`, the accented letters of Latin-1 such as
/// `&eacute;`…). Anything else, such as a bare `&` or `R&D;`, is left as
/// written.
pub fn decode_entities(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let decoded = after.find(';').filter(|&end| end <= 10).and_then(|end| {
            let c = decode_entity(&after[..end])?;
            Some((c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn decode_entity(name: &str) -> Option<char> {
    let named = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "laquo" => '«',
        "raquo" => '»',
        "bull" => '•',
        "middot" => '·',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "euro" => '€',
        "times" => '×',
        "szlig" => 'ß',
        _ if !name.starts_with('#') => return latin1_letter(name),
        _ => {
            let code = match name.strip_prefix('#')? {
                hex if hex.starts_with(['x', 'X']) => u32::from_str_radix(&hex[1..], 16).ok()?,
                dec => dec.parse().ok()?,
            };
            return char::from_u32(code).filter(|c| !c.is_control());
        }
    };
    Some(named)
}

/// A Latin-1 letter by its entity name: a letter and its mark (`eacute`,
/// `Agrave`, `ntilde`, `ccedil`, `ouml`…).
fn latin1_letter(name: &str) -> Option<char> {
    let mut chars = name.chars();
    let letter = chars.next().filter(char::is_ascii_alphabetic)?;
    // The upper-case letters with each mark, and their code points; the
    // lower-case ones are 0x20 further on.
    let (letters, codes): (&str, &[u32]) = match chars.as_str() {
        "grave" => ("AEIOU", &[0xC0, 0xC8, 0xCC, 0xD2, 0xD9]),
        "acute" => ("AEIOUY", &[0xC1, 0xC9, 0xCD, 0xD3, 0xDA, 0xDD]),
        "circ" => ("AEIOU", &[0xC2, 0xCA, 0xCE, 0xD4, 0xDB]),
        "tilde" => ("ANO", &[0xC3, 0xD1, 0xD5]),
        "uml" if letter == 'y' => return Some('ÿ'),
        "uml" => ("AEIOU", &[0xC4, 0xCB, 0xCF, 0xD6, 0xDC]),
        "ring" => ("A", &[0xC5]),
        "cedil" => ("C", &[0xC7]),
        "slash" => ("O", &[0xD8]),
        _ => return None,
    };
    let at = letters.find(letter.to_ascii_uppercase())?;
    let lower = if letter.is_ascii_lowercase() { 0x20 } else { 0 };
    char::from_u32(codes[at] + lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn html_becomes_readable_text() {
        let html = "<p>Ngày 29/3, <b>quận</b>&nbsp;tổ chức…</p><script>alert(1)</script>\
                    <STYLE>p{}</STYLE><p>Tỷ lệ 88,24&#37; &amp; &#x110;ạt</p><p>a &bogus; b";
        assert_eq!(html_to_text(html), "Ngày 29/3, quận tổ chức… Tỷ lệ 88,24% & Đạt a &bogus; b");
        assert_eq!(html_to_text("a<br>b<unclosed"), "a b");
        assert_eq!(html_to_text("x<script>never closed"), "x");
        assert_eq!(html_to_text("&#0; &#xD800; &#99999999;"), "&#0; &#xD800; &#99999999;");
    }

    #[test]
    fn the_text_is_collapsed_as_it_comes_and_its_words_are_counted_without_it() {
        // Checked against collapsing the pieces afterwards, and counting the
        // text's words, over every short string of tags, entities, spaces and letters.
        let pieces = [
            "<p>",
            "</p>",
            "<SCRIPT>",
            "</script>",
            "<style",
            ">",
            "&amp;",
            "&nbsp;",
            " ",
            "\n",
            "\x0B",
            "ệ",
            "é",
            "a",
            "\u{85}",
            "\u{2003}",
            "\u{202F}",
            "\u{205F}",
            "\u{3000}",
            "\u{1680}",
            "\u{1681}",
        ];
        let mut all = vec![String::new()];
        for _ in 0..4 {
            all = all.iter().flat_map(|s| pieces.iter().map(move |p| format!("{s}{p}"))).collect();
            for html in &all {
                let mut raw = String::new();
                each_text(html, |text| raw.push_str(text));
                let text = html_to_text(html);
                assert_eq!(text, crate::text::collapse_whitespace(&raw), "{html:?}");
                assert_eq!(html_word_count(html), text.split_whitespace().count(), "{html:?}");
            }
        }
    }

    #[test]
    fn every_character_is_whitespace_to_the_word_count_as_it_is_to_rust() {
        let mut text = String::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            text.clear();
            text.extend(['a', c, 'b']);
            let mut in_word = false;
            assert_eq!(count_words(&text, &mut in_word), if c.is_whitespace() { 2 } else { 1 }, "{c:?}");
        }
    }

    #[test]
    fn entities_are_decoded_once_and_bare_ampersands_stay() {
        assert_eq!(decode_entities("Add Task &amp; Sub Tasks"), "Add Task & Sub Tasks");
        assert_eq!(decode_entities("&amp;amp; &amp;lt;"), "&amp; &lt;");
        assert_eq!(
            decode_entities("Café &eacute;t&eacute; &Agrave; &ntilde; &ccedil; &yuml; &Oslash;"),
            "Café été À ñ ç ÿ Ø"
        );
        assert_eq!(decode_entities("&copy; 2023 &#8230; &hellip; &laquo;x&raquo;"), "© 2023 … … «x»");
        for literal in ["AT&T", "R&D; lab", "Tom & Jerry", "5 &lt 6", "&bogus;", "&xacute;", "&;", "&"] {
            assert_eq!(decode_entities(literal), literal);
        }
    }
}
