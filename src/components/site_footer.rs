use super::SiteState;
use bantin_core::feed::Agency;
use bantin_core::i18n::{Texts, texts};
use bantin_core::routes;
use bantin_core::text::escape_html;
use leptos::either::Either;
use leptos::prelude::*;
use std::fmt::Write;

/// The page footer: where the news comes from, the agency behind the portal
/// with its contacts, and the related state portals.
#[component]
pub fn SiteFooter(
    /// The portal.
    #[prop(into)]
    site: Signal<SiteState>,
) -> impl IntoView {
    let t = texts();
    let source = move || {
        let (title, home) = site.with(|s| match s {
            Some(Ok(site)) => Some((site.title.clone(), site.home_page_url.clone())),
            _ => None,
        })?;
        let name = match home {
            Some(href) => Either::Left(view! { <a href=href rel="external">{title}</a> }),
            None => Either::Right(title),
        };
        Some(view! { <p class="site-footer__source">{t.footer_source} " " {name}</p> })
    };
    let agency = move || {
        site.with(|s| match s {
            Some(Ok(site)) if !site.agency.is_empty() => Some(site.agency.clone()),
            _ => None,
        })
        .map(|agency| view! { <AgencyBlock agency/> })
    };
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                {source}
                {agency}
                <p class="site-footer__links">
                    <a href=routes::documents(&Default::default(), 1)>{t.documents}</a>
                    " · "
                    <a href=routes::embed_code()>{t.embed_news}</a>
                </p>
            </div>
        </footer>
    }
}

/// The agency's facts, each only when the feed gives it, and the links to
/// related portals: static once shown, one piece of escaped HTML.
#[component]
fn AgencyBlock(agency: Agency) -> impl IntoView {
    let t = texts();
    view! { <section class="agency" aria-label=t.agency_block data-testid="agency" inner_html=agency_html(&agency, t)></section> }
}

/// The agency block's markup; every value from the feed escaped.
fn agency_html(agency: &Agency, t: &Texts) -> String {
    let Agency { name, address, phone, email, editor, license, parent: _, links } = agency;
    let mut facts = String::new();
    let mut fact = |label: &str, value: Option<String>| {
        if let Some(value) = value {
            let _ = write!(
                facts,
                r#"<div class="agency__fact"><dt>{}</dt><dd>{value}</dd></div>"#,
                escape_html(label)
            );
        }
    };
    let link =
        |href: &str, text: &str| format!(r#"<a href="{}">{}</a>"#, escape_html(href), escape_html(text));
    fact(t.agency_name, name.as_deref().map(escape_html));
    fact(t.agency_address, address.as_deref().map(escape_html));
    fact(t.agency_phone, phone.as_ref().map(|(shown, href)| link(href, shown)));
    fact(t.agency_email, email.as_deref().map(|e| link(&format!("mailto:{e}"), e)));
    fact(t.agency_editor, editor.as_deref().map(escape_html));
    fact(t.agency_license, license.as_deref().map(escape_html));
    let mut out = String::new();
    if !facts.is_empty() {
        let _ = write!(out, r#"<dl class="agency__facts">{facts}</dl>"#);
    }
    if !links.is_empty() {
        let _ = write!(
            out,
            r#"<nav class="agency__links" aria-labelledby="lien-ket-website"><h2 class="agency__heading" id="lien-ket-website">{}</h2><ul>"#,
            escape_html(t.related_sites)
        );
        for l in links {
            let _ = write!(
                out,
                r#"<li><a href="{}" rel="external">{}</a></li>"#,
                escape_html(&l.url),
                escape_html(&l.name)
            );
        }
        out.push_str("</ul></nav>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::agency_html;
    use bantin_core::feed::{Agency, SiteLink};
    use bantin_core::i18n::VI;

    #[test]
    fn the_agency_block_shows_what_the_feed_gives_escaped() {
        let agency = Agency {
            name: Some("UBND <quận>".into()),
            phone: Some(("(0292) 3 821 456".into(), "tel:02923821456".into())),
            email: Some("a@b.vn".into()),
            links: vec![SiteLink {
                name: "Chính phủ & tỉnh".into(), url: "https://x.vn/?a=1&b=2".into()
            }],
            ..Agency::default()
        };
        assert_eq!(
            agency_html(&agency, &VI),
            concat!(
                r#"<dl class="agency__facts"><div class="agency__fact"><dt>Cơ quan chủ quản</dt><dd>UBND &lt;quận&gt;</dd></div>"#,
                r#"<div class="agency__fact"><dt>Điện thoại</dt><dd><a href="tel:02923821456">(0292) 3 821 456</a></dd></div>"#,
                r#"<div class="agency__fact"><dt>Thư điện tử</dt><dd><a href="mailto:a@b.vn">a@b.vn</a></dd></div></dl>"#,
                r#"<nav class="agency__links" aria-labelledby="lien-ket-website"><h2 class="agency__heading" id="lien-ket-website">Liên kết website</h2>"#,
                r#"<ul><li><a href="https://x.vn/?a=1&amp;b=2" rel="external">Chính phủ &amp; tỉnh</a></li></ul></nav>"#,
            )
        );
        assert_eq!(agency_html(&Agency::default(), &VI), "");
    }
}
