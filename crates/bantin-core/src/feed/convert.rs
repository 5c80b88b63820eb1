//! From the wire document to the model: fallbacks, categories, order.

use super::model::{Agency, Article, Body, Category, FeedPage, Neighbours, PageLinks, Site, SiteLink};
use super::{Attachment, Document};
use super::{Front, Section};
use crate::content::policy::{UrlUse, check_url, checked_url, image_over_https, scheme};
use crate::date::{Day, Timestamp, UtcOffset};
use crate::layout::Layout;
use crate::text::{
    collapse_whitespace, decode_entities, html_to_text, html_word_count, slug, trim, truncate_words,
    truncate_words_owned,
};
use crate::wire::loose::{List, Object};
use crate::wire::{
    WireAgency, WireAttachment, WireAuthor, WireDocument, WireFeed, WireItem, WireLayout, WireLink,
};
use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::Arc;

/// Resolves a URL found in a feed against the feed's own URL; `None` when it
/// cannot be resolved.
pub type Resolve<'a> = &'a dyn Fn(&str) -> Option<String>;

/// Longest derived title, in characters.
const DERIVED_TITLE_CHARS: usize = 90;
/// Longest derived teaser, in characters.
const TEASER_CHARS: usize = 220;
/// Longest title and lead shown, in characters: a CMS accident (a whole
/// article pasted as its title) must not fill the page.
const TITLE_MAX_CHARS: usize = 300;
const SUMMARY_MAX_CHARS: usize = 1_000;

/// Converts one feed document. `parent` is the portal as the first document of
/// a paginated feed describes it; later pages inherit its categories and zone.
pub fn convert(mut wire: WireFeed, resolve: Resolve, parent: Option<&Site>) -> FeedPage {
    let site = match parent {
        Some(site) => site.clone(),
        None => site_of(&wire, resolve),
    };
    let front = wire.bantin.0.as_mut().and_then(|e| e.front.0.take());
    let related = wire.bantin.0.as_mut().map(|e| std::mem::take(&mut e.related)).unwrap_or_default();
    let neighbours = wire.bantin.0.as_ref().and_then(|e| e.day.0.as_ref()).map(|day| {
        let day_of = |t: &crate::wire::loose::Text| t.0.as_deref().and_then(Day::parse);
        Neighbours { previous: day_of(&day.previous), next: day_of(&day.next) }
    });
    let page_links = wire.bantin.0.as_ref().and_then(|e| e.page.0.as_ref()).map(|links| {
        let number =
            |c: &crate::wire::loose::Count| c.0.and_then(|n| usize::try_from(n).ok()).filter(|n| *n > 0);
        PageLinks { older: number(&links.older), newer: number(&links.newer) }
    });
    let feed_authors = author_names(wire.authors.0, wire.author.0);
    // The empty reference resolves to the document's own URL.
    let base_url = resolve("").unwrap_or_default();
    let articles = |items: List<Object<WireItem>>| -> Vec<Arc<Article>> {
        items
            .0
            .into_iter()
            .filter_map(|item| article(item.0?, &site, &feed_authors, &base_url, resolve))
            .map(Arc::new)
            .collect()
    };
    let related = articles(related);
    let front = front.filter(|_| parent.is_none()).map(|front| {
        let sections = front
            .sections
            .0
            .into_iter()
            .filter_map(|section| {
                let section = section.0?;
                let category = site.category(section.category.0.as_deref()?)?.clone();
                Some(Section { category, articles: articles(section.items) })
            })
            .filter(|s| !s.articles.is_empty())
            .collect();
        Front { featured: articles(front.featured), most_read: articles(front.most_read), sections }
    });
    let items = wire.items.0.unwrap_or_default();
    let total = items.len();
    let mut articles: Vec<Arc<Article>> = items
        .into_iter()
        .filter_map(|item| item.0)
        .filter_map(|item| article(item, &site, &feed_authors, &base_url, resolve))
        .map(Arc::new)
        .collect();
    // The first article with an id wins; ids are looked up borrowed, not
    // copied into the set.
    let first_of_id: Vec<bool> = {
        let mut seen = HashSet::with_capacity(articles.len());
        articles.iter().map(|a| seen.insert(a.id.as_str())).collect()
    };
    let mut first_of_id = first_of_id.into_iter();
    articles.retain(|_| first_of_id.next().unwrap_or(true));
    // Newest first; undated items keep their feed order, after dated ones.
    Article::sort_newest_first(&mut articles);
    let mut site = site;
    if site.categories.is_empty() {
        site.categories = categories_in_use(&articles);
    }
    FeedPage {
        site,
        skipped: total - articles.len(),
        next_url: wire.next_url.0.as_deref().and_then(|u| feed_link(u, resolve)),
        articles,
        front,
        neighbours,
        page_links,
        related,
    }
}

