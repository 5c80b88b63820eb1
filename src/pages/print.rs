use crate::api::ArticleView;
use crate::components::{ArticleBody, QrCode, UpdateLine, article_view};
use crate::date::Timestamp;
use crate::i18n::texts;
use crate::router::Location;
use crate::{browser, config, head, routes};
use leptos::prelude::*;

/// The print view of an article, at its own URL: the article alone, set for
/// paper, with the portal's name, the print date, and the article's URL and
/// QR code so a printed copy leads back to it. When its URL asks for it
/// ([`routes::PRINT_DIALOG`]), it opens the print dialog once the article and
/// its images are ready.
#[component]
pub fn PrintPage(
    /// The article's feed id.
    #[prop(into)]
    id: Signal<String>,
) -> impl IntoView {
    article_view(id, |view| view! { <PrintContent view/> }.into_any())
}

#[component]
fn PrintContent(view: ArticleView) -> impl IntoView {
    let t = texts();
    let ArticleView { site, article, .. } = view;
    let zone = site.time_zone;
    head::set(&format!("{} – {}", article.title, site.title), article.teaser.as_deref());
    let url = config::app_url(&routes::article(&article.id, &article.title));
    let today = Timestamp::from_unix_seconds((js_sys::Date::now() / 1000.0) as i64).to_local(zone);
    let category = article.category.clone().map(|c| view! { <p class="print-view__category">{c.name}</p> });
    let lead = article.summary.clone().map(|s| view! { <p class="article__lead">{s}</p> });
    let byline = article.credit().map(|b| view! { <p class="article__byline" data-testid="byline">{b}</p> });
    let dialog = Location::get().has_query(routes::PRINT_DIALOG);
    let on_ready = Callback::new(move |()| {
        if dialog {
            leptos::task::spawn_local(browser::print_when_ready(".print-view"));
        }
    });
    view! {
        <div class="print-view" data-testid="print-view">
            <header class="print-view__header">
                <div class="print-view__masthead">
                    <p class="print-view__site">{site.title}</p>
                    <p class="print-view__date">{t.printed_on} " " {t.date(&today)}</p>
                    <p class="print-view__url" data-testid="print-url">{url.clone()}</p>
                </div>
                <QrCode text=url.clone() label=t.qr_hint/>
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
                <button type="button" class="button" on:click=|_| browser::print()>{t.print_article}</button>
                " "
                <a href=routes::article(&article.id, &article.title)>{t.back_to_article}</a>
            </p>
        </div>
    }
}
