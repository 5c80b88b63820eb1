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
    /// An embedded page (`iframe`): a known video player becomes its facade,
    /// any other page a link to it ([`super::players`]).
    Embed,
}

/// How a URL attribute is used, which decides the schemes it may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlUse {
    /// `a href`: navigation.
    Link,
    /// `img src`, `srcset`, `video poster`: an image loaded into the page.
    Image,
    /// `video`, `audio`, `source` and `track` `src`: media the reader plays
    /// (http, https or relative; never `data:`).
    Media,
}

/// The rule for an element, by its lower-case local name.
pub fn element_rule(tag: &str) -> ElementRule {
    match tag {
        "p" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "ul" | "ol" | "li" | "dl" | "dt" | "dd"
        | "figure" | "figcaption" | "img" | "a" | "br" | "hr" | "strong" | "b" | "em" | "i" | "u" | "s"
        | "small" | "mark" | "q" | "cite" | "abbr" | "sub" | "sup" | "code" | "pre" | "kbd" | "table"
        | "caption" | "thead" | "tbody" | "tfoot" | "tr" | "th" | "td" | "time" | "video" | "audio"
        | "source" | "track" | "picture" => ElementRule::Keep,
        "iframe" => ElementRule::Embed,
        // Content that is executable, interactive, styling, or a document of its own.
        "script" | "style" | "template" | "noscript" | "frame" | "frameset" | "object" | "embed"
        | "applet" | "param" | "form" | "input" | "button" | "select" | "option" | "optgroup"
        | "textarea" | "datalist" | "output" | "meta" | "base" | "link" | "title" | "head" | "svg"
        | "math" | "canvas" | "portal" | "xmp" | "noembed" | "noframes" | "plaintext" | "dialog" | "slot" => {
            ElementRule::Remove
        }
        // h1 belongs to the page (the article title); div, span, font, section,
        // Word's o:p and the like carry no meaning of their own.
        _ => ElementRule::Unwrap,
    }
}

/// Whether `attr` (lower-case) may stay on `tag`. URL attributes are allowed
/// here and then checked by [`check_url`] (see [`url_attributes`]).
pub fn attribute_allowed(tag: &str, attr: &str) -> bool {
    match attr {
        "title" | "lang" | "dir" => true,
        "href" => tag == "a",
        "src" => matches!(tag, "img" | "video" | "audio" | "source" | "track"),
        "srcset" | "sizes" => tag == "img" || tag == "source",
        "width" | "height" => tag == "img" || tag == "video",
        "alt" => tag == "img",
        "poster" => tag == "video",
        "type" | "media" => tag == "source",
        "kind" | "srclang" | "label" | "default" => tag == "track",
        "colspan" | "rowspan" => tag == "td" || tag == "th",
        "scope" => tag == "th",
        "datetime" => tag == "time",
        "start" | "reversed" => tag == "ol",
        _ => false,
    }
}

/// A URL attribute of an element, and how its URL is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UrlAttribute {
    /// The attribute's name.
    pub name: &'static str,
    /// What the URL is for, which decides the schemes it may have.
    pub usage: UrlUse,
    /// A `srcset`: candidates (`url 2x, url 640w`), each checked on its own;
    /// a bad one is dropped, not the attribute ([`clean_srcset`]).
    pub candidates: bool,
}

const fn url(name: &'static str, usage: UrlUse) -> UrlAttribute {
    UrlAttribute { name, usage, candidates: false }
}

const SRCSET: UrlAttribute = UrlAttribute { name: "srcset", usage: UrlUse::Image, candidates: true };

/// The URL attributes of `tag`. A URL that fails its check removes its
/// attribute; [`needs_url`] says when the element goes with it.
pub fn url_attributes(tag: &str) -> &'static [UrlAttribute] {
    const A: [UrlAttribute; 1] = [url("href", UrlUse::Link)];
    const IMG: [UrlAttribute; 2] = [url("src", UrlUse::Image), SRCSET];
    const VIDEO: [UrlAttribute; 2] = [url("src", UrlUse::Media), url("poster", UrlUse::Image)];
    const MEDIA: [UrlAttribute; 1] = [url("src", UrlUse::Media)];
    const SOURCE: [UrlAttribute; 2] = [url("src", UrlUse::Media), SRCSET];
    match tag {
        "a" => &A,
        "img" => &IMG,
        "video" => &VIDEO,
        "audio" | "track" => &MEDIA,
        "source" => &SOURCE,
        _ => &[],
    }
}

/// The URL attributes without which `tag` has nothing to show (one of them
/// must be left), and what becomes of it then: a link is unwrapped to its
/// text; an image, a source or a captions track is removed.
pub fn needs_url(tag: &str) -> Option<(&'static [&'static str], ElementRule)> {
    match tag {
        "a" => Some((&["href"], ElementRule::Unwrap)),
        "img" | "track" => Some((&["src"], ElementRule::Remove)),
        "source" => Some((&["src", "srcset"], ElementRule::Remove)),
        _ => None,
    }
}

