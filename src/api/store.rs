//! Feed documents by URL: fetched once per visit, shared by every view that
//! asks while the request is in flight, and cancelled when the last view that
//! was waiting for it goes away (the reader navigated elsewhere).
//!
//! A request runs on its own task: a view that stops waiting for it (its
//! deadline passed, `super::within_deadline`) leaves it running, and its
//! document is kept when it arrives.

use super::{http, saved, status};
use crate::browser::{clock, resolver};
use bantin_core::LoadError;
use bantin_core::feed::{FeedPage, Site, convert};
use bantin_core::wire::parse_document;
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use leptos::prelude::Owner;
use send_wrapper::SendWrapper;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use web_sys::{AbortController, AbortSignal};

type Loaded = Result<Arc<FeedPage>, LoadError>;

/// A request under way and how many views are waiting for it.
struct InFlight {
    /// Tells this request from a later one for the same URL.
    number: u64,
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
    static REQUESTS: Cell<u64> = const { Cell::new(0) };
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
    result
}

/// Fetches the top-level document `url` again and, when it differs from
/// the copy shown, shows the fresh one (the reader came back online).
pub fn refresh(url: &str) {
    let url = url.to_owned();
    leptos::task::spawn_local(async move {
        let shown = saved::get(&url).await.unwrap_or_default();
        revalidate(url, None, shown).await;
    });
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
    let number = REQUESTS.get() + 1;
    REQUESTS.set(number);
    let controller = AbortController::new().ok();
    let signal = controller.as_ref().map(AbortController::signal);
    let result = fetch(url.to_owned(), parent.cloned(), signal, number).boxed_local().shared();
    leptos::task::spawn_local(result.clone().map(drop));
    let in_flight = Rc::new(InFlight { number, result, controller, waiting: Cell::new(0) });
    slots.insert(url.to_owned(), Slot::Fetching(Rc::clone(&in_flight)));
    Err(in_flight)
}

/// Loads a document (its saved copy first, else the network) and settles
/// its slot: kept when it loaded, cleared when it failed (the retry button
/// asks again).
async fn fetch(url: String, parent: Option<Site>, signal: Option<AbortSignal>, number: u64) -> Loaded {
    let result = load(&url, parent, signal).await;
    SLOTS.with_borrow_mut(|slots| {
        let current = matches!(slots.get(&url), Some(Slot::Fetching(s)) if s.number == number);
        match &result {
            Ok(page) if current => {
                slots.insert(url.clone(), Slot::Ready(Arc::clone(page)));
            }
            Err(_) if current => {
                slots.remove(&url);
            }
            _ => {}
        }
    });
    result
}

async fn load(url: &str, parent: Option<Site>, signal: Option<AbortSignal>) -> Loaded {
    let signal = signal.ok_or_else(|| LoadError::Network("AbortController unavailable".into()))?;
    // Stale-while-revalidate: a saved copy shows at once, and a fresh one
    // replaces it when it arrives.
    if let Some(saved) = saved::get(url).await
        && let Ok(page) = parse(url, &saved, parent.as_ref()).await
    {
        leptos::task::spawn_local(revalidate(url.to_owned(), parent, saved));
        return Ok(page);
    }
    let bytes = http::get_bytes(url, &signal).await?;
    let page = parse(url, &bytes, parent.as_ref()).await?;
    saved::put(url, &bytes);
    status::network_works();
    status::arrived();
    Ok(page)
}

/// Decodes and converts a document, each in a task of its own, and returns
/// in a third, where the views it changes draw: on a phone, the three in
/// one go are a long task that keeps a tap waiting.
async fn parse(url: &str, bytes: &[u8], parent: Option<&Site>) -> Loaded {
    let wire = parse_document(bytes)?;
    clock::next_task().await;
    let resolve = resolver(url);
    let page = convert(wire, &resolve, parent);
    clock::next_task().await;
    if page.skipped > 0 {
        // Readers need not know; whoever looks after the feed should.
        let note = format!("bantin: {} item(s) of {url} could not be shown and were skipped", page.skipped);
        web_sys::console::warn_1(&note.into());
    }
    Ok(Arc::new(page))
}

/// Fetches a fresh copy of a document shown from its saved copy; when it
/// differs, it replaces the shown one and views load again.
async fn revalidate(url: String, parent: Option<Site>, shown: Vec<u8>) {
    let Ok(controller) = AbortController::new() else { return };
    match http::get_bytes(&url, &controller.signal()).await {
        Ok(bytes) => {
            status::network_works();
            if bytes != shown
                && let Ok(page) = parse(&url, &bytes, parent.as_ref()).await
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
                let current = matches!(slots.get(&self.url), Some(Slot::Fetching(s)) if s.number == self.in_flight.number);
                if current {
                    slots.remove(&self.url);
                }
            });
        }
    }
}
