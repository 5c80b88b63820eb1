//! The app shell: header, the view the route names, footer.

use crate::components::{ListingView, SiteFooter, SiteHeader, SiteSignal};
use crate::i18n::{self, texts};
use crate::pages::{ArticlePage, EmbedCodePage, EmbedPage, NotFound, PrintPage, SearchPage, SharePage};
use crate::prefs::{Prefs, set_root_attribute};
use crate::router::Location;
use crate::routes::Route;
use crate::{api, head};
use leptos::prelude::*;

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    let location = Location::install();
    let prefs = Prefs::install();
    crate::browser::register_service_worker();
    let site = SiteSignal::load();
    provide_context(site);
    // Until the feed says which language it is in, the page's own `lang`
    // stands in for it, so that a feed in the portal's language does not
    // redraw the page once it arrives.
    let lang = Memo::new(move |_| {
        site.0.with(|s| match s {
            None => prefs.provisional_language(),
            Some(site) => prefs.language(site.as_ref().ok().and_then(|site| site.language.as_deref())),
        })
    });
    Effect::new(move || set_root_attribute("lang", lang.get().texts().lang));
    let route = location.route();
    // The page is drawn in the interface's language: changing it redraws it.
    move || {
        i18n::set_language(lang.get());
        view! { <Shell route/> }
    }
}

#[component]
fn Shell(route: Memo<Route>) -> impl IntoView {
    let t = texts();
    // The print view is the article alone, the widget sits in another site's
    // page: neither has the masthead, navigation or footer.
    let chrome = Memo::new(move |_| !route.with(|r| matches!(r, Route::Print { .. } | Route::Embed)));
    // The widget's iframe is exactly as tall as the widget: no margins around it.
    let bare = Memo::new(move |_| route.with(|r| *r == Route::Embed));
    view! {
        {move || chrome.get().then(|| view! {
            <a class="skip-link" href="#noi-dung">{t.skip_to_content}</a>
            <SiteHeader/>
        })}
        {move || api::showing_saved_copy().then(|| view! {
            <p class="offline-banner" role="status" data-testid="offline-banner">{t.offline_copy}</p>
        })}
        // In another site's page, the widget's main region is named, so it is
        // not mistaken for the host page's own.
        <main id="noi-dung" class="site-main" class:site-main--bare=move || bare.get()
            aria-label=move || bare.get().then_some(t.widget_title) tabindex="-1">
            <RouteView route/>
        </main>
        {move || chrome.get().then(|| view! { <SiteFooter/> })}
        <p id=head::ANNOUNCER class="visually-hidden" aria-live="polite" aria-atomic="true"></p>
    }
}

/// Which view a route shows. Routes of the same kind keep their view mounted,
/// so going from one listing page to the next swaps the articles in place.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Listing,
    Article,
    Share,
    Print,
    Search,
    Embed,
    EmbedCode,
    NotFound,
}

#[component]
fn RouteView(route: Memo<Route>) -> impl IntoView {
    let kind = Memo::new(move |_| {
        route.with(|r| match r {
            Route::Home { .. } | Route::Category { .. } => Kind::Listing,
            Route::Article { .. } => Kind::Article,
            Route::Share { .. } => Kind::Share,
            Route::Print { .. } => Kind::Print,
            Route::Search => Kind::Search,
            Route::Embed => Kind::Embed,
            Route::EmbedCode => Kind::EmbedCode,
            Route::NotFound => Kind::NotFound,
        })
    });
    let category = Memo::new(move |_| {
        route.with(|r| match r {
            Route::Category { id, .. } => Some(id.clone()),
            _ => None,
        })
    });
    let page = Memo::new(move |_| {
        route.with(|r| match r {
            Route::Home { page } | Route::Category { page, .. } => *page,
            _ => 1,
        })
    });
    let article = Memo::new(move |_| {
        route.with(|r| match r {
            Route::Article { id } | Route::Share { id } | Route::Print { id } => id.clone(),
            _ => String::new(),
        })
    });
    move || match kind.get() {
        Kind::Listing => view! { <ListingView category page/> }.into_any(),
        Kind::Article => view! { <ArticlePage id=article/> }.into_any(),
        Kind::Share => view! { <SharePage id=article/> }.into_any(),
        Kind::Print => view! { <PrintPage id=article/> }.into_any(),
        Kind::Search => view! { <SearchPage/> }.into_any(),
        Kind::Embed => view! { <EmbedPage/> }.into_any(),
        Kind::EmbedCode => view! { <EmbedCodePage/> }.into_any(),
        Kind::NotFound => view! { <NotFound/> }.into_any(),
    }
}
