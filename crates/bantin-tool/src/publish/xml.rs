//! Escaping text for XML (sitemaps, RSS).

/// `s` with the five characters XML reserves escaped, and the control
/// characters XML 1.0 forbids dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn reserved_characters_are_escaped_and_controls_dropped() {
        assert_eq!(super::escape("a&b<c>\"d'\u{8}é\n"), "a&amp;b&lt;c&gt;&quot;d&apos;é\n");
    }
}
