//! The articles of a (possibly paginated) feed, as far as it has been read,
//! and the views cut from it: listing pages, one article, related articles.

use super::front::{self, Front};
use super::model::{Article, Category, FeedPage, Neighbours, Site};
use super::paging::{Page, Paging};
use super::views::{ArticleData, Latest, Listing, ListingKey, Scope};
use crate::date::{Day, UtcOffset};
use crate::i18n::Texts;
use crate::search::{self, SearchHit, SearchQuery};
use std::collections::HashSet;
use std::sync::Arc;

/// Articles in one block of a listing (see [`super::paging`]).
pub const PAGE_SIZE: usize = 10;
/// Related articles shown under an article: the ones of its category
/// published just before it ("Tin cùng chuyên mục").
pub const RELATED_COUNT: usize = 5;

/// The feed's documents read so far, in order, flattened into one list.
#[derive(Clone, Debug)]
pub struct Archive {
    /// The portal, as the first document describes it.
    pub site: Site,
    /// Every article read so far, each document newest first, in document order.
    pub articles: Vec<Arc<Article>>,
    /// True when the last document has no further page.
    pub complete: bool,
    ids: HashSet<String>,
}

/// Which articles a listing shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Filter<'a> {
    /// Every article (the home page).
    All,
    /// One category's articles, by category id.
    Category(&'a str),
    /// Every article but these (the home page's featured stories, which
    /// lead the page above its latest news).
    AllBut(&'a [Arc<Article>]),
    /// The articles of a topic, by its key.
    Topic(&'a str),
    /// The articles of a day in a zone.
    Day(Day, UtcOffset),
}

/// One page of a listing.
#[derive(Clone, Debug, PartialEq)]
pub struct ListingPage {
    /// Which page it is.
    pub page: Page,
    /// The articles on it, newest first.
    pub articles: Vec<Arc<Article>>,
    /// The page of the articles before these, if any.
    pub older: Option<Page>,
    /// The page of the articles after these, if any.
    pub newer: Option<Page>,
}

impl ListingPage {
    /// `page` of a listing of `listed` (newest first) in blocks of `size`;
    /// `None` when it has no such page.
    pub fn of(listed: &[Arc<Article>], size: usize, page: Page) -> Option<Self> {
        let paging = Paging::new(listed.len(), size);
        let articles = listed.get(paging.range(page)?)?.to_vec();
        Some(Self { page, articles, older: paging.older(page), newer: paging.newer(page) })
    }

    /// What an older page is called, in its title and its pager: the days
    /// its articles span (`Từ 12/03/2023 đến 15/03/2023`), else its number;
    /// `None` for the newest page, which its listing's name heads.
    pub fn label(&self, zone: UtcOffset, t: &Texts) -> Option<String> {
        let Page::Block(number) = self.page else { return None };
        let days = || self.articles.iter().filter_map(|a| a.day(zone));
        Some(match (days().min(), days().max()) {
            (Some(from), Some(to)) => t.span(from, to),
            _ => t.page_number(number),
        })
    }
}

/// The articles published just before `article` in `listed` (one
/// category's articles, newest first): its related articles, which a
/// newer article never changes.
pub fn related_in<T: AsRef<Article> + Clone>(listed: &[T], article: &Article) -> Vec<T> {
    let Some(at) = listed.iter().position(|a| a.as_ref().id == article.id) else { return Vec::new() };
    listed.iter().skip(at + 1).take(RELATED_COUNT).cloned().collect()
}

/// Every article's related articles at once (as [`related_in`] picks
/// them), for articles listed newest first by their categories' ids: the
/// positions of each one's, by its own position.
pub fn related_positions<'a>(categories: impl IntoIterator<Item = Option<&'a str>>) -> Vec<Vec<usize>> {
    let mut by_category: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    let mut count = 0;
    for (i, category) in categories.into_iter().enumerate() {
        if let Some(category) = category {
            by_category.entry(category).or_default().push(i);
        }
        count = i + 1;
    }
    let mut related = vec![Vec::new(); count];
    for positions in by_category.values() {
        for (at, &i) in positions.iter().enumerate() {
            related[i] = positions.iter().skip(at + 1).take(RELATED_COUNT).copied().collect();
        }
    }
    related
}

impl<'a> Filter<'a> {
    /// The filter for a listing of `category` (`None`: every article).
    pub fn of(category: Option<&'a str>) -> Self {
        category.map_or(Filter::All, Filter::Category)
    }

    fn accepts(&self, article: &Article) -> bool {
        match self {
            Filter::All => true,
            Filter::Category(id) => article.in_category(id),
            Filter::AllBut(these) => !these.iter().any(|a| a.id == article.id),
            Filter::Topic(key) => article.topic_named(key).is_some(),
            Filter::Day(day, zone) => article.day(*zone) == Some(*day),
        }
    }
}

impl Archive {
    /// An archive holding the first document of a feed.
    pub fn new(first: &FeedPage) -> Self {
        let mut archive = Self {
            site: first.site.clone(),
            articles: Vec::with_capacity(first.articles.len()),
            complete: false,
            ids: HashSet::new(),
        };
        archive.push(first);
        archive
    }

    /// Adds the next document. An article already seen on an earlier page
    /// (feeds shift while being paged) keeps its first place.
    pub fn push(&mut self, page: &FeedPage) {
        for article in &page.articles {
            if self.ids.insert(article.id.clone()) {
                self.articles.push(Arc::clone(article));
            }
        }
        self.complete = page.next_url.is_none();
    }

    fn matching<'a>(&'a self, filter: Filter<'a>) -> impl Iterator<Item = &'a Arc<Article>> + 'a {
        self.articles.iter().filter(move |a| filter.accepts(a))
    }

    /// Listing page `page`, or `None` when the listing has no such page.
    /// Pages are counted from the oldest article ([`super::paging`]), so
    /// it needs the whole feed read ([`Self::complete`]). The newest page
    /// always exists, even when empty.
    pub fn listing(&self, filter: Filter, page: Page) -> Option<ListingPage> {
        let listed: Vec<Arc<Article>> = self.matching(filter).cloned().collect();
        ListingPage::of(&listed, PAGE_SIZE, page)
    }

    /// Whether enough has been read to show the `n` latest articles.
    pub fn has_latest(&self, filter: Filter, n: usize) -> bool {
        self.complete || self.matching(filter).nth(n.saturating_sub(1)).is_some()
    }

    /// The `n` latest articles (fewer when the feed has fewer).
    pub fn latest(&self, filter: Filter, n: usize) -> Vec<Arc<Article>> {
        self.matching(filter).take(n).cloned().collect()
    }

    /// The article with this id, if read so far.
    pub fn find(&self, id: &str) -> Option<&Arc<Article>> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// Other articles of the same category, newest first.
    pub fn related(&self, article: &Article) -> Vec<Arc<Article>> {
        let Some(category) = &article.category else {
            return Vec::new();
        };
        let mut listed: Vec<_> = self.matching(Filter::Category(&category.id)).cloned().collect();
        Article::sort_newest_first(&mut listed);
        related_in(&listed, article)
    }

    /// The category `id` names, from the portal's list or, failing that, the
    /// articles read so far: `Some(None)` for no id, `None` for an unknown one.
    pub fn category(&self, id: Option<&str>) -> Option<Option<Category>> {
        let Some(id) = id else { return Some(None) };
        let used = || self.articles.iter().find_map(|a| a.category.as_ref().filter(|c| c.id == id));
        self.site.category(id).or_else(used).cloned().map(Some)
    }

    /// Listing page `page` of `key` as its view shows it (from the whole
    /// feed: see [`Self::listing`]); `None` for an
    /// unknown category or topic or a page past the end. The home page's
    /// latest news leave out its featured stories, which its first page
    /// leads with. A day with no articles is still a page: it links to the
    /// days around it.
    pub fn listing_data(&self, key: &ListingKey, page: Page) -> Option<Listing> {
        let zone = self.site.time_zone;
        let (scope, page, front) = match key {
            ListingKey::Home => {
                let featured = front::featured(&self.articles);
                let listed = self.listing(Filter::AllBut(&featured), page)?;
                // Only the first page shows the other blocks.
                let front = (listed.page == Page::Newest).then(|| Front {
                    featured,
                    most_read: front::most_read(&self.articles),
                    sections: front::sections(&self.articles, &self.site.categories),
                });
                (Scope::Home, listed, front)
            }
            ListingKey::Category(id) => {
                let category = self.category(Some(id)).flatten()?;
                (Scope::Category(category), self.listing(Filter::Category(id), page)?, None)
            }
            ListingKey::Topic(key) => {
                let name = self.articles.iter().find_map(|a| a.topic_named(key))?.to_owned();
                let listed = self.listing(Filter::Topic(key), page)?;
                (Scope::Topic { key: key.clone(), name }, listed, None)
            }
            ListingKey::Day(day) => {
                let day = day.or_else(|| self.newest_day())?;
                let days = || self.articles.iter().filter_map(|a| a.day(zone));
                let neighbours = Neighbours {
                    previous: days().filter(|d| *d < day).max(),
                    next: days().filter(|d| *d > day).min(),
                };
                (Scope::Day(day, neighbours), self.listing(Filter::Day(day, zone), page)?, None)
            }
        };
        Some(Listing { site: self.site.clone(), scope, page, front })
    }

    /// The newest day, in the portal's zone, that has articles.
    fn newest_day(&self) -> Option<Day> {
        self.articles.iter().filter_map(|a| a.day(self.site.time_zone)).max()
    }

    /// The `n` newest articles of `category` for the widget; `None` for an
    /// unknown category.
    pub fn latest_data(&self, category: Option<&str>, n: usize) -> Option<Latest> {
        let known = self.category(category)?;
        Some(Latest {
            site: self.site.clone(),
            category: known,
            articles: self.latest(Filter::of(category), n),
        })
    }

    /// The article `id` with its related articles, if read so far.
    pub fn article_data(&self, id: &str) -> Option<ArticleData> {
        let article = Arc::clone(self.find(id)?);
        Some(ArticleData {
            site: self.site.clone(),
            related: self.related(&article),
            most_read: front::most_read(&self.articles),
            article,
        })
    }

    /// Every article read so far that `query` finds (see
    /// [`crate::search`]: every word in the head fields as a prefix or in
    /// the body as a whole word), filtered and ordered as it asks: the total
    /// and its page of hits, each with a snippet of its body.
    pub fn search(&self, query: &SearchQuery) -> (usize, Vec<SearchHit>) {
        let words = search::query_words(&query.text);
        if words.is_empty() {
            return (0, Vec::new());
        }
        let zone = self.site.time_zone;
        let texts: Vec<String> = self.articles.iter().map(|a| a.body_text()).collect();
        let bodies: Vec<Vec<String>> = texts.iter().map(|text| search::words(text)).collect();
        let avg_len = bodies.iter().map(Vec::len).sum::<usize>() as f32 / bodies.len().max(1) as f32;
        let docs = bodies.len() as u32;
        let df: Vec<u32> = words
            .iter()
            .map(|q| bodies.iter().filter(|b| search::body_count(q, b) > 0).count() as u32)
            .collect();
        // Each article found, with its body's text (for its snippet) and score.
        let mut found: Vec<((&Arc<Article>, &str), f32)> = Vec::new();
        for ((article, body), text) in self.articles.iter().zip(&bodies).zip(&texts) {
            let wanted = query.category.as_deref().is_none_or(|c| article.in_category(c))
                && query.in_range(article.day(zone));
            if !wanted {
                continue;
            }
            let head = search::words(&article.search_texts().join(" "));
            let mut score = 0.0;
            let every = words.iter().zip(&df).all(|(q, &df)| {
                let in_head = head.iter().any(|w| w.starts_with(q.as_str()));
                let tf = search::body_count(q, body);
                score += if in_head { search::HEAD_SCORE } else { 0.0 };
                score += search::body_weight(tf, body.len() as u32, avg_len, docs, df);
                in_head || tf > 0
            });
            if every {
                found.push(((article, text.as_str()), score));
            }
        }
        search::order(&mut found, query.order);
        let hits = search::page_of(&found, query.page)
            .map(|((a, text), _)| SearchHit {
                id: a.id.clone(),
                title: a.title.clone(),
                date: a.listed(),
                category: a.category.clone(),
                snippet: Some(search::snippet(text, &words)).filter(|s| !s.is_empty()),
            })
            .collect();
        (found.len(), hits)
    }
}
