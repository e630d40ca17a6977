//! TOML diagnostics shared by every TOML reader (rubrics, `evidence.toml`): byte
//! offsets to line and column, and the toml crate's errors in Vietnamese and English.

use crate::error::{Error, Location, Problem, TomlProblem};
use crate::lang::Lang;
use std::path::Path;

/// Where each line of a text starts, so that a byte offset becomes a (line, column)
/// with a binary search instead of a scan from the start: a file with thousands of
/// spans to report stays linear.
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset of the start of each line; the first is 0.
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(
                text.bytes()
                    .enumerate()
                    .filter(|(_, b)| *b == b'\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        LineIndex { text, starts }
    }

    /// A byte offset as a 1-based (line, column), the column counted in characters.
    /// An offset past the end, or inside a character, counts as the nearest
    /// character start before it.
    pub fn line_col(&self, offset: usize) -> (u64, u64) {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        // The last line starting at or before `offset`.
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let col = self.text[start..offset].chars().count();
        (line as u64, col as u64 + 1)
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A TOML syntax or shape error, placed at its line and column.
pub fn toml_error(text: &str, path: &Path, e: &toml::de::Error) -> Error {
    let at = match e.span() {
        Some(span) => {
            let (l, c) = LineIndex::new(text).line_col(span.start);
            Location::at(path, l, Some(c))
        }
        None => Location::file(path),
    };
    Error::input(at, Problem::Toml(TomlProblem::parse(e.message())))
}

/// The toml crate's message in Vietnamese and English, for the common cases
/// (unknown key, missing key, wrong type); `None` for the others, which keep its
/// English text. For the rubric checker's findings, which carry both languages.
pub fn toml_message(msg: &str) -> Option<(String, String)> {
    let p = TomlProblem::parse(msg);
    p.understood().then(|| {
        let p = Problem::Toml(p);
        (p.render(Lang::Vi), p.render(Lang::En))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scan the index replaces: count the newlines before the offset.
    fn naive(text: &str, offset: usize) -> (u64, u64) {
        let offset = offset.min(text.len());
        let before = &text[..floor_char_boundary(text, offset)];
        let line = before.bytes().filter(|b| *b == b'\n').count() as u64 + 1;
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u64 + 1;
        (line, col)
    }

    #[test]
    fn the_index_agrees_with_a_scan() {
        let texts = [
            "",
            "\n",
            "a = 1",
            "id = \"x\"\nname = \"Trường THPT số 2 Tuy Phước\"\n\n[unit]\nkind = \"thpt\"\n",
            "tên = \"Hòa\"\r\nđịa_chỉ = \"Hà Nội\"\r\n\r\nx = 1\r\n",
            "\r\n\r\nlast line without a newline: ẩẩẩ 😀",
        ];
        for text in texts {
            let index = LineIndex::new(text);
            for offset in 0..=text.len() + 2 {
                assert_eq!(
                    index.line_col(offset),
                    naive(text, offset),
                    "{text:?} at {offset}"
                );
            }
        }
    }

    #[test]
    fn lines_and_columns_count_characters() {
        let text = "a = 1\r\nbé = \"ổ\"\n";
        let index = LineIndex::new(text);
        let at = text.find('"').unwrap();
        assert_eq!(index.line_col(at), (2, 6));
        assert_eq!(index.line_col(0), (1, 1));
        assert_eq!(index.line_col(text.len()), (3, 1));
    }
}
