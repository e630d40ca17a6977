//! `dvht compare`: two assessments of one unit, lined up criterion by criterion.
//! JSON is `dvht.compare/1`: the aligned rows, then both `dvht.assessment/1`
//! objects whole (fields may be added, never removed).

use super::number;
use crate::key;
use crate::lang::Lang;
use crate::rubric::diff::Match;
use crate::rubric::Criterion;
use crate::score::assessment::{Assessment, CriterionResult};
use comfy_table::{Cell, CellAlignment};
use serde::Serialize;
use std::fmt::Write;

pub const SCHEMA: &str = "dvht.compare/1";

type Row<'a> = crate::rubric::diff::Aligned<'a>;

fn result_of<'a>(a: &'a Assessment, c: Option<&Criterion>) -> Option<&'a CriterionResult> {
    c.and_then(|c| a.criteria.iter().find(|r| r.id == c.id))
}

fn measured(r: &CriterionResult, lang: Lang) -> String {
    crate::report::summary::measured(r, lang)
}

/// `8/10 (80–<100%)`, `Mức 1 (≥90%)`, `không áp dụng`, with "not assessed".
fn outcome_cell(r: &CriterionResult, lang: Lang) -> String {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    if !r.applicable {
        return t(key!("compare-not-applicable")).to_string();
    }
    let mut s = match (r.points, r.level) {
        (Some(p), _) => format!(
            "{}/{}",
            number(p, lang),
            number(r.max_points.unwrap_or_default(), lang)
        ),
        (None, Some(0)) => t(key!("compare-not-reached")).to_string(),
        (None, Some(l)) => format!("{} {l}", t(key!("compare-level"))),
        (None, None) => "—".to_string(),
    };
    if let Some(band) = super::reached::band(r, lang) {
        let _ = write!(s, " ({band})");
    }
    // A levels rubric marks the provisional threshold inside the band already.
    if r.provisional && r.points.is_some() {
        s.push_str(&t(key!("compare-provisional")));
    }
    if !r.assessed {
        let _ = write!(s, " — {}", t(key!("compare-not-assessed")));
    }
    s
}

fn outcome_line(a: &Assessment, lang: Lang) -> String {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let mut s = String::new();
    if let Some(total) = &a.total {
        let _ = write!(
            s,
            "{}/{} — ",
            number(total.points, lang),
            number(total.max_points, lang)
        );
    }
    let verdict = if a.outcome.recognized {
        t(key!("compare-recognised"))
    } else {
        t(key!("compare-not-recognised"))
    };
    s.push_str(&super::summary::with_verdict(
        a.outcome.label(lang),
        &verdict,
    ));
    if a.outcome.provisional {
        s.push_str(&t(key!("compare-provisional-thresholds")));
    }
    s
}

