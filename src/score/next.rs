//! The next step up for a member-ratio criterion: the nearest band that gives
//! more points, or the next level, and how many more members meeting it reach it.

use super::assessment::*;
use crate::rubric::range::members_for;
use crate::rubric::{Band, LevelThreshold};
use rust_decimal::Decimal;

/// The nearest band that gives strictly more points than `current` (the
/// highest-paying one when several start at the same count).
pub(super) fn band(bands: &[Band], current: Decimal, num: u64, den: u64) -> Option<Next> {
    bands
        .iter()
        .filter(|b| b.points > current)
        .filter_map(|b| {
            b.range
                .first_count_from(num.saturating_add(1), den)
                .map(|n| (n, b))
        })
        .min_by_key(|(n, b)| (*n, std::cmp::Reverse(b.points)))
        .map(|(n, b)| Next {
            target: NextTarget::Band {
                range: b.range.clone(),
                points: b.points,
            },
            members_needed: n.saturating_sub(num),
        })
}

/// The level just above `reached`, from thresholds sorted by level; none when no
/// count of the `den` members reaches it.
pub(super) fn level(sorted: &[&LevelThreshold], reached: u8, num: u64, den: u64) -> Option<Next> {
    let l = sorted
        .iter()
        .find(|l| Some(l.level) == reached.checked_add(1))?;
    let needed = members_for(den, l.min_percent, true);
    (needed <= den).then(|| Next {
        target: NextTarget::Level {
            level: l.level,
            min_percent: l.min_percent,
        },
        members_needed: needed.saturating_sub(num),
    })
}
