use super::{DateFormat, DateTime};
use bantin_core::date::UtcOffset;
use bantin_core::feed::Article;
use bantin_core::i18n::texts;
use leptos::prelude::*;

/// "Cập nhật lúc 12:41 ngày 31/03/2023 - Số lượt xem: 100", each half shown
/// only when the feed gives it.
#[component]
pub fn UpdateLine(
    /// The article.
    article: std::sync::Arc<Article>,
    /// The portal's zone.
    zone: UtcOffset,
    /// Whether to show the view count (not on paper).
    #[prop(default = true)]
    show_views: bool,
) -> impl IntoView {
    let t = texts();
    let updated = article.updated().map(|at| view! { <DateTime at zone format=DateFormat::Updated/> });
    let views = article.views.filter(|_| show_views);
    let separator = (updated.is_some() && views.is_some()).then_some(" - ");
    let views = views.map(|n| view! { <span class="update-line__views">{t.view_count(n)}</span> });
    view! { <p class="update-line" data-testid="update-line">{updated}{separator}{views}</p> }
}
