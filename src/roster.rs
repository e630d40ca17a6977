//! The staff roster: one row per member (SPEC.md). Headers are matched by meaning
//! (`vocab::column_for_header`); only the columns a rubric reads are required, and
//! every bad cell is an error naming its file, line, column and value.

use crate::error::{display_path, Error, Location, Result};
use crate::input::{self, Dialect};
use crate::text::{fold_cell, nfc};
use crate::vocab::{self, CellKind, ColumnDef};
use std::collections::HashMap;
use std::path::Path;

#[derive(Debug, Clone)]
pub struct Member {
    /// Physical line in the file (the header is line 1).
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

#[derive(Debug, Clone)]
pub struct Roster {
    /// The path as given, for messages.
    pub source: String,
    pub members: Vec<Member>,
    pub dialect: Dialect,
    pub sha256: String,
}

impl Roster {
    pub fn counted(&self) -> usize {
        self.members.iter().filter(|m| m.counted()).count()
    }
}

/// Reads a roster (a path or `-`), requiring the columns in `needed`.
pub fn read(path: &Path, needed: &[&str]) -> Result<Roster> {
    let (text, dialect, bytes) = input::read_delimited(path)?;
    let mut roster = parse(&text, dialect, path, needed)?;
    roster.sha256 = crate::digest::sha256_hex(&bytes);
    Ok(roster)
}

/// A column found in the header: where it is and what it means.
struct Found {
    index: usize,
    def: &'static ColumnDef,
    header: String,
    bit: u32,
    /// Cells already read in this column and what they meant: a column holds a few
    /// spellings (`Có`, `x`, `LĐTT`) over and over, and folding each one again was
    /// the main cost of reading a roster. Reading a cell is a pure function of its
    /// text, so remembering it changes nothing but the time.
    memo: Vec<(Box<[u8]>, u8)>,
}

/// How many spellings a column remembers; more are read the long way.
const MEMO_SIZE: usize = 16;

impl Found {
    /// Reads a cell through `parse` (which gets the folded text), remembering the answer.
    fn read(&mut self, raw: &[u8], parse: impl Fn(&str) -> Option<u8>) -> Option<u8> {
        if let Some((_, v)) = self.memo.iter().find(|(k, _)| **k == *raw) {
            return Some(*v);
        }
        let v = parse(&fold_cell(std::str::from_utf8(raw).ok()?))?;
        if self.memo.len() < MEMO_SIZE {
            self.memo.push((raw.into(), v));
        }
        Some(v)
    }
}

/// A cell holds nothing but white space (as `str::trim` sees it).
fn blank(cell: &[u8]) -> bool {
    cell.iter().all(u8::is_ascii_whitespace)
        || std::str::from_utf8(cell).is_ok_and(|s| s.trim().is_empty())
}

/// A cell's text. The file was checked to be UTF-8 and fields split only at ASCII
/// bytes, so this cannot fail; if it ever did, the cell would read as invalid.
fn cell_text(cell: &[u8]) -> &str {
    std::str::from_utf8(cell).unwrap_or("\u{FFFD}")
}

pub fn parse(text: &str, dialect: Dialect, path: &Path, needed: &[&str]) -> Result<Roster> {
    input::with_csv_reader(text, dialect.delimiter, |reader| {
        parse_records(reader, dialect, path, needed)
    })
}

fn parse_records<R: std::io::Read>(
    reader: &mut csv::Reader<R>,
    dialect: Dialect,
    path: &Path,
    needed: &[&str],
) -> Result<Roster> {
    let csv_err = |e: csv::Error| {
        let line = e.position().map_or(1, |p| p.line());
        Error::input(
            Location::at(path, line, None),
            format!("không đọc được dòng CSV: {e}"),
            format!("cannot read the CSV row: {e}"),
        )
    };

    let mut header = csv::StringRecord::new();
    if !reader.read_record(&mut header).map_err(csv_err)? {
        return Err(Error::input(
            Location::file(path),
            "tệp trống: cần một dòng tiêu đề và mỗi thành viên một dòng",
            "the file is empty: expected a header row and one row per member",
        ));
    }
    let header_line = header.position().map_or(1, |p| p.line());

    let mut found: Vec<Found> = Vec::new();
    for (index, cell) in header.iter().enumerate() {
        let Some(def) = vocab::column_for_header(cell) else {
            continue;
        };
        if let Some(prev) = found.iter().find(|f| f.def.name == def.name) {
            return Err(Error::input(
                Location::at(path, header_line, Some(index as u64 + 1)),
                format!(
                    "cột `{}` và cột `{}` (cột {}) đều là `{}`; hãy giữ một cột",
                    cell.trim(),
                    prev.header,
                    prev.index + 1,
                    def.name
                ),
                format!(
                    "columns `{}` and `{}` (column {}) both mean `{}`; keep one",
                    cell.trim(),
                    prev.header,
                    prev.index + 1,
                    def.name
                ),
            ));
        }
        found.push(Found {
            index,
            def,
            header: cell.trim().to_string(),
            bit: vocab::yes_no_bit(def.name).unwrap_or(0),
            memo: Vec::new(),
        });
    }
    for name in std::iter::once(&"name").chain(needed.iter()) {
        if !found.iter().any(|f| f.def.name == *name) {
            let def = vocab::column(name).expect("rubrics only name known columns");
            let accepted = std::iter::once(def.name)
                .chain(def.aliases.iter().copied())
                .map(|a| format!("`{a}`"))
                .collect::<Vec<_>>()
                .join(", ");
            return Err(Error::input(
                Location::at(path, header_line, None),
                format!(
                    "thiếu cột `{name}` ({}); tiêu đề được chấp nhận: {accepted}",
                    def.header_vi
                ),
                format!("missing column `{name}`; accepted headers: {accepted}"),
            ));
        }
    }
    // Read only what is needed: unused columns may hold anything.
    found.retain(|f| f.def.kind == CellKind::Text || needed.contains(&f.def.name));

    let width = header.len();
    let mut members = Vec::new();
    let mut ids: HashMap<String, u64> = HashMap::new();
    // Byte records, reused: cells are turned into text only when needed (most
    // yes/no cells are recognised from their bytes by `Found::read`).
    let mut record = csv::ByteRecord::new();
    while reader.read_byte_record(&mut record).map_err(csv_err)? {
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(blank) {
            continue; // blank rows, common at the end of Excel exports
        }
        if record.len() < width || record.iter().skip(width).any(|c| !blank(c)) {
            return Err(Error::input(
                Location::at(path, line, None),
                format!("dòng có {} ô nhưng dòng tiêu đề có {width} ô", record.len()),
                format!(
                    "the row has {} fields but the header has {width}",
                    record.len()
                ),
            ));
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
        for f in &mut found {
            let raw = record.get(f.index).unwrap_or(b"");
            let col = f.index as u64 + 1;
            let at = || Location::at(path, line, Some(col));
            match f.def.kind {
                CellKind::Text => {
                    let v = cell_text(raw).trim();
                    let v = (!v.is_empty()).then(|| nfc(v));
                    match f.def.name {
                        "id" => m.id = v,
                        "name" => m.name = v.unwrap_or_default(),
                        "role" => m.role = v,
                        "excluded" => m.excluded = v,
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
                        return Err(Error::input(
                            at(),
                            format!(
                                "cột `{}`: `{}` không phải có/không; chấp nhận: {}",
                                f.header,
                                cell_text(raw).trim(),
                                vocab::YES_NO_ACCEPTED
                            ),
                            format!(
                                "column `{}`: `{}` is not yes/no; accepted: {}",
                                f.header,
                                cell_text(raw).trim(),
                                vocab::YES_NO_ACCEPTED
                            ),
                        ))
                    }
                },
                CellKind::Title => match f.read(raw, vocab::parse_title) {
                    Some(rank) => m.title = rank,
                    None => {
                        return Err(Error::input(
                            at(),
                            format!(
                                "cột `{}`: danh hiệu `{}` không hợp lệ; chấp nhận: {}",
                                f.header,
                                cell_text(raw).trim(),
                                vocab::TITLES_ACCEPTED
                            ),
                            format!(
                                "column `{}`: `{}` is not an emulation title; accepted: {}",
                                f.header,
                                cell_text(raw).trim(),
                                vocab::TITLES_ACCEPTED
                            ),
                        ))
                    }
                },
            }
        }
        if m.name.is_empty() {
            let col = found
                .iter()
                .find(|f| f.def.name == "name")
                .map(|f| f.index as u64 + 1);
            return Err(Error::input(
                Location::at(path, line, col),
                "thiếu họ và tên thành viên",
                "the member's name is empty",
            ));
        }
        if let Some(id) = &m.id {
            if let Some(first) = ids.insert(id.clone(), line) {
                let col = found
                    .iter()
                    .find(|f| f.def.name == "id")
                    .map(|f| f.index as u64 + 1);
                return Err(Error::input(
                    Location::at(path, line, col),
                    format!("mã `{id}` trùng với dòng {first}"),
                    format!("id `{id}` is also used on line {first}"),
                ));
            }
        }
        members.push(m);
    }
    Ok(Roster {
        source: display_path(path),
        members,
        dialect,
        sha256: String::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn p(text: &str, needed: &[&str]) -> Result<Roster> {
        let dialect = Dialect {
            encoding: "UTF-8",
            bom: false,
            delimiter: input::detect_delimiter(text),
        };
        parse(text, dialect, Path::new("r.csv"), needed)
    }

    fn en(e: Error) -> String {
        e.render(crate::lang::Lang::En)
    }

    #[test]
    fn reads_vietnamese_headers_in_nfd_with_semicolons() {
        let text: String = "STT;Mã;Họ và tên;Tuân thủ kỷ luật;Danh hiệu thi đua;Không tính\n1;A1;Nguyễn Văn A;Có;LĐTT;\n2;A2;Trần Thị B;không;;Nghỉ thai sản\n"
            .nfd()
            .collect();
        let r = p(&text, &["discipline", "emulation_title"]).unwrap();
        assert_eq!(r.members.len(), 2);
        let a = &r.members[0];
        assert_eq!(a.name, "Nguyễn Văn A");
        assert_eq!(a.yes, vocab::yes_no_bit("discipline").unwrap());
        assert_eq!(a.title, 1);
        assert_eq!(r.members[1].excluded.as_deref(), Some("Nghỉ thai sản"));
        assert_eq!(r.counted(), 1);
    }

    #[test]
    fn errors_name_line_column_and_value() {
        let e = en(p("name,discipline\nA,yes\nB,maybe\n", &["discipline"]).unwrap_err());
        assert!(e.contains("r.csv:3:2") && e.contains("`maybe`"), "{e}");
        let e = en(p("name\nA\n", &["discipline"]).unwrap_err());
        assert!(
            e.contains("missing column `discipline`") && e.contains("Tuân thủ kỷ luật"),
            "{e}"
        );
        let e = en(p("id,name\n1,A\n1,B\n", &[]).unwrap_err());
        assert!(e.contains("r.csv:3:1") && e.contains("line 2"), "{e}");
        let e = en(p("name,discipline\nA\n", &["discipline"]).unwrap_err());
        assert!(e.contains("r.csv:2") && e.contains("1 fields"), "{e}");
        let e = en(p("name,discipline\n,yes\n", &["discipline"]).unwrap_err());
        assert!(e.contains("r.csv:2:1") && e.contains("name"), "{e}");
        let e = en(p("name,emulation_title\nA,hero\n", &["emulation_title"]).unwrap_err());
        assert!(e.contains("`hero`"), "{e}");
        let e = en(p("Họ tên,Ho va ten\nA,B\n", &[]).unwrap_err());
        assert!(e.contains("both mean `name`"), "{e}");
    }

    #[test]
    fn blank_rows_and_unused_columns_are_ignored() {
        let r = p(
            "name,discipline,self_study_plan\nA,x,??\n,,\n\n",
            &["discipline"],
        )
        .unwrap();
        assert_eq!(r.members.len(), 1);
    }

    #[test]
    fn multi_line_cells_keep_physical_line_numbers() {
        let e = en(p("name,discipline\n\"A\nB\",x\nC,bad\n", &["discipline"]).unwrap_err());
        assert!(e.contains("r.csv:4:2"), "{e}");
    }
}
