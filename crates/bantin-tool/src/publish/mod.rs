//! `bantin-tool publish`: what a static host serves for a portal, written
//! from its feed after each publish. Every article as a whole page at its
//! address, every listing page, the page of a missing address, sitemaps,
//! RSS and `robots.txt`; every page is the built app's own (`app.html`) with
//! its head tags and its content rendered by the app's components, so a
//! crawler or a reader without JavaScript reads it all and the app takes it
//! over without anything moving.

mod head;
mod images;
mod output;
mod rss;
mod shell;
mod sitemap;
#[cfg(test)]
mod tests;
mod xml;

pub use head::{Alternates, LOCALE};
pub use output::Output;
pub use shell::{Shell, ShellError};
pub use sitemap::{NEWS_MAX, URLS_PER_FILE};

/// The folders of the site a publish writes all of (see [`Output::prune`]).
pub const FOLDERS: [&str; 6] = ["bai-viet", "chuyen-muc", "chu-de", "ngay", "trang", "sitemaps"];

use bantin_core::content::SanitizedHtml;
use bantin_core::content::native::{self, Context};
use bantin_core::date::{Day, Timestamp};
use bantin_core::feed::{
    Article, ArticleData, Attachment, Body, Category, Front, Listing, ListingPage, Neighbours, Page, Scope,
    Site, related_positions,
};
use bantin_core::i18n::Lang;
use bantin_core::routes;
use bantin_core::text::percent_decode;
use head::Picture;
use std::collections::BTreeMap;
use std::io;
use std::sync::Arc;
use thiserror::Error;

/// Why a publish stopped.
#[derive(Debug, Error)]
pub enum PublishError {
    /// A file could not be written.
    #[error("{path}: {source}")]
    Write {
        /// The file, relative to the site's folder.
        path: String,
        /// The I/O error.
        source: io::Error,
    },
}

/// How to publish.
#[derive(Clone, Debug)]
pub struct Options {
    /// The origin the site is served from, without a trailing slash.
    pub site_url: String,
    /// Articles per listing page, as the app pages the same feed.
    pub page_size: usize,
    /// The JSON Feed the app reads, as an absolute URL (the pages' alternate).
    pub json_feed: Option<String>,
    /// Addresses per sitemap file, at most [`URLS_PER_FILE`].
    pub sitemap_size: usize,
    /// The moment of the publish: the news sitemap holds the articles of
    /// the two days before it.
    pub now: Timestamp,
}

/// What a publish wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Article pages.
    pub articles: usize,
    /// Articles without a page: their id cannot be a folder's name.
    pub skipped: usize,
    /// Listing pages (home, categories, topics and days, every page).
    pub listings: usize,
    /// Addresses in the sitemaps.
    pub sitemap_urls: usize,
    /// Articles in the news sitemap.
    pub news: usize,
}

/// Publishes `articles` (every article of the feed, newest first, as the
/// app lists them) of `site` into `out`.
pub fn publish(
    site: &Site,
    articles: &[Arc<Article>],
    shell: &Shell,
    options: &Options,
    out: &mut Output,
) -> Result<Summary, PublishError> {
    let publisher = Publisher::new(site, articles, shell, options);
    let mut summary = Summary::default();
    for index in 0..articles.len() {
        if publisher.article(index, out)? {
            summary.articles += 1;
        } else {
            summary.skipped += 1;
        }
    }
    let listings = publisher.listings();
    for (scope, listed) in &listings {
        summary.listings += publisher.listing(scope, listed, out)?;
    }
    publisher.not_found(out)?;
    (summary.sitemap_urls, summary.news) = publisher.sitemaps(&listings, out)?;
    publisher.feeds(out)?;
    Ok(summary)
}

