use super::{ReadingOptions, SearchBox};
use crate::prefs::Prefs;
use bantin_core::LoadError;
use bantin_core::feed::{Page, Site};
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::either::Either;
use leptos::prelude::*;

/// The portal's description as the shell loads it: `None` while loading.
pub type SiteState = Option<Result<Site, LoadError>>;

/// The skip link and the masthead: the portal's name, search, the reading
/// settings and the category navigation.
#[component]
pub fn SiteHeader(
    /// The portal.
    #[prop(into)]
    site: Signal<SiteState>,
    /// The current path, percent-encoded: its section's link is marked current.
    #[prop(into)]
    path: Signal<String>,
    /// Runs with the query when the masthead's search is sent.
    #[prop(into)]
    on_search: Callback<String>,
    /// The reader's settings.
    prefs: Prefs,
) -> impl IntoView {
    let t = texts();
    let on_search_page = Memo::new(move |_| path.with(|p| p == "/tim-kiem"));
    // `aria-current="page"` on the link to the section being read: the link
    // itself when `exact`, else also any page under it.
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
                let href = routes::category(&c.id, Page::Newest);
                view! {
                    <li class="category-nav__item">
                        <a href=href.clone() class="category-nav__link" aria-current=move || current(&href, false)>{c.name}</a>
                    </li>
                }
            })
            .collect_view()
    };
    // The portal this site belongs to (the province's), above the masthead.
    let parent = move || {
        site.with(|s| match s {
            Some(Ok(site)) => site.agency.parent.clone(),
            _ => None,
        })
        .map(|parent| {
            view! {
                <p class="site-header__parent" data-testid="parent-portal">
                    <a href=parent.url rel="external">{parent.name}</a>
                </p>
            }
        })
    };
    view! {
        <a class="skip-link" href="#noi-dung">{t.skip_to_content}</a>
        <header class="site-header">
            {parent}
            <div class="site-header__inner">
                <a class="site-header__brand" href=routes::home(Page::Newest)>
                    <span class="site-header__logo" aria-hidden="true"></span>
                    {brand}
                </a>
                // The results page has its own, larger search box.
                {move || (!on_search_page.get()).then(|| view! { <SearchBox on_search/> })}
                <ReadingOptions prefs/>
            </div>
            <nav class="category-nav" aria-label=t.categories>
                <ul class="category-nav__list">
                    <li class="category-nav__item">
                        <a href=routes::home(Page::Newest) class="category-nav__link" aria-current=move || current("/", true)>{t.home}</a>
                    </li>
                    {categories}
                </ul>
            </nav>
        </header>
    }
}
