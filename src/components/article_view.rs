use super::{
    ArticleBody, Attachments, Breadcrumb, DocumentCard, Gallery, MostRead, PhotoState, RelatedArticles,
    ShareBar, UpdateLine,
};
use bantin_core::content::SanitizedHtml;
use bantin_core::date::UtcOffset;
use bantin_core::feed::{Article, ArticleData, Page};
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::prelude::*;
use std::sync::Arc;

/// One article with the portal page's anatomy: breadcrumb, title, update
/// line, reading time, lead, a legal document's card, body, a photo report's
/// gallery, attached files, byline; then the share bar and the related articles.
#[component]
pub fn ArticleView(
    /// The article and what is shown around it.
    data: ArticleData,
    /// The article's absolute URL.
    url: String,
    /// The body already sanitised (a static page's; see [`ArticleBody`]).
    #[prop(default = None)]
    body_html: Option<SanitizedHtml>,
    /// The body's photos and the one open, when the page keeps them; else
    /// those of `body_html`.
    #[prop(optional)]
    photos: Option<PhotoState>,
    /// Whether what follows the article (the share bar, related and most
    /// read articles) is drawn yet; always, when not given.
    #[prop(optional, into)]
    after: Option<Signal<bool>>,
) -> impl IntoView {
    let ArticleData { site, article, related, most_read } = data;
    let photos = photos.unwrap_or_else(|| {
        PhotoState::new(body_html.as_ref().map(|html| html.photos().to_vec()).unwrap_or_default())
    });
    let found = Callback::new(move |list| photos.photos.set(list));
    let open = Callback::new(move |index| photos.show(index));
    let zone = site.time_zone;
    let byline = article.credit().map(|b| view! { <p class="article__byline" data-testid="byline">{b}</p> });
    let topics = topic_links(&article);
    let (body, base_url) = (article.body.clone(), article.base_url.clone());
    // A document's files are in its card.
    let (card, files) = match article.document.clone() {
        Some(document) => {
            (Some(view! { <DocumentCard document files=article.attachments.clone()/> }), Vec::new())
        }
        None => (None, article.attachments.clone()),
    };
    let after = after.unwrap_or_else(|| Signal::stored(true));
    let (shared, share_url) = (Arc::clone(&article), url.clone());
    let trailing = move || {
        after.get().then(|| {
            view! {
                <ShareBar article=Arc::clone(&shared) url=share_url.clone()/>
                <RelatedArticles articles=related.clone() zone/>
                <MostRead articles=most_read.clone()/>
            }
        })
    };
    view! {
        <article class="article" lang=article.language.clone() data-testid="article">
            <ArticleHeader article=article.clone() zone/>
            {card}
            <ArticleBody body base_url share_url=url.clone() html=body_html on_photos=found on_open_photo=open/>
            <Gallery photos=photos.photos on_open=open/>
            <Attachments files/>
            {byline}
            {topics}
        </article>
        {trailing}
    }
}

/// The article's tags, each a link to its topic's page.
fn topic_links(article: &Article) -> Option<impl IntoView + use<>> {
    let t = texts();
    let links = article
        .topics()
        .into_iter()
        .map(|(key, tag)| view! { <li><a class="topics__link" href=routes::topic(&key, Page::Newest) rel="tag">{tag.to_owned()}</a></li> })
        .collect_view();
    (!links.is_empty()).then(|| {
        view! {
            <nav class="topics" aria-label=t.topics data-testid="topics">
                <h2 class="topics__label">{t.topics}</h2>
                <ul class="topics__list">{links}</ul>
            </nav>
        }
    })
}

/// What an article opens with, its first screen: breadcrumb, title, update
/// line, reading time and lead.
#[component]
fn ArticleHeader(
    /// The article.
    article: Arc<Article>,
    /// The portal's zone.
    zone: UtcOffset,
) -> impl IntoView {
    let t = texts();
    let reading = article
        .reading_minutes
        .map(|n| view! { <p class="article__reading" data-testid="reading-time">{t.reading_time(n)}</p> });
    let lead = article.summary.clone().map(|s| view! { <p class="article__lead" data-testid="lead">{s}</p> });
    view! {
        <Breadcrumb category=article.category.clone()/>
        <h1 class="article__title">{article.title.clone()}</h1>
        <UpdateLine article=article.clone() zone/>
        {reading}
        {lead}
    }
}
