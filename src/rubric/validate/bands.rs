//! A member-ratio criterion's `bands`: ranges, points, coverage of 0–100 %.

use super::*;

pub(super) fn bands(
    cx: &Ctx,
    rc: &RawCriterion,
    crit: Option<&str>,
    max_points: Option<Decimal>,
) -> Option<MemberScale> {
    let Some(raw_bands) = &rc.bands else {
        cx.error(
            code::MISSING_SCALE,
            rc.id.span(),
            crit,
            "tiêu chí tính theo tỷ lệ thành viên cần `bands` (các khoảng tỷ lệ và điểm)".into(),
            "a member-ratio criterion needs `bands` (ranges of the ratio and their points)".into(),
        );
        return None;
    };
    let mut bands: Vec<Band> = Vec::new();
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut all_ok = true;
    for b in raw_bands.get_ref() {
        let range: Option<PercentRange> = match b.range.get_ref().parse() {
            Ok(r) => Some(r),
            Err((vi, en)) => {
                cx.error(code::INVALID_RANGE, b.range.span(), crit, vi, en);
                None
            }
        };
        let points = cx.points(&b.points, crit);
        if let (Some(p), Some(m)) = (points, max_points) {
            if p > m {
                cx.error(
                    code::POINTS_EXCEED_MAX,
                    b.points.span(),
                    crit,
                    format!(
                        "{} điểm vượt quá điểm tối đa {} của tiêu chí",
                        p.normalize(),
                        m.normalize()
                    ),
                    format!(
                        "{} points exceed the criterion's max_points {}",
                        p.normalize(),
                        m.normalize()
                    ),
                );
            }
        }
        let what = (
            format!("khoảng {}", b.range.get_ref()),
            format!("band {}", b.range.get_ref()),
        );
        let source = cx.source(&b.source, b.range.span(), crit, (&what.0, &what.1));
        match (range, points) {
            (Some(range), Some(points)) => {
                bands.push(Band {
                    range,
                    points,
                    source,
                    provisional: b.provisional,
                });
                spans.push(b.range.span());
            }
            _ => all_ok = false,
        }
    }
    if raw_bands.get_ref().is_empty() {
        cx.error(
            code::MISSING_SCALE,
            raw_bands.span(),
            crit,
            "`bands` rỗng".into(),
            "`bands` is empty".into(),
        );
        return None;
    }
    let gap_policy = match rc.gap_policy.as_ref() {
        None => None,
        Some(g) => match g.get_ref().as_str() {
            "next-lower" => Some(GapPolicy::NextLower),
            "zero" => Some(GapPolicy::Zero),
            other => {
                cx.error(
                    code::INVALID_GAP_POLICY,
                    g.span(),
                    crit,
                    format!("`gap_policy = \"{other}\"` không hợp lệ; chấp nhận: next-lower, zero"),
                    format!("invalid `gap_policy = \"{other}\"`; accepted: next-lower, zero"),
                );
                None
            }
        },
    };
    if !all_ok {
        return None;
    }

    // Coverage of 0–100 %: overlaps are errors; gaps need a declared policy.
    let cov = coverage(&bands);
    for (a, b) in &cov.overlaps {
        cx.error(
            code::BAND_OVERLAP,
            spans[*b].clone(),
            crit,
            format!(
                "khoảng {} và {} chồng lên nhau: một tỷ lệ thuộc cả hai",
                bands[*a].range, bands[*b].range
            ),
            format!(
                "bands {} and {} overlap: a ratio falls in both",
                bands[*a].range, bands[*b].range
            ),
        );
    }
    for gap in &cov.gaps {
        match gap_policy {
            None if rc.gap_policy.is_none() => cx.error(
                code::BAND_GAP,
                raw_bands.span(),
                crit,
                format!("khoảng {gap} ({}) không thuộc khoảng nào; khai báo `gap_policy` (next-lower hoặc zero) hoặc thêm khoảng", gap.label()),
                format!("{gap} ({}) falls in no band; declare `gap_policy` (next-lower or zero) or add a band", gap.label()),
            ),
            None => {}
            Some(policy) => {
                let below = bands
                    .iter()
                    .filter(|b| b.range.hi < gap.lo || (b.range.hi == gap.lo && !(b.range.hi_inclusive && gap.lo_inclusive)))
                    .max_by(|a, b| a.range.hi.cmp(&b.range.hi));
                let (effect_vi, effect_en) = match (policy, below) {
                    (GapPolicy::NextLower, Some(b)) => (
                        format!("tính theo khoảng thấp hơn liền kề {} ({} điểm)", b.range.label(), b.points.normalize()),
                        format!("scored at the next lower band {} ({} points)", b.range.label(), b.points.normalize()),
                    ),
                    _ => ("tính 0 điểm".to_string(), "scored 0 points".to_string()),
                };
                let name = match policy {
                    GapPolicy::NextLower => "next-lower",
                    GapPolicy::Zero => "zero",
                };
                cx.push(
                    Severity::Info,
                    code::BAND_GAP_DECLARED,
                    Some(rc.gap_policy.as_ref().map_or(raw_bands.span(), |g| g.span())),
                    crit,
                    format!("khoảng {gap} ({}) không thuộc khoảng nào; tệp khai báo `gap_policy = \"{name}\"`: {effect_vi}, kèm cảnh báo", gap.label()),
                    format!("{gap} ({}) falls in no band; the file declares `gap_policy = \"{name}\"`: {effect_en}, with a warning", gap.label()),
                );
            }
        }
    }
    if cov.gaps.is_empty() {
        if let Some(g) = &rc.gap_policy {
            cx.ignored(
                g.span(),
                crit,
                "gap_policy",
                "các khoảng đã phủ kín 0–100 %",
                "the bands already cover 0–100 %",
            );
        }
    }

    // Points should not fall as the ratio rises; equal neighbours are redundant.
    let mut order: Vec<usize> = (0..bands.len()).collect();
    order.sort_by(|&a, &b| {
        bands[a].range.lo.cmp(&bands[b].range.lo).then(
            bands[b]
                .range
                .lo_inclusive
                .cmp(&bands[a].range.lo_inclusive),
        )
    });
    for pair in order.windows(2) {
        let (lo, hi) = (&bands[pair[0]], &bands[pair[1]]);
        if hi.points < lo.points {
            cx.push(
                Severity::Warning,
                code::BAND_ORDER,
                Some(spans[pair[1]].clone()),
                crit,
                format!("khoảng {} cho {} điểm, ít hơn khoảng thấp hơn {} ({} điểm): điểm giảm khi tỷ lệ tăng", hi.range, hi.points.normalize(), lo.range, lo.points.normalize()),
                format!("band {} gives {} points, fewer than the lower band {} ({} points): points fall as the ratio rises", hi.range, hi.points.normalize(), lo.range, lo.points.normalize()),
            );
        } else if hi.points == lo.points && cov.overlaps.is_empty() {
            cx.push(
                Severity::Info,
                code::EQUAL_BANDS,
                Some(spans[pair[1]].clone()),
                crit,
                format!(
                    "hai khoảng liền nhau {} và {} cùng cho {} điểm (thừa nhưng hợp lệ)",
                    lo.range,
                    hi.range,
                    hi.points.normalize()
                ),
                format!(
                    "adjacent bands {} and {} give the same {} points (redundant, but valid)",
                    lo.range,
                    hi.range,
                    hi.points.normalize()
                ),
            );
        }
    }
    top_reaches_max(
        cx,
        rc,
        crit,
        bands.iter().map(|b| b.points).max(),
        max_points,
        "khoảng",
        "band",
    );

    let gap_note = rc.gap_note.as_ref().map(|vi| {
        (
            vi.clone(),
            rc.gap_note_en.clone().unwrap_or_else(|| vi.clone()),
        )
    });
    Some(MemberScale::Bands {
        bands,
        gap_policy,
        gap_note,
    })
}

/// A criterion whose best band or case gives less than its `max_points` can never
/// reach its maximum, and the rubric's total cannot either.
pub(super) fn top_reaches_max(
    cx: &Ctx,
    rc: &RawCriterion,
    crit: Option<&str>,
    top: Option<Decimal>,
    max: Option<Decimal>,
    what_vi: &str,
    what_en: &str,
) {
    if let (Some(top), Some(max), Some(span)) = (top, max, rc.max_points.as_ref().map(|m| m.span()))
    {
        if top < max {
            cx.error(
                code::CRITERION_MAX,
                span,
                crit,
                format!("{what_vi} cao nhất cho {} điểm, nhưng `max_points` là {}: tiêu chí không bao giờ đạt điểm tối đa", top.normalize(), max.normalize()),
                format!("its best {what_en} gives {} points, but `max_points` is {}: the maximum can never be reached", top.normalize(), max.normalize()),
            );
        }
    }
}
