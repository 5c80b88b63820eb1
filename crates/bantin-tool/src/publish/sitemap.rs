//! Sitemaps (sitemaps.org 0.9) and the Google News sitemap: every article
//! once, with its last change; past 50,000 addresses (or a smaller size a
//! portal chooses), files of at most that many under a sitemap index.
//! Articles are listed oldest first, so a new one changes only the last file.

use super::xml::escape;

/// Addresses in one sitemap file (the protocol's limit).
pub const URLS_PER_FILE: usize = 50_000;
/// Articles in the news sitemap (Google's limit).
pub const NEWS_MAX: usize = 1_000;
/// The news sitemap's window: articles published in the last two days.
pub const NEWS_WINDOW_SECONDS: i64 = 2 * 86_400;

/// One address with its last change (RFC 3339), when known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub url: String,
    pub lastmod: Option<String>,
}

/// One article of the news sitemap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewsEntry {
    pub url: String,
    pub title: String,
    /// RFC 3339.
    pub published: String,
}

/// The sitemap files for `entries`: `(path, contents)`. At most `per_file`
/// entries (itself at most [`URLS_PER_FILE`]): `sitemap.xml` itself; more:
/// `sitemap.xml` is an index of `sitemaps/sitemap-<n>.xml`. `site_url` has no
/// trailing slash.
pub fn sitemaps(entries: &[Entry], site_url: &str, per_file: usize) -> Vec<(String, String)> {
    let per_file = per_file.clamp(1, URLS_PER_FILE);
    if entries.len() <= per_file {
        return vec![("sitemap.xml".to_owned(), urlset(entries))];
    }
    let mut files = Vec::new();
    let mut index = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8"?>"#,
        "\n",
        r#"<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#,
        "\n"
    ));
    for (n, chunk) in entries.chunks(per_file).enumerate() {
        let path = format!("sitemaps/sitemap-{}.xml", n + 1);
        index.push_str(&format!("<sitemap><loc>{}</loc>", escape(&format!("{site_url}/{path}"))));
        if let Some(lastmod) = chunk.iter().filter_map(|e| e.lastmod.as_deref()).max() {
            index.push_str(&format!("<lastmod>{}</lastmod>", escape(lastmod)));
        }
        index.push_str("</sitemap>\n");
        files.push((path, urlset(chunk)));
    }
    index.push_str("</sitemapindex>\n");
    files.insert(0, ("sitemap.xml".to_owned(), index));
    files
}

fn urlset(entries: &[Entry]) -> String {
    let mut out = String::with_capacity(entries.len() * 160 + 128);
    out.push_str(r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    out.push_str("\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for entry in entries {
        out.push_str(&format!("<url><loc>{}</loc>", escape(&entry.url)));
        if let Some(lastmod) = &entry.lastmod {
            out.push_str(&format!("<lastmod>{}</lastmod>", escape(lastmod)));
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// `sitemap-news.xml`: the articles given (already those of the window,
/// newest first), at most [`NEWS_MAX`].
pub fn news(entries: &[NewsEntry], publication: &str, language: &str) -> String {
    let mut out = String::from(r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    out.push_str("\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
    for entry in entries.iter().take(NEWS_MAX) {
        out.push_str(&format!(
            "<url><loc>{}</loc><news:news><news:publication><news:name>{}</news:name><news:language>{}</news:language></news:publication><news:publication_date>{}</news:publication_date><news:title>{}</news:title></news:news></url>\n",
            escape(&entry.url),
            escape(publication),
            escape(language),
            escape(&entry.published),
            escape(&entry.title)
        ));
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything may be crawled; the sitemaps are named.
pub fn robots(site_url: &str) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {site_url}/sitemap.xml\nSitemap: {site_url}/sitemap-news.xml\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(n: usize) -> Vec<Entry> {
        (0..n)
            .map(|i| Entry {
                url: format!("https://a.vn/bai-viet/{i}/t"),
                lastmod: Some(format!("2023-01-01T00:00:{:02}+07:00", i % 60)),
            })
            .collect()
    }

    #[test]
    fn a_small_site_has_one_sitemap_and_a_large_one_an_index() {
        let small = sitemaps(&entries(3), "https://a.vn", URLS_PER_FILE);
        assert_eq!(small.len(), 1);
        assert_eq!(small[0].1.matches("<url>").count(), 3);
        let large = sitemaps(&entries(URLS_PER_FILE + 1), "https://a.vn", URLS_PER_FILE);
        let paths: Vec<_> = large.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["sitemap.xml", "sitemaps/sitemap-1.xml", "sitemaps/sitemap-2.xml"]);
        assert!(large[0].1.contains("<sitemapindex"));
        assert_eq!(large[0].1.matches("<sitemap>").count(), 2);
        assert_eq!(large[1].1.matches("<url>").count(), URLS_PER_FILE);
        assert_eq!(large[2].1.matches("<url>").count(), 1);
        assert!(large[1].1.len() < 50 * 1024 * 1024);
    }

    #[test]
    fn a_portal_can_choose_smaller_files_but_not_larger_ones() {
        let chosen = sitemaps(&entries(25), "https://a.vn", 10);
        let counts: Vec<_> = chosen[1..].iter().map(|(_, xml)| xml.matches("<url>").count()).collect();
        assert_eq!(counts, [10, 10, 5]);
        let capped = sitemaps(&entries(URLS_PER_FILE + 1), "https://a.vn", URLS_PER_FILE * 2);
        assert_eq!(capped.len(), 3);
    }

    #[test]
    fn news_escapes_and_keeps_its_limit() {
        let entry = NewsEntry {
            url: "https://a.vn/x?a=1&b=2".into(),
            title: "Tin <mới> & \"nóng\"".into(),
            published: "2023-03-31T12:41:00+07:00".into(),
        };
        let xml = news(&vec![entry; NEWS_MAX + 5], "Cổng thông tin", "vi");
        assert_eq!(xml.matches("<url>").count(), NEWS_MAX);
        assert!(xml.contains("<news:title>Tin &lt;mới&gt; &amp; &quot;nóng&quot;</news:title>"));
        assert!(xml.contains("<loc>https://a.vn/x?a=1&amp;b=2</loc>"));
        assert!(robots("https://a.vn").contains("Sitemap: https://a.vn/sitemap.xml\n"));
    }
}
