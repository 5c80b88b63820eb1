//! The DOM walk that applies [`super::policy`] to a parsed fragment.

use super::policy::{ElementRule, UrlUse, attribute_allowed, check_url, element_rule, url_attribute};
use crate::config;
use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{DocumentFragment, Element, HtmlTemplateElement, Node};

/// Parses feed HTML and returns what the policy allows, ready to append to
/// the page. Relative URLs resolve against `base_url` (the feed document's
/// URL, not the app's). `None` only if the browser cannot create a template.
pub fn sanitize(html: &str, base_url: &str) -> Option<DocumentFragment> {
    // A template's content is parsed into an inert document: no script runs,
    // no image loads, no event fires while the walk below inspects it.
    let template: HtmlTemplateElement = document().create_element("template").ok()?.dyn_into().ok()?;
    template.set_inner_html(html);
    let fragment = template.content();
    let mut pending: Vec<Node> = children(&fragment);
    while let Some(node) = pending.pop() {
        match node.node_type() {
            Node::ELEMENT_NODE => {
                let Ok(element) = node.dyn_into::<Element>() else {
                    continue;
                };
                let tag = element.tag_name().to_ascii_lowercase();
                match element_rule(&tag) {
                    ElementRule::Remove => element.remove(),
                    ElementRule::Unwrap => {
                        let kids = children(&element);
                        if let Some(parent) = element.parent_node() {
                            for kid in &kids {
                                let _ = parent.insert_before(kid, Some(&element));
                            }
                        }
                        element.remove();
                        pending.extend(kids);
                    }
                    ElementRule::Keep => {
                        clean_attributes(&element, &tag, base_url);
                        pending.extend(children(&element));
                    }
                }
            }
            Node::TEXT_NODE => {}
            // Comments, processing instructions, CDATA: nothing a reader sees.
            _ => {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
    Some(fragment)
}

fn children(node: &Node) -> Vec<Node> {
    let list = node.child_nodes();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

fn clean_attributes(element: &Element, tag: &str, base_url: &str) {
    for name in element.get_attribute_names().iter().filter_map(|n| n.as_string()) {
        if !attribute_allowed(tag, &name.to_ascii_lowercase()) {
            let _ = element.remove_attribute(&name);
        }
    }
    if let Some((attr, usage)) = url_attribute(tag) {
        let url = element
            .get_attribute(attr)
            .and_then(|raw| check_url(&raw, usage))
            .and_then(|url| absolute(&url, usage, base_url));
        match url {
            Some(url) => {
                let _ = element.set_attribute(attr, &url);
                if usage == UrlUse::Link && opens_elsewhere(&url) {
                    let _ = element.set_attribute("target", "_blank");
                    let _ = element.set_attribute("rel", "noopener noreferrer");
                }
            }
            None => {
                let _ = element.remove_attribute(attr);
            }
        }
    }
    if tag == "img" {
        let _ = element.set_attribute("loading", "lazy");
        let _ = element.set_attribute("decoding", "async");
    }
}

/// The URL resolved against the feed, re-checked (resolution cannot add a
/// scheme, but the check is cheap and keeps the rule in one place).
fn absolute(url: &str, usage: UrlUse, base_url: &str) -> Option<String> {
    check_url(&config::resolve(url, base_url)?, usage)
}

/// Web links to other sites open in a new tab; the reader keeps the article.
fn opens_elsewhere(url: &str) -> bool {
    let origin = leptos::prelude::window().location().origin().unwrap_or_default();
    let web = matches!(super::policy::scheme(url).as_deref(), Some("http" | "https"));
    web && !url.starts_with(&(origin + "/"))
}
