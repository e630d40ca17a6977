//! Workbook rosters (`.xlsx`, `.xls`, `.ods`) read with calamine into the same
//! `sheet::Row`s a CSV gives, so `roster::from_rows` maps both.
//!
//! Cells are read by value: numbers as written (`1`, `2.5`), booleans as `true` /
//! `false` (which the yes/no vocabulary accepts), errors as Excel shows them
//! (`#N/A`). Only the first `MAX_COLUMNS` columns are read — the `.xls` format's own
//! limit, far beyond any roster — so a stray cell at column XFD cannot make a row
//! sixteen thousand cells wide.

use crate::error::{suggest, Error, Location, Problem, Result};
use crate::input::sheet::Row;
use crate::input::Format;
use calamine::{Data, Dimensions, Ods, Range, Reader, SheetType, SheetVisible, Xls, Xlsx};
use limit::{Limit, Refusal};
use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::Path;

pub mod budget;
pub mod cfb;
pub mod limit;
pub mod ods;

/// Text of a sheet's cells, every copy of a repeated cell counted: calamine
/// copies a shared or repeated string into each cell that shows it.
pub const MAX_SHEET_TEXT_BYTES: u64 = 32 << 20;

/// Columns read per row (A…IV).
pub const MAX_COLUMNS: usize = 256;
/// Merged regions looked at; a sheet with more is read without them.
const MAX_MERGES: usize = 10_000;

/// One sheet's rows, blank rows left out.
#[derive(Debug)]
pub struct Sheet {
    pub name: String,
    /// Every sheet's name, in order, for messages.
    pub all: Vec<String>,
    pub rows: Vec<Row<Vec<String>>>,
}

fn open_error(path: &Path, format: Format, e: impl std::fmt::Display) -> Error {
    let encrypted = format == Format::Xls && path.extension().is_some_and(|x| x != "xls");
    Error::input(
        Location::file(path),
        Problem::WorkbookDamaged {
            ext: format.name().to_string(),
            detail: e.to_string(),
            maybe_encrypted: encrypted,
        },
    )
}

/// A workbook refused before calamine reads it: past a limit (worded in the
/// user's language), or damaged.
fn refused(path: &Path, format: Format, why: Refusal) -> Error {
    match why {
        Refusal::Over(limit) => Error::input(
            Location::file(path),
            Problem::WorkbookOverLimit {
                ext: format.name().to_string(),
                limit,
            },
        ),
        Refusal::Damaged(detail) => open_error(path, format, detail),
    }
}

/// Reads sheet `want` (default: the first visible worksheet) of a workbook.
///
/// calamine is trusted to return errors, not to never panic: a damaged file that
/// trips one of its internal assertions is reported like any other damaged file.
pub fn read(bytes: &[u8], format: Format, path: &Path, want: Option<&str>) -> Result<Sheet> {
    let result = {
        let _quiet = QuietPanics::enter();
        std::panic::catch_unwind(|| read_unguarded(bytes, format, path, want))
    };
    let sheet = result.unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "internal error".to_string());
        Err(open_error(
            path,
            format,
            format!("the reader failed ({what})"),
        ))
    })?;
    if sheet.rows.is_empty() {
        // Said plainly: "no header row in 0 rows" would send the person looking for
        // a header in a sheet that has nothing at all.
        return Err(Error::input(
            Location::file(path),
            Problem::SheetEmpty {
                workbook: workbook_name(path),
                sheet: sheet.name,
                sheets: sheet.all,
            },
        ));
    }
    Ok(sheet)
}

/// The workbook's file name, as people call it.
fn workbook_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

thread_local! {
    /// Set while this thread reads a workbook inside `catch_unwind`.
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Marks the current thread as inside the calamine guard until dropped.
struct QuietPanics(bool);

impl QuietPanics {
    fn enter() -> QuietPanics {
        QuietPanics(QUIET.with(|q| q.replace(true)))
    }
}

impl Drop for QuietPanics {
    fn drop(&mut self) {
        QUIET.with(|q| q.set(self.0));
    }
}

/// Installs, once at start-up, a panic hook that stays silent for a panic caught
/// inside `read` on the same thread (it becomes an error message) and prints every
/// other panic as usual. The hook is never swapped while threads run: swapping it
/// around each read lost other threads' panic messages in `batch`.
pub fn install_panic_hook() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !QUIET.with(|q| q.get()) {
            default(info);
        }
    }));
}

