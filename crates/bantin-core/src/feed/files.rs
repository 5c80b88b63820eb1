//! Files an article carries: JSON Feed `attachments` (a report's PDF, a
//! podcast's episode, a decision's scanned text), as the reader sees them —
//! a name, the kind of file in words, its size, and a player for sound and
//! video.

use crate::text::percent_decode;

/// One of an article's attachments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attachment {
    /// The file's absolute http(s) URL.
    pub url: String,
    /// Its media type as the feed gives it, lower case (`application/pdf`).
    pub mime_type: Option<String>,
    /// Its title as the feed gives it.
    pub title: Option<String>,
    /// Its size in bytes.
    pub size: Option<u64>,
    /// How long it plays, in seconds.
    pub duration: Option<u64>,
    /// For sound and video, what its player plays: the URL, over https when
    /// it is a plain http URL on another host (as browsers upgrade mixed
    /// content, and as the page's policy asks).
    pub player: Option<String>,
}

/// What an attachment is, for the words a reader sees and the player it gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A PDF document.
    Pdf,
    /// A Word document.
    Word,
    /// An Excel workbook.
    Excel,
    /// A PowerPoint presentation.
    PowerPoint,
    /// An OpenDocument text, spreadsheet or presentation.
    OpenDocument,
    /// A compressed archive.
    Archive,
    /// An image.
    Image,
    /// Sound: it gets a player.
    Audio,
    /// Video: it gets a player.
    Video,
    /// Plain text.
    Text,
    /// Anything else.
    Other,
}

impl Attachment {
    /// What the reader reads as its name: the title, else the file's name
    /// from its URL, else the URL.
    pub fn name(&self) -> String {
        if let Some(title) = self.title.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            return title.to_owned();
        }
        file_name(&self.url).unwrap_or_else(|| self.url.clone())
    }

    /// The file's extension, lower case, from its URL's path.
    fn extension(&self) -> Option<String> {
        let name = file_name(&self.url)?;
        let (_, ext) = name.rsplit_once('.')?;
        (!ext.is_empty() && ext.len() <= 5 && ext.bytes().all(|b| b.is_ascii_alphanumeric()))
            .then(|| ext.to_ascii_lowercase())
    }

    /// What kind of file it is, from its media type, else its extension.
    pub fn kind(&self) -> FileKind {
        let mime = self.mime_type.as_deref().unwrap_or("");
        let by_mime = match mime {
            "application/pdf" => Some(FileKind::Pdf),
            "application/msword"
            | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => {
                Some(FileKind::Word)
            }
            "application/vnd.ms-excel"
            | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => Some(FileKind::Excel),
            "application/vnd.ms-powerpoint"
            | "application/vnd.openxmlformats-officedocument.presentationml.presentation" => {
                Some(FileKind::PowerPoint)
            }
            "application/zip"
            | "application/x-zip-compressed"
            | "application/vnd.rar"
            | "application/x-rar-compressed"
            | "application/x-7z-compressed" => Some(FileKind::Archive),
            m if m.starts_with("application/vnd.oasis.opendocument.") => Some(FileKind::OpenDocument),
            m if m.starts_with("audio/") => Some(FileKind::Audio),
            m if m.starts_with("video/") => Some(FileKind::Video),
            m if m.starts_with("image/") => Some(FileKind::Image),
            "text/plain" | "text/csv" => Some(FileKind::Text),
            _ => None,
        };
        by_mime.unwrap_or_else(|| match self.extension().as_deref() {
            Some("pdf") => FileKind::Pdf,
            Some("doc" | "docx") => FileKind::Word,
            Some("xls" | "xlsx") => FileKind::Excel,
            Some("ppt" | "pptx") => FileKind::PowerPoint,
            Some("odt" | "ods" | "odp") => FileKind::OpenDocument,
            Some("zip" | "rar" | "7z") => FileKind::Archive,
            Some("mp3" | "m4a" | "aac" | "ogg" | "oga" | "opus" | "wav" | "flac") => FileKind::Audio,
            Some("mp4" | "m4v" | "webm" | "mov" | "ogv") => FileKind::Video,
            Some("jpg" | "jpeg" | "png" | "gif" | "webp") => FileKind::Image,
            Some("txt" | "csv") => FileKind::Text,
            _ => FileKind::Other,
        })
    }

    /// The type in words, as portals write it: `PDF`, `Word`, `Excel`,
    /// `MP3`… `None` when nothing tells (the reader sees the size alone).
    pub fn type_label(&self) -> Option<String> {
        let fixed = match self.kind() {
            FileKind::Pdf => Some("PDF"),
            FileKind::Word => Some("Word"),
            FileKind::Excel => Some("Excel"),
            FileKind::PowerPoint => Some("PowerPoint"),
            _ => None,
        };
        if let Some(label) = fixed {
            return Some(label.to_owned());
        }
        // The format's own name: the extension, else the media subtype.
        let subtype = self.mime_type.as_deref().and_then(|m| m.split_once('/')).map(|(_, s)| s);
        let from_mime = subtype.and_then(|s| match s {
            "mpeg" => Some("mp3"),
            "x-m4a" | "mp4a-latm" => Some("m4a"),
            s if s.len() <= 5 && s.bytes().all(|b| b.is_ascii_alphanumeric()) => Some(s),
            _ => None,
        });
        let name = self.extension().or_else(|| from_mime.map(str::to_owned))?;
        Some(name.to_ascii_uppercase())
    }

    /// Whether it gets a player: sound or video.
    pub fn playable(&self) -> bool {
        matches!(self.kind(), FileKind::Audio | FileKind::Video)
    }
}