/// Attributes the walk sets on `tag` whatever the feed said: images load
/// when they come near; players always show their controls and download
/// nothing until the reader plays them (and never play by themselves:
/// `autoplay` is not allowed).
pub fn added_attributes(tag: &str) -> &'static [(&'static str, &'static str)] {
    match tag {
        "img" => &[("loading", "lazy"), ("decoding", "async")],
        "video" | "audio" => &[("controls", ""), ("preload", "none")],
        _ => &[],
    }
}

/// Whether the walk itself sets `attr` on `tag` (never taken from the
/// feed): [`added_attributes`], a link's `target` and `rel`, a paragraph's
/// anchor and link, and the markup of [`super::players`].
pub fn set_by_walk(tag: &str, attr: &str) -> bool {
    added_attributes(tag).iter().any(|&(name, _)| name == attr)
        || matches!(
            (tag, attr),
            ("a", "target" | "rel" | "class" | "aria-label" | super::players::FRAME_ATTRIBUTE)
                | ("p", "id")
                | ("span" | "img", "class")
        )
}

/// Whether an element the allowlist would unwrap is one the walk made: the
/// `<span class="player …">` of a player's facade and its parts.
pub fn made_by_walk(tag: &str, class: Option<&str>) -> bool {
    tag == "span" && class.is_some_and(|c| c.starts_with("player"))
}

/// A `srcset` with every candidate's URL passed through `check` (which
/// checks, resolves and rewrites it, or refuses it with `None`): refused
/// candidates are dropped. `None` when none is left.
pub fn clean_srcset(raw: &str, mut check: impl FnMut(&str) -> Option<String>) -> Option<String> {
    let kept: Vec<String> = srcset_candidates(raw)
        .into_iter()
        .filter_map(|(url, descriptor)| {
            let url = check(url)?;
            // A candidate's URL ends at a space, and one ending in a comma
            // would end the candidate: such a URL cannot be written back.
            if url.contains(char::is_whitespace) || url.ends_with(',') {
                return None;
            }
            Some(if descriptor.is_empty() { url } else { format!("{url} {descriptor}") })
        })
        .collect();
    (!kept.is_empty()).then(|| kept.join(", "))
}

/// The candidates of a `srcset` as (URL, descriptor), split as the HTML
/// standard's parser does: a URL runs to the next space (commas ending it
/// are separators); its descriptor runs to the next comma outside
/// parentheses.
fn srcset_candidates(raw: &str) -> Vec<(&str, &str)> {
    let is_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}');
    let mut out = Vec::new();
    let mut rest = raw;
    loop {
        rest = rest.trim_start_matches(|c: char| is_space(c) || c == ',');
        if rest.is_empty() {
            return out;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        let (url, after) = rest.split_at(end);
        rest = after;
        let mut descriptor = "";
        let url = if url.ends_with(',') {
            url.trim_end_matches(',')
        } else {
            let mut depth = 0usize;
            let end = rest
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '(' => depth += 1,
                        ')' => depth = depth.saturating_sub(1),
                        _ => {}
                    }
                    c == ',' && depth == 0
                })
                .map_or(rest.len(), |(i, _)| i);
            descriptor = rest[..end].trim_matches(is_space);
            rest = &rest[end..];
            url
        };
        if !url.is_empty() {
            out.push((url, descriptor));
        }
    }
}

/// The image formats a `data:` URL may carry (no SVG: it can hold script).
const DATA_IMAGE_TYPES: [&str; 4] = ["png", "jpeg", "gif", "webp"];

/// Checks a URL (an attribute value, entities already decoded by the parser)
/// for `usage`. Returns it cleaned the way browsers clean URLs (surrounding
/// spaces and controls trimmed, tabs and newlines removed), or `None` when its
/// scheme is not allowed. Relative URLs are allowed, to be resolved by the caller.
pub fn check_url(raw: &str, usage: UrlUse) -> Option<String> {
    checked_url(raw, usage).map(Cow::into_owned)
}

/// [`check_url`] without a copy where there is nothing to clean: most URLs
/// of a feed are as they should be, and a listing has thousands.
pub fn checked_url(raw: &str, usage: UrlUse) -> Option<Cow<'_, str>> {
    let trimmed = raw.trim_matches(|c: char| c <= ' ');
    let cleaned: Cow<'_, str> = if trimmed.bytes().any(|b| matches!(b, b'\t' | b'\n' | b'\r')) {
        Cow::Owned(trimmed.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect())
    } else {
        Cow::Borrowed(trimmed)
    };
    let is = |s: &str, name: &str| s.eq_ignore_ascii_case(name);
    let allowed = match written_scheme(&cleaned) {
        None => true,
        Some(None) => false,
        Some(Some(s)) => match usage {
            UrlUse::Link => ["http", "https", "mailto", "tel"].iter().any(|name| is(s, name)),
            UrlUse::Image if is(s, "data") => is_data_image(&cleaned),
            UrlUse::Image | UrlUse::Media => is(s, "http") || is(s, "https"),
        },
    };
    allowed.then_some(cleaned)
}

