//! `dvht rubric show --format markdown`: the rubric as a document to print or share.

use super::text::outcome_text;
use super::*;
use crate::key;

fn md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

pub fn markdown(r: &Rubric, lang: Lang) -> String {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let mut out = String::new();
    let _ = writeln!(out, "# {} — {}\n", r.id, lang.pick(&r.title, &r.title_en));
    let _ = writeln!(out, "| | |\n|---|---|");
    let rows = [
        (t(key!("rubric-md-version")), r.version.clone()),
        (
            t(key!("rubric-md-kind")),
            format!(
                "{}{}",
                kind_label(r.kind, lang),
                max_text(r.max_points, lang)
            ),
        ),
        (t(key!("rubric-md-legal-basis")), r.legal_basis.clone()),
        (t(key!("rubric-md-source")), r.source.clone()),
        (t(key!("rubric-md-file")), origin_text(r, lang)),
        ("SHA-256".to_string(), format!("`{}`", r.sha256)),
        (
            t(key!("rubric-md-provisional-values")),
            provisional_parts(r, lang),
        ),
    ];
    for (k, v) in rows {
        let _ = writeln!(out, "| {k} | {} |", md(&v));
    }
    for (group, criteria) in by_group(r) {
        match group {
            Some(g) => {
                let _ = writeln!(
                    out,
                    "\n## {} {} — {}{}\n",
                    t(key!("rubric-md-group")),
                    g.id,
                    lang.pick(&g.title, &g.title_en),
                    max_text(g.max_points, lang)
                );
                if !g.source.is_empty() {
                    let _ = writeln!(out, "{}: {}", t(key!("rubric-md-source")), g.source);
                }
            }
            None => {
                let _ = writeln!(out, "\n## {}", t(key!("rubric-md-other-criteria")));
            }
        }
        for c in criteria {
            let _ = writeln!(
                out,
                "\n### {} — {}{}{}\n",
                c.id,
                c.title(lang),
                max_text(c.max_points, lang),
                provisional_mark(c.has_provisional(), lang)
            );
            let _ = writeln!(
                out,
                "- **{}:** {}",
                t(key!("rubric-md-reads")),
                inputs_text(c, lang)
            );
            if !c.not_applicable_for_kinds.is_empty() {
                let _ = writeln!(
                    out,
                    "- **{}:** {}",
                    t(key!("rubric-md-does-not-apply-unit-kinds")),
                    c.not_applicable_for_kinds.join(", ")
                );
            }
            let _ = writeln!(
                out,
                "- **{}:** {}",
                t(key!("rubric-md-source")),
                md(&c.source)
            );
            let _ = writeln!(
                out,
                "\n| {} | {} | {} |\n|---|---|---|",
                t(key!("rubric-md-condition")),
                t(key!("rubric-md-result")),
                t(key!("rubric-md-source"))
            );
            for rule in rules(c, lang) {
                let _ = writeln!(
                    out,
                    "| {} | {}{} | {} |",
                    md(&rule.when),
                    md(&rule.result),
                    provisional_mark(rule.provisional, lang),
                    md(&rule.source)
                );
            }
            if !c.sub_items.is_empty() {
                let _ = writeln!(
                    out,
                    "\n{}:\n",
                    t(key!("rubric-md-sub-items-information-only"))
                );
                for s in &c.sub_items {
                    let _ = writeln!(
                        out,
                        "- {} `{}` ({}): {}",
                        s.id,
                        s.column,
                        points_text(s.points, lang),
                        s.title
                    );
                }
            }
            if !c.evidence_suggestions.is_empty() {
                let _ = writeln!(out, "\n{}:\n", t(key!("rubric-md-suggested-evidence")));
                for e in &c.evidence_suggestions {
                    let _ = writeln!(out, "- {e}");
                }
            }
        }
    }
    let mut tail = String::new();
    outcome_text(&mut tail, r, lang);
    if !tail.is_empty() {
        for line in tail.lines() {
            if let Some(h) = line.strip_prefix("== ") {
                let _ = writeln!(out, "\n## {h}\n");
            } else if !line.trim().is_empty() {
                let _ = writeln!(out, "- {}", line.trim());
            }
        }
    }
    out
}
