use bantin_core::date::Day;
use bantin_core::i18n::texts;
use leptos::html::Input;
use leptos::prelude::*;

/// "Xem theo ngày": a native date picker and its button. Without the app it
/// is a plain form to `/ngay?ngay=…` (and hidden, as the app is needed to
/// read it); in the app, `on_day` gets the day picked.
#[component]
pub fn DayPicker(
    /// The day the picker opens on.
    day: Option<Day>,
    /// Runs with the day when the form is sent.
    on_day: Option<Callback<Day>>,
) -> impl IntoView {
    let t = texts();
    let input = NodeRef::<Input>::new();
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let picked = input.get().and_then(|input| Day::parse(&input.value()));
        if let (Some(day), Some(on_day)) = (picked, on_day) {
            on_day.run(day);
        }
    };
    view! {
        <form class="day-picker" action="/ngay" method="get" on:submit=on_submit data-needs-js="" data-testid="day-picker">
            <label class="day-picker__label" for="day-picker-day">{t.by_day}</label>
            <input id="day-picker-day" class="day-picker__input" type="date" name="ngay" required=""
                value=day.map(Day::iso) node_ref=input/>
            <button class="button day-picker__button" type="submit">{t.show_day}</button>
        </form>
    }
}
