//! RSS 2.0 documents of the portal's newest articles and of each
//! category's: what aggregators and other portals read.

use super::xml::escape;

/// Items in a feed.
pub const ITEMS: usize = 50;

/// The channel: what the feed is of.
#[derive(Clone, Debug)]
pub struct Channel<'a> {
    pub title: &'a str,
    /// The listing page it mirrors, absolute.
    pub link: &'a str,
    pub description: &'a str,
    pub language: &'a str,
    /// The feed's own address, absolute.
    pub self_url: &'a str,
}

/// One item.
#[derive(Clone, Debug)]
pub struct Item {
    pub title: String,
    pub link: String,
    /// RFC 822.
    pub published: Option<String>,
    /// The lead, as plain text.
    pub description: Option<String>,
    pub category: Option<String>,
    /// The picture: its absolute URL, size in bytes (0 when unknown) and type.
    pub enclosure: Option<(String, u64, String)>,
}

/// The RSS document of `items` (newest first; at most [`ITEMS`] are kept).
/// Its build date is the newest item's, so an unchanged feed is the same file.
pub fn document(channel: &Channel, items: &[Item]) -> String {
    let items = &items[..items.len().min(ITEMS)];
    let mut out = String::with_capacity(items.len() * 600 + 512);
    out.push_str(r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    out.push_str("\n<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n");
    out.push_str(&format!("<title>{}</title>\n", escape(channel.title)));
    out.push_str(&format!("<link>{}</link>\n", escape(channel.link)));
    out.push_str(&format!("<description>{}</description>\n", escape(channel.description)));
    out.push_str(&format!("<language>{}</language>\n", escape(channel.language)));
    out.push_str(&format!(
        "<atom:link href=\"{}\" rel=\"self\" type=\"application/rss+xml\"/>\n",
        escape(channel.self_url)
    ));
    if let Some(newest) = items.iter().find_map(|i| i.published.as_deref()) {
        out.push_str(&format!("<lastBuildDate>{}</lastBuildDate>\n", escape(newest)));
    }
    for item in items {
        out.push_str("<item>");
        out.push_str(&format!("<title>{}</title>", escape(&item.title)));
        out.push_str(&format!("<link>{}</link>", escape(&item.link)));
        out.push_str(&format!("<guid isPermaLink=\"true\">{}</guid>", escape(&item.link)));
        if let Some(published) = &item.published {
            out.push_str(&format!("<pubDate>{}</pubDate>", escape(published)));
        }
        if let Some(description) = &item.description {
            out.push_str(&format!("<description>{}</description>", escape(description)));
        }
        if let Some(category) = &item.category {
            out.push_str(&format!("<category>{}</category>", escape(category)));
        }
        if let Some((url, length, kind)) = &item.enclosure {
            out.push_str(&format!(
                "<enclosure url=\"{}\" length=\"{length}\" type=\"{}\"/>",
                escape(url),
                escape(kind)
            ));
        }
        out.push_str("</item>\n");
    }
    out.push_str("</channel>\n</rss>\n");
    out
}

/// The media type of a picture, by its file name's extension.
pub fn image_type(url: &str) -> &'static str {
    let path = url.split(['?', '#']).next().unwrap_or("").to_ascii_lowercase();
    match path.rsplit('.').next().unwrap_or("") {
        "png" => "image/png",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "svg" => "image/svg+xml",
        "avif" => "image/avif",
        _ => "image/jpeg",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_carry_what_aggregators_read_escaped() {
        let channel = Channel {
            title: "Cổng & tin",
            link: "https://a.vn/",
            description: "Tin",
            language: "vi",
            self_url: "https://a.vn/rss.xml",
        };
        let item = Item {
            title: "Quận ủy <Bình Giang>".into(),
            link: "https://a.vn/bai-viet/1/quan-uy".into(),
            published: Some("Fri, 31 Mar 2023 12:41:00 +0700".into()),
            description: Some("Sáng 29/3 & chiều".into()),
            category: Some("Chính trị".into()),
            enclosure: Some((
                "https://a.vn/images/a.svg".into(),
                1234,
                image_type("https://a.vn/images/a.svg").into(),
            )),
        };
        let xml = document(&channel, &vec![item; ITEMS + 3]);
        assert_eq!(xml.matches("<item>").count(), ITEMS);
        assert!(xml.contains("<title>Quận ủy &lt;Bình Giang&gt;</title>"));
        assert!(xml.contains("<lastBuildDate>Fri, 31 Mar 2023 12:41:00 +0700</lastBuildDate>"));
        assert!(
            xml.contains(
                r#"<enclosure url="https://a.vn/images/a.svg" length="1234" type="image/svg+xml"/>"#
            )
        );
        assert_eq!(image_type("https://x.vn/a.JPG?w=1"), "image/jpeg");
    }
}
