use super::lookup::retry;
use crate::components::{ErrorPanel, SearchResultsView, Skeleton, SkeletonKind};
use crate::router::Location;
use crate::{api, head};
use bantin_core::LoadError;
use bantin_core::i18n::texts;
use bantin_core::routes;
use bantin_core::search::{SearchQuery, SearchResults};
use leptos::prelude::*;
use std::time::Duration;

/// How long typing must pause before a large archive's bodies are searched.
const PAUSE_MS: u64 = 400;

/// Search results for the search in the URL (`/tim-kiem?q=…`, with its
/// order and filters), updated as the reader types: diacritic- and
/// case-insensitive, every word required, the matched words marked. A
/// large archive's bodies are searched once typing pauses, and then its
/// results' snippets follow them.
#[component]
pub fn SearchPage() -> impl IntoView {
    let t = texts();
    let location = Location::get();
    let params = Memo::new(move |_| location.search().with(|s| routes::search_params(s)));
    // Whether typing has paused: a search opened from its address is whole at once.
    let settled = RwSignal::new(true);
    let pause = StoredValue::new(None::<TimeoutHandle>);
    let results = LocalResource::new(move || {
        api::data_version();
        api::search(params.get(), settled.get())
    });
    let shown = RwSignal::new(None::<Result<SearchResults, LoadError>>);
    Effect::new(move || {
        let Some(found) = results.get() else { return };
        // A keystroke is measured when its own results arrive (not the
        // previous ones again while its files load), and not for the hint.
        let own = |found: &SearchResults| params.with_untracked(|p| *p == found.query);
        let measured = matches!(&found, Ok(found) if !found.words.is_empty() && own(found));
        shown.set(Some(found.clone()));
        if measured {
            // Measured once the results are in the page: the task after the
            // redraw that `set` scheduled.
            leptos::task::spawn_local(async { measure("bantin:search", "bantin:search:input") });
        }
        let Ok(found) = found else { return };
        // Snippets cost a request per result: only once typing has paused.
        if settled.get_untracked() && found.hits.iter().any(|hit| hit.snippet.is_none()) {
            leptos::task::spawn_local(async move {
                let filled = api::with_snippets(found.clone()).await;
                // Only if the reader has not searched on meanwhile.
                if results.with_untracked(|r| matches!(r, Some(Ok(now)) if *now == found)) {
                    shown.set(Some(Ok(filled)));
                }
            });
        }
    });
    let on_input = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        mark("bantin:search:input");
        if settled.get_untracked() {
            settled.set(false);
        }
        if let Some(handle) = pause.get_value() {
            handle.clear();
        }
        pause.set_value(
            set_timeout_with_handle(move || settled.set(true), Duration::from_millis(PAUSE_MS)).ok(),
        );
        location.replace(&routes::search(&SearchQuery { text, page: 1, ..params.get_untracked() }));
    };
    let on_filter = Callback::new(move |query: SearchQuery| location.navigate(&routes::search(&query)));
    head::set(t.search, None);
    // The results update in place as the reader types; the view is drawn
    // anew only when it changes between loading, results and a failure.
    let state = Memo::new(move |_| shown.with(|s| s.as_ref().map(Result::is_ok)));
    let content = move || match state.get() {
        None => view! { <Skeleton kind=SkeletonKind::Listing/> }.into_any(),
        Some(true) => {
            let Some(Ok(first)) = shown.get_untracked() else { return ().into_any() };
            let results = Memo::new(move |_| {
                shown.with(|s| match s {
                    Some(Ok(now)) => now.clone(),
                    _ => first.clone(),
                })
            });
            view! { <SearchResultsView results=results.into() on_filter/> }.into_any()
        }
        Some(false) => match shown.get_untracked() {
            Some(Err(error)) => view! { <ErrorPanel error on_retry=retry/> }.into_any(),
            _ => ().into_any(),
        },
    };
    view! {
        <section class="search-page" data-testid="search-page">
            <h1 class="listing__title">{t.search}</h1>
            <form class="search-page__form" role="search" on:submit=|event| event.prevent_default()>
                <label class="visually-hidden" for="search-page-query">{t.search}</label>
                <input id="search-page-query" class="search-page__input" type="search" name="q" autocomplete="off"
                    placeholder=t.search_placeholder prop:value=move || params.with(|p| p.text.clone()) on:input=on_input/>
            </form>
            {content}
        </section>
    }
}

/// Marks a moment for the benchmark's timing of a keystroke.
fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}

/// Measures from the `start` mark (when there is one) to now, then drops the
/// mark so the next keystroke is measured on its own.
fn measure(name: &str, start: &str) {
    if let Some(performance) = window().performance()
        && performance.measure_with_start_mark(name, start).is_ok()
    {
        performance.clear_marks_with_mark_name(start);
    }
}
