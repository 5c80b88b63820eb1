//! Copying text to the clipboard.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlDocument, HtmlTextAreaElement};

/// What [`use_clipboard`] gives a component.
#[derive(Clone, Copy)]
pub struct UseClipboardReturn {
    /// `None` until something is copied, then whether the last copy worked.
    pub copied: ReadSignal<Option<bool>>,
    /// Copies the text given.
    pub copy: Callback<String>,
}

/// Copies text with the Clipboard API where the page may use it (a secure
/// context), and else by selecting it in a hidden text area, the way
/// browsers without the API (or embedded web views) allow.
///
/// ```ignore
/// let UseClipboardReturn { copied, copy } = use_clipboard();
/// view! { <button on:click=move |_| copy.run(url.clone())>"Sao chép"</button> }
/// ```
pub fn use_clipboard() -> UseClipboardReturn {
    let (copied, set_copied) = signal(None);
    let copy = Callback::new(move |text: String| {
        leptos::task::spawn_local(async move {
            let done = write_with_api(&text).await || write_with_selection(&text);
            set_copied.set(Some(done));
        });
    });
    UseClipboardReturn { copied, copy }
}

async fn write_with_api(text: &str) -> bool {
    let navigator = window().navigator();
    // `navigator.clipboard` is undefined outside secure contexts.
    let available = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|clipboard| !clipboard.is_undefined());
    available && JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
}

fn write_with_selection(text: &str) -> bool {
    let document = document();
    let Some(body) = document.body() else { return false };
    let Ok(area) = document.create_element("textarea").map(JsCast::unchecked_into::<HtmlTextAreaElement>)
    else {
        return false;
    };
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    let _ = area.set_attribute("class", "visually-hidden");
    let _ = body.append_child(&area);
    area.select();
    let done = document.unchecked_ref::<HtmlDocument>().exec_command("copy").unwrap_or(false);
    area.remove();
    done
}