pub fn table(rows: &[Row], a: &Assessment, b: &Assessment, lang: Lang) -> String {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let mut out = String::new();
    out.push_str(&super::table::unit_line(a, lang));
    out.push_str(&super::table::members_line(a, lang));
    // both assessments are judged at the same date (same unit, same options)
    let _ = writeln!(out, "{}", b.calendar.as_of_line(lang));
    for x in [a, b] {
        let _ = writeln!(
            out,
            "  {}: {}",
            x.rubric.id,
            lang.pick(&x.rubric.title, &x.rubric.title_en)
        );
    }

    let mut table = super::grid::wrapped(150);
    table.set_header(vec![
        t(key!("compare-measures")).to_string(),
        t(key!("compare-measured")).to_string(),
        a.rubric.id.clone(),
        format!("{} {}", a.rubric.id, t(key!("compare-result"))),
        b.rubric.id.clone(),
        format!("{} {}", b.rubric.id, t(key!("compare-result"))),
    ]);
    for (kind, ca, cb) in rows {
        let (ra, rb) = (result_of(a, *ca), result_of(b, *cb));
        // What the criterion reads, in words (the keys are for JSON and rubric authors).
        let words = |c: &Criterion| {
            c.inputs()
                .iter()
                .map(|k| crate::vocab::input_words(k, lang))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let inputs = match (ca, cb) {
            (Some(x), Some(y)) if *kind == Match::InputsChanged => {
                format!("{}\n→ {}", words(x), words(y))
            }
            (Some(x), _) | (None, Some(x)) => words(x),
            (None, None) => String::new(),
        };
        let value = match (ra, rb) {
            (Some(x), Some(y)) => {
                let (mx, my) = (measured(x, lang), measured(y, lang));
                if mx == my {
                    mx
                } else {
                    format!("{mx}\n{my}")
                }
            }
            (Some(x), None) | (None, Some(x)) => measured(x, lang),
            (None, None) => String::new(),
        };
        let id = |c: &Option<&Criterion>| c.map(|c| c.id.clone()).unwrap_or_else(|| "—".into());
        let res = |r: Option<&CriterionResult>| {
            r.map(|r| outcome_cell(r, lang))
                .unwrap_or_else(|| t(key!("compare-no-such-criterion")).to_string())
        };
        table.add_row(vec![
            Cell::new(inputs),
            Cell::new(value),
            Cell::new(id(ca)),
            Cell::new(res(ra)),
            Cell::new(id(cb)),
            Cell::new(res(rb)),
        ]);
    }
    table.add_row(vec![
        Cell::new(t(key!("compare-outcome"))),
        Cell::new(""),
        Cell::new(""),
        Cell::new(outcome_line(a, lang)).set_alignment(CellAlignment::Left),
        Cell::new(""),
        Cell::new(outcome_line(b, lang)).set_alignment(CellAlignment::Left),
    ]);
    let _ = writeln!(out, "{table}");

    let needs: Vec<&CriterionResult> = b
        .criteria
        .iter()
        .filter(|c| c.next.is_some() && c.applicable)
        .collect();
    if !needs.is_empty() {
        let _ = writeln!(
            out,
            "\n{} {}:",
            t(key!("compare-reach-next-band-level-under")),
            b.rubric.id
        );
        for c in needs {
            if let Some(n) = &c.next {
                let _ = writeln!(
                    out,
                    "  {}: {} {} {} {}",
                    c.id,
                    t(key!("compare-needs")),
                    n.members_needed,
                    t(key!("compare-more-member-s-reach-2")),
                    super::reached::next_target(&n.target)
                );
            }
        }
    }
    // A warning both assessments give (excluded members) is shown once.
    let mut merged: Vec<(Vec<&str>, &str)> = Vec::new();
    for x in [a, b] {
        for w in &x.warnings {
            match merged.iter_mut().find(|(_, text)| *text == w.text(lang)) {
                Some((ids, _)) => ids.push(&x.rubric.id),
                None => merged.push((vec![&x.rubric.id], w.text(lang))),
            }
        }
    }
    let warnings: Vec<String> = merged
        .iter()
        .map(|(ids, text)| format!("[{}] {text}", ids.join(", ")))
        .collect();
    if !warnings.is_empty() {
        let _ = writeln!(out, "\n{}:", t(key!("compare-warnings")));
        for w in warnings {
            let _ = writeln!(out, "  - {w}");
        }
    }
    out
}

#[derive(Serialize)]
pub struct CompareJson {
    pub schema: &'static str,
    /// The criteria lined up: `match` is `same`, `renamed`, `inputs-changed`,
    /// `removed` (old only) or `added` (new only); `old`/`new` are criterion ids.
    pub rows: Vec<RowJson>,
    /// The two assessments, old first, each a whole `dvht.assessment/1` object.
    pub assessments: Vec<super::json::AssessmentJson>,
}

#[derive(Serialize)]
pub struct RowJson {
    #[serde(rename = "match")]
    pub kind: &'static str,
    pub inputs: Vec<&'static str>,
    pub old: Option<String>,
    pub new: Option<String>,
}

pub fn json(rows: &[Row], a: &Assessment, b: &Assessment, lang: Lang) -> String {
    let j = CompareJson {
        schema: SCHEMA,
        rows: rows
            .iter()
            .map(|(kind, ca, cb)| RowJson {
                kind: match kind {
                    Match::Same => "same",
                    Match::Renamed => "renamed",
                    Match::InputsChanged => "inputs-changed",
                    Match::Removed => "removed",
                    Match::Added => "added",
                },
                inputs: cb.or(*ca).map(Criterion::inputs).unwrap_or_default(),
                old: ca.map(|c| c.id.clone()),
                new: cb.map(|c| c.id.clone()),
            })
            .collect(),
        assessments: vec![
            super::json::to_json(a, lang, false),
            super::json::to_json(b, lang, false),
        ],
    };
    let mut s = serde_json::to_string_pretty(&j).expect("plain data serialises");
    s.push('\n');
    s
}
