use super::lookup::retry;
use crate::browser::RESIZE_MESSAGE;
use crate::components::SiteState;
use crate::hooks::{UseClipboardReturn, use_clipboard};
use crate::{config, head};
use bantin_core::embed::{self, DEFAULT_LIMIT, MAX_LIMIT};
use bantin_core::i18n::texts;
use bantin_core::routes;
use bantin_core::settings::Theme;
use leptos::ev;
use leptos::html::Iframe;
use leptos::prelude::*;

/// Where a site owner builds the widget's snippet: pick category, count and
/// theme, see the widget live, copy the two lines.
#[component]
pub fn EmbedCodePage(
    /// The portal, as the shell loads it: its categories are offered.
    #[prop(into)]
    site: Signal<SiteState>,
) -> impl IntoView {
    let t = texts();
    head::set(t.embed_title, Some(t.embed_intro));
    let category = RwSignal::new(String::new());
    let limit = RwSignal::new(DEFAULT_LIMIT);
    let theme = RwSignal::new(Theme::Auto);
    let chosen = move || Some(category.get()).filter(|c| !c.is_empty());
    let origin = config::app_url("");
    let snippet = Memo::new(move |_| embed::snippet(&origin, chosen().as_deref(), limit.get(), theme.get()));
    let preview = move || routes::embed(&embed::query(chosen().as_deref(), limit.get(), theme.get()));
    let UseClipboardReturn { copied, copy } = use_clipboard();

    // The preview sizes itself as a host page would, from the widget's messages.
    let frame = NodeRef::<Iframe>::new();
    let height = RwSignal::new(0_u32);
    let listener = window_event_listener(ev::message, move |event| {
        let from_preview = frame
            .get_untracked()
            .and_then(|f| f.content_window())
            .is_some_and(|w| event.source().is_some_and(|source| source == *w.as_ref()));
        let data = event.data();
        let kind = js_sys::Reflect::get(&data, &"type".into()).ok().and_then(|v| v.as_string());
        // Whole pixels: formatting a float would cost the wasm 13 KB.
        let reported = js_sys::Reflect::get(&data, &"height".into())
            .ok()
            .and_then(|v| v.as_f64())
            .map(|h| h.ceil() as u32);
        if let (true, Some(h)) = (from_preview && kind.as_deref() == Some(RESIZE_MESSAGE), reported) {
            height.set(h);
        }
    });
    // The listener goes with the page (a handle dropped leaves it in place).
    on_cleanup(move || listener.remove());

    let categories = move || {
        site.with(|s| match s {
            Some(Ok(site)) => site.categories.clone(),
            _ => Vec::new(),
        })
        .into_iter()
        .map(|c| view! { <option value=c.id>{c.name}</option> })
        .collect_view()
    };
    let themes = Theme::ALL
        .into_iter()
        .zip([t.theme_auto_long, t.theme_light, t.theme_dark])
        .map(|(value, name)| {
            view! {
                <label class="embed-code__choice">
                    <input type="radio" name="theme" value=value.name() prop:checked=move || theme.get() == value
                        on:change=move |_| theme.set(value)/>
                    {name}
                </label>
            }
        })
        .collect_view();
    // Without the portal's categories the builder still works (all of
    // them); the reader is told why the list is short and may try again.
    let site_failed = move || {
        site.with(|s| match s {
            Some(Err(error)) => Some(error.clone()),
            _ => None,
        })
        .map(|error| {
            view! {
                <p class="embed-code__error" role="alert">
                    {t.error(&error)} " "
                    <button type="button" class="button" on:click=|_| retry()>{t.retry}</button>
                </p>
            }
        })
    };
    view! {
        <section class="embed-code" data-testid="embed-code">
            <h1 class="embed-code__title">{t.embed_title}</h1>
            <p>{t.embed_intro}</p>
            {site_failed}
            <div class="embed-code__form">
                <label class="embed-code__field">
                    {t.categories}
                    <select on:change:target=move |ev| category.set(ev.target().value())>
                        <option value="">{t.all_categories}</option>
                        {categories}
                    </select>
                </label>
                <label class="embed-code__field">
                    {t.article_count}
                    <input type="number" min="1" max=MAX_LIMIT.to_string() prop:value=move || limit.get().to_string()
                        on:input:target=move |ev| {
                            if let Ok(n) = ev.target().value().parse::<usize>() {
                                limit.set(n.clamp(1, MAX_LIMIT));
                            }
                        }/>
                </label>
                <fieldset class="embed-code__field embed-code__themes">
                    <legend>{t.theme}</legend>
                    {themes}
                </fieldset>
            </div>
            <h2>{t.embed_snippet}</h2>
            <pre class="embed-code__snippet"><code data-testid="embed-snippet">{snippet}</code></pre>
            <button type="button" class="button" on:click=move |_| copy.run(snippet.get_untracked())>{t.copy_snippet}</button>
            <p class="embed-code__status" role="status">
                {move || match copied.get() {
                    Some(true) => t.snippet_copied,
                    Some(false) => t.copy_failed,
                    None => "",
                }}
            </p>
            <h2>{t.preview}</h2>
            <iframe class="embed-code__preview" node_ref=frame src=preview title=t.widget_title
                style:height=move || format!("{}px", height.get())></iframe>
        </section>
    }
}
