//! Feed documents by URL: fetched once per visit, shared by every view that
//! asks while the request is in flight, and cancelled when the last view that
//! was waiting for it goes away (the reader navigated elsewhere).

use super::{http, saved, status};
use crate::browser::resolver;
use bantin_core::LoadError;
use bantin_core::feed::{FeedPage, Site, parse_page};
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use leptos::prelude::Owner;
use send_wrapper::SendWrapper;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use web_sys::AbortController;

type Loaded = Result<Arc<FeedPage>, LoadError>;

/// A request under way and how many views are waiting for it.
struct InFlight {
    result: Shared<LocalBoxFuture<'static, Loaded>>,
    controller: Option<AbortController>,
    waiting: Cell<usize>,
}

enum Slot {
    Ready(Arc<FeedPage>),
    Fetching(Rc<InFlight>),
}

thread_local! {
    static SLOTS: RefCell<HashMap<String, Slot>> = RefCell::default();
}

/// The feed document at `url`, from memory when this visit has read it already.
/// `parent` is the portal as the feed's first document describes it.
pub async fn page(url: &str, parent: Option<&Site>) -> Loaded {
    let in_flight = match SLOTS.with_borrow_mut(|slots| slot(slots, url, parent)) {
        Ok(ready) => return Ok(ready),
        Err(in_flight) => in_flight,
    };
    let wait = Rc::new(Wait::new(url, &in_flight));
    let on_cleanup = SendWrapper::new(Rc::clone(&wait));
    Owner::on_cleanup(move || on_cleanup.release());
    let result = in_flight.result.clone().await;
    wait.finish();
    SLOTS.with_borrow_mut(|slots| {
        let current = matches!(slots.get(url), Some(Slot::Fetching(s)) if Rc::ptr_eq(s, &in_flight));
        match &result {
            Ok(page) if current => {
                slots.insert(url.to_owned(), Slot::Ready(Arc::clone(page)));
            }
            // Failures are not kept: the retry button asks again.
            Err(_) if current => {
                slots.remove(url);
            }
            _ => {}
        }
    });
    result
}

/// The ready page, or the request to wait for (started here if need be).
fn slot(
    slots: &mut HashMap<String, Slot>,
    url: &str,
    parent: Option<&Site>,
) -> Result<Arc<FeedPage>, Rc<InFlight>> {
    match slots.get(url) {
        Some(Slot::Ready(page)) => return Ok(Arc::clone(page)),
        Some(Slot::Fetching(in_flight)) => return Err(Rc::clone(in_flight)),
        None => {}
    }
    let controller = AbortController::new().ok();
    let signal = controller.as_ref().map(AbortController::signal);
    let (url_owned, parent) = (url.to_owned(), parent.cloned());
    let result = async move {
        let signal = signal.ok_or_else(|| LoadError::Network("AbortController unavailable".into()))?;
        // Stale-while-revalidate: a saved copy shows at once, and a fresh
        // one replaces it when it arrives.
        if let Some(saved) = saved::get(&url_owned).await
            && let Ok(page) = parse(&url_owned, &saved, parent.as_ref())
        {
            leptos::task::spawn_local(revalidate(url_owned, parent, saved));
            return Ok(page);
        }
        let bytes = http::get_bytes(&url_owned, &signal).await?;
        let page = parse(&url_owned, &bytes, parent.as_ref())?;
        saved::put(&url_owned, &bytes);
        status::network_works();
        Ok(page)
    }
    .boxed_local()
    .shared();
    let in_flight = Rc::new(InFlight { result, controller, waiting: Cell::new(0) });
    slots.insert(url.to_owned(), Slot::Fetching(Rc::clone(&in_flight)));
    Err(in_flight)
}

fn parse(url: &str, bytes: &[u8], parent: Option<&Site>) -> Loaded {
    let resolve = resolver(url);
    let page = parse_page(bytes, &resolve, parent)?;
    if page.skipped > 0 {
        // Readers need not know; whoever looks after the feed should.
        let note = format!("bantin: {} item(s) of {url} could not be shown and were skipped", page.skipped);
        web_sys::console::warn_1(&note.into());
    }
    Ok(Arc::new(page))
}

/// Fetches a fresh copy of a document shown from its saved copy; when it
/// differs, it replaces the shown one and views load again.
async fn revalidate(url: String, parent: Option<Site>, saved: Vec<u8>) {
    let Ok(controller) = AbortController::new() else { return };
    match http::get_bytes(&url, &controller.signal()).await {
        Ok(bytes) => {
            status::network_works();
            if bytes != saved
                && let Ok(page) = parse(&url, &bytes, parent.as_ref())
            {
                SLOTS.with_borrow_mut(|slots| slots.insert(url.clone(), Slot::Ready(page)));
                saved::put(&url, &bytes);
                status::fresher_data();
            }
        }
        Err(_) => status::network_failed(),
    }
}

/// One view's interest in a request: released when the view is cleaned up
/// before the request ends, or when it ends.
struct Wait {
    url: String,
    in_flight: Rc<InFlight>,
    released: Cell<bool>,
}

impl Wait {
    fn new(url: &str, in_flight: &Rc<InFlight>) -> Self {
        in_flight.waiting.set(in_flight.waiting.get() + 1);
        Self { url: url.to_owned(), in_flight: Rc::clone(in_flight), released: Cell::new(false) }
    }

    /// The request ended: nothing to cancel.
    fn finish(&self) {
        if !self.released.replace(true) {
            self.in_flight.waiting.set(self.in_flight.waiting.get() - 1);
        }
    }

    /// The view went away: cancel the request if nobody else is waiting for it.
    fn release(&self) {
        if self.released.replace(true) {
            return;
        }
        let waiting = self.in_flight.waiting.get() - 1;
        self.in_flight.waiting.set(waiting);
        if waiting == 0 {
            if let Some(controller) = &self.in_flight.controller {
                controller.abort();
            }
            SLOTS.with_borrow_mut(|slots| {
                if matches!(slots.get(&self.url), Some(Slot::Fetching(s)) if Rc::ptr_eq(s, &self.in_flight)) {
                    slots.remove(&self.url);
                }
            });
        }
    }
}
