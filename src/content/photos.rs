//! The photos of an article's body once it is in the page, read as the
//! native walk reads them from its tree
//! (`bantin_core::content::native::sanitize`): each figure's first image,
//! with the figure's caption.

use bantin_core::content::gallery::Photo;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The figures that hold a photo.
const FIGURES: &str = "figure";

/// The photos of the sanitised body `body`, in order.
pub fn photos(body: &Element) -> Vec<Photo> {
    figures(body).iter().filter_map(photo).collect()
}

/// Which photo (from 0) `target`, an element of `body` the reader clicked,
/// is the image of; `None` for anything else, and for an image inside a
/// link, which leads where it says.
pub fn photo_at(body: &Element, target: &Element) -> Option<usize> {
    if target.tag_name() != "IMG" || target.closest("a").ok().flatten().is_some() {
        return None;
    }
    let figure = target.closest(FIGURES).ok().flatten()?;
    figures(body).iter().filter(|f| photo(f).is_some()).position(|f| *f == figure)
}

fn figures(body: &Element) -> Vec<Element> {
    let Ok(list) = body.query_selector_all(FIGURES) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

fn photo(figure: &Element) -> Option<Photo> {
    let img = figure.query_selector("img").ok().flatten()?;
    let caption = figure.query_selector("figcaption").ok().flatten().and_then(|c| c.text_content());
    let attributes: Vec<(String, String)> = ["src", "srcset", "alt", "width", "height"]
        .into_iter()
        .filter_map(|name| Some((name.to_owned(), img.get_attribute(name)?)))
        .collect();
    let get = |name: &str| attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
    Photo::from_attributes(get, caption.as_deref())
}
