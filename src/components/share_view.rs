use super::{QrCode, SharePanel};
use bantin_core::feed::ArticleData;
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::prelude::*;

/// Every way to pass an article on, with a QR code to carry it to a phone.
#[component]
pub fn ShareView(
    /// The article.
    data: ArticleData,
    /// The article's absolute URL.
    url: String,
) -> impl IntoView {
    let t = texts();
    let ArticleData { site, article, .. } = data;
    let href = routes::article(&article.id, &article.title);
    view! {
        <section class="share-view" data-testid="share-view">
            <h1 class="share-view__title">{t.share_article}</h1>
            <p class="share-view__article"><a href=href.clone()>{article.title.clone()}</a></p>
            <p class="share-view__site">{site.title}</p>
            <SharePanel url=url.clone() title=article.title.clone()>
                <figure class="share-panel__qr">
                    <QrCode text=url label=t.qr_hint/>
                    <figcaption>{t.qr_hint}</figcaption>
                </figure>
            </SharePanel>
            <p><a class="button" href=href>{t.back_to_article}</a></p>
        </section>
    }
}
