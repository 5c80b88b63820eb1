//! Client-side navigation over the History API.
//!
//! The app's routes are few and flat ([`bantin_core::routes::Route`]), so instead
//! of a general router this module does the three things navigation needs:
//! it follows the address bar (back/forward), turns clicks on same-site links
//! into history entries without a page load, and lets code navigate.

use bantin_core::routes::Route;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, MouseEvent, Url};

/// The current location, provided to the whole app as context.
#[derive(Clone, Copy, Debug)]
pub struct Location {
    path: RwSignal<String>,
    search: RwSignal<String>,
    /// An address [`Location::replace`] has not yet written to the history.
    pending: StoredValue<Option<String>>,
}

impl Location {
    /// Starts following the browser's location and provides it as context.
    /// Called once, by the app.
    pub fn install() -> Self {
        let location = Self::current();
        provide_context(location);
        // Back and forward: the browser already changed the address (and an
        // address not yet written belonged to the entry left).
        let _ = window_event_listener(ev::popstate, move |_| {
            location.pending.set_value(None);
            location.sync();
        });
        let _ = window_event_listener(ev::click, move |event| location.on_click(&event));
        location
    }

    /// The app's location (outside the app, as in component tests, a fresh one).
    pub fn get() -> Self {
        use_context().unwrap_or_else(Self::current)
    }

    fn current() -> Self {
        let (path, search) = current_path_and_search();
        Self { path: RwSignal::new(path), search: RwSignal::new(search), pending: StoredValue::new(None) }
    }

    /// Follows the address bar after it changed.
    fn sync(self) {
        let (path, search) = current_path_and_search();
        self.follow(path, search);
    }

    /// Takes `path` and `search` as the current location.
    fn follow(self, path: String, search: String) {
        // Only what changed: a search typed on to the same address (a
        // trailing space) searches nothing again.
        if self.path.with_untracked(|p| *p != path) {
            crate::browser::clock::view_opened();
            crate::head::navigated();
            self.path.set(path);
        }
        if self.search.with_untracked(|s| *s != search) {
            self.search.set(search);
        }
    }

    /// The query string, with its `?`.
    pub fn search(self) -> Signal<String> {
        self.search.into()
    }

    /// Whether the query string holds `pair` (`key=value`) exactly.
    pub fn has_query(self, pair: &str) -> bool {
        self.search.with(|s| s.trim_start_matches('?').split('&').any(|p| p == pair))
    }

    /// The current path, percent-encoded as the address bar has it.
    pub fn path(self) -> Signal<String> {
        self.path.into()
    }

    /// The route the current path names.
    pub fn route(self) -> Memo<Route> {
        Memo::new(move |_| self.path.with(|path| Route::parse(path)))
    }

    /// Goes to `href` (a path from [`bantin_core::routes`]) as a new history entry.
    pub fn navigate(self, href: &str) {
        self.write_pending();
        let Ok(history) = window().history() else { return };
        if history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href)).is_ok() {
            self.sync();
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    }

    /// Replaces the current history entry with `href` (a search as it is typed
    /// is one entry, not one per letter). The view follows at once; the
    /// address bar is written in a task of its own, after the view has
    /// drawn, once for however many replacements came meanwhile: writing
    /// the history costs as much as drawing a keystroke's results.
    pub fn replace(self, href: &str) {
        let Some((path, search)) = path_and_search(href) else { return };
        if self.pending.with_value(Option::is_none) {
            set_timeout(move || self.write_pending(), std::time::Duration::ZERO);
        }
        self.pending.set_value(Some(href.to_owned()));
        self.follow(path, search);
    }

    /// Writes the address [`Location::replace`] left for later, if any.
    fn write_pending(self) {
        let Some(href) = self.pending.try_update_value(Option::take).flatten() else { return };
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
        }
    }

    /// A click on a link to a page of this app becomes a navigation without a
    /// page load. Everything else (other sites, new tabs, downloads, jumps to
    /// an anchor on the same page) is left to the browser.
    fn on_click(self, event: &MouseEvent) {
        if event.default_prevented() || !crate::events::is_plain_click(event) {
            return;
        }
        let Some(link) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .and_then(|el| el.dyn_into::<HtmlAnchorElement>().ok())
        else {
            return;
        };
        let external = link.rel().split_ascii_whitespace().any(|r| r == "external");
        if !link.target().is_empty() || link.has_attribute("download") || external {
            return;
        }
        let Ok(url) = Url::new(&link.href()) else { return };
        let here = window().location();
        if here.origin().ok() != Some(url.origin()) {
            return;
        }
        let same_page = self.path.with_untracked(|p| *p == url.pathname());
        if same_page && !url.hash().is_empty() {
            return;
        }
        event.prevent_default();
        self.navigate(&format!("{}{}", url.pathname(), url.search()));
    }
}

/// The path and query string of `href` (a path of this site) as the address
/// bar would show them.
fn path_and_search(href: &str) -> Option<(String, String)> {
    let origin = window().location().origin().ok()?;
    let url = Url::new_with_base(href, &origin).ok()?;
    Some((url.pathname(), url.search()))
}

fn current_path_and_search() -> (String, String) {
    let location = window().location();
    (location.pathname().unwrap_or_else(|_| "/".to_owned()), location.search().unwrap_or_default())
}
