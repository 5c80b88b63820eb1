//! What article HTML from a feed may contain: the sanitiser's policy as
//! plain data. The app's DOM walk and the native walk of the static pages
//! both ask it about every element, attribute and URL.

pub mod inline_style;
pub mod policy;
