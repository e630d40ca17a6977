//! One `[[criteria]]` table: its head, what it applies to, and how it is measured.

use super::*;

pub(super) fn criterion(cx: &Ctx, kind: RubricKind, rc: &RawCriterion) -> Option<Criterion> {
    let errors_before = cx.errors();
    let id = rc.id.get_ref().clone();
    let crit = Some(id.as_str());
    let id_span = rc.id.span();
    let source = cx.source(&rc.source, id_span.clone(), crit, |lang| {
        t!(lang, "rubric-lint-what-criterion")
    });
    let max_points = match (&rc.max_points, kind) {
        (Some(v), RubricKind::Points) => cx.decimal(v, crit),
        (Some(v), RubricKind::Levels) => {
            cx.ignored(
                v.span(),
                crit,
                "max_points",
                key!("rubric-lint-why-levels-no-points"),
            );
            None
        }
        (None, RubricKind::Points) => {
            cx.error(code::MISSING_MAX, id_span.clone(), crit, |lang| {
                t!(lang, "rubric-lint-missing-max")
            });
            None
        }
        (None, RubricKind::Levels) => None,
    };
    for k in &rc.not_applicable_for_kinds {
        if !vocab::UNIT_KINDS.contains(&k.get_ref().as_str()) {
            cx.error(code::UNKNOWN_UNIT_KIND, k.span(), crit, |lang| {
                t!(
                    lang,
                    "rubric-lint-unknown-unit-kind",
                    kind = k.get_ref(),
                    accepted = vocab::UNIT_KINDS.join(", "),
                )
            });
        }
    }

    // Keys that the criterion's kind does not read.
    let points_only = |cx: &Ctx| {
        if let Some(b) = &rc.bands {
            cx.ignored(
                b.span(),
                crit,
                "bands",
                key!("rubric-lint-why-levels-use-levels"),
            );
        }
        if let Some(c) = &rc.cases {
            cx.ignored(
                c.span(),
                crit,
                "cases",
                key!("rubric-lint-why-levels-use-levels"),
            );
        }
        if let Some(g) = &rc.gap_policy {
            cx.ignored(
                g.span(),
                crit,
                "gap_policy",
                key!("rubric-lint-why-only-with-bands"),
            );
        }
    };
    let levels_only = |cx: &Ctx| {
        for (name, l) in [("level_1", &rc.level_1), ("level_2", &rc.level_2)] {
            if let Some(l) = l {
                cx.ignored(
                    l.span(),
                    crit,
                    name,
                    key!("rubric-lint-why-points-use-bands-or-cases"),
                );
            }
        }
    };
    match kind {
        RubricKind::Points => levels_only(cx),
        RubricKind::Levels => points_only(cx),
    }

    let measure = if let Some(rp) = &rc.members {
        if kind == RubricKind::Points {
            if let Some(c) = &rc.cases {
                cx.ignored(
                    c.span(),
                    crit,
                    "cases",
                    key!("rubric-lint-why-members-use-bands"),
                );
            }
        }
        let predicate = predicate(cx, rp, crit);
        let scale = match kind {
            RubricKind::Points => bands(cx, rc, crit, max_points),
            RubricKind::Levels => member_levels(cx, rc, crit),
        };
        Measure::Members {
            predicate: predicate?,
            scale: scale?,
        }
    } else {
        if rc.gap_policy.is_some() && kind == RubricKind::Points {
            if let Some(g) = &rc.gap_policy {
                cx.ignored(
                    g.span(),
                    crit,
                    "gap_policy",
                    key!("rubric-lint-why-only-with-members-and-bands"),
                );
            }
        }
        if kind == RubricKind::Points {
            if let Some(b) = &rc.bands {
                cx.ignored(
                    b.span(),
                    crit,
                    "bands",
                    key!("rubric-lint-why-bands-need-members"),
                );
            }
        }
        let scale = match kind {
            RubricKind::Points => cases(cx, rc, crit, max_points),
            RubricKind::Levels => fact_levels(cx, rc, crit),
        };
        Measure::Facts { scale: scale? }
    };

    let mut sub_items: Vec<SubItem> = Vec::new();
    for s in &rc.sub_items {
        if sub_items.iter().any(|x| &x.id == s.id.get_ref()) {
            cx.error(code::DUPLICATE_ID, s.id.span(), crit, |lang| {
                t!(lang, "rubric-lint-duplicate-sub-item", id = s.id.get_ref())
            });
            continue;
        }
        let (Some(column), Some(points)) = (
            cx.yes_no_column(&s.column, crit),
            cx.decimal(&s.points, crit),
        ) else {
            continue;
        };
        sub_items.push(SubItem {
            id: s.id.get_ref().clone(),
            column,
            points,
            title: s.title.clone(),
        });
    }
    if let (Some(max), Some(first)) = (max_points, rc.sub_items.first()) {
        let sum: Decimal = sub_items.iter().map(|s| s.points).sum();
        if sub_items.len() == rc.sub_items.len() && sum != max {
            cx.push(
                Severity::Warning,
                code::SUB_ITEMS_SUM,
                Some(first.id.span()),
                crit,
                |lang| {
                    t!(
                        lang,
                        "rubric-lint-sub-items-sum",
                        sum = sum.normalize().to_string(),
                        max = max.normalize().to_string(),
                    )
                },
            );
        }
    }

    if cx.errors() > errors_before {
        return None;
    }
    Some(Criterion {
        id: id.clone(),
        group: rc.group.get_ref().clone(),
        title_en: rc.title_en.clone().unwrap_or_else(|| rc.title.clone()),
        title: rc.title.clone(),
        source,
        max_points,
        evidence_suggestions: rc.evidence_suggestions.clone(),
        not_applicable_for_kinds: rc
            .not_applicable_for_kinds
            .iter()
            .map(|k| k.get_ref().clone())
            .collect(),
        measure,
        sub_items,
    })
}

pub(super) fn predicate(
    cx: &Ctx,
    rp: &Spanned<RawPredicate>,
    crit: Option<&str>,
) -> Option<Predicate> {
    let mut p = Predicate::default();
    let mut ok = true;
    for col in &rp.get_ref().all_of {
        match cx.yes_no_column(col, crit) {
            Some(name) => {
                if !p.all_of.contains(&name) {
                    p.all_of.push(name);
                    p.mask |= vocab::yes_no_bit(name).unwrap_or(0);
                }
            }
            None => ok = false,
        }
    }
    if let Some(t) = &rp.get_ref().title_at_least {
        match vocab::title_rank(t.get_ref()) {
            Some(rank) => p.title_at_least = Some((t.get_ref().clone(), rank)),
            None => {
                ok = false;
                cx.error(code::UNKNOWN_VALUE, t.span(), crit, |lang| {
                    t!(
                        lang,
                        "rubric-lint-unknown-title",
                        title = t.get_ref(),
                        accepted = vocab::TITLES_ACCEPTED,
                    )
                });
            }
        }
    }
    if ok && p.all_of.is_empty() && p.title_at_least.is_none() {
        cx.error(code::MISSING_SCALE, rp.span(), crit, |lang| {
            t!(lang, "rubric-lint-members-needs-test")
        });
        ok = false;
    }
    ok.then_some(p)
}
