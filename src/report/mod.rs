//! Renderers: turn an `Assessment` into text for people (table), machines (JSON),
//! spreadsheets (CSV, xlsx) or paper (`form`: one model of the unit's form, laid out as
//! HTML and Markdown; `summary` words its cells; `district` renders many units at once).
//! Every HTML page is built with `markup`, which escapes all text that is not markup.
//! Rounding happens here, and only here.

pub mod batch;
pub mod compare;
pub mod csv;
pub mod diff;
pub mod district;
pub mod dossier;
pub mod evidence;
pub mod form;
mod grid;
pub mod json;
pub mod lint;
pub mod markup;
pub mod page;
pub mod reached;
pub mod rubric;
pub mod summary;
pub mod table;
pub mod word;
pub mod xlsx;

use crate::lang::Lang;
use rust_decimal::Decimal;

/// `num/den` as a percentage with one decimal, in the language's number format
/// (`94,4 %` in Vietnamese, `94.4 %` in English).
pub fn percent(num: u64, den: u64, lang: Lang) -> String {
    if den == 0 {
        return "—".to_string();
    }
    // Offices round half up (1/16 = 6,25 % → 6,3 %), not to even.
    let p = (Decimal::from(num) * Decimal::ONE_HUNDRED / Decimal::from(den))
        .round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    format!("{} %", number(p, lang))
}

/// A decimal for people: trailing zeros dropped, Vietnamese decimal comma.
pub fn number(d: Decimal, lang: Lang) -> String {
    let s = d.normalize().to_string();
    match lang {
        Lang::Vi => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A decimal for machines: exact, `.` separator, no trailing zeros.
pub fn exact(d: Decimal) -> String {
    d.normalize().to_string()
}

/// Keeps a spreadsheet from running a cell as a formula (`=`, `+`, `-`, `@` first).
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') if cell.len() > 1 => {
            format!("'{cell}").into()
        }
        _ => cell.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(percent(17, 18, Lang::Vi), "94,4 %");
        assert_eq!(percent(17, 18, Lang::En), "94.4 %");
        assert_eq!(percent(9, 10, Lang::En), "90 %");
        assert_eq!(exact(Decimal::new(800, 2)), "8");
    }

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(spreadsheet_safe("=1+1"), "'=1+1");
        assert_eq!(spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_safe("-"), "-");
        assert_eq!(spreadsheet_safe("Trường"), "Trường");
    }
}
