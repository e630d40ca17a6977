//! `dvht batch` output: a table for people (a row per unit, then a summary by
//! outcome), CSV for spreadsheets, and JSON `dvht.batch/1`. CSV and JSON are written
//! as rows arrive, so a national run never holds every row; the table needs every row
//! to size its columns, and is meant for a district's hundreds of units.
//!
//! The JSON wire types are the contract (SPEC.md): fields may be added, never removed
//! or renamed. Exact figures are decimal strings.

use super::json::{OutcomeJson, TotalJson};
use super::{exact, number, spreadsheet_safe};
use crate::batch::{Summary, UnitRow};
use crate::key;
use crate::lang::Lang;
use crate::rubric::{Rubric, RubricKind};
use chrono::NaiveDate;
use comfy_table::{Cell, CellAlignment};
use serde::Serialize;
use std::fmt::Write;

pub const SCHEMA: &str = "dvht.batch/1";

/// A unit's error as one line, without the `dvht:` prefix.
pub fn error_text(e: &crate::error::Error, lang: Lang) -> String {
    let s = e.render_line(lang);
    s.strip_prefix("dvht: ").map(str::to_string).unwrap_or(s)
}

// ------------------------------------------------------------------------ JSON

#[derive(Serialize)]
pub struct BatchRubricJson<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub version: &'a str,
    /// `points` or `levels`.
    pub kind: &'static str,
    /// Present (true) only for a rubric file that claims a built-in id but
    /// differs from that built-in.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub differs_from_builtin: bool,
}

/// One unit. An unreadable unit has `error` set and every result field null.
#[derive(Serialize)]
pub struct UnitJson<'a> {
    /// The unit's folder relative to DIR, `/`-separated.
    pub folder: &'a str,
    /// `[unit] name` from evidence.toml.
    pub name: Option<&'a str>,
    /// Counted members.
    pub members: Option<u64>,
    /// Members not counted (the `excluded` column).
    pub excluded: Option<u64>,
    /// Points rubrics: `{"points", "max_points"}`; null for levels rubrics.
    pub total: Option<TotalJson>,
    pub outcome: Option<OutcomeJson>,
    /// How many warnings `dvht score` prints for the unit.
    pub warnings: Option<usize>,
    /// With `--check-evidence`: evidence files missing or outside the unit folder
    /// (a missing evidence.toml counts as one); null without the flag.
    pub evidence_problems: Option<usize>,
    pub error: Option<String>,
    /// The date the unit was judged at (its own default without `--as-of`).
    pub as_of: Option<String>,
    /// `flag`, `submitted_on`, `deadline` or `today` (see `dvht.assessment/1`).
    pub as_of_source: Option<&'static str>,
    /// The unit's calendar, as in `dvht.assessment/1`.
    pub calendar: Option<super::json::CalendarJson>,
}

#[derive(Serialize)]
pub struct OutcomeCountJson<'a> {
    pub grade: Option<&'a str>,
    pub level: Option<u8>,
    pub label: &'a str,
    pub recognized: bool,
    pub units: u64,
}

#[derive(Serialize)]
pub struct EvidenceSummaryJson {
    /// Problems in all units.
    pub problems: u64,
    /// Units with at least one problem.
    pub units: u64,
}

#[derive(Serialize)]
pub struct SummaryJson<'a> {
    pub units: u64,
    pub recognized: u64,
    pub not_recognized: u64,
    pub errors: u64,
    /// Every outcome the rubric gives, best first, with how many units reached it.
    pub by_outcome: Vec<OutcomeCountJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence_problems: Option<EvidenceSummaryJson>,
}

pub fn unit_json<'a>(row: &'a UnitRow, lang: Lang) -> UnitJson<'a> {
    match &row.result {
        Ok(s) => UnitJson {
            folder: &row.folder,
            name: s.name.as_deref(),
            members: Some(s.members.counted),
            excluded: Some(s.members.excluded),
            total: s.total.as_ref().map(|t| TotalJson {
                points: exact(t.points),
                max_points: exact(t.max_points),
            }),
            outcome: Some(OutcomeJson {
                recognized: s.outcome.recognized,
                grade: s.outcome.grade.clone(),
                level: s.outcome.level,
                label: s.outcome.label(lang).to_string(),
                provisional: s.outcome.provisional,
                indicators_level: s.outcome.indicators_level,
                level_2_from: s.outcome.level_2_from.map(|d| d.to_string()),
            }),
            warnings: Some(s.warnings),
            evidence_problems: row.evidence_problems,
            error: None,
            as_of: Some(s.calendar.as_of.date.to_string()),
            as_of_source: Some(s.calendar.as_of.source.code()),
            calendar: Some(super::json::calendar_json(&s.calendar, lang)),
        },
        Err(e) => UnitJson {
            folder: &row.folder,
            name: None,
            members: None,
            excluded: None,
            total: None,
            outcome: None,
            warnings: None,
            evidence_problems: row.evidence_problems,
            error: Some(error_text(e, lang)),
            as_of: None,
            as_of_source: None,
            calendar: None,
        },
    }
}

