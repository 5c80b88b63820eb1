use super::SharePanel;
use crate::hooks::{UseSpeechReturn, use_speech};
use bantin_core::feed::Article;
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::prelude::*;

/// "Chia sẻ bài viết:" under an article, with "Nghe bài viết" (where the
/// browser can read it aloud), "In bài viết" and a link to the share view (QR
/// code and the rest).
#[component]
pub fn ShareBar(
    /// The article.
    article: std::sync::Arc<Article>,
    /// The article's absolute URL.
    url: String,
) -> impl IntoView {
    let t = texts();
    view! {
        <section class="share-bar" aria-labelledby="share-bar-heading" data-testid="share-bar">
            <h2 class="share-bar__title" id="share-bar-heading">{t.share_article}":"</h2>
            <SharePanel url title=article.title.clone()/>
            <p class="share-bar__more">
                <ListenButton article=article.clone()/>
                // The print and share views are drawn by the app alone.
                <a class="share-bar__print" href=routes::print(&article.id, &article.title, true) data-needs-js="">{t.print_article}</a>
                <a href=routes::share(&article.id, &article.title) data-needs-js="">{t.more_ways_to_share}</a>
            </p>
        </section>
    }
}

/// Reads the article aloud with the browser's speech synthesis, in the
/// article's language (Vietnamese unless the feed says otherwise); absent where
/// the browser has no voice for it.
#[component]
fn ListenButton(article: std::sync::Arc<Article>) -> impl IntoView {
    let t = texts();
    let lang = article.language.as_deref().unwrap_or("vi");
    let UseSpeechReturn { is_supported, speaking, speak, stop } = use_speech(lang);
    // The text is made only when the reader asks for it.
    let toggle = move |_| {
        if speaking.get_untracked() {
            stop.run(());
        } else {
            speak.run(article.spoken_text());
        }
    };
    view! {
        <button type="button" class="share-bar__listen" data-testid="listen" hidden=move || !is_supported.get()
            on:click=toggle>
            {move || if speaking.get() { t.listen_stop } else { t.listen }}
        </button>
    }
}
