//! `dvht rubric diff OLD NEW`: what changed, for people and for scripts
//! (`dvht.rubric-diff/1`; fields may be added, never removed).

use super::exact;
use super::rubric::{kind_label, scale_summary};
use crate::lang::Lang;
use crate::rubric::diff::{Change, Match, MetaChange, Pair, RubricDiff};
use crate::rubric::{Criterion, Rubric};
use crate::{key, t};
use rust_decimal::Decimal;
use serde::Serialize;
use std::fmt::Write;

pub const SCHEMA: &str = "dvht.rubric-diff/1";

fn dec(d: Option<Decimal>, lang: Lang) -> String {
    d.map(|d| super::number(d, lang))
        .unwrap_or_else(|| t!(lang, "rubric-diff-none").to_string())
}

fn opt(s: &Option<String>, lang: Lang) -> String {
    s.clone()
        .unwrap_or_else(|| t!(lang, "rubric-diff-none").to_string())
}

fn inputs(c: &Criterion) -> String {
    c.inputs().join(", ")
}

fn change_text(ch: &Change, p: &Pair, old: &Rubric, new: &Rubric, lang: Lang) -> String {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    match ch {
        Change::Title => format!(
            "{}: «{}» → «{}»",
            t(key!("rubric-diff-title")),
            p.old.map_or("", |c| c.title(lang)),
            p.new.map_or("", |c| c.title(lang))
        ),
        Change::Group { from, to } => format!("{}: {from} → {to}", t(key!("rubric-diff-group"))),
        Change::MaxPoints { from, to } => format!(
            "{}: {} → {}",
            t(key!("rubric-diff-max-points")),
            dec(*from, lang),
            dec(*to, lang)
        ),
        Change::Members { from, to } => format!(
            "{}: {from} → {to}",
            t(key!("rubric-diff-members-count-when"))
        ),
        Change::NotApplicable { from, to } => format!(
            "{}: [{}] → [{}]",
            t(key!("rubric-diff-not-applicable")),
            from.join(", "),
            to.join(", ")
        ),
        Change::Threshold { points, from, to } => format!(
            "{} {} {}: {} → {}",
            t(key!("rubric-diff-threshold-least")),
            super::number(*points, lang),
            t(key!("rubric-diff-points")),
            opt(from, lang),
            opt(to, lang)
        ),
        Change::Level { level, from, to } => format!(
            "{} {level}: ≥ {} % → ≥ {} %",
            t(key!("rubric-diff-level")),
            dec(*from, lang),
            dec(*to, lang)
        ),
        Change::Conditions { from, to } => {
            format!("{}: {from} → {to}", t(key!("rubric-diff-conditions")))
        }
        Change::Scale => format!(
            "{}:\n{:>9} {}: {}\n{:>9} {}: {}",
            t(key!("rubric-diff-scored-differently")),
            "",
            old.id,
            p.old.map(|c| scale_summary(c, lang)).unwrap_or_default(),
            "",
            new.id,
            p.new.map(|c| scale_summary(c, lang)).unwrap_or_default()
        ),
    }
}

fn meta_text(m: &MetaChange, d: &RubricDiff, lang: Lang) -> String {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    match m {
        MetaChange::Kind => format!(
            "{}: {} → {} ({})",
            t(key!("rubric-diff-kind")),
            kind_label(d.old.kind, lang),
            kind_label(d.new.kind, lang),
            t(key!("rubric-diff-point-bands-are-compared-levels"))
        ),
        MetaChange::MaxPoints { from, to } => format!(
            "{}: {} → {}",
            t(key!("rubric-diff-maximum-total")),
            dec(*from, lang),
            dec(*to, lang)
        ),
        MetaChange::Grade { id, from, to } => format!(
            "{} `{id}`: ≥ {} → ≥ {}",
            t(key!("rubric-diff-grade")),
            dec(*from, lang),
            dec(*to, lang)
        ),
        MetaChange::Level2AfterMonths { from, to } => format!(
            "{}: {from} → {to}",
            t(key!("rubric-diff-months-before-level-2-may"))
        ),
        MetaChange::ValidityMonths { from, to } => format!(
            "{}: {from} → {to}",
            t(key!("rubric-diff-months-recognition-stays-valid"))
        ),
    }
}