fn read_unguarded(bytes: &[u8], format: Format, path: &Path, want: Option<&str>) -> Result<Sheet> {
    // calamine trusts an OLE container (an .xls, or a password-protected .xlsx it
    // looks into) and the sheet sizes it declares; check both first, since a loop
    // or a forged size would exhaust memory.
    if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        let stream = cfb::check(bytes).map_err(|e| open_error(path, format, e))?;
        if let (Format::Xls, Some(stream)) = (format, stream) {
            cfb::check_sheets(&stream).map_err(|e| refused(path, format, e))?;
        }
    }
    if bytes.starts_with(b"PK") {
        budget::check(bytes).map_err(|e| refused(path, format, e.into()))?;
    }
    let cursor = Cursor::new(bytes);
    match format {
        Format::Xlsx => {
            let mut wb: Xlsx<_> =
                calamine::open_workbook_from_rs(cursor).map_err(|e| open_error(path, format, e))?;
            let name = pick_sheet(wb.sheets_metadata(), path, want)?;
            let merges = wb.merge_cells_by_sheet_name(&name).unwrap_or_default();
            let mut cells = BTreeMap::<u32, Vec<(u32, String)>>::new();
            let mut count = 0usize;
            let mut text_bytes = 0u64;
            {
                let mut reader = wb
                    .worksheet_cells_reader(&name)
                    .map_err(|e| open_error(path, format, e))?;
                while let Some(cell) = reader
                    .next_cell()
                    .map_err(|e| open_error(path, format, e))?
                {
                    let (r, c) = cell.get_position();
                    if c as usize >= MAX_COLUMNS {
                        continue;
                    }
                    // Counted before it is copied: 300 cells showing one 10 MB
                    // shared string would otherwise be 3 GB of copies.
                    text_bytes = text_bytes.saturating_add(text_len(cell.get_value()));
                    if text_bytes > MAX_SHEET_TEXT_BYTES {
                        return Err(refused(
                            path,
                            format,
                            Limit::SheetText {
                                limit: MAX_SHEET_TEXT_BYTES,
                            }
                            .into(),
                        ));
                    }
                    let text = Data::from(cell.get_value().clone()).to_string();
                    if !text.trim().is_empty() {
                        count += 1;
                        if count > cfb::MAX_SHEET_CELLS {
                            return Err(refused(
                                path,
                                format,
                                Limit::SheetCells {
                                    limit: cfb::MAX_SHEET_CELLS,
                                }
                                .into(),
                            ));
                        }
                        cells.entry(r).or_default().push((c, text));
                    }
                }
            }
            Ok(Sheet {
                rows: rows_from_sparse(cells, &merges),
                name,
                all: sheet_names(wb.sheets_metadata()),
            })
        }
        Format::Xls => {
            let mut wb: Xls<_> =
                calamine::open_workbook_from_rs(cursor).map_err(|e| open_error(path, format, e))?;
            let name = pick_sheet(wb.sheets_metadata(), path, want)?;
            let merges = wb.merge_cells_by_sheet_name(&name).unwrap_or_default();
            let range = wb
                .worksheet_range(&name)
                .map_err(|e| open_error(path, format, e))?;
            Ok(Sheet {
                rows: rows_from_sparse(sparse(&range), &merges),
                name,
                all: sheet_names(wb.sheets_metadata()),
            })
        }
        Format::Ods => {
            ods::check(
                bytes,
                ods::Limits {
                    cells: cfb::MAX_SHEET_CELLS as u64,
                    text_bytes: MAX_SHEET_TEXT_BYTES,
                },
            )
            .map_err(|e| refused(path, format, e))?;
            let mut wb: Ods<_> =
                calamine::open_workbook_from_rs(cursor).map_err(|e| open_error(path, format, e))?;
            let name = pick_sheet(wb.sheets_metadata(), path, want)?;
            let range = wb
                .worksheet_range(&name)
                .map_err(|e| open_error(path, format, e))?;
            Ok(Sheet {
                rows: rows_from_sparse(sparse(&range), &[]),
                name,
                all: sheet_names(wb.sheets_metadata()),
            })
        }
        Format::Delimited => Err(open_error(path, format, "not a workbook")),
    }
}

/// A bound on the bytes of a cell's text, without copying it.
fn text_len(v: &calamine::DataRef) -> u64 {
    use calamine::DataRef as D;
    match v {
        D::SharedString(s) => s.len() as u64,
        D::String(s) | D::DateTimeIso(s) | D::DurationIso(s) => s.len() as u64,
        D::Empty => 0,
        // A float prints in full (`1e300` is 301 digits).
        _ => 330,
    }
}

fn sheet_names(sheets: &[calamine::Sheet]) -> Vec<String> {
    sheets.iter().map(|s| s.name.clone()).collect()
}

