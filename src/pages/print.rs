use super::lookup::{lookup_article, lookup_view};
use crate::components::{PrintView, SkeletonKind};
use crate::router::Location;
use crate::{browser, config, head};
use bantin_core::date::Timestamp;
use bantin_core::routes;
use leptos::prelude::*;

/// The print view of an article, at its own URL (see [`PrintView`]). When
/// its URL asks for it ([`routes::PRINT_DIALOG`]), it opens the print dialog
/// once the article and its images are ready.
#[component]
pub fn PrintPage(
    /// The article's feed id.
    #[prop(into)]
    id: Signal<String>,
) -> impl IntoView {
    let dialog = Location::get().has_query(routes::PRINT_DIALOG);
    lookup_view(lookup_article(id), SkeletonKind::Article, move |data| {
        let (article, site) = (&data.article, &data.site);
        head::set(&format!("{} – {}", article.title, site.title), article.teaser.as_deref());
        let url = config::app_url(&routes::article(&article.id, &article.title));
        let now = Timestamp::from_unix_seconds((js_sys::Date::now() / 1000.0) as i64);
        let printed = now.to_local(site.time_zone);
        let on_ready = move |()| {
            if dialog {
                leptos::task::spawn_local(browser::print_when_ready(".print-view"));
            }
        };
        view! { <PrintView data url printed on_ready on_print=|()| browser::print()/> }.into_any()
    })
}