/// The last segment of a URL's path, percent-decoded, if it has one.
fn file_name(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let after_host =
        path.split_once("://").map_or(path, |(_, rest)| rest.split_once('/').map_or("", |(_, p)| p));
    let last = after_host.rsplit('/').next().filter(|s| !s.is_empty())?;
    Some(percent_decode(last).unwrap_or_else(|| last.to_owned()))
}

/// A size as people read it: `850 B`, `12 KB`, `1,2 MB` (with `decimal`
/// as the decimal separator): one decimal under ten, none above.
pub fn format_size(bytes: u64, decimal: char) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut divisor: u64 = 1024;
    let mut unit = 0;
    // Tenths of the unit, rounded; integer arithmetic (no float formatting
    // in the wasm), saturating far beyond any file's size.
    let tenths = |divisor: u64| bytes.saturating_mul(10).saturating_add(divisor / 2) / divisor;
    while tenths(divisor) >= 10_240 && unit + 1 < UNITS.len() {
        divisor = divisor.saturating_mul(1024);
        unit += 1;
    }
    let tenths = tenths(divisor);
    if tenths < 100 {
        format!("{}{decimal}{} {}", tenths / 10, tenths % 10, UNITS[unit])
    } else {
        format!("{} {}", bytes.saturating_add(divisor / 2) / divisor, UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn file(url: &str, mime: Option<&str>) -> Attachment {
        Attachment {
            url: url.to_owned(),
            mime_type: mime.map(str::to_owned),
            title: None,
            size: None,
            duration: None,
            player: None,
        }
    }

    #[test]
    fn the_kind_comes_from_the_media_type_else_the_extension() {
        assert_eq!(file("https://a.vn/qd.pdf", Some("application/pdf")).type_label().as_deref(), Some("PDF"));
        assert_eq!(file("https://a.vn/x", Some("application/msword")).type_label().as_deref(), Some("Word"));
        assert_eq!(file("https://a.vn/bang.xlsx", None).type_label().as_deref(), Some("Excel"));
        let mp3 = file("https://a.vn/ban-tin", Some("audio/mpeg"));
        assert_eq!((mp3.kind(), mp3.type_label().as_deref()), (FileKind::Audio, Some("MP3")));
        assert!(mp3.playable());
        let mp4 = file("https://a.vn/phong-su.mp4?v=2", None);
        assert_eq!((mp4.kind(), mp4.type_label().as_deref()), (FileKind::Video, Some("MP4")));
        assert_eq!(file("https://a.vn/tai-lieu", None).type_label(), None);
        assert!(!file("https://a.vn/qd.pdf", None).playable());
    }

    #[test]
    fn the_name_is_the_title_else_the_file_name() {
        let mut a = file("https://a.vn/files/Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%2015.pdf", None);
        assert_eq!(a.name(), "Quyết định 15.pdf");
        a.title = Some("  Toàn văn Quyết định  ".into());
        assert_eq!(a.name(), "Toàn văn Quyết định");
        assert_eq!(file("https://a.vn/", None).name(), "https://a.vn/");
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(format_size(850, ','), "850 B");
        assert_eq!(format_size(1_258_291, ','), "1,2 MB");
        assert_eq!(format_size(1_258_291, '.'), "1.2 MB");
        assert_eq!(format_size(12 * 1024 + 100, ','), "12 KB");
        assert_eq!(format_size(3 * 1024 * 1024 * 1024, '.'), "3.0 GB");
    }
}
