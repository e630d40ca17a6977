//! The unit's summary as an Excel workbook, one sheet per view: the results
//! (`Kết quả`), the action plan (`Kế hoạch`) and the form's information
//! (`Thông tin`). Counts, ratios, points and levels are number cells (ratios with a
//! percent format, so Excel shows `94,4%` in a Vietnamese locale), dates are date
//! cells, and each table's header row is frozen.

use super::summary::{self, FormInfo};
use crate::error::{Error, Result};
use crate::key;
use crate::lang::Lang;
use crate::rubric::{Rubric, RubricKind};
use crate::score::assessment::*;
use rust_decimal::Decimal;
use rust_xlsxwriter::{
    ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

/// A workbook error as `dvht`'s error (it can only come from a bug or a full disk).
pub fn xlsx_error(e: XlsxError) -> Error {
    Error::Write {
        path: "<xlsx>".into(),
        source: std::io::Error::other(e.to_string()),
    }
}

/// A new workbook whose document properties carry `date` rather than the clock's
/// time, so the same input gives the same bytes (the dossier's index lists each
/// file's SHA-256, and a district officer may compare two runs).
pub fn dated_workbook(date: chrono::NaiveDate) -> Workbook {
    use chrono::Datelike;
    let mut wb = Workbook::new();
    // Excel's dates run from 1900 to 9999; a date outside keeps the zip's epoch, 1980.
    let stamp = u16::try_from(date.year())
        .ok()
        .and_then(|y| ExcelDateTime::from_ymd(y, date.month() as u8, date.day() as u8).ok())
        .or_else(|| ExcelDateTime::from_ymd(1980, 1, 1).ok());
    if let Some(stamp) = stamp {
        wb.set_properties(&rust_xlsxwriter::DocProperties::new().set_creation_datetime(&stamp));
    }
    wb
}

/// The cell formats every workbook uses.
pub struct Formats {
    pub header: Format,
    pub text: Format,
    pub wrap: Format,
    pub int: Format,
    /// Whole numbers, centred (heat maps).
    pub int_c: Format,
    /// Decimals, centred (heat maps).
    pub decimal_c: Format,
    pub decimal: Format,
    pub percent: Format,
    pub date: Format,
    pub bold: Format,
    pub title: Format,
}

impl Formats {
    pub fn new() -> Formats {
        let base = Format::new()
            .set_font_name("Times New Roman")
            .set_font_size(11);
        Formats {
            header: base
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_background_color("#E8E8E8")
                .set_border(FormatBorder::Thin),
            text: base.clone().set_align(FormatAlign::Top),
            wrap: base.clone().set_text_wrap().set_align(FormatAlign::Top),
            int: base.clone().set_num_format("0").set_align(FormatAlign::Top),
            int_c: base
                .clone()
                .set_num_format("0")
                .set_align(FormatAlign::Center),
            decimal_c: base.clone().set_align(FormatAlign::Center),
            // General: `10` and `7.5` (`7,5` in a Vietnamese locale); `0.##` would show `10.`.
            decimal: base.clone().set_align(FormatAlign::Top),
            percent: base
                .clone()
                .set_num_format("0.0%")
                .set_align(FormatAlign::Top),
            date: base
                .clone()
                .set_num_format("dd/mm/yyyy")
                .set_align(FormatAlign::Left),
            bold: base.clone().set_bold(),
            title: base.set_bold().set_font_size(13),
        }
    }
}

impl Default for Formats {
    fn default() -> Self {
        Formats::new()
    }
}

/// The one place floats appear: a spreadsheet number is an IEEE double. Values
/// arrive exact (integers, `Decimal`) and become doubles only here, for display;
/// the exact figures stay in JSON and in the HTML.
#[allow(clippy::disallowed_types)]
mod cells {
    use rust_decimal::prelude::ToPrimitive;
    use rust_decimal::Decimal;
    use rust_xlsxwriter::{Format, Worksheet, XlsxError};

    pub fn put_int(
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        n: u64,
        format: &Format,
    ) -> Result<(), XlsxError> {
        ws.write_number_with_format(row, col, n as f64, format)?;
        Ok(())
    }

    pub fn put_dec(
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        d: Decimal,
        format: &Format,
    ) -> Result<(), XlsxError> {
        ws.write_number_with_format(row, col, d.to_f64().unwrap_or(0.0), format)?;
        Ok(())
    }

    /// `num/den` for a percent-formatted cell; nothing when `den` is 0.
    pub fn put_ratio(
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        num: u64,
        den: u64,
        format: &Format,
    ) -> Result<(), XlsxError> {
        if den > 0 {
            ws.write_number_with_format(row, col, num as f64 / den as f64, format)?;
        }
        Ok(())
    }

    /// A column width, in characters.
    pub fn width(ws: &mut Worksheet, col: u16, chars: u16) -> Result<(), XlsxError> {
        ws.set_column_width(col, chars)?;
        Ok(())
    }

    /// A row `lines` text lines high.
    pub fn height(ws: &mut Worksheet, row: u32, lines: u32) -> Result<(), XlsxError> {
        ws.set_row_height(row, 15 * lines.min(400))?;
        Ok(())
    }

    /// A red–yellow–green colour scale from 0 to `max` over a column.
    pub fn color_scale(
        ws: &mut Worksheet,
        (first, last, col): (u32, u32, u16),
        max: Decimal,
    ) -> Result<(), XlsxError> {
        use rust_xlsxwriter::{ConditionalFormat3ColorScale, ConditionalFormatType};
        let max = max.to_f64().unwrap_or(1.0);
        let scale = ConditionalFormat3ColorScale::new()
            .set_minimum(ConditionalFormatType::Number, 0)
            .set_midpoint(ConditionalFormatType::Number, max / 2.0)
            .set_maximum(ConditionalFormatType::Number, max)
            .set_minimum_color("#EF9A9A")
            .set_midpoint_color("#FFE082")
            .set_maximum_color("#81C784");
        ws.add_conditional_format(first, col, last, col, &scale)?;
        Ok(())
    }
}

pub use cells::{color_scale, put_dec, put_int, put_ratio};

pub fn excel_date(d: chrono::NaiveDate) -> Option<ExcelDateTime> {
    use chrono::Datelike;
    let y = u16::try_from(d.year()).ok()?;
    ExcelDateTime::from_ymd(y, d.month() as u8, d.day() as u8).ok()
}

/// Writes a header row at `row` and freezes the sheet below it.
pub fn header_row<S: AsRef<str>>(
    ws: &mut Worksheet,
    row: u32,
    cols: &[(S, u16)],
    f: &Formats,
) -> Result<(), XlsxError> {
    for (i, (name, chars)) in cols.iter().enumerate() {
        let col = i as u16;
        ws.write_string_with_format(row, col, name.as_ref(), &f.header)?;
        cells::width(ws, col, *chars)?;
    }
    cells::height(ws, row, 2)?;
    ws.set_freeze_panes(row + 1, 0)?;
    ws.set_repeat_rows(0, row)?;
    Ok(())
}

/// Sets a row's height for its wrapped cells, `(text, column width)`: spreadsheet
/// programs do not all grow rows for wrapped text on their own.
pub fn fit_row(ws: &mut Worksheet, row: u32, texts: &[(&str, u16)]) -> Result<(), XlsxError> {
    let lines = texts
        .iter()
        .map(|(text, width)| {
            // About 1.1 characters of Times New Roman 11 per unit of column width.
            let per_line = (usize::from(*width) * 11 / 10).max(1);
            text.split('\n')
                .map(|l| l.chars().count().div_ceil(per_line).max(1))
                .sum::<usize>()
        })
        .max()
        .unwrap_or(1);
    if lines > 1 {
        cells::height(ws, row, u32::try_from(lines).unwrap_or(u32::MAX))?;
    }
    Ok(())
}

/// Text for a cell: a cell holds at most 32 767 characters, so longer text (a
/// pathological roster) is cut with `…` rather than failing the workbook.
pub fn clip(s: impl AsRef<str>) -> String {
    const MAX: usize = 32_000;
    let s = s.as_ref();
    match s.char_indices().nth(MAX) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

/// A4, landscape, one page wide: how a sheet prints.
pub fn print_setup(ws: &mut Worksheet) {
    ws.set_paper_size(9);
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
}

pub fn render(a: &Assessment, rubric: &Rubric, form: &FormInfo, lang: Lang) -> Result<Vec<u8>> {
    build(a, rubric, form, lang).map_err(xlsx_error)
}

fn build(
    a: &Assessment,
    rubric: &Rubric,
    form: &FormInfo,
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let f = Formats::new();
    let levels = a.rubric.kind == RubricKind::Levels;
    let mut wb = dated_workbook(form.date.unwrap_or(a.as_of));

    // Sheet 1: results, one row per criterion.
    let ws = wb.add_worksheet();
    ws.set_name(t(key!("report-xlsx-results")))?;
    print_setup(ws);
    let mut cols: Vec<(String, u16)> = vec![
        (t(key!("report-xlsx-id")), 6),
        (t(key!("report-xlsx-criterion")), 48),
        (t(key!("report-xlsx-meeting")), 8),
        (t(key!("report-xlsx-counted")), 8),
        (t(key!("report-xlsx-ratio")), 8),
        (t(key!("report-xlsx-unit-facts")), 28),
        (t(key!("report-xlsx-band-case")), 16),
    ];
    if levels {
        cols.push((t(key!("report-xlsx-level")), 8));
    } else {
        cols.push((t(key!("report-xlsx-points")), 8));
        cols.push((t(key!("report-xlsx-max-points")), 8));
    }
    cols.extend_from_slice(&[
        (t(key!("report-xlsx-provisional")), 9),
        (t(key!("report-xlsx-evidence-items")), 9),
        (t(key!("report-xlsx-evidence-codes")), 22),
        (t(key!("report-xlsx-members-needed")), 9),
        (t(key!("report-xlsx-next-target")), 12),
        (t(key!("report-xlsx-notes")), 30),
    ]);
    header_row(ws, 0, &cols, &f)?;
    let mut r = 1u32;
    for c in &a.criteria {
        let mut col = 0u16;
        let mut next = || {
            col += 1;
            col - 1
        };
        ws.write_string_with_format(r, next(), clip(&c.id), &f.text)?;
        ws.write_string_with_format(r, next(), clip(c.title(lang)), &f.wrap)?;
        match (c.numerator, c.denominator) {
            (Some(n), Some(d)) => {
                put_int(ws, r, next(), n, &f.int)?;
                put_int(ws, r, next(), d, &f.int)?;
                let c3 = next();
                put_ratio(ws, r, c3, n, d, &f.percent)?;
                next();
            }
            _ => {
                next();
                next();
                next();
                ws.write_string_with_format(r, next(), clip(summary::measured(c, lang)), &f.wrap)?;
            }
        }
        let band = summary::band(c, lang);
        ws.write_string_with_format(r, next(), clip(&band), &f.wrap)?;
        if !c.applicable {
            let cc = next();
            ws.write_string_with_format(r, cc, t(key!("report-xlsx-n")), &f.text)?;
            if !levels {
                next();
            }
        } else if levels {
            put_int(ws, r, next(), u64::from(c.level.unwrap_or(0)), &f.int)?;
        } else {
            put_dec(ws, r, next(), c.points.unwrap_or_default(), &f.decimal)?;
            put_dec(ws, r, next(), c.max_points.unwrap_or_default(), &f.decimal)?;
        }
        let cc = next();
        if c.provisional {
            ws.write_string_with_format(r, cc, "*", &f.text)?;
        }
        put_int(ws, r, next(), c.evidence_codes.len() as u64, &f.int)?;
        ws.write_string_with_format(r, next(), clip(c.evidence_codes.join(", ")), &f.wrap)?;
        let (c1, c2) = (next(), next());
        if let Some(n) = &c.next {
            put_int(ws, r, c1, n.members_needed, &f.int)?;
            ws.write_string_with_format(
                r,
                c2,
                clip(super::reached::next_target(&n.target)),
                &f.text,
            )?;
        }
        let notes: Vec<&str> = c.warnings.iter().map(|w| w.text(lang)).collect();
        let mut notes = notes.join("; ");
        if !c.assessed {
            notes.insert_str(0, &t(key!("report-xlsx-not-assessed")));
        }
        ws.write_string_with_format(r, next(), clip(notes.trim()), &f.wrap)?;
        let measured = summary::measured(c, lang);
        let codes = c.evidence_codes.join(", ");
        fit_row(
            ws,
            r,
            &[
                (c.title(lang), 48),
                (if c.numerator.is_some() { "" } else { &measured }, 28),
                (&codes, 22),
                (&band, 16),
                (notes.trim(), 30),
            ],
        )?;
        r += 1;
    }
    r += 1;
    if let Some(total) = &a.total {
        ws.write_string_with_format(r, 1, t(key!("report-xlsx-total")), &f.bold)?;
        put_dec(ws, r, 7, total.points, &f.decimal)?;
        put_dec(ws, r, 8, total.max_points, &f.decimal)?;
        r += 1;
    }
    ws.write_string_with_format(
        r,
        1,
        if levels {
            t(key!("report-xlsx-unit-s-outcome"))
        } else {
            t(key!("report-xlsx-classification"))
        },
        &f.bold,
    )?;
    if let Some(l) = a.outcome.level {
        put_int(ws, r, 7, u64::from(l), &f.int)?;
    }
    ws.write_string_with_format(r, 6, clip(a.outcome.label(lang)), &f.bold)?;
    if let Some(note) = summary::provisional_note(a, lang) {
        ws.write_string_with_format(r + 2, 1, clip(note), &f.wrap)?;
    }

    // Sheet 2: the action plan, one row per member to bring along.
    let ws = wb.add_worksheet();
    ws.set_name(t(key!("report-xlsx-action-plan")))?;
    print_setup(ws);
    header_row(
        ws,
        0,
        &[
            (t(key!("report-xlsx-id")), 6),
            (t(key!("report-xlsx-indicator")), 40),
            (t(key!("report-xlsx-priority")), 8),
            (t(key!("report-xlsx-now")), 26),
            (t(key!("report-xlsx-goal")), 18),
            (t(key!("report-xlsx-members-needed")), 9),
            (t(key!("report-xlsx-gain")), 11),
            (t(key!("report-xlsx-what-do")), 40),
            (t(key!("report-xlsx-no")), 5),
            (t(key!("report-xlsx-member-id")), 12),
            (t(key!("report-xlsx-name")), 24),
            (t(key!("report-xlsx-roster-line")), 9),
            (t(key!("report-xlsx-responsible")), 18),
            (t(key!("report-xlsx-deadline")), 12),
        ],
        &f,
    )?;
    let actions = summary::actions(a, rubric, lang);
    let mut r = 1u32;
    for x in &actions {
        let rows = x.members.len().max(1);
        for i in 0..rows {
            ws.write_string_with_format(r, 0, clip(&x.id), &f.text)?;
            ws.write_string_with_format(r, 1, clip(&x.title), &f.text)?;
            if x.holds_back {
                ws.write_string_with_format(r, 2, t(key!("report-xlsx-yes")), &f.bold)?;
            }
            ws.write_string_with_format(r, 3, clip(&x.now), &f.text)?;
            ws.write_string_with_format(r, 4, clip(&x.goal), &f.text)?;
            if let Some(n) = x.members_needed {
                put_int(ws, r, 5, n, &f.int)?;
            }
            ws.write_string_with_format(r, 6, clip(&x.gain), &f.text)?;
            ws.write_string_with_format(r, 7, clip(&x.what), &f.text)?;
            if let Some(m) = x.members.get(i) {
                put_int(ws, r, 8, (i + 1) as u64, &f.int)?;
                ws.write_string_with_format(r, 9, clip(m.id.as_deref().unwrap_or("")), &f.text)?;
                ws.write_string_with_format(r, 10, clip(&m.name), &f.text)?;
                put_int(ws, r, 11, m.line, &f.int)?;
            }
            r += 1;
        }
    }
    if actions.is_empty() {
        ws.write_string_with_format(
            1,
            1,
            t(key!("report-xlsx-every-criterion-top-band-level")),
            &f.text,
        )?;
    }

    // Sheet 3: the form's information, as key / value rows.
    let ws = wb.add_worksheet();
    ws.set_name(t(key!("report-xlsx-information")))?;
    header_row(
        ws,
        0,
        &[
            (t(key!("report-xlsx-item")), 30),
            (t(key!("report-xlsx-value")), 90),
        ],
        &f,
    )?;
    let (_, title) = summary::form_title(a, lang);
    let mut r = 1u32;
    let mut kv = |ws: &mut Worksheet, k: &str, v: Value| -> Result<(), XlsxError> {
        ws.write_string_with_format(r, 0, clip(k), &f.bold)?;
        match v {
            Value::Text(s) => {
                fit_row(ws, r, &[(&s, 90)])?;
                ws.write_string_with_format(r, 1, clip(s), &f.wrap)?;
            }
            Value::Int(n) => put_int(ws, r, 1, n, &f.int)?,
            Value::Dec(d) => put_dec(ws, r, 1, d, &f.decimal)?,
            Value::Date(d) => match excel_date(d) {
                Some(x) => {
                    ws.write_datetime_with_format(r, 1, &x, &f.date)?;
                }
                None => {
                    ws.write_string_with_format(r, 1, clip(summary::date(d)), &f.text)?;
                }
            },
        }
        r += 1;
        Ok(())
    };
    kv(ws, &t(key!("report-xlsx-form")), Value::Text(title))?;
    if let Some(auth) = &form.authority {
        kv(
            ws,
            &t(key!("report-xlsx-governing-body")),
            Value::Text(auth.clone()),
        )?;
    }
    kv(
        ws,
        &t(key!("report-xlsx-unit")),
        Value::Text(summary::unit_name(a, lang)),
    )?;
    if let Some(y) = a.unit.year {
        kv(
            ws,
            &t(key!("report-xlsx-evaluation-year")),
            Value::Int(u64::try_from(y).unwrap_or(0)),
        )?;
    }
    kv(
        ws,
        &t(key!("report-xlsx-members-all")),
        Value::Int(a.members.total),
    )?;
    kv(
        ws,
        &t(key!("report-xlsx-members-counted")),
        Value::Int(a.members.counted),
    )?;
    kv(
        ws,
        &t(key!("report-xlsx-members-excluded")),
        Value::Int(a.members.excluded),
    )?;
    kv(
        ws,
        &t(key!("report-xlsx-rubric")),
        Value::Text(format!(
            "{} [{} {}]",
            lang.pick(&a.rubric.title, &a.rubric.title_en),
            a.rubric.id,
            a.rubric.version
        )),
    )?;
    kv(ws, &t(key!("report-xlsx-assessed")), Value::Date(a.as_of))?;
    for (k, v) in a.calendar.lines(lang) {
        if k == t(key!("report-xlsx-assessed")) {
            kv(
                ws,
                &t(key!("report-xlsx-why-this-date")),
                Value::Text(a.calendar.as_of_reason(lang)),
            )?;
        } else {
            kv(ws, &k, Value::Text(v))?;
        }
    }
    if let Some(total) = &a.total {
        kv(
            ws,
            &t(key!("report-xlsx-total-points")),
            Value::Dec(total.points),
        )?;
        kv(
            ws,
            &t(key!("report-xlsx-max-points")),
            Value::Dec(total.max_points),
        )?;
    }
    if let Some(l) = a.outcome.level {
        kv(
            ws,
            &t(key!("report-xlsx-level-2")),
            Value::Int(u64::from(l)),
        )?;
    }
    kv(
        ws,
        &t(key!("report-xlsx-outcome")),
        Value::Text(summary::outcome(a, lang)),
    )?;
    if let Some(d) = a.outcome.level_2_from {
        kv(
            ws,
            &t(key!("report-xlsx-may-apply-level-2-from")),
            Value::Date(d),
        )?;
    }
    kv(
        ws,
        &t(key!("report-xlsx-place-date")),
        Value::Text(summary::place_date_line(
            form.place.as_deref(),
            form.date,
            lang,
        )),
    )?;
    kv(
        ws,
        &t(key!("report-xlsx-prepared")),
        Value::Text(form.prepared_by.clone().unwrap_or_default()),
    )?;
    kv(
        ws,
        &t(key!("report-xlsx-head-unit")),
        Value::Text(form.head.clone().unwrap_or_default()),
    )?;
    if let Some(note) = summary::provisional_note(a, lang) {
        kv(ws, &t(key!("report-xlsx-provisional")), Value::Text(note))?;
    }
    for w in &a.warnings {
        kv(
            ws,
            &t(key!("report-xlsx-warning")),
            Value::Text(w.text(lang).to_string()),
        )?;
    }
    kv(
        ws,
        &t(key!("report-xlsx-roster-sha256")),
        Value::Text(format!("{} ({})", a.inputs.roster, a.inputs.roster_sha256)),
    )?;
    if let (Some(p), Some(h)) = (&a.inputs.evidence, &a.inputs.evidence_sha256) {
        kv(
            ws,
            "evidence.toml (sha256)",
            Value::Text(format!("{p} ({h})")),
        )?;
    }
    kv(
        ws,
        &t(key!("report-xlsx-rubric-sha256")),
        Value::Text(format!("{} ({})", a.rubric.origin, a.rubric.sha256)),
    )?;

    wb.save_to_buffer()
}

enum Value {
    Text(String),
    Int(u64),
    Dec(Decimal),
    Date(chrono::NaiveDate),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_cells_are_cut_not_refused() {
        let long = "ă".repeat(40_000);
        let c = clip(&long);
        assert_eq!(c.chars().count(), 32_001);
        assert!(c.ends_with('…'));
        assert_eq!(clip("Tân Hòa"), "Tân Hòa");
    }
}
