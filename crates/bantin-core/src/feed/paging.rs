//! How a listing is cut into pages that keep their articles.
//!
//! A listing's articles are counted from the oldest, in blocks of `size`:
//! block 1 holds the oldest `size`, block 2 the next, and the last, the
//! newest, holds the rest (1 to `size`). The listing's first page shows its
//! newest `size` articles; each older page is a block, numbered by it
//! (`/trang/3` is the third block from the oldest), less the articles the
//! newest page already shows: only the block just before the newest one
//! loses any, so the page after the newest may be short. Every other block
//! never changes: a new article changes the newest page and the one after
//! it, and every `size` articles one more block becomes a page. So a page's
//! address keeps its articles, and publishing an article rewrites a few
//! pages, not all of them.

use std::ops::Range;

/// A page of a listing: its newest, or an older block by its number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Page {
    /// The newest articles: the listing's first page.
    #[default]
    Newest,
    /// The block of this number, counted from the oldest (1-based).
    Block(usize),
}

/// A listing of `count` articles in blocks of `size`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paging {
    /// How many articles the listing has.
    pub count: usize,
    /// Articles per block (at least 1).
    pub size: usize,
}

impl Paging {
    /// A listing of `count` articles in blocks of `size`.
    pub fn new(count: usize, size: usize) -> Self {
        Self { count, size: size.max(1) }
    }

    /// How many blocks the listing has (none when it is empty).
    pub fn blocks(self) -> usize {
        self.count.div_ceil(self.size)
    }

    /// How many older pages the listing has: every block but the newest.
    pub fn older_pages(self) -> usize {
        self.blocks().saturating_sub(1)
    }

    /// Whether the listing has `page`. The newest page always exists, even
    /// when the listing is empty.
    pub fn has(self, page: Page) -> bool {
        match page {
            Page::Newest => true,
            Page::Block(number) => (1..=self.older_pages()).contains(&number),
        }
    }

    /// The articles `page` shows, as positions in the listing newest first;
    /// `None` when it has no such page.
    pub fn range(self, page: Page) -> Option<Range<usize>> {
        match page {
            Page::Newest => Some(0..self.count.min(self.size)),
            Page::Block(number) if self.has(page) => {
                let end = self.count - (number - 1) * self.size;
                Some((end - self.size).max(self.size)..end)
            }
            Page::Block(_) => None,
        }
    }

    /// The page before `page` in time (its older articles), if any.
    pub fn older(self, page: Page) -> Option<Page> {
        let number = match page {
            Page::Newest => self.older_pages(),
            Page::Block(number) => number.checked_sub(1)?,
        };
        (number >= 1 && self.has(page)).then_some(Page::Block(number))
    }

    /// The page after `page` in time (its newer articles), if any.
    pub fn newer(self, page: Page) -> Option<Page> {
        match page {
            Page::Newest => None,
            Page::Block(number) if self.has(page) && number < self.older_pages() => {
                Some(Page::Block(number + 1))
            }
            Page::Block(_) => self.has(page).then_some(Page::Newest),
        }
    }

    /// Every page, newest first.
    pub fn pages(self) -> impl Iterator<Item = Page> {
        std::iter::once(Page::Newest).chain((1..=self.older_pages()).rev().map(Page::Block))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn the_newest_page_shows_the_newest_and_older_blocks_are_pages() {
        // 47 articles in blocks of 10, from the oldest: 1–10, 11–20, 21–30,
        // 31–40, 41–47. The newest page shows the newest 10 (41–47 and
        // 38–40); block 4 is what is left of 31–40.
        let paging = Paging::new(47, 10);
        assert_eq!((paging.blocks(), paging.older_pages()), (5, 4));
        assert_eq!(paging.range(Page::Newest), Some(0..10));
        assert_eq!(paging.range(Page::Block(4)), Some(10..17));
        assert_eq!(paging.range(Page::Block(3)), Some(17..27));
        assert_eq!(paging.range(Page::Block(1)), Some(37..47));
        assert_eq!(paging.range(Page::Block(5)), None, "the newest block is on the newest page");
        assert_eq!(paging.range(Page::Block(0)), None);
        let pages: Vec<Page> = paging.pages().collect();
        assert_eq!(pages, [Page::Newest, Page::Block(4), Page::Block(3), Page::Block(2), Page::Block(1)]);
        // Every article is on exactly one page.
        let mut seen: Vec<usize> = pages.iter().filter_map(|p| paging.range(*p)).flatten().collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..47).collect::<Vec<_>>());
    }

    #[test]
    fn pages_lead_older_and_newer() {
        let paging = Paging::new(47, 10);
        assert_eq!(paging.older(Page::Newest), Some(Page::Block(4)));
        assert_eq!(paging.older(Page::Block(3)), Some(Page::Block(2)));
        assert_eq!(paging.older(Page::Block(1)), None);
        assert_eq!(paging.newer(Page::Block(1)), Some(Page::Block(2)));
        assert_eq!(paging.newer(Page::Block(4)), Some(Page::Newest));
        assert_eq!(paging.newer(Page::Newest), None);
        assert_eq!(paging.older(Page::Block(9)), None);
        assert_eq!(paging.newer(Page::Block(9)), None);
    }

    #[test]
    fn a_short_listing_is_one_page() {
        for count in [0, 1, 10] {
            let paging = Paging::new(count, 10);
            assert_eq!(paging.range(Page::Newest), Some(0..count), "{count}");
            assert_eq!(paging.older(Page::Newest), None, "{count}");
            assert!(!paging.has(Page::Block(1)), "{count}");
        }
        assert_eq!(Paging::new(11, 10).range(Page::Block(1)), Some(10..11));
        assert_eq!(Paging::new(20, 10).range(Page::Block(1)), Some(10..20));
    }

    #[test]
    fn a_new_article_changes_the_newest_page_and_the_one_after_it() {
        for count in 10..80 {
            let (before, after) = (Paging::new(count, 10), Paging::new(count + 1, 10));
            let last = before.older_pages();
            for number in 1..=last {
                // The same articles, one position further down the newest-first list.
                let (old, new) = (before.range(Page::Block(number)), after.range(Page::Block(number)));
                let shifted = old.clone().map(|r| r.start + 1..r.end + 1);
                // Only the page after the newest gains the article the
                // newest page let go; when the newest block was full, a
                // new one starts and that page keeps its articles too.
                if number < last || count % 10 == 0 {
                    assert_eq!(shifted, new, "{count}: block {number}");
                } else {
                    assert_eq!(old.map(|r| r.len() + 1), new.map(|r| r.len()), "{count}: block {number}");
                }
            }
            assert!(after.older_pages() - before.older_pages() <= 1);
        }
    }
}
