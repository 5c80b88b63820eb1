//! The reader's settings: language, theme and text size, remembered across
//! visits (localStorage: a few bytes) and applied to `<html>` as `lang`,
//! `data-theme` and `data-text-size`, which the style sheets follow.

use bantin_core::i18n::Lang;
use bantin_core::settings::{DEFAULT_TEXT_SIZE, TEXT_SIZES, Theme};
use leptos::prelude::*;

/// The reader's settings, as the shell keeps them and the masthead's
/// controls change them.
#[derive(Clone, Copy, Debug)]
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

impl Default for Prefs {
    /// No choice made: the settings a page has before it knows the reader's
    /// (as the static pages are written).
    fn default() -> Self {
        Self {
            chosen_lang: RwSignal::new(None),
            theme: RwSignal::new(Theme::Auto),
            text_size: RwSignal::new(DEFAULT_TEXT_SIZE),
        }
    }
}

impl Prefs {
    /// Loads the saved settings and keeps `<html>` and the storage in step
    /// with them. Called once, by the app.
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
