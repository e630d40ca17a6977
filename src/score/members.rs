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
        r.warnings.push(Warning::new(
            "empty-denominator",
            "không có thành viên nào được tính: chưa đánh giá",
            "no counted member: not assessed",
        ));
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
            r.band = Some(b.range.label());
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
                    r.band = Some(format!(
                        "{} ({})",
                        gap_label(bands, num, den),
                        b.range.label()
                    ));
                    r.provisional = b.provisional;
                    b.points
                }
                _ => {
                    r.band = Some(gap_label(bands, num, den));
                    Decimal::ZERO
                }
            };
            r.points = Some(points);
            let (vi, en) = gap_note.cloned().unwrap_or_else(|| {
                (
                    "tỷ lệ nằm ngoài mọi mức của văn bản".to_string(),
                    "the ratio falls in no published band".to_string(),
                )
            });
            r.warnings.push(Warning::new(
                "band-gap",
                format!("{num}/{den} nằm trong khoảng trống của thang điểm; {vi} → {points} điểm"),
                format!("{num}/{den} falls in a gap of the scale; {en} → {points} points"),
            ));
            points
        }
    };
    r.next = next::band(bands, current, num, den);
}

/// The label of the gap a ratio fell into (`75–<80%`).
fn gap_label(bands: &[Band], num: u64, den: u64) -> String {
    let cov = crate::rubric::band::coverage(bands);
    cov.gaps
        .iter()
        .find(|g: &&PercentRange| g.contains(num, den))
        .map(|g| g.label())
        .unwrap_or_else(|| "—".to_string())
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
        .filter(|l| l.level <= reached + 1)
        .any(|l| l.provisional);
    // The band names the thresholds consulted; the mark goes on a provisional one only.
    let mark = |l: &LevelThreshold, lang: Lang| {
        if l.provisional {
            lang.pick(" (tạm thời)", " (provisional)")
        } else {
            ""
        }
    };
    let band = |lang: Lang| {
        let mut parts = Vec::new();
        if let Some(l) = sorted.iter().rev().find(|l| l.level == reached) {
            parts.push(format!("≥{}%{}", l.min_percent.normalize(), mark(l, lang)));
        }
        if let Some(l) = sorted.iter().find(|l| l.level == reached + 1) {
            parts.push(format!("<{}%{}", l.min_percent.normalize(), mark(l, lang)));
        }
        if parts.is_empty() {
            "—".to_string()
        } else {
            parts.join(", ")
        }
    };
    r.band = Some(band(Lang::Vi));
    r.band_en = Some(band(Lang::En));
    r.next = next::level(&sorted, reached, num, den);
}
