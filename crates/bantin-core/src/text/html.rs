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
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_text(&mut out, &rest[..lt]);
        let tag = &rest[lt + 1..];
        let Some(gt) = tag.find('>') else {
            rest = "";
            break;
        };
        let name: String = tag[..gt]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        rest = &tag[gt + 1..];
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            rest = match find_ignore_ascii_case(rest, &close) {
                Some(i) => rest[i..].find('>').map_or("", |gt| &rest[i + gt + 1..]),
                None => "",
            };
        }
        // Block boundaries separate words: "<p>a</p><p>b</p>" is "a b".
        out.push(' ');
    }
    push_text(&mut out, rest);
    super::collapse_whitespace(&out)
}

fn find_ignore_ascii_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack.as_bytes().windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Appends `text` with its character references decoded.
fn push_text(out: &mut String, text: &str) {
    out.push_str(&decode_entities(text));
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
