use super::cards::article_cards;
use super::{DayPicker, FeaturedStories, ListingPager, MostRead, SectionBlocks};
use bantin_core::date::Day;
use bantin_core::feed::{Listing, Neighbours, Page, Scope};
use bantin_core::i18n::{Texts, texts};
use bantin_core::routes;
use leptos::either::Either;
use leptos::prelude::*;

/// A page of a listing (home, a category, a topic or a day): its heading,
/// its articles' cards and the pager. The home page's first page leads with
/// its featured stories (then the latest news are under a second-level
/// heading) and ends with the most read and each section's newest. A day's
/// page links to the days around it; it and the home page offer the day
/// picker, whose choice goes to `on_day`.
#[component]
pub fn ListingView(
    /// The page.
    listing: Listing,
    /// Runs with the day a reader picks (in the app; a static page has none).
    #[prop(optional)]
    on_day: Option<Callback<Day>>,
) -> impl IntoView {
    let t = texts();
    let Listing { site, scope, page, front } = listing;
    let front = front.unwrap_or_default();
    let heading = scope.name(t).unwrap_or_else(|| t.latest.to_owned());
    let heading = if front.featured.is_empty() {
        Either::Left(view! { <h1 class="listing__title">{heading}</h1> })
    } else {
        Either::Right(view! { <h2 class="listing__title">{heading}</h2> })
    };
    let empty = page.articles.is_empty().then(|| {
        let text = match scope {
            Scope::Home => t.empty_feed,
            Scope::Day(..) => t.empty_day,
            _ => t.empty_category,
        };
        view! { <p class="listing__empty">{text}</p> }
    });
    let neighbours = match &scope {
        Scope::Day(_, neighbours) => day_links(*neighbours, t),
        _ => None,
    };
    // The picker opens on the day shown, or on the home page's newest.
    let picker_day = match &scope {
        Scope::Day(day, _) => Some(Some(*day)),
        Scope::Home => Some(page.articles.first().and_then(|a| a.day(site.time_zone))),
        _ => None,
    };
    let picker = picker_day.map(|day| view! { <DayPicker day on_day/> });
    let show_category = scope.category().is_none();
    let zone = site.time_zone;
    // Static once shown: inserted as one piece of escaped HTML (cards.rs).
    let cards = article_cards(&page.articles, zone, show_category, t);
    let label = page.label(zone, t);
    let href = move |p| scope.href(p);
    view! {
        <div class="front">
            <FeaturedStories articles=front.featured zone/>
            <section class="listing" data-testid="listing">
                {heading}
                {neighbours}
                {empty}
                <ul class="listing__list" inner_html=cards></ul>
                <ListingPager older=page.older newer=page.newer label href/>
                {picker}
            </section>
            <MostRead articles=front.most_read/>
            <SectionBlocks sections=front.sections zone/>
        </div>
    }
}

/// Links to the nearest earlier and later days that have articles.
fn day_links(neighbours: Neighbours, t: &'static Texts) -> Option<impl IntoView> {
    let link = |day: Option<Day>, rel: &'static str, label: &'static str| {
        day.map(|day| {
            view! {
                <a class=format!("day-nav__link day-nav__link--{rel}") href=routes::day(day, Page::Newest) rel=rel>
                    <span class="day-nav__label">{label}</span>
                    " "
                    <span class="day-nav__date">{t.date(&day.start())}</span>
                </a>
            }
        })
    };
    let Neighbours { previous, next } = neighbours;
    (previous.is_some() || next.is_some()).then(|| {
        view! {
            <nav class="day-nav" aria-label=t.by_day data-testid="day-nav">
                {link(previous, "prev", t.previous_day)}
                {link(next, "next", t.next_day)}
            </nav>
        }
    })
}
