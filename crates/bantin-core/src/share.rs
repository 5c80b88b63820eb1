//! Where an article can be shared, as the exact URLs each service's public
//! share endpoint takes. No service's script is ever loaded: each target is a
//! plain link, so nothing of theirs runs on our pages.

use crate::text::percent_encode;

/// One way to pass an article on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareTarget {
    /// What the reader sees: "Zalo", "Facebook", …
    pub name: &'static str,
    /// A stable key, used for the BEM modifier class and test ids.
    pub key: &'static str,
    /// The share URL.
    pub href: String,
}

/// Every share target for an article at `url` titled `title`, in the order
/// the share bar shows them (Vietnamese readers share most through Zalo and
/// Facebook).
pub fn targets(url: &str, title: &str) -> Vec<ShareTarget> {
    let (u, t) = (percent_encode(url), percent_encode(title));
    vec![
        ShareTarget { name: "Zalo", key: "zalo", href: zalo(url) },
        ShareTarget {
            name: "Facebook",
            key: "facebook",
            href: format!("https://www.facebook.com/sharer/sharer.php?u={u}"),
        },
        ShareTarget { name: "X", key: "x", href: format!("https://x.com/intent/tweet?text={t}&url={u}") },
        ShareTarget {
            name: "Telegram",
            key: "telegram",
            href: format!("https://t.me/share/url?url={u}&text={t}"),
        },
        ShareTarget { name: "Email", key: "email", href: email(url, title) },
    ]
}

/// Zalo's share picker for the web, which needs neither its SDK nor an
/// Official Account: `https://button-share.zalo.me/share_external?d=` followed
/// by the percent-encoded base64 of the JSON object `{"url": "<url>"}`.
pub fn zalo(url: &str) -> String {
    let payload = format!(r#"{{"url":{}}}"#, json_string(url));
    format!("https://button-share.zalo.me/share_external?d={}", percent_encode(&base64(payload.as_bytes())))
}

/// A `mailto:` link with the title as subject and title and URL as body.
pub fn email(url: &str, title: &str) -> String {
    format!("mailto:?subject={}&body={}", percent_encode(title), percent_encode(&format!("{title}\n{url}")))
}

/// The anchor id of the `n`-th paragraph (1-based) of an article's body.
pub fn paragraph_anchor(n: usize) -> String {
    format!("doan-{n}")
}

/// `s` as a JSON string literal.
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Standard base64 (RFC 4648, with padding).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    const URL: &str = "https://binhgiang.example.vn/bai-viet/bg-1/quan-uy-thot-not";
    const TITLE: &str = "Quận ủy Thốt Nốt: “Tổng kết” 10 năm & hơn";

    #[test]
    fn every_target_carries_the_encoded_url_and_title() {
        let hrefs: Vec<_> = targets(URL, TITLE).into_iter().map(|t| (t.key, t.href)).collect();
        let u = "https%3A%2F%2Fbinhgiang.example.vn%2Fbai-viet%2Fbg-1%2Fquan-uy-thot-not";
        let t = "Qu%E1%BA%ADn%20%E1%BB%A7y%20Th%E1%BB%91t%20N%E1%BB%91t%3A%20%E2%80%9CT%E1%BB%95ng%20k%E1%BA%BFt%E2%80%9D%2010%20n%C4%83m%20%26%20h%C6%A1n";
        assert_eq!(hrefs[1], ("facebook", format!("https://www.facebook.com/sharer/sharer.php?u={u}")));
        assert_eq!(hrefs[2], ("x", format!("https://x.com/intent/tweet?text={t}&url={u}")));
        assert_eq!(hrefs[3], ("telegram", format!("https://t.me/share/url?url={u}&text={t}")));
        assert_eq!(hrefs[4], ("email", format!("mailto:?subject={t}&body={t}%0A{u}")));
        assert_eq!(hrefs[0].0, "zalo");
    }

    #[test]
    fn zalo_carries_base64_json_of_the_url() {
        // {"url":"https://a.vn/x"} in base64, then percent-encoded.
        assert_eq!(
            zalo("https://a.vn/x"),
            "https://button-share.zalo.me/share_external?d=eyJ1cmwiOiJodHRwczovL2Eudm4veCJ9"
        );
        assert_eq!(json_string("a\"b\\c\n"), r#""a\"b\\c\u000a""#);
    }

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), expected);
        }
        assert_eq!(percent_encode(&base64(&[0xfb, 0xff])), "%2B%2F8%3D");
    }
}
