//! A size check of an OpenDocument spreadsheet before calamine reads it.
//!
//! ODF compresses runs of equal cells and rows into one element with
//! `table:number-columns-repeated` / `table:number-rows-repeated`, and calamine
//! reads every sheet of the file at open, copying each repeated cell's text once
//! per copy and expanding each sheet into a dense grid. A 600-byte `.ods`
//! repeating one cell 98 million times made `dvht` use 19 GB
//! (`tests/fixtures/regress-ods-repeat.ods`); one 10 MB string repeated 200×, a
//! repeat count written with a character reference (`60&#48;0`, which calamine
//! decodes), and cells holding a value without `office:value-type` did the same
//! past an earlier, looser version of this check.
//!
//! So this walks `content.xml` event by event exactly as calamine's reader does
//! (same parser settings, same element handling, same attribute decoding, same
//! caps) and adds up, over every sheet, what calamine will hold: the cells it
//! pushes before trimming, the cells of each trimmed grid, and the text bytes of
//! every copy. Where calamine would stop with an error, the check stops too;
//! where calamine would loop forever (a sheet or a note never closed), the check
//! refuses the file.

use super::limit::{Limit, Refusal};
use quick_xml::events::{BytesStart, Event};
use std::io::{BufReader, Cursor, Read};

/// calamine's own caps on an ODS sheet.
const MAX_ROWS: u64 = 1_048_576;
const MAX_COLUMNS: u64 = 16_384;

/// Bytes a number cell's text takes at most: calamine stores the number as a
/// float and `dvht` shows it in full (`1e300` is 301 digits).
const MAX_NUMBER_TEXT: u64 = 330;

/// What the whole file costs once calamine has read it.
#[derive(Default, Debug)]
struct Cost {
    /// Cells pushed while reading rows, before each sheet is trimmed.
    pushed: u64,
    /// Cells of the trimmed dense grids.
    grid: u64,
    /// Text of every copy of every non-empty cell (value and formula).
    text: u64,
}

/// The budgets `check` enforces.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub cells: u64,
    pub text_bytes: u64,
}

type Xml<R> = quick_xml::Reader<BufReader<R>>;

/// Why the walk stopped early.
enum Stop {
    /// calamine fails here too: nothing more is built.
    CalamineFails,
    /// Over a budget, or a spot where calamine would never finish.
    Refuse(Refusal),
}

/// `Ok` when reading the `.ods` in `bytes` stays within `limits`; an archive or
/// XML calamine cannot read either is left to it.
pub fn check(bytes: &[u8], limits: Limits) -> Result<(), Refusal> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let Ok(content) = zip.by_name("content.xml") else {
        return Ok(());
    };
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(content));
    let config = xml.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    let mut walk = Walk {
        xml,
        buf: Vec::new(),
        cost: Cost::default(),
        limits,
    };
    match walk.content() {
        Ok(()) | Err(Stop::CalamineFails) => Ok(()),
        Err(Stop::Refuse(why)) => Err(why),
    }
}

/// The raw value of the first attribute named `name`, as calamine's `raw_attr`
/// finds it.
fn raw_attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .map_while(|a| a.ok())
        .find(|a| a.key.as_ref() == name)
        .map(|a| a.value.into_owned())
}

/// A count as calamine reads it: the attribute decoded (`&#48;` is `0`) and
/// parsed as an unsigned integer; `None` when calamine fails on it.
fn count(s: &str, decode: bool) -> Option<u64> {
    if decode {
        quick_xml::escape::unescape(s).ok()?.parse().ok()
    } else {
        s.parse().ok()
    }
}

/// A bound on the text of a number as calamine's float prints: the digits
/// written plus the zeros an exponent adds.
fn number_text(s: &str) -> u64 {
    let s = s.trim();
    match s.find(['e', 'E']) {
        None => s.len() as u64 + 2,
        Some(i) => {
            let exp: i64 = s[i + 1..].parse().unwrap_or(i64::MAX);
            (i as u64 + exp.unsigned_abs() + 3).min(MAX_NUMBER_TEXT)
        }
    }
}

