use super::SiteResource;
use crate::i18n::texts;
use leptos::either::Either;
use leptos::prelude::*;

/// The page footer: where the news comes from.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let site = SiteResource::from_context().0;
    let t = texts();
    let source = move || {
        Suspend::new(async move {
            site.await.ok().map(|site| {
                let name = match site.home_page_url {
                    Some(href) => Either::Left(view! { <a href=href rel="external">{site.title}</a> }),
                    None => Either::Right(site.title),
                };
                view! { <p class="site-footer__source">{t.footer_source} " " {name}</p> }
            })
        })
    };
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <Suspense>{source}</Suspense>
            </div>
        </footer>
    }
}
