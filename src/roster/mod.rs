//! The staff roster: one row per member (SPEC.md). Headers are matched by meaning
//! (`vocab::column_for_header`); only the columns a rubric reads are required, and
//! every bad cell is reported — all of them in one run — naming its file, line (or
//! workbook cell), and value.
//!
//! CSV records and workbook rows both arrive as `Row`s from a `RowSource` and go
//! through the same steps, one file each:
//! - `header`: find the header row under a title block, map headers to columns;
//! - `cell`: read one cell (yes/no, title, `Không tính`), collect the bad ones;
//! - `rows`: read the rows after the header until a footer (totals, signatures)
//!   ends the list;
//! - `members`: checks on the whole list (duplicate ids, likely duplicates, the
//!   sample rows of `dvht init`).
//!
//! A CSV source lends one reused byte record per row (the fast path `dvht batch`
//! relies on); a workbook's rows come from memory.

mod cell;
mod header;
mod members;
mod rows;

pub(crate) use cell::shown;

use crate::error::{display_path, Error, Location, Problem, Result};
use crate::input::sheet::{Cells, CsvRows, IterRows, Row, RowSource};
use crate::input::{self, Dialect, Format, Options};
use crate::lang::Lang;
use crate::t;
use crate::warning::Warning;
use std::path::Path;

/// One member row of a roster.
#[derive(Debug, Clone)]
pub struct Member {
    /// Physical line in the file (the first line is 1), or the workbook row.
    pub line: u64,
    pub id: Option<String>,
    pub name: String,
    pub role: Option<String>,
    /// `Some(reason)` when the member is not counted in any ratio.
    pub excluded: Option<String>,
    /// One bit per yes/no column (`vocab::yes_no_bit`), set when the answer is yes.
    pub yes: u32,
    /// Emulation title rank (0 = none, 1 = Lao động tiên tiến, ...).
    pub title: u8,
}

impl Member {
    pub fn counted(&self) -> bool {
        self.excluded.is_none()
    }
}

/// A roster as read: its members and how the file was read.
#[derive(Debug, Clone)]
pub struct Roster {
    /// The path as given, for messages.
    pub source: String,
    pub members: Vec<Member>,
    pub dialect: Dialect,
    pub sha256: String,
    /// The workbook sheet read, for a workbook.
    pub sheet: Option<String>,
    /// The line (or workbook row) of the header; rows above it are a title block.
    pub header_line: u64,
    /// What reading noticed without refusing the file: where a footer ended the
    /// list, exclusions without a reason, likely duplicates.
    pub warnings: Vec<Warning>,
}

impl Roster {
    pub fn counted(&self) -> usize {
        self.members.iter().filter(|m| m.counted()).count()
    }
}

/// What `from_source` reads from rows.
#[derive(Debug, Clone)]
pub(crate) struct Read {
    pub members: Vec<Member>,
    pub header_line: u64,
    pub warnings: Vec<Warning>,
}

/// Reads a roster (a path or `-`), requiring the columns in `needed`.
pub fn read(path: &Path, needed: &[&str]) -> Result<Roster> {
    read_with(path, needed, &Options::default())
}

/// `read` with `--encoding` and `--sheet`.
pub fn read_with(path: &Path, needed: &[&str], opts: &Options) -> Result<Roster> {
    let bytes = input::read_bytes(path)?;
    from_bytes(&bytes, path, needed, opts)
}

/// Reads a roster from a file's bytes: `input` decides the format and encoding,
/// then CSV records or workbook rows go through `from_rows`.
pub fn from_bytes(bytes: &[u8], path: &Path, needed: &[&str], opts: &Options) -> Result<Roster> {
    let format = input::sniff(bytes, path)?;
    let mut roster = match format {
        Format::Delimited => {
            if opts.sheet.is_some() {
                return Err(Error::input(Location::file(path), Problem::SheetOnCsv));
            }
            let (text, dialect) = input::decode_delimited(bytes, path, opts.encoding)?;
            parse(&text, dialect, path, needed)?
        }
        _ => {
            let sheet = crate::input::workbook::read(bytes, format, path, opts.sheet.as_deref())?;
            // Read by default, the first sheet may not be the roster: a header
            // problem then names the other sheets.
            let others = (opts.sheet.is_none() && sheet.all.len() > 1).then_some(&sheet.all[..]);
            let place = Place::Sheet {
                path,
                sheet: &sheet.name,
                others,
            };
            let read = from_rows(sheet.rows.into_iter().map(Ok), &place, needed)?;
            Roster {
                source: display_path(path),
                members: read.members,
                dialect: Dialect {
                    format,
                    encoding: format.name(),
                    bom: false,
                    delimiter: 0,
                },
                sha256: String::new(),
                sheet: Some(sheet.name),
                header_line: read.header_line,
                warnings: read.warnings,
            }
        }
    };
    roster.sha256 = crate::digest::sha256_hex(bytes);
    Ok(roster)
}

