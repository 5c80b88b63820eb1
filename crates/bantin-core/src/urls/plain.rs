//! The plain fast path of URL resolution: most URLs in a feed are plain
//! `https` URLs and paths, which every browser's URL parser (WHATWG) and RFC
//! 3986 resolve alike, so they are resolved here without a call into the
//! browser; anything else is left to the caller's full resolver.

/// A plain base URL, checked once to resolve many references against: a feed
/// document resolves all its URLs against its own.
///
/// Plain: `http` or `https` in lower case, a lower-case ASCII host (an IPv4
/// address only in its dotted decimal form), no user name, no default port, a
/// path, and nothing in the reference that a browser would encode, decode or
/// collapse (no spaces, no non-ASCII, no backslash, no `.` or `..` segment, no
/// `%2e`, no scheme of its own other than `http(s)://`).
#[derive(Clone, Copy, Debug)]
pub struct PlainBase<'a> {
    /// Without its fragment.
    base: &'a str,
    /// `https://host[:port]`.
    origin: &'a str,
    /// The path up to its last `/`, included.
    dir: &'a str,
}

impl<'a> PlainBase<'a> {
    /// `base` when it is plain, else `None`.
    pub fn new(base: &'a str) -> Option<Self> {
        let (origin, rest) = plain_absolute(base)?;
        let path = &rest[..path_end(rest)];
        Some(Self {
            base: &base[..base.find('#').unwrap_or(base.len())],
            origin,
            dir: &path[..path.rfind('/').map_or(0, |slash| slash + 1)],
        })
    }

    /// `reference` resolved against this base when it is plain too, else `None`.
    pub fn resolve(&self, reference: &str) -> Option<String> {
        if reference.is_empty() {
            return Some(self.base.to_owned());
        }
        if !reference.bytes().all(plain_byte) {
            return None;
        }
        if reference.starts_with("http://") || reference.starts_with("https://") {
            plain_absolute(reference)?;
            return Some(reference.to_owned());
        }
        let ref_path = &reference[..path_end(reference)];
        if ref_path.split('/').next().is_some_and(|first| first.contains(':'))
            || reference.starts_with("//")
            || has_dot_segment(ref_path)
        {
            return None;
        }
        let origin = self.origin;
        Some(match reference.as_bytes()[0] {
            b'/' => format!("{origin}{reference}"),
            b'#' => format!("{}{reference}", self.base),
            b'?' => format!("{}{reference}", &self.base[..path_end(self.base)]),
            _ => format!("{origin}{}{reference}", self.dir),
        })
    }
}

/// A plain absolute URL split into its origin (`https://host[:port]`) and the
/// rest (starting with `/`), or `None`.
fn plain_absolute(url: &str) -> Option<(&str, &str)> {
    if !url.bytes().all(plain_byte) {
        return None;
    }
    let (scheme, rest) = url.split_once("://")?;
    let default_port = match scheme {
        "http" => "80",
        "https" => "443",
        _ => return None,
    };
    let slash = rest.find('/')?;
    let authority = &rest[..slash];
    if path_end(authority) < authority.len() {
        return None;
    }
    let (host, port) = match authority.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let port_ok = port.is_none_or(|p| {
        !p.is_empty()
            && !p.starts_with('0')
            && p.len() <= 5
            && p.bytes().all(|b| b.is_ascii_digit())
            && p != default_port
    });
    let path = &rest[slash..];
    (plain_host(host) && port_ok && !has_dot_segment(&path[..path_end(path)]))
        .then_some((&url[..scheme.len() + 3 + slash], path))
}

/// Lower-case DNS labels, or a canonical dotted-decimal IPv4 address (other
/// numeric forms are rewritten by browsers).
fn plain_host(host: &str) -> bool {
    let label_ok = |l: &str| {
        !l.is_empty()
            && !l.starts_with("xn--")
            && l.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    if !host.split('.').all(label_ok) {
        return false;
    }
    let numeric = host.rsplit('.').next().is_some_and(|last| last.starts_with(|c: char| c.is_ascii_digit()));
    !numeric
        || host.split('.').count() == 4
            && host.split('.').all(|l| l.parse::<u8>().is_ok() && (l.len() == 1 || !l.starts_with('0')))
}

/// Bytes a browser keeps as they are in every part of an `http(s)` URL.
fn plain_byte(b: u8) -> bool {
    PLAIN[usize::from(b)]
}

const PLAIN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric();
        b += 1;
    }
    let extra = b"-._~/?=&%+,;:@!$()*#";
    let mut i = 0;
    while i < extra.len() {
        table[extra[i] as usize] = true;
        i += 1;
    }
    table
};

/// Where the query or fragment starts (`?` or `#`), else the length.
fn path_end(s: &str) -> usize {
    s.bytes().position(|b| b == b'?' || b == b'#').unwrap_or(s.len())
}

/// Whether a path has a segment a browser would collapse (`.`, `..`, or an
/// encoded dot).
fn has_dot_segment(path: &str) -> bool {
    path.as_bytes().windows(3).any(|w| w[0] == b'%' && w[1] == b'2' && w[2].eq_ignore_ascii_case(&b'e'))
        || path.split('/').any(|segment| segment == "." || segment == "..")
}

#[cfg(test)]
mod tests {
    use super::PlainBase;
    use crate::urls::resolve;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn resolve_plain(base: &str, reference: &str) -> Option<String> {
        PlainBase::new(base)?.resolve(reference)
    }

    #[test]
    fn plain_references_resolve_as_the_full_resolver_does() {
        let bases = [
            "https://binhgiang.example.vn/feed.json",
            "http://127.0.0.1:4173/pages/c/y-te/2.json?v=1#x",
            "https://a.vn/",
        ];
        let references = [
            "",
            "feed-2.json",
            "images/hoi-nghi-nq29.svg",
            "/images/a.webp",
            "?trang=2",
            "#top",
            "articles/bg-2023.json?a=b&c=d#e",
            "https://other.example/x?y#z",
            "http://10.0.0.1:8080/a",
            "b/a:c",
        ];
        for base in bases {
            for reference in references {
                let plain = resolve_plain(base, reference);
                assert!(plain.is_some(), "{base} + {reference:?}");
                assert_eq!(plain, resolve(base, reference), "{base} + {reference:?}");
            }
        }
    }

    #[test]
    fn anything_a_browser_would_rewrite_is_left_to_the_browser() {
        let base = "https://binhgiang.example.vn/tin/feed.json";
        for reference in [
            "../feed.json",
            "./a",
            "a/./b",
            "a/%2E%2e/b",
            "ảnh.png",
            "a b.png",
            "a\\b",
            "//cdn.example.vn/a.webp",
            "g:h",
            "a:b/c",
            "javascript:alert(1)",
            "mailto:a@b.vn",
            "HTTPS://a.vn/",
            "https://A.vn/",
            "https://a.vn",
            "https://a.vn:443/",
            "https://user@a.vn/",
            "https://0x7f.1/",
            "https://127.1/",
            "https://xn--bcher-kva.example/",
            "https://a.vn/x/../y",
            "a'b",
            "a{b}",
        ] {
            assert_eq!(resolve_plain(base, reference), None, "{reference:?}");
        }
        for base in ["/feed.json", "file:///feed.json", "https://A.vn/feed.json", "https://a.vn"] {
            assert_eq!(resolve_plain(base, "a.json"), None, "{base:?}");
        }
    }
}
