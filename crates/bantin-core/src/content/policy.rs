//! What article HTML may contain: the sanitiser's allowlist as plain data.
//!
//! The sanitiser's walks (the app's over the browser's parse, the tool's over
//! a native one) ask these functions about every element, attribute and URL
//! they meet; anything not named here is removed.

use std::borrow::Cow;

/// What to do with an element the walk meets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElementRule {
    /// Keep the element (with its allowed attributes) and walk its children.
    Keep,
    /// Drop the element but keep its children in its place (`span`, `font`, `o:p`…).
    Unwrap,
    /// Drop the element and everything inside it.
    Remove,
}

/// How a URL attribute is used, which decides the schemes it may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlUse {
    /// `a href`: navigation.
    Link,
    /// `img src`: an image loaded into the page.
    Image,
}

/// The rule for an element, by its lower-case local name.
pub fn element_rule(tag: &str) -> ElementRule {
    match tag {
        "p" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "ul" | "ol" | "li" | "dl" | "dt" | "dd"
        | "figure" | "figcaption" | "img" | "a" | "br" | "hr" | "strong" | "b" | "em" | "i" | "u" | "s"
        | "small" | "mark" | "q" | "cite" | "abbr" | "sub" | "sup" | "code" | "pre" | "kbd" | "table"
        | "caption" | "thead" | "tbody" | "tfoot" | "tr" | "th" | "td" | "time" => ElementRule::Keep,
        // Content that is executable, interactive, styling, or a document of its own.
        "script" | "style" | "template" | "noscript" | "iframe" | "frame" | "frameset" | "object"
        | "embed" | "applet" | "param" | "form" | "input" | "button" | "select" | "option" | "optgroup"
        | "textarea" | "datalist" | "output" | "meta" | "base" | "link" | "title" | "head" | "svg"
        | "math" | "canvas" | "audio" | "video" | "source" | "track" | "picture" | "portal" | "xmp"
        | "noembed" | "noframes" | "plaintext" | "dialog" | "slot" => ElementRule::Remove,
        // h1 belongs to the page (the article title); div, span, font, section,
        // Word's o:p and the like carry no meaning of their own.
        _ => ElementRule::Unwrap,
    }
}

/// Whether `attr` (lower-case) may stay on `tag`. URL attributes are allowed
/// here and then checked by [`check_url`].
pub fn attribute_allowed(tag: &str, attr: &str) -> bool {
    match attr {
        "title" | "lang" | "dir" => true,
        "href" => tag == "a",
        "src" | "alt" | "width" | "height" => tag == "img",
        "colspan" | "rowspan" => tag == "td" || tag == "th",
        "scope" => tag == "th",
        "datetime" => tag == "time",
        "start" | "reversed" => tag == "ol",
        _ => false,
    }
}

/// The URL attribute of `tag`, if it has one.
pub fn url_attribute(tag: &str) -> Option<(&'static str, UrlUse)> {
    match tag {
        "a" => Some(("href", UrlUse::Link)),
        "img" => Some(("src", UrlUse::Image)),
        _ => None,
    }
}

/// The image formats a `data:` URL may carry (no SVG: it can hold script).
const DATA_IMAGE_TYPES: [&str; 4] = ["png", "jpeg", "gif", "webp"];

/// Checks a URL (an attribute value, entities already decoded by the parser)
/// for `usage`. Returns it cleaned the way browsers clean URLs (surrounding
/// spaces and controls trimmed, tabs and newlines removed), or `None` when its
/// scheme is not allowed. Relative URLs are allowed, to be resolved by the caller.
pub fn check_url(raw: &str, usage: UrlUse) -> Option<String> {
    let trimmed = raw.trim_matches(|c: char| c <= ' ');
    let cleaned: String = if trimmed.bytes().any(|b| matches!(b, b'\t' | b'\n' | b'\r')) {
        trimmed.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect()
    } else {
        trimmed.to_owned()
    };
    let allowed = match scheme(&cleaned) {
        None => true,
        Some(s) => match usage {
            UrlUse::Link => ["http", "https", "mailto", "tel"].contains(&s.as_str()),
            UrlUse::Image if s == "data" => is_data_image(&cleaned),
            UrlUse::Image => s == "http" || s == "https",
        },
    };
    allowed.then_some(cleaned)
}

