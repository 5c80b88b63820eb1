//! The sanitiser's walk without a browser, for the static pages the tool
//! writes: html5ever parses the feed's HTML as the browser's template
//! element does, and the same three passes as the app's DOM walk
//! (`src/content/sanitize.rs`) ask the same policy ([`super::policy`]) about
//! every node. Only built with the `native-html` feature: never in the wasm.
//!
//! 1. Word and CMS image layouts become `<figure>`s with their captions;
//! 2. every node is kept, unwrapped or removed by the allowlist;
//! 3. paragraphs left with nothing to read are removed.

use super::inline_style::{RENAMED, rename_style_attributes};
use super::policy::{
    ElementRule, UrlUse, attribute_allowed, check_url, element_rule, image_over_https, is_blank,
    is_caption_length, is_centered, is_junk_alt, url_attribute,
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
        if empty && elements_named(&doc, p, "img").is_empty() {
            detach(&mut doc, p);
        }
    }
    if let Some(label) = paragraph_label {
        add_paragraph_links(&mut doc, root, label);
    }
    SanitizedHtml::new(inner_html(&doc, root))
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
    SanitizedHtml::new(out)
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
        }
    }
}

/// Removes every attribute the policy does not allow, checks and resolves
/// the URL attribute, and returns what to do with the element: a link whose
/// URL was refused is unwrapped to its text, an image without one removed.
fn clean_attributes(doc: &mut Html, id: NodeId, tag: &str, context: Context) -> ElementRule {
    // A leaked file name as alt text becomes the figure's caption (the
    // figures were made in the first pass), or nothing.
    let junk_alt = tag == "img" && element(doc, id).and_then(|e| e.attr("alt")).is_some_and(is_junk_alt);
    let caption = junk_alt.then(|| figure_caption(doc, id));
    let Some(mut node) = doc.tree.get_mut(id) else { return ElementRule::Remove };
    let Node::Element(element) = node.value() else { return ElementRule::Remove };
    let attrs = &mut element.attrs;
    attrs.retain(|(name, _)| attribute_allowed(tag, &name.local.to_ascii_lowercase()));
    if let Some((name, usage)) = url_attribute(tag) {
        let url = attrs
            .iter()
            .find(|(n, _)| &*n.local == name)
            .and_then(|(_, raw)| check_url(raw, usage))
            .and_then(|url| check_url(&urls::resolve(context.document_url, &url)?, usage));
        let Some(url) = url else {
            return if usage == UrlUse::Image { ElementRule::Remove } else { ElementRule::Unwrap };
        };
        let url = match usage {
            UrlUse::Image => image_over_https(&url, context.document_url).into_owned(),
            UrlUse::Link => url,
        };
        if usage == UrlUse::Link && opens_elsewhere(&url, context.site_origin) {
            set(attrs, "target", "_blank");
            set(attrs, "rel", "noopener noreferrer");
        }
        set(attrs, name, from_site_root(&url, context.site_origin));
    }
    if tag == "img" {
        if let Some(caption) = caption {
            set(attrs, "alt", &caption);
        }
        set(attrs, "loading", "lazy");
        set(attrs, "decoding", "async");
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
/// photo and its caption), into `<figure><img><figcaption>`.
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
    let figcaption = match doc.tree.get_mut(figure) {
        Some(mut node) => {
            node.append_id(img);
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
    use crate::content::policy::{ElementRule, UrlUse, attribute_allowed, check_url, element_rule};

    const CONTEXT: Context = Context {
        document_url: "https://cdn.example.vn/data/feed.json",
        site_origin: "https://binhgiang.example.vn",
    };

    fn clean(html: &str) -> String {
        sanitize(html, CONTEXT, None).into_string()
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
            assert_eq!(element_rule(&tag), ElementRule::Keep, "{context}: <{tag}> survived in {html}");
            for (name, value) in attrs {
                let added = matches!(
                    (tag.as_str(), name.as_str()),
                    ("a", "target" | "rel") | ("img", "loading" | "decoding")
                );
                assert!(attribute_allowed(&tag, &name) || added, "{context}: {tag}[{name}] survived");
                let usage = match name.as_str() {
                    "href" => UrlUse::Link,
                    "src" => UrlUse::Image,
                    _ => continue,
                };
                assert!(check_url(&value, usage).is_some(), "{context}: {name}={value}");
                // Absolute, or from the site's own root (never `//host`).
                let own = value.starts_with('/') && !value.starts_with("//");
                assert!(
                    own || ["https:", "mailto:", "tel:", "data:image/"].iter().any(|p| value.starts_with(p)),
                    "{context}: {name}={value}"
                );
            }
        }
    }

    #[test]
    fn script_handlers_and_dangerous_urls_are_removed() {
        let html = clean(
            r#"<p onclick="alert(1)">Tin <script>alert(2)</script><b>đậm</b></p>
               <a href="javascript:alert(3)">x</a><img src=x onerror=alert(4)>
               <iframe src="https://evil.example"></iframe><style>p{}</style><!-- note -->"#,
        );
        for banned in ["onclick", "script", "alert", "iframe", "style", "onerror", "<!--"] {
            assert!(!html.contains(banned), "{banned} survived: {html}");
        }
        assert!(html.starts_with("<p>Tin <b>đậm</b></p>"), "{html}");
        assert!(!html.contains("<a"), "a link with a refused URL is only its text: {html}");
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
            for banned in
                ["onerror", "onload", "javascript:", "<style", "<svg", "<math", "srcset", "name=", "id="]
            {
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

/// The external vectors (`../shared/vectors`) through the native walk: what
/// the static pages would carry of each. Prints the summary `make test` shows.
#[cfg(test)]
mod vectors {
    use super::*;
    use crate::content::policy::{ElementRule, UrlUse, attribute_allowed, check_url, element_rule};
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
            if element_rule(tag) != ElementRule::Keep {
                found.push(format!("<{tag}>"));
            }
            for (name, value) in element.attrs() {
                let added = matches!((tag, name), ("a", "target" | "rel") | ("img", "loading" | "decoding"));
                if !attribute_allowed(tag, name) && !added {
                    found.push(format!("{tag}[{name}]"));
                }
                let usage = match name {
                    "href" => UrlUse::Link,
                    "src" => UrlUse::Image,
                    _ => continue,
                };
                if check_url(value, usage).is_none() {
                    found.push(format!("{tag}[{name}={value}]"));
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
