//! URL reference resolution (RFC 3986, section 5) without a browser: what
//! the native tools use to read a feed from disk, and the reference the
//! plain fast path ([`super::PlainBase`]) is tested against.

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
    use super::resolve;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

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
}
