//! The app shell: header, the routed view, footer.

use crate::components::{SiteFooter, SiteHeader, SiteSignal};
use crate::i18n::texts;
use crate::pages::NotFound;
use crate::routes::AppRoutes;
use leptos::prelude::*;
use leptos_router::components::{Router, Routes};

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    provide_context(SiteSignal::load());
    let t = texts();
    view! {
        <Router>
            <a class="skip-link" href="#noi-dung" rel="external">{t.skip_to_content}</a>
            <SiteHeader/>
            <main id="noi-dung" class="site-main" tabindex="-1">
                <Routes fallback=NotFound>
                    <AppRoutes/>
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
}
