//! What each view of an archive shows, as plain data: a page of a listing,
//! an article with the articles around it, the widget's newest articles.
//! The app's pages load these and its components draw them; the tool builds
//! the same from a feed on disk for the static pages.

use super::{Article, Category, Front, ListingPage, Site};
use std::sync::Arc;

/// One page of the home listing or of a category's listing.
#[derive(Clone, Debug, PartialEq)]
pub struct Listing {
    /// The portal.
    pub site: Site,
    /// The category listed; `None` for the home page.
    pub category: Option<Category>,
    /// The articles on this page.
    pub page: ListingPage,
    /// The home page's first page: its featured stories, most read and
    /// sections (the page's articles leave out the featured ones).
    pub front: Option<Front>,
}

/// An article with what its view shows around it.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleData {
    /// The portal.
    pub site: Site,
    /// The article.
    pub article: Arc<Article>,
    /// Newest articles of the same category, without this one.
    pub related: Vec<Arc<Article>>,
    /// The portal's most read articles ("Đọc nhiều").
    pub most_read: Vec<Arc<Article>>,
}

/// The newest articles, for the embeddable widget.
#[derive(Clone, Debug, PartialEq)]
pub struct Latest {
    /// The portal.
    pub site: Site,
    /// The category shown, when the widget names one.
    pub category: Option<Category>,
    /// Up to the number asked for, newest first.
    pub articles: Vec<Arc<Article>>,
}