/// Where rows come from, to name a line or a cell in messages.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Place<'a> {
    /// Delimited text: `roster.csv:14:6`.
    Text(&'a Path),
    /// A workbook sheet: `roster.xlsx!Sheet1!F14`. `others`: every sheet's name,
    /// when the sheet was picked by default rather than with `--sheet`.
    Sheet {
        path: &'a Path,
        sheet: &'a str,
        others: Option<&'a [String]>,
    },
}

impl Place<'_> {
    /// A line or row, and optionally a 0-based cell index in it.
    pub fn at(&self, line: u64, index: Option<usize>) -> Location {
        let col = index.map(|i| i as u64 + 1);
        match *self {
            Place::Text(path) => Location::at(path, line, col),
            Place::Sheet { path, sheet, .. } => Location::cell(path, sheet, line, col),
        }
    }

    fn path(&self) -> &Path {
        match *self {
            Place::Text(p) | Place::Sheet { path: p, .. } => p,
        }
    }

    /// For a header problem in a sheet read by default: the other sheets to try.
    fn other_sheets(&self) -> Option<Vec<String>> {
        match self {
            Place::Sheet {
                others: Some(all), ..
            } => Some(all.to_vec()),
            _ => None,
        }
    }

    /// "line 3" or "row 3", for messages that point back to another row.
    fn line_word(&self, line: u64, lang: Lang) -> String {
        let line = line.to_string();
        match self {
            Place::Text(_) => t!(lang, "roster-line-word", line = line),
            Place::Sheet { .. } => t!(lang, "roster-row-word", line = line),
        }
    }
}

/// Parses decoded delimited text.
pub(crate) fn parse(text: &str, dialect: Dialect, path: &Path, needed: &[&str]) -> Result<Roster> {
    let read = input::with_csv_reader(text, dialect.delimiter, |reader| {
        let rows = CsvRows::new(reader, path, text);
        from_source(rows, &Place::Text(path), needed)
    })?;
    Ok(Roster {
        source: display_path(path),
        members: read.members,
        dialect,
        sha256: String::new(),
        sheet: None,
        header_line: read.header_line,
        warnings: read.warnings,
    })
}

/// Maps rows to members: finds the header (the first row naming `name` and another
/// known column, so a title block above it is skipped), checks the columns in
/// `needed`, and reads each member row until the list ends.
pub(crate) fn from_rows<C: Cells + Clone>(
    rows: impl Iterator<Item = Result<Row<C>>>,
    place: &Place,
    needed: &[&str],
) -> Result<Read> {
    from_source(IterRows::new(rows), place, needed)
}

/// `from_rows` over any `RowSource`: header, rows, then checks on the whole list.
/// Every bad cell and row is collected; if there is any, the error lists them all.
pub(crate) fn from_source<S: RowSource>(
    mut rows: S,
    place: &Place,
    needed: &[&str],
) -> Result<Read> {
    let (header, scanned) = header::find(&mut rows, place)?;
    let columns = header::columns(&header, place, needed)?;
    let id_col = columns.iter().find(|f| f.def.name == "id").map(|f| f.index);
    let mut problems = cell::Problems::default();
    let mut read = rows::read(
        &header,
        columns,
        scanned,
        &mut rows,
        place,
        needed,
        &mut problems,
    )?;
    members::check(&mut read, id_col, place, &mut problems);
    match problems.into_error(place.path()) {
        Some(e) => Err(e),
        None => Ok(read),
    }
}

#[cfg(test)]
mod tests;
