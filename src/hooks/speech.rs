//! Reading aloud with the browser's speech synthesis (`speechSynthesis`),
//! in a language it has a voice for.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// Longest piece of text given to one utterance, in characters.
const CHUNK_CHARS: usize = 200;

/// What [`use_speech`] gives a component.
#[derive(Clone, Copy)]
pub struct UseSpeechReturn {
    /// Whether the browser has a voice for the language (voices load late:
    /// this turns true when they arrive).
    pub is_supported: ReadSignal<bool>,
    /// Whether it is reading now.
    pub speaking: ReadSignal<bool>,
    /// Reads the text aloud, from the start.
    pub speak: Callback<String>,
    /// Stops reading.
    pub stop: Callback<()>,
}

/// Speech in `lang` (a BCP 47 tag such as `vi` or `vi-VN`). Reading stops when
/// the component that asked goes away. Natively (a static page being
/// rendered) it is never supported.
pub fn use_speech(lang: &str) -> UseSpeechReturn {
    let (is_supported, set_supported) = signal(false);
    let (speaking, set_speaking) = signal(false);
    let primary = lang.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    let voice = move || synthesis().and_then(|s| voice_for(&s, &primary));
    let check = {
        let voice = voice.clone();
        move || set_supported.set(voice().is_some())
    };
    if !cfg!(target_arch = "wasm32") {
        let nothing = Callback::new(|_| ());
        return UseSpeechReturn { is_supported, speaking, speak: nothing, stop: Callback::new(|()| ()) };
    }
    check();
    if let Some(synthesis) = synthesis() {
        // Chromium lists its voices only after this event.
        let on_voices = Closure::<dyn Fn()>::new(check);
        synthesis.set_onvoiceschanged(Some(on_voices.as_ref().unchecked_ref()));
        let on_voices = send_wrapper::SendWrapper::new(on_voices);
        on_cleanup(move || {
            if let Some(synthesis) = self::synthesis() {
                synthesis.set_onvoiceschanged(None);
                synthesis.cancel();
            }
            drop(on_voices);
        });
    }
    let speak = Callback::new(move |text: String| {
        let (Some(synthesis), Some(voice)) = (synthesis(), voice()) else { return };
        synthesis.cancel();
        let chunks = bantin_core::text::speech_chunks(&text, CHUNK_CHARS);
        let count = chunks.len();
        for (i, chunk) in chunks.into_iter().enumerate() {
            let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&chunk) else { return };
            utterance.set_voice(Some(&voice));
            utterance.set_lang(&voice.lang());
            if i + 1 == count {
                let on_end = Closure::once_into_js(move || set_speaking.set(false));
                utterance.set_onend(Some(on_end.unchecked_ref()));
            }
            synthesis.speak(&utterance);
        }
        set_speaking.set(count > 0);
    });
    let stop = Callback::new(move |()| {
        if let Some(synthesis) = synthesis() {
            synthesis.cancel();
        }
        set_speaking.set(false);
    });
    UseSpeechReturn { is_supported, speaking, speak, stop }
}

/// `window.speechSynthesis`, where the browser has it (and its utterances).
/// Taken by its shape, not its class, as the browser's own code would.
fn synthesis() -> Option<SpeechSynthesis> {
    let window = window();
    let has = |object: &wasm_bindgen::JsValue, name: &str| {
        js_sys::Reflect::get(object, &name.into()).is_ok_and(|v| !v.is_undefined() && !v.is_null())
    };
    let value = js_sys::Reflect::get(&window, &"speechSynthesis".into()).ok()?;
    let usable = has(&window, "SpeechSynthesisUtterance")
        && ["getVoices", "speak", "cancel"].iter().all(|m| has(&value, m));
    usable.then(|| value.unchecked_into())
}

/// A voice for the language whose primary subtag is `primary`.
fn voice_for(synthesis: &SpeechSynthesis, primary: &str) -> Option<SpeechSynthesisVoice> {
    synthesis.get_voices().iter().map(|v| v.unchecked_into::<SpeechSynthesisVoice>()).find(|v| {
        let lang = v.lang().to_ascii_lowercase();
        lang == primary
            || lang.starts_with(&format!("{primary}-"))
            || lang.starts_with(&format!("{primary}_"))
    })
}
