use super::{ReadingOptions, SearchBox};
use crate::api::{self, ApiError};
use crate::feed::Site;
use crate::i18n::texts;
use crate::router::Location;
use crate::routes;
use leptos::either::Either;
use leptos::prelude::*;

/// The portal's description, read once and shared by the header and footer:
/// `None` while loading.
#[derive(Clone, Copy)]
pub struct SiteSignal(pub ReadSignal<Option<Result<Site, ApiError>>>);

impl SiteSignal {
    /// Starts reading the portal's description; the app provides it as context.
    pub fn load() -> Self {
        let (site, set_site) = signal(None);
        leptos::task::spawn_local(async move { set_site.set(Some(api::site().await)) });
        Self(site)
    }

    /// The app's shared signal (a new one outside the app, as in component tests).
    pub fn from_context() -> Self {
        use_context::<Self>().unwrap_or_else(Self::load)
    }
}

/// The masthead: the portal's name and the category navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = SiteSignal::from_context().0;
    let t = texts();
    // `aria-current="page"` on the link to the section being read: the link
    // itself when `exact`, else also any page under it.
    let path = Location::get().path();
    let on_search_page = Memo::new(move |_| path.with(|p| p == "/tim-kiem"));
    let current = move |href: &str, exact: bool| {
        path.with(|path| {
            let under = !exact && path.strip_prefix(href).is_some_and(|rest| rest.starts_with('/'));
            (path == href || under).then_some("page")
        })
    };
    let brand = move || match site
        .with(|s| s.as_ref().map(|s| s.as_ref().map(|s| s.title.clone()).unwrap_or_default()))
    {
        Some(title) => Either::Left(view! { <span class="site-header__name">{title}</span> }),
        None => Either::Right(view! { <span class="site-header__name site-header__name--loading"></span> }),
    };
    let categories = move || {
        let categories = site.with(|s| match s {
            Some(Ok(site)) => site.categories.clone(),
            _ => Vec::new(),
        });
        categories
            .into_iter()
            .map(|c| {
                let href = routes::category(&c.id, 1);
                view! {
                    <li class="category-nav__item">
                        <a href=href.clone() class="category-nav__link" aria-current=move || current(&href, false)>{c.name}</a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__brand" href=routes::home(1)>
                    <span class="site-header__logo" aria-hidden="true"></span>
                    {brand}
                </a>
                // The results page has its own, larger search box.
                {move || (!on_search_page.get()).then(|| view! { <SearchBox/> })}
                <ReadingOptions/>
            </div>
            <nav class="category-nav" aria-label=t.categories>
                <ul class="category-nav__list">
                    <li class="category-nav__item">
                        <a href=routes::home(1) class="category-nav__link" aria-current=move || current("/", true)>{t.home}</a>
                    </li>
                    {categories}
                </ul>
            </nav>
        </header>
    }
}
