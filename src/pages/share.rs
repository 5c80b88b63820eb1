use super::lookup::{lookup_article, lookup_view};
use crate::components::{ShareView, SkeletonKind};
use crate::{config, head};
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::prelude::*;

/// The share view of an article, at its own URL: every target, copy link,
/// the share sheet, and a QR code to carry the article to a phone.
#[component]
pub fn SharePage(
    /// The article's feed id.
    #[prop(into)]
    id: Signal<String>,
) -> impl IntoView {
    lookup_view(lookup_article(id), SkeletonKind::Article, |data| {
        let article = &data.article;
        head::set(&format!("{} – {}", texts().share_article, article.title), Some(&article.title));
        let url = config::app_url(&routes::article(&article.id, &article.title));
        view! { <ShareView data url/> }.into_any()
    })
}