fn site_of(wire: &WireFeed, resolve: Resolve) -> Site {
    let ext = wire.bantin.0.as_ref();
    let categories = ext
        .map(|e| &e.categories.0)
        .into_iter()
        .flatten()
        .filter_map(|c| c.0.as_ref())
        .filter_map(|c| {
            let id = non_empty(c.id.0.as_deref())?;
            let name = plain_text(c.name.0.as_deref()).map_or_else(|| id.to_owned(), Cow::into_owned);
            Some(Category { id: id.to_owned(), name })
        })
        .fold(Vec::<Category>::new(), |mut all, c| {
            if !all.iter().any(|seen| seen.id == c.id) {
                all.push(c);
            }
            all
        });
    Site {
        title: plain_text(wire.title.0.as_deref()).map_or_else(|| "Bantin".to_owned(), Cow::into_owned),
        description: plain_text(wire.description.0.as_deref()).map(Cow::into_owned),
        home_page_url: non_empty(wire.home_page_url.0.as_deref()).map(str::to_owned),
        icon: wire.icon.0.as_deref().and_then(|u| image(u, resolve, &resolve("").unwrap_or_default())),
        language: non_empty(wire.language.0.as_deref()).map(str::to_owned),
        categories,
        time_zone: ext
            .and_then(|e| e.time_zone.0.as_deref())
            .and_then(UtcOffset::parse)
            .unwrap_or(UtcOffset::VIETNAM),
        layout: ext.and_then(|e| e.layout.0.as_ref()).and_then(|l| layout_of(l, resolve)),
        agency: ext.and_then(|e| e.site.0.as_ref()).map(|a| agency_of(a, resolve)).unwrap_or_default(),
    }
}

/// `_bantin.site`, each field kept only in a shape that shows and links
/// as it should.
fn agency_of(wire: &WireAgency, resolve: Resolve) -> Agency {
    let text = |t: &crate::wire::loose::Text| plain_text(t.0.as_deref()).map(Cow::into_owned);
    Agency {
        name: text(&wire.agency),
        address: text(&wire.address),
        phone: text(&wire.phone).and_then(|phone| tel_href(&phone).map(|href| (phone, href))),
        email: text(&wire.email).filter(|e| is_email(e)),
        editor: text(&wire.editor),
        license: text(&wire.license),
        parent: wire.parent.0.as_ref().and_then(|l| site_link(l, resolve)),
        links: wire
            .links
            .0
            .iter()
            .filter_map(|l| l.0.as_ref())
            .filter_map(|l| site_link(l, resolve))
            .collect(),
    }
}

/// A named link to another site: a name and an http(s) address.
fn site_link(wire: &WireLink, resolve: Resolve) -> Option<SiteLink> {
    let url = feed_link(non_empty(wire.url.0.as_deref())?, resolve)?;
    let name = plain_text(wire.name.0.as_deref())?.into_owned();
    Some(SiteLink { name, url })
}

/// A `tel:` link for a phone number as people write it (`(0275) 3 822 195`,
/// `+84 275 3822195`): its digits, after a leading `+`; at least three.
fn tel_href(phone: &str) -> Option<String> {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let allowed = phone.chars().all(|c| c.is_ascii_digit() || " .-()+".contains(c));
    (allowed && digits.len() >= 3).then(|| {
        let plus = if phone.trim_start().starts_with('+') { "+" } else { "" };
        format!("tel:{plus}{digits}")
    })
}

/// Whether `email` looks like an address a `mailto:` link can carry.
fn is_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else { return false };
    let fine = |part: &str| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| !c.is_whitespace() && !c.is_control() && !"@<>()[]\\,;:\"?&#%".contains(c))
    };
    fine(local) && fine(domain) && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
}