/// One `table:table-cell` as calamine sees it.
struct Cell {
    repeats: u64,
    /// Holds a value or a formula (calamine pushes it, not an empty run).
    filled: bool,
    /// Text bytes of one copy.
    text: u64,
}

struct Walk<R: Read> {
    xml: Xml<R>,
    buf: Vec<u8>,
    cost: Cost,
    limits: Limits,
}

impl<R: Read> Walk<R> {
    fn next(&mut self) -> Result<Event<'static>, Stop> {
        self.buf.clear();
        match self.xml.read_event_into(&mut self.buf) {
            Ok(e) => Ok(e.into_owned()),
            Err(_) => Err(Stop::CalamineFails),
        }
    }

    fn over(&self) -> Result<(), Stop> {
        let l = self.limits;
        let c = &self.cost;
        if c.pushed > l.cells || c.grid > l.cells {
            return Err(Stop::Refuse(
                Limit::SheetCells {
                    limit: super::cfb::MAX_SHEET_CELLS,
                }
                .into(),
            ));
        }
        if c.text > l.text_bytes {
            return Err(Stop::Refuse(
                Limit::SheetText {
                    limit: super::MAX_SHEET_TEXT_BYTES,
                }
                .into(),
            ));
        }
        Ok(())
    }

    /// calamine's `parse_content`: sheets are the named `table:table` elements.
    fn content(&mut self) -> Result<(), Stop> {
        loop {
            match self.next()? {
                Event::Start(e)
                    if e.name().as_ref() == "table:table"
                        && raw_attr(&e, "table:name").is_some() =>
                {
                    self.table()?;
                }
                Event::Eof => return Ok(()),
                _ => {}
            }
        }
    }

    /// calamine's `read_table` and `get_range`.
    fn table(&mut self) -> Result<(), Stop> {
        let mut total_rows = 0u64;
        // Expanded row span from the first non-empty row element to the last.
        let mut first: Option<u64> = None;
        let mut last_end = 0u64;
        let (mut col_min, mut col_max) = (u64::MAX, 0u64);
        loop {
            match self.next()? {
                Event::Start(e) if e.name().as_ref() == "table:table-row" => {
                    let repeats = match raw_attr(&e, "table:number-rows-repeated") {
                        Some(v) => count(&v, true).ok_or(Stop::CalamineFails)?,
                        None => 1,
                    };
                    let repeats = repeats.min(MAX_ROWS.saturating_sub(total_rows));
                    let start = total_rows;
                    total_rows += repeats;
                    if let Some((lo, hi)) = self.row(repeats)? {
                        first.get_or_insert(start);
                        last_end = total_rows;
                        col_min = col_min.min(lo);
                        col_max = col_max.max(hi);
                        self.add_grid(first, last_end, col_min, col_max, 0)?;
                    }
                }
                Event::End(e) if e.name().as_ref() == "table:table" => break,
                Event::Eof => {
                    return Err(Stop::Refuse(
                        "a sheet (`table:table`) is never closed, which the workbook reader cannot finish"
                            .to_string().into(),
                    ))
                }
                _ => {}
            }
        }
        self.add_grid(first, last_end, col_min, col_max, 1)
    }

    /// Adds (`commit` = 1) or only checks the grid of the sheet read so far.
    fn add_grid(
        &mut self,
        first: Option<u64>,
        last_end: u64,
        col_min: u64,
        col_max: u64,
        commit: u64,
    ) -> Result<(), Stop> {
        let Some(first) = first else {
            return Ok(());
        };
        let cells = (last_end - first).saturating_mul(col_max + 1 - col_min);
        self.cost.grid = self.cost.grid.saturating_add(cells);
        let r = self.over();
        if commit == 0 || r.is_err() {
            self.cost.grid -= cells.min(self.cost.grid);
        }
        r
    }

    /// calamine's `read_row`; the columns of the row's first and last
    /// non-empty cell, if any. Text is counted `row_repeats` times.
    fn row(&mut self, row_repeats: u64) -> Result<Option<(u64, u64)>, Stop> {
        let mut cols = 0u64; // cells pushed in this row
        let mut empty_run = 0u64;
        let mut span: Option<(u64, u64)> = None;
        loop {
            match self.next()? {
                Event::Start(e)
                    if matches!(
                        e.name().as_ref(),
                        "table:table-cell" | "table:covered-table-cell"
                    ) =>
                {
                    let cell = self.cell(&e)?;
                    let run = empty_run.min(MAX_COLUMNS.saturating_sub(cols));
                    cols += run;
                    self.cost.pushed += run;
                    empty_run = 0;
                    let n = cell.repeats.min(MAX_COLUMNS.saturating_sub(cols));
                    if cell.filled {
                        if n > 0 {
                            span =
                                Some(span.map_or((cols, cols + n - 1), |(a, _)| (a, cols + n - 1)));
                        }
                        cols += n;
                        self.cost.pushed += n;
                        self.cost.text = self.cost.text.saturating_add(
                            cell.text
                                .saturating_mul(n)
                                .saturating_mul(row_repeats.max(1)),
                        );
                        self.over()?;
                    } else {
                        empty_run = n;
                    }
                }
                Event::End(e) if e.name().as_ref() == "table:table-row" => return Ok(span),
                _ => return Err(Stop::CalamineFails),
            }
        }
    }

    /// calamine's `get_datatype`, then the skip to the cell's end.
    fn cell(&mut self, e: &BytesStart) -> Result<Cell, Stop> {
        let repeats = match raw_attr(e, "table:number-columns-repeated") {
            // calamine parses this one undecoded; decoding as well only ever
            // counts more.
            Some(v) => match (count(&v, false), count(&v, true)) {
                (None, None) => return Err(Stop::CalamineFails),
                (a, b) => a.unwrap_or(0).max(b.unwrap_or(0)),
            },
            None => 1,
        };
        let (mut is_string, mut is_error, mut value_set) = (false, false, false);
        let mut empty_string_value = false;
        let mut text = 0u64;
        let mut formula = 0u64;
        for a in e.attributes().with_checks(false).map_while(|a| a.ok()) {
            let v = a.value.as_ref();
            match a.key.as_ref() {
                "office:value" if !value_set => {
                    text = number_text(v);
                    value_set = true;
                }
                "office:string-value" | "office:date-value" | "office:time-value" if !value_set => {
                    text = v.len() as u64;
                    empty_string_value = v.is_empty();
                    value_set = true;
                }
                "office:boolean-value" if !value_set => {
                    text = 5;
                    value_set = true;
                }
                "office:value-type" if !value_set => is_string = v == "string",
                "calcext:value-type" => is_error = v == "error",
                "table:formula" => formula = v.len() as u64,
                _ => {}
            }
        }
        let content = (!value_set && is_string) || (is_error && empty_string_value);
        if content {
            text = self.cell_text()?;
        } else {
            self.skip_to_end(e.name().as_ref().to_string())?;
        }
        Ok(Cell {
            repeats,
            filled: value_set || content || formula > 0,
            text: text + formula,
        })
    }

    /// The text bytes of a string cell's content, read up to the first end of a
    /// cell as calamine reads it.
    fn cell_text(&mut self) -> Result<u64, Stop> {
        let mut n = 0u64;
        loop {
            match self.next()? {
                Event::Text(t) => n += t.len() as u64,
                Event::GeneralRef(_) => n += 4,
                Event::End(e)
                    if matches!(
                        e.name().as_ref(),
                        "table:table-cell" | "table:covered-table-cell"
                    ) =>
                {
                    return Ok(n)
                }
                Event::Start(e) if e.name().as_ref() == "office:annotation" => loop {
                    match self.next()? {
                        Event::End(e) if e.name().as_ref() == "office:annotation" => break,
                        Event::Eof => {
                            return Err(Stop::Refuse(
                                "a cell's note (`office:annotation`) is never closed, which the workbook reader cannot finish"
                                    .to_string().into(),
                            ))
                        }
                        _ => {}
                    }
                },
                Event::Start(e) if e.name().as_ref() == "text:s" => {
                    n = n.saturating_add(match raw_attr(&e, "text:c") {
                        Some(v) => count(&v, true).ok_or(Stop::CalamineFails)?,
                        None => 1,
                    });
                    // One cell's spaces alone can be a bomb (`text:c="1000000000"`).
                    if n > self.limits.text_bytes {
                        self.cost.text = n;
                        self.over()?;
                    }
                }
                Event::Start(_) => n += 1,
                Event::Eof => return Err(Stop::CalamineFails),
                _ => {}
            }
        }
    }

    /// quick-xml's `read_to_end_into`: to the matching end tag of `name`.
    fn skip_to_end(&mut self, name: String) -> Result<(), Stop> {
        let mut depth = 0u64;
        loop {
            match self.next()? {
                Event::Start(e) if e.name().as_ref() == name.as_str() => depth += 1,
                Event::End(e) if e.name().as_ref() == name.as_str() => {
                    if depth == 0 {
                        return Ok(());
                    }
                    depth -= 1;
                }
                Event::Eof => return Err(Stop::CalamineFails),
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const LIMITS: Limits = Limits {
        cells: 4 << 20,
        text_bytes: 32 << 20,
    };

    fn ods(body: &str) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let o = zip::write::SimpleFileOptions::default();
        zip.start_file("content.xml", o).unwrap();
        write!(
            zip,
            r#"<?xml version="1.0"?><office:document-content><office:body><office:spreadsheet><table:table table:name="A">{body}</table:table></office:spreadsheet></office:body></office:document-content>"#
        )
        .unwrap();
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn the_fixture_is_small_and_the_bombs_are_not() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let ok = std::fs::read(dir.join("roster.ods")).unwrap();
        assert_eq!(check(&ok, LIMITS), Ok(()));
        let bomb = std::fs::read(dir.join("regress-ods-repeat.ods")).unwrap();
        let e = check(&bomb, LIMITS).unwrap_err().to_string();
        assert!(e.contains("the limit dvht reads"), "{e}");
        assert_eq!(check(b"PK\x03\x04 not a zip", LIMITS), Ok(()));
    }

    #[test]
    fn values_without_a_type_references_and_bytes_all_count() {
        let row = |attrs: &str, rows: &str| {
            format!(
                r#"<table:table-row table:number-rows-repeated="{rows}"><table:table-cell {attrs} table:number-columns-repeated="200"/></table:table-row>"#
            )
        };
        for attrs in [r#"office:value="1""#, r#"office:string-value="x""#] {
            let e = check(&ods(&row(attrs, "600000")), LIMITS)
                .unwrap_err()
                .to_string();
            assert!(e.contains("cells"), "{e}");
        }
        let e = check(&ods(&row(r#"office:value="1""#, "60&#48;000")), LIMITS)
            .unwrap_err()
            .to_string();
        assert!(e.contains("cells"), "{e}");
        let big = "x".repeat(1 << 20);
        let cell = format!(r#"office:string-value="{big}""#);
        let e = check(&ods(&row(&cell, "1")), LIMITS)
            .unwrap_err()
            .to_string();
        assert!(e.contains("32 MiB of text"), "{e}");
        let spaces = r#"<table:table-row><table:table-cell office:value-type="string"><text:p><text:s text:c="1000000000"/></text:p></table:table-cell></table:table-row>"#;
        assert!(check(&ods(spaces), LIMITS)
            .unwrap_err()
            .to_string()
            .contains("text"));
        // A small sheet passes.
        assert_eq!(
            check(&ods(&row(r#"office:value="1""#, "10")), LIMITS),
            Ok(())
        );
    }

    #[test]
    fn a_sheet_never_closed_is_refused() {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("content.xml", zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(br#"<office:spreadsheet><table:table table:name="A"><table:table-row>"#)
            .unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        // The row is cut short: calamine fails on it, nothing to refuse.
        assert_eq!(check(&bytes, LIMITS), Ok(()));
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("content.xml", zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(br#"<table:table table:name="A"><table:table-column/>"#)
            .unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        assert!(check(&bytes, LIMITS)
            .unwrap_err()
            .to_string()
            .contains("never closed"));
    }
}
