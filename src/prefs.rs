//! The reader's settings: language, theme and text size, remembered across
//! visits (localStorage: a few bytes) and applied to `<html>` as `lang`,
//! `data-theme` and `data-text-size`, which the style sheets follow.

use crate::i18n::Lang;
use leptos::prelude::*;

/// Text sizes offered, in percent of the browser's own size.
pub const TEXT_SIZES: [u16; 5] = [90, 100, 125, 150, 200];
/// The size used until the reader picks one: the browser's own.
const DEFAULT_TEXT_SIZE: usize = 1;

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

/// The settings, shared by the whole app as context.
#[derive(Clone, Copy)]
pub struct Prefs {
    /// The language the reader chose; `None` until they choose one.
    pub chosen_lang: RwSignal<Option<Lang>>,
    /// The colour scheme.
    pub theme: RwSignal<Theme>,
    /// Index into [`TEXT_SIZES`].
    pub text_size: RwSignal<usize>,
}

const LANG_KEY: &str = "bantin:lang";
const THEME_KEY: &str = "bantin:theme";
const SIZE_KEY: &str = "bantin:text-size";

impl Prefs {
    /// Loads the saved settings, provides them as context, and keeps `<html>`
    /// and the storage in step with them. Called once, by the app.
    pub fn install() -> Self {
        let prefs = Self {
            chosen_lang: RwSignal::new(load(LANG_KEY).as_deref().and_then(Lang::from_tag)),
            theme: RwSignal::new(
                load(THEME_KEY).as_deref().and_then(Theme::from_name).unwrap_or(Theme::Auto),
            ),
            text_size: RwSignal::new(
                load(SIZE_KEY)
                    .and_then(|s| s.parse().ok())
                    .filter(|&i| i < TEXT_SIZES.len())
                    .unwrap_or(DEFAULT_TEXT_SIZE),
            ),
        };
        provide_context(prefs);
        // Effects write the page and the storage, never another signal.
        Effect::new(move || {
            let theme = prefs.theme.get();
            set_root_attribute("data-theme", theme.name());
            save(THEME_KEY, theme.name());
        });
        Effect::new(move || {
            let size = prefs.text_size.get();
            set_root_attribute("data-text-size", &size.to_string());
            save(SIZE_KEY, &size.to_string());
        });
        Effect::new(move || {
            if let Some(lang) = prefs.chosen_lang.get() {
                save(LANG_KEY, lang.texts().lang);
            }
        });
        prefs
    }

    /// The app's settings (outside the app, as in component tests, defaults).
    pub fn get() -> Self {
        use_context().unwrap_or_else(|| Self {
            chosen_lang: RwSignal::new(None),
            theme: RwSignal::new(Theme::Auto),
            text_size: RwSignal::new(DEFAULT_TEXT_SIZE),
        })
    }

    /// The interface's language while the feed is loading: the reader's
    /// choice, else the language the page was served in (`<html lang>`),
    /// else Vietnamese.
    pub fn provisional_language(self) -> Lang {
        let page = document().document_element().and_then(|html| html.get_attribute("lang"));
        self.chosen_lang.get().or_else(|| page.as_deref().and_then(Lang::from_tag)).unwrap_or(Lang::Vi)
    }

    /// The interface's language: the reader's choice, else the feed's
    /// language, else the browser's, else Vietnamese.
    pub fn language(self, feed_language: Option<&str>) -> Lang {
        self.chosen_lang
            .get()
            .or_else(|| feed_language.and_then(Lang::from_tag))
            .or_else(|| window().navigator().language().as_deref().and_then(Lang::from_tag))
            .unwrap_or(Lang::Vi)
    }
}

/// Sets an attribute of `<html>`.
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute(name, value);
    }
}

fn storage() -> Option<web_sys::Storage> {
    // Storage can be refused (private windows, blocked cookies): settings then
    // last for the visit only.
    window().local_storage().ok().flatten()
}

fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

fn save(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}
