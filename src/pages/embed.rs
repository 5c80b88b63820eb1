use crate::api::{self, Latest};
use crate::browser::post_height_to_parent;
use crate::components::{Skeleton, SkeletonKind};
use crate::config;
use crate::embed::Options;
use crate::i18n::texts;
use crate::router::Location;
use crate::routes::{self, parse_query};
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
        Some(Ok(Some(latest))) => view! { <EmbedList latest options=options.clone()/> }.into_any(),
        Some(Ok(None)) => {
            view! { <p class="embed__message" role="status">{t.unknown_category}</p> }.into_any()
        }
        Some(Err(error)) => view! {
            <p class="embed__message" role="alert">{t.load_failed} ". " {t.error(&error)}</p>
            <button type="button" class="button" on:click=move |_| latest.refetch()>{t.retry}</button>
        }
        .into_any(),
    };
    view! {
        <div class=format!("embed embed--{theme}") style:--embed-accent=accent node_ref=root data-testid="embed">
            {content}
        </div>
    }
}

#[component]
fn EmbedList(latest: Latest, options: Options) -> impl IntoView {
    let t = texts();
    let Latest { site, category, articles } = latest;
    let target = options.target.as_str();
    let rel = (target == "_blank").then_some("noopener");
    let zone = site.time_zone;
    let (heading, more) = match &category {
        Some(c) => (c.name.clone(), routes::category(&c.id, 1)),
        None => (site.title.clone(), routes::home(1)),
    };
    let items = articles
        .into_iter()
        .map(|a| {
            let thumbnail = a.image.clone().filter(|_| options.thumbnails).map(|src| {
                view! { <img class="embed__thumb" src=src alt="" width="96" height="54" loading="lazy" decoding="async"/> }
            });
            let date = a.listed().map(|at| {
                let local = at.to_local(zone);
                view! { <time class="embed__date" datetime=local.to_rfc3339()>{t.date(&local)}</time> }
            });
            view! {
                <li class="embed__item" data-testid="embed-item">
                    <a class="embed__link" href=config::app_url(&routes::article(&a.id, &a.title)) target=target rel=rel>
                        {thumbnail}
                        <span class="embed__text">
                            <span class="embed__title">{a.title.clone()}</span>
                            {date}
                        </span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1 class="embed__heading">
            <a href=config::app_url(&more) target=target rel=rel>{heading}</a>
        </h1>
        <ul class="embed__list">{items}</ul>
        <p class="embed__more"><a href=config::app_url(&more) target=target rel=rel>{t.more} " ›"</a></p>
    }
}
