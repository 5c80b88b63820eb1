//! The feed-parsing benchmark of `make bench` (never part of `make test`):
//! the app's `parse_page` (serde_json, then the content model) against the
//! browser's `JSON.parse` after `TextDecoder`, on the same bytes in the same
//! page. Built only with `--cfg bench_parse` and `BANTIN_BENCH_FEED` naming
//! the feed file, which `scripts/bench` sets:
//!
//! ```sh
//! RUSTFLAGS="--cfg bench_parse" BANTIN_BENCH_FEED=/abs/listing.json \
//!   cargo test --release --target wasm32-unknown-unknown --test parse_bench -- --nocapture
//! ```
//!
//! It prints one `BANTIN_BENCH parse {json}` line with every repetition's
//! times in milliseconds; bench/run.mjs takes the medians.
#![cfg(all(target_arch = "wasm32", bench_parse))]

use bantin_core::feed::parse_page;
use bantin_core::wire::parse_document;
use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The listing feed, in the test's binary so the browser needs no server.
static FEED: &[u8] = include_bytes!(env!("BANTIN_BENCH_FEED"));
const BASE: &str = "https://cdn.example.vn/data/feed.json";
const WARM_UP: usize = 3;
const REPETITIONS: usize = 15;

#[wasm_bindgen]
extern "C" {
    type TextDecoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextDecoder;
    /// Returns the JS string as is, never copied into Rust.
    #[wasm_bindgen(method)]
    fn decode(this: &TextDecoder, bytes: &Uint8Array) -> JsValue;
    #[wasm_bindgen(js_namespace = JSON, js_name = parse)]
    fn json_parse(text: &JsValue) -> JsValue;
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Milliseconds `run` takes; what it returns is dropped after the clock stops.
fn time<T>(run: impl FnOnce() -> T) -> f64 {
    let start = now();
    let kept = run();
    let elapsed = now() - start;
    drop(kept);
    elapsed
}

#[wasm_bindgen_test]
fn parse_listing_feed() {
    // The same bytes on both sides: in wasm memory for the app (as its fetch
    // leaves them), in a JS Uint8Array for the browser (as `arrayBuffer()` does).
    let bytes = FEED.to_vec();
    let js_bytes = Uint8Array::from(FEED);
    let decoder = TextDecoder::new();

    let items = parse_page(&bytes, &bantin::browser::resolver(BASE), None)
        .expect("the benchmark feed parses")
        .articles
        .len();
    let js_items = js_sys::Reflect::get(&json_parse(&decoder.decode(&js_bytes)), &"items".into())
        .ok()
        .map(|items| js_sys::Array::from(&items).length() as usize);
    assert_eq!(Some(items), js_items, "both sides see every item");

    let (mut app, mut serde, mut js) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..WARM_UP + REPETITIONS {
        // Interleaved, so both sides see the same state of the machine.
        let a = time(|| parse_page(&bytes, &bantin::browser::resolver(BASE), None));
        let s = time(|| parse_document(&bytes));
        let j = time(|| json_parse(&decoder.decode(&js_bytes)));
        if round >= WARM_UP {
            app.push(a);
            serde.push(s);
            js.push(j);
        }
    }
    let list = |v: &[f64]| v.iter().map(|t| format!("{t:.3}")).collect::<Vec<_>>().join(",");
    console_log!(
        "BANTIN_BENCH parse {{\"bytes\":{},\"items\":{},\"parse_page_ms\":[{}],\"parse_document_ms\":[{}],\"json_parse_ms\":[{}]}}",
        FEED.len(),
        items,
        list(&app),
        list(&serde),
        list(&js)
    );
}
