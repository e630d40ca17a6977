//! Reading the rows after the header into members, until the list ends.
//!
//! Office rosters end with a totals row (`Tổng cộng: 25 người`, often with a count
//! under each column), blank rows and a signature block (`Người lập biểu`,
//! `Hà Nội, ngày 10 tháng 01 năm 2025`, `HIỆU TRƯỞNG`, `(Ký, ghi rõ họ tên)`).
//! The first such row ends the member list (SPEC.md); a warning names it.

use super::cell::{shown, trimmed, Found, Problems};
use super::header::{is_blank, legacy_error};
use super::{Member, Place, Read};
use crate::error::{Error, Problem, Result};
use crate::input::sheet::{blank, cell_text, Cells, Row, RowSource};
use crate::t;
use crate::text::{fold, fold_cell, nfc};
use crate::vocab::{self, CellKind, Exclusion};
use crate::warning::Warning;

/// Phrases that begin a footer row, folded. A one-word phrase must not be followed
/// by a letter: `Cộng: 25` is a footer, `Công Thị Hoa` (folded alike) a member.
const FOOTER_PHRASES: &[&str] = &[
    "tong cong",
    "tong so",
    "cong",
    "tong",
    "nguoi lap bieu",
    "nguoi lap bang",
    "nguoi lap",
    "thu truong don vi",
    "thu truong",
    "hieu truong",
    "pho hieu truong",
    "giam doc",
    "xac nhan",
    "ky ten",
    "(ky",
    "ky, ghi ro",
    "ky ghi ro",
];

/// Whether a cell's text begins a footer: a phrase of `FOOTER_PHRASES`, or a
/// place-and-date line (`Hà Nội, ngày 10 tháng 01 năm 2025`, `Ngày … tháng … năm …`).
pub fn is_footer_text(cell: &str) -> bool {
    let f = fold(cell.trim());
    if f.is_empty() {
        return false;
    }
    for p in FOOTER_PHRASES {
        if let Some(rest) = f.strip_prefix(p) {
            let next = rest.trim_start().chars().next();
            let one_word = !p.contains(' ') && !p.starts_with('(');
            let ok = if one_word {
                next.is_none_or(|c| !c.is_alphabetic())
            } else {
                rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
            };
            if ok {
                return true;
            }
        }
    }
    is_date_line(&f)
}

/// `…, ngày … tháng … năm …` (folded): the three words in that order with only
/// numbers (or nothing, a form left to fill) between them, and a comma before
/// `ngày` unless it comes first.
fn is_date_line(f: &str) -> bool {
    let words: Vec<&str> = f
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let numeric = |w: &&str| w.chars().all(|c| c.is_ascii_digit());
    let Some(i) = words.iter().position(|w| *w == "ngay") else {
        return false;
    };
    let before_ok = i == 0 || f.split("ngay").next().is_some_and(|b| b.contains(','));
    let rest = &words[i + 1..];
    let Some(j) = rest.iter().position(|w| *w == "thang") else {
        return false;
    };
    let Some(k) = rest[j + 1..].iter().position(|w| *w == "nam") else {
        return false;
    };
    before_ok && rest[..j].iter().all(numeric) && rest[j + 1..j + 1 + k].iter().all(numeric)
}

/// Whether a row ends the member list: its name cell, or the first filled cell at
/// or left of the name column (`Tổng cộng` often sits under `STT`), begins a
/// footer; or every filled cell of it is a footer phrase (a signature line whose
/// texts stand under other columns).
fn ends_list<C: Cells>(cells: &C, name: (usize, usize)) -> bool {
    let text = |i: usize| cells.cell(i).unwrap_or("");
    let filled: Vec<usize> = (0..cells.width())
        .filter(|&i| !blank(cells.bytes(i).unwrap_or_default()))
        .collect();
    let Some(&first) = filled.first() else {
        return false;
    };
    if is_footer_text(text(name.0)) || (first <= name.1 && is_footer_text(text(first))) {
        return true;
    }
    filled.iter().all(|&i| is_footer_text(text(i)))
}

