use crate::api::{self, ApiError};
use crate::feed::Site;
use crate::i18n::texts;
use crate::routes;
use leptos::prelude::*;
use leptos_router::components::A;

/// The portal's description, loaded once and shared by the header and footer.
#[derive(Clone, Copy)]
pub struct SiteResource(pub LocalResource<Result<Site, ApiError>>);

impl SiteResource {
    /// Starts loading the portal's description; the app provides it as context.
    pub fn new() -> Self {
        Self(LocalResource::new(api::site))
    }

    /// The app's shared resource (a new one outside the app, as in component tests).
    pub fn from_context() -> Self {
        use_context::<Self>().unwrap_or_default()
    }
}

impl Default for SiteResource {
    fn default() -> Self {
        Self::new()
    }
}

/// The masthead: the portal's name and the category navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = SiteResource::from_context().0;
    let t = texts();
    let brand = move || Suspend::new(async move { site.await.map(|s| s.title).unwrap_or_default() });
    let categories = move || {
        Suspend::new(async move {
            let categories = site.await.map(|s| s.categories).unwrap_or_default();
            categories
                .into_iter()
                .map(|c| {
                    view! {
                        <li class="category-nav__item">
                            <A href=routes::category(&c.id, 1) attr:class="category-nav__link">{c.name}</A>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__brand" href=routes::home(1)>
                    <span class="site-header__logo" aria-hidden="true"></span>
                    <Suspense fallback=|| view! { <span class="site-header__name site-header__name--loading"></span> }>
                        <span class="site-header__name">{brand}</span>
                    </Suspense>
                </a>
            </div>
            <nav class="category-nav" aria-label=t.categories>
                <ul class="category-nav__list">
                    <li class="category-nav__item">
                        <A href=routes::home(1) exact=true attr:class="category-nav__link">{t.home}</A>
                    </li>
                    <Suspense>{categories}</Suspense>
                </ul>
            </nav>
        </header>
    }
}
