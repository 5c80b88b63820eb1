use bantin_core::i18n::texts;
use leptos::html::Input;
use leptos::prelude::*;

/// "Tìm kiếm" in the masthead. Without the app it is a plain form that goes
/// to `/tim-kiem?q=…`; in the app, `on_search` gets what was typed.
#[component]
pub fn SearchBox(
    /// Runs with the query when the form is sent.
    #[prop(into)]
    on_search: Callback<String>,
) -> impl IntoView {
    let t = texts();
    let input = NodeRef::<Input>::new();
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if let Some(input) = input.get() {
            on_search.run(input.value());
        }
    };
    view! {
        // The results page is drawn by the app alone.
        <form class="site-search" role="search" action="/tim-kiem" method="get" on:submit=on_submit data-needs-js="">
            <label class="visually-hidden" for="site-search-query">{t.search}</label>
            <input id="site-search-query" class="site-search__input" type="search" name="q"
                placeholder=t.search_placeholder node_ref=input/>
            <button class="site-search__button" type="submit">{t.search_button}</button>
        </form>
    }
}
