//! The sanitiser's walk without a browser, for the static pages the tool
//! writes: html5ever parses the feed's HTML as the browser's template
//! element does, and the same three passes as the app's DOM walk
//! (`src/content/sanitize.rs`) ask the same policy ([`super::policy`]) about
//! every node. Only built with the `native-html` feature: never in the wasm.
//!
//! 1. Word and CMS image layouts become `<figure>`s with their captions;
//! 2. every node is kept, unwrapped or removed by the allowlist;
//! 3. paragraphs left with nothing to read are removed.

use super::gallery::Photo;
use super::inline_style::{RENAMED, rename_style_attributes};
use super::players::{self, Markup};
use super::policy::{
    ElementRule, SEEN_WITHOUT_TEXT, UrlUse, added_attributes, attribute_allowed, check_url, clean_srcset,
    element_rule, image_over_https, is_blank, is_caption_length, is_centered, is_junk_alt, needs_url,
    url_attributes,
};
use super::{PARAGRAPH_LINK_CLASS, SanitizedHtml};
use crate::share::paragraph_anchor;
use crate::text::escape_html;
use crate::urls;
use ego_tree::NodeId;
use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{LocalName, QualName, driver, local_name, ns};
use scraper::node::{Element, Text};
use scraper::{Html, HtmlTreeSink, Node};

/// What the walk needs to check a URL: the feed document's URL (relative
/// URLs resolve against it; its host's plain `http:` images stay as they
/// are) and the site's origin (links elsewhere open in a new tab; the
/// site's own addresses are written from its root, `/images/a.svg`, so a
/// page works wherever it is served).
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// The feed document's absolute URL.
    pub document_url: &'a str,
    /// The origin the site is served from, `https://binhgiang.example.vn`.
    pub site_origin: &'a str,
}

/// Feed HTML as a static page may carry it: what the policy allows, with
/// URLs made absolute. With `paragraph_label`, each top-level paragraph gets
/// its anchor (`id="doan-3"`) and a link to itself labelled so.
pub fn sanitize(html: &str, context: Context, paragraph_label: Option<&str>) -> SanitizedHtml {
    let mut doc = parse(&rename_style_attributes(html));
    let root = content_root(&doc);
    for img in elements_named(&doc, root, "img") {
        make_figure(&mut doc, img);
    }
    walk(&mut doc, root, context);
    for p in elements_named(&doc, root, "p") {
        let empty = is_blank(&text_of(&doc, p));
        if empty && SEEN_WITHOUT_TEXT.iter().all(|&tag| elements_named(&doc, p, tag).is_empty()) {
            detach(&mut doc, p);
        }
    }
    if let Some(label) = paragraph_label {
        add_paragraph_links(&mut doc, root, label);
    }
    let photos = photos(&doc, root);
    SanitizedHtml::new(inner_html(&doc, root), photos)
}

/// Plain text (`content_text`) as paragraphs, one per blank-line-separated
/// block, every character escaped; with `paragraph_label`, linkable as
/// [`sanitize`] makes them.
pub fn text_paragraphs(text: &str, paragraph_label: Option<&str>) -> SanitizedHtml {
    let blocks = text.split("\n\n").map(str::trim).filter(|b| !b.is_empty());
    let mut out = String::with_capacity(text.len() + 64);
    for (i, block) in blocks.enumerate() {
        match paragraph_label {
            Some(label) => {
                let anchor = paragraph_anchor(i + 1);
                out.push_str(&format!(
                    r#"<p id="{anchor}">{}{}</p>"#,
                    escape_html(block),
                    paragraph_link(&anchor, label)
                ));
            }
            None => out.push_str(&format!("<p>{}</p>", escape_html(block))),
        }
    }
    SanitizedHtml::new(out, Vec::new())
}

/// The link a linkable paragraph ends with.
fn paragraph_link(anchor: &str, label: &str) -> String {
    let label = escape_html(label);
    format!(
        r##"<a class="{PARAGRAPH_LINK_CLASS}" href="#{anchor}" aria-label="{label}" title="{label}">#</a>"##
    )
}

/// Parses `html` as the content of a `<template>`, as the browser does.
fn parse(html: &str) -> Html {
    let context = QualName::new(None, ns!(html), local_name!("template"));
    // As a template's content is parsed in the browser: without scripting,
    // so a <noscript>'s content is markup (and goes with it), not text.
    let options = driver::ParseOpts {
        tree_builder: TreeBuilderOpts { scripting_enabled: false, ..Default::default() },
        ..Default::default()
    };
    driver::parse_fragment(HtmlTreeSink::new(Html::new_fragment()), options, context, Vec::new(), false)
        .one(html)
}

/// The element whose children are the parsed fragment.
fn content_root(doc: &Html) -> NodeId {
    let root = doc.tree.root();
    root.children().find(|n| n.value().is_element()).map_or(root.id(), |html| html.id())
}

