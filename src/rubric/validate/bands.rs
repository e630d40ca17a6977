//! A member-ratio criterion's `bands`: ranges, points, coverage of 0–100 %.

use super::*;

pub(super) fn bands(
    cx: &Ctx,
    rc: &RawCriterion,
    crit: Option<&str>,
    max_points: Option<Decimal>,
) -> Option<MemberScale> {
    let Some(raw_bands) = &rc.bands else {
        cx.error(code::MISSING_SCALE, rc.id.span(), crit, |lang| {
            t!(lang, "rubric-lint-needs-bands")
        });
        return None;
    };
    let mut bands: Vec<Band> = Vec::new();
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut all_ok = true;
    for b in raw_bands.get_ref() {
        let range: Option<PercentRange> = match b.range.get_ref().parse() {
            Ok(r) => Some(r),
            Err((vi, en)) => {
                cx.error(code::INVALID_RANGE, b.range.span(), crit, |lang| {
                    lang.pick(&vi, &en).to_string()
                });
                None
            }
        };
        let points = cx.points(&b.points, crit);
        if let (Some(p), Some(m)) = (points, max_points) {
            if p > m {
                cx.error(code::POINTS_EXCEED_MAX, b.points.span(), crit, |lang| {
                    t!(
                        lang,
                        "rubric-lint-points-exceed-max",
                        points = p.normalize().to_string(),
                        max = m.normalize().to_string(),
                    )
                });
            }
        }
        let what = |lang| t!(lang, "rubric-lint-what-band", range = b.range.get_ref());
        let source = cx.source(&b.source, b.range.span(), crit, what);
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
        cx.error(code::MISSING_SCALE, raw_bands.span(), crit, |lang| {
            t!(lang, "rubric-lint-bands-empty")
        });
        return None;
    }
    let gap_policy = match rc.gap_policy.as_ref() {
        None => None,
        Some(g) => match g.get_ref().as_str() {
            "next-lower" => Some(GapPolicy::NextLower),
            "zero" => Some(GapPolicy::Zero),
            other => {
                cx.error(code::INVALID_GAP_POLICY, g.span(), crit, |lang| {
                    t!(lang, "rubric-lint-invalid-gap-policy", policy = other)
                });
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
        cx.error(code::BAND_OVERLAP, spans[*b].clone(), crit, |lang| {
            t!(
                lang,
                "rubric-lint-band-overlap",
                first = bands[*a].range.to_string(),
                second = bands[*b].range.to_string(),
            )
        });
    }
    for gap in &cov.gaps {
        match gap_policy {
            None if rc.gap_policy.is_none() => {
                cx.error(code::BAND_GAP, raw_bands.span(), crit, |lang| {
                    t!(
                        lang,
                        "rubric-lint-band-gap",
                        gap = gap.to_string(),
                        label = gap.label(),
                    )
                })
            }
            None => {}
            Some(policy) => {
                let below = bands
                    .iter()
                    .filter(|b| {
                        b.range.hi < gap.lo
                            || (b.range.hi == gap.lo && !(b.range.hi_inclusive && gap.lo_inclusive))
                    })
                    .max_by(|a, b| a.range.hi.cmp(&b.range.hi));
                let effect = |lang| match (policy, below) {
                    (GapPolicy::NextLower, Some(b)) => t!(
                        lang,
                        "rubric-lint-gap-effect-next-lower",
                        band = b.range.label(),
                        points = b.points.normalize().to_string(),
                    ),
                    _ => t!(lang, "rubric-lint-gap-effect-zero"),
                };
                let name = match policy {
                    GapPolicy::NextLower => "next-lower",
                    GapPolicy::Zero => "zero",
                };
                cx.push(
                    Severity::Info,
                    code::BAND_GAP_DECLARED,
                    Some(
                        rc.gap_policy
                            .as_ref()
                            .map_or(raw_bands.span(), |g| g.span()),
                    ),
                    crit,
                    |lang| {
                        t!(
                            lang,
                            "rubric-lint-band-gap-declared",
                            gap = gap.to_string(),
                            label = gap.label(),
                            policy = name,
                            effect = effect(lang),
                        )
                    },
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
                key!("rubric-lint-why-bands-cover-all"),
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
                |lang| {
                    t!(
                        lang,
                        "rubric-lint-band-order",
                        band = hi.range.to_string(),
                        points = hi.points.normalize().to_string(),
                        lower = lo.range.to_string(),
                        lower_points = lo.points.normalize().to_string(),
                    )
                },
            );
        } else if hi.points == lo.points && cov.overlaps.is_empty() {
            cx.push(
                Severity::Info,
                code::EQUAL_BANDS,
                Some(spans[pair[1]].clone()),
                crit,
                |lang| {
                    t!(
                        lang,
                        "rubric-lint-equal-bands",
                        lower = lo.range.to_string(),
                        upper = hi.range.to_string(),
                        points = hi.points.normalize().to_string(),
                    )
                },
            );
        }
    }
    top_reaches_max(
        cx,
        rc,
        crit,
        bands.iter().map(|b| b.points).max(),
        max_points,
        key!("rubric-lint-best-band-below-max"),
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
/// reach its maximum, and the rubric's total cannot either. `message` is the
/// catalog key that says so for a band or for a case.
pub(super) fn top_reaches_max(
    cx: &Ctx,
    rc: &RawCriterion,
    crit: Option<&str>,
    top: Option<Decimal>,
    max: Option<Decimal>,
    message: &str,
) {
    if let (Some(top), Some(max), Some(span)) = (top, max, rc.max_points.as_ref().map(|m| m.span()))
    {
        if top < max {
            cx.error(code::CRITERION_MAX, span, crit, |lang| {
                t!(
                    lang,
                    message,
                    top = top.normalize().to_string(),
                    max = max.normalize().to_string(),
                )
            });
        }
    }
}