/// The layout a document names; `None` for a version this code does not
/// read (its feed is then read as a plain feed, by `next_url`).
fn layout_of(wire: &WireLayout, resolve: Resolve) -> Option<Layout> {
    if wire.version.0 != Some(crate::layout::VERSION) {
        return None;
    }
    let count = |c: &crate::wire::loose::Count| c.0.and_then(|n| usize::try_from(n).ok());
    let text = |t: &crate::wire::loose::Text| non_empty(t.0.as_deref()).map(str::to_owned);
    let category_blocks = wire
        .category_blocks
        .0
        .iter()
        .flatten()
        .filter_map(|(id, blocks)| Some((id.clone(), count(blocks)?)))
        .collect();
    let mut layout = Layout::new(
        // The empty reference resolves to the document's own URL.
        resolve("")?,
        (count(&wire.page_size)?, count(&wire.home_blocks)?),
        category_blocks,
        (text(&wire.home_page)?, text(&wire.category_page)?, text(&wire.article)?),
        text(&wire.search),
    )?;
    layout.documents = text(&wire.documents);
    layout.topic_page = text(&wire.topic_page).filter(|t| t.contains("{topic}") && t.contains("{page}"));
    layout.day_page = text(&wire.day_page).filter(|t| t.contains("{day}") && t.contains("{page}"));
    Some(layout)
}

// Strings are moved out of the decoded item wherever they are kept as they
// are: a listing has thousands of items, and copying every field (and
// freeing the original) was much of the conversion's time.
fn article(
    item: WireItem,
    site: &Site,
    feed_authors: &[String],
    base_url: &str,
    resolve: Resolve,
) -> Option<Article> {
    let id = kept(item.id.0).or_else(|| non_empty(item.url.0.as_deref()).map(str::to_owned))?;
    let body = match (kept(item.content_html.0), kept(item.content_text.0)) {
        (Some(html), _) => Body::Html(html),
        (None, Some(text)) => Body::Text(text),
        (None, None) => Body::Empty,
    };
    let summary = plain_text_owned(item.summary.0).map(|s| truncate_words_owned(s, SUMMARY_MAX_CHARS));
    let reading_minutes = match &body {
        Body::Html(html) => Some(reading_minutes(html_word_count(html))),
        Body::Text(text) => Some(reading_minutes(text.split_whitespace().count())),
        Body::Empty => None,
    };
    let title = plain_text_owned(item.title.0);
    // The body's text only where it stands in for a missing summary or title.
    let body_text = if summary.is_none() || title.is_none() {
        match &body {
            Body::Html(html) => Some(html_to_text(html)),
            Body::Text(text) => Some(collapse_whitespace(text)),
            Body::Empty => None,
        }
    } else {
        None
    };
    let body_text = body_text.filter(|t| !t.is_empty());
    let (title, teaser) = match title {
        Some(title) => {
            let teaser =
                summary.clone().or_else(|| body_text.as_deref().map(|t| truncate_words(t, TEASER_CHARS)));
            (truncate_words_owned(title, TITLE_MAX_CHARS), teaser)
        }
        None => {
            let source = summary.clone().or(body_text)?;
            (truncate_words_owned(source, DERIVED_TITLE_CHARS), None)
        }
    };
    let ext = item.bantin.0.unwrap_or_default();
    let zone = site.time_zone;
    let date = |field: Option<String>| field.as_deref().and_then(|d| Timestamp::parse(d, zone));
    let mut authors = author_names(item.authors.0, item.author.0);
    if authors.is_empty() {
        authors = feed_authors.to_vec();
    }
    let tags = item.tags.0;
    let category = match non_empty(ext.category.0.as_deref()) {
        Some(id) => Some(
            site.category(id).cloned().unwrap_or_else(|| Category { id: id.to_owned(), name: id.to_owned() }),
        ),
        None => tags.first().map(|tag| category_of_tag(tag, site)),
    };
    Some(Article {
        id,
        title,
        summary,
        teaser,
        body,
        image: [item.image.0, item.banner_image.0].iter().flatten().find_map(|u| image(u, resolve, base_url)),
        permalink: non_empty(item.url.0.as_deref()).and_then(|u| link(u, resolve)),
        published: date(item.date_published.0),
        modified: date(item.date_modified.0),
        authors,
        byline: kept(ext.byline.0),
        views: ext.views.0,
        category,
        tags: tags.into_iter().map(|t| plain_text_owned(Some(t)).unwrap_or_default()).collect(),
        language: kept(item.language.0),
        base_url: base_url.to_owned(),
        reading_minutes,
        attachments: item
            .attachments
            .0
            .into_iter()
            .filter_map(|a| attachment(a.0?, resolve, base_url))
            .collect(),
        document: ext.document.0.and_then(document),
        // `true` ranks after every numbered story.
        featured: ext.featured.0.map(|rank| rank.unwrap_or(u64::MAX)),
    })
}

