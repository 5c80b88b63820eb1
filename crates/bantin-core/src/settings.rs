//! The reader's settings as plain values: the colour scheme and the text
//! sizes offered. The app keeps the reader's choice; the widget takes a
//! theme from its URL.

/// Text sizes offered, in percent of the browser's own size.
pub const TEXT_SIZES: [u16; 5] = [90, 100, 125, 150, 200];
/// The size used until the reader picks one (an index into [`TEXT_SIZES`]):
/// the browser's own.
pub const DEFAULT_TEXT_SIZE: usize = 1;

/// A colour scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Follows the device's light or dark preference.
    Auto,
    /// Dark text on light.
    Light,
    /// Light text on dark.
    Dark,
}

impl Theme {
    /// Every theme, in the order they are offered.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// Its name in storage, in `data-theme` and in the widget's `theme` parameter.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme with this [`name`](Self::name).
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn theme_names_round_trip() {
        for theme in Theme::ALL {
            assert_eq!(Theme::from_name(theme.name()), Some(theme));
        }
        assert_eq!(Theme::from_name("Dark"), None);
        assert!(TEXT_SIZES[DEFAULT_TEXT_SIZE] == 100);
    }
}