/// Where the page of `path` (a path of the app, percent-encoded) goes in the
/// site's folder: `…/index.html`, each segment decoded as a server maps it
/// to a file. `None` when a segment cannot be a folder's name.
pub fn page_file(path: &str) -> Option<String> {
    let mut file = String::new();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        let decoded = percent_decode(segment)?;
        let unsafe_name = decoded.is_empty()
            || decoded == "."
            || decoded == ".."
            || decoded.chars().any(|c| matches!(c, '/' | '\\' | '\0') || c.is_control());
        if unsafe_name {
            return None;
        }
        file.push_str(&decoded);
        file.push('/');
    }
    file.push_str("index.html");
    Some(file)
}

/// What every page of a publish shares.
struct Publisher<'a> {
    site: &'a Site,
    /// The articles as the feed gives them (absolute URLs: for head tags,
    /// sitemaps and RSS).
    articles: &'a [Arc<Article>],
    /// The same, as pages draw them: pictures and files of the site's own
    /// written from its root, so a page works wherever it is served.
    shown: Vec<Arc<Article>>,
    shell: &'a Shell,
    options: &'a Options,
    lang: Lang,
    /// The home page's blocks.
    front: Front,
    /// Each article's related articles (as `shown`), by its index.
    related: Vec<Vec<Arc<Article>>>,
}

