//! Unit-level criteria: read the named facts from `[facts]` and find the case
//! or level they satisfy.

use super::assessment::*;
use super::criterion::zero;
use crate::manifest::Manifest;
use crate::rubric::{Condition, Criterion, FactLevel, FactScale, FactValue, RubricKind};
use crate::t;
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
            let missing = missing.join(", ");
            r.warnings.push(Warning::localized("missing-fact", |lang| {
                t!(lang, "warning-missing-fact", facts = &missing)
            }));
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
                    r.band = Some(Reached::Case {
                        label: k.label.clone(),
                        label_en: k.label_en.clone(),
                    });
                }
                None => {
                    r.points = Some(Decimal::ZERO);
                    r.warnings.push(Warning::localized("no-case", |lang| {
                        t!(lang, "warning-no-case")
                    }));
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
                            band = Some((&l.when, false));
                        }
                        break;
                    }
                    reached = l.level;
                    r.provisional |= l.provisional;
                    band = Some((&l.when, true));
                }
                // The mark goes on the provisional threshold only: the one reached,
                // or the next one missed.
                let provisional = sorted
                    .iter()
                    .find(|l| l.level == reached)
                    .is_some_and(|l| l.provisional);
                let provisional_above = sorted
                    .iter()
                    .find(|l| Some(l.level) == reached.checked_add(1))
                    .filter(|n| n.provisional && reached > 0)
                    .map(|n| n.level);
                r.band = band.map(|(when, met)| Reached::Conditions {
                    when: when.clone(),
                    met,
                    provisional,
                    provisional_above,
                });
                r.level = Some(reached);
            }
        }
    }
}
