//! The unit-level sections: `[classification]` (points rubrics) and
//! `[recognition]` (levels rubrics).

use super::*;

pub(super) fn classification(
    cx: &Ctx,
    raw: &RawRubric,
    kind: RubricKind,
    max_points: Option<Decimal>,
) -> Option<Classification> {
    let Some(rc) = &raw.classification else {
        if kind == RubricKind::Points {
            cx.push(Severity::Error, code::CLASSIFICATION, None, None, |lang| {
                t!(lang, "rubric-lint-needs-classification")
            });
        }
        return None;
    };
    if kind == RubricKind::Levels {
        cx.ignored(
            rc.span(),
            None,
            "classification",
            key!("rubric-lint-why-levels-use-recognition"),
        );
        return None;
    }
    let rc_span = rc.span();
    let rc = rc.get_ref();
    let source = cx.source(&rc.source, rc_span.clone(), None, |_| {
        "[classification]".to_string()
    });
    let mut grades: Vec<Grade> = Vec::new();
    for g in &rc.grades {
        if grades.iter().any(|x| &x.id == g.id.get_ref()) {
            cx.error(code::DUPLICATE_ID, g.id.span(), None, |lang| {
                t!(lang, "rubric-lint-duplicate-grade", id = g.id.get_ref())
            });
            continue;
        }
        let Some(min_points) = cx.decimal(&g.min_points, None) else {
            continue;
        };
        if max_points.is_some_and(|m| min_points > m) {
            cx.push(
                Severity::Warning,
                code::CLASSIFICATION,
                Some(g.min_points.span()),
                None,
                |lang| {
                    t!(
                        lang,
                        "rubric-lint-grade-unreachable",
                        id = g.id.get_ref(),
                        points = min_points.normalize().to_string(),
                        max = max_points.unwrap_or_default().normalize().to_string(),
                    )
                },
            );
        }
        grades.push(Grade {
            id: g.id.get_ref().clone(),
            label: g.label.clone(),
            label_en: g.label_en.clone().unwrap_or_else(|| g.label.clone()),
            min_points,
            recognized: g.recognized,
        });
    }
    grades.sort_by_key(|g| std::cmp::Reverse(g.min_points));
    if grades.last().is_none_or(|g| g.min_points > Decimal::ZERO) {
        cx.error(code::CLASSIFICATION, rc_span, None, |lang| {
            t!(lang, "rubric-lint-needs-zero-grade")
        });
    }
    Some(Classification {
        provisional: rc.provisional,
        source,
        grades,
    })
}

pub(super) fn recognition(cx: &Ctx, raw: &RawRubric, kind: RubricKind) -> Option<Recognition> {
    let Some(rr) = &raw.recognition else {
        if kind == RubricKind::Levels {
            cx.push(Severity::Error, code::RECOGNITION, None, None, |lang| {
                t!(lang, "rubric-lint-needs-recognition")
            });
        }
        return None;
    };
    if kind == RubricKind::Points {
        cx.ignored(
            rr.span(),
            None,
            "recognition",
            key!("rubric-lint-why-points-use-classification"),
        );
        return None;
    }
    let span = rr.span();
    let r = rr.get_ref();
    let mut levels: Vec<LevelLabel> = Vec::new();
    for l in &r.levels {
        if levels.iter().any(|x| x.level == *l.level.get_ref()) {
            cx.error(code::DUPLICATE_ID, l.level.span(), None, |lang| {
                t!(
                    lang,
                    "rubric-lint-duplicate-level",
                    level = l.level.get_ref().to_string()
                )
            });
            continue;
        }
        levels.push(LevelLabel {
            level: *l.level.get_ref(),
            label: l.label.clone(),
            label_en: l.label_en.clone().unwrap_or_else(|| l.label.clone()),
        });
    }
    Some(Recognition {
        source: cx.source(&r.source, span.clone(), None, |_| {
            "[recognition]".to_string()
        }),
        level_2_after_months: r.level_2_after_months,
        level_2_after_source: cx.source(&r.level_2_after_source, span.clone(), None, |_| {
            "[recognition] level_2_after_months (level_2_after_source)".to_string()
        }),
        validity_months: r.validity_months,
        validity_source: cx.source(&r.validity_source, span, None, |_| {
            "[recognition] validity_months (validity_source)".to_string()
        }),
        levels,
    })
}