/// Keeps, unwraps or removes every node under `root` by the allowlist.
fn walk(doc: &mut Html, root: NodeId, context: Context) {
    let mut pending = children(doc, root);
    while let Some(id) = pending.pop() {
        let rule = match doc.tree.get(id).map(|n| n.value().clone()) {
            Some(Node::Text(_)) => continue,
            Some(Node::Element(element)) => {
                let tag = element.name().to_ascii_lowercase();
                match element_rule(&tag) {
                    ElementRule::Keep => clean_attributes(doc, id, &tag, context),
                    ElementRule::Embed => {
                        embed(doc, id, &element, context);
                        continue;
                    }
                    rule => rule,
                }
            }
            // Comments, processing instructions: nothing a reader sees.
            _ => ElementRule::Remove,
        };
        match rule {
            ElementRule::Remove => detach(doc, id),
            ElementRule::Unwrap => pending.extend(unwrap(doc, id)),
            ElementRule::Keep => pending.extend(children(doc, id)),
            // Replaced above.
            ElementRule::Embed => {}
        }
    }
}

/// Puts in place of an `<iframe>` what the policy makes of it: a known
/// player's facade, else a link to the page it showed, else nothing (and
/// nothing inside a link, which can hold no other).
fn embed(doc: &mut Html, id: NodeId, iframe: &Element, context: Context) {
    if ancestors(doc, id).into_iter().any(|a| is_named(doc, a, "a")) {
        return detach(doc, id);
    }
    let src = iframe
        .attr("src")
        .and_then(|raw| check_url(raw, UrlUse::Link))
        .and_then(|url| check_url(&urls::resolve(context.document_url, &url)?, UrlUse::Link));
    let markup = src.as_deref().and_then(|src| match players::player(src) {
        Some(player) => Some(players::facade(&player, iframe.attr("title"))),
        None => matches!(super::policy::scheme(src).as_deref(), Some("http" | "https"))
            .then(|| players::embed_link(src)),
    });
    if let Some(markup) = markup
        && let Some(mut node) = doc.tree.get_mut(id)
    {
        let mut built = node.insert_before(to_node(&markup));
        append_children(&mut built, &markup);
    }
    detach(doc, id);
}

/// Builds the children of `markup` into `parent`.
fn append_children(parent: &mut ego_tree::NodeMut<Node>, markup: &Markup) {
    if let Markup::Element { children, .. } = markup {
        for child in children {
            let mut built = parent.append(to_node(child));
            append_children(&mut built, child);
        }
    }
}

fn to_node(markup: &Markup) -> Node {
    match markup {
        Markup::Text(text) => Node::Text(Text { text: text.as_str().into() }),
        Markup::Element { name, attributes, .. } => {
            let mut element =
                Element::new(QualName::new(None, ns!(html), LocalName::from(*name)), Vec::new());
            for (attr, value) in attributes {
                set(&mut element.attrs, attr, value);
            }
            Node::Element(element)
        }
    }
}

/// Removes every attribute the policy does not allow, checks and resolves
/// the URL attributes (a refused URL takes its attribute with it), and
/// returns what to do with the element: a link left without its URL is
/// unwrapped to its text, an image, source or track without one removed.
fn clean_attributes(doc: &mut Html, id: NodeId, tag: &str, context: Context) -> ElementRule {
    // A leaked file name as alt text becomes the figure's caption (the
    // figures were made in the first pass), or nothing.
    let junk_alt = tag == "img" && element(doc, id).and_then(|e| e.attr("alt")).is_some_and(is_junk_alt);
    let caption = junk_alt.then(|| figure_caption(doc, id));
    let Some(mut node) = doc.tree.get_mut(id) else { return ElementRule::Remove };
    let Node::Element(element) = node.value() else { return ElementRule::Remove };
    let attrs = &mut element.attrs;
    attrs.retain(|(name, _)| attribute_allowed(tag, &name.local.to_ascii_lowercase()));
    for attribute in url_attributes(tag) {
        let Some(raw) = attrs.iter().find(|(n, _)| &*n.local == attribute.name).map(|(_, v)| v.to_string())
        else {
            continue;
        };
        let usage = attribute.usage;
        let one = |raw: &str| {
            let url = check_url(raw, usage)
                .and_then(|url| check_url(&urls::resolve(context.document_url, &url)?, usage))?;
            let url = match usage {
                UrlUse::Image => image_over_https(&url, context.document_url).into_owned(),
                UrlUse::Link | UrlUse::Media => url,
            };
            Some(url)
        };
        let value = if attribute.candidates {
            clean_srcset(&raw, |candidate| {
                one(candidate).map(|url| from_site_root(&url, context.site_origin).to_owned())
            })
        } else {
            one(&raw)
        };
        let Some(value) = value else {
            attrs.retain(|(n, _)| &*n.local != attribute.name);
            continue;
        };
        if usage == UrlUse::Link && opens_elsewhere(&value, context.site_origin) {
            set(attrs, "target", "_blank");
            set(attrs, "rel", "noopener noreferrer");
        }
        let value =
            if attribute.candidates { value.as_str() } else { from_site_root(&value, context.site_origin) };
        set(attrs, attribute.name, value);
    }
    if let Some((names, rule)) = needs_url(tag)
        && !attrs.iter().any(|(n, _)| names.contains(&&*n.local))
    {
        return rule;
    }
    if let Some(caption) = caption {
        set(attrs, "alt", &caption);
    }
    for (name, value) in added_attributes(tag) {
        set(attrs, name, value);
    }
    ElementRule::Keep
}

