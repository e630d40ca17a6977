//! `dvht score --format json`: the `dvht.assessment/1` contract (SPEC.md).
//!
//! These wire types are serialise-only and are the contract: fields may be added,
//! never removed or renamed. Exact figures are decimal strings (`"0.9"`, `"8"`).

use super::exact;
use crate::lang::Lang;
use crate::rubric::RubricKind;
use crate::score::assessment::*;
use serde::Serialize;

pub const SCHEMA: &str = "dvht.assessment/1";

#[derive(Serialize)]
pub struct AssessmentJson {
    pub schema: &'static str,
    pub rubric: RubricJson,
    pub unit: UnitJson,
    pub members: MembersJson,
    pub criteria: Vec<CriterionJson>,
    pub total: Option<TotalJson>,
    pub outcome: OutcomeJson,
    pub warnings: Vec<String>,
    /// The date level-2 eligibility was judged at.
    pub as_of: String,
    /// The files scored, with SHA-256, so a council can check what a score stands on.
    pub inputs: InputsJson,
    /// The dated rules around the dossier, and where `as_of` came from.
    pub calendar: CalendarJson,
}

/// `calendar`: dates are `YYYY-MM-DD`; a field that needs what the unit file does not
/// give (`[unit] year`, a recognition decision) or the rubric does not have (a
/// recognition rule: points rubrics) is null.
#[derive(Serialize)]
pub struct CalendarJson {
    /// The date level 2 was judged at (the same as the top-level `as_of`).
    pub as_of: String,
    /// Where it came from: `flag` (`--as-of`), `submitted_on` (`[unit] submitted_on`),
    /// `deadline` (no submitted_on, today past the deadline), `today`.
    pub as_of_source: &'static str,
    /// The same, in words.
    pub as_of_reason: String,
    /// Today as `dvht` saw it (the `DVHT_TODAY` environment variable fixes it).
    pub today: String,
    /// The assessment year (`[unit] year`).
    pub year: Option<i32>,
    /// 01/01 to 31/12 of the assessment year.
    pub data_period: Option<PeriodJson>,
    /// The last day to send the dossier: 15/01 of the next year.
    pub deadline: Option<String>,
    /// Days from today to the deadline: 0 on the day, negative once overdue.
    pub days_left: Option<i64>,
    pub submitted_on: Option<String>,
    /// Whether `submitted_on` is on or before the deadline.
    pub submitted_on_time: Option<bool>,
    /// The decision that counts on `as_of`: the latest level ≥ 1 one taken by then.
    pub recognition: Option<DecisionJson>,
    /// The rubric's wait before level 2, in months (null for points rubrics).
    pub level_2_after_months: Option<u32>,
    /// The first day level 2 may be proposed (decision + the wait).
    pub level_2_from: Option<String>,
    /// Whether level 2 may be proposed on `as_of` (wait over, recognition retained).
    pub level_2_open: Option<bool>,
    /// The last day the counted recognition is retained.
    pub retained_until: Option<String>,
}

#[derive(Serialize)]
pub struct PeriodJson {
    pub from: String,
    pub to: String,
}

#[derive(Serialize)]
pub struct DecisionJson {
    pub level: u8,
    pub decided_on: String,
    pub decision: Option<String>,
}

pub fn calendar_json(c: &crate::calendar::Calendar, lang: Lang) -> CalendarJson {
    CalendarJson {
        as_of: c.as_of.date.to_string(),
        as_of_source: c.as_of.source.code(),
        as_of_reason: c.as_of_reason(lang),
        today: c.today.to_string(),
        year: c.year,
        data_period: c.data_period.map(|(from, to)| PeriodJson {
            from: from.to_string(),
            to: to.to_string(),
        }),
        deadline: c.deadline.map(|d| d.to_string()),
        days_left: c.days_left,
        submitted_on: c.submitted_on.map(|d| d.to_string()),
        submitted_on_time: c.submitted_on_time(),
        recognition: c.recognition.as_ref().map(|r| DecisionJson {
            level: r.level,
            decided_on: r.decided_on.to_string(),
            decision: r.decision.clone(),
        }),
        level_2_after_months: c.rule.map(|r| r.level_2_after_months),
        level_2_from: c.level_2_from.map(|d| d.to_string()),
        level_2_open: c.rule.map(|_| c.level_2_open()),
        retained_until: c.retained_until.map(|d| d.to_string()),
    }
}

