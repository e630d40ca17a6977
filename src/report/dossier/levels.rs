//! TT 24's forms (Thông tư 24/2023/TT-BGDĐT; the process as a unit's plan describes
//! it: self-assessment sheets M1, levels M2, report M3, summary M4, then the Tờ trình
//! the head of the unit signs). The self-assessment report is also written for a
//! points rubric (Hà Nội's "Báo cáo tự đánh giá"), with points in place of levels.

use super::{level_words, Paper};
use crate::error::Result;
use crate::key;
use crate::report::summary;
use crate::report::word::{Cell, Doc, Signer};
use crate::score::assessment::CriterionResult;
use crate::t;

/// The rubric's groups with their criteria, in order; criteria in no declared group last.
pub fn groups<'a>(p: &Paper<'a>) -> Vec<(Option<String>, Vec<&'a CriterionResult>)> {
    let mut out: Vec<(Option<String>, Vec<&CriterionResult>)> = Vec::new();
    for g in &p.rubric.groups {
        let rows: Vec<&CriterionResult> = p.a.criteria.iter().filter(|c| c.group == g.id).collect();
        if !rows.is_empty() {
            out.push((
                Some(format!(
                    "{} {}: {}",
                    p.t(key!("dossier-levels-criterion")),
                    g.id,
                    p.lang.pick(&g.title, &g.title_en)
                )),
                rows,
            ));
        }
    }
    let rest: Vec<&CriterionResult> =
        p.a.criteria
            .iter()
            .filter(|c| !p.rubric.groups.iter().any(|g| g.id == c.group))
            .collect();
    if !rest.is_empty() {
        out.push((None, rest));
    }
    out
}

fn indicator_word(p: &Paper) -> String {
    if p.levels() {
        p.t(key!("dossier-levels-indicator"))
    } else {
        p.t(key!("dossier-levels-criterion"))
    }
}

/// The Tờ trình đề nghị công nhận: what the head of the unit signs to send the dossier.
/// `None` when the self-assessment reaches no level: there is nothing to propose.
pub fn to_trinh(p: &Paper) -> Result<Option<Vec<u8>>> {
    let level = p.proposed_level();
    if level == 0 {
        return Ok(None);
    }
    let a = p.a;
    let unit = p.unit();
    let year = p.year_suffix();
    let mut d = Doc::new();
    p.heading(&mut d, Some("TTr"));
    d.title(&p.t(key!("dossier-levels-submission")));
    d.subtitle(&t!(
        p.lang,
        "dossier-levels-submission-subtitle",
        level = level.to_string(),
        year = &year,
    ));
    d.addressee(&format!(
        "{}: {}",
        p.t(key!("dossier-levels-to")),
        p.to.unwrap_or(&p.t(key!("dossier-levels-district-office-education-training")))
    ));
    let basis = p.rubric.legal_basis.trim();
    if !basis.is_empty() {
        d.text(&format!(
            "{} {basis} {};",
            p.t(key!("dossier-levels-under")),
            p.t(key!("dossier-levels-assessing-recognising-learning-units"))
        ));
    }
    if let Some(r) = p.manifest.and_then(|m| m.recognition.as_ref()) {
        d.text(&format!(
            "{} {} {}{} {} {};",
            p.t(key!(
                "dossier-levels-under-decision-recognising-unit-learning"
            )),
            r.level,
            p.t(key!("dossier-levels-no")),
            r.decision.as_deref().unwrap_or("……"),
            p.t(key!("dossier-levels-date-of")),
            summary::date(r.decided_on)
        ));
    }
    d.text(&format!(
        "{} {unit}{year} ({});",
        p.t(key!("dossier-levels-under-self-assessment")),
        p.t(key!("dossier-levels-self-assessment-report-form-m3"))
    ));
    let applicable: Vec<&CriterionResult> = a.criteria.iter().filter(|c| c.applicable).collect();
    let reached = applicable
        .iter()
        .filter(|c| c.level.unwrap_or(0) >= level)
        .count();
    let not_applicable = a.criteria.len() - applicable.len();
    d.text(&format!(
        "{} {}/{} {} {}{}. {}: {} {}, {} {}, {} {}.",
        p.t(key!("dossier-levels-self-assessment")),
        reached,
        applicable.len(),
        p.t(key!("dossier-levels-indicators-reach")),
        level_words(level, p.lang).to_lowercase(),
        if not_applicable > 0 {
            format!(
                " ({not_applicable} {})",
                p.t(key!("dossier-levels-indicator-s-not-applicable"))
            )
        } else {
            String::new()
        },
        p.t(key!("dossier-levels-members")),
        a.members.total,
        p.t(key!("dossier-levels-all")),
        a.members.counted,
        p.t(key!("dossier-levels-counted-ratios")),
        a.members.excluded,
        p.t(key!("dossier-levels-excluded")),
    ));
    d.text(&t!(
        p.lang,
        "dossier-levels-submission-request",
        unit = &unit,
        level = level.to_string(),
        year = &year,
    ));
    if let (Some(reached), Some(lv)) = (a.outcome.indicators_level, a.outcome.level) {
        if reached > lv {
            d.italic(&format!(
                "{} {reached}{}",
                p.t(key!("dossier-levels-every-indicator-reaches-level")),
                a.outcome
                    .level_2_from
                    .map(|x| format!(
                        "; {} {}.",
                        p.t(key!("dossier-levels-unit-may-apply-level-2")),
                        summary::date(x)
                    ))
                    .unwrap_or_else(|| ".".into())
            ));
        }
    }
    d.section(&p.t(key!("dossier-levels-attached")));
    d.bullet(&p.t(key!("dossier-levels-self-assessment-report-form-m3-2")));
    d.bullet(&p.t(key!(
        "dossier-levels-summary-self-assessment-criterion-indicator"
    )));
    d.text(&p.t(key!("dossier-levels-respectfully-submitted")));
    d.recipients(
        &p.t(key!("dossier-levels-copies")),
        &[
            p.t(key!("dossier-levels-above")),
            p.t(key!("dossier-levels-file-office")),
        ],
    );
    d.signatures(None, &p.head_signer());
    p.provenance(&mut d);
    d.finish().map(Some)
}

