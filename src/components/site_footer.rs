use super::SiteState;
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::either::Either;
use leptos::prelude::*;

/// The page footer: where the news comes from.
#[component]
pub fn SiteFooter(
    /// The portal.
    #[prop(into)]
    site: Signal<SiteState>,
) -> impl IntoView {
    let t = texts();
    let source = move || {
        let (title, home) = site.with(|s| match s {
            Some(Ok(site)) => Some((site.title.clone(), site.home_page_url.clone())),
            _ => None,
        })?;
        let name = match home {
            Some(href) => Either::Left(view! { <a href=href rel="external">{title}</a> }),
            None => Either::Right(title),
        };
        Some(view! { <p class="site-footer__source">{t.footer_source} " " {name}</p> })
    };
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                {source}
                <p class="site-footer__links">
                    <a href=routes::documents(&Default::default(), 1)>{t.documents}</a>
                    " · "
                    <a href=routes::embed_code()>{t.embed_news}</a>
                </p>
            </div>
        </footer>
    }
}
