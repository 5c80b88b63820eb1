//! Vietnamese text folding: the same word with or without its marks.
//!
//! Slugs for readable URLs and diacritic-insensitive search need
//! `Quận ủy Thốt Nốt` and `quan uy thot not` to be the same letters. Unicode
//! decomposition would do most of it, but its tables are large and `đ`/`Đ`
//! have no decomposition at all; the letters a Vietnamese (or French, German…)
//! text uses sit in three small blocks, mapped here by range.

/// Folds one character to a lower-case ASCII letter or digit, or `None` when
/// it is not a letter or digit this module knows (punctuation, spaces, marks).
pub fn fold_char(c: char) -> Option<char> {
    if c.is_ascii_alphanumeric() {
        return Some(c.to_ascii_lowercase());
    }
    let base = match c {
        // Latin-1 Supplement.
        'À'..='Å' | 'à'..='å' => 'a',
        'Ç' | 'ç' => 'c',
        'È'..='Ë' | 'è'..='ë' => 'e',
        'Ì'..='Ï' | 'ì'..='ï' => 'i',
        'Ð' | 'ð' => 'd',
        'Ñ' | 'ñ' => 'n',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' => 'o',
        'Ù'..='Ü' | 'ù'..='ü' => 'u',
        'Ý' | 'ý' | 'ÿ' => 'y',
        // Latin Extended-A and the two Vietnamese horned letters of Extended-B.
        'Ā'..='ą' => 'a',
        'Ć'..='č' => 'c',
        'Ď'..='đ' => 'd',
        'Ē'..='ě' => 'e',
        'Ĝ'..='ģ' => 'g',
        'Ĥ'..='ħ' => 'h',
        'Ĩ'..='ı' => 'i',
        'Ĵ' | 'ĵ' => 'j',
        'Ķ' | 'ķ' => 'k',
        'Ĺ'..='ł' => 'l',
        'Ń'..='ň' => 'n',
        'Ō'..='ő' | 'Ơ' | 'ơ' => 'o',
        'Ŕ'..='ř' => 'r',
        'Ś'..='š' => 's',
        'Ţ'..='ŧ' => 't',
        'Ũ'..='ų' | 'Ư' | 'ư' => 'u',
        'Ŵ' | 'ŵ' => 'w',
        'Ŷ'..='Ÿ' => 'y',
        'Ź'..='ž' => 'z',
        // Latin Extended Additional: the Vietnamese block, in alphabet order.
        'Ạ'..='ặ' => 'a',
        'Ẹ'..='ệ' => 'e',
        'Ỉ'..='ị' => 'i',
        'Ọ'..='ợ' => 'o',
        'Ụ'..='ự' => 'u',
        'Ỳ'..='ỹ' => 'y',
        _ => return None,
    };
    Some(base)
}

/// True for combining marks (U+0300–U+036F), which text in decomposed form
/// (as some editors save it) carries after the base letter.
pub fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// A URL slug: folded words joined by `-`, at most `max_len` bytes, cut at a
/// word boundary. Empty when the text has no letters or digits.
pub fn slug(text: &str, max_len: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max_len));
    let mut pending_dash = false;
    for c in text.chars() {
        if is_combining_mark(c) {
            continue;
        }
        match fold_char(c) {
            Some(letter) => {
                if pending_dash && !out.is_empty() {
                    out.push('-');
                }
                pending_dash = false;
                out.push(letter);
            }
            None => pending_dash = true,
        }
    }
    if out.len() > max_len {
        let cut = out[..=max_len].rfind('-').unwrap_or(max_len);
        out.truncate(cut);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn vietnamese_titles_become_ascii_slugs() {
        assert_eq!(
            slug("Quận ủy Thốt Nốt: Tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW", 200),
            "quan-uy-thot-not-tong-ket-10-nam-thuc-hien-nghi-quyet-so-29-nq-tw"
        );
        assert_eq!(slug("Đảng bộ phường Đông Hòa", 200), "dang-bo-phuong-dong-hoa");
        assert_eq!(slug("Ưu tiên ươm mầm: Ở Ỷ Lan", 200), "uu-tien-uom-mam-o-y-lan");
    }

    #[test]
    fn every_vietnamese_letter_folds_to_its_base() {
        let groups = [
            ("aàáảãạăằắẳẵặâầấẩẫậAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'a'),
            ("eèéẻẽẹêềếểễệEÈÉẺẼẸÊỀẾỂỄỆ", 'e'),
            ("iìíỉĩịIÌÍỈĨỊ", 'i'),
            ("oòóỏõọôồốổỗộơờớởỡợOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'o'),
            ("uùúủũụưừứửữựUÙÚỦŨỤƯỪỨỬỮỰ", 'u'),
            ("yỳýỷỹỵYỲÝỶỸỴ", 'y'),
            ("dđDĐ", 'd'),
        ];
        for (letters, base) in groups {
            for c in letters.chars() {
                assert_eq!(fold_char(c), Some(base), "{c}");
            }
        }
    }

    #[test]
    fn decomposed_text_folds_like_precomposed() {
        // "Thốt" typed as o + circumflex + acute, as some editors store it.
        assert_eq!(slug("Tho\u{0302}\u{0301}t No\u{0302}\u{0301}t", 50), "thot-not");
    }

    #[test]
    fn punctuation_and_edges_collapse() {
        assert_eq!(slug("  “Xuân” – 2023!! ", 50), "xuan-2023");
        assert_eq!(slug("…", 50), "");
        assert_eq!(slug("中文", 50), "");
    }

    #[test]
    fn long_titles_are_cut_at_a_word_boundary() {
        let s = slug("một hai ba bốn năm sáu bảy tám chín mười", 20);
        assert_eq!(s, "mot-hai-ba-bon-nam");
        assert!(s.len() <= 20);
        assert_eq!(slug("abcdefghijklmnopqrstuvwxyz", 10), "abcdefghij");
    }
}