/// The lower-case scheme of an absolute URL, `None` for a relative reference.
pub fn scheme(url: &str) -> Option<String> {
    // Browsers read "1a:b" as a path, but nothing legitimate looks like that:
    // report it as a scheme no rule allows.
    written_scheme(url).map(|s| s.map_or_else(|| String::from("invalid"), str::to_ascii_lowercase))
}

/// The scheme of an absolute URL as written: `None` for a relative
/// reference, `Some(None)` for one that is no valid scheme.
fn written_scheme(url: &str) -> Option<Option<&str>> {
    let end = url.find([':', '/', '?', '#'])?;
    if url.as_bytes()[end] != b':' {
        return None;
    }
    let candidate = &url[..end];
    let valid = candidate.starts_with(|c: char| c.is_ascii_alphabetic())
        && candidate.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    Some(valid.then_some(candidate))
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

/// Elements a reader sees though they hold no text: a paragraph with one
/// of them is not empty.
pub const SEEN_WITHOUT_TEXT: [&str; 3] = ["img", "video", "audio"];

/// Whether a paragraph holds nothing a reader sees: only spaces, no-break
/// spaces (Word's `&nbsp;`) and zero-width characters.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}'))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn article_elements_are_kept_and_dangerous_ones_removed() {
        for tag in ["p", "figure", "figcaption", "img", "a", "table", "blockquote", "sub"] {
            assert_eq!(element_rule(tag), ElementRule::Keep, "{tag}");
        }
        for tag in ["script", "style", "object", "embed", "form", "svg", "math", "base", "frame"] {
            assert_eq!(element_rule(tag), ElementRule::Remove, "{tag}");
        }
        for tag in ["video", "audio", "source", "track", "picture"] {
            assert_eq!(element_rule(tag), ElementRule::Keep, "{tag}");
        }
        assert_eq!(element_rule("iframe"), ElementRule::Embed);
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
            ("a", "srcset"),
            ("video", "autoplay"),
            ("audio", "autoplay"),
            ("video", "onplay"),
            ("video", "controls"),
            ("video", "preload"),
            ("track", "srcset"),
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
    fn media_urls_are_web_or_relative_never_data_or_script() {
        for ok in ["https://cdn.a.vn/v.webm", "http://a.vn/a.mp3", "media/v.mp4", "/tin/phu-de.vtt"] {
            assert!(check_url(ok, UrlUse::Media).is_some(), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "data:text/vtt,WEBVTT",
            "data:video/webm;base64,GkXf",
            "data:image/png;base64,iVBOR",
            "blob:https://a.vn/1",
            "file:///v.mp4",
        ] {
            assert_eq!(check_url(bad, UrlUse::Media), None, "{bad}");
        }
    }

    #[test]
    fn players_need_their_controls_and_a_source_or_a_track_its_url() {
        assert_eq!(added_attributes("video"), &[("controls", ""), ("preload", "none")]);
        assert_eq!(added_attributes("audio"), &[("controls", ""), ("preload", "none")]);
        assert_eq!(needs_url("source"), Some((&["src", "srcset"][..], ElementRule::Remove)));
        assert_eq!(needs_url("track"), Some((&["src"][..], ElementRule::Remove)));
        assert_eq!(needs_url("video"), None, "a video may have its sources inside");
        let names = |tag| url_attributes(tag).iter().map(|a| (a.name, a.usage)).collect::<Vec<_>>();
        assert_eq!(names("video"), [("src", UrlUse::Media), ("poster", UrlUse::Image)]);
        assert_eq!(names("track"), [("src", UrlUse::Media)]);
    }

    #[test]
    fn srcset_candidates_are_checked_one_by_one() {
        let check = |url: &str| check_url(url, UrlUse::Image).map(|u| u.replace("a/", "https://a.vn/a/"));
        assert_eq!(
            clean_srcset("a/1.jpg 480w, javascript:alert(1) 800w,a/2.jpg 1200w", check).as_deref(),
            Some("https://a.vn/a/1.jpg 480w, https://a.vn/a/2.jpg 1200w")
        );
        assert_eq!(
            clean_srcset(" a/x.jpg, a/y.jpg 2x,,", check).as_deref(),
            Some("https://a.vn/a/x.jpg, https://a.vn/a/y.jpg 2x")
        );
        assert_eq!(clean_srcset("javascript:alert(1) 1x, data:image/svg+xml,<svg> 2x", check), None);
        assert_eq!(clean_srcset("", check), None);
        // A data URL keeps the comma inside it.
        assert_eq!(
            clean_srcset("data:image/png;base64,iVBOR 1x", |u| check_url(u, UrlUse::Image)).as_deref(),
            Some("data:image/png;base64,iVBOR 1x")
        );
        // Descriptors with commas inside parentheses stay whole.
        assert_eq!(srcset_candidates("a.jpg (x, y), b.jpg 2x"), [("a.jpg", "(x, y)"), ("b.jpg", "2x")]);
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
