//! What a static page says about itself in its `<head>`: its title,
//! canonical address and description, the Open Graph and article tags
//! sharing services read, the feeds it belongs to, and for an article its
//! structured data (JSON-LD `NewsArticle` and `BreadcrumbList`), a data
//! block no browser runs.

use bantin_core::feed::{Article, Category, Page, Site};
use bantin_core::routes;
use bantin_core::text::{collapse_whitespace, escape_html};
use serde_json::{Value, json};

/// The locale every page declares (`og:locale`).
pub const LOCALE: &str = "vi_VN";

/// The feeds a page links to as its alternates.
#[derive(Clone, Debug, Default)]
pub struct Alternates {
    /// RSS 2.0 documents, `(title, absolute URL)`: the portal's, and the
    /// category's on its pages.
    pub rss: Vec<(String, String)>,
    /// The JSON Feed the app reads, as an absolute URL.
    pub json_feed: Option<String>,
}

/// A picture for sharing cards: its absolute URL, and its size when known.
#[derive(Clone, Debug)]
pub struct Picture {
    pub url: String,
    pub size: Option<(u32, u32)>,
}

/// The head of an article's page.
pub fn article(
    site: &Site,
    article: &Article,
    url: &str,
    site_url: &str,
    picture: Option<&Picture>,
    alternates: &Alternates,
) -> String {
    let description = lead(article).or_else(|| site.description.as_deref().map(collapse_whitespace));
    let zone = site.time_zone;
    let mut meta = Meta::default();
    meta.title(&format!("{} – {}", article.title, site.title));
    meta.link("canonical", url);
    if let Some(description) = &description {
        meta.name("description", description);
    }
    meta.property("og:type", "article");
    meta.property("og:site_name", &site.title);
    meta.property("og:locale", LOCALE);
    meta.property("og:title", &article.title);
    if let Some(description) = &description {
        meta.property("og:description", description);
    }
    meta.property("og:url", url);
    if let Some(picture) = picture {
        meta.property("og:image", &picture.url);
        if let Some((width, height)) = picture.size {
            meta.property("og:image:width", &width.to_string());
            meta.property("og:image:height", &height.to_string());
        }
    }
    if let Some(published) = article.listed() {
        meta.property("article:published_time", &published.to_rfc3339_at(zone));
    }
    if let Some(modified) = article.modified {
        meta.property("article:modified_time", &modified.to_rfc3339_at(zone));
    }
    if let Some(category) = &article.category {
        meta.property("article:section", &category.name);
    }
    for tag in &article.tags {
        meta.property("article:tag", tag);
    }
    meta.name("twitter:card", if picture.is_some() { "summary_large_image" } else { "summary" });
    meta.alternates(alternates);
    meta.json_ld(&json!([
        news_article(site, article, url, site_url, picture),
        breadcrumbs(site, article.category.as_ref(), Some((&article.title, url)), site_url)
    ]));
    meta.0
}

/// The head of a listing page (the home page, a category's, a topic's or a
/// day's, and their older pages), with the title and description the app
/// gives it (`Listing::head`).
pub fn listing(
    site: &Site,
    (title, description): (&str, &str),
    url: &str,
    alternates: &Alternates,
) -> String {
    let mut meta = Meta::default();
    meta.title(title);
    meta.link("canonical", url);
    meta.name("description", &collapse_whitespace(description));
    meta.property("og:type", "website");
    meta.property("og:site_name", &site.title);
    meta.property("og:locale", LOCALE);
    meta.property("og:title", title);
    meta.property("og:url", url);
    meta.alternates(alternates);
    meta.0
}

/// The head of the page for a path that has none: never indexed.
pub fn not_found(site: &Site, title: &str, alternates: &Alternates) -> String {
    let mut meta = Meta::default();
    meta.title(&format!("{title} – {}", site.title));
    meta.name("robots", "noindex");
    meta.alternates(alternates);
    meta.0
}

/// The lead a reader sees first: the summary, else the article's teaser.
fn lead(article: &Article) -> Option<String> {
    let lead = article.summary.as_deref().or(article.teaser.as_deref())?;
    Some(collapse_whitespace(lead)).filter(|l| !l.is_empty())
}

