use crate::hooks::{UseClipboardReturn, use_clipboard};
use bantin_core::content::SanitizedHtml;
use bantin_core::content::gallery::Photo;
use bantin_core::feed::Body;
use bantin_core::i18n::texts;
use leptos::html::Div;
use leptos::prelude::*;

/// The article's body. In the browser, feed HTML goes through the sanitiser
/// (`crate::content::sanitize`) here and nowhere else, and plain text
/// becomes paragraphs of text, once the element is in the page; with
/// `share_url`, each paragraph gets an anchor and a control that copies its
/// link. A static page instead carries `html`, the body as the sanitiser's
/// native walk made it (paragraph anchors included).
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
    /// Runs once the body is in the page, with the photos of its figures.
    #[prop(optional)]
    on_photos: Option<Callback<Vec<Photo>>>,
    /// Runs with a photo's index (from 0) when the reader clicks its image.
    #[prop(optional)]
    on_open_photo: Option<Callback<usize>>,
    /// The body already sanitised (a static page's).
    #[prop(default = None)]
    html: Option<SanitizedHtml>,
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
        let photos = fill(&div, &body, &base_url, linkable.then_some(t.share_paragraph));
        if let Some(on_photos) = on_photos {
            on_photos.run(photos);
        }
        if let Some(ready) = on_ready {
            ready.run(());
        }
    });
    let UseClipboardReturn { copied, copy } = use_clipboard();
    let on_click = move |event: web_sys::MouseEvent| {
        if plays_a_video(&event) {
            event.prevent_default();
        } else if let (Some(index), Some(open)) = (photo_clicked(&event), on_open_photo) {
            open.run(index);
        } else if let (Some(anchor), Some(url)) = (paragraph_of_control(&event), &share_url) {
            // The link copies the address instead of leading there.
            event.prevent_default();
            copy.run(format!("{url}#{anchor}"));
        }
    };
    let status = move || match copied.get() {
        Some(true) => t.paragraph_link_copied,
        Some(false) => t.copy_failed,
        None => "",
    };
    Some(view! {
        <div class="article__body" node_ref=node on:click=on_click data-testid="article-body"
            inner_html=html.map(SanitizedHtml::into_string)></div>
        {linkable.then(|| view! { <p class="toast" role="status">{status}</p> })}
    })
}

/// Puts the sanitised body into `div` (replacing what an earlier article
/// left there); with `link_label`, anchors and copy-link controls too.
/// Returns the photos of its figures.
#[cfg(target_arch = "wasm32")]
fn fill(div: &web_sys::HtmlDivElement, body: &Body, base_url: &str, link_label: Option<&str>) -> Vec<Photo> {
    use crate::content::{self, anchors};
    let fragment = match body {
        Body::Html(html) => content::sanitize(html, base_url),
        Body::Text(text) => content::text_paragraphs(text),
        Body::Empty => None,
    };
    match fragment {
        Some(fragment) => div.replace_children_with_node_1(&fragment),
        None => div.replace_children_with_node_0(),
    }
    if let Some(label) = link_label {
        anchors::add(div, label);
        anchors::reveal_target(div);
    }
    content::photos::photos(div)
}

/// Natively there is no page to fill.
#[cfg(not(target_arch = "wasm32"))]
fn fill(_: &web_sys::HtmlDivElement, _: &Body, _: &str, _: Option<&str>) -> Vec<Photo> {
    Vec::new()
}

/// The photo (from 0) whose image in the body was clicked.
#[cfg(target_arch = "wasm32")]
fn photo_clicked(event: &web_sys::MouseEvent) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let body = event.current_target()?.dyn_into::<web_sys::Element>().ok()?;
    crate::content::photos::photo_at(&body, &target)
}

/// Natively nothing is clicked.
#[cfg(not(target_arch = "wasm32"))]
fn photo_clicked(_: &web_sys::MouseEvent) -> Option<usize> {
    None
}

/// The anchor of the paragraph whose copy-link control was clicked.
#[cfg(target_arch = "wasm32")]
fn paragraph_of_control(event: &web_sys::MouseEvent) -> Option<String> {
    use wasm_bindgen::JsCast;
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    crate::content::anchors::control_target(&target)
}

/// Natively nothing is clicked.
#[cfg(not(target_arch = "wasm32"))]
fn paragraph_of_control(_: &web_sys::MouseEvent) -> Option<String> {
    None
}

/// Whether the click was on an embedded video's facade, whose player it
/// then loads.
#[cfg(target_arch = "wasm32")]
fn plays_a_video(event: &web_sys::MouseEvent) -> bool {
    use wasm_bindgen::JsCast;
    // A click meant to open the link elsewhere (a new tab, a new window) does.
    crate::events::is_plain_click(event)
        && event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|target| crate::content::players::play(&target))
}

/// Natively nothing is clicked.
#[cfg(not(target_arch = "wasm32"))]
fn plays_a_video(_: &web_sys::MouseEvent) -> bool {
    false
}
