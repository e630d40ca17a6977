//! The unit's summary form and action plan as Markdown: for a wiki, an e-mail, or
//! a pull request that changes a roster. Every input value passes through [`cell`]
//! or [`text`], so a name cannot break a table or inject markup.

use super::summary::{self, FormInfo};
use crate::key;
use crate::lang::Lang;
use crate::rubric::{Rubric, RubricKind};
use crate::score::assessment::*;
use std::fmt::Write;

/// Escapes text for Markdown prose: markup characters are backslash-escaped and
/// `<`, `>`, `&` become entities (Markdown passes raw HTML through).
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(ch);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A table cell: [`text`], which also escapes `|`.
pub fn cell(s: &str) -> String {
    text(s)
}

pub fn render(a: &Assessment, rubric: &Rubric, form: &FormInfo, lang: Lang) -> String {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let levels = a.rubric.kind == RubricKind::Levels;
    let unit = summary::unit_name(a, lang);
    let (form_id, title) = summary::form_title(a, lang);
    let mut o = String::new();
    if let Some(auth) = &form.authority {
        let _ = writeln!(o, "{}  ", text(&auth.to_uppercase()));
    }
    let _ = writeln!(o, "**{}**\n", text(&unit.to_uppercase()));
    let _ = writeln!(
        o,
        "*{}*\n",
        text(&summary::place_date_line(
            form.place.as_deref(),
            form.date,
            lang
        ))
    );
    if !form_id.is_empty() {
        let _ = writeln!(o, "{}\n", text(&form_id));
    }
    let _ = writeln!(o, "# {}\n", text(&title));
    let _ = writeln!(o, "{}\n", text(&summary::basis_line(a, rubric, lang)));
    if let Some(note) = summary::provisional_note(a, lang) {
        let _ = writeln!(o, "> **{}**\n", text(&note));
    }

    let _ = writeln!(o, "## I. {}\n", t(key!("report-md-general-information")));
    let _ = writeln!(o, "- {}: **{}**", t(key!("report-md-unit")), text(&unit));
    if let Some(y) = a.unit.year {
        let _ = writeln!(o, "- {}: {y}", t(key!("report-md-evaluation-year")));
    }
    let _ = writeln!(
        o,
        "- {}: {} {}, {} {}, {} {}",
        t(key!("report-md-members")),
        a.members.total,
        t(key!("report-md-all")),
        a.members.counted,
        t(key!("report-md-counted-ratios")),
        a.members.excluded,
        t(key!("report-md-excluded"))
    );
    let _ = writeln!(
        o,
        "- {}: {} \\[{} {}\\]",
        t(key!("report-md-rubric")),
        text(lang.pick(&a.rubric.title, &a.rubric.title_en)),
        text(&a.rubric.id),
        text(&a.rubric.version)
    );
    for (k, v) in a.calendar.lines(lang) {
        let _ = writeln!(o, "- {}: {}", text(&k), text(&v));
    }
    o.push('\n');

    let _ = writeln!(o, "## II. {}\n", t(key!("report-md-results")));
    let _ = writeln!(
        o,
        "| {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|",
        t(key!("report-md-no")),
        t(key!("report-md-criterion")),
        t(key!("report-md-measured")),
        t(key!("report-md-band")),
        if levels {
            t(key!("report-md-level"))
        } else {
            t(key!("report-md-points-max"))
        },
        t(key!("report-md-evidence"))
    );
    for c in &a.criteria {
        let _ = writeln!(
            o,
            "| {} | {} | {} | {}{} | {} | {} |",
            cell(&c.id),
            cell(c.title(lang)),
            // A unit-level fact: the rubric's case it matched says it in words.
            cell(&match (c.kind, super::reached::band(c, lang)) {
                (MeasureKind::Facts, Some(band)) if c.applicable && !levels => band,
                _ => summary::measured(c, lang),
            }),
            cell(&match c.kind {
                MeasureKind::Facts => "—".to_string(),
                MeasureKind::Members => summary::band(c, lang),
            }),
            if c.provisional { " (\\*)" } else { "" },
            cell(&summary::score(c, levels, lang)),
            if c.evidence_codes.is_empty() {
                t(key!("report-md-none")).to_string()
            } else {
                cell(&c.evidence_codes.join(", "))
            }
        );
    }
    o.push('\n');
    if let Some(total) = summary::total(a, lang) {
        let _ = writeln!(o, "**{}: {}**  ", t(key!("report-md-total")), text(&total));
    }
    let _ = writeln!(
        o,
        "**{}: {}**{}\n",
        summary::outcome_heading(a, lang),
        text(&summary::outcome(a, lang)),
        if a.outcome.provisional { " (\\*)" } else { "" }
    );
    if let Some(d) = a.outcome.level_2_from {
        let _ = writeln!(
            o,
            "{} {}.\n",
            t(key!("report-md-unit-may-apply-level-2")),
            summary::date(d)
        );
    }
    let prov = summary::provisional_note(a, lang);
    if prov.is_some() || !a.warnings.is_empty() {
        let _ = writeln!(o, "### {}\n", t(key!("report-md-notes")));
        if let Some(p) = prov {
            let _ = writeln!(o, "- {}", text(&p));
        }
        for w in &a.warnings {
            let _ = writeln!(o, "- {}", text(w.text(lang)));
        }
        o.push('\n');
    }
    let _ = writeln!(
        o,
        "| {} | {} |\n|:---:|:---:|\n| {} | {} |\n| | |\n| {} | {} |\n",
        t(key!("report-md-prepared")),
        t(key!("report-md-head-unit")),
        t(key!("report-md-signature-full-name")),
        t(key!("report-md-signature-full-name-seal")),
        signature(form.prepared_by.as_deref()),
        signature(form.head.as_deref())
    );

    if form.action_plan {
        let actions = summary::actions(a, rubric, lang);
        let _ = writeln!(
            o,
            "---\n\n## {} ({})\n",
            t(key!("report-md-action-plan")),
            t(key!("report-md-internal-use"))
        );
        if actions.is_empty() {
            let _ = writeln!(o, "{}", t(key!("report-md-every-criterion-top-band-level")));
        }
        for x in &actions {
            let _ = writeln!(
                o,
                "### {} — {}{}\n",
                cell(&x.id),
                text(&x.title),
                if x.holds_back {
                    t(key!("report-md-priority"))
                } else {
                    String::new()
                }
            );
            let _ = writeln!(
                o,
                "- {}: {}\n- {}: {}\n- {}: {}\n- {}",
                t(key!("report-md-now")),
                text(&x.now),
                t(key!("report-md-goal")),
                text(&x.goal),
                t(key!("report-md-gain")),
                text(&x.gain),
                text(&x.what)
            );
            for (i, m) in x.members.iter().enumerate() {
                let _ = writeln!(
                    o,
                    "    {}. {}{}",
                    i + 1,
                    m.id.as_deref()
                        .map(|id| format!("{} ", text(id)))
                        .unwrap_or_default(),
                    text(&m.name)
                );
            }
            o.push('\n');
        }
    }
    o
}

/// A signer's name in bold, or nothing: an empty `| **** |` reads as stray stars.
fn signature(name: Option<&str>) -> String {
    match name.map(str::trim) {
        Some(n) if !n.is_empty() => format!("**{}**", cell(n)),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_neutralised() {
        assert_eq!(cell("a|b <script>&*x*"), "a\\|b &lt;script&gt;&amp;\\*x\\*");
        assert_eq!(text("line\nbreak"), "line break");
    }
}
