//! What the app reads from the reader's input events.

use web_sys::MouseEvent;

/// Whether a click is a plain one of the main button: not one meant to open
/// a link elsewhere (a new tab, a new window, a download).
pub fn is_plain_click(event: &MouseEvent) -> bool {
    event.button() == 0 && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
}

/// The value of the field `name` (a select or an input, by name or id) of
/// the form `event` sends; `None` when it is missing or empty.
#[cfg(target_arch = "wasm32")]
pub fn form_value(event: &web_sys::SubmitEvent, name: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let form = event.target()?.dyn_into::<web_sys::HtmlFormElement>().ok()?;
    let field = form.elements().named_item(name)?;
    let value = match field.dyn_ref::<web_sys::HtmlSelectElement>() {
        Some(select) => select.value(),
        None => field.dyn_into::<web_sys::HtmlInputElement>().ok()?.value(),
    };
    Some(value).filter(|v| !v.is_empty())
}

/// Natively no form is sent.
#[cfg(not(target_arch = "wasm32"))]
pub fn form_value(_: &web_sys::SubmitEvent, _: &str) -> Option<String> {
    None
}