/// Sets an attribute, replacing the value it had.
fn set(attrs: &mut scraper::node::Attributes, name: &str, value: &str) {
    match attrs.iter_mut().find(|(n, _)| &*n.local == name) {
        Some((_, v)) => *v = value.into(),
        None => attrs.push((QualName::new(None, ns!(), LocalName::from(name)), value.into())),
    }
}

/// The caption of the figure `img` is in, its whitespace collapsed; empty
/// when it is in none (the image is then decorative).
fn figure_caption(doc: &Html, img: NodeId) -> String {
    let figure = ancestors(doc, img).into_iter().find(|&a| is_named(doc, a, "figure"));
    let caption = figure.and_then(|f| elements_named(doc, f, "figcaption").first().copied());
    caption.map(|c| text_of(doc, c).split_whitespace().collect::<Vec<_>>().join(" ")).unwrap_or_default()
}

/// Turns an image standing alone in its paragraph, followed by a short
/// centred or italic paragraph (how Word and most CMS editors lay out a
/// photo and its caption), into `<figure><img><figcaption>` (the image's
/// `<picture>` with it, if it has one).
fn make_figure(doc: &mut Html, img: NodeId) {
    let lineage = ancestors(doc, img);
    if lineage.iter().any(|&a| is_named(doc, a, "figure")) {
        return;
    }
    let Some(&block) = lineage.iter().find(|&&a| is_named(doc, a, "p") || is_named(doc, a, "div")) else {
        return;
    };
    if !is_blank(&text_of(doc, block)) {
        return; // An image inside running text stays where it is.
    }
    let Some(caption) = next_element_sibling(doc, block) else { return };
    let Some(caption_element) = element(doc, caption) else { return };
    let is_paragraph = matches!(caption_element.name().to_ascii_lowercase().as_str(), "p" | "div");
    let attr = |name: &str| caption_element.attr(name);
    let looks_like_caption = is_centered(attr(RENAMED), attr("align"))
        || attr("class").is_some_and(|class| class.to_ascii_lowercase().contains("caption"))
        || is_italic_only(doc, caption);
    let has_image = !elements_named(doc, caption, "img").is_empty();
    if !is_paragraph || !looks_like_caption || has_image || !is_caption_length(&text_of(doc, caption)) {
        return;
    }
    let figure = new_element("figure");
    let figure = match doc.tree.get_mut(block) {
        Some(mut node) => node.insert_before(figure).id(),
        None => return,
    };
    // A responsive image moves with its <picture>.
    let picture =
        doc.tree.get(img).and_then(|n| n.parent()).map(|p| p.id()).filter(|&p| is_named(doc, p, "picture"));
    let figcaption = match doc.tree.get_mut(figure) {
        Some(mut node) => {
            node.append_id(picture.unwrap_or(img));
            node.append(new_element("figcaption")).id()
        }
        None => return,
    };
    if let Some(mut node) = doc.tree.get_mut(figcaption) {
        node.reparent_from_id_append(caption);
    }
    detach(doc, block);
    detach(doc, caption);
}

/// Whether every letter of `id` is inside `<em>` or `<i>`.
fn is_italic_only(doc: &Html, id: NodeId) -> bool {
    let letters = |text: String| text.chars().filter(|c| !c.is_whitespace()).count();
    let all = letters(text_of(doc, id));
    // Italics nested in italics count twice, hence `>=`.
    let italic: usize = descendants(doc, id)
        .into_iter()
        .filter(|&d| is_named(doc, d, "em") || is_named(doc, d, "i"))
        .map(|d| letters(text_of(doc, d)))
        .sum();
    all > 0 && italic >= all
}

/// Web links to other sites open in a new tab; the reader keeps the article.
fn opens_elsewhere(url: &str, origin: &str) -> bool {
    let web = matches!(super::policy::scheme(url).as_deref(), Some("http" | "https"));
    web && !url.strip_prefix(origin).is_some_and(|path| path.starts_with('/'))
}

/// `url` from the site's root when it is on the site's origin.
pub fn from_site_root<'u>(url: &'u str, origin: &str) -> &'u str {
    url.strip_prefix(origin).filter(|path| path.starts_with('/')).unwrap_or(url)
}

