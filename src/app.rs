//! The app shell: the portal's description (loaded once, for the masthead
//! and footer), the reader's settings, and the view the route names.

use crate::browser::clock;
use crate::components::{ErrorPanel, MainRegion, SiteFooter, SiteHeader, SiteState, SkeletonKind};
use crate::lazy::{Lazy, chunk};
use crate::pages::{
    ArticlePage, DocumentsPage, EmbedCodePage, EmbedPage, ListingPage, NotFoundPage, PrintPage, SearchPage,
    SharePage,
};
use crate::prefs::{Prefs, set_root_attribute};
use crate::router::Location;
use crate::{api, head};
use bantin_core::feed::{ListingKey, Page};
use bantin_core::i18n::{self, texts};
use bantin_core::routes::{self, Route};
use bantin_core::search::SearchQuery;
use leptos::prelude::*;

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    let location = Location::install();
    let prefs = Prefs::install();
    // The app's own listener, for the app's whole life (the handle does not
    // own it): back online, a saved copy on show gives way to the feed.
    let _ = window_event_listener(leptos::ev::online, |_| api::back_online());
    // The portal's description: loaded again with fresher data, and when the
    // reader asks to try again after a failure.
    let site = LocalResource::new(|| {
        api::data_version();
        api::site()
    });
    let site = Signal::derive(move || site.get());
    // Until the feed says which language it is in, the page's own `lang`
    // stands in for it, so that a feed in the portal's language does not
    // redraw the page once it arrives.
    let lang = Memo::new(move |_| {
        site.with(|s| match s {
            None => prefs.provisional_language(),
            Some(site) => prefs.language(site.as_ref().ok().and_then(|site| site.language.as_deref())),
        })
    });
    Effect::new(move || set_root_attribute("lang", lang.get().texts().lang));
    let route = location.route();
    // The app draws nothing in the task it starts in (its state, its
    // listeners, the first loads it asks for), then the masthead and the
    // rest, each in a task of its own: all of it in one go is a long task
    // on a phone, and a tap meanwhile waits.
    let masthead = clock::next_task_flag();
    let rest = clock::next_task_flag();
    // The page is drawn in the interface's language: changing it redraws it.
    move || {
        masthead.get().then(|| {
            i18n::set_language(lang.get());
            view! { <Shell route site prefs location rest/> }
        })
    }
}

