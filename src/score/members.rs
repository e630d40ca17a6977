//! Member-ratio criteria: count the counted members who meet the predicate, then
//! place the exact ratio on the criterion's bands or level thresholds.

use super::assessment::*;
use super::criterion::zero;
use super::next;
use crate::lang::Lang;
use crate::roster::Member;
use crate::rubric::range::PercentRange;
use crate::rubric::{
    Band, Criterion, GapPolicy, LevelThreshold, MemberScale, Predicate, RubricKind,
};
use crate::t;
use rust_decimal::Decimal;

pub(super) fn measure(
    r: &mut CriterionResult,
    kind: RubricKind,
    c: &Criterion,
    predicate: &Predicate,
    scale: &MemberScale,
    counted: &[&Member],
    explain: bool,
) {
    r.kind = MeasureKind::Members;
    let den = counted.len() as u64;
    let mut num = 0u64;
    for m in counted {
        if predicate.meets(m.yes, m.title) {
            num += 1;
        } else if explain {
            r.not_meeting.push(MemberRef {
                line: m.line,
                id: m.id.clone(),
                name: m.name.clone(),
            });
        }
    }
    r.numerator = Some(num);
    r.denominator = Some(den);
    for s in &c.sub_items {
        let bit = crate::vocab::yes_no_bit(s.column).unwrap_or(0);
        r.sub_items.push(SubItemResult {
            id: s.id.clone(),
            column: s.column,
            title: s.title.clone(),
            points: s.points,
            numerator: counted.iter().filter(|m| m.yes & bit == bit).count() as u64,
        });
    }
    if den == 0 {
        r.assessed = false;
        zero(r, kind);
        r.warnings
            .push(Warning::localized("empty-denominator", |lang| {
                t!(lang, "warning-empty-denominator")
            }));
    } else {
        match scale {
            MemberScale::Bands {
                bands,
                gap_policy,
                gap_note,
            } => score_bands(r, bands, *gap_policy, gap_note.as_ref(), num, den),
            MemberScale::Levels(levels) => score_member_levels(r, levels, num, den),
        }
    }
}

fn score_bands(
    r: &mut CriterionResult,
    bands: &[Band],
    gap_policy: Option<GapPolicy>,
    gap_note: Option<&(String, String)>,
    num: u64,
    den: u64,
) {
    let current = match bands.iter().find(|b| b.range.contains(num, den)) {
        Some(b) => {
            r.points = Some(b.points);
            r.band = Some(Reached::Band(b.range.clone()));
            r.provisional = b.provisional;
            b.points
        }
        None => {
            // In a gap of the published scale: apply the declared policy, openly.
            let below = bands
                .iter()
                .filter(|b| {
                    // the whole band lies below the ratio
                    crate::rubric::range::at_least(num, den, b.range.hi, !b.range.hi_inclusive)
                })
                .max_by(|a, b| a.range.hi.cmp(&b.range.hi));
            let points = match (gap_policy, below) {
                (Some(GapPolicy::NextLower), Some(b)) => {
                    r.band = Some(Reached::Gap {
                        gap: gap_at(bands, num, den),
                        counted_as: Some(b.range.clone()),
                    });
                    r.provisional = b.provisional;
                    b.points
                }
                _ => {
                    r.band = Some(Reached::Gap {
                        gap: gap_at(bands, num, den),
                        counted_as: None,
                    });
                    Decimal::ZERO
                }
            };
            r.points = Some(points);
            // The rubric's own note (`gap_note`, `gap_note_en`) says why, else a general one.
            let note = |lang: Lang| match gap_note {
                Some((vi, en)) => lang.pick(vi, en).to_string(),
                None => t!(lang, "warning-band-gap-note"),
            };
            r.warnings.push(Warning::localized("band-gap", |lang| {
                t!(
                    lang,
                    "warning-band-gap",
                    num = num.to_string(),
                    den = den.to_string(),
                    note = note(lang),
                    points = points.to_string(),
                )
            }));
            points
        }
    };
    r.next = next::band(bands, current, num, den);
}

/// The gap of the scale a ratio fell into (`75–<80%`).
fn gap_at(bands: &[Band], num: u64, den: u64) -> Option<PercentRange> {
    crate::rubric::band::coverage(bands)
        .gaps
        .into_iter()
        .find(|g| g.contains(num, den))
}

fn score_member_levels(r: &mut CriterionResult, levels: &[LevelThreshold], num: u64, den: u64) {
    let mut sorted: Vec<&LevelThreshold> = levels.iter().collect();
    sorted.sort_by_key(|l| l.level);
    let mut reached = 0;
    for l in &sorted {
        if !crate::rubric::range::at_least(num, den, l.min_percent, true) {
            break;
        }
        reached = l.level;
    }
    r.level = Some(reached);
    // A level shown depends on a provisional value when that value was consulted:
    // the threshold reached, or the one just above it.
    r.provisional = sorted
        .iter()
        .filter(|l| l.level <= reached.saturating_add(1))
        .any(|l| l.provisional);
    // The band names the thresholds consulted: the one reached and the one above.
    let threshold = |l: &&LevelThreshold| Threshold {
        min_percent: l.min_percent,
        provisional: l.provisional,
    };
    r.band = Some(Reached::Thresholds {
        reached: sorted
            .iter()
            .rev()
            .find(|l| l.level == reached)
            .map(threshold),
        above: sorted
            .iter()
            .find(|l| Some(l.level) == reached.checked_add(1))
            .map(threshold),
    });
    r.next = next::level(&sorted, reached, num, den);
}
