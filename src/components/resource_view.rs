use super::{ErrorPanel, Skeleton, SkeletonKind};
use crate::api::{self, ApiError, ArticleView};
use crate::pages::NotFound;
use leptos::prelude::*;

/// What a view loads from the feed: `Ok(None)` means there is no such thing.
pub type Loading<T> = LocalResource<Result<Option<T>, ApiError>>;

/// Shows a loading resource in each of its states: a skeleton until it first
/// arrives, then `content`, the not-found view, or the error with a retry
/// button. While it reloads the last state stays, so new content replaces the
/// old when it arrives rather than flashing a skeleton.
pub fn resource_view<T: Clone + 'static>(
    resource: Loading<T>,
    skeleton: SkeletonKind,
    content: fn(T) -> AnyView,
) -> impl IntoView {
    move || {
        let state = resource.get();
        if state.is_some() {
            // Something to show: the app replaces the page's first view, if any.
            crate::browser::reveal();
        }
        match state {
            None => view! { <Skeleton kind=skeleton/> }.into_any(),
            Some(Ok(Some(value))) => content(value),
            Some(Ok(None)) => view! { <NotFound/> }.into_any(),
            Some(Err(error)) => view! { <ErrorPanel error on_retry=move || resource.refetch()/> }.into_any(),
        }
    }
}

/// A view of the article `id` names (the article, share and print views):
/// loads it, again when a fresher copy of the feed arrives, and shows it with
/// `content` through [`resource_view`].
pub fn article_view(id: Signal<String>, content: fn(ArticleView) -> AnyView) -> impl IntoView {
    let article = LocalResource::new(move || {
        api::data_version();
        api::article(id.get())
    });
    resource_view(article, SkeletonKind::Article, content)
}
