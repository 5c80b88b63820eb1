use crate::i18n::texts;
use crate::router::Location;
use crate::routes;
use leptos::html::Input;
use leptos::prelude::*;

/// "Tìm kiếm" in the masthead: goes to the results page for what is typed.
#[component]
pub fn SearchBox() -> impl IntoView {
    let t = texts();
    let location = Location::get();
    let input = NodeRef::<Input>::new();
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if let Some(input) = input.get() {
            location.navigate(&routes::search(&input.value(), 1));
        }
    };
    view! {
        <form class="site-search" role="search" action="/tim-kiem" method="get" on:submit=on_submit>
            <label class="visually-hidden" for="site-search-query">{t.search}</label>
            <input id="site-search-query" class="site-search__input" type="search" name="q"
                placeholder=t.search_placeholder node_ref=input/>
            <button class="site-search__button" type="submit">{t.search_button}</button>
        </form>
    }
}
