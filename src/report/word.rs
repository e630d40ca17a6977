//! Word (.docx) documents laid out as Vietnamese administrative papers (Nghị định
//! 30/2020/NĐ-CP): A4, Times New Roman 13–14 pt, margins 20 mm top and bottom, 30 mm
//! left, 15 mm right; the national heading beside the issuing unit; the place-and-date
//! line; the signature block. Built on `docx-rs`; every form of the dossier
//! (`report::dossier`) is a sequence of calls here, so the layout lives in one place.
//!
//! Output is deterministic (no timestamps, no random ids), so a dossier's index of
//! SHA-256 digests is stable for the same inputs.

use crate::error::{Error, Result};
use docx_rs::{
    AlignmentType, BreakType, Docx, LineSpacing, PageMargin, Paragraph, ParagraphBorder,
    ParagraphBorderPosition, ParagraphBorders, Run, RunFonts, Shading, SpecialIndentType, Tab,
    TabLeaderType, TabValueType, Table, TableAlignmentType, TableCell, TableLayoutType, TableRow,
    VAlignType, WidthType,
};
use std::io::Cursor;

/// Twips (1/20 pt) in a millimetre, times ten: 1 mm = 56.7 twips.
fn mm(tenths_of_mm: i32) -> i32 {
    tenths_of_mm * 567 / 100
}

const A4_WIDTH: u32 = 11906;
const A4_HEIGHT: u32 = 16838;
/// The text column: A4 less 30 mm and 15 mm.
pub const TEXT_WIDTH: usize = 9354;
/// Half-points: the body (14 pt), tables (12 pt), small print (11 pt).
pub const BODY: usize = 28;
pub const TABLE: usize = 24;
pub const SMALL: usize = 22;
const FONT: &str = "Times New Roman";

/// One cell of a table: its text (lines split on `\n`), how it is set.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    pub center: bool,
    /// Columns this cell spans (0 and 1 both mean one).
    pub span: usize,
    pub shade: bool,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }
    pub fn bold(mut self) -> Cell {
        self.bold = true;
        self
    }
    pub fn italic(mut self) -> Cell {
        self.italic = true;
        self
    }
    pub fn center(mut self) -> Cell {
        self.center = true;
        self
    }
    pub fn span(mut self, n: usize) -> Cell {
        self.span = n;
        self
    }
    pub fn shade(mut self) -> Cell {
        self.shade = true;
        self
    }
}

/// The two halves of the national heading.
#[derive(Debug, Clone, Default)]
pub struct Heading {
    /// The governing body (`UBND HUYỆN TÂN HIỆP`), above the unit.
    pub authority: Option<String>,
    pub unit: String,
    /// `Số: …/TTr-…`, under the unit; none for forms that carry no number.
    pub number: Option<String>,
    /// `Tân Hòa, ngày 15 tháng 01 năm 2025`.
    pub place_date: String,
    pub nation: String,
    pub motto: String,
}

/// One signer: the role in capitals, a hint in brackets, room to sign, the name.
#[derive(Debug, Clone, Default)]
pub struct Signer {
    /// A line above the role (`T/M TỔ TỰ ĐÁNH GIÁ`), if any.
    pub on_behalf: Option<String>,
    pub role: String,
    pub hint: String,
    pub name: Option<String>,
}

/// A document being written.
pub struct Doc {
    docx: Docx,
}

impl Default for Doc {
    fn default() -> Self {
        Doc::new()
    }
}

/// Text safe for XML 1.0: control characters other than tab and newline are
/// dropped (a roster cell may hold them; Word refuses a file that does).
fn clean(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
        })
        .collect()
}

/// A run of text in the body font; `\n` becomes a line break.
fn run(text: &str, size: usize, bold: bool, italic: bool) -> Vec<Run> {
    let text = clean(text);
    let mut out = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        let mut r = Run::new().size(size);
        if i > 0 {
            r = r.add_break(BreakType::TextWrapping);
        }
        r = r.add_text(line.trim_end_matches('\r'));
        if bold {
            r = r.bold();
        }
        if italic {
            r = r.italic();
        }
        out.push(r);
    }
    out
}

fn spacing(before: u32, after: u32) -> LineSpacing {
    // Lines at 1.15 (240ths of a line).
    LineSpacing::new().before(before).after(after).line(264)
}

/// A paragraph of `size` text, aligned, with runs.
fn para(text: &str, size: usize, bold: bool, italic: bool, align: AlignmentType) -> Paragraph {
    let mut p = Paragraph::new().align(align).line_spacing(spacing(0, 0));
    for r in run(text, size, bold, italic) {
        p = p.add_run(r);
    }
    p
}