/// Numbers the top-level paragraphs (`doan-1`, `doan-2`, …) and ends each
/// with a link to itself.
fn add_paragraph_links(doc: &mut Html, root: NodeId, label: &str) {
    let paragraphs: Vec<NodeId> =
        children(doc, root).into_iter().filter(|&c| is_named(doc, c, "p")).collect();
    for (i, p) in paragraphs.into_iter().enumerate() {
        let anchor = paragraph_anchor(i + 1);
        if let Some(mut node) = doc.tree.get_mut(p)
            && let Node::Element(element) = node.value()
        {
            set(&mut element.attrs, "id", &anchor);
        }
        let mut link = Element::new(QualName::new(None, ns!(html), local_name!("a")), Vec::new());
        for (name, value) in [
            ("class", PARAGRAPH_LINK_CLASS),
            ("href", &format!("#{anchor}")),
            ("aria-label", label),
            ("title", label),
        ] {
            set(&mut link.attrs, name, value);
        }
        if let Some(mut node) = doc.tree.get_mut(p) {
            node.append(Node::Element(link)).append(Node::Text(Text { text: "#".into() }));
        }
    }
}

// ---- the tree, as the walk needs it ----

fn new_element(name: &str) -> Node {
    Node::Element(Element::new(QualName::new(None, ns!(html), LocalName::from(name)), Vec::new()))
}

fn element(doc: &Html, id: NodeId) -> Option<&Element> {
    doc.tree.get(id)?.value().as_element()
}

fn is_named(doc: &Html, id: NodeId, name: &str) -> bool {
    element(doc, id).is_some_and(|e| e.name().eq_ignore_ascii_case(name))
}

fn children(doc: &Html, id: NodeId) -> Vec<NodeId> {
    doc.tree.get(id).map(|n| n.children().map(|c| c.id()).collect()).unwrap_or_default()
}

fn descendants(doc: &Html, id: NodeId) -> Vec<NodeId> {
    doc.tree.get(id).map(|n| n.descendants().skip(1).map(|d| d.id()).collect()).unwrap_or_default()
}

fn ancestors(doc: &Html, id: NodeId) -> Vec<NodeId> {
    doc.tree.get(id).map(|n| n.ancestors().map(|a| a.id()).collect()).unwrap_or_default()
}

fn elements_named(doc: &Html, id: NodeId, name: &str) -> Vec<NodeId> {
    descendants(doc, id).into_iter().filter(|&d| is_named(doc, d, name)).collect()
}

fn next_element_sibling(doc: &Html, id: NodeId) -> Option<NodeId> {
    let mut sibling = doc.tree.get(id)?.next_sibling();
    while let Some(node) = sibling {
        if node.value().is_element() {
            return Some(node.id());
        }
        sibling = node.next_sibling();
    }
    None
}

/// The text of `id` and everything in it, as `textContent` gives it.
fn text_of(doc: &Html, id: NodeId) -> String {
    let Some(node) = doc.tree.get(id) else { return String::new() };
    node.descendants().filter_map(|d| d.value().as_text().map(|t| t.text.to_string())).collect()
}

/// The photos of the sanitised body: each figure's first image, with the
/// figure's caption.
fn photos(doc: &Html, root: NodeId) -> Vec<Photo> {
    elements_named(doc, root, "figure")
        .into_iter()
        .filter_map(|figure| {
            let img = elements_named(doc, figure, "img").into_iter().next()?;
            let img = doc.tree.get(img)?.value().as_element()?;
            let caption =
                elements_named(doc, figure, "figcaption").into_iter().next().map(|c| text_of(doc, c));
            // Not `attr`, which looks attributes up as if still sorted: the
            // walk appends the ones it sets.
            let get = |name: &str| img.attrs().find(|&(n, _)| n == name).map(|(_, v)| v);
            Photo::from_attributes(get, caption.as_deref())
        })
        .collect()
}

/// Moves a node's children to its place and removes it; returns them.
fn unwrap(doc: &mut Html, id: NodeId) -> Vec<NodeId> {
    let kids = children(doc, id);
    for &kid in &kids {
        if let Some(mut node) = doc.tree.get_mut(id) {
            node.insert_id_before(kid);
        }
    }
    detach(doc, id);
    kids
}

fn detach(doc: &mut Html, id: NodeId) {
    if let Some(mut node) = doc.tree.get_mut(id) {
        node.detach();
    }
}

