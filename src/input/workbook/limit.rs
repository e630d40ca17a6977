//! Why a workbook is refused before calamine reads it: past a documented limit
//! (README, "limits"), worded from the catalog in the user's language, or
//! damaged in a way the reader would not survive.

use super::budget::{MAX_ENTRIES, MAX_INFLATED_BYTES, MAX_SHARED_STRINGS, MAX_SHARED_STRING_BYTES};
use super::cfb::MAX_SHEET_CELLS;
use super::MAX_SHEET_TEXT_BYTES;
use crate::input::file::size_label;
use crate::lang::Lang;
use crate::t;

/// A documented limit a workbook passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Limit {
    /// Parts in a zipped workbook (`found` of them).
    Parts { found: usize },
    /// A zipped workbook's parts, inflated.
    Inflated,
    /// Shared strings of an `.xlsx`.
    SharedStrings,
    /// The text of an `.xlsx`'s shared strings.
    SharedText,
    /// The text of a sheet's cells, each copy of a shared or repeated cell counted.
    SheetText,
    /// Cells a sheet declares, holds or expands to.
    SheetCells,
    /// The rows × columns an `.xls` sheet's cells span.
    SheetSpan { rows: usize, cols: usize },
}

impl Limit {
    /// The limit in words: what passed it and the figure.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Limit::Parts { found } => t!(
                lang,
                "limit-parts",
                found = *found,
                limit = MAX_ENTRIES.to_string()
            ),
            Limit::Inflated => t!(
                lang,
                "limit-inflated",
                limit = size_label(MAX_INFLATED_BYTES)
            ),
            Limit::SharedStrings => {
                t!(
                    lang,
                    "limit-shared-strings",
                    limit = MAX_SHARED_STRINGS.to_string()
                )
            }
            Limit::SharedText => t!(
                lang,
                "limit-shared-text",
                limit = size_label(MAX_SHARED_STRING_BYTES)
            ),
            Limit::SheetText => t!(
                lang,
                "limit-sheet-text",
                limit = size_label(MAX_SHEET_TEXT_BYTES)
            ),
            Limit::SheetCells => t!(
                lang,
                "limit-sheet-cells",
                limit = MAX_SHEET_CELLS.to_string()
            ),
            Limit::SheetSpan { rows, cols } => t!(
                lang,
                "limit-sheet-span",
                rows = rows.to_string(),
                cols = cols.to_string(),
                limit = MAX_SHEET_CELLS.to_string()
            ),
        }
    }
}

/// Why a workbook is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Over(Limit),
    /// What is broken, as the structural check found it.
    Damaged(String),
}

impl From<Limit> for Refusal {
    fn from(l: Limit) -> Refusal {
        Refusal::Over(l)
    }
}

impl From<String> for Refusal {
    fn from(s: String) -> Refusal {
        Refusal::Damaged(s)
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Over(l) => f.write_str(&l.render(Lang::En)),
            Refusal::Damaged(s) => f.write_str(s),
        }
    }
}
