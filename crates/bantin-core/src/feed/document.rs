//! Legal documents a state portal publishes ("văn bản", Decree 42/2022/NĐ-CP,
//! Art. 4): an article carrying `_bantin.document` is one, with its number
//! and symbol, kind, issuing body, dates and abstract; its file is the
//! article's attachment.

use crate::date::Day;

/// A legal document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Số ký hiệu, `15/2024/QĐ-UBND`.
    pub number: String,
    /// Loại văn bản: Quyết định, Nghị quyết, Kế hoạch, Công văn…
    pub kind: Option<String>,
    /// Cơ quan ban hành.
    pub issuer: Option<String>,
    /// Ngày ban hành.
    pub issued: Option<Day>,
    /// Ngày hiệu lực.
    pub effective: Option<Day>,
    /// Trích yếu.
    pub summary: Option<String>,
}

impl Document {
    /// The words a search matches a document's number by: its letters and
    /// digits in runs, so that `15/2024/QĐ-UBND`, `15/2024/QD-UBND` and
    /// `15 2024 qđ ubnd` are the same words once folded.
    pub fn number_words(&self) -> String {
        self.number
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn a_number_splits_into_its_words() {
        let d = Document {
            number: "15/2024/QĐ-UBND".into(),
            kind: None,
            issuer: None,
            issued: None,
            effective: None,
            summary: None,
        };
        assert_eq!(d.number_words(), "15 2024 QĐ UBND");
    }

    #[test]
    fn days_are_calendar_days() {
        assert_eq!(Day::parse("2024-02-29").map(Day::iso).as_deref(), Some("2024-02-29"));
        for bad in ["2023-02-29", "2024-13-01", "2024-1-5", "15/03/2024", "", "2024-03-15T00:00"] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
    }
}
