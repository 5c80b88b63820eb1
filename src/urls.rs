//! URL reference resolution (RFC 3986, section 5) without a browser, for
//! native tools that read a feed from disk: the browser's `URL` does this in
//! the app, and this module does it where there is no browser.

/// A URL split into RFC 3986's five components (Appendix B). The path is
/// always present, possibly empty.
struct Parts<'a> {
    scheme: Option<&'a str>,
    authority: Option<&'a str>,
    path: &'a str,
    query: Option<&'a str>,
    fragment: Option<&'a str>,
}

impl<'a> Parts<'a> {
    fn split(url: &'a str) -> Self {
        let (rest, fragment) = match url.split_once('#') {
            Some((rest, fragment)) => (rest, Some(fragment)),
            None => (url, None),
        };
        let (rest, query) = match rest.split_once('?') {
            Some((rest, query)) => (rest, Some(query)),
            None => (rest, None),
        };
        let (scheme, rest) = match scheme_end(rest) {
            Some(end) => (Some(&rest[..end]), &rest[end + 1..]),
            None => (None, rest),
        };
        let (authority, path) = match rest.strip_prefix("//") {
            Some(after) => {
                let end = after.find('/').unwrap_or(after.len());
                (Some(&after[..end]), &after[end..])
            }
            None => (None, rest),
        };
        Self { scheme, authority, path, query, fragment }
    }
}

/// Where a scheme's `:` is, when `s` starts with one:
/// `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`.
fn scheme_end(s: &str) -> Option<usize> {
    let end = s.find([':', '/'])?;
    let name = &s[..end];
    let valid = s.as_bytes()[end] == b':'
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    valid.then_some(end)
}

/// Resolves `reference` against the absolute URL `base`, as RFC 3986
/// section 5.2 says (strict: a reference with a scheme is absolute). Leading
/// and trailing spaces and control characters are ignored, as browsers do.
/// Characters a URL cannot carry as they are (spaces, controls, non-ASCII,
/// `"`, `<`, `>`, `` ` ``) are percent-encoded in the path, query and
/// fragment, as browsers do. `None` when `base` has no scheme.
pub fn resolve(base: &str, reference: &str) -> Option<String> {
    let base = Parts::split(base.trim_matches(|c: char| c <= ' '));
    let reference = Parts::split(reference.trim_matches(|c: char| c <= ' '));
    let base_scheme = base.scheme?;
    let (scheme, authority, path, query);
    if let Some(own) = reference.scheme {
        scheme = own;
        authority = reference.authority;
        path = remove_dot_segments(reference.path);
        query = reference.query;
    } else {
        scheme = base_scheme;
        if reference.authority.is_some() {
            authority = reference.authority;
            path = remove_dot_segments(reference.path);
            query = reference.query;
        } else {
            authority = base.authority;
            if reference.path.is_empty() {
                path = base.path.to_owned();
                query = reference.query.or(base.query);
            } else {
                path = if reference.path.starts_with('/') {
                    remove_dot_segments(reference.path)
                } else {
                    remove_dot_segments(&merge(&base, reference.path))
                };
                query = reference.query;
            }
        }
    }
    let mut out = format!("{scheme}:");
    if let Some(authority) = authority {
        out.push_str("//");
        out.push_str(authority);
    }
    push_encoded(&mut out, &path);
    for (mark, part) in [('?', query), ('#', reference.fragment)] {
        if let Some(part) = part {
            out.push(mark);
            push_encoded(&mut out, part);
        }
    }
    Some(out)
}

/// `reference` resolved against `base` when both are plain enough that every
/// browser's URL parser (WHATWG) and RFC 3986 give the same answer; `None`
/// otherwise, and the caller asks the browser. Plain: `http` or `https` in
/// lower case, a lower-case ASCII host (an IPv4 address only in its dotted
/// decimal form), no user name, no default port, a path, and nothing in the
/// reference that a browser would encode, decode or collapse (no spaces, no
/// non-ASCII, no backslash, no `.` or `..` segment, no `%2e`, no scheme of its
/// own other than `http(s)://`).
///
/// A feed page resolves three URLs an item; doing the common case here
/// spares a call into the browser for each.
pub fn resolve_plain(base: &str, reference: &str) -> Option<String> {
    PlainBase::new(base)?.resolve(reference)
}

/// A plain base URL ([`resolve_plain`]), checked once to resolve many
/// references against: a feed document resolves all its URLs against its own.
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

