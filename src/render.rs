//! The static pages' markup, rendered natively by the components the app
//! draws in the browser, so the two cannot drift. `bantin-tool publish` puts
//! it into the pages it writes; the app takes such a page over
//! (`browser::takeover`) without anything moving.
//!
//! Every value from the feed reaches the markup through the components,
//! which escape text and attributes as the browser's DOM calls would; an
//! article's body is the sanitiser's native output ([`SanitizedHtml`]).

use crate::components::{
    ArticleView, ListingView, MainRegion, NotFoundNotice, STATIC_VIEW_ID, SiteFooter, SiteHeader,
};
use crate::prefs::Prefs;
use bantin_core::content::SanitizedHtml;
use bantin_core::feed::{ArticleData, Listing, Site};
use bantin_core::i18n::{self, Lang};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

/// A whole article's page in `lang`: the masthead, the article with its
/// body (`body`, none when the feed gives none), share bar and related
/// articles, and the footer. `path` is the article's path, `url` its
/// absolute URL.
pub fn article_page(
    data: &ArticleData,
    body: Option<SanitizedHtml>,
    path: &str,
    url: &str,
    lang: Lang,
) -> String {
    let (data, url) = (data.clone(), url.to_owned());
    let site = data.site.clone();
    page(&site, path, lang, move || view! { <ArticleView data url body_html=body/> }.into_any())
}

/// A listing page in `lang`: the masthead, the page's cards and pager, and
/// the footer. `path` is the listing page's path.
pub fn listing_page(listing: &Listing, path: &str, lang: Lang) -> String {
    let (listing, site) = (listing.clone(), listing.site.clone());
    page(&site, path, lang, move || view! { <ListingView listing/> }.into_any())
}

/// The page of a path that has none, in `lang`.
pub fn not_found_page(site: &Site, lang: Lang) -> String {
    page(site, "/404", lang, || view! { <NotFoundNotice/> }.into_any())
}

/// `content` inside the masthead, main region and footer, in the element
/// the app takes over.
fn page(site: &Site, path: &str, lang: Lang, content: impl FnOnce() -> AnyView + Send + 'static) -> String {
    let (site, path) = (site.clone(), path.to_owned());
    render(lang, move || {
        let site = Signal::stored(Some(Ok(site)));
        view! {
            <div id=STATIC_VIEW_ID>
                <SiteHeader site path on_search=|_| () prefs=Prefs::default()/>
                <MainRegion bare=false>{content()}</MainRegion>
                <SiteFooter site/>
            </div>
        }
    })
}

/// Renders a view in `lang`, with an owner of its own for its signals.
fn render<V: IntoView + 'static>(lang: Lang, view: impl FnOnce() -> V) -> String {
    i18n::set_language(lang);
    let owner = Owner::new();
    let html = owner.with(|| view().into_view().to_html());
    owner.cleanup();
    without_hydration_markers(&html)
}

/// The markup without the empty comments (`<!>`) Leptos leaves for
/// hydration, where an optional part is absent or two texts meet: the app
/// takes a static page over rather than hydrating it, and a reader's browser
/// or a crawler has no use for them. Text and attribute values are escaped
/// (`<` is `&lt;` in both), so every `<!>` in the output is such a marker.
fn without_hydration_markers(html: &str) -> String {
    html.replace("<!>", "")
}

#[cfg(test)]
mod tests {
    use super::without_hydration_markers;

    #[test]
    fn markers_go_and_escaped_text_stays() {
        assert_eq!(without_hydration_markers("<p>a<!> b</p><!><ul><!></ul>"), "<p>a b</p><ul></ul>");
        assert_eq!(without_hydration_markers("<p>&lt;!&gt;</p>"), "<p>&lt;!&gt;</p>");
    }
}