/// Writes `dvht.batch/1` piece by piece: `head`, then `rows` as they come, then `tail`.
/// Each unit is one compact line inside the pretty-printed object.
pub struct JsonWriter {
    lang: Lang,
    first: bool,
}

impl JsonWriter {
    pub fn new(lang: Lang) -> JsonWriter {
        JsonWriter { lang, first: true }
    }

    /// `as_of` is the `--as-of` date when given (`"as_of_source": "flag"`). Without it
    /// each unit is judged at its own default (its `as_of` and `as_of_source`), the
    /// top-level `as_of` is today and `as_of_source` is `"per-unit"`.
    pub fn head(&self, rubric: &Rubric, flag: Option<NaiveDate>, today: NaiveDate) -> String {
        let r = BatchRubricJson {
            id: &rubric.id,
            title: self.lang.pick(&rubric.title, &rubric.title_en),
            version: &rubric.version,
            kind: match rubric.kind {
                RubricKind::Points => "points",
                RubricKind::Levels => "levels",
            },
            differs_from_builtin: rubric.differs_from_builtin,
        };
        format!(
            "{{\n  \"schema\": \"{SCHEMA}\",\n  \"rubric\": {},\n  \"as_of\": \"{}\",\n  \"as_of_source\": \"{}\",\n  \"units\": [",
            to_json(&r),
            flag.unwrap_or(today),
            if flag.is_some() { "flag" } else { "per-unit" }
        )
    }

    pub fn rows(&mut self, rows: &[UnitRow]) -> String {
        let mut out = String::with_capacity(rows.len() * 256);
        for row in rows {
            out.push_str(if self.first { "\n    " } else { ",\n    " });
            self.first = false;
            out.push_str(&to_json(&unit_json(row, self.lang)));
        }
        out
    }

    pub fn tail(&self, s: &Summary) -> String {
        let summary = SummaryJson {
            units: s.units,
            recognized: s.recognized,
            not_recognized: s.not_recognized,
            errors: s.errors,
            by_outcome: s
                .by_outcome
                .iter()
                .map(|c| OutcomeCountJson {
                    grade: c.grade.as_deref(),
                    level: c.level,
                    label: self.lang.pick(&c.label, &c.label_en),
                    recognized: c.recognized,
                    units: c.units,
                })
                .collect(),
            evidence_problems: s
                .evidence_problems
                .map(|(problems, units)| EvidenceSummaryJson { problems, units }),
        };
        let body = serde_json::to_string_pretty(&summary).expect("plain data serialises");
        format!(
            "{}],\n  \"summary\": {}\n}}\n",
            if self.first { "" } else { "\n  " },
            body.replace('\n', "\n  ")
        )
    }
}

fn to_json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("plain data serialises")
}

// ------------------------------------------------------------------------- CSV

/// The columns of `dvht batch --format csv`, fixed whatever the rubric or flags.
pub const CSV_HEADER: &[&str] = &[
    "folder",
    "name",
    "members",
    "excluded",
    "total",
    "max_points",
    "level",
    "grade",
    "recognized",
    "label",
    "warnings",
    "evidence_problems",
    "error",
    "as_of",
    "as_of_source",
    "level_2_from",
    "retained_until",
    // Added after the columns scripts read by position: the date's source in words.
    "as_of_source_label",
];

/// Writes CSV rows as they come; every cell is formula-safe.
pub struct CsvWriter {
    /// The BOM and header, until the first rows are written.
    pending: Vec<u8>,
    lang: Lang,
}

impl CsvWriter {
    /// Starts with the header line (after a UTF-8 BOM with `bom`).
    pub fn new(lang: Lang, bom: bool) -> CsvWriter {
        let mut buf = Vec::new();
        if bom {
            buf.extend_from_slice("\u{FEFF}".as_bytes());
        }
        let mut w = csv::WriterBuilder::new().from_writer(buf);
        w.write_record(CSV_HEADER).expect("writing to memory");
        CsvWriter {
            pending: w.into_inner().expect("writing to memory"),
            lang,
        }
    }