/// Appends `s` with what a URL cannot carry percent-encoded; `%` itself is
/// kept, so an already encoded URL stays as it is.
fn push_encoded(out: &mut String, s: &str) {
    for c in s.chars() {
        if c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>' | '`') {
            out.push(c);
        } else {
            let mut bytes = [0; 4];
            for b in c.encode_utf8(&mut bytes).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
}

/// Section 5.2.3: a relative path joined to the base's directory.
fn merge(base: &Parts, path: &str) -> String {
    if base.authority.is_some() && base.path.is_empty() {
        return format!("/{path}");
    }
    match base.path.rfind('/') {
        Some(slash) => format!("{}{path}", &base.path[..=slash]),
        None => path.to_owned(),
    }
}

/// Section 5.2.4: `.` and `..` segments removed, never climbing above the root.
fn remove_dot_segments(path: &str) -> String {
    let mut input = path;
    let mut output = String::with_capacity(path.len());
    while !input.is_empty() {
        if let Some(rest) = input.strip_prefix("../").or_else(|| input.strip_prefix("./")) {
            input = rest;
        } else if input.starts_with("/./") {
            input = &input[2..];
        } else if input == "/." {
            input = "/";
        } else if input.starts_with("/../") || input == "/.." {
            input = if input.len() == 3 { "/" } else { &input[3..] };
            output.truncate(output.rfind('/').unwrap_or(0));
        } else if input == "." || input == ".." {
            input = "";
        } else {
            let start = usize::from(input.starts_with('/'));
            let end = input[start..].find('/').map_or(input.len(), |i| i + start);
            output.push_str(&input[..end]);
            input = &input[end..];
        }
    }
    output
}

#[cfg(test)]
mod tests {
    use super::{resolve, resolve_plain};

    const BASE: &str = "http://a/b/c/d;p?q";

    fn check(cases: &[(&str, &str)]) {
        for (reference, expected) in cases {
            assert_eq!(resolve(BASE, reference).as_deref(), Some(*expected), "{reference:?}");
        }
    }

    #[test]
    fn rfc_3986_normal_examples() {
        check(&[
            ("g:h", "g:h"),
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            ("g?y#s", "http://a/b/c/g?y#s"),
            (";x", "http://a/b/c/;x"),
            ("g;x", "http://a/b/c/g;x"),
            ("g;x?y#s", "http://a/b/c/g;x?y#s"),
            ("", "http://a/b/c/d;p?q"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../", "http://a/"),
            ("../../g", "http://a/g"),
        ]);
    }

    #[test]
    fn rfc_3986_abnormal_examples() {
        check(&[
            ("../../../g", "http://a/g"),
            ("../../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("/../g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            (".g", "http://a/b/c/.g"),
            ("g..", "http://a/b/c/g.."),
            ("..g", "http://a/b/c/..g"),
            ("./../g", "http://a/b/g"),
            ("./g/.", "http://a/b/c/g/"),
            ("g/./h", "http://a/b/c/g/h"),
            ("g/../h", "http://a/b/c/h"),
            ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
            ("g;x=1/../y", "http://a/b/c/y"),
            ("g?y/./x", "http://a/b/c/g?y/./x"),
            ("g?y/../x", "http://a/b/c/g?y/../x"),
            ("g#s/./x", "http://a/b/c/g#s/./x"),
            ("g#s/../x", "http://a/b/c/g#s/../x"),
            ("http:g", "http:g"),
        ]);
    }

    #[test]
    fn feed_references_resolve_against_a_feed_at_the_site_root() {
        let feed = "https://binhgiang.example.vn/feed.json";
        for (reference, expected) in [
            ("feed-2.json", "https://binhgiang.example.vn/feed-2.json"),
            ("images/hoi-nghi-nq29.svg", "https://binhgiang.example.vn/images/hoi-nghi-nq29.svg"),
            ("/images/a.webp", "https://binhgiang.example.vn/images/a.webp"),
            ("//cdn.example.vn/a.webp", "https://cdn.example.vn/a.webp"),
            ("https://other.example/x?y#z", "https://other.example/x?y#z"),
            ("  data/../feed-3.json\n", "https://binhgiang.example.vn/feed-3.json"),
            ("?trang=2", "https://binhgiang.example.vn/feed.json?trang=2"),
        ] {
            assert_eq!(resolve(feed, reference).as_deref(), Some(expected), "{reference:?}");
        }
        // A base with an empty path: the reference joins the root.
        assert_eq!(resolve("https://a.vn", "x.json").as_deref(), Some("https://a.vn/x.json"));
        assert_eq!(resolve("https://a.vn?q", "").as_deref(), Some("https://a.vn?q"));
    }

    #[test]
    fn what_a_url_cannot_carry_is_percent_encoded() {
        let feed = "https://binhgiang.example.vn/feed.json";
        let image = resolve(feed, "ảnh/hội nghị 1.png?cỡ=\"lớn\"#<b>");
        let expected = "https://binhgiang.example.vn/%E1%BA%A3nh/h%E1%BB%99i%20ngh%E1%BB%8B%201.png\
                        ?c%E1%BB%A1=%22l%E1%BB%9Bn%22#%3Cb%3E";
        assert_eq!(image.as_deref(), Some(expected));
        assert_eq!(resolve(feed, "a%20b.png").as_deref(), Some("https://binhgiang.example.vn/a%20b.png"));
    }

    #[test]
    fn a_relative_base_resolves_nothing() {
        assert_eq!(resolve("/feed.json", "a"), None);
        assert_eq!(resolve("", "https://a.vn/"), None);
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
