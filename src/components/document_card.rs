use super::Attachments;
use super::date_time::day_time;
use bantin_core::feed::{Attachment, Document};
use bantin_core::i18n::texts;
use leptos::prelude::*;

/// A legal document's card: its number and symbol, kind, issuing body,
/// dates and abstract as a definition list, then its file.
#[component]
pub fn DocumentCard(
    /// The document.
    document: Document,
    /// Its files (the article's attachments).
    files: Vec<Attachment>,
) -> impl IntoView {
    let t = texts();
    let date = |day: Option<bantin_core::date::Day>| day.map(|d| day_time(d).into_any());
    let text = |s: Option<String>| s.map(|s| s.into_any());
    let rows = [
        (t.document_number, Some(document.number.into_any())),
        (t.document_kind, text(document.kind)),
        (t.document_issuer, text(document.issuer)),
        (t.document_issued, date(document.issued)),
        (t.document_effective, date(document.effective)),
        (t.document_abstract, text(document.summary)),
    ]
    .into_iter()
    .filter_map(|(label, value)| value.map(|value| view! { <dt>{label}</dt><dd>{value}</dd> }))
    .collect_view();
    view! {
        <section class="document-card" data-testid="document-card">
            <h2 class="document-card__title">{t.document_details}</h2>
            <dl class="document-card__fields">{rows}</dl>
            <Attachments files heading=false/>
        </section>
    }
}
