use crate::hooks::{UseClipboardReturn, UseShareReturn, use_clipboard, use_share};
use bantin_core::i18n::texts;
use bantin_core::share;
use leptos::prelude::*;

/// Every way to pass an article on: the services' share links, copy link,
/// the device's share sheet where there is one, then `children` (the share
/// view's QR code: passed in, so that the article, which has none, does
/// not carry its code).
#[component]
pub fn SharePanel(
    /// The article's absolute URL.
    url: String,
    /// The article's title.
    title: String,
    /// What follows the ways to share.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let t = texts();
    let UseClipboardReturn { copied, copy } = use_clipboard();
    let UseShareReturn { is_supported, share } = use_share();
    let targets = share::targets(&url, &title)
        .into_iter()
        .map(|target| {
            // Mail opens the reader's mail app; the others a page of the service.
            let web = target.href.starts_with("https:");
            view! {
                <li class="share-panel__item">
                    <a class=format!("share-panel__target share-panel__target--{}", target.key)
                        href=target.href target=web.then_some("_blank") rel=web.then_some("noopener noreferrer")
                        data-testid=format!("share-{}", target.key)>{target.name}</a>
                </li>
            }
        })
        .collect_view();
    let copy_url = url.clone();
    let native = is_supported.then(|| {
        let (title, url) = (title.clone(), url.clone());
        view! {
            <li class="share-panel__item">
                <button type="button" class="share-panel__target share-panel__target--native"
                    on:click=move |_| share.run((title.clone(), url.clone()))>{t.share_elsewhere}</button>
            </li>
        }
    });
    let status = move || match copied.get() {
        Some(true) => t.link_copied,
        Some(false) => t.copy_failed,
        None => "",
    };
    view! {
        <div class="share-panel">
            <ul class="share-panel__targets">
                {targets}
                // `data-copy-url`: public/static-controls.js copies it on a
                // static page, before the app runs.
                <li class="share-panel__item" data-needs-js="">
                    <button type="button" class="share-panel__target share-panel__target--copy"
                        data-copy-url=copy_url.clone() data-copied=t.link_copied
                        on:click=move |_| copy.run(copy_url.clone())>{t.copy_link}</button>
                </li>
                {native}
            </ul>
            <p class="share-panel__status" role="status">{status}</p>
            {children.map(|children| children())}
        </div>
    }
}
