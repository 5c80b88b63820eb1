//! What a portal's home page leads with, besides the latest news: the
//! featured stories ("Tiêu điểm"), the most read ("Đọc nhiều") and each
//! section's newest. Computed from whatever articles are at hand: the
//! archive read so far in the app, the whole feed in `bantin-tool`.

use super::model::{Article, Category};
use crate::date::Timestamp;
use std::sync::Arc;

/// Featured stories on the home page: one large, up to four beside it.
pub const FEATURED_COUNT: usize = 5;
/// Most-read articles listed.
pub const MOST_READ_COUNT: usize = 5;
/// The most-read list counts articles published this many days before the
/// newest one (not before today: an old archive still has a list).
pub const MOST_READ_DAYS: i64 = 30;
/// Newest articles shown under each section's name on the home page.
pub const SECTION_COUNT: usize = 4;

/// The home page's blocks besides the latest news.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Front {
    /// Featured stories, first the one shown large.
    pub featured: Vec<Arc<Article>>,
    /// The most read of the last [`MOST_READ_DAYS`] days, most read first.
    pub most_read: Vec<Arc<Article>>,
    /// Each section's newest articles, in navigation order.
    pub sections: Vec<Section>,
}

/// One section's newest articles.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// The section.
    pub category: Category,
    /// Its newest articles.
    pub articles: Vec<Arc<Article>>,
}

impl Front {
    /// The home page's blocks for `articles` (any order) and the portal's
    /// sections.
    pub fn of(articles: &[Arc<Article>], categories: &[Category]) -> Self {
        Front {
            featured: featured(articles),
            most_read: most_read(articles),
            sections: sections(articles, categories),
        }
    }

    /// Whether `article` leads the page: the latest news leaves it out.
    pub fn features(&self, article: &Article) -> bool {
        self.featured.iter().any(|f| f.id == article.id)
    }
}

/// What the blocks rank an article by. The app and the static pages rank
/// articles; `bantin-tool layout` ranks the listing copies it writes, so
/// the blocks it writes into a layout are the ones the app would draw.
pub trait Story {
    /// Its rank among the featured stories, lower first; `None` when it is
    /// not one.
    fn featured(&self) -> Option<u64>;
    /// How many times it was read.
    fn views(&self) -> Option<u64>;
    /// When it was published (else last updated).
    fn listed(&self) -> Option<Timestamp>;
}

impl Story for Arc<Article> {
    fn featured(&self) -> Option<u64> {
        self.featured
    }

    fn views(&self) -> Option<u64> {
        self.views
    }

    fn listed(&self) -> Option<Timestamp> {
        Article::listed(self)
    }
}

/// The featured stories: lower rank first, then newer first.
pub fn featured<T: Story + Clone>(articles: &[T]) -> Vec<T> {
    let mut featured: Vec<_> = articles.iter().filter(|a| a.featured().is_some()).cloned().collect();
    featured.sort_by(|a, b| a.featured().cmp(&b.featured()).then_with(|| b.listed().cmp(&a.listed())));
    featured.truncate(FEATURED_COUNT);
    featured
}

/// The most read among the articles published within [`MOST_READ_DAYS`] of
/// the newest: most views first, then newer first. Articles without a
/// view count are not ranked.
pub fn most_read<T: Story + Clone>(articles: &[T]) -> Vec<T> {
    let Some(newest) = articles.iter().filter_map(Story::listed).max() else { return Vec::new() };
    let since = newest.unix_seconds() - MOST_READ_DAYS * 86_400;
    let mut read: Vec<_> = articles
        .iter()
        .filter(|a| a.views().is_some() && a.listed().is_some_and(|t| t.unix_seconds() >= since))
        .cloned()
        .collect();
    read.sort_by(|a, b| b.views().cmp(&a.views()).then_with(|| b.listed().cmp(&a.listed())));
    read.truncate(MOST_READ_COUNT);
    read
}