fn news_article(
    site: &Site,
    article: &Article,
    url: &str,
    site_url: &str,
    picture: Option<&Picture>,
) -> Value {
    let zone = site.time_zone;
    let publisher = json!({
        "@type": "NewsMediaOrganization",
        "name": site.title,
        "url": format!("{site_url}/"),
        "logo": { "@type": "ImageObject", "url": site.icon.clone().unwrap_or_else(|| format!("{site_url}/images/icon.svg")) },
    });
    let authors: Vec<Value> = if article.authors.is_empty() {
        vec![json!({ "@type": "Organization", "name": site.title, "url": format!("{site_url}/") })]
    } else {
        article.authors.iter().map(|name| json!({ "@type": "Person", "name": name })).collect()
    };
    let mut data = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "mainEntityOfPage": { "@type": "WebPage", "@id": url },
        "url": url,
        "author": authors,
        "publisher": publisher,
        "inLanguage": article.language.as_deref().or(site.language.as_deref()).unwrap_or("vi"),
    });
    if let Some(description) = lead(article) {
        data["description"] = json!(description);
    }
    if let Some(picture) = picture {
        data["image"] = json!([picture.url]);
    }
    if let Some(published) = article.listed() {
        data["datePublished"] = json!(published.to_rfc3339_at(zone));
    }
    if let Some(modified) = article.updated() {
        data["dateModified"] = json!(modified.to_rfc3339_at(zone));
    }
    if let Some(category) = &article.category {
        data["articleSection"] = json!(category.name);
    }
    data
}

/// Trang chủ › the category › the page itself (when it is an article).
fn breadcrumbs(
    site: &Site,
    category: Option<&Category>,
    page: Option<(&str, &str)>,
    site_url: &str,
) -> Value {
    let home = (site.title.as_str(), format!("{site_url}{}", routes::home(Page::Newest)));
    let section =
        category.map(|c| (c.name.as_str(), format!("{site_url}{}", routes::category(&c.id, Page::Newest))));
    let own = page.map(|(name, url)| (name, url.to_owned()));
    let items: Vec<Value> = [Some(home), section, own]
        .into_iter()
        .flatten()
        .enumerate()
        .map(
            |(i, (name, item))| json!({ "@type": "ListItem", "position": i + 1, "name": name, "item": item }),
        )
        .collect();
    json!({ "@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items })
}

/// Head tags, one per line, every value escaped.
#[derive(Default)]
struct Meta(String);

impl Meta {
    fn title(&mut self, title: &str) {
        self.0.push_str(&format!("\n    <title>{}</title>", escape_html(title)));
    }

    fn link(&mut self, rel: &str, href: &str) {
        self.0.push_str(&format!("\n    <link rel=\"{rel}\" href=\"{}\">", escape_html(href)));
    }

    fn name(&mut self, name: &str, content: &str) {
        self.0.push_str(&format!("\n    <meta name=\"{name}\" content=\"{}\">", escape_html(content)));
    }

    fn property(&mut self, property: &str, content: &str) {
        self.0
            .push_str(&format!("\n    <meta property=\"{property}\" content=\"{}\">", escape_html(content)));
    }

    fn alternates(&mut self, alternates: &Alternates) {
        for (title, href) in &alternates.rss {
            self.0.push_str(&format!(
                "\n    <link rel=\"alternate\" type=\"application/rss+xml\" title=\"{}\" href=\"{}\">",
                escape_html(title),
                escape_html(href)
            ));
        }
        if let Some(href) = &alternates.json_feed {
            self.0.push_str(&format!(
                "\n    <link rel=\"alternate\" type=\"application/feed+json\" href=\"{}\">",
                escape_html(href)
            ));
        }
    }

    /// A JSON-LD data block. `<` is written `\u003c`, so no text in it can
    /// close the element.
    fn json_ld(&mut self, data: &Value) {
        let json = data.to_string().replace('<', "\\u003c");
        self.0.push_str(&format!("\n    <script type=\"application/ld+json\">{json}</script>"));
    }
}