#[derive(Serialize)]
pub struct RubricJson {
    pub id: String,
    pub title: String,
    pub version: String,
    /// `points` or `levels`.
    pub kind: &'static str,
    /// The parts of the rubric marked provisional (`classification`, `level_2`).
    pub provisional: Vec<String>,
    pub sha256: String,
    /// Present (true) only for a rubric file that claims a built-in id but
    /// differs from that built-in.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub differs_from_builtin: bool,
}

#[derive(Serialize)]
pub struct UnitJson {
    pub name: Option<String>,
    pub year: Option<i32>,
    pub kind: Option<String>,
}

#[derive(Serialize)]
pub struct MembersJson {
    pub total: u64,
    pub counted: u64,
    pub excluded: u64,
}

#[derive(Serialize)]
pub struct CriterionJson {
    pub id: String,
    pub group: String,
    pub title: String,
    /// `members` (a ratio of counted members) or `facts` (unit-level).
    pub kind: &'static str,
    pub numerator: Option<u64>,
    pub denominator: Option<u64>,
    /// numerator / denominator, rounded to 4 decimal places.
    pub ratio: Option<String>,
    /// Unit-level criteria: the facts read, `name = value`.
    pub value: Option<String>,
    pub band: Option<String>,
    pub points: Option<String>,
    pub max_points: Option<String>,
    pub level: Option<u8>,
    pub assessed: bool,
    pub applicable: bool,
    /// How many evidence items support the criterion's inputs.
    pub evidence: usize,
    pub evidence_codes: Vec<String>,
    pub warnings: Vec<String>,
    pub next: Option<NextJson>,
    /// The result depends on a value the rubric marks provisional.
    pub provisional: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_meeting: Option<Vec<MemberJson>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sub_items: Vec<SubItemJson>,
}

#[derive(Serialize)]
pub struct NextJson {
    pub target: String,
    pub members_needed: u64,
}

#[derive(Serialize)]
pub struct MemberJson {
    pub line: u64,
    pub id: Option<String>,
    pub name: String,
}

#[derive(Serialize)]
pub struct SubItemJson {
    pub id: String,
    pub column: &'static str,
    pub title: String,
    pub points: String,
    pub numerator: u64,
}

#[derive(Serialize)]
pub struct TotalJson {
    pub points: String,
    pub max_points: String,
}

#[derive(Serialize)]
pub struct OutcomeJson {
    pub recognized: bool,
    pub grade: Option<String>,
    pub level: Option<u8>,
    pub label: String,
    pub provisional: bool,
    /// Levels rubrics: the level every indicator reaches before the 12-month rule.
    pub indicators_level: Option<u8>,
    /// The date from which the unit may apply for level 2, when the rule held it back.
    pub level_2_from: Option<String>,
}

#[derive(Serialize)]
pub struct InputsJson {
    pub roster: String,
    pub roster_sha256: String,
    pub evidence: Option<String>,
    pub evidence_sha256: Option<String>,
    /// How the roster was read: `{"format": "csv"|"xlsx"|"xls"|"ods", "encoding",
    /// "bom", "delimiter", "sheet", "header_line"}` (null where it does not apply).
    pub roster_read: RosterReadJson,
}

#[derive(Serialize)]
pub struct RosterReadJson {
    pub format: &'static str,
    pub encoding: Option<&'static str>,
    pub bom: bool,
    pub delimiter: Option<String>,
    pub sheet: Option<String>,
    pub header_line: u64,
}

