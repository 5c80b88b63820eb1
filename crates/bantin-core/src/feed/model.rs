//! The portal and its articles as the views see them: already shaped,
//! with every fallback applied, so a view only reads fields.

use super::{Attachment, Document};
use crate::date::{Day, Timestamp, UtcOffset};
use crate::layout::Layout;
use std::sync::Arc;

/// A section of the portal ("Giáo dục – Đào tạo"), with its own listing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Category {
    /// Stable id used in URLs, e.g. `giao-duc`.
    pub id: String,
    /// Display name.
    pub name: String,
}

/// What the top-level feed says about the portal.
#[derive(Clone, Debug, PartialEq)]
pub struct Site {
    /// The portal's name.
    pub title: String,
    /// What the portal is about, for the meta description.
    pub description: Option<String>,
    /// The portal's own home page.
    pub home_page_url: Option<String>,
    /// A square image for the portal (its logo), as an absolute URL.
    pub icon: Option<String>,
    /// The feed's language, e.g. `vi`.
    pub language: Option<String>,
    /// Sections in navigation order: `_bantin.categories`, or when the feed
    /// declares none, the categories its articles use, in order of appearance.
    pub categories: Vec<Category>,
    /// The zone every time is shown in.
    pub time_zone: UtcOffset,
    /// The static layout of a large archive, when the feed has one.
    pub layout: Option<Layout>,
    /// The agency behind the portal (`_bantin.site`).
    pub agency: Agency,
}

/// What a state portal says about the agency behind it: the footer's block.
/// Every field is optional; contacts are only kept in a shape that makes a
/// working link.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Agency {
    /// The governing agency (cơ quan chủ quản).
    pub name: Option<String>,
    /// Its postal address.
    pub address: Option<String>,
    /// Its telephone number as written, and as a `tel:` link.
    pub phone: Option<(String, String)>,
    /// Its email address.
    pub email: Option<String>,
    /// Who answers for the content (người chịu trách nhiệm).
    pub editor: Option<String>,
    /// The portal's licence (giấy phép).
    pub license: Option<String>,
    /// The portal this site belongs to (the province's).
    pub parent: Option<SiteLink>,
    /// Related state portals ("Liên kết website").
    pub links: Vec<SiteLink>,
}

impl Agency {
    /// Whether the feed said nothing about the agency.
    pub fn is_empty(&self) -> bool {
        self == &Agency::default()
    }
}

/// A link to another site, by name: always an absolute `http(s)` URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteLink {
    /// What the link is called.
    pub name: String,
    /// Where it leads.
    pub url: String,
}

impl Site {
    /// The declared category with this id.
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }
}

/// An article's body, as the feed gives it.
#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    /// `content_html`: must go through the sanitiser before it reaches the DOM.
    Html(String),
    /// `content_text`: shown as paragraphs of plain text.
    Text(String),
    /// The feed gave no body.
    Empty,
}

/// One article, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// The feed's id, unique within the feed.
    pub id: String,
    /// A display title, never empty (derived from the text when the feed has none).
    pub title: String,
    /// The lead (`summary`), set apart above the body.
    pub summary: Option<String>,
    /// Text for a listing card: the summary, else the start of the body; `None`
    /// when the title was itself derived from that text.
    pub teaser: Option<String>,
    /// The body.
    pub body: Body,
    /// The main image, as an absolute URL.
    pub image: Option<String>,
    /// The article's permalink on the portal's own site.
    pub permalink: Option<String>,
    /// First publication.
    pub published: Option<Timestamp>,
    /// Last update.
    pub modified: Option<Timestamp>,
    /// Authors' names (the item's, else the feed's).
    pub authors: Vec<String>,
    /// The credit line as printed, e.g. `Tin, ảnh: Mỹ Linh`.
    pub byline: Option<String>,
    /// How many times it was read.
    pub views: Option<u64>,
    /// Its section.
    pub category: Option<Category>,
    /// The feed's tags for it, as written.
    pub tags: Vec<String>,
    /// The article's language when the feed gives one.
    pub language: Option<String>,
    /// The feed document it came from: relative URLs in its body resolve against it.
    pub base_url: String,
    /// About how long it takes to read, in minutes (when the body is known).
    pub reading_minutes: Option<u32>,
    /// Files that go with it, in the feed's order.
    pub attachments: Vec<Attachment>,
    /// The legal document it publishes, if it is one.
    pub document: Option<Document>,
    /// Its rank among the featured stories ("Tiêu điểm"), lower first;
    /// `None` when it is not one.
    pub featured: Option<u64>,
}

