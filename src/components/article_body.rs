use crate::browser::{UseClipboardReturn, use_clipboard};
use crate::content::{self, anchors};
use crate::feed::Body;
use crate::i18n::texts;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The article's body. Feed HTML goes through [`content::sanitize`] here and
/// nowhere else; plain text becomes paragraphs of text. With `share_url`, each
/// paragraph gets an anchor and a control that copies its link.
#[component]
pub fn ArticleBody(
    /// The body as the feed gives it.
    body: Body,
    /// The feed document's URL, against which relative links resolve.
    base_url: String,
    /// The article's absolute URL, when its paragraphs may be linked to.
    #[prop(optional)]
    share_url: Option<String>,
    /// Runs once the body is in the page.
    #[prop(optional)]
    on_ready: Option<Callback<()>>,
) -> impl IntoView {
    if body == Body::Empty {
        if let Some(ready) = on_ready {
            ready.run(());
        }
        return None;
    }
    let t = texts();
    let node = NodeRef::<Div>::new();
    let linkable = share_url.is_some();
    node.on_load(move |div| {
        let fragment = match &body {
            Body::Html(html) => content::sanitize(html, &base_url),
            Body::Text(text) => content::text_paragraphs(text),
            Body::Empty => None,
        };
        // Replace, not append: going from one article to another reuses
        // this element, and the last body must not stay.
        match fragment {
            Some(fragment) => div.replace_children_with_node_1(&fragment),
            None => div.replace_children_with_node_0(),
        }
        if linkable {
            anchors::add(&div, t.share_paragraph);
            anchors::reveal_target(&div);
        }
        if let Some(ready) = on_ready {
            ready.run(());
        }
    });
    let UseClipboardReturn { copied, copy } = use_clipboard();
    let on_click = move |event: web_sys::MouseEvent| {
        let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if let (Some(anchor), Some(url)) = (target.as_ref().and_then(anchors::control_target), &share_url) {
            copy.run(format!("{url}#{anchor}"));
        }
    };
    let status = move || match copied.get() {
        Some(true) => t.paragraph_link_copied,
        Some(false) => t.copy_failed,
        None => "",
    };
    Some(view! {
        <div class="article__body" node_ref=node on:click=on_click data-testid="article-body"></div>
        {linkable.then(|| view! { <p class="toast" role="status">{status}</p> })}
    })
}
