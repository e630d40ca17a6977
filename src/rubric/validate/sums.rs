//! Points that must add up: the criteria of each group, and of the rubric.

use super::*;

/// Points that must add up: each group's criteria to the group's `max_points`, all
/// criteria to the rubric's `max_points`; groups without criteria.
pub(super) fn sums(cx: &Ctx, raw: &RawRubric, kind: RubricKind) {
    let max_of = |c: &RawCriterion| {
        c.max_points
            .as_ref()
            .and_then(|v| exact_decimal(v.get_ref()))
    };
    for g in &raw.groups {
        let members: Vec<&RawCriterion> = raw
            .criteria
            .iter()
            .filter(|c| c.group.get_ref() == g.id.get_ref())
            .collect();
        if members.is_empty() {
            cx.push(
                Severity::Warning,
                code::EMPTY_GROUP,
                Some(g.id.span()),
                None,
                format!("nhóm `{}` không có tiêu chí nào", g.id.get_ref()),
                format!("group `{}` has no criteria", g.id.get_ref()),
            );
            continue;
        }
        if kind != RubricKind::Points {
            continue;
        }
        let Some(gmax) = g.max_points.as_ref() else {
            continue;
        };
        let (Some(want), Some(got)) = (
            exact_decimal(gmax.get_ref()),
            members.iter().map(|c| max_of(c)).sum::<Option<Decimal>>(),
        ) else {
            continue;
        };
        if want != got {
            let ids = members
                .iter()
                .map(|c| c.id.get_ref().as_str())
                .collect::<Vec<_>>()
                .join(" + ");
            cx.error(
                code::GROUP_SUM,
                gmax.span(),
                None,
                format!("nhóm `{}`: điểm tối đa các tiêu chí ({ids}) cộng lại là {}, nhưng `max_points` của nhóm là {}", g.id.get_ref(), got.normalize(), want.normalize()),
                format!("group `{}`: its criteria's max_points ({ids}) add up to {}, but the group's `max_points` is {}", g.id.get_ref(), got.normalize(), want.normalize()),
            );
        }
    }
    if kind != RubricKind::Points {
        return;
    }
    let Some(rmax) = raw.max_points.as_ref() else {
        return;
    };
    let (Some(want), Some(got)) = (
        exact_decimal(rmax.get_ref()),
        raw.criteria.iter().map(max_of).sum::<Option<Decimal>>(),
    ) else {
        return;
    };
    if want != got {
        cx.error(
            code::RUBRIC_SUM,
            rmax.span(),
            None,
            format!("điểm tối đa của {} tiêu chí cộng lại là {}, nhưng `max_points` của bộ tiêu chí là {}", raw.criteria.len(), got.normalize(), want.normalize()),
            format!("the {} criteria's max_points add up to {}, but the rubric's `max_points` is {}", raw.criteria.len(), got.normalize(), want.normalize()),
        );
    }
}
