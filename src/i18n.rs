//! Every word the interface shows, in one catalogue. Views take their text
//! from [`texts`], never from literals of their own.

use crate::api::ApiError;
use crate::api::wire::FeedError;
use crate::date::LocalDateTime;

/// The interface's words in one language.
#[derive(Debug)]
pub struct Texts {
    /// `<html lang>` for this language.
    pub lang: &'static str,
    /// Link to the home page in the navigation and breadcrumb.
    pub home: &'static str,
    /// Label of the category navigation.
    pub categories: &'static str,
    /// The skip link to the main content.
    pub skip_to_content: &'static str,
    /// Heading of the home listing.
    pub latest: &'static str,
    /// "Updated at", before the time.
    pub updated_at: &'static str,
    /// "on day", between time and date.
    pub on_day: &'static str,
    /// "Views", before the count.
    pub views: &'static str,
    /// Heading of the related articles.
    pub related: &'static str,
    /// Label of the breadcrumb navigation.
    pub breadcrumb: &'static str,
    /// Label of the pager navigation.
    pub pages: &'static str,
    /// Link to the previous listing page.
    pub previous_page: &'static str,
    /// Link to the next listing page.
    pub more: &'static str,
    /// A category with no articles yet.
    pub empty_category: &'static str,
    /// A feed with no articles at all.
    pub empty_feed: &'static str,
    /// Announced while content loads.
    pub loading: &'static str,
    /// Heading of the not-found view.
    pub not_found: &'static str,
    /// Explanation on the not-found view.
    pub not_found_detail: &'static str,
    /// Link back home from the not-found view.
    pub back_home: &'static str,
    /// Heading of the error view.
    pub load_failed: &'static str,
    /// The retry button.
    pub retry: &'static str,
    /// The request did not complete.
    pub error_network: &'static str,
    /// The server answered with an error status (followed by the status).
    pub error_status: &'static str,
    /// The body is not JSON.
    pub error_json: &'static str,
    /// The server sent a web page where the feed belongs.
    pub error_web_page: &'static str,
    /// No answer in time.
    pub error_timeout: &'static str,
    /// The document is too large to download.
    pub error_too_large: &'static str,
    /// JSON, but not a JSON Feed.
    pub error_not_feed: &'static str,
    /// Footer line before the portal's name.
    pub footer_source: &'static str,
    /// Heading of the share bar and of the share view.
    pub share_article: &'static str,
    /// The print link and the print view's button.
    pub print_article: &'static str,
    /// The copy-link button.
    pub copy_link: &'static str,
    /// Said once the link is on the clipboard.
    pub link_copied: &'static str,
    /// Said when the browser refused to copy.
    pub copy_failed: &'static str,
    /// The button that opens the device's share sheet.
    pub share_elsewhere: &'static str,
    /// Link from the share bar to the share view (with the QR code).
    pub more_ways_to_share: &'static str,
    /// What the QR code is for.
    pub qr_hint: &'static str,
    /// Label of a paragraph's copy-link control.
    pub share_paragraph: &'static str,
    /// Said once a paragraph's link is on the clipboard.
    pub paragraph_link_copied: &'static str,
    /// The print view's date line, before the date.
    pub printed_on: &'static str,
    /// Link from the share and print views back to the article.
    pub back_to_article: &'static str,
    /// The widget was asked for a category the feed does not have.
    pub unknown_category: &'static str,
    /// Footer link to the widget's snippet builder.
    pub embed_news: &'static str,
    /// Heading of the snippet builder.
    pub embed_title: &'static str,
    /// What the snippet builder is for.
    pub embed_intro: &'static str,
    /// "All categories" in the category choice.
    pub all_categories: &'static str,
    /// Label of the article count.
    pub article_count: &'static str,
    /// Label of the theme choice.
    pub theme: &'static str,
    /// Theme names: automatic, light, dark.
    pub themes: [&'static str; 3],
    /// Heading of the snippet.
    pub embed_snippet: &'static str,
    /// The copy-snippet button.
    pub copy_snippet: &'static str,
    /// Said once the snippet is copied.
    pub snippet_copied: &'static str,
    /// Heading of the live preview.
    pub preview: &'static str,
    /// The widget iframe's title for screen readers.
    pub widget_title: &'static str,
    /// The search box's label and the search page's heading.
    pub search: &'static str,
    /// The search box's placeholder.
    pub search_placeholder: &'static str,
    /// The search button.
    pub search_button: &'static str,
    /// Asks for more letters.
    pub search_hint: &'static str,
    /// Heading of the notice shown when the app fails.
    pub fatal_title: &'static str,
    /// What the reader can do about it.
    pub fatal_detail: &'static str,
    /// The reload link.
    pub reload: &'static str,
    /// Says the page shows saved copies because the network failed.
    pub offline_copy: &'static str,
}

/// Vietnamese, the portal's own language.
pub const VI: Texts = Texts {
    lang: "vi",
    home: "Trang chủ",
    categories: "Chuyên mục",
    skip_to_content: "Bỏ qua, đến nội dung chính",
    latest: "Tin mới nhất",
    updated_at: "Cập nhật lúc",
    on_day: "ngày",
    views: "Số lượt xem",
    related: "Bài viết liên quan",
    breadcrumb: "Đường dẫn",
    pages: "Phân trang",
    previous_page: "Trang trước",
    more: "Xem thêm",
    empty_category: "Chuyên mục này chưa có bài viết.",
    empty_feed: "Chưa có bài viết nào.",
    loading: "Đang tải…",
    not_found: "Không tìm thấy trang",
    not_found_detail: "Bài viết hoặc trang bạn tìm không có hoặc đã được gỡ bỏ.",
    back_home: "Về trang chủ",
    load_failed: "Không tải được tin tức",
    retry: "Thử lại",
    error_network: "Không kết nối được với máy chủ tin tức. Vui lòng kiểm tra kết nối mạng rồi thử lại.",
    error_status: "Máy chủ tin tức báo lỗi, mã",
    error_json: "Dữ liệu tin tức bị hỏng: không đọc được (JSON không hợp lệ).",
    error_web_page: "Máy chủ trả về một trang web thay vì nguồn tin. Địa chỉ nguồn tin có thể bị sai.",
    error_timeout: "Máy chủ tin tức không trả lời kịp. Mạng có thể đang chậm; vui lòng thử lại.",
    error_too_large: "Dữ liệu tin tức quá lớn (hơn 8 MB) nên không được tải về.",
    error_not_feed: "Dữ liệu tải về không phải là nguồn tin JSON Feed.",
    footer_source: "Tin bài từ",
    share_article: "Chia sẻ bài viết",
    print_article: "In bài viết",
    copy_link: "Sao chép liên kết",
    link_copied: "Đã sao chép liên kết",
    copy_failed: "Không sao chép được. Hãy chép liên kết trong thanh địa chỉ.",
    share_elsewhere: "Chia sẻ qua ứng dụng khác",
    more_ways_to_share: "Mã QR và các cách chia sẻ khác",
    qr_hint: "Quét mã để mở bài viết trên điện thoại",
    share_paragraph: "Sao chép liên kết tới đoạn này",
    paragraph_link_copied: "Đã sao chép liên kết tới đoạn văn",
    printed_on: "In ngày",
    back_to_article: "Quay lại bài viết",
    unknown_category: "Không tìm thấy chuyên mục này.",
    embed_news: "Nhúng tin",
    embed_title: "Nhúng tin vào trang của bạn",
    embed_intro: "Chọn chuyên mục, số tin và giao diện, rồi dán hai dòng mã dưới đây vào trang web của bạn.",
    all_categories: "Tất cả chuyên mục",
    article_count: "Số tin",
    theme: "Giao diện",
    themes: ["Tự động (theo thiết bị)", "Sáng", "Tối"],
    embed_snippet: "Mã nhúng",
    copy_snippet: "Sao chép mã",
    snippet_copied: "Đã sao chép mã nhúng",
    preview: "Xem trước",
    widget_title: "Tin mới",
    search: "Tìm kiếm",
    search_placeholder: "Tìm bài viết…",
    search_button: "Tìm",
    search_hint: "Gõ từ cần tìm, ít nhất hai chữ cái, có dấu hay không dấu đều được.",
    fatal_title: "Đã xảy ra lỗi",
    fatal_detail: "Trang gặp sự cố ngoài ý muốn. Vui lòng tải lại trang.",
    reload: "Tải lại trang",
    offline_copy: "Đang xem bản lưu ngoại tuyến: không kết nối được máy chủ, tin có thể chưa được cập nhật.",
};

/// The catalogue in use.
pub fn texts() -> &'static Texts {
    &VI
}

