use bantin_core::i18n::texts;
use leptos::prelude::*;

/// The shape of the content a skeleton stands in for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SkeletonKind {
    /// A listing of article cards.
    Listing,
    /// One article.
    Article,
}

impl SkeletonKind {
    /// The BEM modifier class.
    pub fn as_str(self) -> &'static str {
        match self {
            SkeletonKind::Listing => "skeleton--listing",
            SkeletonKind::Article => "skeleton--article",
        }
    }
}

/// Grey blocks in the shape of the content while it loads, announced as loading.
#[component]
pub fn Skeleton(kind: SkeletonKind) -> impl IntoView {
    let blocks = match kind {
        SkeletonKind::Listing => 4,
        SkeletonKind::Article => 6,
    };
    view! {
        <div class=format!("skeleton {}", kind.as_str()) role="status" aria-busy="true" data-testid="skeleton">
            <span class="visually-hidden">{texts().loading}</span>
            <div class="skeleton__heading"></div>
            {(0..blocks).map(|_| view! { <div class="skeleton__block"></div> }).collect_view()}
        </div>
    }
}
