use crate::prefs::Prefs;
use bantin_core::i18n::{Lang, texts};
use bantin_core::settings::{TEXT_SIZES, Theme};
use leptos::prelude::*;

/// Text size (A− / A+), theme and language, in the masthead. Each choice
/// changes the reader's settings, which the app remembers.
#[component]
pub fn ReadingOptions(
    /// The reader's settings.
    prefs: Prefs,
) -> impl IntoView {
    let t = texts();
    let size = prefs.text_size;
    let other = Lang::from_tag(t.other_language_code);
    let themes = Theme::ALL
        .into_iter()
        .zip([t.theme_auto, t.theme_light, t.theme_dark])
        .map(|(theme, name)| {
            view! { <option value=theme.name() selected=move || prefs.theme.get() == theme>{name}</option> }
        })
        .collect_view();
    let pick_theme = move |event: leptos::ev::Event| {
        let name = event_target_value(&event);
        if let Some(theme) = Theme::from_name(&name) {
            prefs.theme.set(theme);
        }
    };
    view! {
        <div class="reading-options" role="group" aria-label=t.reading_settings data-needs-js="">
            <span class="reading-options__size" role="group" aria-label=t.text_size>
                // The name is the words; "A−" is what the eye sees.
                // `data-text-step`: public/static-controls.js acts on these
                // before the app runs.
                <button type="button" class="reading-options__button" title=t.text_smaller data-text-step="-1"
                    disabled=move || size.get() == 0 on:click=move |_| size.update(|s| *s = s.saturating_sub(1))>
                    <span aria-hidden="true">"A−"</span>
                    <span class="visually-hidden">{t.text_smaller}</span>
                </button>
                <button type="button" class="reading-options__button" title=t.text_larger data-text-step="1"
                    disabled=move || { size.get() + 1 >= TEXT_SIZES.len() }
                    on:click=move |_| size.update(|s| *s = (*s + 1).min(TEXT_SIZES.len() - 1))>
                    <span aria-hidden="true">"A+"</span>
                    <span class="visually-hidden">{t.text_larger}</span>
                </button>
            </span>
            <label class="reading-options__theme">
                <span class="visually-hidden">{t.theme}</span>
                <select class="reading-options__select" on:change=pick_theme>{themes}</select>
            </label>
            <button type="button" class="reading-options__button reading-options__language" lang=t.other_language_code
                on:click=move |_| prefs.chosen_lang.set(other)>
                {t.other_language}
            </button>
        </div>
    }
}
