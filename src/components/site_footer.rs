use super::SiteState;
use bantin_core::feed::Agency;
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::either::Either;
use leptos::prelude::*;

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
/// related portals.
#[component]
fn AgencyBlock(agency: Agency) -> impl IntoView {
    let t = texts();
    let Agency { name, address, phone, email, editor, license, parent: _, links } = agency;
    let fact = |label: &'static str, value: Option<AnyView>| {
        value.map(|value| view! { <div class="agency__fact"><dt>{label}</dt><dd>{value}</dd></div> })
    };
    let facts = [
        fact(t.agency_name, name.map(|n| n.into_any())),
        fact(t.agency_address, address.map(|a| a.into_any())),
        fact(t.agency_phone, phone.map(|(shown, href)| view! { <a href=href>{shown}</a> }.into_any())),
        fact(
            t.agency_email,
            email.map(|e| {
                let href = format!("mailto:{e}");
                view! { <a href=href>{e}</a> }.into_any()
            }),
        ),
        fact(t.agency_editor, editor.map(|e| e.into_any())),
        fact(t.agency_license, license.map(|l| l.into_any())),
    ];
    let has_facts = facts.iter().any(Option::is_some);
    let related = (!links.is_empty()).then(|| {
        let items = links
            .into_iter()
            .map(|link| view! { <li><a href=link.url rel="external">{link.name}</a></li> })
            .collect_view();
        view! {
            <nav class="agency__links" aria-labelledby="lien-ket-website">
                <h2 class="agency__heading" id="lien-ket-website">{t.related_sites}</h2>
                <ul>{items}</ul>
            </nav>
        }
    });
    view! {
        <section class="agency" aria-label=t.agency_block data-testid="agency">
            {has_facts.then(|| view! { <dl class="agency__facts">{facts}</dl> })}
            {related}
        </section>
    }
}