impl Texts {
    /// "Trang 2": a listing page's number.
    pub fn page_number(&self, page: usize) -> String {
        format!("Trang {page}")
    }

    /// "Tìm thấy 12 bài viết cho “giáo dục”."
    pub fn found(&self, count: usize, query: &str) -> String {
        match count {
            0 => format!("Không tìm thấy bài viết nào cho “{query}”."),
            n => format!("Tìm thấy {} bài viết cho “{query}”.", group_thousands(n as u64, '.')),
        }
    }

    /// The article's update line: `Cập nhật lúc 12:41 ngày 31/03/2023`.
    pub fn updated(&self, at: &LocalDateTime) -> String {
        format!("{} {} {} {}", self.updated_at, at.clock(), self.on_day, at.date_dmy())
    }

    /// `Số lượt xem: 1.234`, grouped with the Vietnamese thousands separator.
    pub fn view_count(&self, views: u64) -> String {
        format!("{}: {}", self.views, group_thousands(views, '.'))
    }

    /// What to tell the reader about a failed load.
    pub fn error(&self, error: &ApiError) -> String {
        match error {
            ApiError::Network(_) => self.error_network.to_owned(),
            ApiError::Status(status) => format!("{} {status}.", self.error_status),
            ApiError::WebPage => self.error_web_page.to_owned(),
            ApiError::Timeout => self.error_timeout.to_owned(),
            ApiError::TooLarge => self.error_too_large.to_owned(),
            ApiError::Aborted => self.error_network.to_owned(),
            ApiError::Feed(FeedError::Json(_)) => self.error_json.to_owned(),
            ApiError::Feed(FeedError::NotJsonFeed(_)) => self.error_not_feed.to_owned(),
        }
    }
}

