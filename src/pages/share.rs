use crate::api::ArticleView;
use crate::components::{SharePanel, article_view};
use crate::i18n::texts;
use crate::{config, head, routes};
use leptos::prelude::*;

/// The share view of an article, at its own URL: every target, copy link,
/// the share sheet, and a QR code to carry the article to a phone.
#[component]
pub fn SharePage(
    /// The article's feed id.
    #[prop(into)]
    id: Signal<String>,
) -> impl IntoView {
    article_view(id, |view| view! { <ShareContent view/> }.into_any())
}

#[component]
fn ShareContent(view: ArticleView) -> impl IntoView {
    let t = texts();
    let ArticleView { site, article, .. } = view;
    head::set(&format!("{} – {}", t.share_article, article.title), Some(&article.title));
    let href = routes::article(&article.id, &article.title);
    view! {
        <section class="share-view" data-testid="share-view">
            <h1 class="share-view__title">{t.share_article}</h1>
            <p class="share-view__article"><a href=href.clone()>{article.title.clone()}</a></p>
            <p class="share-view__site">{site.title}</p>
            <SharePanel url=config::app_url(&href) title=article.title.clone() with_qr=true/>
            <p><a class="button" href=href>{t.back_to_article}</a></p>
        </section>
    }
}
