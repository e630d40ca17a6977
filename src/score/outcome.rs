//! The unit's outcome from its criteria: a points total and grade, or a level
//! with the 12-month rule for level 2.

use super::assessment::*;
use super::unscorable;
use crate::calendar::Calendar;
use crate::error::{Result, Unscorable};
use crate::rubric::{Classification, Rubric};
use crate::t;
use rust_decimal::Decimal;

pub(super) fn points(
    rubric: &Rubric,
    results: &[CriterionResult],
    warnings: &mut Vec<Warning>,
) -> Result<(Option<Total>, Outcome)> {
    let too_large = || unscorable(rubric, Unscorable::PointsOverflow);
    let points = sum(results.iter().filter_map(|r| r.points)).ok_or_else(too_large)?;
    let max_points = match rubric.max_points {
        Some(m) => m,
        None => sum(results.iter().filter_map(|r| r.max_points)).ok_or_else(too_large)?,
    };
    let Some((classification, grade)) = rubric.classification.as_ref().and_then(|c| {
        c.grades
            .iter()
            .find(|g| points >= g.min_points)
            .or(c.grades.last())
            .map(|g| (c, g))
    }) else {
        return Err(unscorable(rubric, Unscorable::Classification));
    };
    if classification.provisional {
        warnings.push(Warning::localized("provisional-classification", |lang| {
            t!(
                lang,
                "warning-provisional-classification",
                grades = grade_list(classification, lang),
                source = &classification.source,
            )
        }));
    }
    Ok((
        Some(Total { points, max_points }),
        Outcome {
            recognized: grade.recognized,
            grade: Some(grade.id.clone()),
            level: None,
            label: grade.label.clone(),
            label_en: grade.label_en.clone(),
            provisional: classification.provisional,
            indicators_level: None,
            level_2_from: None,
        },
    ))
}

/// An exact sum; `None` when it outgrows a decimal.
fn sum(points: impl Iterator<Item = Decimal>) -> Option<Decimal> {
    points
        .into_iter()
        .try_fold(Decimal::ZERO, Decimal::checked_add)
}

/// `Tốt ≥ 90, Khá ≥ 70, ...` from the rubric's own grades.
fn grade_list(c: &Classification, lang: crate::lang::Lang) -> String {
    c.grades
        .iter()
        .filter(|g| g.min_points > Decimal::ZERO)
        .map(|g| {
            format!(
                "{} ≥ {}",
                lang.pick(&g.label, &g.label_en),
                g.min_points.normalize()
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn levels(
    rubric: &Rubric,
    results: &[CriterionResult],
    cal: &Calendar,
    warnings: &mut Vec<Warning>,
) -> Result<Outcome> {
    let applicable: Vec<&CriterionResult> = results.iter().filter(|r| r.applicable).collect();
    let reached = applicable
        .iter()
        .map(|r| r.level.unwrap_or(0))
        .min()
        .unwrap_or(0);
    let Some(recognition) = rubric.recognition.as_ref() else {
        return Err(unscorable(rubric, Unscorable::Recognition));
    };
    let as_of = cal.as_of.date;
    let date = crate::date::long_date;
    let mut level = reached;
    let mut level_2_from = None;
    if reached >= 2 {
        match (&cal.recognition, cal.level_2_from, cal.retained_until) {
            (Some(p), Some(from), Some(expires)) => {
                if as_of < from {
                    level = 1;
                    level_2_from = Some(from);
                    warnings.push(Warning::localized("level-2-too-soon", |lang| {
                        t!(
                            lang,
                            "warning-level-2-too-soon",
                            decided = date(p.decided_on, lang),
                            months = recognition.level_2_after_months.to_string(),
                            as_of = date(as_of, lang),
                            from = date(from, lang),
                        )
                    }));
                } else if as_of > expires {
                    level = 1;
                    warnings.push(Warning::localized("prior-recognition-expired", |lang| {
                        t!(
                            lang,
                            "warning-prior-recognition-expired",
                            decided = date(p.decided_on, lang),
                            months = recognition.validity_months.to_string(),
                            until = date(expires, lang),
                        )
                    }));
                }
            }
            _ => {
                level = 1;
                warnings.push(Warning::localized(
                    "level-2-needs-prior-recognition",
                    |lang| {
                        t!(
                            lang,
                            "warning-level-2-needs-prior-recognition",
                            as_of = date(as_of, lang),
                            months = recognition.level_2_after_months.to_string(),
                        )
                    },
                ));
            }
        }
    }
    // The outcome is provisional only when a provisional threshold could change it.
    // A provisional indicator could sit one level lower (when a met threshold is
    // provisional) or higher (when the missed one is); the unit level is the lowest.
    // Only the threshold met at the unit's level can make it drop: a provisional
    // threshold missed above it cannot.
    let could_drop = level > 0
        && applicable.iter().any(|r| {
            r.provisional
                && r.level.unwrap_or(0) == level
                && rubric
                    .criteria
                    .iter()
                    .find(|c| c.id == r.id)
                    .is_some_and(|c| c.level_is_provisional(level))
        });
    // Level 2 needs a recognition decision old enough (and not lapsed): without one,
    // indicators that might reach level 2 would still leave the unit at level 1.
    let level_2_possible = match (cal.level_2_from, cal.retained_until) {
        (Some(from), Some(until)) => as_of >= from && as_of <= until,
        (Some(from), None) => as_of >= from,
        _ => false,
    };
    let could_rise = (reached != 1 || level_2_possible)
        && !applicable.is_empty()
        && applicable
            .iter()
            .filter(|r| r.level.unwrap_or(0) == reached)
            .all(|r| r.provisional)
        && level == reached;
    let provisional = could_drop || could_rise;
    if provisional {
        warnings.push(Warning::localized("provisional-level-2", |lang| {
            t!(lang, "warning-provisional-level-2")
        }));
    }
    Ok(Outcome {
        recognized: level >= 1,
        grade: None,
        level: Some(level),
        label: rubric.level_label(level, crate::lang::Lang::Vi),
        label_en: rubric.level_label(level, crate::lang::Lang::En),
        provisional,
        indicators_level: Some(reached),
        level_2_from,
    })
}