/// `1234567` → `1.234.567` with `sep` between groups of three digits.
pub fn group_thousands(n: u64, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{Timestamp, UtcOffset};

    #[test]
    fn the_update_line_reads_as_on_the_seed_page() {
        let t = Timestamp::parse("2023-03-31T12:41:00+07:00", UtcOffset::VIETNAM)
            .map(|t| t.to_local(UtcOffset::VIETNAM));
        let line = t.map(|t| format!("{} - {}", VI.updated(&t), VI.view_count(100)));
        assert_eq!(line.as_deref(), Some("Cập nhật lúc 12:41 ngày 31/03/2023 - Số lượt xem: 100"));
    }

    #[test]
    fn thousands_are_grouped_with_dots() {
        assert_eq!(group_thousands(0, '.'), "0");
        assert_eq!(group_thousands(999, '.'), "999");
        assert_eq!(group_thousands(1234, '.'), "1.234");
        assert_eq!(group_thousands(1_234_567, '.'), "1.234.567");
    }

    #[test]
    fn each_failure_has_its_own_message() {
        let messages = [
            VI.error(&ApiError::Network("x".into())),
            VI.error(&ApiError::Status(500)),
            VI.error(&ApiError::WebPage),
            VI.error(&ApiError::Timeout),
            VI.error(&ApiError::TooLarge),
            VI.error(&ApiError::Feed(FeedError::Json("x".into()))),
            VI.error(&ApiError::Feed(FeedError::NotJsonFeed("x"))),
        ];
        assert!(messages[1].contains("500"));
        for (i, a) in messages.iter().enumerate() {
            for b in &messages[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