#[component]
fn Shell(
    route: Memo<Route>,
    site: Signal<SiteState>,
    prefs: Prefs,
    location: Location,
    /// Whether what follows the masthead is drawn yet.
    rest: ReadSignal<bool>,
) -> impl IntoView {
    let t = texts();
    // The print view is the article alone, the widget sits in another site's
    // page: neither has the masthead, navigation or footer.
    let chrome = Memo::new(move |_| !route.with(|r| matches!(r, Route::Print { .. } | Route::Embed)));
    let bare = Signal::derive(move || route.with(|r| *r == Route::Embed));
    let on_search = move |query: String| location.navigate(&routes::search(&SearchQuery::new(&query)));
    view! {
        {move || chrome.get().then(|| view! {
            <SiteHeader site path=location.path() on_search prefs/>
        })}
        {move || rest.get().then(|| view! {
            {move || api::showing_saved_copy().then(|| view! {
                <p class="offline-banner" role="status" data-testid="offline-banner">{t.offline_copy}</p>
            })}
            <MainRegion bare>
                <RouteView route site/>
            </MainRegion>
            {move || chrome.get().then(|| view! { <SiteFooter site/> })}
        })}
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
    Documents,
    Embed,
    EmbedCode,
    NotFound,
}

#[component]
fn RouteView(route: Memo<Route>, site: Signal<SiteState>) -> impl IntoView {
    let kind = Memo::new(move |_| {
        route.with(|r| match r {
            Route::Home { .. } | Route::Category { .. } | Route::Topic { .. } | Route::Day { .. } => {
                Kind::Listing
            }
            Route::Article { .. } => Kind::Article,
            Route::Share { .. } => Kind::Share,
            Route::Print { .. } => Kind::Print,
            Route::Search => Kind::Search,
            Route::Documents => Kind::Documents,
            Route::Embed => Kind::Embed,
            Route::EmbedCode => Kind::EmbedCode,
            Route::NotFound => Kind::NotFound,
        })
    });
    let listing = Memo::new(move |_| {
        route.with(|r| match r {
            Route::Category { id, .. } => ListingKey::Category(id.clone()),
            Route::Topic { key, .. } => ListingKey::Topic(key.clone()),
            Route::Day { day, .. } => ListingKey::Day(*day),
            _ => ListingKey::Home,
        })
    });
    let page = Memo::new(move |_| {
        route.with(|r| match r {
            Route::Home { page }
            | Route::Category { page, .. }
            | Route::Topic { page, .. }
            | Route::Day { page, .. } => *page,
            _ => Page::Newest,
        })
    });
    let article = Memo::new(move |_| {
        route.with(|r| match r {
            Route::Article { id } | Route::Share { id } | Route::Print { id } => id.clone(),
            _ => String::new(),
        })
    });
    // The article's view is in the module every page loads; every other
    // view's code comes when it is opened.
    move || match kind.get() {
        Kind::Article => view! { <ArticlePage id=article/> }.into_any(),
        Kind::NotFound => view! { <NotFoundPage/> {site_retry(site)} }.into_any(),
        Kind::Listing => {
            view! { <Lazy load=move || listing_view(listing, page) skeleton=SkeletonKind::Listing/> }
                .into_any()
        }
        Kind::Share => {
            view! { <Lazy load=move || share_view(article) skeleton=SkeletonKind::Article/> }.into_any()
        }
        Kind::Print => {
            view! { <Lazy load=move || print_view(article) skeleton=SkeletonKind::Article/> }.into_any()
        }
        Kind::Search => view! { <Lazy load=search_view skeleton=SkeletonKind::Listing/> }.into_any(),
        Kind::Documents => view! { <Lazy load=documents_view skeleton=SkeletonKind::Listing/> }.into_any(),
        Kind::Embed => view! { <Lazy load=embed_view skeleton=SkeletonKind::Listing/> }.into_any(),
        Kind::EmbedCode => {
            view! { <Lazy load=move || embed_code_view(site) skeleton=SkeletonKind::Listing/> }.into_any()
        }
    }
}

/// The portal's own load, on a view that has none of its own to retry: when
/// the masthead could not be loaded, the reader can try again from here.
fn site_retry(site: Signal<SiteState>) -> impl IntoView {
    move || {
        site.with(|s| match s {
            Some(Err(error)) => Some(error.clone()),
            _ => None,
        })
        .map(|error| view! { <ErrorPanel error on_retry=move |()| api::try_again()/> })
    }
}

chunk! {
    /// A listing page: the home page, a category, a topic or a day.
    fn listing_view(key: Memo<ListingKey>, page: Memo<Page>) in listing
        => view! { <ListingPage key page/> }.into_any()
}
chunk! {
    /// An article's share view.
    fn share_view(id: Memo<String>) in share => view! { <SharePage id/> }.into_any()
}
chunk! {
    /// An article's print view.
    fn print_view(id: Memo<String>) in print => view! { <PrintPage id/> }.into_any()
}
chunk! {
    /// Search.
    fn search_view() in search => view! { <SearchPage/> }.into_any()
}
chunk! {
    /// The register of legal documents.
    fn documents_view() in documents => view! { <DocumentsPage/> }.into_any()
}
chunk! {
    /// The widget.
    fn embed_view() in embed => view! { <EmbedPage/> }.into_any()
}
chunk! {
    /// The widget's snippet builder.
    fn embed_code_view(site: Signal<SiteState>) in embed_code => view! { <EmbedCodePage site/> }.into_any()
}
