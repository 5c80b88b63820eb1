use crate::content;
use crate::feed::Body;
use leptos::html::Div;
use leptos::prelude::*;

/// The article's body. Feed HTML goes through [`content::sanitize`] here and
/// nowhere else; plain text becomes paragraphs.
#[component]
pub fn ArticleBody(
    /// The body as the feed gives it.
    body: Body,
    /// The feed document's URL, against which relative links resolve.
    base_url: String,
) -> impl IntoView {
    match body {
        Body::Html(html) => {
            let node = NodeRef::<Div>::new();
            node.on_load(move |div| {
                // Replace, not append: going from one article to another
                // reuses this element, and the last body must not stay.
                match content::sanitize(&html, &base_url) {
                    Some(fragment) => div.replace_children_with_node_1(&fragment),
                    None => div.replace_children_with_node_0(),
                }
            });
            Some(
                view! { <div class="article__body" node_ref=node data-testid="article-body"></div> }
                    .into_any(),
            )
        }
        Body::Text(text) => {
            let paragraphs = text
                .split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(|p| view! { <p>{p.to_owned()}</p> })
                .collect_view();
            Some(
                view! { <div class="article__body" data-testid="article-body">{paragraphs}</div> }.into_any(),
            )
        }
        Body::Empty => None,
    }
}
