use super::lookup::retry;
use crate::browser::post_height_to_parent;
use crate::components::{EmbedList, Skeleton, SkeletonKind};
use crate::router::Location;
use crate::{api, config};
use bantin_core::embed::Options;
use bantin_core::i18n::texts;
use bantin_core::routes::parse_query;
use leptos::html::Div;
use leptos::prelude::*;

/// The embeddable widget: the latest articles, compact, with no site chrome,
/// for an iframe on another site (see `docs/widget.md`). It reports its
/// height to the embedding page as it changes.
#[component]
pub fn EmbedPage() -> impl IntoView {
    let t = texts();
    let options = Location::get().search().with_untracked(|q| Options::from_query(&parse_query(q)));
    let (category, limit) = (options.category.clone(), options.limit);
    let latest = LocalResource::new(move || {
        api::data_version();
        api::latest(category.clone(), limit)
    });
    let root = NodeRef::<Div>::new();
    root.on_load(|div| post_height_to_parent(&div));
    let theme = options.theme.name();
    let accent = options.accent.clone();
    // Messages stay inside the widget: a link home would open the portal in
    // the host page's frame.
    let content = move || match latest.get() {
        None => view! { <Skeleton kind=SkeletonKind::Listing/> }.into_any(),
        Some(Ok(Some(latest))) => {
            view! { <EmbedList latest options=options.clone() origin=config::origin()/> }.into_any()
        }
        Some(Ok(None)) => {
            view! { <p class="embed__message" role="status">{t.unknown_category}</p> }.into_any()
        }
        Some(Err(error)) => view! {
            <p class="embed__message" role="alert">{t.load_failed} ". " {t.error(&error)}</p>
            <button type="button" class="button" on:click=|_| retry()>{t.retry}</button>
        }
        .into_any(),
    };
    view! {
        <div class=format!("embed embed--{theme}") style:--embed-accent=accent node_ref=root data-testid="embed">
            {content}
        </div>
    }
}