pub fn text(d: &RubricDiff, lang: Lang) -> String {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let mut out = String::new();
    let _ = writeln!(out, "{} → {}", d.old.id, d.new.id);
    let _ = writeln!(
        out,
        "  {}: {}",
        d.old.id,
        lang.pick(&d.old.title, &d.old.title_en)
    );
    let _ = writeln!(
        out,
        "  {}: {}",
        d.new.id,
        lang.pick(&d.new.title, &d.new.title_en)
    );
    for m in &d.meta {
        let _ = writeln!(out, "  {}", meta_text(m, d, lang));
    }

    let sections: [(Match, &str); 5] = [
        (Match::Removed, key!("rubric-diff-section-removed")),
        (Match::Added, key!("rubric-diff-section-added")),
        (Match::Renamed, key!("rubric-diff-section-renamed")),
        (
            Match::InputsChanged,
            key!("rubric-diff-section-inputs-changed"),
        ),
        (Match::Same, key!("rubric-diff-section-same")),
    ];
    let mut unchanged: Vec<&str> = Vec::new();
    for (kind, heading) in sections {
        let pairs: Vec<&Pair> = d.of(kind).collect();
        let shown: Vec<&&Pair> = pairs
            .iter()
            .filter(|p| kind != Match::Same || !p.changes.is_empty())
            .collect();
        if kind == Match::Same {
            unchanged.extend(
                pairs
                    .iter()
                    .filter(|p| p.changes.is_empty())
                    .filter_map(|p| p.old.map(|c| c.id.as_str())),
            );
        }
        if shown.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{} ({}):", t(heading), shown.len());
        for p in shown {
            let head = match (p.old, p.new) {
                (Some(a), Some(b)) if a.id != b.id => {
                    format!("{} → {}  [{}]", a.id, b.id, inputs(b))
                }
                (Some(a), Some(b)) if kind == Match::InputsChanged => {
                    format!("{}  [{}] → [{}]", a.id, inputs(a), inputs(b))
                }
                (Some(a), _) | (None, Some(a)) => {
                    format!("{}  [{}] {}", a.id, inputs(a), a.title(lang))
                }
                (None, None) => continue,
            };
            let _ = writeln!(out, "  {head}");
            for ch in &p.changes {
                let _ = writeln!(out, "      - {}", change_text(ch, p, d.old, d.new, lang));
            }
        }
    }
    if !unchanged.is_empty() {
        let _ = writeln!(
            out,
            "\n{}: {}",
            t(key!("rubric-diff-unchanged")),
            unchanged.join(", ")
        );
    }
    let moved = d
        .pairs
        .iter()
        .filter(|p| p.changes.iter().any(Change::is_threshold))
        .count();
    let _ = writeln!(
        out,
        "\n{}: {} {}, {} {}, {} {}, {} {}, {} {}",
        t(key!("rubric-diff-summary")),
        d.of(Match::Removed).count(),
        t(key!("rubric-diff-removed")),
        d.of(Match::Added).count(),
        t(key!("rubric-diff-added")),
        d.of(Match::Renamed).count(),
        t(key!("rubric-diff-renamed")),
        d.of(Match::InputsChanged).count(),
        t(key!("rubric-diff-inputs-changed")),
        moved,
        t(key!("rubric-diff-thresholds-scoring-changed")),
    );
    out
}

#[derive(Serialize)]
pub struct DiffJson {
    pub schema: &'static str,
    pub old: SideJson,
    pub new: SideJson,
    pub meta: Vec<ChangeJson>,
    pub criteria: Vec<PairJson>,
    pub summary: SummaryJson,
}

#[derive(Serialize)]
pub struct SideJson {
    pub id: String,
    pub title: String,
    pub kind: &'static str,
}

#[derive(Serialize)]
pub struct PairJson {
    /// `same`, `renamed`, `inputs-changed`, `removed`, `added`.
    #[serde(rename = "match")]
    pub kind: &'static str,
    pub old: Option<String>,
    pub new: Option<String>,
    pub old_inputs: Vec<&'static str>,
    pub new_inputs: Vec<&'static str>,
    pub changes: Vec<ChangeJson>,
}

#[derive(Serialize, Default)]
pub struct ChangeJson {
    /// `title`, `group`, `max-points`, `members`, `not-applicable`, `threshold`,
    /// `level`, `conditions`, `scale`; meta: `kind`, `grade`, `level-2-after-months`,
    /// `validity-months`.
    pub change: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grade: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

#[derive(Serialize)]
pub struct SummaryJson {
    pub same: usize,
    pub renamed: usize,
    pub inputs_changed: usize,
    pub removed: usize,
    pub added: usize,
    pub thresholds_moved: usize,
}

fn match_code(m: Match) -> &'static str {
    match m {
        Match::Same => "same",
        Match::Renamed => "renamed",
        Match::InputsChanged => "inputs-changed",
        Match::Removed => "removed",
        Match::Added => "added",
    }
}

