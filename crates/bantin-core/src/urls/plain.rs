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
    // Each a prefix of the base: what a reference of its kind is appended to.
    /// `https://host[:port]`, for a reference with an absolute path.
    origin: &'a str,
    /// Up to the path's last `/`, included, for a relative path.
    dir: &'a str,
    /// Without its query and fragment, for a query.
    path: &'a str,
    /// Without its fragment, for a fragment or the empty reference.
    document: &'a str,
}

impl<'a> PlainBase<'a> {
    /// `base` when it is plain, else `None`.
    pub fn new(base: &'a str) -> Option<Self> {
        let (origin, path_end) = plain_absolute(base)?;
        let path = &base[..path_end];
        Some(Self {
            origin,
            dir: &path[..path.rfind('/').map_or(0, |slash| slash + 1)],
            path,
            document: &base[..base.find('#').unwrap_or(base.len())],
        })
    }

    /// `reference` resolved against this base when it is plain too, else `None`.
    pub fn resolve(&self, reference: &str) -> Option<String> {
        if reference.starts_with("http://") || reference.starts_with("https://") {
            // Plain and absolute, it is its own resolution.
            plain_absolute(reference)?;
            return Some(reference.to_owned());
        }
        let prefix = match reference.as_bytes() {
            [] | [b'#', ..] => self.document,
            [b'?', ..] => self.path,
            // A network-path reference: its host is for the full resolver to check.
            [b'/', b'/', ..] => return None,
            [b'/', ..] => self.origin,
            _ => self.dir,
        };
        plain_path_end(reference.as_bytes())?;
        Some([prefix, reference].concat())
    }
}

/// The origin (`https://host[:port]`) of a plain absolute URL and where its
/// path ends (at its `?`, its `#` or the end), or `None`.
fn plain_absolute(url: &str) -> Option<(&str, usize)> {
    let (scheme_end, default_port): (usize, &[u8]) = match url.as_bytes() {
        [b'h', b't', b't', b'p', b's', b':', b'/', b'/', ..] => (8, b"443"),
        [b'h', b't', b't', b'p', b':', b'/', b'/', ..] => (7, b"80"),
        _ => return None,
    };
    let bytes = url.as_bytes();
    let authority_end = scheme_end + bytes[scheme_end..].iter().position(|&b| !authority_byte(b))?;
    let authority = &bytes[scheme_end..authority_end];
    let (host, port) = match authority.iter().position(|&b| b == b':') {
        Some(colon) => (&authority[..colon], Some(&authority[colon + 1..])),
        None => (authority, None),
    };
    let port_ok = port.is_none_or(|p| {
        matches!(p.first(), Some(b'1'..=b'9'))
            && p.len() <= 5
            && p.iter().all(u8::is_ascii_digit)
            && p != default_port
    });
    // The authority ends at the path's `/`, not at a `?`, `#` or anything else.
    let path_len = match bytes[authority_end..] {
        [b'/', ..] => plain_path_end(&bytes[authority_end..])?,
        _ => return None,
    };
    (port_ok && plain_host(host)).then_some((&url[..authority_end], authority_end + path_len))
}

/// Bytes of a plain authority: a host name or address, and a port.
fn authority_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'.' | b':')
}

