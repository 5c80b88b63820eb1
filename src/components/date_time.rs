use bantin_core::date::{Day, Timestamp, UtcOffset};
use bantin_core::i18n::texts;
use leptos::either::Either;
use leptos::prelude::*;

/// How a [`DateTime`] reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateFormat {
    /// The day: `31/03/2023`, `31 March 2023`.
    #[default]
    Date,
    /// The article's update line: `Cập nhật lúc 12:41 ngày 31/03/2023`.
    Updated,
}

/// A moment in the portal's time zone, in `<time datetime>` so machines read
/// it too. Every date the interface shows is drawn by this one component.
#[component]
pub fn DateTime(
    /// The moment.
    at: Timestamp,
    /// The portal's zone, in which it is shown.
    zone: UtcOffset,
    /// How it reads.
    #[prop(optional)]
    format: DateFormat,
    /// The element's class, when its block styles it.
    #[prop(optional)]
    class: Option<&'static str>,
) -> impl IntoView {
    let t = texts();
    let local = at.to_local(zone);
    let text = match format {
        DateFormat::Date => t.date(&local),
        DateFormat::Updated => t.updated(&local),
    };
    let datetime = local.to_rfc3339();
    match class {
        Some(class) => Either::Left(view! { <time class=class datetime=datetime>{text}</time> }),
        None => Either::Right(view! { <time datetime=datetime>{text}</time> }),
    }
}

/// A calendar day (a legal document's dates), in `<time datetime>` as
/// [`DateTime`] draws a moment: `31/03/2023`.
pub fn day_time(day: Day) -> impl IntoView + use<> {
    view! { <time datetime=day.iso()>{texts().date(&day.start())}</time> }
}
