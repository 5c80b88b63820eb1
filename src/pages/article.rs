use super::lookup::{lookup_article, lookup_view};
use crate::browser::clock;
use crate::components::{ArticleView, PhotoState, PhotoViewer, SkeletonKind};
use crate::lazy::{ChunkMissing, chunk};
use crate::{config, head};
use bantin_core::content::gallery::{is_gallery, photo_in_fragment};
use bantin_core::routes;
use leptos::prelude::*;

/// One article with the portal page's anatomy: breadcrumb, title, update
/// line, lead, body, byline, related articles; a photo report's photos full
/// screen on demand.
#[component]
pub fn ArticlePage(
    /// The article's feed id.
    #[prop(into)]
    id: Signal<String>,
) -> impl IntoView {
    lookup_view(lookup_article(id), SkeletonKind::Article, |data| {
        let (article, site) = (&data.article, &data.site);
        let title = format!("{} – {}", article.title, site.title);
        head::set(&title, Some(article.teaser.as_deref().unwrap_or(&article.title)));
        let url = config::app_url(&routes::article(&article.id, &article.title));
        let photos = PhotoState::new(Vec::new());
        // What follows the article is drawn in a task after it: the two in
        // one go are a long task on a phone.
        let after = clock::next_task_flag();
        view! {
            <ArticleView data url photos after/>
            <Viewer state=photos/>
        }
        .into_any()
    })
}

chunk! {
    /// The full-screen photo viewer.
    fn photo_viewer(state: PhotoState) in viewer => view! { <PhotoViewer state/> }.into_any()
}

/// The photo viewer, whose code is downloaded when a photo is first opened:
/// by the reader, or by an address that names one (`#anh-3`).
#[component]
fn Viewer(state: PhotoState) -> impl IntoView {
    let named = StoredValue::new(window().location().hash().ok().and_then(|hash| photo_in_fragment(&hash)));
    Effect::new(move |_| {
        if state.photos.with(|photos| is_gallery(photos))
            && let Some(n) = named.try_update_value(Option::take).flatten()
        {
            state.show(n.saturating_sub(1));
        }
    });
    let viewer = StoredValue::new_local(None::<AnyView>);
    let ready = RwSignal::new(false);
    let asked = StoredValue::new(false);
    // The viewer belongs to this component, not to the effect below, whose
    // every run (each photo opened) would dispose of what the last one made.
    let owner = Owner::current();
    Effect::new(move |_| {
        if state.open.get().is_none() || asked.get_value() {
            return;
        }
        asked.set_value(true);
        let Some(owner) = owner.clone() else { return };
        owner.with(|| {
            leptos::task::spawn_local_scoped_with_cancellation(async move {
                match photo_viewer(state).await {
                    Ok(view) => {
                        viewer.set_value(Some(view));
                        ready.set(true);
                    }
                    // Without the viewer, the photo itself, as a page without the
                    // app opens it.
                    Err(ChunkMissing) => {
                        let open = state.open.get_untracked();
                        let src = open
                            .and_then(|i| state.photos.with_untracked(|p| p.get(i).map(|p| p.src.clone())));
                        state.open.set(None);
                        asked.set_value(false);
                        if let Some(src) = src {
                            let _ = window().location().set_href(&src);
                        }
                    }
                }
            })
        });
    });
    move || ready.get().then(|| viewer.try_update_value(Option::take).flatten())
}
