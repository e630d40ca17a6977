//! A sheet of rows, whatever file it came from: a CSV record or a workbook row
//! is a `Row` of `Cells`, lent one at a time by a `RowSource`. Both readers (the
//! delimited-text one here, `workbook`) produce these and `roster` consumes them,
//! so neither reader depends on the roster.

use crate::error::{Error, Location, Result};
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

/// Rows of delimited text, read as byte records into one reused record: cells
/// are turned into text only when needed (most yes/no cells are recognised from
/// their bytes by the roster's per-column memo).
pub struct CsvRows<'a, R> {
    reader: &'a mut csv::Reader<R>,
    path: &'a Path,
    row: Row<csv::ByteRecord>,
}

impl<'a, R> CsvRows<'a, R> {
    pub fn new(reader: &'a mut csv::Reader<R>, path: &'a Path) -> Self {
        CsvRows {
            reader,
            path,
            row: Row::default(),
        }
    }
}

impl<R: std::io::Read> RowSource for CsvRows<'_, R> {
    type Cells = csv::ByteRecord;
    fn next_row(&mut self) -> Result<Option<&Row<csv::ByteRecord>>> {
        match self.reader.read_byte_record(&mut self.row.cells) {
            Ok(true) => {
                self.row.line = self.row.cells.position().map_or(1, |p| p.line());
                Ok(Some(&self.row))
            }
            Ok(false) => Ok(None),
            Err(e) => {
                let line = e.position().map_or(1, |p| p.line());
                Err(Error::input(
                    Location::at(self.path, line, None),
                    format!("không đọc được dòng CSV: {e}"),
                    format!("cannot read the CSV row: {e}"),
                ))
            }
        }
    }
}
