//! Reusable pieces of the views. One public component per file.

mod article_body;
mod breadcrumb;
mod error_panel;
mod highlighted;
mod listing_view;
mod pager;
mod qr_code;
mod reading_options;
mod related_articles;
mod resource_view;
mod search_box;
mod share_bar;
mod share_panel;
mod site_footer;
mod site_header;
mod skeleton;
mod update_line;

pub use article_body::ArticleBody;
pub use breadcrumb::Breadcrumb;
pub use error_panel::ErrorPanel;
pub use highlighted::Highlighted;
pub use listing_view::ListingView;
pub use pager::Pager;
pub use qr_code::QrCode;
pub use reading_options::ReadingOptions;
pub use related_articles::RelatedArticles;
pub use resource_view::{Loading, article_view, resource_view};
pub use search_box::SearchBox;
pub use share_bar::ShareBar;
pub use share_panel::SharePanel;
pub use site_footer::SiteFooter;
pub use site_header::{SiteHeader, SiteSignal};
pub use skeleton::{Skeleton, SkeletonKind};
pub use update_line::UpdateLine;
