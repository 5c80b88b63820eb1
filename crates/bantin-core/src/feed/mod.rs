//! The portal's content model, built from feed documents: pure logic with no
//! browser in sight, so all of it is tested natively.

mod archive;
mod convert;
mod document;
mod files;
mod front;
mod model;
mod paging;
mod register;
#[cfg(test)]
mod tests;
mod views;

pub use archive::{Archive, Filter, ListingPage, PAGE_SIZE, RELATED_COUNT, related_in, related_positions};
pub use convert::{Resolve, convert};
pub use document::Document;
pub use files::{Attachment, FileKind, format_size};
pub use front::{
    FEATURED_COUNT, Front, MOST_READ_COUNT, MOST_READ_DAYS, SECTION_COUNT, Section, Story, featured,
    most_read,
};
pub use model::{Agency, Article, Body, Category, FeedPage, Neighbours, PageLinks, Site, SiteLink};
pub use paging::{Page, Paging};
pub use register::{DOCUMENTS_PAGE_SIZE, DocumentFilter, DocumentPage, document_page, issued_day};
pub use views::{ArticleData, Latest, Listing, ListingKey, Scope};

use crate::wire::{FeedError, parse_document};

/// Parses one feed document from the bytes of a response. `resolve` makes the
/// feed's relative URLs absolute against the document's own URL; `parent` is
/// the portal as the feed's first document describes it (`None` for that one).
pub fn parse_page(bytes: &[u8], resolve: Resolve, parent: Option<&Site>) -> Result<FeedPage, FeedError> {
    parse_document(bytes).map(|wire| convert(wire, resolve, parent))
}
