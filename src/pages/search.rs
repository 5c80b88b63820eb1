use super::lookup::retry;
use crate::components::{ErrorPanel, SearchResultsView, Skeleton, SkeletonKind};
use crate::router::Location;
use crate::{api, head};
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::prelude::*;

/// Search results for the query in the URL (`/tim-kiem?q=…`), updated as the
/// reader types: diacritic- and case-insensitive, every word required,
/// newest first, the matched words marked.
#[component]
pub fn SearchPage() -> impl IntoView {
    let t = texts();
    let location = Location::get();
    let params = Memo::new(move |_| location.search().with(|s| routes::search_params(s)));
    let results = LocalResource::new(move || {
        api::data_version();
        let (query, page) = params.get();
        api::search(query, page)
    });
    let on_input = move |event: leptos::ev::Event| {
        let query = event_target_value(&event);
        mark("bantin:search:input");
        location.replace(&routes::search(&query, 1));
    };
    head::set(t.search, None);
    let content = move || match results.get() {
        None => view! { <Skeleton kind=SkeletonKind::Listing/> }.into_any(),
        Some(Ok(results)) => {
            // Measured once the results are in the page (the task after this render).
            leptos::task::spawn_local(async { measure("bantin:search", "bantin:search:input") });
            view! { <SearchResultsView results query=params.get_untracked().0/> }.into_any()
        }
        Some(Err(error)) => view! { <ErrorPanel error on_retry=retry/> }.into_any(),
    };
    view! {
        <section class="search-page" data-testid="search-page">
            <h1 class="listing__title">{t.search}</h1>
            <form class="search-page__form" role="search" on:submit=|event| event.prevent_default()>
                <label class="visually-hidden" for="search-page-query">{t.search}</label>
                <input id="search-page-query" class="search-page__input" type="search" name="q" autocomplete="off"
                    placeholder=t.search_placeholder prop:value=move || params.with(|p| p.0.clone()) on:input=on_input/>
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
