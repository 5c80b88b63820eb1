use super::SharePanel;
use crate::config;
use crate::feed::Article;
use crate::i18n::texts;
use crate::routes;
use leptos::prelude::*;

/// "Chia sẻ bài viết:" under an article, with "In bài viết" and a link to the
/// share view (QR code and the rest).
#[component]
pub fn ShareBar(
    /// The article.
    article: std::sync::Arc<Article>,
) -> impl IntoView {
    let t = texts();
    let url = config::app_url(&routes::article(&article.id, &article.title));
    view! {
        <section class="share-bar" aria-labelledby="share-bar-heading" data-testid="share-bar">
            <h2 class="share-bar__title" id="share-bar-heading">{t.share_article}":"</h2>
            <SharePanel url title=article.title.clone()/>
            <p class="share-bar__more">
                <a class="share-bar__print" href=routes::print(&article.id, &article.title, true)>{t.print_article}</a>
                <a href=routes::share(&article.id, &article.title)>{t.more_ways_to_share}</a>
            </p>
        </section>
    }
}
