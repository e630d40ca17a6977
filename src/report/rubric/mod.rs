//! A rubric for people and machines (`dvht rubric show`, `dvht rubric list`): every
//! criterion with what it reads, how it is scored, where each rule comes from, the
//! evidence to collect, and what is provisional.
//!
//! `dvht rubric show --format json` writes `dvht.rubric/1`: serialise-only wire
//! types below; fields may be added, never removed. Figures are decimal strings.

mod json;
mod list;
mod markdown;
mod text;

pub use json::json;
pub use list::{list_json, list_table};
pub use markdown::markdown;
pub use text::text;

use super::exact;
use crate::lang::Lang;
use crate::rubric::catalog::{Entry, Origin};
use crate::rubric::range::PercentRange;
use crate::rubric::*;
use crate::t;
use crate::vocab;
use rust_decimal::Decimal;
use serde::Serialize;
use std::fmt::Write;

pub const SCHEMA: &str = "dvht.rubric/1";

pub fn kind_label(kind: RubricKind, lang: Lang) -> String {
    match kind {
        RubricKind::Points => t!(lang, "rubric-show-points"),
        RubricKind::Levels => t!(lang, "rubric-show-levels"),
    }
}

fn kind_code(kind: RubricKind) -> &'static str {
    match kind {
        RubricKind::Points => "points",
        RubricKind::Levels => "levels",
    }
}

/// `8`, `7,5` (vi) / `7.5` (en).
fn num(d: Decimal, lang: Lang) -> String {
    super::number(d, lang)
}

fn provisional_mark(p: bool, lang: Lang) -> String {
    if p {
        t!(lang, "rubric-show-provisional")
    } else {
        String::new()
    }
}

/// What a criterion reads, for people: `self_study_plan (cột "Kế hoạch tự học")`.
pub fn inputs_text(c: &Criterion, lang: Lang) -> String {
    match &c.measure {
        Measure::Members { predicate, .. } => {
            let mut parts: Vec<String> = predicate
                .all_of
                .iter()
                .map(|col| {
                    let header = vocab::column(col).map_or("", |d| d.header_vi);
                    format!("{col} ({} \"{header}\")", t!(lang, "rubric-show-column"))
                })
                .collect();
            if let Some((t, _)) = &predicate.title_at_least {
                let header = vocab::column("emulation_title").map_or("", |d| d.header_vi);
                parts.push(format!(
                    "emulation_title ≥ {t} ({} \"{header}\")",
                    t!(lang, "rubric-show-column")
                ));
            }
            format!(
                "{}: {}",
                t!(lang, "rubric-show-share-counted-members-meeting"),
                parts.join(&t!(lang, "rubric-show-and"))
            )
        }
        Measure::Facts { .. } => {
            let parts: Vec<String> = c
                .inputs()
                .iter()
                .map(|f| {
                    let title = vocab::fact(f).map_or("", |d| lang.pick(d.title_vi, d.title_en));
                    format!("{f} ({title})")
                })
                .collect();
            format!(
                "{}: {}",
                t!(lang, "rubric-show-unit-facts"),
                parts.join(", ")
            )
        }
    }
}

/// One scoring rule as shown: the condition, the result, provisional or not, the source.
pub struct Rule {
    pub when: String,
    pub result: String,
    pub provisional: bool,
    pub source: String,
}

fn points_text(p: Decimal, lang: Lang) -> String {
    format!("{} {}", num(p, lang), t!(lang, "rubric-show-points-2"))
}