/// Each section's newest [`SECTION_COUNT`] articles, for the sections that
/// have any.
pub fn sections(articles: &[Arc<Article>], categories: &[Category]) -> Vec<Section> {
    categories
        .iter()
        .filter_map(|category| {
            let mut newest: Vec<_> =
                articles.iter().filter(|a| a.in_category(&category.id)).cloned().collect();
            Article::sort_newest_first(&mut newest);
            newest.truncate(SECTION_COUNT);
            (!newest.is_empty()).then(|| Section { category: category.clone(), articles: newest })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{Body, Category};
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    const DAY: i64 = 86_400;
    /// 2023-03-31T00:00:00Z.
    const END: i64 = 1_680_220_800;

    fn article(
        id: &str,
        days_before_end: i64,
        views: Option<u64>,
        featured: Option<u64>,
        category: &str,
    ) -> Arc<Article> {
        let at = crate::date::Timestamp::from_unix_seconds(END - days_before_end * DAY);
        Arc::new(Article {
            id: id.into(),
            title: id.into(),
            summary: None,
            teaser: None,
            body: Body::Empty,
            image: None,
            permalink: None,
            published: Some(at),
            modified: None,
            authors: Vec::new(),
            byline: None,
            views,
            category: Some(Category { id: category.into(), name: category.into() }),
            tags: Vec::new(),
            language: None,
            base_url: String::new(),
            reading_minutes: None,
            attachments: Vec::new(),
            document: None,
            featured,
        })
    }

    fn ids(articles: &[Arc<Article>]) -> Vec<&str> {
        articles.iter().map(|a| a.id.as_str()).collect()
    }

    #[test]
    fn featured_stories_lead_by_rank_then_newest_and_at_most_five() {
        let articles = [
            article("plain", 0, None, None, "a"),
            article("true-new", 1, None, Some(u64::MAX), "a"),
            article("true-old", 9, None, Some(u64::MAX), "a"),
            article("rank-2", 5, None, Some(2), "a"),
            article("rank-0", 8, None, Some(0), "a"),
            article("rank-2-newer", 3, None, Some(2), "a"),
            article("true-oldest", 20, None, Some(u64::MAX), "a"),
        ];
        assert_eq!(ids(&featured(&articles)), ["rank-0", "rank-2-newer", "rank-2", "true-new", "true-old"]);
        assert!(featured(&articles[..1]).is_empty());
        let front = Front::of(&articles, &[]);
        assert!(front.features(&articles[4]) && !front.features(&articles[0]));
    }

    #[test]
    fn most_read_counts_the_thirty_days_before_the_newest_article() {
        let articles = [
            article("newest", 0, Some(10), None, "a"),
            article("popular", 12, Some(900), None, "a"),
            article("edge", 30, Some(500), None, "a"),
            article("too-old", 31, Some(10_000), None, "a"),
            article("uncounted", 2, None, None, "a"),
            article("tie-older", 20, Some(40), None, "a"),
            article("tie-newer", 4, Some(40), None, "a"),
            article("least", 6, Some(1), None, "a"),
        ];
        assert_eq!(ids(&most_read(&articles)), ["popular", "edge", "tie-newer", "tie-older", "newest"]);
        // An archive whose newest article is years old still has a list.
        let old: Vec<_> = articles
            .iter()
            .map(|a| {
                let at = a
                    .published
                    .map(|t| crate::date::Timestamp::from_unix_seconds(t.unix_seconds() - 3_000 * DAY));
                Arc::new(Article { published: at, ..Article::clone(a) })
            })
            .collect();
        assert_eq!(most_read(&old).len(), 5);
        assert!(most_read::<Arc<Article>>(&[]).is_empty());
    }

    #[test]
    fn each_section_lists_its_newest_in_navigation_order() {
        let categories = [
            Category { id: "b".into(), name: "B".into() },
            Category { id: "empty".into(), name: "Empty".into() },
            Category { id: "a".into(), name: "A".into() },
        ];
        let articles: Vec<_> = (0..6)
            .map(|n| article(&format!("a{n}"), 6 - n, None, None, "a"))
            .chain([article("b0", 1, None, None, "b")])
            .collect();
        let sections = sections(&articles, &categories);
        assert_eq!(sections.iter().map(|s| s.category.id.as_str()).collect::<Vec<_>>(), ["b", "a"]);
        assert_eq!(ids(&sections[1].articles), ["a5", "a4", "a3", "a2"]);
    }
}
