use super::{DateTime, Highlighted, Pager};
use bantin_core::date::Day;
use bantin_core::i18n::texts;
use bantin_core::routes;
use bantin_core::search::{Order, SearchQuery, SearchResults};
use leptos::prelude::*;

/// A page of search results: how many were found, the order ("Liên quan
/// nhất" / "Mới nhất", as links) and the filters (category, from and to
/// dates: a form whose choice goes to `on_filter`), then each result's
/// title and the snippet of its body with the matched words marked, its
/// category and date, and the pager.
#[component]
pub fn SearchResultsView(
    /// The results.
    results: SearchResults,
    /// Runs with the search the filter form states.
    on_filter: Callback<SearchQuery>,
) -> impl IntoView {
    let t = texts();
    let has_next = results.has_next();
    let SearchResults { site, words, total, hits, query } = results;
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
            let snippet = hit.snippet.map(|text| {
                view! { <p class="search-result__snippet"><Highlighted text words=words.clone()/></p> }
            });
            let href = routes::article(&hit.id, &hit.title);
            view! {
                <li class="search-result" data-testid="search-result">
                    <a class="search-result__title" href=href>
                        <Highlighted text=hit.title words=words.clone()/>
                    </a>
                    <p class="search-result__meta">{category}{date}</p>
                    {snippet}
                </li>
            }
        })
        .collect_view();
    let order_link = |order: Order, label: &'static str| {
        let href = routes::search(&SearchQuery { order, page: 1, ..query.clone() });
        let current = (query.order == order).then_some("true");
        view! { <a class="search-order__link" href=href aria-current=current>{label}</a> }
    };
    let categories = site
        .categories
        .iter()
        .map(|c| {
            let selected = query.category.as_deref() == Some(c.id.as_str());
            view! { <option value=c.id.clone() selected=selected>{c.name.clone()}</option> }
        })
        .collect_view();
    let day_input = |id: &'static str, label: &'static str, day: Option<Day>| {
        view! {
            <p class="search-filters__field">
                <label for=id>{label}</label>
                <input id=id type="date" value=day.map(Day::iso)/>
            </p>
        }
    };
    let current = query.clone();
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        on_filter.run(read_filters(&event, &current));
    };
    let pages = query.clone();
    view! {
        <p class="search-page__summary" role="status" data-testid="search-summary">{t.found(total, &query.text)}</p>
        <nav class="search-order" aria-label=t.sort_by data-testid="search-order">
            {order_link(Order::Relevance, t.sort_relevance)}
            {order_link(Order::Newest, t.sort_newest)}
        </nav>
        <form class="search-filters" on:submit=on_submit data-testid="search-filters">
            <p class="search-filters__field">
                <label for="search-category">{t.categories}</label>
                <select id="search-category">
                    <option value="">{t.all_categories}</option>
                    {categories}
                </select>
            </p>
            {day_input("search-from", t.date_from, query.from)}
            {day_input("search-to", t.date_to, query.to)}
            <p class="search-filters__field"><button type="submit" class="button">{t.filter_apply}</button></p>
        </form>
        <ol class="search-page__results">{items}</ol>
        <Pager page=query.page has_next href=move |n| routes::search(&SearchQuery { page: n, ..pages.clone() })/>
    }
    .into_any()
}

/// The search `current` becomes with the form's filters, from its first page.
fn read_filters(event: &leptos::ev::SubmitEvent, current: &SearchQuery) -> SearchQuery {
    let value = |id| crate::events::form_value(event, id);
    SearchQuery {
        category: value("search-category"),
        from: value("search-from").as_deref().and_then(Day::parse),
        to: value("search-to").as_deref().and_then(Day::parse),
        page: 1,
        ..current.clone()
    }
}
