use bantin_core::i18n::texts;
use leptos::prelude::*;

/// The page's main region, which the skip link leads to. `bare` for the
/// widget: no margins, and named, so it is not mistaken for the host page's
/// own main region.
#[component]
pub fn MainRegion(
    /// Whether the region is the widget's.
    #[prop(into)]
    bare: Signal<bool>,
    /// What the route shows.
    children: Children,
) -> impl IntoView {
    let t = texts();
    view! {
        <main id="noi-dung" class="site-main" class:site-main--bare=move || bare.get()
            aria-label=move || bare.get().then_some(t.widget_title) tabindex="-1">
            {children()}
        </main>
    }
}
