//! Vietnamese text folding: the same word with or without its marks.
//!
//! Slugs for readable URLs (and, later, diacritic-insensitive search) need
//! `Quận ủy Thốt Nốt` and `quan uy thot not` to be the same letters. Unicode
//! decomposition would do most of it, but its tables are large and `đ`/`Đ`
//! have no decomposition at all; the letters a Vietnamese (or French, German…)
//! text uses sit in three small blocks, mapped here by range.

use std::borrow::Cow;

/// Folds one character to a lower-case ASCII letter or digit, or `None` when
/// it is not a letter or digit this module knows (punctuation, spaces, marks).
pub fn fold_char(c: char) -> Option<char> {
    if c.is_ascii_alphanumeric() {
        return Some(c.to_ascii_lowercase());
    }
    let base = match c {
        // Latin-1 Supplement.
        'À'..='Å' | 'à'..='å' => 'a',
        'Ç' | 'ç' => 'c',
        'È'..='Ë' | 'è'..='ë' => 'e',
        'Ì'..='Ï' | 'ì'..='ï' => 'i',
        'Ð' | 'ð' => 'd',
        'Ñ' | 'ñ' => 'n',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' => 'o',
        'Ù'..='Ü' | 'ù'..='ü' => 'u',
        'Ý' | 'ý' | 'ÿ' => 'y',
        // Latin Extended-A and the two Vietnamese horned letters of Extended-B.
        'Ā'..='ą' => 'a',
        'Ć'..='č' => 'c',
        'Ď'..='đ' => 'd',
        'Ē'..='ě' => 'e',
        'Ĝ'..='ģ' => 'g',
        'Ĥ'..='ħ' => 'h',
        'Ĩ'..='ı' => 'i',
        'Ĵ' | 'ĵ' => 'j',
        'Ķ' | 'ķ' => 'k',
        'Ĺ'..='ł' => 'l',
        'Ń'..='ň' => 'n',
        'Ō'..='ő' | 'Ơ' | 'ơ' => 'o',
        'Ŕ'..='ř' => 'r',
        'Ś'..='š' => 's',
        'Ţ'..='ŧ' => 't',
        'Ũ'..='ų' | 'Ư' | 'ư' => 'u',
        'Ŵ' | 'ŵ' => 'w',
        'Ŷ'..='Ÿ' => 'y',
        'Ź'..='ž' => 'z',
        // Latin Extended Additional: the Vietnamese block, in alphabet order.
        'Ạ'..='ặ' => 'a',
        'Ẹ'..='ệ' => 'e',
        'Ỉ'..='ị' => 'i',
        'Ọ'..='ợ' => 'o',
        'Ụ'..='ự' => 'u',
        'Ỳ'..='ỹ' => 'y',
        _ => return None,
    };
    Some(base)
}

/// True for combining marks (U+0300–U+036F), which text in decomposed form
/// (as some editors save it) carries after the base letter.
fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// A URL slug: folded words joined by `-`, at most `max_len` bytes, cut at a
/// word boundary. Empty when the text has no letters or digits.
pub fn slug(text: &str, max_len: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max_len));
    let mut pending_dash = false;
    for c in text.chars() {
        if is_combining_mark(c) {
            continue;
        }
        match fold_char(c) {
            Some(letter) => {
                if pending_dash && !out.is_empty() {
                    out.push('-');
                }
                pending_dash = false;
                out.push(letter);
            }
            None => pending_dash = true,
        }
    }
    if out.len() > max_len {
        let cut = out[..=max_len].rfind('-').unwrap_or(max_len);
        out.truncate(cut);
    }
    out
}

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
    collapse_whitespace(&out)
}

fn find_ignore_ascii_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack.as_bytes().windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Appends `text` with its character references decoded.
fn push_text(out: &mut String, text: &str) {
    out.push_str(&decode_entities(text));
}

/// `text` with its character references decoded: numeric ones, and the named
/// ones feeds use (`&amp;`, `&nbsp;`, `&ndash;`, quotes…); others are left as
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

/// Trims and replaces every run of whitespace with one space.
pub fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// At most `max_chars` characters of `s`, cut at a word boundary with `…`
/// appended when anything was cut.
pub fn truncate_words(s: &str, max_chars: usize) -> String {
    // No more bytes than the limit: no more characters either.
    if s.len() <= max_chars {
        return s.to_owned();
    }
    let Some((cut, _)) = s.char_indices().nth(max_chars) else {
        return s.to_owned();
    };
    let head = &s[..cut];
    let at_boundary = s[cut..].starts_with(char::is_whitespace);
    let head = match head.rfind(' ') {
        Some(space) if !at_boundary => &head[..space],
        _ => head,
    };
    format!("{}…", head.trim_end_matches([' ', ',', ';', ':', '.', '-', '–']))
}

