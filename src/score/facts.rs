//! Unit-level criteria: read the named facts from `[facts]` and find the case
//! or level they satisfy.

use super::assessment::*;
use super::criterion::zero;
use crate::lang::Lang;
use crate::manifest::Manifest;
use crate::rubric::{Condition, Criterion, FactLevel, FactScale, FactValue, RubricKind};
use rust_decimal::Decimal;

pub(super) fn measure(
    r: &mut CriterionResult,
    kind: RubricKind,
    c: &Criterion,
    scale: &FactScale,
    manifest: Option<&Manifest>,
) {
    let inputs = c.inputs();
    let values: Vec<(&str, Option<FactValue>)> = inputs
        .iter()
        .map(|name| (*name, manifest.and_then(|m| m.facts.get(name).copied())))
        .collect();
    let missing: Vec<&str> = values
        .iter()
        .filter(|(_, v)| v.is_none())
        .map(|(n, _)| *n)
        .collect();
    r.value = Some(
        values
            .iter()
            .map(|(n, v)| format!("{n} = {}", v.map_or("—".to_string(), |v| v.text())))
            .collect::<Vec<_>>()
            .join(", "),
    );
    if !missing.is_empty() {
        r.assessed = false;
        zero(r, kind);
        if manifest.is_some() {
            r.warnings.push(Warning::new(
                "missing-fact",
                format!(
                    "thiếu dữ kiện {} trong [facts]: chưa đánh giá",
                    missing.join(", ")
                ),
                format!("[facts] lacks {}: not assessed", missing.join(", ")),
            ));
        }
    } else {
        let get = |name: &str| {
            values
                .iter()
                .find(|(n, _)| *n == name)
                .and_then(|(_, v)| *v)
        };
        let holds = |conds: &[Condition]| {
            conds
                .iter()
                .all(|cd| get(cd.fact.name).is_some_and(|v| cd.holds(v)))
        };
        match scale {
            FactScale::Cases(cases) => match cases.iter().find(|k| holds(&k.when)) {
                Some(k) => {
                    r.points = Some(k.points);
                    r.band = Some(k.label.clone());
                    r.band_en = Some(k.label_en.clone());
                }
                None => {
                    r.points = Some(Decimal::ZERO);
                    r.warnings.push(Warning::new(
                        "no-case",
                        "giá trị không ứng với mức nào của bộ tiêu chí: 0 điểm",
                        "the value matches none of the rubric's cases: 0 points",
                    ));
                }
            },
            FactScale::Levels(levels) => {
                let mut sorted: Vec<&FactLevel> = levels.iter().collect();
                sorted.sort_by_key(|l| l.level);
                let mut reached = 0;
                let mut band = None;
                // The thresholds consulted: those met and the first one missed.
                // Only a provisional one among them could change the level.
                for l in &sorted {
                    if !holds(&l.when) {
                        r.provisional |= l.provisional;
                        if reached == 0 {
                            band = Some(format!("không đạt: {}", describe(&l.when, Lang::Vi)));
                            r.band_en = Some(format!("not met: {}", describe(&l.when, Lang::En)));
                        }
                        break;
                    }
                    reached = l.level;
                    r.provisional |= l.provisional;
                    band = Some(describe(&l.when, Lang::Vi));
                    r.band_en = Some(describe(&l.when, Lang::En));
                }
                // The mark goes on the provisional threshold only: the one reached,
                // or the next one missed.
                if let Some(l) = sorted.iter().find(|l| l.level == reached) {
                    if l.provisional {
                        band = band.map(|b| format!("{b} (tạm thời)"));
                        r.band_en = r.band_en.take().map(|b| format!("{b} (provisional)"));
                    }
                }
                if let Some(n) = sorted.iter().find(|l| l.level == reached + 1) {
                    if n.provisional && reached > 0 {
                        band = band
                            .map(|b| format!("{b}; chưa đạt mức {} (ngưỡng tạm thời)", n.level));
                        r.band_en = r.band_en.take().map(|b| {
                            format!("{b}; level {} not met (provisional threshold)", n.level)
                        });
                    }
                }
                r.band = band;
                r.level = Some(reached);
            }
        }
    }
}

/// Conditions in words, for the band column.
fn describe(conds: &[Condition], lang: Lang) -> String {
    conds
        .iter()
        .map(|c| c.words(lang))
        .collect::<Vec<_>>()
        .join(lang.pick("; ", "; "))
}
