//! The result of scoring one unit under one rubric: what every renderer reads.

use crate::lang::Lang;
use crate::rubric::RubricKind;
use chrono::NaiveDate;
use rust_decimal::Decimal;

pub use crate::calendar::{AsOf, AsOfSource, Calendar, Rule};
pub use crate::manifest::PriorRecognition;
pub use crate::rubric::{Condition, PercentRange};
pub use crate::warning::Warning;

#[derive(Debug, Clone)]
pub struct Assessment {
    pub rubric: RubricInfo,
    pub unit: UnitInfo,
    pub members: MemberCounts,
    pub criteria: Vec<CriterionResult>,
    /// Points rubrics only.
    pub total: Option<Total>,
    pub outcome: Outcome,
    pub warnings: Vec<Warning>,
    /// The date level 2 was judged at (`calendar.as_of.date`).
    pub as_of: NaiveDate,
    /// The dated rules around this dossier, and why `as_of` is what it is.
    pub calendar: crate::calendar::Calendar,
    pub inputs: Inputs,
}

#[derive(Debug, Clone)]
pub struct RubricInfo {
    pub id: String,
    pub version: String,
    pub title: String,
    pub title_en: String,
    pub kind: RubricKind,
    pub provisional: Vec<String>,
    pub sha256: String,
    pub origin: String,
    /// See `Rubric::differs_from_builtin`.
    pub differs_from_builtin: bool,
}

#[derive(Debug, Clone, Default)]
pub struct UnitInfo {
    pub name: Option<String>,
    pub kind: Option<String>,
    pub year: Option<i32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberCounts {
    pub total: u64,
    pub counted: u64,
    pub excluded: u64,
}

/// The files an assessment stands on, with their SHA-256.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    pub roster: String,
    pub roster_sha256: String,
    pub evidence: Option<String>,
    pub evidence_sha256: Option<String>,
    /// How the roster was read: format, encoding, sheet, header line.
    pub roster_read: RosterRead,
}

/// How a roster file was read, said back so a person can check it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RosterRead {
    /// `csv`, `xlsx`, `xls` or `ods`.
    pub format: &'static str,
    /// CSV only: `UTF-8`, `UTF-16LE`, `UTF-16BE` or `windows-1258`.
    pub encoding: Option<&'static str>,
    pub bom: bool,
    /// CSV only: `,`, `;` or a tab.
    pub delimiter: Option<char>,
    /// Workbooks only: the sheet read.
    pub sheet: Option<String>,
    /// The header's line (CSV) or row (workbook); rows above it were a title block.
    pub header_line: u64,
}

impl RosterRead {
    pub fn of(roster: &crate::roster::Roster) -> RosterRead {
        let d = roster.dialect;
        let text = d.format == crate::input::Format::Delimited;
        RosterRead {
            format: d.format.name(),
            encoding: text.then_some(d.encoding),
            bom: d.bom,
            delimiter: text.then_some(char::from(d.delimiter)),
            sheet: roster.sheet.clone(),
            header_line: roster.header_line,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeasureKind {
    Members,
    Facts,
}

#[derive(Debug, Clone)]
pub struct CriterionResult {
    pub id: String,
    pub group: String,
    pub title: String,
    pub title_en: String,
    pub kind: MeasureKind,
    pub numerator: Option<u64>,
    pub denominator: Option<u64>,
    /// The facts read, as `name = value` (unit-level criteria).
    pub value: Option<String>,
    /// The band, thresholds, case or conditions reached, as data; renderers word it
    /// (`report::reached::band`: `80–<100%`, `≥90%, <95%`, `Tập thể lao động tiên tiến`).
    pub band: Option<Reached>,
    pub points: Option<Decimal>,
    pub max_points: Option<Decimal>,
    pub level: Option<u8>,
    pub assessed: bool,
    pub applicable: bool,
    pub evidence_codes: Vec<String>,
    pub warnings: Vec<Warning>,
    pub next: Option<Next>,
    /// The result depends on a value marked provisional in the rubric.
    pub provisional: bool,
    /// Counted members who do not meet the criterion (filled with `--explain`).
    pub not_meeting: Vec<MemberRef>,
    /// Hà Nội 3.1: how many counted members meet each sub-item (information only).
    pub sub_items: Vec<SubItemResult>,
}

/// Where a criterion's measure landed on its scale.
#[derive(Debug, Clone)]
pub enum Reached {
    /// A band of a points scale.
    Band(PercentRange),
    /// A gap between published bands: the gap (`None` when no gap of the scale
    /// holds the ratio) and, when the rubric's gap policy scores the ratio as the
    /// band below, that band.
    Gap {
        gap: Option<PercentRange>,
        counted_as: Option<PercentRange>,
    },
    /// Member level thresholds consulted: the one reached (`None` below the
    /// lowest) and the one just above it (`None` at the top).
    Thresholds {
        reached: Option<Threshold>,
        above: Option<Threshold>,
    },
    /// A case of a unit-level criterion, with the rubric's own labels.
    Case { label: String, label_en: String },
    /// Unit-level levels: the conditions of the highest level met or, when none
    /// is (`met: false`), those of the first level, which were missed.
    Conditions {
        when: Vec<Condition>,
        met: bool,
        /// The threshold of the level reached is provisional.
        provisional: bool,
        /// The level just above, when its threshold was missed and is provisional
        /// (only said once a level is reached).
        provisional_above: Option<u8>,
    },
}

/// A member level threshold: a ratio of at least `min_percent`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Threshold {
    pub min_percent: Decimal,
    pub provisional: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Next {
    /// The next step up, as data; renderers word it (`report::reached::next_target`).
    pub target: NextTarget,
    pub members_needed: u64,
}

/// The next band or level a member-ratio criterion can reach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextTarget {
    /// A points band: the ratio range it covers and the points it gives.
    Band {
        range: PercentRange,
        points: Decimal,
    },
    /// A level, reached at a ratio of at least `min_percent`.
    Level { level: u8, min_percent: Decimal },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRef {
    pub line: u64,
    pub id: Option<String>,
    pub name: String,
}

#[derive(Debug, Clone)]
pub struct SubItemResult {
    pub id: String,
    pub column: &'static str,
    pub title: String,
    pub points: Decimal,
    pub numerator: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Total {
    pub points: Decimal,
    pub max_points: Decimal,
}

#[derive(Debug, Clone)]
pub struct Outcome {
    pub recognized: bool,
    /// Points rubrics: `tot`, `kha`, `trung-binh`, `khong-dat`.
    pub grade: Option<String>,
    /// Levels rubrics: 0, 1, 2.
    pub level: Option<u8>,
    pub label: String,
    pub label_en: String,
    /// The outcome depends on values marked provisional.
    pub provisional: bool,
    /// Levels rubrics: the level every indicator reaches, before the 12-month rule.
    pub indicators_level: Option<u8>,
    /// When the unit may apply for level 2, if the 12-month rule held it back.
    pub level_2_from: Option<NaiveDate>,
}

impl Outcome {
    pub fn label(&self, lang: Lang) -> &str {
        lang.pick(&self.label, &self.label_en)
    }
}

impl CriterionResult {
    pub fn title(&self, lang: Lang) -> &str {
        lang.pick(&self.title, &self.title_en)
    }

    /// The exact ratio as a decimal, rounded to 4 places only for display.
    pub fn ratio(&self) -> Option<Decimal> {
        match (self.numerator, self.denominator) {
            (Some(n), Some(d)) if d > 0 => Some(
                (Decimal::from(n) / Decimal::from(d))
                    .round_dp(4)
                    .normalize(),
            ),
            _ => None,
        }
    }
}