/// The sheet asked for (exactly, else ignoring case and diacritics), or the first
/// visible worksheet. An unknown name lists the sheets there are.
fn pick_sheet(sheets: &[calamine::Sheet], path: &Path, want: Option<&str>) -> Result<String> {
    let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
    match want {
        Some(w) if w.trim().is_empty() => Err(Error::usage(Problem::SheetNameEmpty {
            workbook: workbook_name(path),
            sheets: names.iter().map(|n| n.to_string()).collect(),
        })),
        Some(w) => {
            if let Some(n) = names.iter().find(|n| **n == w).or_else(|| {
                let key = crate::text::fold(w);
                names.iter().find(|n| crate::text::fold(n) == key)
            }) {
                return Ok((*n).to_string());
            }
            Err(Error::input(
                Location::file(path),
                Problem::NoSuchSheet {
                    wanted: w.to_string(),
                    suggestion: suggest(w, names.iter().copied()),
                    sheets: names.iter().map(|n| n.to_string()).collect(),
                },
            ))
        }
        None => sheets
            .iter()
            .find(|s| s.typ == SheetType::WorkSheet && s.visible == SheetVisible::Visible)
            .or_else(|| sheets.first())
            .map(|s| s.name.clone())
            .ok_or_else(|| Error::input(Location::file(path), Problem::NoSheet)),
    }
}

/// A calamine range's non-empty cells by absolute row, within `MAX_COLUMNS`.
fn sparse(range: &Range<Data>) -> BTreeMap<u32, Vec<(u32, String)>> {
    let mut out = BTreeMap::<u32, Vec<(u32, String)>>::new();
    let Some((r0, c0)) = range.start() else {
        return out;
    };
    for (i, row) in range.rows().enumerate() {
        for (j, cell) in row.iter().enumerate() {
            let c = c0 as usize + j;
            if c >= MAX_COLUMNS {
                break;
            }
            if matches!(cell, Data::Empty) {
                continue;
            }
            let text = cell.to_string();
            if !text.trim().is_empty() {
                out.entry(r0.saturating_add(i as u32))
                    .or_default()
                    .push((c as u32, text));
            }
        }
    }
    out
}

/// Dense rows from column A, with the horizontal merges that cross each row.
fn rows_from_sparse(
    cells: BTreeMap<u32, Vec<(u32, String)>>,
    merges: &[Dimensions],
) -> Vec<Row<Vec<String>>> {
    let mut spans = BTreeMap::<u32, Vec<(usize, usize)>>::new();
    if merges.len() <= MAX_MERGES {
        for m in merges {
            let (a, b) = (m.start.1 as usize, m.end.1 as usize);
            if b <= a || a >= MAX_COLUMNS {
                continue;
            }
            for (r, _) in cells.range(m.start.0..=m.end.0.max(m.start.0)) {
                spans
                    .entry(*r)
                    .or_default()
                    .push((a, b.min(MAX_COLUMNS - 1)));
            }
        }
    }
    cells
        .into_iter()
        .map(|(r, row)| {
            let width = row.iter().map(|(c, _)| *c as usize + 1).max().unwrap_or(0);
            let mut dense = vec![String::new(); width];
            for (c, text) in row {
                if let Some(slot) = dense.get_mut(c as usize) {
                    *slot = text;
                }
            }
            Row {
                line: u64::from(r) + 1,
                cells: dense,
                merged: spans.remove(&r).unwrap_or_default(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures")
                .join(name),
        )
        .unwrap()
    }

    #[test]
    fn a_damaged_ole_file_fails_cleanly_under_every_reader() {
        // Found by fuzzing: calamine's .xlsx reader also walks an OLE container
        // (to detect password protection), so the chain check guards it too.
        let bytes = fixture("regress-cfb-loop.xls");
        for format in [Format::Xlsx, Format::Xls, Format::Ods] {
            assert!(read(&bytes, format, Path::new("r.xlsx"), None).is_err());
        }
    }

    #[test]
    fn reads_the_xls_fixture_with_merges() {
        let sheet = read(
            &fixture("roster.xls"),
            Format::Xls,
            Path::new("r.xls"),
            None,
        )
        .unwrap();
        assert_eq!(sheet.name, "Danh sách");
        assert_eq!(sheet.all, ["Danh sách", "Ghi chú"]);
        let footer = sheet.rows.last().unwrap();
        assert_eq!(footer.line, 11);
        assert_eq!(footer.merged, [(0, 9)]);
        // Numbers and booleans read by value.
        assert_eq!(sheet.rows[4].cells[3], "1");
        assert_eq!(sheet.rows[5].cells[3], "true");
    }
}