fn kind_code(r: &Rubric) -> &'static str {
    match r.kind {
        crate::rubric::RubricKind::Points => "points",
        crate::rubric::RubricKind::Levels => "levels",
    }
}

fn change_json(ch: &Change, p: &Pair, lang: Lang) -> ChangeJson {
    let both = |change, from: String, to: String| ChangeJson {
        change,
        from: Some(from),
        to: Some(to),
        ..Default::default()
    };
    match ch {
        Change::Title => both(
            "title",
            p.old.map_or(String::new(), |c| c.title(lang).to_string()),
            p.new.map_or(String::new(), |c| c.title(lang).to_string()),
        ),
        Change::Group { from, to } => both("group", from.clone(), to.clone()),
        Change::MaxPoints { from, to } => ChangeJson {
            change: "max-points",
            from: from.map(exact),
            to: to.map(exact),
            ..Default::default()
        },
        Change::Members { from, to } => both("members", from.clone(), to.clone()),
        Change::NotApplicable { from, to } => both("not-applicable", from.join(","), to.join(",")),
        Change::Threshold { points, from, to } => ChangeJson {
            change: "threshold",
            points: Some(exact(*points)),
            from: from.clone(),
            to: to.clone(),
            ..Default::default()
        },
        Change::Level { level, from, to } => ChangeJson {
            change: "level",
            level: Some(*level),
            from: from.map(exact),
            to: to.map(exact),
            ..Default::default()
        },
        Change::Conditions { from, to } => both("conditions", from.clone(), to.clone()),
        Change::Scale => both(
            "scale",
            p.old.map(|c| scale_summary(c, lang)).unwrap_or_default(),
            p.new.map(|c| scale_summary(c, lang)).unwrap_or_default(),
        ),
    }
}

pub fn json(d: &RubricDiff, lang: Lang) -> String {
    let side = |r: &Rubric| SideJson {
        id: r.id.clone(),
        title: lang.pick(&r.title, &r.title_en).to_string(),
        kind: kind_code(r),
    };
    let meta = d
        .meta
        .iter()
        .map(|m| match m {
            MetaChange::Kind => ChangeJson {
                change: "kind",
                from: Some(kind_code(d.old).into()),
                to: Some(kind_code(d.new).into()),
                ..Default::default()
            },
            MetaChange::MaxPoints { from, to } => ChangeJson {
                change: "max-points",
                from: from.map(exact),
                to: to.map(exact),
                ..Default::default()
            },
            MetaChange::Grade { id, from, to } => ChangeJson {
                change: "grade",
                grade: Some(id.clone()),
                from: from.map(exact),
                to: to.map(exact),
                ..Default::default()
            },
            MetaChange::Level2AfterMonths { from, to } => ChangeJson {
                change: "level-2-after-months",
                from: Some(from.to_string()),
                to: Some(to.to_string()),
                ..Default::default()
            },
            MetaChange::ValidityMonths { from, to } => ChangeJson {
                change: "validity-months",
                from: Some(from.to_string()),
                to: Some(to.to_string()),
                ..Default::default()
            },
        })
        .collect();
    let j = DiffJson {
        schema: SCHEMA,
        old: side(d.old),
        new: side(d.new),
        meta,
        criteria: d
            .pairs
            .iter()
            .map(|p| PairJson {
                kind: match_code(p.kind),
                old: p.old.map(|c| c.id.clone()),
                new: p.new.map(|c| c.id.clone()),
                old_inputs: p.old.map(Criterion::inputs).unwrap_or_default(),
                new_inputs: p.new.map(Criterion::inputs).unwrap_or_default(),
                changes: p.changes.iter().map(|c| change_json(c, p, lang)).collect(),
            })
            .collect(),
        summary: SummaryJson {
            same: d.of(Match::Same).count(),
            renamed: d.of(Match::Renamed).count(),
            inputs_changed: d.of(Match::InputsChanged).count(),
            removed: d.of(Match::Removed).count(),
            added: d.of(Match::Added).count(),
            thresholds_moved: d
                .pairs
                .iter()
                .filter(|p| p.changes.iter().any(Change::is_threshold))
                .count(),
        },
    };
    let mut s = serde_json::to_string_pretty(&j).expect("plain data serialises");
    s.push('\n');
    s
}