/// A short rule under a centred heading line: an empty paragraph with a bottom
/// border, indented so the border is about a third of the column.
fn rule(column: usize) -> Paragraph {
    let side = (column / 3) as i32;
    let mut p = Paragraph::new()
        .line_spacing(LineSpacing::new().before(0).after(0).line(120))
        .indent(Some(side), None, Some(side), None)
        .add_run(Run::new().size(4));
    p.property = p.property.set_borders(
        ParagraphBorders::with_empty()
            .set(ParagraphBorder::new(ParagraphBorderPosition::Bottom).size(6)),
    );
    p
}

fn borderless(rows: Vec<TableRow>, widths: &[usize]) -> Table {
    Table::without_borders(rows)
        .set_grid(widths.to_vec())
        .width(widths.iter().sum(), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .align(TableAlignmentType::Center)
        .indent(0)
}

impl Doc {
    /// An empty A4 page in Times New Roman 14.
    pub fn new() -> Doc {
        let docx = Docx::new()
            .page_size(A4_WIDTH, A4_HEIGHT)
            .page_margin(PageMargin {
                top: mm(200),
                bottom: mm(200),
                left: mm(300),
                right: mm(150),
                header: mm(100),
                footer: mm(100),
                gutter: 0,
            })
            .default_fonts(
                RunFonts::new()
                    .ascii(FONT)
                    .hi_ansi(FONT)
                    .cs(FONT)
                    .east_asia(FONT),
            )
            .default_size(BODY);
        Doc { docx }
    }

    fn push(&mut self, p: Paragraph) {
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_paragraph(p);
    }

    fn push_table(&mut self, t: Table) {
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_table(t);
    }

    /// The heading of Nghị định 30/2020: the issuing unit on the left (authority,
    /// unit in bold capitals, a short rule, the number), the nation and motto on the
    /// right (a short rule under the motto), then the place and date in italics.
    pub fn heading(&mut self, h: &Heading) {
        let left_w = 3800;
        let right_w = TEXT_WIDTH - left_w;
        let mut left = TableCell::new().width(left_w, WidthType::Dxa);
        if let Some(a) = h.authority.as_deref().filter(|a| !a.trim().is_empty()) {
            left = left.add_paragraph(para(
                &a.to_uppercase(),
                26,
                false,
                false,
                AlignmentType::Center,
            ));
        }
        left = left
            .add_paragraph(para(
                &h.unit.to_uppercase(),
                26,
                true,
                false,
                AlignmentType::Center,
            ))
            .add_paragraph(rule(left_w));
        if let Some(n) = &h.number {
            left = left.add_paragraph(
                para(n, 26, false, false, AlignmentType::Center).line_spacing(spacing(120, 0)),
            );
        }
        let right = TableCell::new()
            .width(right_w, WidthType::Dxa)
            .add_paragraph(para(&h.nation, 24, true, false, AlignmentType::Center))
            .add_paragraph(para(&h.motto, BODY, true, false, AlignmentType::Center))
            .add_paragraph(rule(right_w))
            .add_paragraph(
                para(&h.place_date, BODY, false, true, AlignmentType::Center)
                    .line_spacing(spacing(120, 0)),
            );
        self.push_table(borderless(
            vec![TableRow::new(vec![left, right])],
            &[left_w, right_w],
        ));
    }

    /// `Mẫu M1` and the like, at the right margin.
    pub fn form_id(&mut self, text: &str) {
        self.push(para(text, 26, true, false, AlignmentType::Right).line_spacing(spacing(120, 0)));
    }

    /// The document's title: bold capitals, centred.
    pub fn title(&mut self, text: &str) {
        self.push(
            para(text, BODY, true, false, AlignmentType::Center)
                .line_spacing(spacing(240, 0))
                .keep_next(true),
        );
    }

    /// A bold line under the title (`Về việc …`), centred.
    pub fn subtitle(&mut self, text: &str) {
        self.push(para(text, BODY, true, false, AlignmentType::Center).keep_next(true));
    }

    /// An italic line under the title (the legal basis), centred.
    pub fn note_center(&mut self, text: &str) {
        self.push(
            para(text, 26, false, true, AlignmentType::Center)
                .line_spacing(spacing(0, 120))
                .keep_next(true),
        );
    }

    /// `Kính gửi: …`, centred.
    pub fn addressee(&mut self, text: &str) {
        self.push(
            para(text, BODY, false, false, AlignmentType::Center).line_spacing(spacing(120, 120)),
        );
    }

    /// A section heading (`I. …`, `1. …`): bold, kept with what follows.
    pub fn section(&mut self, text: &str) {
        self.push(
            para(text, BODY, true, false, AlignmentType::Both)
                .line_spacing(spacing(120, 60))
                .keep_next(true),
        );
    }

    /// A body paragraph: justified, first line indented 1 cm.
    pub fn text(&mut self, text: &str) {
        for part in clean(text).split("\n\n").filter(|p| !p.trim().is_empty()) {
            self.push(
                para(part.trim(), BODY, false, false, AlignmentType::Both)
                    .indent(None, Some(SpecialIndentType::FirstLine(567)), None, None)
                    .line_spacing(spacing(0, 60)),
            );
        }
    }

    /// `label: value` with the label in bold, justified.
    pub fn labelled(&mut self, label: &str, value: &str) {
        let mut p = Paragraph::new()
            .align(AlignmentType::Both)
            .line_spacing(spacing(60, 60));
        for r in run(&format!("{label}: "), BODY, true, false) {
            p = p.add_run(r);
        }
        for r in run(value, BODY, false, false) {
            p = p.add_run(r);
        }
        self.push(p);
    }

    /// A line in italics (a hint, a note), justified.
    pub fn italic(&mut self, text: &str) {
        self.push(para(text, 26, false, true, AlignmentType::Both).line_spacing(spacing(0, 60)));
    }

    /// `- text`, indented.
    pub fn bullet(&mut self, text: &str) {
        self.push(
            para(
                &format!("- {text}"),
                BODY,
                false,
                false,
                AlignmentType::Both,
            )
            .indent(Some(567), None, None, None)
            .line_spacing(spacing(0, 40)),
        );
    }

    /// `label:` followed by the unit's words, or by dotted lines to write on by hand.
    pub fn narrative(&mut self, label: &str, words: Option<&str>, blank_lines: usize) {
        self.push(
            para(&format!("{label}:"), BODY, true, false, AlignmentType::Both)
                .line_spacing(spacing(60, 0))
                .keep_next(true),
        );
        match words.map(str::trim).filter(|w| !w.is_empty()) {
            Some(w) => self.text(w),
            None => self.dotted(blank_lines),
        }
    }

    /// Lines of dots across the column, to write on by hand: a tab to the right
    /// margin with a dotted leader, as Word's own forms do.
    pub fn dotted(&mut self, lines: usize) {
        for _ in 0..lines {
            self.push(
                Paragraph::new()
                    .line_spacing(spacing(120, 0))
                    .add_tab(
                        Tab::new()
                            .val(TabValueType::Right)
                            .leader(TabLeaderType::Dot)
                            .pos(TEXT_WIDTH),
                    )
                    .add_run(Run::new().size(26).add_tab()),
            );
        }
    }

    /// A bordered table: `widths` in twips (they should add up to the column), a
    /// header row repeated on every page, then the rows.
    pub fn table<S: AsRef<str>>(&mut self, widths: &[usize], header: &[S], rows: Vec<Vec<Cell>>) {
        let cell = |c: &Cell, widths: &[usize], at: usize, head: bool| {
            let span = c.span.max(1);
            let w: usize = widths.iter().skip(at).take(span).sum();
            let align = if c.center || head {
                AlignmentType::Center
            } else {
                AlignmentType::Left
            };
            let mut tc = TableCell::new()
                .width(w, WidthType::Dxa)
                .vertical_align(VAlignType::Center);
            for line in c.text.split('\n') {
                tc = tc.add_paragraph(para(line, TABLE, c.bold || head, c.italic, align));
            }
            if span > 1 {
                tc = tc.grid_span(span);
            }
            if c.shade || head {
                tc = tc.shading(Shading::new().fill("EEEEEE"));
            }
            tc
        };
        let mut out = Vec::new();
        if !header.is_empty() {
            let cells = header
                .iter()
                .enumerate()
                .map(|(i, h)| cell(&Cell::new(h.as_ref()), widths, i, true))
                .collect();
            out.push(TableRow::new(cells).cant_split());
        }
        for row in rows {
            let mut at = 0;
            let mut cells = Vec::new();
            for c in &row {
                cells.push(cell(c, widths, at, false));
                at += c.span.max(1);
            }
            out.push(TableRow::new(cells).cant_split());
        }
        let t = Table::new(out)
            .set_grid(widths.to_vec())
            .width(widths.iter().sum(), WidthType::Dxa)
            .layout(TableLayoutType::Fixed)
            .align(TableAlignmentType::Center)
            .indent(0);
        self.push_table(t);
        self.push(
            Paragraph::new()
                .line_spacing(spacing(0, 0))
                .add_run(Run::new().size(12)),
        );
    }

    /// The signature block: one or two signers side by side (the head of the unit
    /// on the right), with room to sign and stamp.
    pub fn signatures(&mut self, left: Option<&Signer>, right: &Signer) {
        let half = TEXT_WIDTH / 2;
        let block = |s: &Signer| {
            let mut c = TableCell::new().width(half, WidthType::Dxa);
            if let Some(b) = &s.on_behalf {
                c = c.add_paragraph(para(b, 26, true, false, AlignmentType::Center));
            }
            c = c
                .add_paragraph(para(&s.role, 26, true, false, AlignmentType::Center))
                .add_paragraph(para(&s.hint, 26, false, true, AlignmentType::Center));
            for _ in 0..4 {
                c = c.add_paragraph(para("", BODY, false, false, AlignmentType::Center));
            }
            c.add_paragraph(para(
                s.name.as_deref().unwrap_or(""),
                BODY,
                true,
                false,
                AlignmentType::Center,
            ))
        };
        let left = left
            .map(block)
            .unwrap_or_else(|| TableCell::new().width(half, WidthType::Dxa));
        self.push(
            Paragraph::new()
                .line_spacing(spacing(120, 0))
                .keep_next(true),
        );
        self.push_table(borderless(
            vec![TableRow::new(vec![left, block(right)]).cant_split()],
            &[half, half],
        ));
    }

    /// `Nơi nhận:` and its lines, in small print at the left.
    pub fn recipients(&mut self, title: &str, lines: &[String]) {
        self.push(
            para(title, 24, true, true, AlignmentType::Left)
                .line_spacing(spacing(240, 0))
                .keep_next(true),
        );
        for l in lines {
            self.push(
                para(&format!("- {l}"), SMALL, false, false, AlignmentType::Left).keep_next(true),
            );
        }
    }

    /// Small print at the end (what the figures were computed from).
    pub fn provenance(&mut self, text: &str) {
        self.push(
            para(text, 16, false, true, AlignmentType::Left)
                .line_spacing(spacing(240, 0))
                .add_run(Run::new()),
        );
    }

    /// Labels each followed by dots to write on (`Người phụ trách: ……… Hạn: ……`): the
    /// column is shared equally, each part ending at a tab stop with a dotted leader.
    pub fn fill_line(&mut self, labels: &[&str]) {
        let n = labels.len().max(1);
        let mut p = Paragraph::new().line_spacing(spacing(60, 60));
        for i in 1..=n {
            // A left stop starts the next label there; the last, right stop ends the line.
            let kind = if i == n {
                TabValueType::Right
            } else {
                TabValueType::Left
            };
            p = p.add_tab(
                Tab::new()
                    .val(kind)
                    .leader(TabLeaderType::Dot)
                    .pos(TEXT_WIDTH * i / n),
            );
        }
        for (i, l) in labels.iter().enumerate() {
            let text = if i == 0 {
                format!("{l}: ")
            } else {
                format!(" {l}: ")
            };
            p = p.add_run(Run::new().size(BODY).add_text(clean(&text)).add_tab());
        }
        self.push(p);
    }

    /// Starts a new page.
    pub fn page_break(&mut self) {
        self.push(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
    }

    /// The finished file's bytes.
    pub fn finish(self) -> Result<Vec<u8>> {
        let err = |e: String| Error::Write {
            path: "<docx>".into(),
            source: std::io::Error::other(e),
        };
        let mut stored = Cursor::new(Vec::new());
        self.docx
            .build()
            .pack(&mut stored)
            .map_err(|e| err(e.to_string()))?;
        deflate(stored.into_inner()).map_err(|e| err(e.to_string()))
    }
}

/// docx-rs stores its parts uncompressed; the same parts deflated make a file about
/// a tenth the size (a dossier goes by e-mail). Times are fixed, so the bytes stay
/// the same for the same document.
fn deflate(stored: Vec<u8>) -> zip::result::ZipResult<Vec<u8>> {
    let mut zin = zip::ZipArchive::new(Cursor::new(stored))?;
    let mut zout = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for i in 0..zin.len() {
        let mut f = zin.by_index(i)?;
        let name = f.name()?.to_string();
        if f.is_dir() {
            zout.add_directory(name, opts)?;
            continue;
        }
        zout.start_file(name, opts)?;
        std::io::copy(&mut f, &mut zout)?;
    }
    Ok(zout.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_reach_the_xml() {
        assert_eq!(clean("Tân\u{1}Hòa\u{b}\t\n"), "TânHòa\t\n");
    }

    #[test]
    fn the_same_document_gives_the_same_bytes() {
        let make = || {
            let mut d = Doc::new();
            d.title("BÁO CÁO");
            d.text("Một đoạn <văn> & \"trích\".");
            d.table(
                &[1000, 8354],
                &["TT", "Nội dung"],
                vec![vec![Cell::new("1"), Cell::new("x")]],
            );
            d.finish().unwrap()
        };
        let a = make();
        assert_eq!(a, make());
        assert!(a.starts_with(b"PK"));
    }
}
