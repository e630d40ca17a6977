//! How each criterion fares across the district, and which hold it back most.

use super::model::{cell, def_top_level};
use crate::batch::DistrictRow;
use crate::lang::Lang;
use crate::rubric::{Rubric, RubricKind};
use rust_decimal::Decimal;

/// How one criterion fares across the district.
#[derive(Debug, Clone)]
pub(super) struct CritStat {
    pub(super) id: String,
    pub(super) title: String,
    /// Units (row indexes) where it is not reached at all (level 0 / 0 points).
    pub(super) failing: Vec<usize>,
    /// Units where it is below its top level / its maximum points.
    pub(super) short: Vec<usize>,
    /// Points lost across the district (points rubrics).
    pub(super) lost: Decimal,
    /// Units where it applies and was scored.
    pub(super) scored: usize,
}

pub(super) fn stats(rows: &[DistrictRow], rubric: &Rubric, lang: Lang) -> Vec<CritStat> {
    let levels = rubric.kind == RubricKind::Levels;
    rubric
        .criteria
        .iter()
        .enumerate()
        .map(|(at, def)| {
            let mut s = CritStat {
                id: def.id.clone(),
                title: def.title(lang).to_string(),
                failing: Vec::new(),
                short: Vec::new(),
                lost: Decimal::ZERO,
                scored: 0,
            };
            for (i, (_, r)) in rows.iter().enumerate() {
                let Ok(a) = r else { continue };
                let Some(c) = cell(a, at, &def.id) else {
                    continue;
                };
                if !c.applicable {
                    continue;
                }
                s.scored += 1;
                if levels {
                    let l = c.level.unwrap_or(0);
                    if l == 0 {
                        s.failing.push(i);
                    }
                    if l < def_top_level(rubric, def) {
                        s.short.push(i);
                    }
                } else {
                    let p = c.points.unwrap_or_default();
                    let m = c.max_points.unwrap_or_default();
                    if p.is_zero() && !m.is_zero() {
                        s.failing.push(i);
                    }
                    if p < m {
                        s.short.push(i);
                        s.lost += m - p;
                    }
                }
            }
            s
        })
        .collect()
}

/// The criteria that hold the district back, worst first (those with no shortfall left out).
pub(super) fn ranking(stats: &[CritStat], levels: bool) -> Vec<&CritStat> {
    let mut v: Vec<&CritStat> = stats.iter().filter(|s| !s.short.is_empty()).collect();
    if levels {
        v.sort_by_key(|s| std::cmp::Reverse((s.failing.len(), s.short.len())));
    } else {
        v.sort_by_key(|s| std::cmp::Reverse((s.lost, s.short.len())));
    }
    v
}
