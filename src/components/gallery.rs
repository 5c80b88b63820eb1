use crate::events::is_plain_click;
use bantin_core::content::gallery::{Photo, is_gallery};
use bantin_core::i18n::{Texts, texts};
use bantin_core::text::escape_html;
use leptos::prelude::*;
use std::fmt::Write;

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
    let open = move |event: web_sys::MouseEvent| {
        if let Some(index) = thumbnail_clicked(&event).filter(|_| is_plain_click(&event)) {
            event.prevent_default();
            on_open.run(index);
        }
    };
    move || {
        let list = photos.get();
        is_gallery(&list).then(|| {
            // Static once shown: one piece of escaped HTML, as a listing's cards.
            let thumbnails = thumbnails(&list, t);
            view! {
                <section class="gallery" aria-labelledby="gallery-title" data-testid="gallery" on:click=open>
                    <h2 class="gallery__title" id="gallery-title">
                        {t.gallery_title}" "<span class="gallery__count">"("{list.len()}")"</span>
                    </h2>
                    <ul class="gallery__grid" inner_html=thumbnails></ul>
                </section>
            }
        })
    }
}

/// The `<li>` thumbnails of `photos`, each a link to its photo named by its
/// place and what it shows; every value from the feed escaped.
fn thumbnails(photos: &[Photo], t: &Texts) -> String {
    let mut out = String::with_capacity(photos.len() * 300);
    for (index, photo) in photos.iter().enumerate() {
        let src = escape_html(&photo.src);
        let label = escape_html(&t.photo(index + 1, photos.len(), photo.description()));
        let _ = write!(
            out,
            r#"<li><a class="gallery__thumb" href="{src}" data-photo="{}" aria-label="{label}"><img src="{src}""#,
            index + 1
        );
        if let Some(srcset) = &photo.srcset {
            let _ =
                write!(out, r#" srcset="{}" sizes="(min-width: 40rem) 10rem, 33vw""#, escape_html(srcset));
        }
        out.push_str(r#" alt="" loading="lazy" decoding="async"></a></li>"#);
    }
    out
}

/// The photo (from 0) whose thumbnail was clicked.
#[cfg(target_arch = "wasm32")]
fn thumbnail_clicked(event: &web_sys::MouseEvent) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let thumb = target.closest(".gallery__thumb").ok()??;
    thumb.get_attribute("data-photo")?.parse::<usize>().ok()?.checked_sub(1)
}

/// Natively nothing is clicked.
#[cfg(not(target_arch = "wasm32"))]
fn thumbnail_clicked(_: &web_sys::MouseEvent) -> Option<usize> {
    None
}

#[cfg(test)]
mod tests {
    use super::thumbnails;
    use bantin_core::content::gallery::Photo;
    use bantin_core::i18n::VI;

    #[test]
    fn thumbnails_name_their_photo_and_escape_what_the_feed_says() {
        let photos = [
            Photo {
                src: "/a.jpg?x=1&y=\"2\"".into(),
                caption: Some("Cầu <b>Kênh</b>".into()),
                ..Photo::default()
            },
            Photo {
                src: "/b.jpg".into(),
                srcset: Some("/b-2.jpg 2x".into()),
                alt: "Chợ".into(),
                ..Photo::default()
            },
        ];
        assert_eq!(
            thumbnails(&photos, &VI),
            concat!(
                r#"<li><a class="gallery__thumb" href="/a.jpg?x=1&amp;y=&quot;2&quot;" data-photo="1" aria-label="Ảnh 1/2: Cầu &lt;b&gt;Kênh&lt;/b&gt;">"#,
                r#"<img src="/a.jpg?x=1&amp;y=&quot;2&quot;" alt="" loading="lazy" decoding="async"></a></li>"#,
                r#"<li><a class="gallery__thumb" href="/b.jpg" data-photo="2" aria-label="Ảnh 2/2: Chợ">"#,
                r#"<img src="/b.jpg" srcset="/b-2.jpg 2x" sizes="(min-width: 40rem) 10rem, 33vw" alt="" loading="lazy" decoding="async"></a></li>"#,
            )
        );
    }
}
