//! The pieces the views are drawn with. Each receives plain data (and
//! callbacks for what the reader does) and only draws it: none loads
//! anything, and none knows the pages. The same components render in the
//! browser and, natively, into the static pages `bantin-tool` writes.
//! One public component per file (a file may keep private parts of its own).
//! Besides the core they use the reader's settings (`prefs`), the
//! browser's features (`hooks`), what a click means (`events`) and, for an
//! article's body, the sanitiser's walk (`content`).

/// The id of the element that holds a static page's markup until the app,
/// drawn beside it, takes the page over.
pub const STATIC_VIEW_ID: &str = "first-view";

mod article_body;
mod article_view;
mod attachments;
mod breadcrumb;
mod cards;
mod date_time;
mod day_picker;
mod document_card;
mod documents_view;
mod embed_list;
mod error_panel;
mod featured_stories;
mod gallery;
mod highlighted;
mod listing_pager;
mod listing_view;
mod main_region;
mod most_read;
mod not_found_notice;
mod pager;
mod photo_viewer;
mod print_view;
mod qr_code;
mod reading_options;
mod related_articles;
mod search_box;
mod search_results;
mod section_blocks;
mod share_bar;
mod share_panel;
mod share_view;
mod site_footer;
mod site_header;
mod skeleton;
mod update_line;

pub use article_body::ArticleBody;
pub use article_view::ArticleView;
pub use attachments::Attachments;
pub use breadcrumb::Breadcrumb;
pub use date_time::{DateFormat, DateTime};
pub use day_picker::DayPicker;
pub use document_card::DocumentCard;
pub use documents_view::DocumentsView;
pub use embed_list::EmbedList;
pub use error_panel::ErrorPanel;
pub use featured_stories::FeaturedStories;
pub use gallery::{Gallery, PhotoState};
pub use highlighted::Highlighted;
pub use listing_pager::ListingPager;
pub use listing_view::ListingView;
pub use main_region::MainRegion;
pub use most_read::MostRead;
pub use not_found_notice::{NOT_FOUND_CLASS, NotFoundNotice};
pub use pager::Pager;
pub use photo_viewer::PhotoViewer;
pub use print_view::PrintView;
pub use qr_code::QrCode;
pub use reading_options::ReadingOptions;
pub use related_articles::RelatedArticles;
pub use search_box::SearchBox;
pub use search_results::SearchResultsView;
pub use section_blocks::SectionBlocks;
pub use share_bar::ShareBar;
pub use share_panel::SharePanel;
pub use share_view::ShareView;
pub use site_footer::SiteFooter;
pub use site_header::{SiteHeader, SiteState};
pub use skeleton::{Skeleton, SkeletonKind};
pub use update_line::UpdateLine;