/// Reads the rows after the header: the ones already scanned, then the rest.
/// Bad cells go into `problems`; reading goes on.
pub(super) fn read<S: RowSource>(
    header: &Row<S::Cells>,
    mut found: Vec<Found>,
    scanned: Vec<Row<S::Cells>>,
    rows: &mut S,
    place: &Place,
    needed: &[&str],
    problems: &mut Problems,
) -> Result<Read> {
    let name_col = found
        .iter()
        .find(|f| f.def.name == "name")
        .map(|f| (f.index, f.end))
        .expect("`header::columns` checked `name`");
    let mut reader = Reader {
        header_line: header.line,
        width: header.cells.width(),
        name_col,
        ragged_is_error: matches!(place, Place::Text(_)),
        place,
        members: Vec::new(),
        warnings: Vec::new(),
    };
    let mut ended: Option<(u64, String)> = None;
    for row in &scanned {
        if reader.row(row, &mut found, problems) {
            ended = Some((row.line, footer_text(&row.cells, name_col)));
            break;
        }
    }
    if ended.is_none() {
        while let Some(row) = rows.next_row()? {
            if reader.row(row, &mut found, problems) {
                ended = Some((row.line, footer_text(&row.cells, name_col)));
                break;
            }
        }
    }
    if let Some((line, text)) = ended {
        // Rows after the footer are not members; say so if some look like members
        // (a name and a value in a column read), so a footer typed mid-list shows.
        let read_cols: Vec<usize> = found
            .iter()
            .filter(|f| needed.contains(&f.def.name))
            .map(|f| f.index)
            .collect();
        let mut after = 0u64;
        let mut rest = |row: &Row<S::Cells>| {
            let c = &row.cells;
            let has = |i: usize| !blank(c.bytes(i).unwrap_or_default());
            if has(name_col.0) && read_cols.iter().any(|&i| has(i)) && !ends_list(c, name_col) {
                after += 1;
            }
        };
        for row in scanned.iter().filter(|r| r.line > line) {
            rest(row);
        }
        // An unreadable row after the end of the list does not matter.
        while let Ok(Some(row)) = rows.next_row() {
            rest(row);
        }
        let at = place.at(line, None).to_string();
        reader
            .warnings
            .push(Warning::localized("roster-footer", |lang| {
                let more = if after > 0 {
                    t!(
                        lang,
                        "warning-roster-footer-more",
                        after = after.to_string()
                    )
                } else {
                    String::new()
                };
                t!(
                    lang,
                    "warning-roster-footer",
                    at = &at,
                    line = place.line_word(line, lang),
                    text = &text,
                    more = more,
                )
            }));
    }
    Ok(Read {
        members: reader.members,
        header_line: header.line,
        warnings: reader.warnings,
    })
}

/// The footer text to quote: the first filled cell.
fn footer_text<C: Cells>(c: &C, _name: (usize, usize)) -> String {
    (0..c.width())
        .map(|i| c.cell(i).unwrap_or(""))
        .find(|t| !t.trim().is_empty())
        .map(shown)
        .unwrap_or_default()
}

struct Reader<'p, 'a> {
    header_line: u64,
    width: usize,
    name_col: (usize, usize),
    ragged_is_error: bool,
    place: &'p Place<'a>,
    members: Vec<Member>,
    warnings: Vec<Warning>,
}

impl Reader<'_, '_> {
    /// Reads one row after the header into `members` (blank and non-member rows
    /// skip). Returns true when the row is a footer: the list ends there.
    fn row<C: Cells>(
        &mut self,
        row: &Row<C>,
        found: &mut [Found],
        problems: &mut Problems,
    ) -> bool {
        let line = row.line;
        let record = &row.cells;
        let place = self.place;
        let blank_at = |i: usize| blank(record.bytes(i).unwrap_or_default());
        if is_blank(record) {
            return false; // blank rows, inside the list or at the end of Excel exports
        }
        if ends_list(record, self.name_col) {
            return true;
        }
        // A row merged across the name column (a section title such as "Tổ Toán")
        // is not a member.
        let name_col = self.name_col;
        if row
            .merged
            .iter()
            .any(|&(a, b)| a <= name_col.0 && name_col.0 <= b && (a, b) != name_col)
        {
            return false;
        }
        let width = self.width;
        let header_line = self.header_line;
        if self.ragged_is_error
            && (record.width() < width || (width..record.width()).any(|i| !blank_at(i)))
        {
            problems.push(Error::input(
                place.at(line, None),
                Problem::RaggedRow {
                    fields: record.width(),
                    header_line,
                    width,
                },
            ));
            return false;
        }
        // A row with nothing in any column read (only a serial number, say) is an
        // unused line of a template, not a member.
        if found.iter().all(|f| (f.index..=f.end).all(blank_at)) {
            return false;
        }
        let mut m = Member {
            line,
            id: None,
            name: String::new(),
            role: None,
            excluded: None,
            yes: 0,
            title: 0,
        };
        let mut bad = false;
        for f in found.iter_mut() {
            let raw = record.bytes(f.index).unwrap_or_default();
            if let Err(e) = read_cell(&mut m, f, raw, record, place, line) {
                problems.push(e);
                bad = true;
            }
        }
        if m.excluded.as_deref() == Some("") {
            // A bare yes-word: not counted, but nobody said why.
            let col = found.iter().find(|f| f.def.name == "excluded");
            let typed = col
                .map(|f| shown(cell_text(record.bytes(f.index).unwrap_or_default())))
                .unwrap_or_default();
            let at = place.at(line, col.map(|f| f.index)).to_string();
            m.excluded = Some(typed.clone());
            self.warnings
                .push(Warning::localized("excluded-no-reason", |lang| {
                    t!(
                        lang,
                        "warning-excluded-no-reason",
                        at = &at,
                        name = &m.name,
                        typed = &typed,
                    )
                }));
        }
        if m.name.is_empty() {
            problems.push(Error::input(
                place.at(line, Some(name_col.0)),
                Problem::EmptyName,
            ));
            return false;
        }
        if !bad {
            self.members.push(m);
        }
        false
    }
}

