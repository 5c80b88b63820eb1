use super::DateTime;
use bantin_core::date::UtcOffset;
use bantin_core::feed::{Page, Section};
use bantin_core::routes;
use leptos::prelude::*;

/// Each section's newest articles under its name, which links to its
/// listing ("Giáo dục – Đào tạo ›").
#[component]
pub fn SectionBlocks(
    /// The sections, in navigation order.
    sections: Vec<Section>,
    /// The portal's zone, for the dates.
    zone: UtcOffset,
) -> impl IntoView {
    if sections.is_empty() {
        return None;
    }
    let blocks = sections
        .into_iter()
        .map(|Section { category, articles }| {
            let id = format!("muc-{}", category.id);
            let labelled_by = id.clone();
            let items = articles
                .into_iter()
                .map(|a| {
                    let date = a.listed().map(|at| view! { <DateTime at zone class="section-block__date"/> });
                    view! {
                        <li class="section-block__item">
                            <a href=routes::article(&a.id, &a.title)>{a.title.clone()}</a>
                            " "
                            {date}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="section-block" aria-labelledby=labelled_by data-testid="section-block">
                    <h2 class="section-block__title" id=id>
                        <a href=routes::category(&category.id, Page::Newest)>{category.name}" ›"</a>
                    </h2>
                    <ul class="section-block__list">{items}</ul>
                </section>
            }
        })
        .collect_view();
    Some(view! { <div class="section-blocks">{blocks}</div> })
}
