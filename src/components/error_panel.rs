use bantin_core::LoadError;
use bantin_core::i18n::texts;
use leptos::prelude::*;

/// Says what went wrong while loading, and offers to try again.
#[component]
pub fn ErrorPanel(
    /// What failed.
    error: LoadError,
    /// Runs when the reader presses "Thử lại".
    #[prop(into)]
    on_retry: Callback<()>,
) -> impl IntoView {
    let t = texts();
    view! {
        <section class="notice notice--error" role="alert" data-testid="load-error">
            <h1 class="notice__title">{t.load_failed}</h1>
            <p class="notice__text">{t.error(&error)}</p>
            <button class="button" type="button" on:click=move |_| on_retry.run(())>{t.retry}</button>
        </section>
    }
}
