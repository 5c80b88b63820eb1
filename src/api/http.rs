//! GET over the browser's `fetch`: cancellable, abandoned when it stalls,
//! tried again with backoff after transient failures, and capped in what it
//! reads (the policy is `bantin_core::net`).

use bantin_core::LoadError;
use bantin_core::net::{ATTEMPT_IDLE_MS, MAX_DOCUMENT_BYTES, delay_ms, parse_retry_after};
use js_sys::{Promise, Reflect, Uint8Array};
use leptos::prelude::window;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal, ReadableStreamDefaultReader, RequestInit, Response};

/// A failed attempt: the error, with the server's `Retry-After` when it sent one.
type Failure = (LoadError, Option<u32>);

/// Fetches `url` and returns its body, trying again after transient failures
/// (network errors, stalls, 408/429/5xx) with growing, jittered waits.
/// `signal` cancels everything when nobody waits for the answer any more.
pub async fn get_bytes(url: &str, signal: &AbortSignal) -> Result<Vec<u8>, LoadError> {
    let mut attempt = 1;
    loop {
        let (error, retry_after) = match get_once(url, signal).await {
            Ok(bytes) => return Ok(bytes),
            Err(failure) => failure,
        };
        if signal.aborted() {
            return Err(LoadError::Aborted);
        }
        let Some(wait) = delay_ms(attempt, &error, retry_after, js_sys::Math::random()) else {
            return Err(error);
        };
        crate::browser::clock::sleep(wait).await;
        if signal.aborted() {
            return Err(LoadError::Aborted);
        }
        attempt += 1;
    }
}

/// One attempt, abandoned when nothing arrives for [`ATTEMPT_IDLE_MS`].
async fn get_once(url: &str, outer: &AbortSignal) -> Result<Vec<u8>, Failure> {
    let controller =
        AbortController::new().map_err(|_| (LoadError::Network("no AbortController".into()), None))?;
    let watchdog = Watchdog::new(&controller);
    watchdog.arm();
    let on_abort = {
        let controller = controller.clone();
        Closure::once(move || controller.abort())
    };
    let _ = outer.add_event_listener_with_callback("abort", on_abort.as_ref().unchecked_ref());

    let result = read(url, &controller, &watchdog).await;

    watchdog.disarm();
    let _ = outer.remove_event_listener_with_callback("abort", on_abort.as_ref().unchecked_ref());
    result.map_err(|(error, retry_after)| match error {
        LoadError::Network(_) if watchdog.fired() => (LoadError::Timeout, None),
        LoadError::Network(_) if outer.aborted() => (LoadError::Aborted, None),
        error => (error, retry_after),
    })
}

/// Aborts an attempt when it has gone [`ATTEMPT_IDLE_MS`] without progress;
/// each sign of progress re-arms it.
struct Watchdog {
    timer: Cell<Option<i32>>,
    fired: Rc<Cell<bool>>,
    on_timeout: Closure<dyn FnMut()>,
}

impl Watchdog {
    fn new(controller: &AbortController) -> Self {
        let fired = Rc::new(Cell::new(false));
        let on_timeout = {
            let (controller, fired) = (controller.clone(), Rc::clone(&fired));
            Closure::<dyn FnMut()>::new(move || {
                fired.set(true);
                controller.abort();
            })
        };
        Self { timer: Cell::new(None), fired, on_timeout }
    }

    /// Starts (again) the wait for the next sign of progress.
    fn arm(&self) {
        self.disarm();
        let timer = window().set_timeout_with_callback_and_timeout_and_arguments_0(
            self.on_timeout.as_ref().unchecked_ref(),
            ATTEMPT_IDLE_MS,
        );
        self.timer.set(timer.ok());
    }

    fn disarm(&self) {
        if let Some(timer) = self.timer.take() {
            window().clear_timeout_with_handle(timer);
        }
    }

    /// Whether the attempt was abandoned for stalling.
    fn fired(&self) -> bool {
        self.fired.get()
    }
}

async fn read(url: &str, controller: &AbortController, watchdog: &Watchdog) -> Result<Vec<u8>, Failure> {
    let init = RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let response: Response = settled(window().fetch_with_str_and_init(url, &init)).await?.unchecked_into();
    watchdog.arm();
    let header = |name: &str| response.headers().get(name).ok().flatten();
    if !response.ok() {
        let retry_after = header("retry-after").as_deref().and_then(parse_retry_after);
        return Err((LoadError::Status(response.status()), retry_after));
    }
    let declared = header("content-length").and_then(|n| n.trim().parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_DOCUMENT_BYTES) {
        controller.abort();
        return Err((LoadError::TooLarge, None));
    }
    let body = match response.body() {
        Some(stream) => read_capped(stream.get_reader().unchecked_into(), controller, watchdog).await?,
        None => Vec::new(),
    };
    // Static hosts answer a missing file with a web page (their 404 page, or
    // the app itself), often with status 200.
    if body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<') {
        return Err((LoadError::WebPage, None));
    }
    Ok(body)
}

/// Reads a body chunk by chunk, giving up as soon as it passes
/// [`MAX_DOCUMENT_BYTES`]; every chunk re-arms the watchdog.
async fn read_capped(
    reader: ReadableStreamDefaultReader,
    controller: &AbortController,
    watchdog: &Watchdog,
) -> Result<Vec<u8>, Failure> {
    let mut body = Vec::new();
    loop {
        let chunk = settled(reader.read()).await?;
        watchdog.arm();
        if Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true) {
            return Ok(body);
        }
        let Ok(value) = Reflect::get(&chunk, &"value".into()) else { continue };
        let bytes: Uint8Array = value.unchecked_into();
        if body.len() + bytes.length() as usize > MAX_DOCUMENT_BYTES {
            controller.abort();
            return Err((LoadError::TooLarge, None));
        }
        let start = body.len();
        body.resize(start + bytes.length() as usize, 0);
        bytes.copy_to(&mut body[start..]);
    }
}

async fn settled(promise: Promise) -> Result<JsValue, Failure> {
    JsFuture::from(promise).await.map_err(|error| (network(error), None))
}

/// A rejected `fetch` (offline, DNS, CORS, aborted) as the browser reports it.
fn network(error: JsValue) -> LoadError {
    let message = error.dyn_ref::<js_sys::Error>().map(js_sys::Error::message);
    LoadError::Network(message.map(String::from).unwrap_or_default())
}
