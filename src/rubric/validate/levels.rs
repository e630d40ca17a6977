//! Scales other than bands: member levels, fact cases, fact levels.

use super::*;

pub(super) fn member_levels(
    cx: &Ctx,
    rc: &RawCriterion,
    crit: Option<&str>,
) -> Option<MemberScale> {
    let mut levels: Vec<(LevelThreshold, Range<usize>)> = Vec::new();
    let mut ok = true;
    for (n, raw) in [(1u8, &rc.level_1), (2u8, &rc.level_2)] {
        let Some(raw) = raw else { continue };
        let span = raw.span();
        let raw = raw.get_ref();
        if raw.when.is_some() {
            cx.ignored(
                span.clone(),
                crit,
                &format!("level_{n}.when"),
                key!("rubric-lint-why-members-use-min-percent"),
            );
        }
        let source = cx.source(&raw.source, span.clone(), crit, |_| format!("`level_{n}`"));
        let Some(pct) = raw.min_percent.as_ref() else {
            cx.error(code::MISSING_SCALE, span, crit, |lang| {
                t!(
                    lang,
                    "rubric-lint-level-needs-min-percent",
                    level = n.to_string()
                )
            });
            ok = false;
            continue;
        };
        let Some(min_percent) = cx.decimal(pct, crit) else {
            ok = false;
            continue;
        };
        if min_percent < Decimal::ZERO || min_percent > Decimal::ONE_HUNDRED {
            cx.error(code::INVALID_NUMBER, pct.span(), crit, |lang| {
                t!(lang, "rubric-lint-min-percent-range")
            });
            ok = false;
            continue;
        }
        levels.push((
            LevelThreshold {
                level: n,
                min_percent,
                provisional: raw.provisional,
                source,
            },
            pct.span(),
        ));
    }
    if rc.level_1.is_none() {
        cx.error(code::MISSING_SCALE, rc.id.span(), crit, |lang| {
            t!(lang, "rubric-lint-needs-level-1-threshold")
        });
        return None;
    }
    if let [(l1, _), (l2, span2)] = levels.as_slice() {
        if l2.min_percent < l1.min_percent {
            cx.error(code::LEVEL_ORDER, span2.clone(), crit, |lang| {
                t!(
                    lang,
                    "rubric-lint-level-order-percent",
                    level_2 = l2.min_percent.normalize().to_string(),
                    level_1 = l1.min_percent.normalize().to_string(),
                )
            });
            ok = false;
        }
    }
    ok.then(|| MemberScale::Levels(levels.into_iter().map(|(l, _)| l).collect()))
}

pub(super) fn cases(
    cx: &Ctx,
    rc: &RawCriterion,
    crit: Option<&str>,
    max_points: Option<Decimal>,
) -> Option<FactScale> {
    let Some(raw_cases) = &rc.cases else {
        cx.error(code::MISSING_SCALE, rc.id.span(), crit, |lang| {
            t!(lang, "rubric-lint-needs-members-or-cases")
        });
        return None;
    };
    if raw_cases.get_ref().is_empty() {
        cx.error(code::MISSING_SCALE, raw_cases.span(), crit, |lang| {
            t!(lang, "rubric-lint-cases-empty")
        });
        return None;
    }
    let mut cases = Vec::new();
    let mut ok = true;
    for c in raw_cases.get_ref() {
        let points = cx.points(&c.points, crit);
        if let (Some(p), Some(m)) = (points, max_points) {
            if p > m {
                cx.error(code::POINTS_EXCEED_MAX, c.points.span(), crit, |lang| {
                    t!(
                        lang,
                        "rubric-lint-points-exceed-max",
                        points = p.normalize().to_string(),
                        max = m.normalize().to_string(),
                    )
                });
            }
        }
        let when = cx.conditions(&c.when, crit);
        match (points, when) {
            (Some(points), Some(when)) => cases.push(Case {
                when,
                points,
                label: c.label.clone(),
                label_en: c.label_en.clone().unwrap_or_else(|| c.label.clone()),
            }),
            _ => ok = false,
        }
    }
    if ok {
        top_reaches_max(
            cx,
            rc,
            crit,
            cases.iter().map(|c| c.points).max(),
            max_points,
            key!("rubric-lint-best-case-below-max"),
        );
    }
    ok.then_some(FactScale::Cases(cases))
}

pub(super) fn fact_levels(cx: &Ctx, rc: &RawCriterion, crit: Option<&str>) -> Option<FactScale> {
    let mut levels: Vec<FactLevel> = Vec::new();
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut ok = true;
    for (n, raw) in [(1u8, &rc.level_1), (2u8, &rc.level_2)] {
        let Some(raw) = raw else { continue };
        let span = raw.span();
        let raw = raw.get_ref();
        if let Some(p) = &raw.min_percent {
            cx.ignored(
                p.span(),
                crit,
                &format!("level_{n}.min_percent"),
                key!("rubric-lint-why-unit-level-uses-when"),
            );
        }
        let source = cx.source(&raw.source, span.clone(), crit, |_| format!("`level_{n}`"));
        let Some(when) = &raw.when else {
            cx.error(code::MISSING_SCALE, span, crit, |lang| {
                t!(lang, "rubric-lint-level-needs-when", level = n.to_string())
            });
            ok = false;
            continue;
        };
        match cx.conditions(when, crit) {
            Some(when) => {
                levels.push(FactLevel {
                    level: n,
                    when,
                    provisional: raw.provisional,
                    source,
                });
                spans.push(span);
            }
            None => ok = false,
        }
    }
    if rc.level_1.is_none() {
        cx.error(code::MISSING_SCALE, rc.id.span(), crit, |lang| {
            t!(lang, "rubric-lint-needs-level-1-conditions")
        });
        return None;
    }
    // A level-2 `at_least` below the level-1 one on the same fact asks for less.
    if let [l1, l2] = levels.as_slice() {
        for c2 in &l2.when {
            let Test::AtLeast(v2, r2) = &c2.test else {
                continue;
            };
            for c1 in l1.when.iter().filter(|c| c.fact.name == c2.fact.name) {
                if let Test::AtLeast(v1, r1) = &c1.test {
                    if r2 < r1 {
                        cx.error(code::LEVEL_ORDER, spans[1].clone(), crit, |lang| {
                            t!(
                                lang,
                                "rubric-lint-level-order-fact",
                                fact = c2.fact.name,
                                level_2 = *v2,
                                level_1 = *v1,
                            )
                        });
                        ok = false;
                    }
                }
            }
        }
    }
    ok.then_some(FactScale::Levels(levels))
}
