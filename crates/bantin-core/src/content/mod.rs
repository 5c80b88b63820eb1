//! What article HTML from a feed may contain: the sanitiser's policy as
//! plain data. The app's DOM walk and the native walk of the static pages
//! both ask it about every element, attribute and URL.

pub mod gallery;
pub mod inline_style;
#[cfg(feature = "native-html")]
pub mod native;
pub mod players;
pub mod policy;

/// The class of the link each paragraph of an article's body ends with: a
/// plain link to the paragraph (`#doan-3`), which the app turns into "copy
/// this paragraph's link". The app's walk and the native walk both add it.
pub const PARAGRAPH_LINK_CLASS: &str = "para-share";

/// Article HTML that went through the sanitiser's native walk
/// ([`native::sanitize`], feature `native-html`): the only HTML from a feed a
/// static page carries, with the photos of its figures. Nothing else can
/// make one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SanitizedHtml {
    html: String,
    photos: Vec<gallery::Photo>,
}

impl SanitizedHtml {
    #[cfg(feature = "native-html")]
    fn new(html: String, photos: Vec<gallery::Photo>) -> Self {
        Self { html, photos }
    }

    /// The markup.
    pub fn as_str(&self) -> &str {
        &self.html
    }

    /// The markup, owned.
    pub fn into_string(self) -> String {
        self.html
    }

    /// The photos of its figures, in order.
    pub fn photos(&self) -> &[gallery::Photo] {
        &self.photos
    }
}
