//! The form and action plan as Markdown: for a wiki, an e-mail, or a pull request
//! that changes a roster. A brief layout of the same [`Form`]: no group rows, no
//! provenance. Every input value passes through [`cell`] or [`text`], so a name cannot
//! break a table or inject markup.

use super::{Form, Signer};
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

/// The provisional mark after a value.
const PROV: &str = " (\\*)";

pub fn render(f: &Form) -> String {
    let (w, h, i, r) = (&f.words, &f.head, &f.info, &f.results);
    let mut o = String::new();
    // Capitals, as the printed form sets them with its style sheet.
    if let Some(auth) = &h.authority {
        let _ = writeln!(o, "{}  ", text(&auth.to_uppercase()));
    }
    let _ = writeln!(o, "**{}**\n", text(&h.unit.to_uppercase()));
    let _ = writeln!(o, "*{}*\n", text(&h.place_date));
    if let Some(id) = &h.form_id {
        let _ = writeln!(o, "{}\n", text(id));
    }
    let _ = writeln!(o, "# {}\n", text(&h.title));
    let _ = writeln!(o, "{}\n", text(&h.basis));
    if let Some(note) = &h.provisional_note {
        let _ = writeln!(o, "> **{}**\n", text(note));
    }

    let _ = writeln!(o, "## I. {}\n", w.general_information);
    let _ = writeln!(o, "- {}: **{}**", w.unit, text(&h.unit));
    if let Some(y) = &i.year {
        let _ = writeln!(o, "- {}: {}", w.evaluation_year, y.year);
    }
    let _ = writeln!(o, "- {}: {}", w.members, i.members);
    let _ = writeln!(
        o,
        "- {}: {} \\[{} {}\\]",
        w.rubric,
        text(&i.rubric_title),
        text(&i.rubric_id),
        text(&i.rubric_version)
    );
    for (k, v) in &i.calendar {
        let _ = writeln!(o, "- {}: {}", text(k), text(v));
    }
    o.push('\n');

    let _ = writeln!(o, "## II. {}\n", f.brief.results);
    let _ = writeln!(
        o,
        "| {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|",
        w.columns[0], f.brief.criterion, f.brief.measured, f.brief.band, w.columns[4], w.columns[5]
    );
    for c in &r.rows {
        let _ = writeln!(
            o,
            "| {} | {} | {} | {}{} | {} | {} |",
            cell(&c.id),
            cell(&c.title),
            cell(&c.measured),
            cell(c.band.as_deref().unwrap_or("—")),
            if c.provisional { PROV } else { "" },
            cell(&c.score),
            if c.evidence.is_empty() {
                format!("**{}**", w.none)
            } else {
                cell(&c.evidence.join(", "))
            }
        );
    }
    o.push('\n');
    if let Some(total) = &r.total {
        let _ = writeln!(o, "**{}: {}**  ", w.total, text(total));
    }
    let _ = writeln!(
        o,
        "**{}: {}**{}\n",
        f.brief.outcome_heading,
        text(&r.outcome),
        if r.provisional { PROV } else { "" }
    );
    if let Some(d) = &f.conclusion.level_2_from {
        let _ = writeln!(o, "{} {d}.\n", f.brief.may_apply_level_2);
    }
    let warnings = &f.conclusion.warnings;
    if h.provisional_note.is_some() || !warnings.is_empty() {
        let _ = writeln!(o, "### {}\n", w.notes);
        if let Some(p) = &h.provisional_note {
            let _ = writeln!(o, "- {}", text(p));
        }
        for x in warnings {
            let _ = writeln!(o, "- {}", text(x));
        }
        o.push('\n');
    }
    let [a, b] = &f.signers;
    let _ = writeln!(
        o,
        "| **{}** | **{}** |\n|:---:|:---:|\n| *{}* | *{}* |\n| | |\n| {} | {} |\n",
        a.role.as_str().to_uppercase(),
        b.role.as_str().to_uppercase(),
        a.hint,
        b.hint,
        signature(a),
        signature(b)
    );

    if let Some(p) = &f.plan {
        let _ = writeln!(
            o,
            "---\n\n## {} ({})\n",
            f.brief.action_plan, f.brief.internal_use
        );
        if p.steps.is_empty() {
            let _ = writeln!(o, "{}", f.brief.nothing_to_do);
        }
        let c = &w.plan_columns;
        for x in &p.steps {
            let _ = writeln!(
                o,
                "### {} — {}{}\n",
                cell(&x.id),
                text(&x.title),
                if x.holds_back {
                    f.brief.priority.as_str()
                } else {
                    ""
                }
            );
            let _ = writeln!(
                o,
                "- {}: {}\n- {}: {}\n- {}: {}\n- {}",
                c[2],
                text(&x.now),
                c[3],
                text(&x.goal),
                c[5],
                text(&x.gain),
                text(&x.what)
            );
            for (n, (id, name)) in x.members.iter().enumerate() {
                let _ = writeln!(
                    o,
                    "    {}. {}{}",
                    n + 1,
                    id.as_deref()
                        .map(|id| format!("{} ", text(id)))
                        .unwrap_or_default(),
                    text(name)
                );
            }
            o.push('\n');
        }
    }
    o
}

/// A signer's name in bold, or nothing: an empty `| **** |` reads as stray stars.
fn signature(s: &Signer) -> String {
    match s.name.as_deref().map(str::trim) {
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
