use super::{DateTime, Highlighted, Pager};
use bantin_core::date::Day;
use bantin_core::feed::Page;
use bantin_core::i18n::texts;
use bantin_core::routes;
use bantin_core::search::{Order, SearchHit, SearchQuery, SearchResults};
use leptos::prelude::*;

/// A page of search results: how many were found, the order ("Liên quan
/// nhất" / "Mới nhất", as links) and, where they apply, the filters
/// (category, from and to dates: a form whose choice goes to `on_filter`),
/// then each result's title and the snippet of its body with the matched
/// words marked, its category and date, and the pager. Until the reader has
/// typed a word, the summary says what to type and the rest is hidden.
///
/// The results change with every keystroke: each part is drawn once, with
/// the page, and follows them in place (the first keystroke that finds
/// something only fills them in), and a result still found keeps its row
/// (only its marks change).
#[component]
pub fn SearchResultsView(
    /// The results, as they change.
    results: Signal<SearchResults>,
    /// Runs with the search the filter form states.
    on_filter: Callback<SearchQuery>,
) -> impl IntoView {
    let t = texts();
    let words = Memo::new(move |_| results.with(|r| r.words.clone()));
    let hint = Memo::new(move |_| words.with(Vec::is_empty));
    let query = Memo::new(move |_| results.with(|r| r.query.clone()));
    let categories = Memo::new(move |_| results.with(|r| r.site.categories.clone()));
    let filters = Memo::new(move |_| results.with(|r| r.filters));
    let order_link = move |by: Order, label: &'static str| {
        let href = move || query.with(|q| routes::search(&SearchQuery { order: by, page: 1, ..q.clone() }));
        let current = move || query.with(|q| q.order == by).then_some("true");
        view! { <a class="search-order__link" href=href aria-current=current>{label}</a> }
    };
    let options = move || {
        categories.with(|all| {
            all.iter()
                .map(|c| {
                    let id = c.id.clone();
                    let selected = move || query.with(|q| q.category.as_deref() == Some(id.as_str()));
                    view! { <option value=c.id.clone() selected=selected>{c.name.clone()}</option> }
                })
                .collect_view()
        })
    };
    let day_input = move |id: &'static str, label: &'static str, day: fn(&SearchQuery) -> Option<Day>| {
        view! {
            <p class="search-filters__field">
                <label for=id>{label}</label>
                <input id=id type="date" value=move || query.with(day).map(Day::iso)/>
            </p>
        }
    };
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        on_filter.run(query.with_untracked(|current| read_filters(&event, current)));
    };
    let pager = move || {
        results.with(|r| {
            let pages = r.query.clone();
            (!r.words.is_empty()).then(|| {
                view! {
                    <Pager page=r.query.page has_next=r.has_next()
                        href=move |n| routes::search(&SearchQuery { page: n, ..pages.clone() })/>
                }
            })
        })
    };
    let summary = move || {
        results.with(|r| {
            if r.words.is_empty() { t.search_hint.to_owned() } else { t.found(r.total, &r.query.text) }
        })
    };
    view! {
        <p class="search-page__summary" role="status" data-testid="search-summary">{summary}</p>
        <div class="search-page__controls" hidden=hint>
            <nav class="search-order" aria-label=t.sort_by data-testid="search-order">
                {order_link(Order::Relevance, t.sort_relevance)}
                {order_link(Order::Newest, t.sort_newest)}
            </nav>
            {move || filters.get().then(|| view! {
                    <form class="search-filters" on:submit=on_submit data-testid="search-filters">
                        <p class="search-filters__field">
                            <label for="search-category">{t.categories}</label>
                            <select id="search-category">
                                <option value="">{t.all_categories}</option>
                                {options}
                            </select>
                        </p>
                        {day_input("search-from", t.date_from, |q| q.from)}
                        {day_input("search-to", t.date_to, |q| q.to)}
                        <p class="search-filters__field"><button type="submit" class="button">{t.filter_apply}</button></p>
                    </form>
            })}
        </div>
        <ol class="search-page__results">
            <For each=move || results.with(|r| r.hits.clone()) key=|hit| (hit.id.clone(), hit.snippet.is_some())
                children=move |hit| view! { <Hit hit zone=results.with_untracked(|r| r.site.time_zone) words/> }/>
        </ol>
        {pager}
    }
}

/// One result: its title and snippet marked with the search's words as they change.
#[component]
fn Hit(hit: SearchHit, zone: bantin_core::date::UtcOffset, words: Memo<Vec<String>>) -> impl IntoView {
    let SearchHit { id, title, date, category, snippet } = hit;
    let date = date.map(|at| view! { <DateTime at zone class="search-result__date"/> });
    let category = category
        .map(|c| view! { <a class="search-result__category" href=routes::category(&c.id, Page::Newest)>{c.name}</a> });
    let snippet = snippet.map(|text| {
        view! { <p class="search-result__snippet">{move || view! { <Highlighted text=text.clone() words=words.get()/> }}</p> }
    });
    let href = routes::article(&id, &title);
    view! {
        <li class="search-result" data-testid="search-result">
            <a class="search-result__title" href=href>
                {move || view! { <Highlighted text=title.clone() words=words.get()/> }}
            </a>
            <p class="search-result__meta">{category}{date}</p>
            {snippet}
        </li>
    }
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
