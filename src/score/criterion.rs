//! One criterion: what every kind shares (evidence, applicability,
//! `--strict-evidence`); the measuring itself is in `members` and `facts`.

use super::assessment::*;
use super::{facts, members, Options};
use crate::manifest::Manifest;
use crate::roster::Member;
use crate::rubric::{Criterion, Measure, Rubric, RubricKind};
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
        r.warnings.push(Warning::new(
            "not-applicable",
            format!(
                "không áp dụng cho loại đơn vị `{}`",
                unit_kind.unwrap_or("")
            ),
            format!("does not apply to unit kind `{}`", unit_kind.unwrap_or("")),
        ));
    } else if r.evidence_codes.is_empty() && (manifest.is_some() || opts.strict_evidence) {
        // Items that name the criterion but whose files cannot count, and why.
        let (broken_vi, broken_en): (Vec<String>, Vec<String>) = manifest
            .map(|m| m.supporting(&c.inputs()))
            .unwrap_or_default()
            .into_iter()
            .filter_map(|e| {
                let (vi, en) = e.unsound.as_ref()?;
                Some((format!("{}: {vi}", e.code), format!("{}: {en}", e.code)))
            })
            .unzip();
        let (why_vi, why_en) = if broken_vi.is_empty() {
            (String::new(), String::new())
        } else {
            (
                format!("; minh chứng không dùng được — {}", broken_vi.join("; ")),
                format!("; items that cannot count — {}", broken_en.join("; ")),
            )
        };
        if opts.strict_evidence {
            zero(&mut r, rubric.kind);
            r.band = None;
            r.next = None;
            r.provisional = false;
            r.warnings.push(Warning::new(
                "no-evidence-strict",
                format!("không có minh chứng hợp lệ (--strict-evidence): tính 0 điểm / không đạt{why_vi}"),
                format!("no valid supporting evidence (--strict-evidence): scored 0 points / not reached{why_en}"),
            ));
        } else {
            r.warnings.push(Warning::new(
                "no-evidence",
                format!(
                    "không có minh chứng hợp lệ nào hỗ trợ ({}){why_vi}",
                    c.inputs().join(", ")
                ),
                format!(
                    "no valid evidence item supports it ({}){why_en}",
                    c.inputs().join(", ")
                ),
            ));
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
