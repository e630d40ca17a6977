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
                "tiêu chí có `members` dùng `min_percent`",
                "a criterion with `members` uses `min_percent`",
            );
        }
        let what = format!("`level_{n}`");
        let source = cx.source(&raw.source, span.clone(), crit, (&what, &what));
        let Some(pct) = raw.min_percent.as_ref() else {
            cx.error(
                code::MISSING_SCALE,
                span,
                crit,
                format!("`level_{n}` cần `min_percent`"),
                format!("`level_{n}` needs `min_percent`"),
            );
            ok = false;
            continue;
        };
        let Some(min_percent) = cx.decimal(pct, crit) else {
            ok = false;
            continue;
        };
        if min_percent < Decimal::ZERO || min_percent > Decimal::ONE_HUNDRED {
            cx.error(
                code::INVALID_NUMBER,
                pct.span(),
                crit,
                "`min_percent` phải từ 0 đến 100".into(),
                "`min_percent` must be between 0 and 100".into(),
            );
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
        cx.error(
            code::MISSING_SCALE,
            rc.id.span(),
            crit,
            "cần `level_1` (ngưỡng mức độ 1)".into(),
            "needs `level_1` (the level-1 threshold)".into(),
        );
        return None;
    }
    if let [(l1, _), (l2, span2)] = levels.as_slice() {
        if l2.min_percent < l1.min_percent {
            cx.error(
                code::LEVEL_ORDER,
                span2.clone(),
                crit,
                format!(
                    "ngưỡng mức độ 2 ({} %) thấp hơn ngưỡng mức độ 1 ({} %)",
                    l2.min_percent.normalize(),
                    l1.min_percent.normalize()
                ),
                format!(
                    "the level-2 threshold ({} %) is below the level-1 threshold ({} %)",
                    l2.min_percent.normalize(),
                    l1.min_percent.normalize()
                ),
            );
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
        cx.error(
            code::MISSING_SCALE,
            rc.id.span(),
            crit,
            "cần `members` (tỷ lệ thành viên, với `bands`) hoặc `cases` (dữ kiện của đơn vị)"
                .into(),
            "needs `members` (a member ratio, with `bands`) or `cases` (unit facts)".into(),
        );
        return None;
    };
    if raw_cases.get_ref().is_empty() {
        cx.error(
            code::MISSING_SCALE,
            raw_cases.span(),
            crit,
            "`cases` rỗng".into(),
            "`cases` is empty".into(),
        );
        return None;
    }
    let mut cases = Vec::new();
    let mut ok = true;
    for c in raw_cases.get_ref() {
        let points = cx.points(&c.points, crit);
        if let (Some(p), Some(m)) = (points, max_points) {
            if p > m {
                cx.error(
                    code::POINTS_EXCEED_MAX,
                    c.points.span(),
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
            "trường hợp",
            "case",
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
                "tiêu chí cấp đơn vị dùng `when`",
                "a unit-level criterion uses `when`",
            );
        }
        let what = format!("`level_{n}`");
        let source = cx.source(&raw.source, span.clone(), crit, (&what, &what));
        let Some(when) = &raw.when else {
            cx.error(
                code::MISSING_SCALE,
                span,
                crit,
                format!("`level_{n}` cần `when` (điều kiện trên dữ kiện)"),
                format!("`level_{n}` needs `when` (conditions on facts)"),
            );
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
        cx.error(
            code::MISSING_SCALE,
            rc.id.span(),
            crit,
            "cần `level_1` (điều kiện mức độ 1)".into(),
            "needs `level_1` (the level-1 conditions)".into(),
        );
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
                        cx.error(
                            code::LEVEL_ORDER,
                            spans[1].clone(),
                            crit,
                            format!(
                                "mức độ 2 đòi `{} ≥ {v2}`, thấp hơn mức độ 1 (`≥ {v1}`)",
                                c2.fact.name
                            ),
                            format!(
                                "level 2 asks `{} ≥ {v2}`, less than level 1 (`≥ {v1}`)",
                                c2.fact.name
                            ),
                        );
                        ok = false;
                    }
                }
            }
        }
    }
    ok.then_some(FactScale::Levels(levels))
}
