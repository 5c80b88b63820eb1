//! A photo report: the photos of an article's body, as its figures hold
//! them once sanitised. Both walks read them the same way — the native one
//! from its tree ([`super::native::sanitize`]), the app from the body in the
//! page — so the thumbnails a static page shows are the ones the app shows.

/// An article offers its photos as a gallery from this many on.
pub const MIN_PHOTOS: usize = 3;

/// One photo of the body: a `<figure>`'s image and caption.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Photo {
    /// The image's URL, as the sanitiser left it.
    pub src: String,
    /// Its other sizes (`srcset`), if the feed gave them.
    pub srcset: Option<String>,
    /// Its text alternative.
    pub alt: String,
    /// The figure's caption, whitespace collapsed.
    pub caption: Option<String>,
    /// Its width, when given.
    pub width: Option<u32>,
    /// Its height, when given.
    pub height: Option<u32>,
}

impl Photo {
    /// A photo from its image's attributes (`get`) and its figure's caption.
    pub fn from_attributes<'a>(get: impl Fn(&str) -> Option<&'a str>, caption: Option<&str>) -> Option<Self> {
        let src = get("src").map(str::trim).filter(|s| !s.is_empty())?;
        let size = |name| get(name).and_then(|v| v.trim().parse().ok()).filter(|&n: &u32| n > 0);
        Some(Photo {
            src: src.to_owned(),
            srcset: get("srcset").map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned),
            alt: collapse(get("alt").unwrap_or("")),
            caption: caption.map(collapse).filter(|c| !c.is_empty()),
            width: size("width"),
            height: size("height"),
        })
    }

    /// What the photo shows, in words: its caption, else its text
    /// alternative.
    pub fn description(&self) -> &str {
        self.caption.as_deref().unwrap_or(&self.alt)
    }
}

/// Whether `photos` make a photo report.
pub fn is_gallery(photos: &[Photo]) -> bool {
    photos.len() >= MIN_PHOTOS
}

/// The address fragment of the `n`th photo (from 1) open in the viewer:
/// `anh-3`.
pub fn photo_anchor(n: usize) -> String {
    format!("anh-{n}")
}

/// The photo (from 1) an address fragment (`#anh-3` or `anh-3`) opens.
pub fn photo_in_fragment(fragment: &str) -> Option<usize> {
    let digits = fragment.strip_prefix('#').unwrap_or(fragment).strip_prefix("anh-")?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|&n| n > 0)
}

/// `text` with runs of whitespace made one space, trimmed.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn a_photo_is_read_from_its_image_and_caption() {
        let attrs = [("src", " /images/cau.svg "), ("alt", "Cây  cầu"), ("width", "800"), ("height", "x")];
        let get = |name: &str| attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
        let photo = Photo::from_attributes(get, Some("  Cầu Kênh Ranh,\n điểm đầu ")).unwrap();
        assert_eq!(photo.src, "/images/cau.svg");
        assert_eq!(photo.alt, "Cây cầu");
        assert_eq!(photo.caption.as_deref(), Some("Cầu Kênh Ranh, điểm đầu"));
        assert_eq!((photo.width, photo.height), (Some(800), None));
        assert_eq!(photo.description(), "Cầu Kênh Ranh, điểm đầu");
        assert_eq!(Photo::from_attributes(|_| None, None), None);
        let blank = Photo::from_attributes(|n| (n == "src").then_some("/a.jpg"), Some(" ")).unwrap();
        assert_eq!((blank.caption.as_deref(), blank.description()), (None, ""));
    }

    #[test]
    fn three_photos_make_a_gallery() {
        let photo = Photo { src: "/a.jpg".into(), ..Photo::default() };
        assert!(!is_gallery(&vec![photo.clone(); 2]));
        assert!(is_gallery(&vec![photo; 3]));
    }

    #[test]
    fn a_photo_is_found_by_its_fragment() {
        assert_eq!(photo_anchor(3), "anh-3");
        assert_eq!(photo_in_fragment("#anh-3"), Some(3));
        assert_eq!(photo_in_fragment("anh-12"), Some(12));
        for other in ["", "#", "#anh-", "#anh-0", "#anh-3a", "#anh--3", "#doan-3", "#anh-+3"] {
            assert_eq!(photo_in_fragment(other), None, "{other}");
        }
    }
}
