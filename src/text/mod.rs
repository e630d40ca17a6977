//! Text folding for matching what people type: headers, yes/no cells, titles.
//!
//! Spreadsheets arrive in NFC or NFD, with or without diacritics, in any case.
//! `fold` maps all of those to one key: decomposed, marks stripped, `đ` → `d`,
//! lower-cased, with `_`, `-` and runs of white space turned into one space.
//! `legacy` recognises text typed in the pre-Unicode Vietnamese fonts.
//!
//! Pure functions of strings, below every reader and the error type.

pub(crate) mod legacy;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The matching key of `s`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        let c = match c {
            'đ' | 'Đ' => 'd',
            '_' | '-' => ' ',
            c => c,
        };
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        for l in c.to_lowercase() {
            out.push(l);
        }
    }
    out
}

/// `s` in NFC, the form every name is compared and printed in.
pub fn nfc(s: &str) -> String {
    // Most text already is NFC; the quick check proves it without rebuilding it.
    match unicode_normalization::is_nfc_quick(s.chars()) {
        unicode_normalization::IsNormalized::Yes => s.to_string(),
        _ => s.nfc().collect(),
    }
}

/// Quick test used on hot paths: ASCII text needs no normalisation.
pub fn fold_cell(s: &str) -> std::borrow::Cow<'_, str> {
    let t = s.trim();
    if t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ') && !t.contains("  ") {
        if t.bytes().any(|b| b.is_ascii_uppercase()) {
            std::borrow::Cow::Owned(t.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Borrowed(t)
        }
    } else {
        std::borrow::Cow::Owned(fold(t))
    }
}

/// `n` bytes as a short figure: `64 MiB`, `2 KiB`, `9 bytes`.
pub fn size_label(n: u64) -> String {
    if n >= 1 << 20 && n.is_multiple_of(1 << 20) {
        format!("{} MiB", n >> 20)
    } else if n >= 1 << 10 && n.is_multiple_of(1 << 10) {
        format!("{} KiB", n >> 10)
    } else {
        format!("{n} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_and_normal_forms() {
        let nfc = "Họ và tên";
        let nfd: String = nfc.nfd().collect();
        assert_ne!(nfc, nfd);
        assert_eq!(fold(nfc), "ho va ten");
        assert_eq!(fold(&nfd), "ho va ten");
        assert_eq!(fold("  ĐẠT "), "dat");
        assert_eq!(fold("lao-dong_tien  tien"), "lao dong tien tien");
        assert_eq!(fold("LĐTT"), "ldtt");
        assert_eq!(fold("✓"), "✓");
    }

    #[test]
    fn nfc_composes_only_when_needed() {
        let composed = "Nguyễn Thị Hằng";
        let decomposed: String = composed.nfd().collect();
        assert_eq!(nfc(composed), composed);
        assert_eq!(nfc(&decomposed), composed);
        assert_eq!(nfc("A\u{0301}"), "Á");
    }

    #[test]
    fn fold_cell_agrees_with_fold() {
        for s in ["Yes", " x ", "1", "Có", "chưa đạt", "", "-", "A  B", "NO"] {
            assert_eq!(fold_cell(s), fold(s), "{s:?}");
        }
    }
}