/// The lower-case scheme of an absolute URL, `None` for a relative reference.
pub fn scheme(url: &str) -> Option<String> {
    let end = url.find([':', '/', '?', '#'])?;
    if url.as_bytes()[end] != b':' {
        return None;
    }
    let candidate = &url[..end];
    let valid = candidate.starts_with(|c: char| c.is_ascii_alphabetic())
        && candidate.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    // Browsers read "1a:b" as a path, but nothing legitimate looks like that:
    // report it as a scheme no rule allows.
    Some(if valid { candidate.to_ascii_lowercase() } else { String::from("invalid") })
}

fn is_data_image(url: &str) -> bool {
    let Some(rest) = url.get(5..) else {
        return false;
    };
    let media = rest.split([',', ';']).next().unwrap_or("").trim().to_ascii_lowercase();
    media.strip_prefix("image/").is_some_and(|kind| DATA_IMAGE_TYPES.contains(&kind))
}

/// An image URL (absolute, checked) as the page asks for it: a plain `http:`
/// image on another host than `document_url` (the feed document naming it)
/// is asked for over `https:`, as browsers upgrade mixed content, since the
/// page's policy (`img-src 'self' https: data:`) refuses plain `http:` from
/// elsewhere. Images on the document's own host stay as they are.
pub fn image_over_https<'a>(url: &'a str, document_url: &str) -> Cow<'a, str> {
    let Some(rest) = url.strip_prefix("http://") else { return Cow::Borrowed(url) };
    let host = |rest: &str| rest.split(['/', '?', '#']).next().unwrap_or("").to_ascii_lowercase();
    let own = document_url.strip_prefix("http://").is_some_and(|doc| host(doc) == host(rest));
    if own { Cow::Borrowed(url) } else { Cow::Owned(format!("https://{rest}")) }
}

/// Longest paragraph, in characters, still read as an image's caption.
pub const CAPTION_MAX_CHARS: usize = 300;