/// `text` cut into pieces of at most `max_chars` characters for speech
/// synthesis, at sentence ends where it can, else between words: browsers
/// stop long utterances part-way, so an article is read a sentence or two at
/// a time. A word longer than `max_chars` is a piece of its own.
pub fn speech_chunks(text: &str, max_chars: usize) -> Vec<String> {
    let mut chunks = Vec::new();
    let mut current = String::new();
    let mut flush = |current: &mut String| {
        if !current.trim().is_empty() {
            chunks.push(current.trim().to_owned());
        }
        current.clear();
    };
    for sentence in sentences(text) {
        for word in sentence.split_whitespace() {
            let fits = current.chars().count() + 1 + word.chars().count() <= max_chars;
            if !current.is_empty() && !fits {
                flush(&mut current);
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        // A sentence ends a piece once the piece is half full.
        if current.chars().count() * 2 >= max_chars {
            flush(&mut current);
        }
    }
    flush(&mut current);
    chunks
}

/// Sentences: text up to and including `.`, `!`, `?` or `…` followed by a space.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest
            .char_indices()
            .find(|&(i, c)| {
                matches!(c, '.' | '!' | '?' | '…')
                    && rest[i + c.len_utf8()..].starts_with(char::is_whitespace)
            })
            .map_or(rest.len(), |(i, c)| i + c.len_utf8());
        let (sentence, after) = rest.split_at(end);
        rest = after;
        Some(sentence)
    })
}

/// Escapes text for an HTML attribute value or text content.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_titles_become_ascii_slugs() {
        assert_eq!(
            slug("Quận ủy Thốt Nốt: Tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW", 200),
            "quan-uy-thot-not-tong-ket-10-nam-thuc-hien-nghi-quyet-so-29-nq-tw"
        );
        assert_eq!(slug("Đảng bộ phường Đông Hòa", 200), "dang-bo-phuong-dong-hoa");
        assert_eq!(slug("Ưu tiên ươm mầm: Ở Ỷ Lan", 200), "uu-tien-uom-mam-o-y-lan");
    }

    #[test]
    fn every_vietnamese_letter_folds_to_its_base() {
        let groups = [
            ("aàáảãạăằắẳẵặâầấẩẫậAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'a'),
            ("eèéẻẽẹêềếểễệEÈÉẺẼẸÊỀẾỂỄỆ", 'e'),
            ("iìíỉĩịIÌÍỈĨỊ", 'i'),
            ("oòóỏõọôồốổỗộơờớởỡợOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'o'),
            ("uùúủũụưừứửữựUÙÚỦŨỤƯỪỨỬỮỰ", 'u'),
            ("yỳýỷỹỵYỲÝỶỸỴ", 'y'),
            ("dđDĐ", 'd'),
        ];
        for (letters, base) in groups {
            for c in letters.chars() {
                assert_eq!(fold_char(c), Some(base), "{c}");
            }
        }
    }

    #[test]
    fn decomposed_text_folds_like_precomposed() {
        // "Thốt" typed as o + circumflex + acute, as some editors store it.
        assert_eq!(slug("Tho\u{0302}\u{0301}t No\u{0302}\u{0301}t", 50), "thot-not");
    }

    #[test]
    fn punctuation_and_edges_collapse() {
        assert_eq!(slug("  “Xuân” – 2023!! ", 50), "xuan-2023");
        assert_eq!(slug("…", 50), "");
        assert_eq!(slug("中文", 50), "");
    }

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
    fn truncation_keeps_whole_words() {
        assert_eq!(truncate_words("Cats are neat.", 40), "Cats are neat.");
        assert_eq!(truncate_words("Quận ủy Thốt Nốt tổng kết", 12), "Quận ủy Thốt…");
        assert_eq!(truncate_words("Một, hai, ba", 9), "Một, hai…");
        assert_eq!(truncate_words("Một, hai, ba", 7), "Một…");
    }

    #[test]
    fn percent_encoding_keeps_only_unreserved_characters() {
        assert_eq!(percent_encode("Quận ủy"), "Qu%E1%BA%ADn%20%E1%BB%A7y");
        assert_eq!(percent_encode("a-b.c_d~e"), "a-b.c_d~e");
        assert_eq!(percent_encode("&=?/#+%\"\n"), "%26%3D%3F%2F%23%2B%25%22%0A");
    }

    #[test]
    fn long_titles_are_cut_at_a_word_boundary() {
        let s = slug("một hai ba bốn năm sáu bảy tám chín mười", 20);
        assert_eq!(s, "mot-hai-ba-bon-nam");
        assert!(s.len() <= 20);
        assert_eq!(slug("abcdefghijklmnopqrstuvwxyz", 10), "abcdefghij");
    }

    #[test]
    fn speech_is_cut_at_sentence_ends_and_never_over_the_limit() {
        let text = "Sáng 29/3, quận tổ chức hội nghị. Đến nay có 55/82 phường đạt chỉ tiêu! Tỷ lệ 67,07% … tăng 5 phường.";
        let chunks = speech_chunks(text, 40);
        assert_eq!(
            chunks,
            [
                "Sáng 29/3, quận tổ chức hội nghị.",
                "Đến nay có 55/82 phường đạt chỉ tiêu!",
                "Tỷ lệ 67,07% … tăng 5 phường."
            ]
        );
        let long = "một ".repeat(100);
        let chunks = speech_chunks(&long, 50);
        assert!(chunks.iter().all(|c| c.chars().count() <= 50), "{chunks:?}");
        assert_eq!(chunks.join(" "), long.trim());
        // Short sentences share a piece; a word over the limit is its own.
        assert_eq!(speech_chunks("A. B. C.", 200), ["A. B. C."]);
        assert_eq!(
            speech_chunks("ngắn siêudàikhôngcắtđược ngắn", 8),
            ["ngắn", "siêudàikhôngcắtđược", "ngắn"]
        );
        assert!(speech_chunks("  ", 10).is_empty());
    }
}
