//! What each view of an archive shows, as plain data: a page of a listing,
//! an article with the articles around it, the widget's newest articles.
//! The app's pages load these and its components draw them; the tool builds
//! the same from a feed on disk for the static pages.

use super::{Article, Category, Front, ListingPage, Neighbours, Page, Site};
use crate::date::Day;
use crate::i18n::Texts;
use crate::routes;
use std::sync::Arc;

/// Which listing a view asks for, as its route names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListingKey {
    /// The home page: every article.
    Home,
    /// A category's articles, by the category's id.
    Category(String),
    /// A topic's articles, by its key ([`routes::topic_key`]).
    Topic(String),
    /// One day's articles in the portal's zone; `None`: the newest day
    /// that has any.
    Day(Option<Day>),
}

/// What a listing lists, as its view names it.
#[derive(Clone, Debug, PartialEq)]
pub enum Scope {
    /// The home page.
    Home,
    /// A category.
    Category(Category),
    /// A topic: its key and its tag as an article writes it.
    Topic {
        /// The topic's key.
        key: String,
        /// Its name: the tag.
        name: String,
    },
    /// A day, with the nearest days either side that have articles.
    Day(Day, Neighbours),
}

impl Scope {
    /// The path of this listing's page `page`.
    pub fn href(&self, page: Page) -> String {
        match self {
            Scope::Home => routes::home(page),
            Scope::Category(c) => routes::category(&c.id, page),
            Scope::Topic { key, .. } => routes::topic(key, page),
            Scope::Day(day, _) => routes::day(*day, page),
        }
    }

    /// What a page's title calls the listing: `None` for the home page,
    /// which the portal's own name heads.
    pub fn name(&self, t: &Texts) -> Option<String> {
        match self {
            Scope::Home => None,
            Scope::Category(c) => Some(c.name.clone()),
            Scope::Topic { name, .. } => Some(format!("{}: {name}", t.topic)),
            Scope::Day(day, _) => Some(t.day_heading(*day)),
        }
    }

    /// The category listed, if it is one.
    pub fn category(&self) -> Option<&Category> {
        match self {
            Scope::Category(c) => Some(c),
            _ => None,
        }
    }
}

/// One page of a listing: the home page, a category, a topic or a day.
#[derive(Clone, Debug, PartialEq)]
pub struct Listing {
    /// The portal.
    pub site: Site,
    /// What is listed.
    pub scope: Scope,
    /// The articles on this page.
    pub page: ListingPage,
    /// The home page's first page: its featured stories, most read and
    /// sections (the page's articles leave out the featured ones).
    pub front: Option<Front>,
}

impl Listing {
    /// The page's title and description: `Giáo dục – Cổng…`, with an older
    /// page's days after it (`(Từ 12/03/2023 đến 15/03/2023)`).
    pub fn head(&self, t: &Texts) -> (String, String) {
        let name = self.scope.name(t);
        let mut title = match &name {
            Some(name) => format!("{name} – {}", self.site.title),
            None => self.site.title.clone(),
        };
        if let Some(label) = self.page.label(self.site.time_zone, t) {
            title = format!("{title} ({label})");
        }
        let description = match name {
            Some(name) => format!("{name}: {}", self.site.title),
            None => self.site.description.clone().unwrap_or_else(|| self.site.title.clone()),
        };
        (title, description)
    }
}

/// An article with what its view shows around it.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleData {
    /// The portal.
    pub site: Site,
    /// The article.
    pub article: Arc<Article>,
    /// The articles of its category published just before it.
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
