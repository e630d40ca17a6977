//! A documented input limit that a workbook passed, and its words.

use crate::lang::Lang;
use crate::t;
use crate::text::size_label;

/// A documented limit a workbook passed, with the limit's figure (the readers own
/// the figures; this is what went wrong, as data).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Limit {
    /// Parts in a zipped workbook (`found` of them).
    Parts { found: usize, limit: usize },
    /// A zipped workbook's parts, inflated.
    Inflated { limit: u64 },
    /// Shared strings of an `.xlsx`.
    SharedStrings { limit: u64 },
    /// The text of an `.xlsx`'s shared strings.
    SharedText { limit: u64 },
    /// The text of a sheet's cells, each copy of a shared or repeated cell counted.
    SheetText { limit: u64 },
    /// Cells a sheet declares, holds or expands to.
    SheetCells { limit: usize },
    /// The rows × columns an `.xls` sheet's cells span.
    SheetSpan {
        rows: usize,
        cols: usize,
        limit: usize,
    },
}

impl Limit {
    /// The limit in words: what passed it and the figure.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Limit::Parts { found, limit } => t!(
                lang,
                "limit-parts",
                found = *found,
                limit = limit.to_string()
            ),
            Limit::Inflated { limit } => t!(lang, "limit-inflated", limit = size_label(*limit)),
            Limit::SharedStrings { limit } => {
                t!(lang, "limit-shared-strings", limit = limit.to_string())
            }
            Limit::SharedText { limit } => {
                t!(lang, "limit-shared-text", limit = size_label(*limit))
            }
            Limit::SheetText { limit } => t!(lang, "limit-sheet-text", limit = size_label(*limit)),
            Limit::SheetCells { limit } => t!(lang, "limit-sheet-cells", limit = limit.to_string()),
            Limit::SheetSpan { rows, cols, limit } => t!(
                lang,
                "limit-sheet-span",
                rows = rows.to_string(),
                cols = cols.to_string(),
                limit = limit.to_string()
            ),
        }
    }
}
