//! `dvht rubric show` as plain text for the terminal.

use super::*;
use crate::key;

pub fn text(r: &Rubric, lang: Lang) -> String {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({} {}) — {}",
        r.id,
        t(key!("rubric-text-version")),
        r.version,
        lang.pick(&r.title, &r.title_en)
    );
    let _ = writeln!(
        out,
        "{}: {}{}",
        t(key!("rubric-text-kind")),
        kind_label(r.kind, lang),
        max_text(r.max_points, lang)
    );
    let _ = writeln!(
        out,
        "{}: {}",
        t(key!("rubric-text-legal-basis")),
        r.legal_basis
    );
    let _ = writeln!(out, "{}: {}", t(key!("rubric-text-source")), r.source);
    let _ = writeln!(
        out,
        "{}: {}",
        t(key!("rubric-text-file")),
        origin_text(r, lang)
    );
    let _ = writeln!(out, "SHA-256: {}", r.sha256);
    let _ = writeln!(
        out,
        "{}: {}",
        t(key!("rubric-text-provisional-values")),
        provisional_parts(r, lang)
    );

    for (group, criteria) in by_group(r) {
        let _ = writeln!(out);
        match group {
            Some(g) => {
                let _ = writeln!(
                    out,
                    "== {} {}: {}{}",
                    t(key!("rubric-text-group")),
                    g.id,
                    lang.pick(&g.title, &g.title_en),
                    max_text(g.max_points, lang)
                );
                if !g.source.is_empty() {
                    let _ = writeln!(out, "   {}: {}", t(key!("rubric-text-source")), g.source);
                }
            }
            None => {
                let _ = writeln!(out, "== {}", t(key!("rubric-text-other-criteria")));
            }
        }
        for c in criteria {
            criterion_text(&mut out, c, lang);
        }
    }
    outcome_text(&mut out, r, lang);
    out
}

fn criterion_text(out: &mut String, c: &Criterion, lang: Lang) {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{:<5}{}{}{}",
        c.id,
        c.title(lang),
        max_text(c.max_points, lang),
        provisional_mark(c.has_provisional(), lang)
    );
    let pad = "     ";
    let _ = writeln!(
        out,
        "{pad}{}: {}",
        t(key!("rubric-text-reads")),
        inputs_text(c, lang)
    );
    if !c.not_applicable_for_kinds.is_empty() {
        let _ = writeln!(
            out,
            "{pad}{}: {}",
            t(key!("rubric-text-does-not-apply-unit-kinds")),
            c.not_applicable_for_kinds.join(", ")
        );
    }
    let _ = writeln!(out, "{pad}{}:", t(key!("rubric-text-scoring")));
    let rules = rules(c, lang);
    let width = rules
        .iter()
        .map(|r| r.when.chars().count())
        .max()
        .unwrap_or(0);
    for r in &rules {
        let _ = writeln!(
            out,
            "{pad}  {}{}  {}{}",
            r.when,
            " ".repeat(width - r.when.chars().count()),
            r.result,
            provisional_mark(r.provisional, lang)
        );
        if !r.source.is_empty() {
            let _ = writeln!(out, "{pad}  {}  ↳ {}", " ".repeat(width), r.source);
        }
    }
    if !c.sub_items.is_empty() {
        let _ = writeln!(
            out,
            "{pad}{}:",
            t(key!("rubric-text-sub-items-information-only"))
        );
        for s in &c.sub_items {
            let _ = writeln!(
                out,
                "{pad}  {} {} ({}): {}",
                s.id,
                s.column,
                points_text(s.points, lang),
                s.title
            );
        }
    }
    let _ = writeln!(out, "{pad}{}: {}", t(key!("rubric-text-source")), c.source);
    if !c.evidence_suggestions.is_empty() {
        let _ = writeln!(out, "{pad}{}:", t(key!("rubric-text-suggested-evidence")));
        for e in &c.evidence_suggestions {
            let _ = writeln!(out, "{pad}  - {e}");
        }
    }
}

pub(super) fn outcome_text(out: &mut String, r: &Rubric, lang: Lang) {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    if let Some(c) = &r.classification {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "== {}{}",
            t(key!("rubric-text-classification-total")),
            provisional_mark(c.provisional, lang)
        );
        for g in &c.grades {
            let _ = writeln!(
                out,
                "   {} ≥ {} {} — {}",
                lang.pick(&g.label, &g.label_en),
                num(g.min_points, lang),
                t(key!("rubric-text-points")),
                if g.recognized {
                    t(key!("rubric-text-recognised"))
                } else {
                    t(key!("rubric-text-not-recognised"))
                }
            );
        }
        let _ = writeln!(out, "   {}: {}", t(key!("rubric-text-source")), c.source);
    }
    if let Some(rec) = &r.recognition {
        let _ = writeln!(out);
        let _ = writeln!(out, "== {}", t(key!("rubric-text-recognition")));
        let _ = writeln!(
            out,
            "   {}",
            t(key!("rubric-text-unit-reaches-level-l-when"))
        );
        let _ = writeln!(
            out,
            "   {} {} {}",
            t(key!("rubric-text-level-2-only-after-least")),
            rec.level_2_after_months,
            t(key!(
                "rubric-text-months-since-previous-recognition-decision"
            ))
        );
        let _ = writeln!(out, "     ↳ {}", rec.level_2_after_source);
        let _ = writeln!(
            out,
            "   {} {} {}",
            t(key!("rubric-text-recognition-stays-valid")),
            rec.validity_months,
            t(key!("rubric-text-months-after-year-granted"))
        );
        let _ = writeln!(out, "     ↳ {}", rec.validity_source);
        let labels: Vec<String> = rec
            .levels
            .iter()
            .map(|l| format!("{} = {}", l.level, lang.pick(&l.label, &l.label_en)))
            .collect();
        if !labels.is_empty() {
            let _ = writeln!(
                out,
                "   {}: {}",
                t(key!("rubric-text-levels")),
                labels.join(", ")
            );
        }
        let _ = writeln!(out, "   {}: {}", t(key!("rubric-text-source")), rec.source);
    }
}