/// An attachment a reader can download: its URL must be http(s).
fn attachment(wire: WireAttachment, resolve: Resolve, base_url: &str) -> Option<Attachment> {
    let url = link(non_empty(wire.url.0.as_deref())?, resolve)?;
    if !matches!(scheme(&url).as_deref(), Some("http" | "https")) {
        return None;
    }
    let mime_type = non_empty(wire.mime_type.0.as_deref()).map(|m| {
        // `audio/mpeg; charset=…`: the type alone, lower case.
        m.split(';').next().unwrap_or(m).trim().to_ascii_lowercase()
    });
    let mut file = Attachment {
        url,
        mime_type,
        title: plain_text(wire.title.0.as_deref()).map(Cow::into_owned),
        size: wire.size_in_bytes.0.filter(|&n| n > 0),
        duration: wire.duration_in_seconds.0.filter(|&n| n > 0),
        player: None,
    };
    if file.playable() {
        // Media loads into the page as images do: the same upgrade.
        file.player =
            check_url(&file.url, UrlUse::Media).map(|u| image_over_https(&u, base_url).into_owned());
    }
    Some(file)
}

/// `_bantin.document`, when it has a number.
fn document(wire: WireDocument) -> Option<Document> {
    let text = |t: Option<String>| plain_text(t.as_deref()).map(Cow::into_owned);
    Some(Document {
        number: text(wire.number.0)?,
        kind: text(wire.kind.0),
        issuer: text(wire.issuer.0),
        issued: wire.issued.0.as_deref().and_then(Day::parse),
        effective: wire.effective.0.as_deref().and_then(Day::parse),
        summary: text(wire.summary.0),
    })
}

/// Words read per minute: Vietnamese news prose, read on a screen.
const WORDS_PER_MINUTE: usize = 200;

/// Minutes to read `words` words, rounded, at least one.
fn reading_minutes(words: usize) -> u32 {
    u32::try_from(((words + WORDS_PER_MINUTE / 2) / WORDS_PER_MINUTE).max(1)).unwrap_or(u32::MAX)
}

/// The category a tag names: a declared one with that name or slug, else a
/// category of its own.
fn category_of_tag(tag: &str, site: &Site) -> Category {
    let id = match slug(tag, 80) {
        s if s.is_empty() => tag.to_owned(),
        s => s,
    };
    let declared = site.categories.iter().find(|c| c.id == id || slug(&c.name, 80) == id);
    declared.cloned().unwrap_or(Category { id, name: tag.to_owned() })
}

fn categories_in_use(articles: &[Arc<Article>]) -> Vec<Category> {
    let mut all: Vec<Category> = Vec::new();
    for c in articles.iter().filter_map(|a| a.category.as_ref()) {
        if !all.iter().any(|seen| seen.id == c.id) {
            all.push(c.clone());
        }
    }
    all
}

fn author_names(
    authors: Vec<crate::wire::loose::ObjectOrString<WireAuthor>>,
    author: Option<WireAuthor>,
) -> Vec<String> {
    authors.into_iter().filter_map(|a| a.0).chain(author).filter_map(|a| kept(a.name.0)).collect()
}

fn image(url: &str, resolve: Resolve, document_url: &str) -> Option<String> {
    let checked = checked_url(url, UrlUse::Image)?;
    if is_data(&checked) {
        return Some(checked.into_owned());
    }
    let absolute = checked_owned(resolve(&checked)?, UrlUse::Image)?;
    let upgraded = match image_over_https(&absolute, document_url) {
        Cow::Owned(upgraded) => Some(upgraded),
        Cow::Borrowed(_) => None,
    };
    Some(upgraded.unwrap_or(absolute))
}

/// Whether `url`'s scheme is `data`: `scheme(url) == Some("data")`, without
/// allocating the scheme.
fn is_data(url: &str) -> bool {
    url.get(..5).is_some_and(|s| s.eq_ignore_ascii_case("data:"))
}