pub fn to_json(a: &Assessment, lang: Lang, explain: bool) -> AssessmentJson {
    AssessmentJson {
        schema: SCHEMA,
        rubric: RubricJson {
            id: a.rubric.id.clone(),
            title: lang.pick(&a.rubric.title, &a.rubric.title_en).to_string(),
            version: a.rubric.version.clone(),
            kind: match a.rubric.kind {
                RubricKind::Points => "points",
                RubricKind::Levels => "levels",
            },
            provisional: a.rubric.provisional.clone(),
            sha256: a.rubric.sha256.clone(),
            differs_from_builtin: a.rubric.differs_from_builtin,
        },
        unit: UnitJson {
            name: a.unit.name.clone(),
            year: a.unit.year,
            kind: a.unit.kind.clone(),
        },
        members: MembersJson {
            total: a.members.total,
            counted: a.members.counted,
            excluded: a.members.excluded,
        },
        criteria: a
            .criteria
            .iter()
            .map(|c| CriterionJson {
                id: c.id.clone(),
                group: c.group.clone(),
                title: c.title(lang).to_string(),
                kind: match c.kind {
                    MeasureKind::Members => "members",
                    MeasureKind::Facts => "facts",
                },
                numerator: c.numerator,
                denominator: c.denominator,
                ratio: c.ratio().map(exact),
                value: c.value.clone(),
                band: super::reached::band(c, lang),
                points: c.points.map(exact),
                max_points: c.max_points.map(exact),
                level: c.level,
                assessed: c.assessed,
                applicable: c.applicable,
                evidence: c.evidence_codes.len(),
                evidence_codes: c.evidence_codes.clone(),
                warnings: c
                    .warnings
                    .iter()
                    .map(|w| w.text(lang).to_string())
                    .collect(),
                next: c.next.as_ref().map(|n| NextJson {
                    target: super::reached::next_target(&n.target),
                    members_needed: n.members_needed,
                }),
                provisional: c.provisional,
                not_meeting: (explain && c.kind == MeasureKind::Members).then(|| {
                    c.not_meeting
                        .iter()
                        .map(|m| MemberJson {
                            line: m.line,
                            id: m.id.clone(),
                            name: m.name.clone(),
                        })
                        .collect()
                }),
                sub_items: c
                    .sub_items
                    .iter()
                    .map(|s| SubItemJson {
                        id: s.id.clone(),
                        column: s.column,
                        title: s.title.clone(),
                        points: exact(s.points),
                        numerator: s.numerator,
                    })
                    .collect(),
            })
            .collect(),
        total: a.total.as_ref().map(|t| TotalJson {
            points: exact(t.points),
            max_points: exact(t.max_points),
        }),
        outcome: OutcomeJson {
            recognized: a.outcome.recognized,
            grade: a.outcome.grade.clone(),
            level: a.outcome.level,
            label: a.outcome.label(lang).to_string(),
            provisional: a.outcome.provisional,
            indicators_level: a.outcome.indicators_level,
            level_2_from: a.outcome.level_2_from.map(|d| d.to_string()),
        },
        warnings: a
            .warnings
            .iter()
            .map(|w| w.text(lang).to_string())
            .collect(),
        as_of: a.as_of.to_string(),
        inputs: InputsJson {
            roster: a.inputs.roster.clone(),
            roster_sha256: a.inputs.roster_sha256.clone(),
            evidence: a.inputs.evidence.clone(),
            evidence_sha256: a.inputs.evidence_sha256.clone(),
            roster_read: {
                let r = &a.inputs.roster_read;
                RosterReadJson {
                    format: r.format,
                    encoding: r.encoding,
                    bom: r.bom,
                    delimiter: r.delimiter.map(String::from),
                    sheet: r.sheet.clone(),
                    header_line: r.header_line,
                }
            },
        },
        calendar: calendar_json(&a.calendar, lang),
    }
}

pub fn render(a: &Assessment, lang: Lang, explain: bool) -> String {
    let mut s =
        serde_json::to_string_pretty(&to_json(a, lang, explain)).expect("plain data serialises");
    s.push('\n');
    s
}