/// The bands (highest first, with the gaps of the scale in their place), levels or
/// cases of a criterion.
pub fn rules(c: &Criterion, lang: Lang) -> Vec<Rule> {
    let mut out = Vec::new();
    match &c.measure {
        Measure::Members {
            scale:
                MemberScale::Bands {
                    bands,
                    gap_policy,
                    gap_note,
                },
            ..
        } => {
            let mut rows: Vec<(PercentRange, Rule)> = bands
                .iter()
                .map(|b| {
                    (
                        b.range.clone(),
                        Rule {
                            when: b.range.label(),
                            result: points_text(b.points, lang),
                            provisional: b.provisional,
                            source: b.source.clone(),
                        },
                    )
                })
                .collect();
            for gap in crate::rubric::band::coverage(bands).gaps {
                let result = match gap_policy {
                    Some(GapPolicy::NextLower) => {
                        t!(lang, "rubric-show-gap-scored-next-lower-band").to_string()
                    }
                    Some(GapPolicy::Zero) => {
                        t!(lang, "rubric-show-gap-0-points-warning").to_string()
                    }
                    None => t!(lang, "rubric-show-gap").to_string(),
                };
                rows.push((
                    gap.clone(),
                    Rule {
                        when: gap.label(),
                        result,
                        provisional: false,
                        source: gap_note
                            .as_ref()
                            .map(|(vi, en)| lang.pick(vi, en).to_string())
                            .unwrap_or_default(),
                    },
                ));
            }
            rows.sort_by(|(a, _), (b, _)| {
                b.lo.cmp(&a.lo)
                    .then(a.lo_inclusive.cmp(&b.lo_inclusive))
                    .then(b.hi.cmp(&a.hi))
            });
            out.extend(rows.into_iter().map(|(_, r)| r));
        }
        Measure::Members {
            scale: MemberScale::Levels(levels),
            ..
        } => {
            for l in levels {
                out.push(Rule {
                    when: format!("≥ {} %", num(l.min_percent, lang)),
                    result: format!("{} {}", t!(lang, "rubric-show-level"), l.level),
                    provisional: l.provisional,
                    source: l.source.clone(),
                });
            }
        }
        Measure::Facts {
            scale: FactScale::Cases(cases),
        } => {
            for k in cases {
                let when = if k.when.is_empty() {
                    t!(lang, "rubric-show-otherwise").to_string()
                } else {
                    k.when
                        .iter()
                        .map(Condition::describe)
                        .collect::<Vec<_>>()
                        .join(" & ")
                };
                out.push(Rule {
                    when,
                    result: format!(
                        "{} — {}",
                        points_text(k.points, lang),
                        lang.pick(&k.label, &k.label_en)
                    ),
                    provisional: false,
                    source: String::new(),
                });
            }
        }
        Measure::Facts {
            scale: FactScale::Levels(levels),
        } => {
            for l in levels {
                out.push(Rule {
                    when: l
                        .when
                        .iter()
                        .map(Condition::describe)
                        .collect::<Vec<_>>()
                        .join(" & "),
                    result: format!("{} {}", t!(lang, "rubric-show-level"), l.level),
                    provisional: l.provisional,
                    source: l.source.clone(),
                });
            }
        }
    }
    out
}

/// A criterion's whole scale on one line: `100%: 10 · 80–<100%: 8 · …` or
/// `Mức 1 ≥ 90 % · Mức 2 ≥ 95 % (tạm thời)`.
pub fn scale_summary(c: &Criterion, lang: Lang) -> String {
    let prov = |p: bool| {
        if p {
            t!(lang, "rubric-show-provisional-2")
        } else {
            String::new()
        }
    };
    match &c.measure {
        Measure::Members {
            scale: MemberScale::Bands { bands, .. },
            ..
        } => {
            let mut sorted: Vec<&Band> = bands.iter().collect();
            sorted.sort_by_key(|b| std::cmp::Reverse(b.range.lo));
            sorted
                .iter()
                .map(|b| {
                    format!(
                        "{}: {}{}",
                        b.range.label(),
                        num(b.points, lang),
                        prov(b.provisional)
                    )
                })
                .collect::<Vec<_>>()
                .join(" · ")
        }
        Measure::Members {
            scale: MemberScale::Levels(ls),
            ..
        } => ls
            .iter()
            .map(|l| {
                format!(
                    "{} {} ≥ {} %{}",
                    t!(lang, "rubric-show-level"),
                    l.level,
                    num(l.min_percent, lang),
                    prov(l.provisional)
                )
            })
            .collect::<Vec<_>>()
            .join(" · "),
        _ => rules(c, lang)
            .iter()
            .map(|r| format!("{} → {}{}", r.when, r.result, prov(r.provisional)))
            .collect::<Vec<_>>()
            .join(" · "),
    }
}

fn max_text(m: Option<Decimal>, lang: Lang) -> String {
    m.map(|m| {
        format!(
            " ({} {} {})",
            t!(lang, "rubric-show-max"),
            num(m, lang),
            t!(lang, "rubric-show-points-2")
        )
    })
    .unwrap_or_default()
}

fn origin_text(r: &Rubric, lang: Lang) -> String {
    if r.origin == "built-in" {
        t!(lang, "rubric-show-built-into-dvht").to_string()
    } else {
        r.origin.clone()
    }
}

fn provisional_parts(r: &Rubric, lang: Lang) -> String {
    let p = r.provisional();
    if p.is_empty() {
        t!(lang, "rubric-show-none").to_string()
    } else {
        p.join(", ")
    }
}

/// Criteria grouped as the rubric declares them (criteria of undeclared groups last).
fn by_group(r: &Rubric) -> Vec<(Option<&Group>, Vec<&Criterion>)> {
    let mut out: Vec<(Option<&Group>, Vec<&Criterion>)> = r
        .groups
        .iter()
        .map(|g| {
            (
                Some(g),
                r.criteria.iter().filter(|c| c.group == g.id).collect(),
            )
        })
        .collect();
    let rest: Vec<&Criterion> = r
        .criteria
        .iter()
        .filter(|c| !r.groups.iter().any(|g| g.id == c.group))
        .collect();
    if !rest.is_empty() {
        out.push((None, rest));
    }
    out
}
