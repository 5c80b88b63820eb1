use super::{ArticleBody, QrCode, UpdateLine};
use bantin_core::date::LocalDateTime;
use bantin_core::feed::ArticleData;
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::prelude::*;

/// An article set for paper: the portal's name, the print date, the
/// article's URL and QR code so a printed copy leads back to it, then the
/// article alone.
#[component]
pub fn PrintView(
    /// The article.
    data: ArticleData,
    /// The article's absolute URL.
    url: String,
    /// When it is printed, in the portal's zone.
    printed: LocalDateTime,
    /// Runs once the body is in the page.
    #[prop(into)]
    on_ready: Callback<()>,
    /// Runs when the reader presses "In bài viết".
    #[prop(into)]
    on_print: Callback<()>,
) -> impl IntoView {
    let t = texts();
    let ArticleData { site, article, .. } = data;
    let zone = site.time_zone;
    let category = article.category.clone().map(|c| view! { <p class="print-view__category">{c.name}</p> });
    let lead = article.summary.clone().map(|s| view! { <p class="article__lead">{s}</p> });
    let byline = article.credit().map(|b| view! { <p class="article__byline" data-testid="byline">{b}</p> });
    view! {
        <div class="print-view" data-testid="print-view">
            <header class="print-view__header">
                <div class="print-view__masthead">
                    <p class="print-view__site">{site.title}</p>
                    <p class="print-view__date">{t.printed_on} " " {t.date(&printed)}</p>
                    <p class="print-view__url" data-testid="print-url">{url.clone()}</p>
                </div>
                <QrCode text=url label=t.qr_hint/>
            </header>
            <article class="article print-view__article" lang=article.language.clone()>
                {category}
                <h1 class="article__title">{article.title.clone()}</h1>
                <UpdateLine article=article.clone() zone show_views=false/>
                {lead}
                <ArticleBody body=article.body.clone() base_url=article.base_url.clone() on_ready/>
                {byline}
            </article>
            <p class="print-view__actions">
                <button type="button" class="button" on:click=move |_| on_print.run(())>{t.print_article}</button>
                " "
                <a href=routes::article(&article.id, &article.title)>{t.back_to_article}</a>
            </p>
        </div>
    }
}
