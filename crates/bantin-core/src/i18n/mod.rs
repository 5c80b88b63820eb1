//! Every word the interface shows, in one catalogue per language (`vi.rs`,
//! `en.rs`). Views take their text from [`texts`], never from literals of
//! their own; a key missing from a language does not compile, and a test
//! checks none is left empty or untranslated.

mod en;
mod vi;

use crate::LoadError;
use crate::date::LocalDateTime;
use crate::wire::FeedError;
use std::cell::Cell;

pub use en::EN;
pub use vi::VI;

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Vietnamese, the portal's own.
    Vi,
    /// English.
    En,
}

impl Lang {
    /// The language a BCP 47 tag names (`vi`, `vi-VN`, `en-GB`…), if one of ours.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// This language's catalogue.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::Vi) };
}

/// The catalogue of the interface's current language.
pub fn texts() -> &'static Texts {
    CURRENT.get().texts()
}

/// Makes `lang` the interface's language; views made after this use it.
pub fn set_language(lang: Lang) {
    CURRENT.set(lang);
}

/// Declares the catalogue's keys once: the struct, and the list of entries
/// the tests check.
macro_rules! catalogue {
    ($($(#[doc = $doc:literal])* $key:ident),* $(,)?) => {
        /// The interface's words in one language.
        #[derive(Debug)]
        pub struct Texts {
            $($(#[doc = $doc])* pub $key: &'static str,)*
        }

        #[cfg(test)]
        impl Texts {
            /// Every key with its text, for the tests.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key)),*]
            }
        }
    };
}

catalogue! {
    /// `<html lang>` for this language.
    lang,
    /// Link to the home page in the navigation and breadcrumb.
    home,
    /// Label of the category navigation.
    categories,
    /// The skip link to the main content.
    skip_to_content,
    /// Heading of the home listing.
    latest,
    /// "Views", before the count.
    views,
    /// Heading of the related articles.
    related,
    /// Label of the breadcrumb navigation.
    breadcrumb,
    /// Label of the pager navigation.
    pages,
    /// Link to the previous listing page.
    previous_page,
    /// Link to the next listing page.
    more,
    /// Link from an older listing page to the newer articles.
    newer_page,
    /// A category with no articles yet.
    empty_category,
    /// A feed with no articles at all.
    empty_feed,
    /// Announced while content loads.
    loading,
    /// Heading of the not-found view.
    not_found,
    /// Explanation on the not-found view.
    not_found_detail,
    /// Link back home from the not-found view.
    back_home,
    /// Heading of the error view.
    load_failed,
    /// The retry button.
    retry,
    /// The request did not complete.
    error_network,
    /// The server answered with an error status (followed by the status).
    error_status,
    /// The body is not JSON.
    error_json,
    /// The server sent a web page where the feed belongs.
    error_web_page,
    /// No answer in time.
    error_timeout,
    /// The document is too large to download.
    error_too_large,
    /// JSON, but not a JSON Feed.
    error_not_feed,
    /// A file of the archive's search index is damaged.
    error_search_index,
    /// The part of the app that draws a view could not be downloaded.
    error_code,
    /// Footer line before the portal's name.
    footer_source,
    /// Heading of the share bar and of the share view.
    share_article,
    /// The print link and the print view's button.
    print_article,
    /// Reads the article aloud.
    listen,
    /// Stops reading aloud.
    listen_stop,
    /// The copy-link button.
    copy_link,
    /// Said once the link is on the clipboard.
    link_copied,
    /// Said when the browser refused to copy.
    copy_failed,
    /// The button that opens the device's share sheet.
    share_elsewhere,
    /// Link from the share bar to the share view (with the QR code).
    more_ways_to_share,
    /// What the QR code is for.
    qr_hint,
    /// Label of a paragraph's copy-link control.
    share_paragraph,
    /// Said once a paragraph's link is on the clipboard.
    paragraph_link_copied,
    /// The print view's date line, before the date.
    printed_on,
    /// Link from the share and print views back to the article.
    back_to_article,
    /// The widget was asked for a category the feed does not have.
    unknown_category,
    /// Footer link to the widget's snippet builder.
    embed_news,
    /// Heading of the snippet builder.
    embed_title,
    /// What the snippet builder is for.
    embed_intro,
    /// "All categories" in the category choice.
    all_categories,
    /// Label of the article count.
    article_count,
    /// Label of the theme choice.
    theme,
    /// Heading of the snippet.
    embed_snippet,
    /// The copy-snippet button.
    copy_snippet,
    /// Said once the snippet is copied.
    snippet_copied,
    /// Heading of the live preview.
    preview,
    /// The widget iframe's title for screen readers.
    widget_title,
    /// The search box's label and the search page's heading.
    search,
    /// The search box's placeholder.
    search_placeholder,
    /// The search button.
    search_button,
    /// Asks for more letters.
    search_hint,
    /// Heading of the notice shown when the app fails.
    fatal_title,
    /// What the reader can do about it.
    fatal_detail,
    /// The reload link.
    reload,
    /// Says the page shows saved copies because the network failed.
    offline_copy,
    /// Theme names: follows the device.
    theme_auto,
    theme_light,
    theme_dark,
    /// The automatic theme, explained in the snippet builder.
    theme_auto_long,
    /// The switch to the other language, named in that language.
    other_language,
    /// The other language's code, for the switch's `lang` and `hreflang`.
    other_language_code,
    /// Label of the reading settings (text size, theme, language).
    reading_settings,
    /// Label of the text size control.
    text_size,
    /// The smaller-text button.
    text_smaller,
    /// The larger-text button.
    text_larger,
    /// The update line: `{time}` and `{date}` are filled in.
    updated_template,
    /// A listing page's number: `{n}`.
    page_template,
    /// Search results: `{n}` and `{q}`.
    found_template,
    /// No search results: `{q}`.
    found_none_template,
    /// Reading time: `{n}` minutes.
    reading_time_template,
    /// Heading of an article's photo gallery.
    gallery_title,
    /// A gallery thumbnail's name: "Ảnh {n}/{total}: {what}".
    photo_template,
    /// Name of the full-screen photo viewer.
    photo_viewer,
    /// Closes the photo viewer.
    close_viewer,
    /// Shows the previous photo.
    previous_photo,
    /// Shows the next photo.
    next_photo,
    /// Name of the footer's block about the agency behind the portal.
    agency_block,
    /// The governing agency (cơ quan chủ quản).
    agency_name,
    /// The agency's postal address.
    agency_address,
    /// The agency's telephone number.
    agency_phone,
    /// The agency's email address.
    agency_email,
    /// Who answers for the portal's content.
    agency_editor,
    /// The portal's licence.
    agency_license,
    /// Heading of the links to related state portals.
    related_sites,
    /// Heading of the featured stories that lead the home page.
    featured,
    /// A topic page's heading, before the topic.
    topic,
    /// The label of an article's tags, each a link to its topic.
    topics,
    /// A day's page heading: `{date}` is filled in.
    day_template,
    /// An older listing page's span of days, `{from}` to `{to}`.
    span_template,
    /// The day picker's label, and the label of a day's links to the days around it.
    by_day,
    /// The day picker's button.
    show_day,
    /// Link to the nearest earlier day with articles.
    previous_day,
    /// Link to the nearest later day with articles.
    next_day,
    /// A day with no articles.
    empty_day,
    /// Label of the search results' order.
    sort_by,
    /// The best matches first.
    sort_relevance,
    /// The newest first.
    sort_newest,
    /// The search filter's first day.
    date_from,
    /// The search filter's last day.
    date_to,
    /// Heading of the most read articles.
    most_read,
    /// Between groups of three digits.
    thousands_separator,
    /// Before a number's decimals.
    decimal_separator,
    /// Heading of an article's attached files.
    attachments,
    /// Heading of a legal document's card.
    document_details,
    /// Số ký hiệu: a document's number and symbol.
    document_number,
    /// Loại văn bản: a document's kind.
    document_kind,
    /// Cơ quan ban hành: who issued it.
    document_issuer,
    /// Ngày ban hành: when it was issued.
    document_issued,
    /// Ngày hiệu lực: when it takes effect.
    document_effective,
    /// Trích yếu: its abstract.
    document_abstract,
    /// The register of legal documents: its heading and link.
    documents,
    /// A filter's choice that keeps everything.
    filter_all,
    /// The year filter's label.
    filter_year,
    /// The button that applies the filters.
    filter_apply,
    /// How many documents the register shows: `{n}`.
    documents_found_template,
    /// A register, or a filter, with no document.
    documents_none,
}

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Texts {
    fn is_english(&self) -> bool {
        self.lang == "en"
    }

    /// "Trang 2" / "Page 2": a listing page's number.
    pub fn page_number(&self, page: usize) -> String {
        self.page_template.replace("{n}", &page.to_string())
    }

    /// "Tìm thấy 12 bài viết cho “giáo dục”." and its like.
    pub fn found(&self, count: usize, query: &str) -> String {
        let template = if count == 0 { self.found_none_template } else { self.found_template };
        template.replace("{n}", &self.number(count as u64)).replace("{q}", query)
    }

    /// A date as this language writes it: `31/03/2023`, `31 March 2023`.
    pub fn date(&self, at: &LocalDateTime) -> String {
        match EN_MONTHS.get(usize::from(at.month).wrapping_sub(1)).filter(|_| self.is_english()) {
            Some(month) => format!("{} {month} {}", at.day, at.year),
            None => at.date_dmy(),
        }
    }

    /// An older listing page's days, oldest first: `Từ 12/03/2023 đến
    /// 15/03/2023`, `From 12 March 2023 to 15 March 2023`; one day alone
    /// as [`Self::day_heading`].
    pub fn span(&self, from: crate::date::Day, to: crate::date::Day) -> String {
        if from == to {
            return self.day_heading(from);
        }
        self.span_template
            .replace("{from}", &self.date(&from.start()))
            .replace("{to}", &self.date(&to.start()))
    }

    /// A day's page heading: `Tin ngày 29/03/2023`, `News of 29 March 2023`.
    pub fn day_heading(&self, day: crate::date::Day) -> String {
        self.day_template.replace("{date}", &self.date(&day.start()))
    }

    /// The article's update line: `Cập nhật lúc 12:41 ngày 31/03/2023`,
    /// `Updated 12:41, 31 March 2023`.
    pub fn updated(&self, at: &LocalDateTime) -> String {
        self.updated_template.replace("{time}", &at.clock()).replace("{date}", &self.date(at))
    }

    /// `Số lượt xem: 1.234`, `Views: 1,234`.
    pub fn view_count(&self, views: u64) -> String {
        format!("{}: {}", self.views, self.number(views))
    }

    /// `Có 12 văn bản`, `12 documents`.
    pub fn documents_found(&self, n: usize) -> String {
        self.documents_found_template.replace("{n}", &self.number(n as u64))
    }

    /// "Ảnh 3/12: Cầu Kênh Ranh…": a photo of a gallery, by its place and
    /// what it shows.
    pub fn photo(&self, n: usize, total: usize, what: &str) -> String {
        let label = self.photo_template.replace("{n}", &n.to_string()).replace("{total}", &total.to_string());
        if what.is_empty() { label } else { format!("{label}: {what}") }
    }

    /// `5 phút đọc`, `5 min read`.
    pub fn reading_time(&self, minutes: u32) -> String {
        self.reading_time_template.replace("{n}", &minutes.to_string())
    }

    /// A file's size: `1,2 MB`, `1.2 MB`.
    pub fn file_size(&self, bytes: u64) -> String {
        crate::feed::format_size(bytes, self.decimal_separator.chars().next().unwrap_or('.'))
    }

    /// A whole number with this language's thousands separator.
    pub fn number(&self, n: u64) -> String {
        group_thousands(n, self.thousands_separator.chars().next().unwrap_or(' '))
    }

    /// What to tell the reader about a failed load.
    pub fn error(&self, error: &LoadError) -> String {
        match error {
            LoadError::Network(_) | LoadError::Aborted => self.error_network.to_owned(),
            LoadError::Status(status) => format!("{} {status}.", self.error_status),
            LoadError::WebPage => self.error_web_page.to_owned(),
            LoadError::Timeout => self.error_timeout.to_owned(),
            LoadError::TooLarge => self.error_too_large.to_owned(),
            LoadError::Feed(FeedError::Json(_)) => self.error_json.to_owned(),
            LoadError::Feed(FeedError::NotJsonFeed(_)) => self.error_not_feed.to_owned(),
            LoadError::SearchIndex(_) => self.error_search_index.to_owned(),
            LoadError::Code => self.error_code.to_owned(),
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
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn at(s: &str) -> LocalDateTime {
        Timestamp::parse(s, UtcOffset::VIETNAM)
            .map(|t| t.to_local(UtcOffset::VIETNAM))
            .unwrap_or_else(|| panic!("{s}"))
    }

    #[test]
    fn both_languages_have_every_key_and_none_left_empty_or_untranslated() {
        let (vi, en) = (VI.entries(), EN.entries());
        assert_eq!(vi.len(), en.len());
        // Words that are the same in both languages.
        let shared = ["thousands_separator", "decimal_separator", "widget_title"];
        for ((key, v), (_, e)) in vi.iter().zip(&en) {
            assert!(!v.trim().is_empty() && !e.trim().is_empty(), "{key} is empty");
            if !shared.contains(key) && !key.ends_with("_code") {
                assert_ne!(v, e, "{key} is not translated");
            }
        }
    }

    #[test]
    fn the_update_line_reads_as_on_the_seed_page_and_in_english() {
        let t = at("2023-03-31T12:41:00+07:00");
        assert_eq!(
            format!("{} - {}", VI.updated(&t), VI.view_count(100)),
            "Cập nhật lúc 12:41 ngày 31/03/2023 - Số lượt xem: 100"
        );
        assert_eq!(
            format!("{} - {}", EN.updated(&t), EN.view_count(1234)),
            "Updated 12:41, 31 March 2023 - Views: 1,234"
        );
    }

    #[test]
    fn numbers_pages_results_and_reading_time_follow_the_language() {
        assert_eq!(VI.view_count(1234), "Số lượt xem: 1.234");
        assert_eq!(group_thousands(1_234_567, '.'), "1.234.567");
        assert_eq!(group_thousands(999, '.'), "999");
        assert_eq!((VI.page_number(2), EN.page_number(2)), ("Trang 2".to_owned(), "Page 2".to_owned()));
        assert_eq!(VI.found(1200, "giáo dục"), "Tìm thấy 1.200 bài viết cho “giáo dục”.");
        assert_eq!(EN.found(0, "x"), "No articles found for “x”.");
        assert_eq!(
            (VI.reading_time(5), EN.reading_time(5)),
            ("5 phút đọc".to_owned(), "5 min read".to_owned())
        );
        assert_eq!(EN.date(&at("2023-01-09T08:00:00+07:00")), "9 January 2023");
    }

    #[test]
    fn each_failure_has_its_own_message() {
        let messages = [
            VI.error(&LoadError::Network("x".into())),
            VI.error(&LoadError::Status(500)),
            VI.error(&LoadError::WebPage),
            VI.error(&LoadError::Timeout),
            VI.error(&LoadError::TooLarge),
            VI.error(&LoadError::Feed(FeedError::Json("x".into()))),
            VI.error(&LoadError::Feed(FeedError::NotJsonFeed("x"))),
            VI.error(&LoadError::SearchIndex("x".into())),
            VI.error(&LoadError::Code),
        ];
        assert!(messages[1].contains("500"));
        for (i, a) in messages.iter().enumerate() {
            for b in &messages[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }

    #[test]
    fn language_tags() {
        assert_eq!(Lang::from_tag("vi-VN"), Some(Lang::Vi));
        assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
    }
}