/// The markup of `root`'s children, as `innerHTML` serialises it.
fn inner_html(doc: &Html, root: NodeId) -> String {
    doc.tree.get(root).and_then(scraper::ElementRef::wrap).map(|e| e.inner_html()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::policy::{ElementRule, attribute_allowed, element_rule, made_by_walk, set_by_walk};

    const CONTEXT: Context = Context {
        document_url: "https://cdn.example.vn/data/feed.json",
        site_origin: "https://binhgiang.example.vn",
    };

    fn clean(html: &str) -> String {
        sanitize(html, CONTEXT, None).into_string()
    }

    #[test]
    fn the_photos_are_the_figures_images_as_sanitised() {
        let html = r#"<figure><img src="a.jpg" alt="Cầu" width="800" height="450"><figcaption> Cầu
            <b>Kênh Ranh</b></figcaption></figure>
            <p>Chữ</p><figure><img src="javascript:alert(1)"></figure>
            <figure><picture><source srcset="b.webp"><img src="b.jpg" srcset="b-2.jpg 2x, javascript:x 3x"></picture></figure>
            <figure><video src="v.webm"></video></figure><img src="c.jpg" alt="Chợ">"#;
        let photos = sanitize(html, CONTEXT, None).photos().to_vec();
        let srcs: Vec<_> = photos.iter().map(|p| p.src.as_str()).collect();
        assert_eq!(srcs, ["https://cdn.example.vn/data/a.jpg", "https://cdn.example.vn/data/b.jpg"]);
        assert_eq!(photos[0].caption.as_deref(), Some("Cầu Kênh Ranh"));
        assert_eq!((photos[0].width, photos[0].height), (Some(800), Some(450)));
        assert_eq!(photos[1].srcset.as_deref(), Some("https://cdn.example.vn/data/b-2.jpg 2x"));
        assert!(sanitize("<p>Chữ</p>", CONTEXT, None).photos().is_empty());
    }

    /// The elements of `html` as (tag, attributes) pairs, parsed again.
    fn elements(html: &str) -> Vec<(String, Vec<(String, String)>)> {
        let doc = parse(html);
        let root = content_root(&doc);
        descendants(&doc, root)
            .into_iter()
            .filter_map(|id| element(&doc, id))
            .map(|e| {
                let attrs = e.attrs().map(|(n, v)| (n.to_owned(), v.to_owned())).collect();
                (e.name().to_owned(), attrs)
            })
            .collect()
    }

    /// Every element and attribute is one the policy allows (or the walk
    /// adds), and every URL passes its check and is absolute.
    fn assert_only_allowed(html: &str, context: &str) {
        for (tag, attrs) in elements(html) {
            let class = attrs.iter().find(|(n, _)| n == "class").map(|(_, v)| v.as_str());
            assert!(
                element_rule(&tag) == ElementRule::Keep || made_by_walk(&tag, class),
                "{context}: <{tag}> survived in {html}"
            );
            for (name, value) in &attrs {
                assert!(
                    attribute_allowed(&tag, name) || set_by_walk(&tag, name),
                    "{context}: {tag}[{name}] survived"
                );
                for url in urls_of(&tag, name, value) {
                    // Absolute, or from the site's own root (never `//host`).
                    let own = url.starts_with('/') && !url.starts_with("//");
                    assert!(
                        own || ["https:", "mailto:", "tel:", "data:image/"]
                            .iter()
                            .any(|p| url.starts_with(p)),
                        "{context}: {name}={url}"
                    );
                }
            }
        }
    }

    #[test]
    fn script_handlers_and_dangerous_urls_are_removed() {
        let html = clean(
            r#"<p onclick="alert(1)">Tin <script>alert(2)</script><b>đậm</b></p>
               <a href="javascript:alert(3)">x</a><img src=x onerror=alert(4)>
               <iframe src="javascript:alert(5)"></iframe><style>p{}</style><!-- note -->"#,
        );
        for banned in ["onclick", "script", "alert", "iframe", "style", "onerror", "<!--"] {
            assert!(!html.contains(banned), "{banned} survived: {html}");
        }
        assert!(html.starts_with("<p>Tin <b>đậm</b></p>"), "{html}");
        assert!(!html.contains("<a"), "a link with a refused URL is only its text: {html}");
    }

    #[test]
    fn players_play_only_when_asked_and_keep_their_sources_captions_and_size() {
        let html = clean(
            r#"<p><video src="v/hoi-nghi.webm" poster="javascript:alert(1)" width="640" height="360" autoplay muted onplay="alert(2)">
                 <source src="data:video/webm;base64,GkXf" type="video/webm"><source src="v/hoi-nghi.mp4" type="video/mp4">
                 <track src="data:text/vtt,WEBVTT" kind="captions"><track src="v/phu-de.vtt" kind="captions" srclang="vi" label="Tiếng Việt">
               </video></p><audio src="javascript:alert(3)"><source src="a/ban-tin.mp3" type="audio/mpeg"></audio>"#,
        );
        assert_only_allowed(&html, "players");
        for attr in [
            r#"src="https://cdn.example.vn/data/v/hoi-nghi.webm""#,
            r#"width="640" "#,
            r#"height="360" "#,
            r#"controls="" preload="none">"#,
        ] {
            assert!(html.contains(attr), "{attr}: {html}");
        }
        assert_eq!(html.matches("<source").count(), 2, "the data: source goes: {html}");
        assert!(
            html.contains(r#"<source src="https://cdn.example.vn/data/v/hoi-nghi.mp4" type="video/mp4">"#),
            "{html}"
        );
        assert_eq!(html.matches("<track").count(), 1, "the data: track goes: {html}");
        assert!(html.contains(r#"srclang="vi""#) && html.contains(r#"label="Tiếng Việt""#), "{html}");
        assert!(
            html.contains(
                r#"<audio controls="" preload="none"><source src="https://cdn.example.vn/data/a/ban-tin.mp3""#
            ),
            "{html}"
        );
        for banned in ["autoplay", "muted", "alert", "poster", "data:"] {
            assert!(!html.contains(banned), "{banned} survived: {html}");
        }
    }

    #[test]
    fn responsive_images_keep_their_good_candidates() {
        let html = clean(
            r#"<picture><source srcset="javascript:alert(1) 1x" type="image/webp"><source srcset="a-800.webp 800w, javascript:x 1200w" sizes="(max-width: 600px) 100vw, 800px" type="image/webp"><img src="a.jpg" srcset="a-1x.jpg, a-2x.jpg 2x" alt="Hội nghị"></picture>"#,
        );
        assert_only_allowed(&html, "picture");
        assert_eq!(html.matches("<source").count(), 1, "{html}");
        assert!(html.contains(r#"srcset="https://cdn.example.vn/data/a-800.webp 800w""#), "{html}");
        assert!(html.contains(r#"sizes="(max-width: 600px) 100vw, 800px""#), "{html}");
        assert!(
            html.contains(
                r#"srcset="https://cdn.example.vn/data/a-1x.jpg, https://cdn.example.vn/data/a-2x.jpg 2x""#
            ),
            "{html}"
        );
        // A picture standing alone above a caption is a figure, picture and all.
        let html = clean(
            r#"<p><picture><source srcset="b.webp"><img src="b.jpg" alt="Ảnh"></picture></p><p style="text-align:center">Chú thích ảnh</p>"#,
        );
        assert!(html.starts_with("<figure><picture><source"), "{html}");
        assert!(html.contains("<figcaption>Chú thích ảnh</figcaption>"), "{html}");
    }

    #[test]
    fn known_players_become_facades_and_other_frames_links() {
        let html = clean(
            r#"<p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Hội nghị &lt;b&gt;tổng kết&lt;/b&gt;" allow="autoplay" onload="alert(1)"></iframe></p>
               <iframe src="https://youtube.com.evil.example/embed/dQw4w9WgXcQ"></iframe>
               <iframe src="https://maps.example.vn/ban-do?xa=5"></iframe>"#,
        );
        assert_only_allowed(&html, "frames");
        assert!(!html.contains("<iframe") && !html.contains("onload") && !html.contains("allow="), "{html}");
        assert!(html.starts_with(r#"<p><span class="player player--youtube"><a class="player__facade" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" target="_blank" rel="noopener noreferrer" data-frame="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"><img class="player__still" src="https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg""#), "{html}");
        assert!(html.contains("Hội nghị &lt;b&gt;tổng kết&lt;/b&gt;"), "the title is text: {html}");
        assert!(
            html.contains(
                r#"<a class="player-link" href="https://youtube.com.evil.example/embed/dQw4w9WgXcQ""#
            ),
            "{html}"
        );
        assert!(html.contains(r#">https://maps.example.vn/ban-do?xa=5</a>"#), "{html}");
        // A link holds no other link: a frame inside one goes.
        let html = clean(r#"<a href="https://a.vn/">x <iframe src="https://example.org/"></iframe></a>"#);
        assert_eq!(html, r#"<a href="https://a.vn/" target="_blank" rel="noopener noreferrer">x </a>"#);
    }

    #[test]
    fn article_structure_is_kept_and_word_markup_unwrapped() {
        let html = clean(
            r#"<p class="MsoNormal" style="mso-x:1"><span lang="VI">Đoạn một</span></p>
               <figure><img src="images/a.svg" alt="Hội nghị" width="800" height="450"><figcaption>Chú thích</figcaption></figure>
               <table><tbody><tr><td colspan="2">45/51</td></tr></tbody></table>"#,
        );
        assert!(html.starts_with("<p>Đoạn một</p>"), "{html}");
        assert!(html.contains(r#"src="https://cdn.example.vn/data/images/a.svg""#), "{html}");
        assert!(html.contains(r#"width="800""#) && html.contains(r#"loading="lazy""#), "{html}");
        assert!(html.contains("<figcaption>Chú thích</figcaption>"), "{html}");
        assert!(html.contains(r#"<td colspan="2">45/51</td>"#), "{html}");
    }

    #[test]
    fn links_resolve_against_the_feed_and_other_sites_open_in_a_new_tab() {
        let html = clean(
            r#"<a href="/tin/1.html">a</a><a href="mailto:toa-soan@example.vn">b</a><a href="https://binhgiang.example.vn/x">c</a>"#,
        );
        let found = elements(&html);
        let attr = |i: usize, name: &str| found[i].1.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
        assert_eq!(attr(0, "href").as_deref(), Some("https://cdn.example.vn/tin/1.html"));
        assert_eq!(
            (attr(0, "target").as_deref(), attr(0, "rel").as_deref()),
            (Some("_blank"), Some("noopener noreferrer"))
        );
        assert_eq!(
            (attr(1, "href").as_deref(), attr(1, "target")),
            (Some("mailto:toa-soan@example.vn"), None)
        );
        assert_eq!(attr(2, "target"), None, "the site's own pages open in place");
        assert_eq!(attr(2, "href").as_deref(), Some("/x"), "written from the site's root");
    }

    #[test]
    fn a_word_image_and_its_caption_line_become_a_figure() {
        let html = clean(
            r#"<p class="MsoNormal">Mở đầu.</p>
               <p style="text-align:center"><img alt="Description: C:\Users\Tan Vinh\Desktop\tk NQ 29.jpg" src="images/hoi-nghi.svg" width="800" height="450"></p>
               <p style="text-align:center"><em>Đồng chí Bí thư phát biểu tại hội nghị.</em></p>
               <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
               <p>Tiếp theo.</p>"#,
        );
        assert!(html.contains(r#"alt="Đồng chí Bí thư phát biểu tại hội nghị.""#), "{html}");
        assert!(
            html.contains("<figcaption><em>Đồng chí Bí thư phát biểu tại hội nghị.</em></figcaption>"),
            "{html}"
        );
        assert_eq!(html.matches("<p>").count(), 2, "the Word empty paragraph is gone: {html}");
        assert!(!html.contains("Users"), "{html}");
    }

    #[test]
    fn captions_are_recognised_only_where_they_look_like_captions() {
        let html = clean(r#"<p><img src="a.jpg" alt="IMG_2041"></p><p class="MsoCaption">Ảnh: Minh Anh</p>"#);
        assert!(html.contains("<figcaption>Ảnh: Minh Anh</figcaption>"), "{html}");
        let html =
            clean(r#"<p><img src="a.jpg" alt="tk NQ 29.jpg"></p><p>Một đoạn văn bình thường tiếp theo.</p>"#);
        assert!(!html.contains("<figure"), "{html}");
        assert!(html.contains(r#"alt="""#), "junk alt, no caption: decorative: {html}");
        let html = clean(r#"<p>Chữ <img src="a.jpg" alt="Biểu đồ"> giữa dòng.</p><p><em>Nghiêng</em></p>"#);
        assert!(!html.contains("<figure") && html.contains(r#"alt="Biểu đồ""#), "{html}");
    }

    #[test]
    fn refused_urls_leave_the_text_and_drop_the_image() {
        let html = clean(
            r#"<p><a href="javascript:alert(1)">chữ của liên kết</a><img src="javascript:alert(2)" alt="x"></p>"#,
        );
        assert_eq!(html, "<p>chữ của liên kết</p>");
    }

    #[test]
    fn own_vectors_leave_nothing_dangerous() {
        let vectors: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../../../../tests/fixtures/xss-own.json")).unwrap_or_default();
        assert!(vectors.len() >= 20);
        for vector in &vectors {
            let name = vector["name"].as_str().unwrap_or_default();
            let html = clean(vector["payload"].as_str().unwrap_or_default());
            assert_only_allowed(&html, name);
            let lower = html.to_ascii_lowercase();
            for banned in ["onerror", "onload", "javascript:", "<style", "<svg", "<math", "name=", "id="] {
                assert!(!lower.contains(banned), "{name}: {banned} in {html}");
            }
        }
    }

    #[test]
    fn a_benign_article_with_every_allowed_element_keeps_its_text_and_elements() {
        let input = include_str!("../../../../tests/fixtures/benign-article.html");
        let html = clean(input);
        assert_only_allowed(&html, "benign");
        let tags = |html: &str| elements(html).into_iter().map(|(t, _)| t).collect::<Vec<_>>();
        assert_eq!(tags(&html), tags(input));
    }

    #[test]
    fn paragraphs_get_anchors_and_links_to_themselves() {
        let html = sanitize(
            "<p>Một</p><figure><img src=a.svg alt=x></figure><p>Hai</p><blockquote><p>Trích</p></blockquote>",
            CONTEXT,
            Some("Liên kết tới đoạn này"),
        )
        .into_string();
        assert!(html.starts_with(r##"<p id="doan-1">Một<a class="para-share" href="#doan-1" aria-label="Liên kết tới đoạn này" title="Liên kết tới đoạn này">#</a></p>"##), "{html}");
        assert!(html.contains(r#"<p id="doan-2">Hai"#), "{html}");
        assert!(!html.contains("doan-3"), "top-level paragraphs only: {html}");
        let text = text_paragraphs("Đoạn <b>một</b>.\n\nĐoạn hai.", Some("x")).into_string();
        assert!(text.starts_with(r#"<p id="doan-1">Đoạn &lt;b&gt;một&lt;/b&gt;.<a"#), "{text}");
        assert_eq!(text_paragraphs(" \n\n ", None).into_string(), "");
    }

    #[test]
    fn plain_http_images_from_elsewhere_are_asked_for_over_https() {
        let html = clean(r#"<img src="http://i.imgur.com/a.gif"><img src="http://cdn.example.vn/b.gif">"#);
        assert!(html.contains(r#"src="https://i.imgur.com/a.gif""#), "{html}");
        assert!(html.contains(r#"src="https://cdn.example.vn/b.gif""#), "the feed's host is https: {html}");
    }
}

/// The URLs an attribute holds, each checked as the policy checks it; the
/// ones refused come back as `"refused:<url>"`.
#[cfg(test)]
fn urls_of(tag: &str, name: &str, value: &str) -> Vec<String> {
    use super::policy::{UrlUse, check_url, url_attributes};
    if name == players::FRAME_ATTRIBUTE {
        return vec![if players::is_player_frame(value) {
            value.to_owned()
        } else {
            format!("refused:{value}")
        }];
    }
    let Some(attribute) = url_attributes(tag).iter().find(|a| a.name == name) else {
        return Vec::new();
    };
    let check = |url: &str| match check_url(url, attribute.usage) {
        Some(url) if attribute.usage != UrlUse::Media || !url.starts_with("data:") => url,
        _ => format!("refused:{url}"),
    };
    if attribute.candidates {
        value.split(", ").map(|candidate| check(candidate.split(' ').next().unwrap_or_default())).collect()
    } else {
        vec![check(value)]
    }
}

/// The external vectors (`../shared/vectors`) through the native walk: what
/// the static pages would carry of each. Prints the summary `make test` shows.
#[cfg(test)]
mod vectors {
    use super::*;
    use crate::content::policy::{ElementRule, attribute_allowed, element_rule, made_by_walk, set_by_walk};
    use std::path::Path;

    const CONTEXT: Context = Context {
        document_url: "https://binhgiang.example.vn/feed.json",
        site_origin: "https://binhgiang.example.vn",
    };

    /// What in `html` the policy would not allow: elements, attributes, URLs.
    fn disallowed(html: &str) -> Vec<String> {
        let doc = parse(html);
        let root = content_root(&doc);
        let mut found = Vec::new();
        for id in descendants(&doc, root) {
            let Some(element) = element(&doc, id) else { continue };
            let tag = element.name();
            if element_rule(tag) != ElementRule::Keep && !made_by_walk(tag, element.attr("class")) {
                found.push(format!("<{tag}>"));
            }
            for (name, value) in element.attrs() {
                if !attribute_allowed(tag, name) && !set_by_walk(tag, name) {
                    found.push(format!("{tag}[{name}]"));
                }
                for url in urls_of(tag, name, value) {
                    if url.starts_with("refused:") {
                        found.push(format!("{tag}[{name}={url}]"));
                    }
                }
            }
        }
        found
    }

    fn payloads(file: &str, key: &str) -> Option<Vec<String>> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/vectors").join(file);
        let Ok(bytes) = std::fs::read(&path) else {
            eprintln!(
                "SKIPPED: {} is missing; the native sanitiser's external vectors did not run",
                path.display()
            );
            return None;
        };
        let all: Vec<serde_json::Value> = serde_json::from_slice(&bytes).unwrap_or_default();
        Some(all.iter().filter_map(|v| v[key].as_str().map(str::to_owned)).collect())
    }

    #[test]
    fn no_vector_leaves_anything_the_policy_refuses() {
        let own: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../../../../tests/fixtures/xss-own.json")).unwrap_or_default();
        let own: Vec<String> = own.iter().filter_map(|v| v["payload"].as_str().map(str::to_owned)).collect();
        let sets = [
            ("DOMPurify", payloads("dompurify-vectors.json", "payload")),
            ("H5SC", payloads("h5sc-vectors.json", "data")),
            ("own", Some(own)),
        ];
        let mut summary = Vec::new();
        for (name, payloads) in sets {
            let Some(payloads) = payloads else { continue };
            let mut bad = Vec::new();
            for payload in &payloads {
                let out = sanitize(payload, CONTEXT, None).into_string();
                let found = disallowed(&out);
                if !found.is_empty() {
                    bad.push(format!("{payload:?} -> {found:?}"));
                }
            }
            assert!(bad.is_empty(), "{name}: {bad:#?}");
            summary.push(format!("0/{} {name}", payloads.len()));
        }
        println!(
            "native sanitiser: {} payloads with a disallowed element, on* attribute or script URL in the output",
            summary.join(", ")
        );
    }
}
