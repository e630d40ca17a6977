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
                |lang| t!(lang, "rubric-lint-empty-group", id = g.id.get_ref()),
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
            cx.error(code::GROUP_SUM, gmax.span(), None, |lang| {
                t!(
                    lang,
                    "rubric-lint-group-sum",
                    id = g.id.get_ref(),
                    criteria = &ids,
                    sum = got.normalize().to_string(),
                    max = want.normalize().to_string(),
                )
            });
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
        cx.error(code::RUBRIC_SUM, rmax.span(), None, |lang| {
            t!(
                lang,
                "rubric-lint-rubric-sum",
                count = raw.criteria.len().to_string(),
                sum = got.normalize().to_string(),
                max = want.normalize().to_string(),
            )
        });
    }
}