/// A URL of another feed document: only ever fetched over HTTP(S).
fn feed_link(url: &str, resolve: Resolve) -> Option<String> {
    let abs = resolve(url.trim())?;
    matches!(scheme(&abs).as_deref(), Some("http" | "https")).then_some(abs)
}

fn link(url: &str, resolve: Resolve) -> Option<String> {
    let checked = checked_url(url, UrlUse::Link)?;
    checked_owned(resolve(&checked)?, UrlUse::Link)
}

/// [`check_url`] for a URL already owned: `url` itself when it passes as it is.
fn checked_owned(url: String, usage: UrlUse) -> Option<String> {
    match checked_url(&url, usage)? {
        Cow::Borrowed(clean) if clean.len() == url.len() => Some(url),
        clean => Some(clean.into_owned()),
    }
}

fn non_empty(s: Option<&str>) -> Option<&str> {
    s.map(trim).filter(|s| !s.is_empty())
}

/// [`non_empty`] for text already owned: `s` itself when there is nothing
/// to trim.
fn kept(s: Option<String>) -> Option<String> {
    let s = s?;
    let trimmed = trim(&s);
    if trimmed.len() == s.len() {
        return (!s.is_empty()).then_some(s);
    }
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// A plain-text field (a title, a lead, a name) as it is shown. JSON Feed
/// says these are plain text, but many generators HTML-escape them (`Add Task
/// &amp; Sub Tasks`): character references are decoded, once; a bare `&`
/// stays as written.
fn plain_text(s: Option<&str>) -> Option<Cow<'_, str>> {
    match decode_entities(non_empty(s)?) {
        Cow::Borrowed(text) => Some(Cow::Borrowed(text)),
        Cow::Owned(text) => Some(text.trim().to_owned()).filter(|t| !t.is_empty()).map(Cow::Owned),
    }
}

/// [`plain_text`] for text already owned: `s` itself when there is nothing
/// to decode or trim.
fn plain_text_owned(s: Option<String>) -> Option<String> {
    let s = kept(s)?;
    let decoded = match decode_entities(&s) {
        Cow::Owned(decoded) => Some(decoded),
        Cow::Borrowed(_) => None,
    };
    match decoded {
        Some(decoded) => kept(Some(decoded)),
        None => Some(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    /// The fast paths that skip a copy must give what the copying
    /// functions give, for text and URLs of every shape.
    #[test]
    fn the_copy_free_paths_agree_with_the_copying_ones() {
        let texts = [
            "",
            " ",
            "a",
            " a ",
            "\u{a0}Tin\u{a0}",
            "Tin tức",
            "Tin tức ",
            "\tĐà Nẵng\n",
            "AT&T",
            "A &amp; B",
            " &amp; ",
            "&nbsp;",
            "x&nbsp;",
            "bg-20230331-010000",
        ];
        for text in texts {
            assert_eq!(kept(Some(text.to_owned())).as_deref(), non_empty(Some(text)), "{text:?}");
            assert_eq!(
                plain_text_owned(Some(text.to_owned())).as_deref(),
                plain_text(Some(text)).as_deref(),
                "{text:?}"
            );
        }
        let urls = [
            "",
            "https://a.vn/x.html",
            "http://a.vn/x",
            "HTTPS://a.vn/x",
            "images/cho.svg",
            "/a/b?c#d",
            "?q",
            "#top",
            " https://a.vn/x ",
            "https://a.vn/\tx",
            "javascript:alert(1)",
            "JavaScript:x",
            "data:image/png;base64,AA",
            "data:image/svg+xml,<svg>",
            "mailto:a@b.vn",
            "tel:+84",
            "DATA:x",
            "dat:x",
            "data",
            "1a:b",
            "a/b:c",
            "ftp://a.vn/f",
        ];
        for url in urls {
            assert_eq!(is_data(url), scheme(url).as_deref() == Some("data"), "{url:?}");
            for usage in [UrlUse::Link, UrlUse::Image, UrlUse::Media] {
                assert_eq!(checked_url(url, usage).map(Cow::into_owned), check_url(url, usage), "{url:?}");
                assert_eq!(checked_owned(url.to_owned(), usage), check_url(url, usage), "{url:?}");
            }
        }
    }
}