/// Mẫu M1: one self-assessment sheet per indicator — what it means for the unit, the
/// measured figure, strengths, weaknesses, plan, evidence, the level reached.
pub fn m1(p: &Paper) -> Result<Vec<u8>> {
    let mut d = Doc::new();
    let mut first = true;
    for (group, rows) in groups(p) {
        for c in rows {
            if !first {
                d.page_break();
            }
            first = false;
            sheet(p, &mut d, group.as_deref(), c);
        }
    }
    d.finish()
}

fn sheet(p: &Paper, d: &mut Doc, group: Option<&str>, c: &CriterionResult) {
    p.heading(d, None);
    d.form_id(&p.t(key!("dossier-levels-form-m1")));
    d.title(&p.t(key!("dossier-levels-indicator-self-assessment-sheet")));
    if let Some(g) = group {
        d.subtitle(g);
    }
    d.labelled(&p.t(key!("dossier-levels-unit")), &p.unit());
    d.labelled(&format!("{} {}", indicator_word(p), c.id), c.title(p.lang));
    let w = p.words(&c.id);
    d.narrative(
        &p.t(key!("dossier-levels-1-description-what-indicator-means")),
        w.and_then(|w| w.description.as_deref()),
        4,
    );
    d.labelled(&p.t(key!("dossier-levels-2-figures")), &p.figure(c));
    d.narrative(
        &p.t(key!("dossier-levels-3-strengths")),
        w.and_then(|w| w.strengths.as_deref()),
        2,
    );
    d.narrative(
        &p.t(key!("dossier-levels-4-weaknesses")),
        w.and_then(|w| w.weaknesses.as_deref()),
        2,
    );
    d.narrative(
        &p.t(key!("dossier-levels-5-improvement-plan")),
        w.and_then(|w| w.plan.as_deref()),
        2,
    );
    d.section(&p.t(key!("dossier-levels-6-evidence")));
    let ev = p.evidence(c);
    if ev.is_empty() {
        d.italic(&p.t(key!("dossier-levels-no-evidence-listed-evidence-toml")));
    } else {
        d.table(
            &[2200, 7154],
            &[
                &p.t(key!("dossier-levels-code")),
                &p.t(key!("dossier-levels-title")),
            ],
            ev.into_iter()
                .map(|(code, title)| vec![Cell::new(code).center(), Cell::new(title)])
                .collect(),
        );
    }
    d.labelled(&p.t(key!("dossier-levels-7-self-assessment")), &p.result(c));
    d.signatures(
        None,
        &Signer {
            on_behalf: None,
            role: p.t(key!("dossier-levels-assessor")),
            hint: p.t(key!("dossier-levels-signature-full-name")),
            name: None,
        },
    );
}

