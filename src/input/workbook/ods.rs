//! A size check of an OpenDocument spreadsheet before calamine reads it.
//!
//! ODF compresses runs of equal cells and rows into one element with
//! `table:number-columns-repeated` / `table:number-rows-repeated`, and calamine
//! expands each sheet into a dense grid of up to 100 million cells. A 600-byte
//! `.ods` repeating one non-empty cell 200 × 490 000 times made `dvht` use 19 GB
//! (`tests/fixtures/regress-ods-repeat.ods`). This streams `content.xml` the way
//! calamine reads it and measures each sheet's grid — the bounding box of its
//! non-empty cells, repeats expanded — before any of it is built.

use quick_xml::events::{BytesStart, Event};
use std::io::{BufReader, Cursor};

/// calamine's own caps on an ODS sheet.
const MAX_ROWS: u64 = 1_048_576;
const MAX_COLUMNS: u64 = 16_384;

fn repeats(e: &BytesStart, name: &str) -> u64 {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .and_then(|a| a.value.trim().parse().ok())
        .unwrap_or(1)
}

fn has_attr(e: &BytesStart, name: &str) -> bool {
    e.try_get_attribute(name).ok().flatten().is_some()
}

/// The bounding box of the non-empty cells of one sheet, repeats expanded.
#[derive(Default)]
struct Sheet {
    rows: Option<(u64, u64)>,
    cols: Option<(u64, u64)>,
}

impl Sheet {
    fn cells(&self) -> u64 {
        match (self.rows, self.cols) {
            (Some((r0, r1)), Some((c0, c1))) => (r1 - r0 + 1).saturating_mul(c1 - c0 + 1),
            _ => 0,
        }
    }
}

fn widen(span: &mut Option<(u64, u64)>, lo: u64, hi: u64) {
    *span = Some(span.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi))));
}

/// `Ok` when no sheet of the `.ods` in `bytes` would make a grid of more than
/// `max_cells` cells; an archive or XML calamine cannot read either is left to it.
pub fn check(bytes: &[u8], max_cells: u64) -> Result<(), String> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let Ok(content) = zip.by_name("content.xml") else {
        return Ok(());
    };
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(content));
    xml.config_mut().expand_empty_elements = true;
    xml.config_mut().trim_text(false);

    let mut buf = Vec::new();
    let mut sheet = Sheet::default();
    let mut row = 0u64; // first row of the current row element
    let mut row_repeat = 1u64;
    let mut row_cols: Option<(u64, u64)> = None; // non-empty columns of the current row
    let mut col = 0u64;
    // The cell being read: its first column, repeat count, and whether it holds anything.
    let mut cell: Option<(u64, u64, bool)> = None;
    loop {
        let event = match xml.read_event_into(&mut buf) {
            Ok(Event::Eof) | Err(_) => break,
            Ok(e) => e,
        };
        match event {
            Event::Start(e) => match e.name().as_ref() {
                "table:table" => {
                    sheet = Sheet::default();
                    row = 0;
                }
                "table:table-row" => {
                    row_repeat = repeats(&e, "table:number-rows-repeated")
                        .min(MAX_ROWS.saturating_sub(row))
                        .max(1);
                    row_cols = None;
                    col = 0;
                }
                "table:table-cell" | "table:covered-table-cell" => {
                    let n = repeats(&e, "table:number-columns-repeated")
                        .min(MAX_COLUMNS.saturating_sub(col))
                        .max(1);
                    let valued = has_attr(&e, "office:value-type") || has_attr(&e, "table:formula");
                    cell = Some((col, n, valued));
                }
                _ => {}
            },
            Event::Text(t) => {
                if let Some((_, _, filled)) = cell.as_mut() {
                    if t.chars().any(|c| !c.is_whitespace()) {
                        *filled = true;
                    }
                }
            }
            Event::End(e) => match e.name().as_ref() {
                "table:table-cell" | "table:covered-table-cell" => {
                    if let Some((first, n, filled)) = cell.take() {
                        if filled {
                            widen(&mut row_cols, first, first + n - 1);
                        }
                        col = col.saturating_add(n);
                    }
                }
                "table:table-row" => {
                    if let Some((c0, c1)) = row_cols {
                        widen(&mut sheet.rows, row, row + row_repeat - 1);
                        widen(&mut sheet.cols, c0, c1);
                        if sheet.cells() > max_cells {
                            break;
                        }
                    }
                    row = row.saturating_add(row_repeat);
                }
                "table:table" if sheet.cells() > max_cells => break,
                _ => {}
            },
            _ => {}
        }
        buf.clear();
    }
    let cells = sheet.cells();
    if cells > max_cells {
        let (r0, r1) = sheet.rows.unwrap_or_default();
        let (c0, c1) = sheet.cols.unwrap_or_default();
        return Err(format!(
            "a sheet's cells span {} rows × {} columns ({cells} cells, repeated cells expanded), more than the {max_cells} dvht reads from an .ods (delete stray cells far from the list, or save it as .xlsx)",
            r1 - r0 + 1,
            c1 - c0 + 1
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fixture_is_small_and_a_repeat_bomb_is_not() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let ok = std::fs::read(dir.join("roster.ods")).unwrap();
        assert_eq!(check(&ok, 100), Ok(()));
        let bomb = std::fs::read(dir.join("regress-ods-repeat.ods")).unwrap();
        let e = check(&bomb, 4 << 20).unwrap_err();
        assert!(e.contains("490001 rows × 200 columns"), "{e}");
        assert_eq!(check(b"PK\x03\x04 not a zip", 10), Ok(()));
    }
}
