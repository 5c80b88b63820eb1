//! The DOM walk that applies [`super::policy`] to a parsed fragment.
//!
//! Three passes over the inert fragment, which is then handed to the page as
//! it is (never serialised and parsed again, so nothing can mutate between
//! what was checked and what the browser builds):
//! 1. Word and CMS image layouts become `<figure>`s with their captions;
//! 2. every node is kept, unwrapped or removed by the allowlist;
//! 3. paragraphs left with nothing to read are removed.

use crate::browser::resolver;
use bantin_core::content::inline_style::{self, rename_style_attributes};
use bantin_core::content::players::{self, Markup};
use bantin_core::content::policy::{
    self, ElementRule, SEEN_WITHOUT_TEXT, UrlUse, added_attributes, attribute_allowed, check_url,
    clean_srcset, element_rule, image_over_https, is_blank, is_caption_length, is_centered, is_junk_alt,
    needs_url, url_attributes,
};
use leptos::prelude::document;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, DocumentFragment, Element, HtmlTemplateElement, Node, NodeList};

/// Parses feed HTML and returns what the policy allows, ready to append to
/// the page. Relative URLs resolve against `base_url` (the feed document's
/// URL, not the app's). `None` only if the browser cannot create a template.
pub fn sanitize(html: &str, base_url: &str) -> Option<DocumentFragment> {
    // A template's content is parsed into an inert document: no script runs,
    // no image loads, no event fires while the passes below inspect it.
    let template: HtmlTemplateElement = document().create_element("template").ok()?.dyn_into().ok()?;
    template.set_inner_html(&rename_style_attributes(html));
    let fragment = template.content();
    let inert = fragment.owner_document()?;
    for img in elements(fragment.query_selector_all("img")) {
        make_figure(&inert, &img);
    }
    let origin = crate::config::origin();
    walk(&fragment, &Urls { resolve: &resolver(base_url), document: base_url, origin: &origin });
    for p in elements(fragment.query_selector_all("p")) {
        let empty = p.text_content().is_none_or(|t| is_blank(&t));
        let seen = SEEN_WITHOUT_TEXT.iter().any(|tag| p.query_selector(tag).ok().flatten().is_some());
        if empty && !seen {
            p.remove();
        }
    }
    Some(fragment)
}

/// Plain text (`content_text`) as paragraphs, one per blank-line-separated
/// block. Text nodes only: nothing in it is read as markup.
pub fn text_paragraphs(text: &str) -> Option<DocumentFragment> {
    let document = document();
    let fragment = document.create_document_fragment();
    for block in text.split("\n\n").map(str::trim).filter(|b| !b.is_empty()) {
        let p = document.create_element("p").ok()?;
        p.set_text_content(Some(block));
        fragment.append_child(&p).ok()?;
    }
    Some(fragment)
}

/// What the walk needs to check a URL: how to make it absolute (against the
/// feed document's URL), the document's URL itself, and the app's own
/// origin (links elsewhere open in a new tab).
struct Urls<'a> {
    resolve: &'a dyn Fn(&str) -> Option<String>,
    document: &'a str,
    origin: &'a str,
}

/// Keeps, unwraps or removes every node under `root` by the allowlist.
fn walk(root: &Node, urls: &Urls) {
    let mut pending = children(root);
    while let Some(node) = pending.pop() {
        if node.node_type() == Node::TEXT_NODE {
            continue;
        }
        let element = match node.dyn_into::<Element>() {
            Ok(element) => element,
            // Comments, processing instructions: nothing a reader sees.
            Err(other) => {
                if let Some(parent) = other.parent_node() {
                    let _ = parent.remove_child(&other);
                }
                continue;
            }
        };
        let tag = element.tag_name().to_ascii_lowercase();
        let rule = match element_rule(&tag) {
            ElementRule::Keep => clean_attributes(&element, &tag, urls),
            rule => rule,
        };
        match rule {
            ElementRule::Remove => element.remove(),
            ElementRule::Unwrap => pending.extend(unwrap(&element)),
            ElementRule::Keep => pending.extend(children(&element)),
            ElementRule::Embed => embed(&element, urls),
        }
    }
}

/// Puts in place of an `<iframe>` what the policy makes of it: a known
/// player's facade, else a link to the page it showed, else nothing (and
/// nothing inside a link, which can hold no other).
fn embed(iframe: &Element, urls: &Urls) {
    if iframe.parent_element().and_then(|p| p.closest("a").ok().flatten()).is_some() {
        return iframe.remove();
    }
    let src = iframe
        .get_attribute("src")
        .and_then(|raw| check_url(&raw, UrlUse::Link))
        .and_then(|url| check_url(&(urls.resolve)(&url)?, UrlUse::Link));
    let markup = src.as_deref().and_then(|src| match players::player(src) {
        Some(player) => Some(players::facade(&player, iframe.get_attribute("title").as_deref())),
        None => {
            matches!(policy::scheme(src).as_deref(), Some("http" | "https")).then(|| players::embed_link(src))
        }
    });
    if let (Some(markup), Some(document)) = (markup, iframe.owner_document())
        && let Some(built) = build(&document, &markup)
    {
        let _ = iframe.before_with_node_1(&built);
    }
    iframe.remove();
}

/// `markup` as nodes of `document`.
fn build(document: &Document, markup: &Markup) -> Option<Node> {
    match markup {
        Markup::Text(text) => Some(document.create_text_node(text).into()),
        Markup::Element { name, attributes, children } => {
            let element = document.create_element(name).ok()?;
            for (attr, value) in attributes {
                element.set_attribute(attr, value).ok()?;
            }
            for child in children {
                element.append_child(&build(document, child)?).ok()?;
            }
            Some(element.into())
        }
    }
}

