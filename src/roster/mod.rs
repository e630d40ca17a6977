//! The staff roster: one row per member (SPEC.md). Headers are matched by meaning
//! (`vocab::column_for_header`); only the columns a rubric reads are required, and
//! every bad cell is an error naming its file, line (or workbook cell), and value.
//!
//! CSV records and workbook rows both arrive here as `Row`s from a `RowSource`:
//! `from_source` is the one place that finds the header, maps headers to columns
//! and cells to members. A CSV source lends one reused byte record per row (the
//! fast path `dvht batch` relies on); a workbook's rows come from memory.

use crate::error::{display_path, Error, Location, Result};
use crate::input::legacy;
use crate::input::sheet::{blank, cell_text, cells, Cells, CsvRows, IterRows, Row, RowSource};
use crate::input::text::{fold_cell, nfc};
use crate::input::{self, Dialect, Format, Options};
use crate::vocab::{self, CellKind, ColumnDef};
use std::collections::HashMap;
use std::path::Path;

#[derive(Debug, Clone)]
pub struct Member {
    /// Physical line in the file (the header is line 1), or the workbook row.
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
    /// The workbook sheet read, for a workbook.
    pub sheet: Option<String>,
    /// The line (or workbook row) of the header; rows above it are a title block.
    pub header_line: u64,
}

impl Roster {
    pub fn counted(&self) -> usize {
        self.members.iter().filter(|m| m.counted()).count()
    }
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
                return Err(Error::input(
                    Location::file(path),
                    "`--sheet` chỉ dùng cho bảng tính (.xlsx, .xls, .ods); tệp này là văn bản CSV",
                    "`--sheet` only applies to workbooks (.xlsx, .xls, .ods); this file is CSV text",
                ));
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
            let (members, header_line) = from_rows(sheet.rows.into_iter().map(Ok), &place, needed)?;
            Roster {
                source: display_path(path),
                members,
                dialect: Dialect {
                    format,
                    encoding: format.name(),
                    bom: false,
                    delimiter: 0,
                },
                sha256: String::new(),
                sheet: Some(sheet.name),
                header_line,
            }
        }
    };
    roster.sha256 = crate::digest::sha256_hex(bytes);
    Ok(roster)
}

/// Where rows come from, to name a line or a cell in messages.
#[derive(Debug, Clone, Copy)]
pub enum Place<'a> {
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
    fn header_hint(&self) -> (String, String) {
        match self {
            Place::Sheet {
                others: Some(all), ..
            } => {
                let listed = all
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                (
                    format!(
                        " (đã đọc trang tính đầu tiên; chọn trang khác bằng `--sheet` ({listed}))"
                    ),
                    format!(" (the first sheet was read; pick another with `--sheet` ({listed}))"),
                )
            }
            _ => (String::new(), String::new()),
        }
    }

    /// "line 3" or "row 3", for messages that point back to another row.
    fn line_word(&self, line: u64) -> (String, String) {
        match self {
            Place::Text(_) => (format!("dòng {line}"), format!("line {line}")),
            Place::Sheet { .. } => (format!("hàng {line}"), format!("row {line}")),
        }
    }
}