/// Mẫu M2: the level each indicator reaches, one row per indicator.
pub fn m2(p: &Paper) -> Result<Vec<u8>> {
    let a = p.a;
    let top = p.rubric.top_level().max(1);
    let mut d = Doc::new();
    p.heading(&mut d, None);
    d.form_id(&p.t(key!("dossier-levels-form-m2")));
    d.title(&format!(
        "{}{}",
        p.t(key!("dossier-levels-level-reached-each-indicator")),
        p.year_suffix().to_uppercase()
    ));
    d.note_center(&summary::basis_line(a, p.rubric, p.lang));
    // Columns: id, indicator, not reached, level 1 … top, note.
    let level_cols = top as usize + 1;
    let mark_w = 950;
    let id_w = 750;
    let note_w = 1500;
    let title_w = crate::report::word::TEXT_WIDTH - id_w - note_w - mark_w * level_cols;
    let mut widths = vec![id_w, title_w];
    widths.extend(std::iter::repeat_n(mark_w, level_cols));
    widths.push(note_w);
    let mut header: Vec<String> = vec![
        p.t(key!("dossier-levels-no-2")),
        p.t(key!("dossier-levels-criterion-indicator")),
        p.t(key!("dossier-levels-not-reached")),
    ];
    for l in 1..=top {
        header.push(format!("{} {l}", p.t(key!("dossier-levels-level-2"))));
    }
    header.push(p.t(key!("dossier-levels-note")));
    let header_refs: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut rows = Vec::new();
    for (group, cs) in groups(p) {
        if let Some(g) = group {
            rows.push(vec![Cell::new(g).bold().span(widths.len()).shade()]);
        }
        for c in cs {
            let mut row = vec![Cell::new(&c.id).center(), Cell::new(c.title(p.lang))];
            if c.applicable {
                let l = c.level.unwrap_or(0);
                for col in 0..=top {
                    row.push(Cell::new(if col == l { "X" } else { "" }).center().bold());
                }
            } else {
                row.push(
                    Cell::new(p.t(key!("dossier-levels-not-applicable")))
                        .center()
                        .italic()
                        .span(level_cols),
                );
            }
            let mut note = Vec::new();
            if !c.assessed && c.applicable {
                note.push(p.t(key!("dossier-levels-not-assessed")).to_string());
            }
            if c.provisional {
                note.push("(*)".into());
            }
            row.push(Cell::new(note.join("; ")).center());
            rows.push(row);
        }
    }
    rows.push(vec![
        Cell::new("").shade(),
        Cell::new(p.t(key!("dossier-levels-unit-s-outcome")))
            .bold()
            .shade(),
        Cell::new(format!(
            "{}{}",
            a.outcome.label(p.lang),
            if a.outcome.provisional { " (*)" } else { "" }
        ))
        .bold()
        .center()
        .shade()
        .span(level_cols + 1),
    ]);
    d.table(&widths, &header_refs, rows);
    p.notes(&mut d);
    d.signatures(
        None,
        &Signer {
            on_behalf: Some(p.t(key!("dossier-levels-self-assessment-team"))),
            role: p.t(key!("dossier-levels-team-leader")),
            hint: p.t(key!("dossier-levels-signature-full-name")),
            name: p.form.head.clone(),
        },
    );
    p.provenance(&mut d);
    d.finish()
}

