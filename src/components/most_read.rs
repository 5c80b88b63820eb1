use bantin_core::feed::Article;
use bantin_core::i18n::{Texts, texts};
use bantin_core::routes;
use bantin_core::text::escape_html;
use leptos::prelude::*;
use std::fmt::Write;
use std::sync::Arc;

/// "Đọc nhiều": the most read articles, most read first.
#[component]
pub fn MostRead(
    /// The articles; nothing is shown when empty.
    articles: Vec<Arc<Article>>,
) -> impl IntoView {
    if articles.is_empty() {
        return None;
    }
    let t = texts();
    // Static once shown: one piece of escaped HTML, as a listing's cards.
    let items = items(&articles, t);
    Some(view! {
        <section class="most-read" aria-labelledby="doc-nhieu" data-testid="most-read">
            <h2 class="most-read__title" id="doc-nhieu">{t.most_read}</h2>
            <ol class="most-read__list" inner_html=items></ol>
        </section>
    })
}

/// The `<li>` of each article: a link to it and its view count.
fn items(articles: &[Arc<Article>], t: &Texts) -> String {
    let mut out = String::with_capacity(articles.len() * 200);
    for a in articles {
        let _ = write!(
            out,
            r#"<li class="most-read__item"><a class="most-read__link" href="{}">{}</a>"#,
            escape_html(&routes::article(&a.id, &a.title)),
            escape_html(&a.title)
        );
        if let Some(n) = a.views {
            let _ = write!(
                out,
                r#"<span class="most-read__views">{}: {}</span>"#,
                escape_html(t.views),
                t.number(n)
            );
        }
        out.push_str("</li>");
    }
    out
}
