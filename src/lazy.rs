//! Views whose code is downloaded when they are opened. A reader who opens
//! an article should not download the search engine, the widget builder or
//! the print view: release builds are split (`scripts/wasm.mjs`, with
//! `--cfg bantin_split`) into the module every page needs and a chunk per
//! view declared with [`chunk!`]; other builds keep one module, where a chunk
//! is a plain function. The article's view is in the main module: a reader
//! who opens one needs nothing else.

use crate::components::{ErrorPanel, Skeleton, SkeletonKind};
use bantin_core::LoadError;
use leptos::prelude::*;
use std::future::Future;

/// A chunk could not be downloaded (offline, or a newer deployment of the
/// site replaced it).
#[derive(Debug, Clone, Copy)]
pub struct ChunkMissing;

#[cfg(bantin_split)]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Self
    }
}

/// Declares `async fn $name(args) -> Result<AnyView, ChunkMissing>`, whose
/// body goes into the chunk `$module` of a split build.
macro_rules! chunk {
    ($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),*) in $module:ident => $body:expr) => {
        $(#[$doc])*
        #[cfg(bantin_split)]
        #[leptos::wasm_split::wasm_split($module, wasm_split_path = leptos::wasm_split, fallible)]
        pub fn $name($($arg: $ty),*) -> Result<AnyView, $crate::lazy::ChunkMissing> {
            Ok($body)
        }

        $(#[$doc])*
        #[cfg(not(bantin_split))]
        pub async fn $name($($arg: $ty),*) -> Result<AnyView, $crate::lazy::ChunkMissing> {
            Ok($body)
        }
    };
}
pub(crate) use chunk;

/// The view `load` makes once its chunk is there: the page's skeleton until
/// then, and if the chunk cannot be downloaded, or has not arrived when the
/// view's bound has passed (`browser::clock`), the usual error, whose "Thử
/// lại" loads the page again (a newer deployment has the view under another
/// name; offline, the service worker has the chunks of the views already
/// used). A chunk that arrives after the error replaces it.
///
/// Not a `Suspense`: the view's own loads (the search index, the feed) would
/// register with it and put the skeleton back over the view each time they
/// run again, taking the search box from under the reader's fingers.
#[component]
pub fn Lazy<F, Fut>(load: F, skeleton: SkeletonKind) -> impl IntoView
where
    F: FnOnce() -> Fut + 'static,
    Fut: Future<Output = Result<AnyView, ChunkMissing>> + 'static,
{
    let phase = RwSignal::new(Phase::Loading);
    let loaded = StoredValue::new_local(None::<AnyView>);
    // Under this component's owner, so the view is disposed with it; not
    // polled once the reader has gone elsewhere.
    leptos::task::spawn_local_scoped_with_cancellation(async move {
        match load().await {
            Ok(view) => {
                loaded.set_value(Some(view));
                phase.set(Phase::Ready);
            }
            Err(ChunkMissing) => phase.set(Phase::Missing),
        }
    });
    let wait = crate::browser::clock::wait_ms();
    leptos::task::spawn_local_scoped_with_cancellation(async move {
        crate::browser::clock::sleep(wait).await;
        if phase.get_untracked() == Phase::Loading {
            phase.set(Phase::Missing);
        }
    });
    move || match phase.get() {
        Phase::Loading => view! { <Skeleton kind=skeleton/> }.into_any(),
        Phase::Ready => loaded.try_update_value(Option::take).flatten().into_any(),
        Phase::Missing => {
            let reload = || {
                let _ = window().location().reload();
            };
            view! { <ErrorPanel error=LoadError::Code on_retry=reload/> }.into_any()
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Loading,
    Ready,
    Missing,
}