impl<'a> Publisher<'a> {
    fn new(site: &'a Site, articles: &'a [Arc<Article>], shell: &'a Shell, options: &'a Options) -> Self {
        let lang = site.language.as_deref().and_then(Lang::from_tag).unwrap_or(Lang::Vi);
        let origin = options.site_url.as_str();
        let own = |url: &str| native::from_site_root(url, origin).to_owned();
        let shown: Vec<Arc<Article>> = articles
            .iter()
            .map(|a| {
                let image = a.image.as_deref().map(own);
                let attachments: Vec<_> = a
                    .attachments
                    .iter()
                    .map(|f| Attachment {
                        url: own(&f.url),
                        player: f.player.as_deref().map(own),
                        ..f.clone()
                    })
                    .collect();
                if image == a.image && attachments == a.attachments {
                    Arc::clone(a)
                } else {
                    Arc::new(Article { image, attachments, ..Article::clone(a) })
                }
            })
            .collect();
        let front = Front::of(&shown, &site.categories);
        let related = related(&shown);
        Self { site, articles, shown, shell, options, lang, front, related }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.options.site_url)
    }

    fn put(&self, out: &mut Output, path: &str, contents: &str) -> Result<(), PublishError> {
        out.put(path, contents.as_bytes())
            .map_err(|source| PublishError::Write { path: path.to_owned(), source })
    }

    /// The portal's categories, declared ones first, then any other an article uses.
    fn categories(&self) -> Vec<Category> {
        let mut all = self.site.categories.clone();
        for category in self.articles.iter().filter_map(|a| a.category.as_ref()) {
            if !all.iter().any(|c| c.id == category.id) {
                all.push(category.clone());
            }
        }
        all
    }

    /// The feeds a page links to: the portal's RSS, and its category's.
    fn alternates(&self, category: Option<&Category>) -> Alternates {
        let mut rss = vec![(self.site.title.clone(), self.url("/rss.xml"))];
        if let Some(category) = category
            && let Some(path) = rss_path(category)
        {
            rss.push((format!("{} – {}", category.name, self.site.title), self.url(&format!("/{path}"))));
        }
        Alternates { rss, json_feed: self.options.json_feed.clone() }
    }

    /// An article's page, and a page at its address without the slug that
    /// sends readers on. `false` when its id cannot be a folder's name.
    fn article(&self, index: usize, out: &mut Output) -> Result<bool, PublishError> {
        let article = &self.articles[index];
        let path = routes::article(&article.id, &article.title);
        let (Some(file), Some(short)) = (page_file(&path), page_file(&routes::article(&article.id, "")))
        else {
            return Ok(false);
        };
        let url = self.url(&path);
        // The most read change with every count of views: a page that
        // showed them would change with every publish. The app adds them
        // under the article when it takes the page over.
        let data = ArticleData {
            site: self.site.clone(),
            article: Arc::clone(&self.shown[index]),
            related: self.related[index].clone(),
            most_read: Vec::new(),
        };
        let markup = bantin::render::article_page(&data, self.body(article), &path, &url, self.lang);
        let picture = self.picture(article.image.as_deref(), out);
        let tags = head::article(
            self.site,
            article,
            &url,
            &self.options.site_url,
            picture.as_ref(),
            &self.alternates(article.category.as_ref()),
        );
        self.put(out, &file, &self.shell.page(&tags, &markup))?;
        if short != file {
            self.put(out, &short, &redirect(&url, &path, &article.title, self.shell.icon()))?;
        }
        Ok(true)
    }

    /// The body as the static page carries it: sanitised by the native walk,
    /// its paragraphs linkable.
    fn body(&self, article: &Article) -> Option<SanitizedHtml> {
        let label = Some(self.lang.texts().share_paragraph);
        match &article.body {
            Body::Html(html) => {
                let context =
                    Context { document_url: &article.base_url, site_origin: &self.options.site_url };
                Some(native::sanitize(html, context, label))
            }
            Body::Text(text) => Some(native::text_paragraphs(text, label)),
            Body::Empty => None,
        }
    }

    /// The sharing card's picture: an `http(s)` image (crawlers fetch it
    /// themselves: a `data:` URL shows nothing), with its size when it is a
    /// file of this site.
    fn picture(&self, image: Option<&str>, out: &Output) -> Option<Picture> {
        let url = image.filter(|i| i.starts_with("https://") || i.starts_with("http://"))?;
        let local = url.strip_prefix(&self.options.site_url).and_then(|path| path.strip_prefix('/'));
        let size = local.and_then(|path| out.read(path)).and_then(|bytes| images::dimensions(&bytes));
        Some(Picture { url: url.to_owned(), size })
    }

    /// Every listing with its articles: the home page's latest news (without
    /// the featured stories its first page leads with), each category's,
    /// each topic's and each day's that has articles.
    fn listings(&self) -> Vec<(Scope, Vec<Arc<Article>>)> {
        let articles = &self.shown;
        let latest = articles.iter().filter(|a| !self.front.features(a)).cloned().collect();
        let mut all = vec![(Scope::Home, latest)];
        for category in self.categories() {
            let listed = articles.iter().filter(|a| a.in_category(&category.id)).cloned().collect();
            all.push((Scope::Category(category), listed));
        }
        let mut topics: BTreeMap<String, (String, Vec<Arc<Article>>)> = BTreeMap::new();
        let mut days: BTreeMap<Day, Vec<Arc<Article>>> = BTreeMap::new();
        for article in articles {
            for (key, tag) in article.topics() {
                let entry = topics.entry(key).or_insert_with(|| (tag.to_owned(), Vec::new()));
                entry.1.push(Arc::clone(article));
            }
            if let Some(day) = article.day(self.site.time_zone) {
                days.entry(day).or_default().push(Arc::clone(article));
            }
        }
        all.extend(topics.into_iter().map(|(key, (name, listed))| (Scope::Topic { key, name }, listed)));
        let list: Vec<Day> = days.keys().copied().collect();
        for (i, (day, listed)) in days.into_iter().enumerate() {
            let neighbours = Neighbours {
                previous: i.checked_sub(1).and_then(|j| list.get(j)).copied(),
                next: list.get(i + 1).copied(),
            };
            all.push((Scope::Day(day, neighbours), listed));
        }
        all
    }

    /// Every page of a listing of `listed` (newest first, paged from the
    /// oldest: `bantin_core::feed::Paging`); how many.
    fn listing(
        &self,
        scope: &Scope,
        listed: &[Arc<Article>],
        out: &mut Output,
    ) -> Result<usize, PublishError> {
        let size = self.options.page_size.max(1);
        let front = (*scope == Scope::Home).then_some(&self.front);
        let alternates = self.alternates(scope.category());
        let mut written = 0;
        let pages = bantin_core::feed::Paging::new(listed.len(), size).pages();
        for (number, page) in pages.filter_map(|p| Some(p).zip(ListingPage::of(listed, size, p))) {
            let path = scope.href(number);
            let Some(file) = page_file(&path) else { break };
            let listing = Listing {
                site: self.site.clone(),
                scope: scope.clone(),
                page,
                front: front.filter(|_| number == Page::Newest).cloned(),
            };
            let markup = bantin::render::listing_page(&listing, &path, self.lang);
            let (title, description) = listing.head(self.lang.texts());
            let tags = head::listing(self.site, (&title, &description), &self.url(&path), &alternates);
            self.put(out, &file, &self.shell.page(&tags, &markup))?;
            written += 1;
        }
        Ok(written)
    }

    /// `404.html`: the page a server sends for an address that has none.
    fn not_found(&self, out: &mut Output) -> Result<(), PublishError> {
        let markup = bantin::render::not_found_page(self.site, self.lang);
        let tags = head::not_found(self.site, self.lang.texts().not_found, &self.alternates(None));
        self.put(out, "404.html", &self.shell.page(&tags, &markup))
    }

    /// The sitemaps, the news sitemap and `robots.txt`; how many addresses
    /// and news articles. The sitemaps list the home page and the
    /// categories, every article, then each topic's and each day's first
    /// page (of `listings`) with the last change of its articles: after
    /// the articles, so that a new article changes only the last files.
    fn sitemaps(
        &self,
        listings: &[(Scope, Vec<Arc<Article>>)],
        out: &mut Output,
    ) -> Result<(usize, usize), PublishError> {
        let zone = self.site.time_zone;
        let mut entries = vec![sitemap::Entry { url: self.url(&routes::home(Page::Newest)), lastmod: None }];
        for category in self.categories() {
            if page_file(&routes::category(&category.id, Page::Newest)).is_some() {
                entries.push(sitemap::Entry {
                    url: self.url(&routes::category(&category.id, Page::Newest)),
                    lastmod: None,
                });
            }
        }
        // Oldest first: a new article changes only the last file.
        let mut pages: Vec<&Arc<Article>> =
            self.articles.iter().filter(|a| page_file(&routes::article(&a.id, &a.title)).is_some()).collect();
        pages.sort_by_key(|a| a.listed());
        entries.extend(pages.iter().map(|a| sitemap::Entry {
            url: self.url(&routes::article(&a.id, &a.title)),
            lastmod: a.updated().map(|t| t.to_rfc3339_at(zone)),
        }));
        for (scope, listed) in listings {
            let ways_in = matches!(scope, Scope::Topic { .. } | Scope::Day(..));
            if ways_in && page_file(&scope.href(Page::Newest)).is_some() {
                entries.push(sitemap::Entry {
                    url: self.url(&scope.href(Page::Newest)),
                    lastmod: listed.iter().filter_map(|a| a.updated()).max().map(|t| t.to_rfc3339_at(zone)),
                });
            }
        }
        for (path, contents) in sitemap::sitemaps(&entries, &self.options.site_url, self.options.sitemap_size)
        {
            self.put(out, &path, &contents)?;
        }
        let since = self.options.now.unix_seconds() - sitemap::NEWS_WINDOW_SECONDS;
        let news: Vec<sitemap::NewsEntry> = pages
            .iter()
            .rev()
            .filter_map(|a| {
                let published = a.listed().filter(|t| t.unix_seconds() >= since && *t <= self.options.now)?;
                Some(sitemap::NewsEntry {
                    url: self.url(&routes::article(&a.id, &a.title)),
                    title: a.title.clone(),
                    published: published.to_rfc3339_at(zone),
                })
            })
            .take(NEWS_MAX)
            .collect();
        let language = self.lang.texts().lang;
        self.put(out, "sitemap-news.xml", &sitemap::news(&news, &self.site.title, language))?;
        self.put(out, "robots.txt", &sitemap::robots(&self.options.site_url))?;
        Ok((entries.len(), news.len()))
    }

    /// RSS 2.0 of the newest articles: the portal's (`rss.xml`) and each category's.
    fn feeds(&self, out: &mut Output) -> Result<(), PublishError> {
        let description = self.site.description.clone().unwrap_or_else(|| self.site.title.clone());
        self.rss(out, "rss.xml", &self.site.title, &routes::home(Page::Newest), &description, None)?;
        for category in self.categories() {
            let Some(path) = rss_path(&category) else { continue };
            let title = format!("{} – {}", category.name, self.site.title);
            self.rss(
                out,
                &path,
                &title,
                &routes::category(&category.id, Page::Newest),
                &title,
                Some(&category),
            )?;
        }
        Ok(())
    }

    fn rss(
        &self,
        out: &mut Output,
        path: &str,
        title: &str,
        link: &str,
        description: &str,
        category: Option<&Category>,
    ) -> Result<(), PublishError> {
        let zone = self.site.time_zone;
        let items: Vec<rss::Item> = self
            .articles
            .iter()
            .filter(|a| category.is_none_or(|c| a.in_category(&c.id)))
            .take(rss::ITEMS)
            .map(|a| rss::Item {
                title: a.title.clone(),
                link: self.url(&routes::article(&a.id, &a.title)),
                published: a.listed().map(|t| t.to_rfc822_at(zone)),
                description: a.summary.clone().or_else(|| a.teaser.clone()),
                category: a.category.as_ref().map(|c| c.name.clone()),
                enclosure: a.image.as_deref().filter(|i| i.starts_with("http")).map(|image| {
                    let local = image.strip_prefix(&self.options.site_url).and_then(|p| p.strip_prefix('/'));
                    let length = local.and_then(|p| out.read(p)).map_or(0, |b| b.len() as u64);
                    (image.to_owned(), length, rss::image_type(image).to_owned())
                }),
            })
            .collect();
        let (link, self_url) = (self.url(link), self.url(&format!("/{path}")));
        let channel = rss::Channel {
            title,
            link: &link,
            description,
            language: self.lang.texts().lang,
            self_url: &self_url,
        };
        self.put(out, path, &rss::document(&channel, &items))
    }
}

