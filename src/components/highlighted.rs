use bantin_core::search;
use leptos::prelude::*;

/// `text` with the parts that match the search's words in `<mark>`.
#[component]
pub fn Highlighted(
    /// The text to show.
    text: String,
    /// The query's folded words.
    words: Vec<String>,
) -> impl IntoView {
    let mut parts = Vec::new();
    let mut at = 0;
    for range in search::highlights(&text, &words) {
        if range.start > at {
            parts.push(view! { {text[at..range.start].to_owned()} }.into_any());
        }
        parts.push(view! { <mark>{text[range.clone()].to_owned()}</mark> }.into_any());
        at = range.end;
    }
    parts.push(view! { {text[at..].to_owned()} }.into_any());
    parts
}
