//! What a page looks up in the feed, shown in each of its states.

use super::NotFoundPage;
use crate::components::{ErrorPanel, Skeleton, SkeletonKind};
use bantin_core::LoadError;
use leptos::prelude::*;

/// A page's load of something the feed may not have: `Ok(None)` means there
/// is no such thing.
pub type Lookup<T> = LocalResource<Result<Option<T>, LoadError>>;

/// Shows a lookup in each of its states: a skeleton until it first arrives,
/// then `content`, the not-found view, or the error with a retry button. While
/// it reloads the last state stays, so new content replaces the old when it
/// arrives rather than flashing a skeleton.
///
/// On a page that opened with its static markup, only content replaces it
/// (in a task after the content is drawn): the page was written from the
/// same feed, so when the app cannot load it (or its saved copy is older
/// than the page) the reader keeps the page, and meets the error on the
/// next view they open.
pub fn lookup_view<T: Clone + 'static>(
    lookup: Lookup<T>,
    skeleton: SkeletonKind,
    content: impl Fn(T) -> AnyView + Send + 'static,
) -> impl IntoView {
    move || match lookup.get() {
        None => view! { <Skeleton kind=skeleton/> }.into_any(),
        Some(Ok(Some(value))) => {
            let view = content(value);
            // After what the content draws in tasks of its own (an
            // article's share bar and related articles): the static page
            // gives way to all of it at once.
            set_timeout(crate::browser::reveal, std::time::Duration::ZERO);
            view
        }
        Some(Ok(None)) => view! { <NotFoundPage/> }.into_any(),
        Some(Err(error)) => view! { <ErrorPanel error on_retry=retry/> }.into_any(),
    }
}

/// What "Thử lại" does on any page: every load tries again (the ones that
/// had succeeded answer at once from memory).
pub fn retry() {
    crate::api::try_again();
}

/// The article `id` names, with its related articles: the article, share
/// and print pages all show one.
pub fn lookup_article(id: Signal<String>) -> Lookup<bantin_core::feed::ArticleData> {
    LocalResource::new(move || {
        crate::api::data_version();
        crate::api::article(id.get())
    })
}