/// A category's RSS file: `chuyen-muc/<id>/rss.xml`, beside its listing page.
fn rss_path(category: &Category) -> Option<String> {
    let folder = page_file(&routes::category(&category.id, Page::Newest))?;
    Some(folder.replace("index.html", "rss.xml"))
}

/// Each article's related articles, by its index in `articles` (newest
/// first): those of its category published just before it, as the app
/// shows them.
fn related(articles: &[Arc<Article>]) -> Vec<Vec<Arc<Article>>> {
    related_positions(articles.iter().map(|a| a.category.as_ref().map(|c| c.id.as_str())))
        .into_iter()
        .map(|positions| positions.into_iter().map(|j| Arc::clone(&articles[j])).collect())
        .collect()
}

/// The page at an article's address without its slug (nginx serves it for
/// the address with an old slug too): it sends readers and crawlers to the
/// article's own address.
fn redirect(url: &str, path: &str, title: &str, icon: Option<&str>) -> String {
    use bantin_core::text::escape_html;
    let (url, path, title) = (escape_html(url), escape_html(path), escape_html(title));
    let icon = icon.map(|tag| format!("{tag}\n")).unwrap_or_default();
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n{icon}<link rel=\"canonical\" href=\"{url}\">\n<meta name=\"robots\" content=\"noindex\">\n<meta http-equiv=\"refresh\" content=\"0; url={path}\">\n</head>\n<body>\n<p><a href=\"{path}\">{title}</a></p>\n</body>\n</html>\n"
    )
}
