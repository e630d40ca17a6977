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
            cx.push(
                Severity::Error,
                code::CLASSIFICATION,
                None,
                None,
                "bộ tiêu chí tính điểm cần bảng [classification] (xếp loại theo tổng điểm)".into(),
                "a points rubric needs a [classification] table (grades by total)".into(),
            );
        }
        return None;
    };
    if kind == RubricKind::Levels {
        cx.ignored(
            rc.span(),
            None,
            "classification",
            "bộ tiêu chí theo mức độ dùng [recognition]",
            "a levels rubric uses [recognition]",
        );
        return None;
    }
    let rc_span = rc.span();
    let rc = rc.get_ref();
    let source = cx.source(
        &rc.source,
        rc_span.clone(),
        None,
        ("[classification]", "[classification]"),
    );
    let mut grades: Vec<Grade> = Vec::new();
    for g in &rc.grades {
        if grades.iter().any(|x| &x.id == g.id.get_ref()) {
            cx.error(
                code::DUPLICATE_ID,
                g.id.span(),
                None,
                format!("xếp loại `{}` bị trùng", g.id.get_ref()),
                format!("duplicate grade id `{}`", g.id.get_ref()),
            );
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
                format!(
                    "xếp loại `{}` cần {} điểm, hơn tổng tối đa {}: không bao giờ đạt",
                    g.id.get_ref(),
                    min_points.normalize(),
                    max_points.unwrap_or_default().normalize()
                ),
                format!(
                    "grade `{}` needs {} points, more than the maximum {}: it can never be reached",
                    g.id.get_ref(),
                    min_points.normalize(),
                    max_points.unwrap_or_default().normalize()
                ),
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
        cx.error(
            code::CLASSIFICATION,
            rc_span,
            None,
            "[classification] cần một xếp loại có `min_points = \"0\"` cho mọi tổng điểm thấp"
                .into(),
            "[classification] needs a grade with `min_points = \"0\"` so every total has a grade"
                .into(),
        );
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
            cx.push(
                Severity::Error,
                code::RECOGNITION,
                None,
                None,
                "bộ tiêu chí theo mức độ cần bảng [recognition] (quy tắc công nhận)".into(),
                "a levels rubric needs a [recognition] table (the recognition rule)".into(),
            );
        }
        return None;
    };
    if kind == RubricKind::Points {
        cx.ignored(
            rr.span(),
            None,
            "recognition",
            "bộ tiêu chí tính điểm dùng [classification]",
            "a points rubric uses [classification]",
        );
        return None;
    }
    let span = rr.span();
    let r = rr.get_ref();
    let mut levels: Vec<LevelLabel> = Vec::new();
    for l in &r.levels {
        if levels.iter().any(|x| x.level == *l.level.get_ref()) {
            cx.error(
                code::DUPLICATE_ID,
                l.level.span(),
                None,
                format!("mức `{}` bị khai báo hai lần", l.level.get_ref()),
                format!("level `{}` is declared twice", l.level.get_ref()),
            );
            continue;
        }
        levels.push(LevelLabel {
            level: *l.level.get_ref(),
            label: l.label.clone(),
            label_en: l.label_en.clone().unwrap_or_else(|| l.label.clone()),
        });
    }
    Some(Recognition {
        source: cx.source(
            &r.source,
            span.clone(),
            None,
            ("[recognition]", "[recognition]"),
        ),
        level_2_after_months: r.level_2_after_months,
        level_2_after_source: cx.source(
            &r.level_2_after_source,
            span.clone(),
            None,
            (
                "[recognition] level_2_after_months (level_2_after_source)",
                "[recognition] level_2_after_months (level_2_after_source)",
            ),
        ),
        validity_months: r.validity_months,
        validity_source: cx.source(
            &r.validity_source,
            span,
            None,
            (
                "[recognition] validity_months (validity_source)",
                "[recognition] validity_months (validity_source)",
            ),
        ),
        levels,
    })
}