/// Image file extensions that give away a file name posing as alt text.
const IMAGE_EXTENSIONS: [&str; 11] =
    [".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".svg", ".heic", ".avif"];

/// Whether an image's alt text is junk a CMS leaked rather than a description:
/// a file path (`C:\Users\…\x.jpg`, Word's `Description: …jpg`), a bare file
/// name (`tk NQ 29.jpg`), or a camera's name for the file (`IMG_1234`).
/// Readers and screen readers must not hear it.
pub fn is_junk_alt(alt: &str) -> bool {
    let alt = alt.trim();
    // ASCII only: paths and extensions are; full Unicode case tables cost 12 KB of wasm.
    let lower = alt.to_ascii_lowercase();
    let lower = lower.strip_prefix("description:").map_or(lower.as_str(), str::trim);
    let drive_path = lower.as_bytes().get(1..3).is_some_and(|b| b == b":\\" || b == b":/")
        && lower.starts_with(|c: char| c.is_ascii_alphabetic());
    let camera = ["img_", "dsc_", "dscn", "dcim", "p_", "image0"]
        .iter()
        .any(|p| lower.starts_with(p) && lower.len() <= 16 && !lower.contains(' '));
    drive_path
        || lower.starts_with("file:")
        || lower.contains('\\')
        || IMAGE_EXTENSIONS.iter().any(|ext| lower.ends_with(ext))
        || camera
}

/// Whether a paragraph's inline `style` or `align` centres it, as Word and
/// CMS editors mark a caption line.
pub fn is_centered(style: Option<&str>, align: Option<&str>) -> bool {
    let style = style.unwrap_or("").to_ascii_lowercase().replace([' ', '\t'], "");
    style.contains("text-align:center") || align.is_some_and(|a| a.trim().eq_ignore_ascii_case("center"))
}

/// Whether text of this length can be a caption (not a whole paragraph).
pub fn is_caption_length(text: &str) -> bool {
    let chars = text.trim().chars().count();
    chars > 0 && chars <= CAPTION_MAX_CHARS
}

/// Whether a paragraph holds nothing a reader sees: only spaces, no-break
/// spaces (Word's `&nbsp;`) and zero-width characters.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_elements_are_kept_and_dangerous_ones_removed() {
        for tag in ["p", "figure", "figcaption", "img", "a", "table", "blockquote", "sub"] {
            assert_eq!(element_rule(tag), ElementRule::Keep, "{tag}");
        }
        for tag in ["script", "style", "iframe", "object", "embed", "form", "svg", "math", "base"] {
            assert_eq!(element_rule(tag), ElementRule::Remove, "{tag}");
        }
        for tag in ["span", "font", "div", "o:p", "h1", "section", "blink"] {
            assert_eq!(element_rule(tag), ElementRule::Unwrap, "{tag}");
        }
    }

    #[test]
    fn only_harmless_attributes_survive() {
        assert!(attribute_allowed("img", "alt"));
        assert!(attribute_allowed("a", "href"));
        assert!(attribute_allowed("td", "colspan"));
        for (tag, attr) in [
            ("img", "onerror"),
            ("a", "onclick"),
            ("p", "style"),
            ("img", "id"),
            ("form", "name"),
            ("p", "class"),
            ("img", "srcset"),
            ("a", "target"),
            ("p", "href"),
        ] {
            assert!(!attribute_allowed(tag, attr), "{tag} {attr}");
        }
    }

    #[test]
    fn link_urls() {
        for ok in
            ["https://a.vn/x", "HTTP://A.VN", "mailto:a@b.vn", "tel:+8429", "/tin/1", "x.html", "#p3", "?q=1"]
        {
            assert!(check_url(ok, UrlUse::Link).is_some(), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd",
        ] {
            assert_eq!(check_url(bad, UrlUse::Link), None, "{bad:?}");
        }
        assert_eq!(check_url("  java\tscript:x", UrlUse::Link), None);
        assert_eq!(check_url(" https://a.vn/\n ", UrlUse::Link).as_deref(), Some("https://a.vn/"));
    }

    #[test]
    fn leaked_file_names_are_junk_alt_text() {
        for junk in [
            r"Description: C:\Users\Tan Vinh\Desktop\tk NQ 29.jpg",
            r"C:\Users\Phong VHTT\Desktop\tong ket NQ 29.jpg",
            "c:/photos/hoi-nghi.png",
            "tk NQ 29.jpg",
            "anh1.JPEG",
            "IMG_1234",
            "DSC_0042",
            "file:///home/a/b.webp",
            r"\\server\share\x",
        ] {
            assert!(is_junk_alt(junk), "{junk}");
        }
        for real in [
            "Đồng chí Nguyễn Văn A phát biểu tại hội nghị",
            "Quang cảnh hội nghị",
            "Biểu đồ: tỷ lệ 88,24%",
            "",
        ] {
            assert!(!is_junk_alt(real), "{real}");
        }
    }

    #[test]
    fn caption_signals() {
        assert!(is_centered(Some("text-align: center"), None));
        assert!(is_centered(Some("margin:0;TEXT-ALIGN:CENTER;"), None));
        assert!(is_centered(None, Some("center")));
        assert!(!is_centered(Some("text-align:justify"), Some("left")));
        assert!(is_caption_length("Đồng chí Lê Thị Thanh Hương phát biểu."));
        assert!(!is_caption_length("  "));
        assert!(!is_caption_length(&"chữ ".repeat(100)));
        assert!(is_blank(" \u{a0}\u{200B}\n"));
        assert!(!is_blank("\u{a0}a"));
    }

    #[test]
    fn plain_http_images_from_elsewhere_are_asked_for_over_https() {
        let feed = "http://127.0.0.1:4173/feed.json";
        assert_eq!(image_over_https("http://i.imgur.com/a.gif", feed), "https://i.imgur.com/a.gif");
        assert_eq!(
            image_over_https("http://127.0.0.1:4173/images/a.svg", feed),
            "http://127.0.0.1:4173/images/a.svg"
        );
        assert_eq!(
            image_over_https("http://127.0.0.1:8080/a.svg", feed),
            "https://127.0.0.1:8080/a.svg",
            "another port is another origin"
        );
        assert_eq!(image_over_https("https://a.vn/x.png", feed), "https://a.vn/x.png");
        assert_eq!(image_over_https("data:image/png;base64,AA", feed), "data:image/png;base64,AA");
        let https_feed = "https://binhgiang.example.vn/feed.json";
        assert_eq!(
            image_over_https("http://binhgiang.example.vn/a.png", https_feed),
            "https://binhgiang.example.vn/a.png"
        );
    }

    #[test]
    fn image_urls() {
        for ok in
            ["https://a.vn/x.jpg", "images/x.svg", "data:image/png;base64,iVBOR", "DATA:IMAGE/WEBP;base64,U"]
        {
            assert!(check_url(ok, UrlUse::Image).is_some(), "{ok}");
        }
        for bad in [
            "data:image/svg+xml,<svg onload=alert(1)>",
            "data:text/html,x",
            "javascript:x",
            "mailto:a@b",
            "data:",
        ] {
            assert_eq!(check_url(bad, UrlUse::Image), None, "{bad}");
        }
    }
}
