//! What the district views share: outcome classes and their colours, how a
//! criterion cell is worded, unit labels and the report date.

use crate::batch::{Cell, DistrictRow, DistrictUnit};
use crate::lang::Lang;
use crate::report::{number, percent};
use crate::rubric::{Rubric, RubricKind};
use crate::{key, t};

impl Cell {
    /// `31/34 (91,2 %)`; empty for a unit-level fact.
    pub(super) fn measured(&self, lang: Lang) -> String {
        match (self.numerator, self.denominator) {
            (Some(n), Some(d)) => format!("{n}/{d} ({})", percent(n, d, lang)),
            _ => String::new(),
        }
    }

    /// `Đạt mức 1`, `8/10`, … as in the unit's own report.
    pub(super) fn score(&self, levels: bool, lang: Lang) -> String {
        let t = |key: &str| crate::i18n::msg(lang, key, &[]);
        if !self.applicable {
            return t(key!("district-model-not-applicable"));
        }
        let s = if levels {
            match self.level.unwrap_or(0) {
                0 => t(key!("district-model-not-reached")).to_string(),
                l => format!("{} {l}", t(key!("district-model-level"))),
            }
        } else {
            format!(
                "{}/{}",
                number(self.points.unwrap_or_default(), lang),
                number(self.max_points.unwrap_or_default(), lang)
            )
        };
        if self.assessed {
            s
        } else {
            format!("{s} ({})", t(key!("district-model-not-assessed")))
        }
    }
}

/// An outcome class of the chart: `Đạt mức độ 2`, `Khá`, …, and "could not be read".
#[derive(Debug, Clone)]
pub(super) struct Class {
    pub(super) label: String,
    pub(super) color: &'static str,
    pub(super) units: usize,
}

/// Outcome classes from best to worst, then errors; each unit counted in one.
pub(super) fn classes(rows: &[DistrictRow], rubric: &Rubric, lang: Lang) -> Vec<Class> {
    let mut keys: Vec<(String, String)> = Vec::new(); // (key, label)
    match rubric.kind {
        RubricKind::Levels => {
            let mut levels: Vec<(u8, String)> = rubric
                .recognition
                .as_ref()
                .map(|r| {
                    r.levels
                        .iter()
                        .map(|l| (l.level, lang.pick(&l.label, &l.label_en).to_string()))
                        .collect()
                })
                .unwrap_or_default();
            if levels.is_empty() {
                levels = (0..=rubric.top_level())
                    .map(|l| (l, rubric.level_label(l, lang)))
                    .collect();
            }
            levels.sort_by_key(|l| std::cmp::Reverse(l.0));
            keys.extend(levels.into_iter().map(|(l, s)| (format!("L{l}"), s)));
        }
        RubricKind::Points => {
            if let Some(c) = &rubric.classification {
                keys.extend(
                    c.grades
                        .iter()
                        .map(|g| (g.id.clone(), lang.pick(&g.label, &g.label_en).to_string())),
                );
            }
        }
    }
    const PALETTE: [&str; 5] = ["#2e7d32", "#8bc34a", "#f9a825", "#ef6c00", "#c62828"];
    let n = keys.len();
    let mut out: Vec<Class> = keys
        .iter()
        .enumerate()
        .map(|(i, (_, label))| Class {
            label: label.clone(),
            color: if n <= 1 {
                PALETTE[0]
            } else if i + 1 == n {
                PALETTE[4]
            } else {
                PALETTE[(i * 3 / (n - 1)).min(3)]
            },
            units: 0,
        })
        .collect();
    let mut errors = 0;
    for (_, r) in rows {
        match r {
            Ok(a) => {
                let key = match (a.outcome.level, &a.outcome.grade) {
                    (Some(l), _) => format!("L{l}"),
                    (None, Some(g)) => g.clone(),
                    (None, None) => String::new(),
                };
                if let Some(i) = keys.iter().position(|(k, _)| *k == key) {
                    out[i].units += 1;
                }
            }
            Err(_) => errors += 1,
        }
    }
    out.push(Class {
        label: t!(lang, "district-model-could-not-read-error"),
        color: "#757575",
        units: errors,
    });
    out
}

/// The chart colour of a unit's outcome.
pub(super) fn class_color(a: &DistrictUnit, lang: Lang, cls: &[Class]) -> &'static str {
    let label = a.outcome.label(lang);
    cls.iter()
        .find(|c| c.label == label)
        .map(|c| c.color)
        .unwrap_or("#757575")
}

/// The highest level criterion `def` can reach (levels rubrics), without a search.
pub(super) fn def_top_level(rubric: &Rubric, def: &crate::rubric::Criterion) -> u8 {
    def.top_level().unwrap_or_else(|| rubric.top_level())
}

/// A unit's criterion `id`, looked for first at `at` (its place in the rubric,
/// where the assessment puts it): a search per cell made the district report for
/// a 10 000-criterion rubric quadratic.
pub(super) fn cell<'a>(a: &'a DistrictUnit, at: usize, id: &str) -> Option<&'a Cell> {
    match a.criteria.get(at) {
        Some(c) if c.id == id => Some(c),
        _ => a.criteria.iter().find(|c| c.id == id),
    }
}

pub(super) fn unit_label(folder: &str, r: &std::result::Result<DistrictUnit, String>) -> String {
    match r {
        Ok(a) => a.name.clone().unwrap_or_else(|| folder.to_string()),
        Err(_) => folder.to_string(),
    }
}

/// The earliest and the latest date the units were judged at: each unit is judged
/// at its own date (`submitted_on`, else its deadline), so they can differ.
pub(super) fn as_of_span(rows: &[DistrictRow]) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    let dates = rows
        .iter()
        .filter_map(|(_, r)| r.as_ref().ok().map(|a| a.as_of));
    dates.fold(None, |span, d| match span {
        None => Some((d, d)),
        Some((lo, hi)) => Some((lo.min(d), hi.max(d))),
    })
}