impl Article {
    /// The texts search finds it by: its title, lead and category's name,
    /// and a legal document's number and abstract.
    pub fn search_texts(&self) -> Vec<&str> {
        let document = self.document.as_ref();
        [
            Some(self.title.as_str()),
            self.summary.as_deref(),
            self.category.as_ref().map(|c| c.name.as_str()),
            document.map(|d| d.number.as_str()),
            document.and_then(|d| d.summary.as_deref()),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// The time the update line shows: the last update, else first publication.
    pub fn updated(&self) -> Option<Timestamp> {
        self.modified.or(self.published)
    }

    /// The time a listing orders by: first publication, else the last update.
    pub fn listed(&self) -> Option<Timestamp> {
        self.published.or(self.modified)
    }

    /// Sorts newest first (by [`Self::listed`]); undated articles keep their
    /// order, after dated ones. One function, so one copy of the sort in the binary.
    pub fn sort_newest_first(articles: &mut [Arc<Self>]) {
        articles.sort_by_key(|a| std::cmp::Reverse(a.listed()));
    }

    /// The credit line under the article: the byline as printed, else the
    /// authors' names.
    pub fn credit(&self) -> Option<String> {
        self.byline.clone().or_else(|| (!self.authors.is_empty()).then(|| self.authors.join(", ")))
    }

    /// What "Nghe bài viết" reads: the title, the lead, then the body, each
    /// ending a sentence.
    pub fn spoken_text(&self) -> String {
        let body = self.body_text();
        let parts = [Some(self.title.as_str()), self.summary.as_deref(), Some(body.as_str())];
        let sentences = parts
            .into_iter()
            .flatten()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| if p.ends_with(['.', '!', '?', '…']) { p.to_owned() } else { format!("{p}.") });
        sentences.collect::<Vec<_>>().join(" ")
    }

    /// The body as plain text, its whitespace collapsed.
    pub fn body_text(&self) -> String {
        match &self.body {
            Body::Html(html) => crate::text::html_to_text(html),
            Body::Text(text) => crate::text::collapse_whitespace(text),
            Body::Empty => String::new(),
        }
    }

    /// Whether the article belongs to the category with this id.
    pub fn in_category(&self, id: &str) -> bool {
        self.category.as_ref().is_some_and(|c| c.id == id)
    }

    /// Its topics: each key of its tags' topic pages
    /// ([`crate::routes::topic_key`]) once, with the first tag that has it;
    /// tags with no key are left out.
    pub fn topics(&self) -> Vec<(String, &str)> {
        let mut topics: Vec<(String, &str)> = Vec::with_capacity(self.tags.len());
        for tag in &self.tags {
            if let Some(key) = crate::routes::topic_key(tag)
                && !topics.iter().any(|(k, _)| *k == key)
            {
                topics.push((key, tag));
            }
        }
        topics
    }

    /// The tag of the topic with this key, as this article writes it.
    pub fn topic_named(&self, key: &str) -> Option<&str> {
        self.tags.iter().find(|tag| crate::routes::topic_key(tag).as_deref() == Some(key)).map(String::as_str)
    }

    /// The day, in the portal's `zone`, a listing dates it by.
    pub fn day(&self, zone: UtcOffset) -> Option<Day> {
        self.listed().map(|t| t.day_at(zone))
    }
}

/// The nearest days before and after a day that have articles, as a day's
/// view links to them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Neighbours {
    /// The latest earlier day with articles.
    pub previous: Option<Day>,
    /// The earliest later day with articles.
    pub next: Option<Day>,
}

/// One fetched feed document, converted.
#[derive(Clone, Debug, PartialEq)]
pub struct FeedPage {
    /// The portal, as this document describes it.
    pub site: Site,
    /// Its articles, newest first.
    pub articles: Vec<Arc<Article>>,
    /// The absolute URL of the next document of a paginated feed.
    pub next_url: Option<String>,
    /// Items that could not be shown at all (no id, no text), for diagnostics.
    pub skipped: usize,
    /// The home page's blocks, when a static layout wrote them into its
    /// first document (`_bantin.front`).
    pub front: Option<super::Front>,
    /// A static layout's day document: the days either side that have
    /// articles (`_bantin.day`).
    pub neighbours: Option<Neighbours>,
    /// A static layout's listing page: the pages either side (`_bantin.page`).
    pub page_links: Option<PageLinks>,
    /// A static layout's article document: the articles of its category
    /// published just before it (`_bantin.related`).
    pub related: Vec<Arc<Article>>,
}

/// The pages before and after a listing page of a static layout, by their
/// block numbers: `newer` `None` on an older page is the listing's newest.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PageLinks {
    /// The older page.
    pub older: Option<usize>,
    /// The newer page.
    pub newer: Option<usize>,
}
