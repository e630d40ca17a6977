//! Finding the header row (under a title block, maybe) and mapping its headers to
//! columns: the one place that decides which cell holds what.

use super::cell::{shown, Found};
use super::Place;
use crate::error::{Error, Location, Problem, Result};
use crate::input::sheet::{blank, cells, Cells, Row, RowSource};
use crate::text::legacy;
use crate::vocab::{self, CellKind, ColumnDef};

/// How many non-blank rows are searched for the header row under a title block.
pub const HEADER_SCAN: usize = 30;

pub(super) fn is_blank<C: Cells>(c: &C) -> bool {
    (0..c.width()).all(|i| blank(c.bytes(i).unwrap_or_default()))
}

/// Whether a row names the `name` column, and how many other known columns.
fn classify<C: Cells>(c: &C) -> (bool, usize) {
    let mut name = false;
    let mut others = 0;
    for v in cells(c) {
        match vocab::column_for_header(v) {
            Some(d) if d.name == "name" => name = true,
            Some(_) => others += 1,
            None => {}
        }
    }
    (name, others)
}

/// A legacy-font (VNI, TCVN3) error for `text` at a cell, if it looks typed with one.
/// `column`: the header of the cell's column; `None` for a header cell.
pub(super) fn legacy_error(
    place: &Place,
    line: u64,
    index: usize,
    text: &str,
    column: Option<&str>,
) -> Option<Error> {
    let font = legacy::detect(text)?;
    Some(Error::input(
        place.at(line, Some(index)),
        Problem::LegacyFont {
            column: column.map(str::to_string),
            value: shown(text),
            font,
        },
    ))
}

/// The legacy-font error for the first cell of a header row that matches no column
/// and looks typed with a legacy font.
fn legacy_header<C: Cells>(row: &Row<C>, place: &Place) -> Option<Error> {
    cells(&row.cells).enumerate().find_map(|(i, v)| {
        if vocab::column_for_header(v).is_some() {
            return None;
        }
        legacy_error(place, row.line, i, v, None)
    })
}

pub(super) fn accepted_headers(def: &ColumnDef) -> Vec<String> {
    std::iter::once(def.name)
        .chain(def.aliases.iter().copied())
        .map(str::to_string)
        .collect()
}

/// The header row, and the rows scanned after it (read while looking for it).
type Found2<C> = (Row<C>, Vec<Row<C>>);

/// Finds the header: the first row naming `name` and another known column (a
/// title block above it — school name, title, date — is skipped), else the first
/// row naming `name`.
pub(super) fn find<S: RowSource>(rows: &mut S, place: &Place) -> Result<Found2<S::Cells>> {
    let mut scanned: Vec<Row<S::Cells>> = Vec::new();
    let mut header_at = None;
    while let Some(row) = rows.next_row()? {
        if is_blank(&row.cells) {
            continue;
        }
        let (name, others) = classify(&row.cells);
        scanned.push(row.clone());
        if name && others >= 1 {
            header_at = Some(scanned.len() - 1);
            break;
        }
        if scanned.len() >= HEADER_SCAN {
            break;
        }
    }
    if scanned.is_empty() {
        return Err(Error::input(
            Location::file(place.path()),
            Problem::EmptyRoster,
        ));
    }
    let Some(at) = header_at.or_else(|| scanned.iter().position(|r| classify(&r.cells).0)) else {
        if let Some(e) = scanned.iter().find_map(|r| legacy_header(r, place)) {
            return Err(e);
        }
        let def = vocab::column("name").expect("`name` is a known column");
        let first = &scanned[0];
        return Err(Error::input(
            place.at(first.line, None),
            Problem::NoHeader {
                scanned: scanned.len(),
                accepted: accepted_headers(def),
                other_sheets: place.other_sheets(),
            },
        ));
    };
    let mut rest = scanned.split_off(at);
    let header = rest.remove(0);
    Ok((header, rest))
}

/// Maps the header's cells to columns and checks that `name` and every column in
/// `needed` are there, each once. Returns only the columns that will be read.
pub(super) fn columns<C: Cells>(
    header: &Row<C>,
    place: &Place,
    needed: &[&str],
) -> Result<Vec<Found>> {
    let header_line = header.line;
    let mut found: Vec<Found> = Vec::new();
    for (index, cell) in cells(&header.cells).enumerate() {
        let Some(def) = vocab::column_for_header(cell) else {
            continue;
        };
        if let Some(prev) = found.iter().find(|f| f.def.name == def.name) {
            let other_column = match place {
                Place::Text(_) => (prev.index + 1).to_string(),
                Place::Sheet { .. } => crate::error::column_letters(prev.index as u64 + 1),
            };
            return Err(Error::input(
                place.at(header_line, Some(index)),
                Problem::DuplicateColumn {
                    header: shown(cell),
                    other: prev.header.clone(),
                    other_column,
                    canonical: def.name,
                },
            ));
        }
        let end = header
            .merged
            .iter()
            .find(|(a, _)| *a == index)
            .map_or(index, |(_, b)| *b);
        found.push(Found::new(index, end, def, shown(cell)));
    }
    for name in std::iter::once(&"name").chain(needed.iter()) {
        if !found.iter().any(|f| f.def.name == *name) {
            // Headers typed with a legacy font match nothing: say so, not "missing".
            if let Some(e) = legacy_header(header, place) {
                return Err(e);
            }
            let def = vocab::column(name).expect("rubrics only name known columns");
            return Err(Error::input(
                place.at(header_line, None),
                Problem::MissingColumn {
                    name: name.to_string(),
                    header_vi: def.header_vi,
                    accepted: accepted_headers(def),
                    other_sheets: place.other_sheets(),
                },
            ));
        }
    }
    // Read only what is needed: unused columns may hold anything.
    found.retain(|f| f.def.kind == CellKind::Text || needed.contains(&f.def.name));
    Ok(found)
}
