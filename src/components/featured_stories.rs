use super::cards::article_cards;
use bantin_core::date::UtcOffset;
use bantin_core::feed::Article;
use bantin_core::i18n::texts;
use leptos::prelude::*;
use std::sync::Arc;

/// "Tiêu điểm": the featured stories that lead the home page, the first
/// large and the others beside it. The page's heading.
#[component]
pub fn FeaturedStories(
    /// The stories, first the one shown large; nothing is shown when empty.
    articles: Vec<Arc<Article>>,
    /// The portal's zone, for the dates.
    zone: UtcOffset,
) -> impl IntoView {
    let (lead, more) = articles.split_first()?;
    let t = texts();
    // Static once shown: one piece of escaped HTML each, as a listing's cards.
    let lead = article_cards(std::slice::from_ref(lead), zone, true, t);
    let more = article_cards(more, zone, true, t);
    Some(view! {
        <section class="featured" aria-labelledby="tieu-diem" data-testid="featured">
            <h1 class="featured__title" id="tieu-diem">{t.featured}</h1>
            <div class="featured__grid">
                <ul class="featured__lead" inner_html=lead></ul>
                <ul class="featured__more" inner_html=more></ul>
            </div>
        </section>
    })
}
