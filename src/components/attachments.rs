use bantin_core::feed::{Attachment, FileKind};
use bantin_core::i18n::texts;
use leptos::prelude::*;

/// An article's files ("Tệp đính kèm"): each a link with its name, its type
/// in words and its size; sound and video also get a player, which
/// downloads nothing until the reader plays it.
#[component]
pub fn Attachments(
    /// The files, in the feed's order.
    files: Vec<Attachment>,
    /// Whether the list has its own heading (not inside a document's card,
    /// which is headed already).
    #[prop(default = true)]
    heading: bool,
) -> impl IntoView {
    if files.is_empty() {
        return None;
    }
    let t = texts();
    let items = files
        .into_iter()
        .map(|file| {
            let meta = [file.type_label(), file.size.map(|n| t.file_size(n))]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
            let player = file.player.clone().and_then(|src| match file.kind() {
                FileKind::Audio => Some(
                    view! { <audio class="attachments__player" src=src controls preload="none"></audio> }
                        .into_any(),
                ),
                FileKind::Video => Some(
                    view! { <video class="attachments__player" src=src controls preload="none"></video> }
                        .into_any(),
                ),
                _ => None,
            });
            let meta = (!meta.is_empty()).then(|| view! { <span class="attachments__meta">{meta}</span> });
            view! {
                <li class="attachments__item" data-testid="attachment">
                    <a class="attachments__link" href=file.url.clone() download="">{file.name()}</a>
                    {meta}
                    {player}
                </li>
            }
        })
        .collect_view();
    let title = heading.then(|| view! { <h2 class="attachments__title">{t.attachments}</h2> });
    Some(view! {
        <section class="attachments" data-testid="attachments">
            {title}
            <ul class="attachments__list">{items}</ul>
        </section>
    })
}
