//! A sheet of rows, whatever file it came from: a CSV record or a workbook row
//! is a `Row` of `Cells`, lent one at a time by a `RowSource`. Both readers (the
//! delimited-text one here, `workbook`) produce these and `roster` consumes them,
//! so neither reader depends on the roster.

use crate::error::{Error, Location, Problem, Result};
use std::path::Path;

/// One row of a roster source: its cells, where it is, and which of its cells a
/// workbook merged horizontally (inclusive 0-based index spans, two or more wide).
#[derive(Debug, Clone, Default)]
pub struct Row<C> {
    /// The CSV line where the record starts, or the 1-based workbook row.
    pub line: u64,
    pub cells: C,
    pub merged: Vec<(usize, usize)>,
}

/// The cells of a row, whatever holds them.
pub trait Cells {
    fn cell(&self, index: usize) -> Option<&str>;
    fn width(&self) -> usize;
    /// A cell's UTF-8 bytes, what `cell` gives without checking them again.
    fn bytes(&self, index: usize) -> Option<&[u8]> {
        self.cell(index).map(str::as_bytes)
    }
}

impl Cells for csv::ByteRecord {
    fn cell(&self, index: usize) -> Option<&str> {
        self.get(index).map(cell_text)
    }
    fn width(&self) -> usize {
        self.len()
    }
    fn bytes(&self, index: usize) -> Option<&[u8]> {
        self.get(index)
    }
}

impl Cells for csv::StringRecord {
    fn cell(&self, index: usize) -> Option<&str> {
        self.get(index)
    }
    fn width(&self) -> usize {
        self.len()
    }
}

impl Cells for Vec<String> {
    fn cell(&self, index: usize) -> Option<&str> {
        self.get(index).map(String::as_str)
    }
    fn width(&self) -> usize {
        self.len()
    }
}

pub fn cells<C: Cells>(c: &C) -> impl Iterator<Item = &str> {
    (0..c.width()).map(move |i| c.cell(i).unwrap_or(""))
}

/// A cell holds nothing but white space (as `str::trim` sees it).
pub fn blank(cell: &[u8]) -> bool {
    cell.iter().all(u8::is_ascii_whitespace)
        || std::str::from_utf8(cell).is_ok_and(|s| s.trim().is_empty())
}

/// A cell's text. Cells come from decoded text (fields split only at ASCII bytes)
/// or from a workbook's strings, so this cannot fail; if it ever did, the cell
/// would read as invalid.
pub fn cell_text(cell: &[u8]) -> &str {
    std::str::from_utf8(cell).unwrap_or("\u{FFFD}")
}

/// Rows lent one at a time: each is valid until the next is asked for, so a CSV
/// source can read every record into the same buffer.
pub trait RowSource {
    type Cells: Cells + Clone;
    /// The next row, or `None` at the end.
    fn next_row(&mut self) -> Result<Option<&Row<Self::Cells>>>;
}

/// Rows from an iterator of owned rows (a workbook sheet).
pub struct IterRows<I, C> {
    iter: I,
    current: Option<Row<C>>,
}

impl<I, C> IterRows<I, C> {
    pub fn new(iter: I) -> Self {
        IterRows {
            iter,
            current: None,
        }
    }
}

impl<C: Cells + Clone, I: Iterator<Item = Result<Row<C>>>> RowSource for IterRows<I, C> {
    type Cells = C;
    fn next_row(&mut self) -> Result<Option<&Row<C>>> {
        match self.iter.next() {
            None => Ok(None),
            Some(row) => {
                self.current = Some(row?);
                Ok(self.current.as_ref())
            }
        }
    }
}

/// Physical line numbers of byte offsets in a text, counted forward as records
/// come: a line ends at `\r\n`, `\n` or a lone `\r` (what Excel on Windows, Unix
/// tools and old Mac programs write). The CSV parser's own count only sees `\n`
/// and places a record after `\r\n` on the line before it.
#[derive(Debug)]
pub struct LineCounter<'a> {
    text: &'a [u8],
    at: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    pub fn new(text: &'a str) -> Self {
        LineCounter {
            text: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    /// The line of the first byte at or after `offset` that is not a line break
    /// (a record's position may point at the `\n` of the `\r\n` before it).
    /// Offsets must not go backwards; one that does is counted from the start.
    pub fn line_at(&mut self, offset: usize) -> u64 {
        let mut start = offset.min(self.text.len());
        while start < self.text.len() && matches!(self.text[start], b'\r' | b'\n') {
            start += 1;
        }
        if start < self.at {
            self.at = 0;
            self.line = 1;
        }
        let span = &self.text[self.at..start];
        let mut breaks = 0u64;
        for (i, b) in span.iter().enumerate() {
            match b {
                b'\n' => breaks += 1,
                b'\r' if span.get(i + 1) != Some(&b'\n') => breaks += 1,
                _ => {}
            }
        }
        self.line += breaks;
        self.at = start;
        self.line
    }
}

/// Rows of delimited text, read as byte records into one reused record: cells
/// are turned into text only when needed (most yes/no cells are recognised from
/// their bytes by the roster's per-column memo).
pub struct CsvRows<'a, R> {
    reader: &'a mut csv::Reader<R>,
    path: &'a Path,
    lines: LineCounter<'a>,
    row: Row<csv::ByteRecord>,
}

impl<'a, R> CsvRows<'a, R> {
    /// `text`: what the reader reads, to number its physical lines.
    pub fn new(reader: &'a mut csv::Reader<R>, path: &'a Path, text: &'a str) -> Self {
        CsvRows {
            reader,
            path,
            lines: LineCounter::new(text),
            row: Row::default(),
        }
    }
}

impl<R: std::io::Read> RowSource for CsvRows<'_, R> {
    type Cells = csv::ByteRecord;
    fn next_row(&mut self) -> Result<Option<&Row<csv::ByteRecord>>> {
        match self.reader.read_byte_record(&mut self.row.cells) {
            Ok(true) => {
                let byte = self.row.cells.position().map_or(0, |p| p.byte());
                self.row.line = self.lines.line_at(byte as usize);
                Ok(Some(&self.row))
            }
            Ok(false) => Ok(None),
            Err(e) => {
                let line = match e.position() {
                    Some(p) => self.lines.line_at(p.byte() as usize),
                    None => 1,
                };
                Err(Error::input(
                    Location::at(self.path, line, None),
                    Problem::CsvRow {
                        detail: e.to_string(),
                    },
                ))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_count_every_kind_of_break() {
        let text = "a\r\nb\nc\rd\r\n\r\ne";
        let mut l = LineCounter::new(text);
        assert_eq!(l.line_at(0), 1);
        assert_eq!(l.line_at(2), 2); // at the `\n` of `\r\n`: the record is on line 2
        assert_eq!(l.line_at(5), 3);
        assert_eq!(l.line_at(7), 4);
        assert_eq!(l.line_at(text.len() - 1), 6);
        assert_eq!(l.line_at(0), 1);
    }
}