/// Removes every attribute the policy does not allow, checks and resolves
/// the URL attributes (a refused URL takes its attribute with it), and
/// returns what to do with the element: a link left without its URL is
/// unwrapped to its text, an image, source or track without one removed.
fn clean_attributes(element: &Element, tag: &str, urls: &Urls) -> ElementRule {
    for name in element.get_attribute_names().iter().filter_map(|n| n.as_string()) {
        if !attribute_allowed(tag, &name.to_ascii_lowercase()) {
            let _ = element.remove_attribute(&name);
        }
    }
    for attribute in url_attributes(tag) {
        let Some(raw) = element.get_attribute(attribute.name) else { continue };
        let usage = attribute.usage;
        let one = |raw: &str| {
            let url = check_url(raw, usage).and_then(|url| check_url(&(urls.resolve)(&url)?, usage))?;
            Some(match usage {
                UrlUse::Image => image_over_https(&url, urls.document).into_owned(),
                UrlUse::Link | UrlUse::Media => url,
            })
        };
        let value = if attribute.candidates { clean_srcset(&raw, one) } else { one(&raw) };
        let Some(value) = value else {
            let _ = element.remove_attribute(attribute.name);
            continue;
        };
        let _ = element.set_attribute(attribute.name, &value);
        if usage == UrlUse::Link && opens_elsewhere(&value, urls.origin) {
            let _ = element.set_attribute("target", "_blank");
            let _ = element.set_attribute("rel", "noopener noreferrer");
        }
    }
    if let Some((names, rule)) = needs_url(tag)
        && !names.iter().any(|name| element.has_attribute(name))
    {
        return rule;
    }
    if tag == "img" {
        clean_alt(element);
    }
    for (name, value) in added_attributes(tag) {
        let _ = element.set_attribute(name, value);
    }
    ElementRule::Keep
}

/// A leaked file name as alt text becomes the figure's caption, or nothing
/// (the image is then decorative) when it has none.
fn clean_alt(img: &Element) {
    let Some(alt) = img.get_attribute("alt") else { return };
    if is_junk_alt(&alt) {
        let caption = img
            .closest("figure")
            .ok()
            .flatten()
            .and_then(|figure| figure.query_selector("figcaption").ok().flatten())
            .and_then(|caption| caption.text_content())
            .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default();
        let _ = img.set_attribute("alt", &caption);
    }
}

/// Turns an image standing alone in its paragraph, followed by a short
/// centred or italic paragraph (how Word and most CMS editors lay out a
/// photo and its caption), into `<figure><img><figcaption>` (the image's
/// `<picture>` with it, if it has one).
fn make_figure(inert: &Document, img: &Element) {
    if img.closest("figure").ok().flatten().is_some() {
        return;
    }
    let Some(block) = img.closest("p, div").ok().flatten() else { return };
    if !block.text_content().is_none_or(|t| is_blank(&t)) {
        return; // An image inside running text stays where it is.
    }
    let Some(caption) = block.next_element_sibling() else { return };
    let text = caption.text_content().unwrap_or_default();
    let is_paragraph = matches!(caption.tag_name().to_ascii_lowercase().as_str(), "p" | "div");
    let attr = |name| caption.get_attribute(name);
    let looks_like_caption = is_centered(attr(inline_style::RENAMED).as_deref(), attr("align").as_deref())
        || attr("class").is_some_and(|class| class.to_ascii_lowercase().contains("caption"))
        || is_italic_only(&caption);
    let has_image = caption.query_selector("img").ok().flatten().is_some();
    if !is_paragraph || !looks_like_caption || has_image || !is_caption_length(&text) {
        return;
    }
    let (Ok(figure), Ok(figcaption)) = (inert.create_element("figure"), inert.create_element("figcaption"))
    else {
        return;
    };
    for child in children(&caption) {
        let _ = figcaption.append_child(&child);
    }
    let _ = block.before_with_node_1(&figure);
    // A responsive image moves with its <picture>.
    let picture = img.parent_element().filter(|p| p.tag_name().eq_ignore_ascii_case("picture"));
    let _ = figure.append_child(picture.as_ref().unwrap_or(img));
    let _ = figure.append_child(&figcaption);
    block.remove();
    caption.remove();
}

/// Whether every letter of `element` is inside `<em>` or `<i>`.
fn is_italic_only(element: &Element) -> bool {
    let letters = |text: Option<String>| text.map_or(0, |t| t.chars().filter(|c| !c.is_whitespace()).count());
    let all = letters(element.text_content());
    // Italics nested in italics count twice, hence `>=`.
    let italic: usize =
        elements(element.query_selector_all("em, i")).into_iter().map(|e| letters(e.text_content())).sum();
    all > 0 && italic >= all
}

/// Web links to other sites open in a new tab; the reader keeps the article.
fn opens_elsewhere(url: &str, origin: &str) -> bool {
    let web = matches!(policy::scheme(url).as_deref(), Some("http" | "https"));
    web && !url.strip_prefix(origin).is_some_and(|path| path.starts_with('/'))
}

/// Moves an element's children to its place and removes it; returns them.
fn unwrap(element: &Element) -> Vec<Node> {
    let kids = children(element);
    if let Some(parent) = element.parent_node() {
        for kid in &kids {
            let _ = parent.insert_before(kid, Some(element));
        }
    }
    element.remove();
    kids
}

fn children(node: &Node) -> Vec<Node> {
    let list = node.child_nodes();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// The elements of a `querySelectorAll` result, as a list that later changes
/// to the tree do not affect.
fn elements(list: Result<NodeList, JsValue>) -> Vec<Element> {
    let Ok(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}