/// Lower-case DNS labels (not punycode), or a canonical dotted-decimal IPv4
/// address: browsers rewrite the other numeric forms (`127.1`, `0x7f.0.0.1`,
/// `010.0.0.1`). `host` has only [`authority_byte`]s but `:`.
fn plain_host(host: &[u8]) -> bool {
    let mut labels = host.split(|&b| b == b'.');
    let numeric =
        host.rsplit(|&b| b == b'.').next().is_some_and(|last| last.first().is_some_and(u8::is_ascii_digit));
    if numeric {
        // No leading zero, at most 255.
        let octet = |l: &[u8]| {
            matches!(l, [_] | [b'1'..=b'9', _] | [b'1'..=b'9', _, _])
                && l.iter()
                    .try_fold(0_u32, |n, &b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
                    .is_some_and(|value| value <= 255)
        };
        // Four octets, no more, no fewer.
        labels.map(octet).eq([true; 4])
    } else {
        labels.all(|label| !label.is_empty() && !label.starts_with(b"xn--"))
    }
}

/// In one pass over `s`, a relative reference or an absolute URL's path with
/// what follows it: where its path ends (at its `?`, its `#` or the end) when
/// all of `s` is plain, else `None`. Plain: every byte one a browser keeps,
/// no path segment it would collapse (`.`, `..`, or one with an encoded dot),
/// and no `:` in the first segment, which would make that a scheme.
fn plain_path_end(s: &[u8]) -> Option<usize> {
    let is_dot = |segment: &[u8]| matches!(segment, b"." | b"..");
    // Where the path's current segment starts.
    let mut segment = 0;
    for (i, &b) in s.iter().enumerate() {
        // Letters, digits, `-` and `.`, most bytes, need nothing more (a `.`
        // segment is caught where it ends): a fifth faster in wasm.
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'.' {
            continue;
        }
        match b {
            b'?' | b'#' => {
                let rest_plain = s[i..].iter().all(|&c| plain_byte(c));
                return (rest_plain && !is_dot(&s[segment..i])).then_some(i);
            }
            b'/' if is_dot(&s[segment..i]) => return None,
            b'/' => segment = i + 1,
            b':' if segment == 0 => return None,
            b'%' if s.get(i + 1) == Some(&b'2')
                && s.get(i + 2).is_some_and(|e| e.eq_ignore_ascii_case(&b'e')) =>
            {
                return None;
            }
            _ if !plain_byte(b) => return None,
            _ => {}
        }
    }
    (!is_dot(&s[segment..])).then_some(s.len())
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

#[cfg(test)]
mod tests {
    use super::PlainBase;
    use crate::generated::{Rng, every_string, mutated};
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

    /// The resolver as it was before it scanned each URL once (several scans
    /// per URL), kept as the oracle the single pass must agree with exactly.
    mod before {
        pub fn resolve_plain(base: &str, reference: &str) -> Option<String> {
            let (origin, rest) = plain_absolute(base)?;
            let path = &rest[..path_end(rest)];
            let dir = &path[..path.rfind('/').map_or(0, |slash| slash + 1)];
            let base = &base[..base.find('#').unwrap_or(base.len())];
            if reference.is_empty() {
                return Some(base.to_owned());
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
            Some(match reference.as_bytes()[0] {
                b'/' => format!("{origin}{reference}"),
                b'#' => format!("{base}{reference}"),
                b'?' => format!("{}{reference}", &base[..path_end(base)]),
                _ => format!("{origin}{dir}{reference}"),
            })
        }

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

        fn plain_host(host: &str) -> bool {
            let label_ok = |l: &str| {
                !l.is_empty()
                    && !l.starts_with("xn--")
                    && l.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            };
            if !host.split('.').all(label_ok) {
                return false;
            }
            let numeric =
                host.rsplit('.').next().is_some_and(|last| last.starts_with(|c: char| c.is_ascii_digit()));
            !numeric
                || host.split('.').count() == 4
                    && host
                        .split('.')
                        .all(|l| l.parse::<u8>().is_ok() && (l.len() == 1 || !l.starts_with('0')))
        }

        fn plain_byte(b: u8) -> bool {
            b.is_ascii_alphanumeric() || b"-._~/?=&%+,;:@!$()*#".contains(&b)
        }

        fn path_end(s: &str) -> usize {
            s.bytes().position(|b| b == b'?' || b == b'#').unwrap_or(s.len())
        }

        fn has_dot_segment(path: &str) -> bool {
            path.as_bytes()
                .windows(3)
                .any(|w| w[0] == b'%' && w[1] == b'2' && w[2].eq_ignore_ascii_case(&b'e'))
                || path.split('/').any(|segment| segment == "." || segment == "..")
        }
    }

    /// The single pass answers exactly as the former scans did, and what it
    /// answers is what RFC 3986 resolution gives.
    fn agrees(base: &str, reference: &str) {
        let plain = resolve_plain(base, reference);
        assert_eq!(plain, before::resolve_plain(base, reference), "{base:?} + {reference:?}");
        if plain.is_some() {
            assert_eq!(plain, resolve(base, reference), "{base:?} + {reference:?}");
        }
    }

    const BASES: [&str; 4] = [
        "https://binhgiang.example.vn/tin/feed.json",
        "http://127.0.0.1:4173/pages/c/y-te/2.json?v=1#x",
        "https://a.vn/",
        "https://a.vn/x?q/../#f",
    ];

    /// Characters the plain path tells apart, and some it must refuse.
    const ALPHABET: [char; 22] = [
        'a', 'Z', '0', '4', '.', '/', ':', '%', '2', 'e', 'E', '?', '#', ' ', 'ả', '\\', '@', '[', ']', '-',
        '\'', '\t',
    ];

    #[test]
    fn one_pass_agrees_on_every_short_string() {
        for s in &every_string(&ALPHABET, 3) {
            for reference in
                [s.clone(), format!("http://a.vn/{s}"), format!("https://{s}/x"), format!("https://a{s}")]
            {
                agrees(BASES[0], &reference);
                agrees(BASES[1], &reference);
                agrees(&reference, "a");
            }
        }
    }

    fn generated_url(rng: &mut Rng) -> String {
        const SCHEMES: [&str; 8] = ["http", "https", "HTTP", "Https", "ftp", "javascript", "g", "data"];
        const HOSTS: [&str; 28] = [
            "a.vn",
            "binhgiang.example.vn",
            "A.vn",
            "127.0.0.1",
            "10.0.0.255",
            "99.1.200.255",
            "1.1.1.256",
            "1.1.1.300",
            "1.1.1.1000",
            "1.1.1.99999999999",
            "127.1",
            "0x7f.0.0.1",
            "010.0.0.1",
            "1.01.0.1",
            "256.1.1.1",
            "1.2.3.4.5",
            "1.2.3.a",
            "a.1",
            "xn--bcher-kva.example",
            "[::1]",
            "[2001:db8::7]",
            "user@a.vn",
            "a..vn",
            ".a.vn",
            "a.vn.",
            "",
            "ả.vn",
            "a_b.vn",
        ];
        const PORTS: [&str; 11] =
            ["", "", ":8080", ":443", ":80", ":0", ":08", ":65535", ":99999", ":123456", ":"];
        const SEGMENTS: [&str; 20] = [
            "a",
            "tin-tuc",
            "bg-1.html",
            ".",
            "..",
            "%2e",
            "%2E%2e",
            "a%2eb",
            "%2",
            "%20",
            "%zz",
            "a b",
            "ảnh",
            "a:b",
            "a\\b",
            "",
            "~u;v=1",
            "a'b",
            "a{b}",
            "A(1)*!$,+@",
        ];
        const TAILS: [&str; 12] =
            ["?", "?a=b&c=d", "?a=.", "?/../x", "?%2e", "? x", "?ả", "#", "#f", "#/./x", "?q#f", "#a?b:c"];
        let mut url = String::new();
        match rng.below(6) {
            0 | 1 => {
                url += rng.pick(&SCHEMES);
                url += rng.pick(&["://", "://", ":", ":/", "//"]);
                url += rng.pick(&HOSTS);
                url += rng.pick(&PORTS);
            }
            2 => {
                url += "//";
                url += rng.pick(&HOSTS);
            }
            _ => {}
        }
        for i in 0..rng.below(5) {
            if i > 0 || !url.is_empty() || rng.below(2) == 0 {
                url.push('/');
            }
            url += rng.pick(&SEGMENTS);
        }
        for _ in 0..rng.below(3) {
            url += rng.pick(&TAILS);
        }
        url
    }

    #[test]
    fn one_pass_agrees_on_generated_and_mutated_urls() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let mut resolved = 0;
        for _ in 0..20_000 {
            let url = generated_url(&mut rng);
            let odd = mutated(&mut rng, &url, &ALPHABET, true);
            for base in BASES {
                agrees(base, &url);
                agrees(base, &odd);
                resolved += usize::from(resolve_plain(base, &url).is_some());
            }
            for reference in ["", "a", "/b", "?c", "#d", &url] {
                agrees(&url, reference);
                agrees(&odd, reference);
            }
        }
        // The generator reaches the plain path often, not only its refusals.
        assert!(resolved > 10_000, "{resolved}");
    }
}
