//! One criterion: what every kind shares (evidence, applicability,
//! `--strict-evidence`); the measuring itself is in `members` and `facts`.

use super::assessment::*;
use super::{facts, members, Options};
use crate::lang::Lang;
use crate::manifest::Manifest;
use crate::roster::Member;
use crate::rubric::{Criterion, Measure, Rubric, RubricKind};
use crate::t;
use rust_decimal::Decimal;

pub(super) fn criterion(
    rubric: &Rubric,
    c: &Criterion,
    counted: &[&Member],
    manifest: Option<&Manifest>,
    unit_kind: Option<&str>,
    opts: &Options,
) -> CriterionResult {
    let mut r = CriterionResult {
        id: c.id.clone(),
        group: c.group.clone(),
        title: c.title.clone(),
        title_en: c.title_en.clone(),
        kind: MeasureKind::Facts,
        numerator: None,
        denominator: None,
        value: None,
        band: None,
        points: None,
        max_points: c.max_points,
        level: None,
        assessed: true,
        applicable: c.applies_to(unit_kind),
        // An item whose file is missing or changed proves nothing (`check-evidence`
        // says the same of it).
        evidence_codes: manifest
            .map(|m| {
                m.supporting(&c.inputs())
                    .into_iter()
                    .filter(|e| e.unsound.is_none())
                    .map(|e| e.code.clone())
                    .collect()
            })
            .unwrap_or_default(),
        warnings: Vec::new(),
        next: None,
        provisional: false,
        not_meeting: Vec::new(),
        sub_items: Vec::new(),
    };
    match &c.measure {
        Measure::Members { predicate, scale } => members::measure(
            &mut r,
            rubric.kind,
            c,
            predicate,
            scale,
            counted,
            opts.explain,
        ),
        Measure::Facts { scale } => facts::measure(&mut r, rubric.kind, c, scale, manifest),
    }

    if !r.applicable {
        r.points = None;
        r.max_points = None;
        r.level = None;
        r.next = None;
        r.band = None;
        r.provisional = false;
        r.warnings
            .push(Warning::localized("not-applicable", |lang| {
                t!(
                    lang,
                    "warning-not-applicable",
                    kind = unit_kind.unwrap_or("")
                )
            }));
    } else if r.evidence_codes.is_empty() && (manifest.is_some() || opts.strict_evidence) {
        // Items that name the criterion but whose files cannot count, and why.
        let supporting = manifest
            .map(|m| m.supporting(&c.inputs()))
            .unwrap_or_default();
        let why = |lang: Lang| {
            let broken: Vec<String> = supporting
                .iter()
                .filter_map(|e| {
                    let (vi, en) = e.unsound.as_ref()?;
                    Some(format!("{}: {}", e.code, lang.pick(vi, en)))
                })
                .collect();
            if broken.is_empty() {
                String::new()
            } else {
                t!(
                    lang,
                    "warning-no-evidence-broken",
                    items = broken.join("; ")
                )
            }
        };
        if opts.strict_evidence {
            zero(&mut r, rubric.kind);
            r.band = None;
            r.next = None;
            r.provisional = false;
            r.warnings
                .push(Warning::localized("no-evidence-strict", |lang| {
                    t!(lang, "warning-no-evidence-strict", why = why(lang))
                }));
        } else {
            let inputs = c.inputs().join(", ");
            r.warnings.push(Warning::localized("no-evidence", |lang| {
                t!(
                    lang,
                    "warning-no-evidence",
                    inputs = &inputs,
                    why = why(lang)
                )
            }));
        }
    }
    r
}

/// The lowest result of the rubric's kind: 0 points, or level 0.
pub(super) fn zero(r: &mut CriterionResult, kind: RubricKind) {
    match kind {
        RubricKind::Points => r.points = Some(Decimal::ZERO),
        RubricKind::Levels => r.level = Some(0),
    }
}
