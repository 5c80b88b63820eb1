//! URL resolution in the browser: plain URLs (most of a feed's) without a
//! call into the browser ([`bantin_core::urls::PlainBase`], which gives the
//! same answer), the rest by the browser's own URL parser.

/// Resolves references against the absolute URL `base` (a feed document's
/// URLs against the document's own), with the base checked once; `None`
/// for a reference the browser cannot resolve.
pub fn resolver(base: &str) -> impl Fn(&str) -> Option<String> + '_ {
    let plain = bantin_core::urls::PlainBase::new(base);
    move |reference| match plain.and_then(|p| p.resolve(reference)) {
        Some(resolved) => Some(resolved),
        None => web_sys::Url::new_with_base(reference, base).ok().map(|u| u.href()),
    }
}
