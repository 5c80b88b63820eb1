//! QR codes of article URLs, as SVG path data, so a reader can move an
//! article from a desktop screen to a phone (or from paper back to the web).

use qrcodegen::{QrCode, QrCodeEcc};

/// Modules of quiet zone around the code, as the standard asks.
const QUIET_ZONE: i32 = 4;

/// A QR code ready to draw: a square `size` × `size` view box (quiet zone
/// included) and one SVG path covering every dark module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    /// Side of the view box, in modules.
    pub size: i32,
    /// SVG path data: one rectangle per horizontal run of dark modules.
    pub path: String,
}

/// Encodes `text` (medium error correction: survives a smudge on paper), or
/// `None` when it is too long for any QR version.
pub fn encode(text: &str) -> Option<QrSvg> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < n && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            path.push_str(&format!("M{} {}h{run}v1h-{run}z", start + QUIET_ZONE, y + QUIET_ZONE));
        }
    }
    Some(QrSvg { size: n + 2 * QUIET_ZONE, path })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn a_url_becomes_a_square_of_runs_with_finder_patterns() {
        let qr = encode("https://binhgiang.example.vn/bai-viet/bg-2023-0331-nq29/quan-uy")
            .unwrap_or_else(|| panic!("encodes"));
        // Version 5 (37 modules) is the smallest that holds this URL at medium correction.
        assert_eq!(qr.size, 37 + 8);
        // The top-left finder pattern's first row: 7 dark modules at the quiet zone's edge.
        assert!(qr.path.starts_with("M4 4h7v1h-7z"), "{}", &qr.path[..40]);
        assert_eq!(qr.path.matches('M').count(), qr.path.matches('z').count());
    }

    #[test]
    fn text_beyond_the_largest_version_is_refused() {
        assert_eq!(encode(&"x".repeat(5000)), None);
    }
}
