use super::lookup::{lookup_article, lookup_view};
use crate::components::{ArticleView, SkeletonKind};
use crate::{config, head};
use bantin_core::routes;
use leptos::prelude::*;

/// One article with the portal page's anatomy: breadcrumb, title, update
/// line, lead, body, byline, related articles.
#[component]
pub fn ArticlePage(
    /// The article's feed id.
    #[prop(into)]
    id: Signal<String>,
) -> impl IntoView {
    lookup_view(lookup_article(id), SkeletonKind::Article, |data| {
        let (article, site) = (&data.article, &data.site);
        let title = format!("{} – {}", article.title, site.title);
        head::set(&title, Some(article.teaser.as_deref().unwrap_or(&article.title)));
        let url = config::app_url(&routes::article(&article.id, &article.title));
        view! { <ArticleView data url/> }.into_any()
    })
}
