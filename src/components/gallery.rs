use bantin_core::content::gallery::{Photo, is_gallery};
use bantin_core::i18n::texts;
use leptos::prelude::*;

/// The photos of an article on show, and the one open in the viewer (from 0).
/// The article's page owns them: the body reports its photos once it is in
/// the page, the gallery and the body's images open one, the viewer shows it.
#[derive(Clone, Copy, Debug)]
pub struct PhotoState {
    /// The photos of the body's figures.
    pub photos: RwSignal<Vec<Photo>>,
    /// The photo open in the viewer, if any.
    pub open: RwSignal<Option<usize>>,
}

impl PhotoState {
    /// `photos`, none open.
    pub fn new(photos: Vec<Photo>) -> Self {
        Self { photos: RwSignal::new(photos), open: RwSignal::new(None) }
    }

    /// Opens photo `index` (from 0), if the article is a photo report.
    pub fn show(self, index: usize) {
        if self.photos.with_untracked(|p| is_gallery(p) && index < p.len()) {
            self.open.set(Some(index));
        }
    }
}

/// A photo report's thumbnails, after its body: each a link to its photo,
/// which the app opens in the viewer instead. Nothing for fewer than
/// [`bantin_core::content::gallery::MIN_PHOTOS`] photos.
#[component]
pub fn Gallery(
    /// The photos.
    #[prop(into)]
    photos: Signal<Vec<Photo>>,
    /// Runs with a photo's index (from 0) when the reader opens it.
    on_open: Callback<usize>,
) -> impl IntoView {
    let t = texts();
    move || {
        let list = photos.get();
        let total = list.len();
        is_gallery(&list).then(|| {
            let thumbnails = list
                .into_iter()
                .enumerate()
                .map(|(index, photo)| {
                    let label = t.photo(index + 1, total, photo.description());
                    let Photo { src, srcset, .. } = photo;
                    let href = src.clone();
                    let open = move |event: web_sys::MouseEvent| {
                        let plain = event.button() == 0
                            && !(event.ctrl_key()
                                || event.meta_key()
                                || event.shift_key()
                                || event.alt_key());
                        if plain {
                            event.prevent_default();
                            on_open.run(index);
                        }
                    };
                    view! {
                        <li>
                            <a class="gallery__thumb" href=href data-photo=index + 1
                                aria-label=label on:click=open>
                                <img src=src srcset=srcset sizes="(min-width: 40rem) 10rem, 33vw"
                                    alt="" loading="lazy" decoding="async"/>
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="gallery" aria-labelledby="gallery-title" data-testid="gallery">
                    <h2 class="gallery__title" id="gallery-title">
                        {t.gallery_title}" "<span class="gallery__count">"("{total}")"</span>
                    </h2>
                    <ul class="gallery__grid">{thumbnails}</ul>
                </section>
            }
        })
    }
}
