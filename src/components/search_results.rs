use super::{DateTime, Highlighted, Pager};
use bantin_core::i18n::texts;
use bantin_core::routes;
use bantin_core::search::SearchResults;
use leptos::prelude::*;

/// A page of search results: how many were found, each result's title with
/// the matched words marked, its category and date, and the pager.
#[component]
pub fn SearchResultsView(
    /// The results.
    results: SearchResults,
    /// The query as the reader typed it.
    query: String,
) -> impl IntoView {
    let t = texts();
    let has_next = results.has_next();
    let SearchResults { site, words, total, page, hits } = results;
    if words.is_empty() {
        return view! { <p class="search-page__summary">{t.search_hint}</p> }.into_any();
    }
    let zone = site.time_zone;
    let items = hits
        .into_iter()
        .map(|hit| {
            let date = hit.date.map(|at| view! { <DateTime at zone class="search-result__date"/> });
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
    view! {
        <p class="search-page__summary" role="status" data-testid="search-summary">{t.found(total, &query)}</p>
        <ol class="search-page__results">{items}</ol>
        <Pager page has_next href=move |n| routes::search(&query, n)/>
    }
    .into_any()
}
