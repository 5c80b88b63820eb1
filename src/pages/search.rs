use crate::api::{self, SEARCH_PAGE_SIZE, SearchResults};
use crate::components::{ErrorPanel, Highlighted, Pager, Skeleton, SkeletonKind};
use crate::i18n::texts;
use crate::router::Location;
use crate::{head, routes};
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
        Some(Ok(results)) => view! { <Results results query=params.get_untracked().0/> }.into_any(),
        Some(Err(error)) => view! { <ErrorPanel error on_retry=move || results.refetch()/> }.into_any(),
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

#[component]
fn Results(results: SearchResults, query: String) -> impl IntoView {
    let t = texts();
    let SearchResults { site, words, total, page, hits } = results;
    if words.is_empty() {
        return view! { <p class="search-page__summary">{t.search_hint}</p> }.into_any();
    }
    let zone = site.time_zone;
    let items = hits
        .into_iter()
        .map(|hit| {
            let date = hit.date.map(|at| {
                let local = at.to_local(zone);
                view! { <time class="search-result__date" datetime=local.to_rfc3339()>{t.date(&local)}</time> }
            });
            let category = hit.category.map(|c| {
                view! { <a class="search-result__category" href=routes::category(&c.id, 1)>{c.name}</a> }
            });
            let href = routes::article(&hit.id, &hit.title);
            view! {
                <li class="search-result" data-testid="search-result">
                    <a class="search-result__title" href=href>
                        <Highlighted text=hit.title words=words.clone()/>
                    </a>
                    <p class="search-result__meta">{category}{date}</p>
                </li>
            }
        })
        .collect_view();
    let has_next = page * SEARCH_PAGE_SIZE < total;
    let view = view! {
        <p class="search-page__summary" role="status" data-testid="search-summary">{t.found(total, &query)}</p>
        <ol class="search-page__results">{items}</ol>
        <Pager page has_next href=routes::search key=query/>
    };
    // Measured once the results are in the page (the task after this render).
    leptos::task::spawn_local(async { measure("bantin:search", "bantin:search:input") });
    view.into_any()
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
