use bantin_core::qr;
use leptos::prelude::*;

/// A QR code of `text` (an article's URL), drawn as one SVG path.
#[component]
pub fn QrCode(
    /// What the code encodes.
    #[prop(into)]
    text: String,
    /// What it is, for screen readers.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    qr::encode(&text).map(|code| {
        view! {
            <svg class="qr-code" viewBox=format!("0 0 {0} {0}", code.size) role="img" aria-label=label
                shape-rendering="crispEdges" data-testid="qr-code">
                <rect width="100%" height="100%" fill="#fff"/>
                <path d=code.path fill="#000"/>
            </svg>
        }
    })
}
