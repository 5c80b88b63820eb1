use super::DateTime;
use bantin_core::embed::Options;
use bantin_core::feed::{Latest, Page};
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::prelude::*;

/// The widget's list: a heading linking to the listing, the newest
/// articles (with thumbnails unless turned off) and "Xem thêm". Its links
/// are absolute (`origin`): the widget lives in another site's page.
#[component]
pub fn EmbedList(
    /// The newest articles.
    latest: Latest,
    /// The widget's settings.
    options: Options,
    /// The portal's origin, `https://binhgiang.example.vn`.
    origin: String,
) -> impl IntoView {
    let t = texts();
    let Latest { site, category, articles } = latest;
    let target = options.target.as_str();
    let rel = (target == "_blank").then_some("noopener");
    let zone = site.time_zone;
    let (heading, more) = match &category {
        Some(c) => (c.name.clone(), routes::category(&c.id, Page::Newest)),
        None => (site.title.clone(), routes::home(Page::Newest)),
    };
    let more = format!("{origin}{more}");
    let items = articles
        .into_iter()
        .map(|a| {
            let thumbnail = a.image.clone().filter(|_| options.thumbnails).map(|src| {
                view! { <img class="embed__thumb" src=src alt="" width="96" height="54" loading="lazy" decoding="async"/> }
            });
            let date = a.listed().map(|at| view! { <DateTime at zone class="embed__date"/> });
            let href = format!("{origin}{}", routes::article(&a.id, &a.title));
            view! {
                <li class="embed__item" data-testid="embed-item">
                    <a class="embed__link" href=href target=target rel=rel>
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
            <a href=more.clone() target=target rel=rel>{heading}</a>
        </h1>
        <ul class="embed__list">{items}</ul>
        <p class="embed__more"><a href=more target=target rel=rel>{t.more} " ›"</a></p>
    }
}