/// A column found in the header: where it is and what it means.
struct Found {
    index: usize,
    /// The last cell it covers: the header cell may be merged over several cells
    /// (`Họ và tên` over "Họ đệm" and "Tên"), whose texts are then joined.
    end: usize,
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

/// How many non-blank rows are searched for the header row under a title block.
pub const HEADER_SCAN: usize = 30;

/// Parses decoded delimited text.
pub fn parse(text: &str, dialect: Dialect, path: &Path, needed: &[&str]) -> Result<Roster> {
    let (members, header_line) = input::with_csv_reader(text, dialect.delimiter, |reader| {
        let rows = CsvRows::new(reader, path);
        from_source(rows, &Place::Text(path), needed)
    })?;
    Ok(Roster {
        source: display_path(path),
        members,
        dialect,
        sha256: String::new(),
        sheet: None,
        header_line,
    })
}

fn is_blank<C: Cells>(c: &C) -> bool {
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
fn legacy_error(
    place: &Place,
    line: u64,
    index: usize,
    text: &str,
    what: (&str, &str),
) -> Option<Error> {
    let enc = legacy::detect(text)?;
    let (vi, en) = enc.advice();
    Some(Error::input(
        place.at(line, Some(index)),
        format!("{} `{}`: {vi}", what.0, text.trim()),
        format!("{} `{}`: {en}", what.1, text.trim()),
    ))
}

/// The legacy-font error for the first cell of a header row that matches no column
/// and looks typed with a legacy font.
fn legacy_header<C: Cells>(row: &Row<C>, place: &Place) -> Option<Error> {
    cells(&row.cells).enumerate().find_map(|(i, v)| {
        if vocab::column_for_header(v).is_some() {
            return None;
        }
        legacy_error(place, row.line, i, v, ("tiêu đề", "header"))
    })
}

fn accepted_headers(def: &ColumnDef) -> String {
    std::iter::once(def.name)
        .chain(def.aliases.iter().copied())
        .map(|a| format!("`{a}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Maps rows to members: finds the header (the first row naming `name` and another
/// known column, so a title block above it is skipped), checks the columns in
/// `needed`, and reads each member row. Returns the members and the header's line.
pub fn from_rows<C: Cells + Clone>(
    rows: impl Iterator<Item = Result<Row<C>>>,
    place: &Place,
    needed: &[&str],
) -> Result<(Vec<Member>, u64)> {
    let rows = IterRows::new(rows);
    from_source(rows, place, needed)
}

/// `from_rows` over any `RowSource`.
pub fn from_source<S: RowSource>(
    mut rows: S,
    place: &Place,
    needed: &[&str],
) -> Result<(Vec<Member>, u64)> {
    let path = place.path();

    // The header: under a title block, maybe (school name, title, date, blank row).
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
            Location::file(path),
            "tệp trống: cần một dòng tiêu đề (có cột `Họ và tên`) và mỗi thành viên một dòng",
            "the file is empty: expected a header row (with a `Họ và tên`/`name` column) and one row per member",
        ));
    }
    let header_at = match header_at.or_else(|| scanned.iter().position(|r| classify(&r.cells).0)) {
        Some(i) => i,
        None => {
            if let Some(e) = scanned.iter().find_map(|r| legacy_header(r, place)) {
                return Err(e);
            }
            let def = vocab::column("name").expect("`name` is a known column");
            let first = &scanned[0];
            return Err(Error::input(
                place.at(first.line, None),
                format!(
                    "không tìm thấy dòng tiêu đề: không dòng nào trong {} dòng đầu có cột họ và tên; tiêu đề được chấp nhận: {}{}",
                    scanned.len(),
                    accepted_headers(def),
                    place.header_hint().0
                ),
                format!(
                    "no header row found: none of the first {} rows has a name column; accepted headers: {}{}",
                    scanned.len(),
                    accepted_headers(def),
                    place.header_hint().1
                ),
            ));
        }
    };
    let mut scanned = scanned.into_iter().skip(header_at);
    let header = scanned.next().expect("header_at indexes scanned");
    let header_line = header.line;
    let width = header.cells.width();

    let mut found: Vec<Found> = Vec::new();
    for (index, cell) in cells(&header.cells).enumerate() {
        let Some(def) = vocab::column_for_header(cell) else {
            continue;
        };
        if let Some(prev) = found.iter().find(|f| f.def.name == def.name) {
            let (prev_vi, prev_en) = match place {
                Place::Text(_) => (
                    format!("cột {}", prev.index + 1),
                    format!("column {}", prev.index + 1),
                ),
                Place::Sheet { .. } => {
                    let l = crate::error::column_letters(prev.index as u64 + 1);
                    (format!("cột {l}"), format!("column {l}"))
                }
            };
            return Err(Error::input(
                place.at(header_line, Some(index)),
                format!(
                    "cột `{}` và cột `{}` ({prev_vi}) đều là `{}`; hãy giữ một cột",
                    cell.trim(),
                    prev.header,
                    def.name
                ),
                format!(
                    "columns `{}` and `{}` ({prev_en}) both mean `{}`; keep one",
                    cell.trim(),
                    prev.header,
                    def.name
                ),
            ));
        }
        let end = header
            .merged
            .iter()
            .find(|(a, _)| *a == index)
            .map_or(index, |(_, b)| *b);
        found.push(Found {
            index,
            end,
            def,
            header: cell.trim().to_string(),
            bit: vocab::yes_no_bit(def.name).unwrap_or(0),
            memo: Vec::new(),
        });
    }
    for name in std::iter::once(&"name").chain(needed.iter()) {
        if !found.iter().any(|f| f.def.name == *name) {
            // Headers typed with a legacy font match nothing: say so, not "missing".
            if let Some(e) = legacy_header(&header, place) {
                return Err(e);
            }
            let def = vocab::column(name).expect("rubrics only name known columns");
            let accepted = accepted_headers(def);
            return Err(Error::input(
                place.at(header_line, None),
                format!(
                    "thiếu cột `{name}` ({}); tiêu đề được chấp nhận: {accepted}{}",
                    def.header_vi,
                    place.header_hint().0
                ),
                format!(
                    "missing column `{name}`; accepted headers: {accepted}{}",
                    place.header_hint().1
                ),
            ));
        }
    }
    // Read only what is needed: unused columns may hold anything.
    found.retain(|f| f.def.kind == CellKind::Text || needed.contains(&f.def.name));
    let name_col = found
        .iter()
        .find(|f| f.def.name == "name")
        .map(|f| (f.index, f.end))
        .expect("`name` was checked above");
    let ragged_is_error = matches!(place, Place::Text(_));

    let mut members = Vec::new();
    let mut ids: HashMap<String, u64> = HashMap::new();
    // Reads one row after the header into `members` (blank and non-member rows skip).
    let mut take = |row: &Row<S::Cells>| -> Result<()> {
        let line = row.line;
        let record = &row.cells;
        let blank_at = |i: usize| blank(record.bytes(i).unwrap_or_default());
        if (0..record.width()).all(blank_at) {
            return Ok(()); // blank rows, common at the end of Excel exports
        }
        // A row merged across the name column (a section title such as "Tổ Toán",
        // a footer such as "Người lập biểu") is not a member.
        if row
            .merged
            .iter()
            .any(|&(a, b)| a <= name_col.0 && name_col.0 <= b && (a, b) != name_col)
        {
            return Ok(());
        }
        if ragged_is_error
            && (record.width() < width || (width..record.width()).any(|i| !blank_at(i)))
        {
            return Err(Error::input(
                place.at(line, None),
                format!("dòng có {} ô nhưng dòng tiêu đề (dòng {header_line}) có {width} ô; hãy kiểm tra dấu phân cách và dấu ngoặc kép", record.width()),
                format!(
                    "the row has {} fields but the header (line {header_line}) has {width}; check the delimiters and quotes",
                    record.width()
                ),
            ));
        }
        // A row with nothing in any column read (only a serial number, say) is an
        // unused line of a template, not a member.
        if found.iter().all(|f| (f.index..=f.end).all(blank_at)) {
            return Ok(());
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
        for f in found.iter_mut() {
            let raw = record.bytes(f.index).unwrap_or_default();
            let index = f.index;
            let at = || place.at(line, Some(index));
            // A cell that is not accepted: typed with a legacy font, or just wrong.
            // `vi`/`en` say what is wrong with the (trimmed) value `v`.
            let bad = |f: &Found, vi: String, en: String| {
                let what_vi = format!("cột `{}`: ô", f.header);
                let what_en = format!("column `{}`: cell", f.header);
                legacy_error(place, line, index, cell_text(raw), (&what_vi, &what_en))
                    .unwrap_or_else(|| {
                        Error::input(
                            at(),
                            format!("cột `{}`: {vi}", f.header),
                            format!("column `{}`: {en}", f.header),
                        )
                    })
            };
            let v = || cell_text(raw).trim();
            match f.def.kind {
                CellKind::Text => {
                    let joined;
                    let raw = if f.end > f.index {
                        joined = (f.index..=f.end)
                            .map(|i| record.cell(i).unwrap_or("").trim())
                            .filter(|v| !v.is_empty())
                            .collect::<Vec<_>>()
                            .join(" ");
                        joined.as_str()
                    } else {
                        cell_text(raw)
                    };
                    let v = raw.trim();
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
                        let accepted = vocab::YES_NO_ACCEPTED;
                        return Err(bad(
                            f,
                            format!("`{}` không phải có/không; chấp nhận: {accepted}", v()),
                            format!("`{}` is not yes/no; accepted: {accepted}", v()),
                        ));
                    }
                },
                CellKind::Title => match f.read(raw, vocab::parse_title) {
                    Some(rank) => m.title = rank,
                    None => {
                        let accepted = vocab::TITLES_ACCEPTED;
                        return Err(bad(
                            f,
                            format!("danh hiệu `{}` không hợp lệ; chấp nhận: {accepted}", v()),
                            format!("`{}` is not an emulation title; accepted: {accepted}", v()),
                        ));
                    }
                },
            }
        }
        if m.name.is_empty() {
            return Err(Error::input(
                place.at(line, Some(name_col.0)),
                "thiếu họ và tên thành viên (cột họ và tên trống mà các cột khác có dữ liệu); hãy điền tên, hoặc xoá cả dòng",
                "the member's name is empty while other columns are filled; fill in the name, or delete the row",
            ));
        }
        if let Some(id) = &m.id {
            if let Some(first) = ids.insert(id.clone(), line) {
                let col = found.iter().find(|f| f.def.name == "id").map(|f| f.index);
                let (w_vi, w_en) = place.line_word(first);
                return Err(Error::input(
                    place.at(line, col),
                    format!("mã `{id}` trùng với {w_vi}; mỗi thành viên cần một mã riêng"),
                    format!("id `{id}` is also used on {w_en}; each member needs their own id"),
                ));
            }
        }
        members.push(m);
        Ok(())
    };
    for row in scanned {
        take(&row)?;
    }
    while let Some(row) = rows.next_row()? {
        take(row)?;
    }
    Ok((members, header_line))
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn p(text: &str, needed: &[&str]) -> Result<Roster> {
        let dialect = Dialect::text("UTF-8", false, input::detect_delimiter(text));
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