/// Reads one cell of `f`'s column into `m`; an `Err` says what is wrong with it.
fn read_cell<C: Cells>(
    m: &mut Member,
    f: &mut Found,
    raw: &[u8],
    record: &C,
    place: &Place,
    line: u64,
) -> Result<()> {
    let index = f.index;
    // A cell that is not accepted: typed with a legacy font, or just wrong.
    let bad = |f: &Found, problem: Problem| {
        legacy_error(place, line, index, cell_text(raw), Some(&f.header))
            .unwrap_or_else(|| Error::input(place.at(line, Some(index)), problem))
    };
    let v = || shown(cell_text(raw));
    match f.def.kind {
        CellKind::Text => {
            let joined;
            let text = if f.end > f.index {
                joined = (f.index..=f.end)
                    .map(|i| record.cell(i).unwrap_or("").trim())
                    .filter(|v| !v.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                joined.as_str()
            } else {
                trimmed(raw)
            };
            let text = text.trim();
            let value = (!text.is_empty()).then(|| nfc(text));
            match f.def.name {
                "id" => m.id = value,
                "name" => m.name = value.unwrap_or_default(),
                "role" => m.role = value,
                "excluded" => {
                    m.excluded = match vocab::parse_exclusion(&fold_cell(text)) {
                        Exclusion::Counted => None,
                        // Marked for the row to warn about: no reason given.
                        Exclusion::NoReason => Some(String::new()),
                        Exclusion::Reason => value,
                    }
                }
                _ => {}
            }
        }
        CellKind::YesNo => match f.read(raw, |t| vocab::parse_yes_no(t).map(u8::from)) {
            Some(yes) => {
                if yes == 1 {
                    m.yes |= f.bit;
                }
            }
            None => {
                return Err(bad(
                    f,
                    Problem::BadYesNo {
                        column: f.header.clone(),
                        value: v(),
                        accepted: vocab::YES_NO_ACCEPTED,
                    },
                ));
            }
        },
        CellKind::Title => match f.read(raw, vocab::parse_title) {
            Some(rank) => m.title = rank,
            None => {
                return Err(bad(
                    f,
                    Problem::BadTitle {
                        column: f.header.clone(),
                        value: v(),
                        accepted: vocab::TITLES_ACCEPTED,
                    },
                ));
            }
        },
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footers_are_recognised_and_names_are_not() {
        for f in [
            "Tổng cộng: 25 người",
            "TỔNG SỐ",
            "Cộng",
            "Cộng: 25",
            "Người lập biểu",
            "NGƯỜI LẬP BẢNG",
            "Thủ trưởng đơn vị",
            "HIỆU TRƯỞNG",
            "Giám đốc",
            "Xác nhận của Ban giám hiệu",
            "Ký tên",
            "(Ký, ghi rõ họ tên, đóng dấu)",
            "Hà Nội, ngày 10 tháng 01 năm 2025",
            "Tuy Phước, ngày    tháng    năm 2024",
            "Ngày 10 tháng 1 năm 2025",
        ] {
            assert!(is_footer_text(f), "{f}");
        }
        for n in [
            "Công Thị Hoa",
            "Tống Văn Nam",
            "Nguyễn Văn Cộng",
            "Ngày Văn Tháng",
            "Giáo viên",
            "",
        ] {
            assert!(!is_footer_text(n), "{n}");
        }
    }
}
