//! What the printed reports share: the form's header facts (place, date, signers),
//! the cells of the summary table in words, and the action plan — for each
//! criterion short of its next band or level, what must change and who must change it.
//!
//! `form` holds them in one model that its `html` and `markdown` lay out; `xlsx`
//! and the Word dossier use them directly.

use super::{number, percent};
use crate::lang::Lang;
use crate::rubric::{FactScale, Measure, Rubric, RubricKind};
use crate::score::assessment::*;
use crate::{key, t};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The facts a paper form carries that scoring does not know.
#[derive(Debug, Clone, Default)]
pub struct FormInfo {
    /// The place on the date line (`Tân Hòa, ngày 22 tháng 11 năm 2024`).
    pub place: Option<String>,
    /// The date the form is signed.
    pub date: Option<NaiveDate>,
    /// The governing body printed above the unit name (`UBND HUYỆN TÂN HIỆP`).
    pub authority: Option<String>,
    /// "Người lập biểu": who prepared the form.
    pub prepared_by: Option<String>,
    /// "Thủ trưởng đơn vị": the head of the unit, who signs and stamps it.
    pub head: Option<String>,
    /// Print the action plan (names of members) after the form.
    pub action_plan: bool,
}

/// `22/11/2026` (the Vietnamese way; also used in English, which reads it too).
pub fn date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// The place-and-date line of a Vietnamese administrative document:
/// `Tân Hòa, ngày 22 tháng 11 năm 2024`, with dotted blanks for what is unknown.
pub fn place_date_line(place: Option<&str>, d: Option<NaiveDate>, lang: Lang) -> String {
    let place = place
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .unwrap_or("……………");
    // Nghị định 30/2020/NĐ-CP: a leading zero for days below 10 and months 1–2 only
    let date = match d {
        Some(d) => crate::date::long_date(d, lang),
        None => t!(lang, "summary-date-blank"),
    };
    t!(lang, "summary-place-date", place = place, date = date)
}

/// The title of the form: TT 24's "mẫu M4", or Hà Nội's score sheet.
pub fn form_title(a: &Assessment, lang: Lang) -> (String, String) {
    let year = a
        .unit
        .year
        .map(|y| format!(" {} {y}", t!(lang, "summary-year-for")))
        .unwrap_or_default();
    match a.rubric.kind {
        RubricKind::Levels => (
            t!(lang, "summary-form-m4"),
            format!(
                "{}{year}",
                t!(lang, "summary-summary-self-assessment-learning-unit")
            ),
        ),
        RubricKind::Points => (
            String::new(),
            format!(
                "{}{year}",
                t!(lang, "summary-self-assessment-score-sheet-learning")
            ),
        ),
    }
}

pub fn unit_name(a: &Assessment, lang: Lang) -> String {
    a.unit
        .name
        .clone()
        .unwrap_or_else(|| t!(lang, "summary-unit-name-not-given"))
}

/// The measured value: `32/34 (94,1 %)`, or the unit's facts in words.
pub fn measured(c: &CriterionResult, lang: Lang) -> String {
    match (c.numerator, c.denominator) {
        (Some(n), Some(d)) => format!("{n}/{d} ({})", percent(n, d, lang)),
        _ => c
            .value
            .as_deref()
            .map(|v| facts_text(v, lang))
            .unwrap_or_default(),
    }
}

