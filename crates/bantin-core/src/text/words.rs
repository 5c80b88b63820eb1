//! Cutting text to size: trimmed and collapsed whitespace, truncation at a
//! word boundary, and pieces short enough for speech synthesis.

/// [`str::trim`], first asking the cheap question: text that starts and ends
/// with a printable ASCII byte (ids, URLs, dates, most titles and leads) has
/// no whitespace to trim, and the full trim classifies the characters at
/// both ends, which in wasm costs about as much as reading a date.
pub fn trim(s: &str) -> &str {
    match s.as_bytes() {
        [first, .., last] if first.is_ascii_graphic() && last.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// Trims and replaces every run of whitespace with one space.
pub fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// At most `max_chars` characters of `s`, cut at a word boundary with `…`
/// appended when anything was cut.
pub fn truncate_words(s: &str, max_chars: usize) -> String {
    cut_words(s, max_chars).unwrap_or_else(|| s.to_owned())
}

/// [`truncate_words`] for text already owned: `s` itself when it fits, so
/// the common case (a title or lead well under the limit) copies nothing.
pub fn truncate_words_owned(s: String, max_chars: usize) -> String {
    cut_words(&s, max_chars).unwrap_or(s)
}

/// What [`truncate_words`] returns when it cuts anything, else `None`.
fn cut_words(s: &str, max_chars: usize) -> Option<String> {
    // No more bytes than the limit: no more characters either.
    if s.len() <= max_chars {
        return None;
    }
    let (cut, _) = s.char_indices().nth(max_chars)?;
    let head = &s[..cut];
    let at_boundary = s[cut..].starts_with(char::is_whitespace);
    let head = match head.rfind(' ') {
        Some(space) if !at_boundary => &head[..space],
        _ => head,
    };
    Some(format!("{}…", head.trim_end_matches([' ', ',', ';', ':', '.', '-', '–'])))
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

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn the_quick_trim_is_str_trim() {
        let alphabet = [' ', '\t', '\u{a0}', '\u{7f}', '\u{2003}', 'a', '~', 'ệ'];
        for s in crate::generated::every_string(&alphabet, 4) {
            assert_eq!(trim(&s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn truncation_keeps_whole_words() {
        assert_eq!(truncate_words("Cats are neat.", 40), "Cats are neat.");
        assert_eq!(truncate_words("Quận ủy Thốt Nốt tổng kết", 12), "Quận ủy Thốt…");
        assert_eq!(truncate_words("Một, hai, ba", 9), "Một, hai…");
        assert_eq!(truncate_words("Một, hai, ba", 7), "Một…");
        for (s, max) in [("Cats are neat.", 40), ("Quận ủy Thốt Nốt tổng kết", 12), ("Quận ủy", 7), ("", 0)]
        {
            assert_eq!(truncate_words_owned(s.to_owned(), max), truncate_words(s, max));
        }
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
