//! Text as feeds give it and pages show it: Vietnamese folding and slugs,
//! plain text out of HTML, escaping, and cutting text to size.

mod escape;
mod fold;
mod html;
mod words;

pub use escape::{escape_html, percent_decode, percent_encode, push_escaped_html};
pub use fold::{fold_char, is_combining_mark, slug};
pub use html::{decode_entities, html_to_text, html_word_count};
pub use words::{collapse_whitespace, speech_chunks, trim, truncate_words, truncate_words_owned};