/// `learning_plan = implemented` → `Đã ban hành và triển khai`; with several facts,
/// each is named: `Chế độ đào tạo, bồi dưỡng: có; Quy định khuyến khích học tập: khả thi`.
pub fn facts_text(value: &str, lang: Lang) -> String {
    let parts: Vec<&str> = value.split(", ").collect();
    let one = parts.len() == 1;
    parts
        .iter()
        .map(|part| match part.split_once(" = ") {
            Some((name, v)) => match crate::vocab::fact(name) {
                Some(_) if one => capitalise(&value_label(v, lang)),
                Some(def) => format!(
                    "{}: {}",
                    lang.pick(def.title_vi, def.title_en),
                    value_label(v, lang)
                ),
                None => part.to_string(),
            },
            None => part.to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A fact's value in words (`co-ban` → `Mức đáp ứng cơ bản`); unknown values as they are.
pub fn value_label(v: &str, lang: Lang) -> String {
    crate::vocab::value_words(v, lang).to_string()
}

/// The band or case reached, `—` when there is none.
pub fn band(c: &CriterionResult, lang: Lang) -> String {
    if !c.applicable {
        return "—".into();
    }
    super::reached::band(c, lang).unwrap_or_else(|| "—".to_string())
}

/// `Mức 1`, `Không đạt`, `8/10`, `không áp dụng`, with "(chưa đánh giá)" when not assessed.
pub fn score(c: &CriterionResult, levels: bool, lang: Lang) -> String {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    if !c.applicable {
        return t(key!("summary-not-applicable"));
    }
    let s = if levels {
        match c.level.unwrap_or(0) {
            0 => t(key!("summary-not-reached")).to_string(),
            l => format!("{} {l}", t(key!("summary-level"))),
        }
    } else {
        format!(
            "{}/{}",
            number(c.points.unwrap_or_default(), lang),
            number(c.max_points.unwrap_or_default(), lang)
        )
    };
    if c.assessed {
        s
    } else {
        format!("{s} ({})", t(key!("summary-not-assessed")))
    }
}

/// The total line: `75/100 điểm` (points rubrics) or the lowest indicator level.
pub fn total(a: &Assessment, lang: Lang) -> Option<String> {
    a.total.as_ref().map(|t| {
        format!(
            "{}/{} {}",
            number(t.points, lang),
            number(t.max_points, lang),
            t!(lang, "summary-points")
        )
    })
}

/// `Đạt mức độ 1 — được công nhận`.
pub fn outcome(a: &Assessment, lang: Lang) -> String {
    let verdict = if a.outcome.recognized {
        t!(lang, "summary-recognised")
    } else {
        t!(lang, "summary-not-recognised")
    };
    with_verdict(a.outcome.label(lang), &verdict)
}

/// `Khá — recognised`, but `Not recognised` alone when the label already says it.
pub fn with_verdict(label: &str, verdict: &str) -> String {
    if label.eq_ignore_ascii_case(verdict) {
        label.to_string()
    } else {
        format!("{label} — {verdict}")
    }
}

/// The heading of the outcome line: "Xếp loại" for a points rubric (Hà Nội), as the
/// office writes it, and "Kết quả" for a levels rubric.
pub fn outcome_heading(a: &Assessment, lang: Lang) -> String {
    match a.rubric.kind {
        RubricKind::Points => t!(lang, "summary-classification"),
        RubricKind::Levels => t!(lang, "summary-outcome"),
    }
}

/// `(Theo Thông tư 24/2023/…)`: the legal basis under the form's title, or the
/// rubric's title when the rubric names no basis.
pub fn basis_line(a: &Assessment, rubric: &crate::rubric::Rubric, lang: Lang) -> String {
    let basis = rubric.legal_basis.trim();
    let basis = if basis.is_empty() {
        &a.rubric.title
    } else {
        basis
    };
    format!("({} {basis})", t!(lang, "summary-under"))
}

/// The note that explains the provisional mark, when anything relies on one.
pub fn provisional_note(a: &Assessment, lang: Lang) -> Option<String> {
    let any = a.outcome.provisional || a.criteria.iter().any(|c| c.provisional);
    any.then(|| {
        match a.rubric.kind {
            RubricKind::Levels => t!(lang, "summary-relies-provisional-thresholds-tool-has"),
            RubricKind::Points => t!(lang, "summary-relies-provisional-thresholds-tool-has-2"),
        }
        .to_string()
    })
}

/// One step of the action plan.
#[derive(Debug, Clone)]
pub struct Action {
    pub id: String,
    pub title: String,
    /// Where the criterion stands now: `31/34 (91,2 %) — Đạt mức 1`.
    pub now: String,
    /// What the next band or level asks: `≥95% (Đạt mức 2)`.
    pub goal: String,
    /// Counted members who must come to meet it (member-ratio criteria).
    pub members_needed: Option<u64>,
    /// What it would bring: `+2 điểm` or `Đạt mức 2`.
    pub gain: String,
    /// What to do, in one sentence.
    pub what: String,
    /// The counted members who do not meet it yet (from `not_meeting`).
    pub members: Vec<MemberRef>,
    /// The criterion keeps the unit at its present outcome (levels rubrics: it is at
    /// the lowest level among the indicators).
    pub holds_back: bool,
    /// Points rubrics: the points the step would bring.
    pub gain_points: Option<Decimal>,
}

/// The action plan: every applicable criterion short of its next band or level.
/// Levels rubrics: the indicators that hold the unit back first, then rubric order.
/// Points rubrics: member steps by points gained per member (the cheapest points
/// first), then unit-level steps, then the rest, each in rubric order.
/// Member lists need the assessment to be made with `explain`.
pub fn actions(a: &Assessment, rubric: &Rubric, lang: Lang) -> Vec<Action> {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let levels = a.rubric.kind == RubricKind::Levels;
    let lowest = a
        .criteria
        .iter()
        .filter(|c| c.applicable)
        .map(|c| c.level.unwrap_or(0))
        .min();
    let top = rubric.top_level();
    let mut out = Vec::new();
    for c in a.criteria.iter().filter(|c| c.applicable) {
        let def = rubric.criteria.iter().find(|d| d.id == c.id);
        let holds_back = levels && c.level.unwrap_or(0) < top && c.level == lowest;
        let now = format!(
            "{} — {}{}",
            measured(c, lang),
            score(c, levels, lang),
            if c.provisional { " (*)" } else { "" }
        );
        let base = |goal: String, gain: String, what: String| Action {
            id: c.id.clone(),
            title: c.title(lang).to_string(),
            now: now.clone(),
            goal,
            members_needed: None,
            gain,
            what,
            members: Vec::new(),
            holds_back,
            gain_points: None,
        };
        if !c.assessed {
            out.push(base(
                "—".into(),
                "—".into(),
                match c.kind {
                    MeasureKind::Facts => t(key!("summary-add-unit-s-facts-facts")),
                    MeasureKind::Members => t(key!("summary-roster-has-no-counted-member")),
                },
            ));
            continue;
        }
        if let Some(n) = &c.next {
            let mut gain_points = None;
            let target = super::reached::next_target(&n.target);
            let (goal, gain) = match n.target {
                NextTarget::Level { level: l, .. } => (
                    format!("{target} ({} {l})", t(key!("summary-level-2"))),
                    format!("{} {l}", t(key!("summary-level-2"))),
                ),
                NextTarget::Band { points, .. } => {
                    gain_points = points.checked_sub(c.points.unwrap_or_default());
                    let gain = gain_points
                        .map(|g| format!("+{} {}", number(g, lang), t(key!("summary-points-2"))))
                        .unwrap_or_default();
                    (target, gain)
                }
            };
            let needed = n.members_needed.to_string();
            let what = match c.not_meeting.len() {
                0 => t!(lang, "summary-members-needed", needed = &needed),
                k => t!(
                    lang,
                    "summary-members-needed-of-listed",
                    needed = &needed,
                    listed = k.to_string()
                ),
            };
            let mut act = base(goal, gain, what);
            act.members_needed = Some(n.members_needed);
            act.members = c.not_meeting.clone();
            act.gain_points = gain_points;
            out.push(act);
            continue;
        }
        if c.kind == MeasureKind::Facts {
            if let Some((goal, gain, points)) = def.and_then(|d| next_fact_step(d, c, lang)) {
                let mut act = base(
                    goal.clone(),
                    gain,
                    format!("{} {goal}.", t(key!("summary-unit-level-needs"))),
                );
                act.gain_points = points;
                out.push(act);
                continue;
            }
        }
        if c.evidence_codes.is_empty() {
            out.push(base(
                "—".into(),
                "—".into(),
                t(key!("summary-add-evidence-this-criterion-council")),
            ));
        }
    }
    if levels {
        out.sort_by_key(|x| !x.holds_back);
    } else {
        // Points per member, compared exactly: a/b > c/d ⇔ a·d > c·b.
        out.sort_by(|x, y| match (x.members_needed, y.members_needed) {
            (Some(nx), Some(ny)) => {
                let (gx, gy) = (
                    x.gain_points.unwrap_or_default(),
                    y.gain_points.unwrap_or_default(),
                );
                let (nx, ny) = (Decimal::from(nx.max(1)), Decimal::from(ny.max(1)));
                match (gx.checked_mul(ny), gy.checked_mul(nx)) {
                    (Some(gx), Some(gy)) => gy.cmp(&gx),
                    // Only points beyond any shipped rubric overflow: the quotients do.
                    _ => (gy / ny).cmp(&(gx / nx)),
                }
            }
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => y.gain_points.is_some().cmp(&x.gain_points.is_some()),
        });
    }
    out
}

/// For a unit-level criterion below its best: what the next case or level asks.
fn next_fact_step(
    def: &crate::rubric::Criterion,
    c: &CriterionResult,
    lang: Lang,
) -> Option<(String, String, Option<Decimal>)> {
    let Measure::Facts { scale } = &def.measure else {
        return None;
    };
    match scale {
        FactScale::Cases(cases) => {
            let now = c.points.unwrap_or_default();
            let best = cases
                .iter()
                .filter(|k| k.points > now)
                .min_by_key(|k| k.points)?;
            let gain = best.points.checked_sub(now)?;
            Some((
                lang.pick(&best.label, &best.label_en).to_string(),
                format!("+{} {}", number(gain, lang), t!(lang, "summary-points-3")),
                Some(gain),
            ))
        }
        FactScale::Levels(levels) => {
            let want = c.level.unwrap_or(0).checked_add(1)?;
            let next = levels.iter().find(|l| l.level == want)?;
            let conds = next
                .when
                .iter()
                .map(|cd| condition_text(cd, lang))
                .collect::<Vec<_>>()
                .join("; ");
            Some((
                format!("{conds}{}", if next.provisional { " (*)" } else { "" }),
                format!("{} {want}", t!(lang, "summary-level")),
                None,
            ))
        }
    }
}

fn condition_text(cd: &crate::rubric::Condition, lang: Lang) -> String {
    cd.words(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_lines_read_as_on_paper() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        assert_eq!(
            place_date_line(Some("Tân Hòa"), Some(d), Lang::Vi),
            "Tân Hòa, ngày 02 tháng 11 năm 2026"
        );
        assert_eq!(
            place_date_line(None, None, Lang::Vi),
            "……………, ngày …… tháng …… năm ……"
        );
        assert_eq!(
            place_date_line(Some("Hà Nội"), Some(d), Lang::En),
            "Hà Nội, 2 November 2026"
        );
        assert_eq!(date(d), "02/11/2026");
        let d = NaiveDate::from_ymd_opt(2025, 3, 5).unwrap();
        assert_eq!(
            place_date_line(Some("Tân Hòa"), Some(d), Lang::Vi),
            "Tân Hòa, ngày 05 tháng 3 năm 2025"
        );
    }

    #[test]
    fn facts_are_named_in_words() {
        assert_eq!(
            facts_text(
                "training_policy = true, learning_regulations = feasible",
                Lang::Vi
            ),
            "Thực hiện đầy đủ chế độ đào tạo, bồi dưỡng: Có; Quy định khuyến khích học tập: Có quy định khả thi"
        );
        assert_eq!(
            facts_text("digital_maturity = co-ban", Lang::Vi),
            "Mức đáp ứng cơ bản"
        );
        assert_eq!(facts_text("odd", Lang::Vi), "odd");
    }
}
