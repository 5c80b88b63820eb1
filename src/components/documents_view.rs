use super::Pager;
use super::date_time::day_time;
use bantin_core::date::UtcOffset;
use bantin_core::feed::{DocumentFilter, DocumentPage, issued_day};
use bantin_core::i18n::texts;
use bantin_core::routes;
use leptos::prelude::*;

/// The register of legal documents ("Văn bản"): the filters (kind, issuing
/// body, year), then the documents newest first as a table — number and
/// symbol (a link to its article), date issued, abstract — and the pages.
/// The filters are a plain form that leads to the register's URL;
/// `on_filter` gets the filter a reader picks, so that the page can go
/// there without a reload.
#[component]
pub fn DocumentsView(
    /// The page of the register.
    register: DocumentPage,
    /// What it is filtered by.
    filter: DocumentFilter,
    /// The portal's zone.
    zone: UtcOffset,
    /// Called with the filter the reader picks.
    on_filter: Callback<DocumentFilter>,
) -> impl IntoView {
    let t = texts();
    let DocumentPage { total, page, rows, has_next, kinds, issuers, years } = register;
    let select = move |name: &'static str,
                       id: &'static str,
                       label: &'static str,
                       options: Vec<String>,
                       current: Option<String>| {
        let options = options
            .into_iter()
            .map(|value| {
                let selected = current.as_deref() == Some(value.as_str());
                let label = value.clone();
                view! { <option value=value selected=selected>{label}</option> }
            })
            .collect_view();
        view! {
            <p class="documents__filter">
                <label for=id>{label}</label>
                <select id=id name=name>
                    <option value="">{t.filter_all}</option>
                    {options}
                </select>
            </p>
        }
    };
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        on_filter.run(read_form(&event));
    };
    let body = rows
        .iter()
        .map(|article| {
            let document = article.document.clone();
            let number = document.as_ref().map(|d| d.number.clone()).unwrap_or_default();
            let summary = document.and_then(|d| d.summary).unwrap_or_else(|| article.title.clone());
            let day = issued_day(article, zone);
            let date = day.map(day_time);
            view! {
                <tr>
                    <th scope="row"><a href=routes::article(&article.id, &article.title)>{number}</a></th>
                    <td class="documents__date">{date}</td>
                    <td>{summary}</td>
                </tr>
            }
        })
        .collect_view();
    let table = (!rows.is_empty()).then(|| {
        view! {
            <div class="documents__table">
                <table>
                    <caption class="visually-hidden">{t.documents}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.document_number}</th>
                            <th scope="col">{t.document_issued}</th>
                            <th scope="col">{t.document_abstract}</th>
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        }
    });
    let count = if total == 0 { t.documents_none.to_owned() } else { t.documents_found(total) };
    let years = years.into_iter().map(|y| y.to_string()).collect();
    let pages_filter = filter.clone();
    view! {
        <section class="documents" data-testid="documents">
            <h1 class="listing__title">{t.documents}</h1>
            <form class="documents__filters" action="/van-ban" method="get" on:submit=on_submit>
                {select("loai", "documents-kind", t.document_kind, kinds, filter.kind.clone())}
                {select("co-quan", "documents-issuer", t.document_issuer, issuers, filter.issuer.clone())}
                {select("nam", "documents-year", t.filter_year, years, filter.year.map(|y| y.to_string()))}
                <p class="documents__filter"><button type="submit" class="button">{t.filter_apply}</button></p>
            </form>
            <p class="documents__count" role="status" data-testid="documents-count">{count}</p>
            {table}
            <Pager page has_next href=move |n| routes::documents(&pages_filter, n)/>
        </section>
    }
}

/// The filter the form's selects say.
fn read_form(event: &leptos::ev::SubmitEvent) -> DocumentFilter {
    let value = |name| crate::events::form_value(event, name);
    DocumentFilter {
        kind: value("loai"),
        issuer: value("co-quan"),
        year: value("nam").and_then(|y| y.parse().ok()),
    }
}
