//! The unit's summary form — TT 24's "Bản tổng hợp kết quả" (mẫu M4) or Hà Nội's score
//! sheet — as one model holding every word and cell, then the action plan.
//!
//! [`Form::new`] words everything once (with `report::summary` for single cells);
//! [`html`] lays it out as the printed page and [`markdown`] as the brief text form.
//! Neither renderer computes a value: what they print comes from here. Where the brief
//! form uses shorter headings, the model holds them too ([`Brief`]).

pub mod html;
pub mod markdown;

use super::markup::Msg;
use super::summary::{self, FormInfo};
use crate::key;
use crate::lang::Lang;
use crate::rubric::{Rubric, RubricKind};
use crate::score::assessment::*;

/// Everything the form prints.
#[derive(Debug, Clone)]
pub struct Form {
    pub lang: Lang,
    pub head: Head,
    pub info: Info,
    pub results: Results,
    pub conclusion: Conclusion,
    pub signers: [Signer; 2],
    /// Where the figures come from: roster, evidence and rubric with their hashes.
    pub provenance: String,
    pub plan: Option<Plan>,
    pub words: Words,
    pub brief: Brief,
}

/// The document's heading.
#[derive(Debug, Clone)]
pub struct Head {
    /// The governing body above the unit name.
    pub authority: Option<String>,
    pub unit: String,
    /// `Tân Hòa, ngày 22 tháng 11 năm 2024`.
    pub place_date: String,
    /// `Mẫu M4` (TT 24), none for Hà Nội.
    pub form_id: Option<String>,
    pub title: String,
    /// `(Theo Thông tư 24/2023/…)`.
    pub basis: String,
    /// Why `(*)` marks appear, when anything relies on a provisional value.
    pub provisional_note: Option<String>,
}