/// Mẫu M3 (levels rubrics) or Hà Nội's "Báo cáo tự đánh giá" (points rubrics): the
/// general information, then for every criterion its figures, result and evidence
/// with the unit's words, then the conclusion.
pub fn self_report(p: &Paper) -> Result<Vec<u8>> {
    let a = p.a;
    let unit = p.unit();
    let levels = p.levels();
    let mut d = Doc::new();
    p.heading(&mut d, Some("BC"));
    if levels {
        d.form_id(&p.t(key!("dossier-levels-form-m3")));
    }
    d.title(&p.t(key!("dossier-levels-self-assessment-report")));
    let subtitle = if levels {
        key!("dossier-levels-report-subtitle-recognition")
    } else {
        key!("dossier-levels-report-subtitle-classification")
    };
    d.subtitle(&t!(p.lang, subtitle, year = p.year_suffix()));
    d.note_center(&summary::basis_line(a, p.rubric, p.lang));

    d.section(&p.t(key!("dossier-levels-i-general-information")));
    d.labelled(&p.t(key!("dossier-levels-unit")), &unit);
    if let Some(y) = a.unit.year {
        d.labelled(
            &p.t(key!("dossier-levels-evaluation-year")),
            &format!(
                "{y} ({} 01/01/{y} {} 31/12/{y})",
                p.t(key!("dossier-levels-figures-from")),
                p.t(key!("dossier-levels-date-to"))
            ),
        );
    }
    d.labelled(
        &p.t(key!("dossier-levels-members")),
        &format!(
            "{} {}, {} {}, {} {}",
            a.members.total,
            p.t(key!("dossier-levels-all")),
            a.members.counted,
            p.t(key!("dossier-levels-counted-ratios")),
            a.members.excluded,
            p.t(key!("dossier-levels-excluded-reason"))
        ),
    );
    d.labelled(
        &p.t(key!("dossier-levels-rubric")),
        &format!(
            "{} ({} {})",
            p.lang.pick(&a.rubric.title, &a.rubric.title_en),
            a.rubric.id,
            a.rubric.version
        ),
    );
    // The dates the rules set (deadline, when level 2 may be proposed, how long a
    // recognition lasts), as every other output shows them.
    for (label, value) in a.calendar.lines(p.lang) {
        d.labelled(&label, &value);
    }
    d.narrative(
        &p.t(key!("dossier-levels-introduction")),
        p.narrative.and_then(|n| n.report.introduction.as_deref()),
        4,
    );

    d.section(&p.t(key!("dossier-levels-ii-self-assessment")));
    for (group, rows) in groups(p) {
        if let Some(g) = group {
            d.section(&g);
        }
        for c in rows {
            let w = p.words(&c.id);
            d.section(&format!(
                "{} {}: {}",
                indicator_word(p),
                c.id,
                c.title(p.lang)
            ));
            d.narrative(
                &p.t(key!("dossier-levels-description")),
                w.and_then(|w| w.description.as_deref()),
                3,
            );
            d.labelled(&p.t(key!("dossier-levels-b-figures-2")), &p.figure(c));
            if let Some(b) =
                crate::report::reached::band(c, p.lang).filter(|_| c.applicable && c.assessed)
            {
                if c.numerator.is_some() {
                    d.labelled(&p.t(key!("dossier-levels-band-2")), &b);
                }
            }
            d.narrative(
                &p.t(key!("dossier-levels-c-strengths")),
                w.and_then(|w| w.strengths.as_deref()),
                2,
            );
            d.narrative(
                &p.t(key!("dossier-levels-d-weaknesses")),
                w.and_then(|w| w.weaknesses.as_deref()),
                2,
            );
            d.narrative(
                &p.t(key!("dossier-levels-e-improvement-plan")),
                w.and_then(|w| w.plan.as_deref()),
                2,
            );
            let ev = p.evidence(c);
            let ev_text = if ev.is_empty() {
                p.evidence_codes(c)
            } else {
                ev.iter()
                    .map(|(code, title)| {
                        if title.is_empty() {
                            code.clone()
                        } else {
                            format!("{code} ({title})")
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            d.labelled(&p.t(key!("dossier-levels-f-evidence")), &ev_text);
            d.labelled(&p.t(key!("dossier-levels-g-self-assessed")), &p.result(c));
        }
    }

    d.section(&p.t(key!("dossier-levels-iii-conclusion")));
    let mut widths = vec![6354, 3000];
    let header = [
        p.t(key!("dossier-levels-item")),
        p.t(key!("dossier-levels-result")),
    ];
    let mut rows = Vec::new();
    if levels {
        let top = p.rubric.top_level().max(1);
        for l in 0..=top {
            let n = a
                .criteria
                .iter()
                .filter(|c| c.applicable && c.level.unwrap_or(0) == l)
                .count();
            rows.push(vec![
                Cell::new(format!(
                    "{} {}",
                    p.t(key!("dossier-levels-indicators")),
                    level_words(l, p.lang).to_lowercase()
                )),
                Cell::new(n.to_string()).center(),
            ]);
        }
        let na = a.criteria.iter().filter(|c| !c.applicable).count();
        if na > 0 {
            rows.push(vec![
                Cell::new(p.t(key!("dossier-levels-indicators-not-applicable"))),
                Cell::new(na.to_string()).center(),
            ]);
        }
    } else if let Some(t) = summary::total(a, p.lang) {
        rows.push(vec![
            Cell::new(p.t(key!("dossier-levels-total"))),
            Cell::new(t).center(),
        ]);
    }
    rows.push(vec![
        Cell::new(p.t(key!("dossier-levels-self-assessed-outcome"))).bold(),
        Cell::new(format!(
            "{}{}",
            a.outcome.label(p.lang),
            if a.outcome.provisional { " (*)" } else { "" }
        ))
        .bold()
        .center(),
    ]);
    widths.truncate(2);
    d.table(&widths, &header, rows);
    d.text(&format!(
        "{} {unit} {}",
        p.t(key!("dossier-levels-against-rules")),
        match (levels, a.outcome.recognized) {
            (true, true) => t!(
                p.lang,
                "dossier-levels-self-assesses-level",
                level = p.proposed_level().to_string()
            ),
            (false, true) => format!(
                "{} {}.",
                p.t(key!("dossier-levels-self-assesses")),
                a.outcome.label(p.lang)
            ),
            (_, false) => p
                .t(key!("dossier-levels-does-not-yet-meet-conditions"))
                .to_string(),
        }
    ));
    d.narrative(
        &p.t(key!("dossier-levels-conclusion-request")),
        p.narrative.and_then(|n| n.report.conclusion.as_deref()),
        3,
    );
    p.notes(&mut d);
    d.signatures(None, &p.head_signer());
    p.provenance(&mut d);
    d.finish()
}