    /// The CSV text for `rows` (preceded by the header the first time).
    pub fn rows(&mut self, rows: &[UnitRow]) -> String {
        let lang = self.lang;
        let mut buf = std::mem::take(&mut self.pending);
        buf.reserve(rows.len() * 160);
        let mut w = csv::WriterBuilder::new().from_writer(buf);
        for row in rows {
            let problems = row
                .evidence_problems
                .map(|n| n.to_string())
                .unwrap_or_default();
            let cells: [String; 18] = match &row.result {
                Ok(s) => [
                    row.folder.clone(),
                    s.name.clone().unwrap_or_default(),
                    s.members.counted.to_string(),
                    s.members.excluded.to_string(),
                    s.total
                        .as_ref()
                        .map(|t| exact(t.points))
                        .unwrap_or_default(),
                    s.total
                        .as_ref()
                        .map(|t| exact(t.max_points))
                        .unwrap_or_default(),
                    s.outcome.level.map(|l| l.to_string()).unwrap_or_default(),
                    s.outcome.grade.clone().unwrap_or_default(),
                    s.outcome.recognized.to_string(),
                    s.outcome.label(lang).to_string(),
                    s.warnings.to_string(),
                    problems,
                    String::new(),
                    s.calendar.as_of.date.to_string(),
                    s.calendar.as_of.source.code().to_string(),
                    s.calendar
                        .level_2_from
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                    s.calendar
                        .retained_until
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                    super::csv::as_of_source_words(s.calendar.as_of.source, lang),
                ],
                Err(e) => [
                    row.folder.clone(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    problems,
                    error_text(e, lang),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ],
            };
            w.write_record(cells.iter().map(|c| spreadsheet_safe(c).into_owned()))
                .expect("writing to memory");
        }
        let bytes = w.into_inner().expect("writing to memory");
        String::from_utf8(bytes).expect("UTF-8 in, UTF-8 out")
    }
}

// ----------------------------------------------------------------------- table

/// The table for people: one row per unit, the summary by outcome, then the units
/// that could not be read with their errors.
pub fn table(
    rows: &[UnitRow],
    summary: &Summary,
    rubric: &Rubric,
    dir: &str,
    lang: Lang,
) -> String {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let points = rubric.kind == RubricKind::Points;
    let check = summary.evidence_problems.is_some();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {} [{}]",
        t(key!("report-batch-rubric")),
        lang.pick(&rubric.title, &rubric.title_en),
        rubric.id
    );
    let _ = writeln!(out, "{}: {dir}", t(key!("report-batch-folder")));
    let _ = writeln!(out, "{}", t(key!("report-batch-each-unit-when-given-else")));

    let mut table = super::grid::wrapped(140);
    let mut header = vec![
        t(key!("report-batch-folder")),
        t(key!("report-batch-unit")),
        t(key!("report-batch-members")),
        if points {
            t(key!("report-batch-total"))
        } else {
            t(key!("report-batch-level"))
        },
        t(key!("report-batch-outcome")),
        t(key!("report-batch-warnings")),
        t(key!("report-batch-as-of")),
    ];
    if check {
        header.push(t(key!("report-batch-evidence-problems")));
    }
    table.set_header(header);
    let right = |s: String| Cell::new(s).set_alignment(CellAlignment::Right);
    for row in rows {
        let mut cells = match &row.result {
            Ok(s) => vec![
                Cell::new(&row.folder),
                Cell::new(s.name.as_deref().unwrap_or("—")),
                right(s.members.counted.to_string()),
                right(match &s.total {
                    Some(tot) => number(tot.points, lang),
                    None => s.outcome.level.map(|l| l.to_string()).unwrap_or_default(),
                }),
                Cell::new(format!(
                    "{} {}",
                    if s.outcome.recognized { "✓" } else { "✗" },
                    s.outcome.label(lang)
                )),
                right(s.warnings.to_string()),
                Cell::new(format!(
                    "{} ({})",
                    crate::date::short_date(s.calendar.as_of.date),
                    s.calendar.as_of.source.short(lang)
                )),
            ],
            Err(_) => vec![
                Cell::new(&row.folder),
                Cell::new("—"),
                Cell::new(""),
                Cell::new(""),
                Cell::new(t(key!("report-batch-error-see-below"))),
                Cell::new(""),
                Cell::new(""),
            ],
        };
        if check {
            cells.push(right(
                row.evidence_problems
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
            ));
        }
        table.add_row(cells);
    }
    let _ = writeln!(out, "{table}");

    let _ = writeln!(
        out,
        "\n{} ({} {}):",
        t(key!("report-batch-summary")),
        summary.units,
        t(key!("report-batch-units"))
    );
    for c in &summary.by_outcome {
        let _ = writeln!(
            out,
            "  {:<28} {:>7}",
            format!(
                "{} {}",
                if c.recognized { "✓" } else { "✗" },
                lang.pick(&c.label, &c.label_en)
            ),
            c.units
        );
    }
    let _ = writeln!(
        out,
        "  {}: {} · {}: {} · {}: {}",
        t(key!("report-batch-recognised")),
        summary.recognized,
        t(key!("report-batch-not-recognised")),
        summary.not_recognized,
        t(key!("report-batch-errors")),
        summary.errors
    );
    if let Some((problems, units)) = summary.evidence_problems {
        let _ = writeln!(
            out,
            "  {}: {problems} ({} {units} {})",
            t(key!("report-batch-evidence-problems")),
            t(key!("report-batch-in")),
            t(key!("report-batch-units"))
        );
    }
    let errors: Vec<(&str, &crate::error::Error)> = rows
        .iter()
        .filter_map(|r| r.result.as_ref().err().map(|e| (r.folder.as_str(), e)))
        .collect();
    if !errors.is_empty() {
        let _ = writeln!(
            out,
            "\n{}:",
            t(key!("report-batch-units-that-could-not-read"))
        );
        for (folder, e) in errors {
            let _ = writeln!(out, "  {folder}: {}", error_text(e, lang));
        }
    }
    out
}