/// I. General information.
#[derive(Debug, Clone)]
pub struct Info {
    pub year: Option<Year>,
    /// `34 người, 34 được tính vào tỷ lệ, 0 không tính`.
    pub members: String,
    pub rubric_title: String,
    pub rubric_id: String,
    pub rubric_version: String,
    /// The recognition calendar, line by line.
    pub calendar: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
pub struct Year {
    pub year: i32,
    /// `số liệu từ 01/01/2024 đến 31/12/2024`.
    pub span: String,
}

/// II. The results table.
#[derive(Debug, Clone)]
pub struct Results {
    /// Every criterion, in the assessment's order.
    pub rows: Vec<Row>,
    /// The rubric's groups with their rows (indices into `rows`), then the rows of no
    /// declared group (a custom rubric).
    pub groups: Vec<Group>,
    pub ungrouped: Vec<usize>,
    /// `75/100 điểm` (points rubrics).
    pub total: Option<String>,
    /// The outcome as the rubric names it (`Đạt mức độ 1`).
    pub outcome_label: String,
    /// The outcome with its verdict (`Đạt mức độ 1 — được công nhận`).
    pub outcome: String,
    pub provisional: bool,
    pub recognized: bool,
}

#[derive(Debug, Clone)]
pub struct Group {
    pub id: String,
    pub title: String,
    /// `18/20` (points rubrics with a group maximum), else empty.
    pub points: String,
    pub rows: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct Row {
    pub id: String,
    pub title: String,
    /// `32/34 (94,1 %)`, or a unit-level fact (or the case it matched) in words.
    pub measured: String,
    /// The band reached; `None` for a unit-level fact, whose value spans both columns.
    pub band: Option<String>,
    pub provisional: bool,
    /// `Mức 1`, `8/10`, `Không áp dụng`…
    pub score: String,
    /// Applicable but not reached (levels) or not assessed (points).
    pub short: bool,
    pub evidence: Vec<String>,
}

/// III. Conclusion (the printed form).
#[derive(Debug, Clone)]
pub struct Conclusion {
    /// The level every indicator reaches, when it is above the unit's level (the
    /// 12-month rule holds the unit back).
    pub indicators_beyond: Option<u8>,
    /// The date the unit may apply for level 2 (`15/01/2026`).
    pub level_2_from: Option<String>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Signer {
    pub role: Msg,
    pub hint: Msg,
    pub name: Option<String>,
}

/// The action plan, for internal use.
#[derive(Debug, Clone)]
pub struct Plan {
    pub unit: String,
    /// The day the figures are taken at, in words.
    pub as_of: String,
    pub steps: Vec<Step>,
    pub any_holds_back: bool,
}

#[derive(Debug, Clone)]
pub struct Step {
    pub id: String,
    pub title: String,
    pub now: String,
    pub goal: String,
    /// `3 người`, or `—` when no member count applies.
    pub needs: String,
    pub gain: String,
    pub what: String,
    /// Members who do not meet the criterion yet: code (if any) and name.
    pub members: Vec<(Option<String>, String)>,
    pub holds_back: bool,
}

/// The printed form's words.
#[derive(Debug, Clone)]
pub struct Words {
    pub nation_1: Msg,
    pub nation_2: Msg,
    pub general_information: Msg,
    pub unit: Msg,
    pub evaluation_year: Msg,
    pub members: Msg,
    pub rubric: Msg,
    pub results: Msg,
    /// Column headings: no, criterion, measured, band, score, evidence.
    pub columns: [Msg; 6],
    pub criterion: Msg,
    pub total: Msg,
    pub outcome_row: Msg,
    pub conclusion: Msg,
    pub self_assessed: Msg,
    pub every_indicator_reaches: Msg,
    pub may_apply_level_2: Msg,
    pub notes: Msg,
    pub none: Msg,
    pub made_with: Msg,
    pub from: Msg,
    pub action_plan: Msg,
    pub internal_use: Msg,
    pub nothing_to_do: Msg,
    /// Plan columns: no, indicator, now, goal, needs, gain.
    pub plan_columns: [Msg; 6],
    pub priority_note: Msg,
    pub priority: Msg,
    pub responsible: Msg,
    pub deadline: Msg,
}

/// The brief (Markdown) form's own words, where it says less than the printed one.
#[derive(Debug, Clone)]
pub struct Brief {
    pub results: Msg,
    /// Column headings: criterion, measured, band (the rest as printed).
    pub criterion: Msg,
    pub measured: Msg,
    pub band: Msg,
    /// `Xếp loại` / `Kết quả`.
    pub outcome_heading: String,
    pub may_apply_level_2: Msg,
    pub action_plan: Msg,
    pub internal_use: Msg,
    pub nothing_to_do: Msg,
    /// ` (ưu tiên)`, after a step's title.
    pub priority: Msg,
}

impl Form {
    /// The form of `a`, which should be made with `explain` for the plan to name members.
    pub fn new(a: &Assessment, rubric: &Rubric, form: &FormInfo, lang: Lang) -> Form {
        let levels = a.rubric.kind == RubricKind::Levels;
        let unit = summary::unit_name(a, lang);
        let (form_id, title) = summary::form_title(a, lang);
        Form {
            lang,
            head: Head {
                authority: form.authority.clone(),
                unit: unit.clone(),
                place_date: summary::place_date_line(form.place.as_deref(), form.date, lang),
                form_id: (!form_id.is_empty()).then_some(form_id),
                title,
                basis: summary::basis_line(a, rubric, lang),
                provisional_note: summary::provisional_note(a, lang),
            },
            info: info(a, lang),
            results: results(a, rubric, levels, lang),
            conclusion: Conclusion {
                indicators_beyond: match (a.outcome.indicators_level, a.outcome.level) {
                    (Some(reached), Some(level)) if reached > level => Some(reached),
                    _ => None,
                },
                level_2_from: a.outcome.level_2_from.map(summary::date),
                warnings: a
                    .warnings
                    .iter()
                    .map(|w| w.text(lang).to_string())
                    .collect(),
            },
            signers: [
                Signer {
                    role: Msg::new(lang, key!("report-html-prepared")),
                    hint: Msg::new(lang, key!("report-html-signature-full-name")),
                    name: form.prepared_by.clone(),
                },
                Signer {
                    role: Msg::new(lang, key!("report-html-head-unit")),
                    hint: Msg::new(lang, key!("report-html-signature-full-name-seal")),
                    name: form.head.clone(),
                },
            ],
            provenance: provenance(a, lang),
            plan: form.action_plan.then(|| plan(a, rubric, unit, lang)),
            words: words(levels, lang),
            brief: brief(a, lang),
        }
    }
}

fn info(a: &Assessment, lang: Lang) -> Info {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    Info {
        year: a.unit.year.map(|y| Year {
            year: y,
            span: format!(
                "{} 01/01/{y} {} 31/12/{y}",
                t(key!("report-html-figures-from")),
                t(key!("report-html-to"))
            ),
        }),
        members: format!(
            "{} {}, {} {}, {} {}",
            a.members.total,
            t(key!("report-html-all")),
            a.members.counted,
            t(key!("report-html-counted-ratios")),
            a.members.excluded,
            t(key!("report-html-excluded"))
        ),
        rubric_title: lang.pick(&a.rubric.title, &a.rubric.title_en).to_string(),
        rubric_id: a.rubric.id.clone(),
        rubric_version: a.rubric.version.clone(),
        calendar: a.calendar.lines(lang),
    }
}

fn results(a: &Assessment, rubric: &Rubric, levels: bool, lang: Lang) -> Results {
    let rows = a.criteria.iter().map(|c| row(c, levels, lang)).collect();
    let groups = rubric
        .groups
        .iter()
        .filter_map(|g| {
            let at: Vec<usize> = (0..a.criteria.len())
                .filter(|&i| a.criteria[i].group == g.id)
                .collect();
            if at.is_empty() {
                return None;
            }
            let points = if levels {
                String::new()
            } else {
                let got: rust_decimal::Decimal =
                    at.iter().filter_map(|&i| a.criteria[i].points).sum();
                g.max_points
                    .map(|m| format!("{}/{}", super::number(got, lang), super::number(m, lang)))
                    .unwrap_or_default()
            };
            Some(Group {
                id: g.id.clone(),
                title: lang.pick(&g.title, &g.title_en).to_string(),
                points,
                rows: at,
            })
        })
        .collect();
    let ungrouped = (0..a.criteria.len())
        .filter(|&i| !rubric.groups.iter().any(|g| g.id == a.criteria[i].group))
        .collect();
    Results {
        rows,
        groups,
        ungrouped,
        total: summary::total(a, lang),
        outcome_label: a.outcome.label(lang).to_string(),
        outcome: summary::outcome(a, lang),
        provisional: a.outcome.provisional,
        recognized: a.outcome.recognized,
    }
}

fn row(c: &CriterionResult, levels: bool, lang: Lang) -> Row {
    let (measured, band) = match c.kind {
        MeasureKind::Facts => (
            match super::reached::band(c, lang) {
                // Hà Nội's cases are worded by the rubric; a TT 24 fact reads best as its value.
                Some(band) if c.applicable && !levels => band,
                _ => summary::measured(c, lang),
            },
            None,
        ),
        MeasureKind::Members => (summary::measured(c, lang), Some(summary::band(c, lang))),
    };
    Row {
        id: c.id.clone(),
        title: c.title(lang).to_string(),
        measured,
        band,
        provisional: c.provisional,
        score: summary::score(c, levels, lang),
        short: c.applicable
            && (if levels {
                c.level == Some(0)
            } else {
                !c.assessed
            }),
        evidence: c.evidence_codes.clone(),
    }
}

fn provenance(a: &Assessment, lang: Lang) -> String {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let mut parts = vec![format!(
        "{} {} (sha256 {})",
        t(key!("report-html-roster")),
        a.inputs.roster,
        a.inputs.roster_sha256
    )];
    if let (Some(p), Some(h)) = (&a.inputs.evidence, &a.inputs.evidence_sha256) {
        parts.push(format!("{p} (sha256 {h})"));
    }
    parts.push(format!(
        "{} {} {} ({}, sha256 {})",
        t(key!("report-html-rubric-2")),
        a.rubric.id,
        a.rubric.version,
        a.rubric.origin,
        a.rubric.sha256
    ));
    parts.join("; ")
}

fn plan(a: &Assessment, rubric: &Rubric, unit: String, lang: Lang) -> Plan {
    let steps: Vec<Step> = summary::actions(a, rubric, lang)
        .into_iter()
        .map(|x| Step {
            needs: x
                .members_needed
                .map(|n| format!("{n} {}", crate::t!(lang, "report-html-member-s")))
                .unwrap_or_else(|| "—".into()),
            members: x.members.into_iter().map(|m| (m.id, m.name)).collect(),
            id: x.id,
            title: x.title,
            now: x.now,
            goal: x.goal,
            gain: x.gain,
            what: x.what,
            holds_back: x.holds_back,
        })
        .collect();
    Plan {
        unit,
        as_of: crate::date::long_date(a.as_of, lang),
        any_holds_back: steps.iter().any(|x| x.holds_back),
        steps,
    }
}

fn words(levels: bool, lang: Lang) -> Words {
    let m = |key: &'static str| Msg::new(lang, key);
    let pick = |l: &'static str, p: &'static str| m(if levels { l } else { p });
    Words {
        nation_1: m(key!("report-html-socialist-republic-vietnam")),
        nation_2: m(key!("report-html-independence-freedom-happiness")),
        general_information: m(key!("report-html-general-information")),
        unit: m(key!("report-html-unit")),
        evaluation_year: m(key!("report-html-evaluation-year")),
        members: m(key!("report-html-members")),
        rubric: m(key!("report-html-rubric")),
        results: pick(
            key!("report-html-results-criterion-indicator"),
            key!("report-html-self-assessed-points-criterion"),
        ),
        columns: [
            m(key!("report-html-no")),
            pick(
                key!("report-html-criterion-indicator"),
                key!("report-html-criterion"),
            ),
            m(key!("report-html-measured-meeting-counted")),
            m(key!("report-html-band-case")),
            pick(key!("report-html-level"), key!("report-html-points-max")),
            m(key!("report-html-evidence")),
        ],
        criterion: m(key!("report-html-criterion")),
        total: m(key!("report-html-total")),
        outcome_row: pick(
            key!("report-html-unit-s-outcome"),
            key!("report-html-classification"),
        ),
        conclusion: m(key!("report-html-conclusion")),
        self_assessed: m(key!("report-html-self-assessed-outcome")),
        every_indicator_reaches: m(key!("report-html-every-indicator-reaches-level")),
        may_apply_level_2: m(key!("report-html-unit-may-apply-level-2")),
        notes: m(key!("report-html-notes")),
        none: m(key!("report-html-none")),
        made_with: m(key!("report-html-made")),
        from: m(key!("report-html-from")),
        action_plan: m(key!("report-html-action-plan")),
        internal_use: m(key!("report-html-internal-use-not-part-dossier")),
        nothing_to_do: m(key!("report-html-every-criterion-top-band-level")),
        plan_columns: [
            m(key!("report-html-no")),
            m(key!("report-html-indicator")),
            m(key!("report-html-now")),
            m(key!("report-html-goal")),
            m(key!("report-html-needs")),
            m(key!("report-html-gain")),
        ],
        priority_note: m(key!("report-html-ids-red-priority-indicators-unit")),
        priority: m(key!("report-html-priority")),
        responsible: m(key!("report-html-responsible")),
        deadline: m(key!("report-html-deadline")),
    }
}

fn brief(a: &Assessment, lang: Lang) -> Brief {
    let m = |key: &'static str| Msg::new(lang, key);
    Brief {
        results: m(key!("report-md-results")),
        criterion: m(key!("report-md-criterion")),
        measured: m(key!("report-md-measured")),
        band: m(key!("report-md-band")),
        outcome_heading: summary::outcome_heading(a, lang),
        may_apply_level_2: m(key!("report-md-unit-may-apply-level-2")),
        action_plan: m(key!("report-md-action-plan")),
        internal_use: m(key!("report-md-internal-use")),
        nothing_to_do: m(key!("report-md-every-criterion-top-band-level")),
        priority: m(key!("report-md-priority")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::markup::Html;
    use crate::score::{assess, Options};

    fn forms() -> Vec<Form> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        let opts = Options {
            as_of: Some(chrono::NaiveDate::from_ymd_opt(2025, 6, 30).unwrap()),
            today: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            strict_evidence: false,
            explain: true,
        };
        let info = FormInfo {
            place: Some("Tân Hòa".into()),
            date: None,
            authority: Some("UBND".into()),
            prepared_by: Some("Người lập".into()),
            head: None,
            action_plan: true,
        };
        let mut out = Vec::new();
        for r in ["tt24", "hanoi"] {
            let rubric = crate::rubric::load(r).unwrap();
            for ex in ["mn-hoa-sen", "th-tan-hoa-1", "thpt-so-2-tuy-phuoc"] {
                let u = crate::unit::load(&root.join(ex).join("roster.csv"), None, &rubric)
                    .expect("example loads");
                let a = assess(&rubric, &u.roster, u.manifest.as_ref(), &opts).expect("scores");
                for lang in [Lang::Vi, Lang::En] {
                    out.push(Form::new(&a, &rubric, &info, lang));
                }
            }
        }
        out
    }

    fn esc(s: &str) -> String {
        Html::text(s).into_string()
    }

    /// Both layouts print each criterion's cells as the model words them.
    #[test]
    fn html_and_markdown_show_the_same_cells() {
        for f in forms() {
            let (h, m) = (html::render(&f), markdown::render(&f));
            for r in &f.results.rows {
                let band = r.band.as_deref().unwrap_or("—");
                assert!(
                    h.contains(&format!(
                        "<tr><td class=\"c\">{}</td><td>{}</td><td class=\"c\"",
                        esc(&r.id),
                        esc(&r.title)
                    )),
                    "html row {}",
                    r.id
                );
                for cell in [&r.measured, &r.score] {
                    assert!(h.contains(&format!(">{}", esc(cell))), "html {cell}");
                }
                let md = format!(
                    "| {} | {} | {} | {}",
                    markdown::cell(&r.id),
                    markdown::cell(&r.title),
                    markdown::cell(&r.measured),
                    markdown::cell(band)
                );
                assert!(m.contains(&md), "markdown row {md}");
                assert!(m.contains(&format!(" | {} | ", markdown::cell(&r.score))));
            }
            for x in f.plan.iter().flat_map(|p| &p.steps) {
                assert!(
                    h.contains(&format!("<td>{}</td>", esc(&x.now))),
                    "{}",
                    x.now
                );
                assert!(m.contains(&markdown::text(&x.now)), "{}", x.now);
            }
        }
    }

    /// The renderers compute nothing: whatever the model holds is what they print.
    #[test]
    fn renderers_print_the_model_not_the_assessment() {
        let mut f = forms().remove(2);
        f.results.rows[0].score = "SCORE-41".into();
        f.results.rows[0].measured = "MEASURED-42".into();
        f.results.outcome = "OUTCOME-43".into();
        f.head.place_date = "PLACE-44".into();
        let plan = f.plan.as_mut().expect("a plan");
        plan.steps[0].goal = "GOAL-45".into();
        let (h, m) = (html::render(&f), markdown::render(&f));
        for s in [
            "SCORE-41",
            "MEASURED-42",
            "OUTCOME-43",
            "PLACE-44",
            "GOAL-45",
        ] {
            assert!(h.contains(s), "html {s}");
            assert!(m.contains(s), "markdown {s}");
        }
    }

    /// Every text a person or a file supplies is escaped in the HTML and neutralised
    /// in the Markdown.
    #[test]
    fn input_text_is_escaped_in_both_layouts() {
        let bad = "<script>&\"'";
        for mut f in forms() {
            f.head.unit = format!("U{bad}");
            f.head.authority = Some(format!("A{bad}"));
            f.head.place_date = format!("P{bad}");
            f.signers[0].name = Some(format!("S{bad}"));
            f.signers[1].name = Some(format!("H{bad}"));
            f.results.rows[0].title = format!("T{bad}");
            f.results.rows[0].evidence = vec![format!("E{bad}")];
            f.info.calendar.push((format!("K{bad}"), format!("V{bad}")));
            if let Some(p) = f.plan.as_mut() {
                if let Some(x) = p.steps.first_mut() {
                    x.members.push((Some(format!("I{bad}")), format!("M{bad}")));
                }
            }
            let h = html::render(&f);
            assert!(!h.contains("<script"), "html");
            for mark in ["U", "A", "P", "S", "H", "T", "E", "K", "V"] {
                let want = format!("{mark}&lt;script&gt;&amp;&quot;&#39;");
                assert!(h.contains(&want), "html {want}");
            }
            let m = markdown::render(&f);
            assert!(!m.to_lowercase().contains("<script"), "markdown");
            for mark in ["U", "P", "S", "H", "T", "E", "K", "V"] {
                let want = format!("{mark}&lt;script&gt;&amp;\"'");
                assert!(m.contains(&want), "markdown {want}");
            }
        }
    }
}
