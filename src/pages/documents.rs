use super::lookup::retry;
use crate::components::{DocumentsView, ErrorPanel, Skeleton, SkeletonKind};
use crate::router::Location;
use crate::{api, head};
use bantin_core::feed::DocumentFilter;
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::prelude::*;

/// The register of legal documents (`/van-ban?loai=…&co-quan=…&nam=…`):
/// every document the feed publishes, newest first, filtered as the URL says.
#[component]
pub fn DocumentsPage() -> impl IntoView {
    let t = texts();
    let location = Location::get();
    let params = Memo::new(move |_| location.search().with(|s| routes::document_params(s)));
    let register = LocalResource::new(move || {
        api::data_version();
        let (filter, page) = params.get();
        api::documents(filter, page)
    });
    head::set(t.documents, None);
    let on_filter =
        Callback::new(move |filter: DocumentFilter| location.navigate(&routes::documents(&filter, 1)));
    move || match register.get() {
        None => view! { <Skeleton kind=SkeletonKind::Listing/> }.into_any(),
        Some(Ok((site, register))) => {
            let filter = params.get_untracked().0;
            view! { <DocumentsView register filter zone=site.time_zone on_filter/> }.into_any()
        }
        Some(Err(error)) => view! { <ErrorPanel error on_retry=retry/> }.into_any(),
    }
}
