//! The unit's summary form as one self-contained HTML page, printable on A4: the
//! TT 24 "Bản tổng hợp kết quả" (mẫu M4) or the Hà Nội score sheet, with the
//! signature block, then the action plan on a page of its own.
//!
//! No network: no external fonts, scripts or images. Every value from an input
//! passes through [`escape`].

use super::summary::{self, Action, FormInfo};
use crate::key;
use crate::lang::Lang;
use crate::rubric::{Rubric, RubricKind};
use crate::score::assessment::*;
use crate::t;
use std::fmt::Write;

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The style every report shares: an A4 sheet on screen, plain paper in print.
pub const BASE_CSS: &str = r#"
@page { size: A4; margin: 15mm 15mm 15mm 22mm; }
* { box-sizing: border-box; }
html { background: #e9e9e9; }
body { margin: 0; color: #111; font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", "Noto Serif", serif; font-size: 12pt; line-height: 1.3; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { background: #fff; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 15mm 15mm 15mm 22mm; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
h1 { font-size: 14pt; text-align: center; margin: 4mm 0 1mm; }
h2 { font-size: 13pt; margin: 4mm 0 1.5mm; }
h3 { font-size: 12pt; margin: 4mm 0 1mm; }
p { margin: 1.5mm 0; }
.center { text-align: center; }
.subtitle { text-align: center; font-style: italic; margin: 0 0 4mm; }
.doc-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 6mm; }
.doc-head > div { text-align: center; }
.doc-head .org { width: 42%; }
.doc-head .nation { width: 58%; }
.doc-head .authority { text-transform: uppercase; }
.doc-head .unit, .doc-head .nation-1 { font-weight: bold; text-transform: uppercase; }
.doc-head .nation-2 { font-weight: bold; }
.doc-head .rule { width: 40%; margin: 1mm auto 0; border-top: 1px solid #111; }
.date-line { text-align: right; font-style: italic; margin-top: 3mm; }
.form-id { text-align: right; font-weight: bold; font-size: 11pt; margin: 0; }
table { border-collapse: collapse; width: 100%; }
.grid { font-size: 10pt; line-height: 1.22; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
.grid th, .grid td { border: 1px solid #222; padding: 1.5px 4px; vertical-align: top; }
.grid thead th { background: #eee; text-align: center; vertical-align: middle; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.grid tr.group td { font-weight: bold; background: #f6f6f6; }
.grid tr.foot td { font-weight: bold; background: #f6f6f6; }
.c { text-align: center; }
.r { text-align: right; }
.nowrap { white-space: nowrap; }
.small { font-size: 10pt; }
.muted { color: #555; }
.prov { color: #9b1c1c; font-weight: bold; }
.bad { color: #9b1c1c; font-weight: bold; }
.ok { color: #1b5e20; font-weight: bold; }
.notes { font-size: 10pt; margin: 1mm 0; }
.notes li { margin: 0.5mm 0; }
.banner { border: 1.5px solid #9b1c1c; color: #9b1c1c; padding: 1.5mm 3mm; margin: 2mm 0; font-size: 10.5pt; }
.sign { display: flex; justify-content: space-between; margin-top: 4mm; break-inside: avoid; page-break-inside: avoid; }
.sign > div { width: 46%; text-align: center; }
.sign .role { font-weight: bold; text-transform: uppercase; }
.sign .hint { font-style: italic; font-size: 11pt; }
.sign .space { height: 19mm; }
.sign .name { font-weight: bold; }
.closing { break-inside: avoid; page-break-inside: avoid; }
.provenance { margin-top: 4mm; font-size: 8pt; line-height: 1.2; color: #555; word-break: break-all; }
.page-break { break-before: page; page-break-before: always; }
@media screen { .page-break { margin-top: 12mm; border-top: 2px dashed #bbb; padding-top: 8mm; } }
@media print {
  html { background: none; }
  .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}
"#;

/// A whole HTML document around `body`.
pub fn page(lang: Lang, title: &str, extra_css: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta name=\"generator\" content=\"dvht {}\">\n<title>{}</title>\n<style>{BASE_CSS}{extra_css}</style>\n\
</head>\n<body>\n{body}</body>\n</html>\n",
        t!(lang, "report-html-en"),
        env!("CARGO_PKG_VERSION"),
        escape(title)
    )
}

const FORM_CSS: &str = r#"
.results col.id { width: 6%; } .results col.title { width: 42%; } .results col.measured { width: 17%; }
.results col.band { width: 10%; } .results col.score { width: 12%; } .results col.ev { width: 13%; }
.results tbody { break-inside: avoid; page-break-inside: avoid; }
.actions-summary col.id { width: 6%; } .actions-summary col.title { width: 36%; } .actions-summary col.now { width: 22%; }
.actions-summary col.goal { width: 18%; } .actions-summary col.need { width: 9%; } .actions-summary col.gain { width: 9%; }
.info td { padding: 0.3mm 2mm 0.3mm 0; vertical-align: top; }
.info td:first-child { white-space: nowrap; width: 1%; }
.actions-summary td, .actions-summary th { font-size: 10.5pt; }
.action { break-inside: avoid; page-break-inside: avoid; border: 1px solid #bbb; padding: 1.5mm 3mm; margin: 2.5mm 0; }
.action.holds { border: 1.5px solid #9b1c1c; }
.action h3 { margin: 0 0 1mm; font-size: 11.5pt; }
.tag { display: inline-block; font-size: 9pt; font-weight: bold; color: #fff; background: #9b1c1c; padding: 0 2mm; border-radius: 2mm; vertical-align: middle; }
.names { columns: 2; column-gap: 8mm; margin: 1mm 0; padding-left: 7mm; font-size: 10.5pt; }
.names li { break-inside: avoid; }
.fill { font-size: 10.5pt; color: #333; }
"#;

/// Renders the unit's summary form. `a` should be made with `explain` for the
/// action plan to name members.
pub fn render(a: &Assessment, rubric: &Rubric, form: &FormInfo, lang: Lang) -> String {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let levels = a.rubric.kind == RubricKind::Levels;
    let unit = summary::unit_name(a, lang);
    let (form_id, title) = summary::form_title(a, lang);
    let mut b = String::new();
    b.push_str("<main class=\"sheet\">\n");

    // The national heading, as on every Vietnamese administrative document.
    let _ = write!(
        b,
        "<header class=\"doc-head\">\n<div class=\"org\">{}<div class=\"unit\">{}</div><div class=\"rule\"></div></div>\n\
<div class=\"nation\"><div class=\"nation-1\">{}</div><div class=\"nation-2\">{}</div><div class=\"rule\"></div></div>\n</header>\n",
        form.authority
            .as_deref()
            .map(|x| format!("<div class=\"authority\">{}</div>", escape(x)))
            .unwrap_or_default(),
        escape(&unit),
        t(key!("report-html-socialist-republic-vietnam")),
        t(key!("report-html-independence-freedom-happiness")),
    );
    let _ = writeln!(
        b,
        "<p class=\"date-line\">{}</p>",
        escape(&summary::place_date_line(
            form.place.as_deref(),
            form.date,
            lang
        ))
    );
    if !form_id.is_empty() {
        let _ = writeln!(b, "<p class=\"form-id\">{}</p>", escape(&form_id));
    }
    let _ = writeln!(b, "<h1>{}</h1>", escape(&title));
    let _ = writeln!(
        b,
        "<p class=\"subtitle\">{}</p>",
        escape(&summary::basis_line(a, rubric, lang))
    );

    if let Some(note) = summary::provisional_note(a, lang) {
        let _ = writeln!(b, "<div class=\"banner\">{}</div>", escape(&note));
    }

    // I. General information.
    let _ = writeln!(
        b,
        "<h2>I. {}</h2>\n<table class=\"info\">",
        t(key!("report-html-general-information"))
    );
    let mut info = |k: &str, v: String| {
        let _ = writeln!(b, "<tr><td>{}:</td><td>{v}</td></tr>", escape(k));
    };
    info(
        &t(key!("report-html-unit")),
        format!("<b>{}</b>", escape(&unit)),
    );
    if let Some(y) = a.unit.year {
        info(
            &t(key!("report-html-evaluation-year")),
            format!(
                "{y} ({} 01/01/{y} {} 31/12/{y})",
                t(key!("report-html-figures-from")),
                t(key!("report-html-to"))
            ),
        );
    }
    info(
        &t(key!("report-html-members")),
        escape(&format!(
            "{} {}, {} {}, {} {}",
            a.members.total,
            t(key!("report-html-all")),
            a.members.counted,
            t(key!("report-html-counted-ratios")),
            a.members.excluded,
            t(key!("report-html-excluded"))
        )),
    );
    info(
        &t(key!("report-html-rubric")),
        escape(&format!(
            "{} [{} {}]",
            lang.pick(&a.rubric.title, &a.rubric.title_en),
            a.rubric.id,
            a.rubric.version
        )),
    );
    for (k, v) in a.calendar.lines(lang) {
        info(&k, escape(&v));
    }
    b.push_str("</table>\n");

    // II. The results table.
    let _ = writeln!(
        b,
        "<h2>II. {}</h2>",
        if levels {
            t(key!("report-html-results-criterion-indicator"))
        } else {
            t(key!("report-html-self-assessed-points-criterion"))
        }
    );
    b.push_str("<table class=\"grid results\">\n<colgroup><col class=\"id\"><col class=\"title\"><col class=\"measured\"><col class=\"band\"><col class=\"score\"><col class=\"ev\"></colgroup>\n");
    let _ = writeln!(
        b,
        "<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>",
        t(key!("report-html-no")),
        if levels {
            t(key!("report-html-criterion-indicator"))
        } else {
            t(key!("report-html-criterion"))
        },
        t(key!("report-html-measured-meeting-counted")),
        t(key!("report-html-band-case")),
        if levels {
            t(key!("report-html-level"))
        } else {
            t(key!("report-html-points-max"))
        },
        t(key!("report-html-evidence")),
    );
    for g in &rubric.groups {
        let rows: Vec<&CriterionResult> = a.criteria.iter().filter(|c| c.group == g.id).collect();
        if rows.is_empty() {
            continue;
        }
        let group_points = if levels {
            String::new()
        } else {
            let got: rust_decimal::Decimal = rows.iter().filter_map(|c| c.points).sum();
            g.max_points
                .map(|m| format!("{}/{}", super::number(got, lang), super::number(m, lang)))
                .unwrap_or_default()
        };
        b.push_str("<tbody>\n");
        let _ = writeln!(
            b,
            "<tr class=\"group\"><td class=\"c\">{}</td><td colspan=\"3\">{} {}: {}</td><td class=\"c\">{}</td><td></td></tr>",
            escape(&g.id),
            t(key!("report-html-criterion")),
            escape(&g.id),
            escape(lang.pick(&g.title, &g.title_en)),
            escape(&group_points)
        );
        for c in rows {
            row(&mut b, c, levels, lang);
        }
        b.push_str("</tbody>\n");
    }
    b.push_str("<tbody>\n");
    // Criteria in no declared group (a custom rubric) still print.
    for c in a
        .criteria
        .iter()
        .filter(|c| !rubric.groups.iter().any(|g| g.id == c.group))
    {
        row(&mut b, c, levels, lang);
    }
    // The totals are body rows: a <tfoot> would repeat on every printed page.
    if let Some(total) = summary::total(a, lang) {
        let _ = writeln!(
            b,
            "<tr class=\"foot\"><td></td><td colspan=\"3\">{}</td><td class=\"c nowrap\">{}</td><td></td></tr>",
            t(key!("report-html-total")),
            escape(&total)
        );
    }
    let _ = writeln!(
        b,
        "<tr class=\"foot\"><td></td><td colspan=\"3\">{}</td><td class=\"c\" colspan=\"2\">{}{}</td></tr>",
        if levels {
            t(key!("report-html-unit-s-outcome"))
        } else {
            t(key!("report-html-classification"))
        },
        escape(a.outcome.label(lang)),
        if a.outcome.provisional {
            " <span class=\"prov\">(*)</span>"
        } else {
            ""
        }
    );
    b.push_str("</tbody>\n</table>\n");

    // III. Conclusion.
    // The conclusion, notes and signatures stay together: a signature never
    // starts a page on its own.
    b.push_str("<div class=\"closing\">\n");
    let _ = writeln!(b, "<h2>III. {}</h2>", t(key!("report-html-conclusion")));
    let _ = writeln!(
        b,
        "<p>{}: <b class=\"{}\">{}</b>{}</p>",
        t(key!("report-html-self-assessed-outcome")),
        if a.outcome.recognized { "ok" } else { "bad" },
        escape(&summary::outcome(a, lang)),
        if a.outcome.provisional {
            " <span class=\"prov\">(*)</span>"
        } else {
            ""
        }
    );
    if let (Some(reached), Some(level)) = (a.outcome.indicators_level, a.outcome.level) {
        if reached > level {
            let _ = writeln!(
                b,
                "<p>{} {reached}{}</p>",
                t(key!("report-html-every-indicator-reaches-level")),
                a.outcome
                    .level_2_from
                    .map(|d| format!(
                        "; {} {}.",
                        t(key!("report-html-unit-may-apply-level-2")),
                        escape(&summary::date(d))
                    ))
                    .unwrap_or_else(|| ".".into())
            );
        }
    }

    // Notes: the provisional mark and every warning.
    let prov = summary::provisional_note(a, lang);
    if prov.is_some() || !a.warnings.is_empty() {
        let _ = writeln!(
            b,
            "<h3>{}</h3>\n<ul class=\"notes\">",
            t(key!("report-html-notes"))
        );
        if let (Some(p), true) = (prov, a.warnings.is_empty()) {
            let _ = writeln!(b, "<li class=\"prov\">{}</li>", escape(&p));
        }
        for w in &a.warnings {
            let _ = writeln!(b, "<li>{}</li>", escape(w.text(lang)));
        }
        b.push_str("</ul>\n");
    }

    signatures(&mut b, form, lang);
    b.push_str("</div>\n");
    provenance(&mut b, a, lang);

    if form.action_plan {
        action_plan(&mut b, a, rubric, lang);
    }
    b.push_str("</main>\n");
    page(lang, &format!("{title} — {unit}"), FORM_CSS, &b)
}

fn row(b: &mut String, c: &CriterionResult, levels: bool, lang: Lang) {
    let score = summary::score(c, levels, lang);
    let bad = c.applicable
        && (if levels {
            c.level == Some(0)
        } else {
            !c.assessed
        });
    let prov = if c.provisional {
        " <span class=\"prov\">(*)</span>"
    } else {
        ""
    };
    // A unit-level fact has no ratio: its value (or the rubric's case it matched)
    // spans the measured and band columns.
    let measured = match c.kind {
        MeasureKind::Facts => format!(
            "<td class=\"c\" colspan=\"2\">{}{prov}</td>",
            escape(&match super::reached::band(c, lang) {
                // Hà Nội's cases are worded by the rubric; a TT 24 fact reads best as its value.
                Some(band) if c.applicable && !levels => band,
                _ => summary::measured(c, lang),
            })
        ),
        MeasureKind::Members => format!(
            "<td class=\"c\">{}</td><td class=\"c nowrap\">{}{prov}</td>",
            escape(&summary::measured(c, lang)),
            escape(&summary::band(c, lang)),
        ),
    };
    let _ = writeln!(
        b,
        "<tr><td class=\"c\">{}</td><td>{}</td>{measured}<td class=\"c nowrap{}\">{}</td><td class=\"small\">{}</td></tr>",
        escape(&c.id),
        escape(c.title(lang)),
        if bad { " bad" } else { "" },
        escape(&score),
        if c.evidence_codes.is_empty() {
            format!(
                "<span class=\"bad\">{}</span>",
                t!(lang, "report-html-none")
            )
        } else {
            c.evidence_codes
                .iter()
                .map(|code| format!("<span class=\"nowrap\">{}</span>", escape(code)))
                .collect::<Vec<_>>()
                .join(", ")
        }
    );
}

fn signatures(b: &mut String, form: &FormInfo, lang: Lang) {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let block = |role: &str, hint: &str, name: Option<&str>| {
        format!(
            "<div><div class=\"role\">{}</div><div class=\"hint\">{}</div><div class=\"space\"></div><div class=\"name\">{}</div></div>",
            escape(role),
            escape(hint),
            escape(name.unwrap_or(""))
        )
    };
    let _ = writeln!(
        b,
        "<section class=\"sign\">{}{}</section>",
        block(
            &t(key!("report-html-prepared")),
            &t(key!("report-html-signature-full-name")),
            form.prepared_by.as_deref()
        ),
        block(
            &t(key!("report-html-head-unit")),
            &t(key!("report-html-signature-full-name-seal")),
            form.head.as_deref()
        ),
    );
}

fn provenance(b: &mut String, a: &Assessment, lang: Lang) {
    let mut parts = vec![format!(
        "{} {} (sha256 {})",
        t!(lang, "report-html-roster"),
        a.inputs.roster,
        a.inputs.roster_sha256
    )];
    if let (Some(p), Some(h)) = (&a.inputs.evidence, &a.inputs.evidence_sha256) {
        parts.push(format!("{p} (sha256 {h})"));
    }
    parts.push(format!(
        "{} {} {} ({}, sha256 {})",
        t!(lang, "report-html-rubric-2"),
        a.rubric.id,
        a.rubric.version,
        a.rubric.origin,
        a.rubric.sha256
    ));
    let _ = writeln!(
        b,
        "<p class=\"provenance\">{} dvht {}. {}: {}.</p>",
        t!(lang, "report-html-made"),
        env!("CARGO_PKG_VERSION"),
        t!(lang, "report-html-from"),
        escape(&parts.join("; "))
    );
}

fn action_plan(b: &mut String, a: &Assessment, rubric: &Rubric, lang: Lang) {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let actions = summary::actions(a, rubric, lang);
    let _ = writeln!(
        b,
        "<section class=\"page-break\">\n<h1>{}</h1>\n<p class=\"subtitle\">{} — {} {}</p>",
        t(key!("report-html-action-plan")),
        escape(&summary::unit_name(a, lang)),
        t(key!("report-html-internal-use-not-part-dossier")),
        escape(&crate::calendar::long_date(a.as_of, lang))
    );
    if actions.is_empty() {
        let _ = writeln!(
            b,
            "<p>{}</p>\n</section>",
            t(key!("report-html-every-criterion-top-band-level"))
        );
        return;
    }
    let _ = writeln!(
        b,
        "<table class=\"grid actions-summary\"><colgroup><col class=\"id\"><col class=\"title\"><col class=\"now\"><col class=\"goal\"><col class=\"need\"><col class=\"gain\"></colgroup><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        t(key!("report-html-no")),
        t(key!("report-html-indicator")),
        t(key!("report-html-now")),
        t(key!("report-html-goal")),
        t(key!("report-html-needs")),
        t(key!("report-html-gain"))
    );
    for x in &actions {
        let _ = writeln!(
            b,
            "<tr><td class=\"c{}\">{}</td><td>{}</td><td>{}</td><td class=\"c\">{}</td><td class=\"c\">{}</td><td class=\"c\">{}</td></tr>",
            if x.holds_back { " bad" } else { "" },
            escape(&x.id),
            escape(&x.title),
            escape(&x.now),
            escape(&x.goal),
            x.members_needed
                .map(|n| format!("{n} {}", t(key!("report-html-member-s"))))
                .unwrap_or_else(|| "—".into()),
            escape(&x.gain)
        );
    }
    b.push_str("</tbody></table>\n");
    if actions.iter().any(|x| x.holds_back) {
        let _ = writeln!(
            b,
            "<p class=\"small\">{}</p>",
            t(key!("report-html-ids-red-priority-indicators-unit"))
        );
    }
    for x in &actions {
        action(b, x, lang);
    }
    b.push_str("</section>\n");
}

fn action(b: &mut String, x: &Action, lang: Lang) {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let _ = writeln!(
        b,
        "<div class=\"action{}\"><h3>{} — {}{}</h3>",
        if x.holds_back { " holds" } else { "" },
        escape(&x.id),
        escape(&x.title),
        if x.holds_back {
            format!(
                " <span class=\"tag\">{}</span>",
                t(key!("report-html-priority"))
            )
        } else {
            String::new()
        }
    );
    let _ = writeln!(
        b,
        "<p class=\"small\">{}: {} · {}: {} · {}: {}</p>\n<p>{}</p>",
        t(key!("report-html-now")),
        escape(&x.now),
        t(key!("report-html-goal")),
        escape(&x.goal),
        t(key!("report-html-gain")),
        escape(&x.gain),
        escape(&x.what)
    );
    if !x.members.is_empty() {
        b.push_str("<ol class=\"names\">");
        for m in &x.members {
            let _ = write!(
                b,
                "<li>{}{}</li>",
                m.id.as_deref()
                    .map(|i| format!("<span class=\"muted\">{}</span> ", escape(i)))
                    .unwrap_or_default(),
                escape(&m.name)
            );
        }
        b.push_str("</ol>\n");
    }
    let _ = writeln!(
        b,
        "<p class=\"fill\">{}: ……………………………… {}: ………………</p></div>",
        t(key!("report-html-responsible")),
        t(key!("report-html-deadline"))
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_and_quotes() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"Trường\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Trường&quot;"
        );
        assert_eq!(escape("Tân Hòa"), "Tân Hòa");
    }
}
