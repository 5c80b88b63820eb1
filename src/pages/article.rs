use crate::api::{self, ArticleView};
use crate::components::{
    ArticleBody, Breadcrumb, ErrorPanel, RelatedArticles, Skeleton, SkeletonKind, UpdateLine,
};
use crate::pages::NotFound;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

#[derive(Params, Clone, Debug, PartialEq)]
struct ArticleParams {
    id: Option<String>,
}

/// One article with the portal page's anatomy: breadcrumb, title, update
/// line, lead, body, byline, related articles.
#[component]
pub fn ArticlePage() -> impl IntoView {
    let params = use_params::<ArticleParams>();
    let id = Memo::new(move |_| params.read().as_ref().ok().and_then(|p| p.id.clone()));
    let article = LocalResource::new(move || {
        let id = id.get();
        async move {
            match id {
                Some(id) => api::article(id).await,
                None => Ok(None),
            }
        }
    });
    let content = move || {
        Suspend::new(async move {
            match article.await {
                Ok(Some(view)) => view! { <ArticleContent view/> }.into_any(),
                Ok(None) => view! { <NotFound/> }.into_any(),
                Err(error) => view! { <ErrorPanel error on_retry=move || article.refetch()/> }.into_any(),
            }
        })
    };
    view! {
        <Transition fallback=|| view! { <Skeleton kind=SkeletonKind::Article/> }>{content}</Transition>
    }
}

#[component]
fn ArticleContent(view: ArticleView) -> impl IntoView {
    let ArticleView { site, article, related } = view;
    let zone = site.time_zone;
    let title = format!("{} – {}", article.title, site.title);
    let description = article.teaser.clone().unwrap_or_else(|| article.title.clone());
    let lead = article.summary.clone().map(|s| view! { <p class="article__lead" data-testid="lead">{s}</p> });
    let byline = article
        .byline
        .clone()
        .or_else(|| (!article.authors.is_empty()).then(|| article.authors.join(", ")))
        .map(|b| view! { <p class="article__byline" data-testid="byline">{b}</p> });
    view! {
        <Title text=title/>
        <Meta name="description" content=description/>
        <article class="article" lang=article.language.clone() data-testid="article">
            <Breadcrumb category=article.category.clone()/>
            <h1 class="article__title">{article.title.clone()}</h1>
            <UpdateLine article=article.clone() zone/>
            {lead}
            <ArticleBody body=article.body.clone() base_url=article.base_url.clone()/>
            {byline}
        </article>
        <RelatedArticles articles=related zone/>
    }
}
