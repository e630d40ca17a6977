//! `dvht rubric show --format markdown`: the rubric as a document to print or share.

use super::text::outcome_text;
use super::*;

fn md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

pub fn markdown(r: &Rubric, lang: Lang) -> String {
    let t = |vi: &'static str, en: &'static str| lang.pick(vi, en);
    let mut out = String::new();
    let _ = writeln!(out, "# {} — {}\n", r.id, lang.pick(&r.title, &r.title_en));
    let _ = writeln!(out, "| | |\n|---|---|");
    let rows = [
        (t("Phiên bản", "Version"), r.version.clone()),
        (
            t("Loại", "Kind"),
            format!(
                "{}{}",
                kind_label(r.kind, lang),
                max_text(r.max_points, lang)
            ),
        ),
        (t("Căn cứ pháp lý", "Legal basis"), r.legal_basis.clone()),
        (t("Nguồn", "Source"), r.source.clone()),
        (t("Tệp", "File"), origin_text(r, lang)),
        ("SHA-256", format!("`{}`", r.sha256)),
        (
            t("Giá trị tạm thời", "Provisional values"),
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
                    t("Nhóm", "Group"),
                    g.id,
                    lang.pick(&g.title, &g.title_en),
                    max_text(g.max_points, lang)
                );
                if !g.source.is_empty() {
                    let _ = writeln!(out, "{}: {}", t("Nguồn", "Source"), g.source);
                }
            }
            None => {
                let _ = writeln!(out, "\n## {}", t("Tiêu chí khác", "Other criteria"));
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
            let _ = writeln!(out, "- **{}:** {}", t("Đọc", "Reads"), inputs_text(c, lang));
            if !c.not_applicable_for_kinds.is_empty() {
                let _ = writeln!(
                    out,
                    "- **{}:** {}",
                    t(
                        "Không áp dụng cho loại đơn vị",
                        "Does not apply to unit kinds"
                    ),
                    c.not_applicable_for_kinds.join(", ")
                );
            }
            let _ = writeln!(out, "- **{}:** {}", t("Nguồn", "Source"), md(&c.source));
            let _ = writeln!(
                out,
                "\n| {} | {} | {} |\n|---|---|---|",
                t("Điều kiện", "Condition"),
                t("Kết quả", "Result"),
                t("Nguồn", "Source")
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
                    t("Mục con (chỉ để thông tin)", "Sub-items (information only)")
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
                let _ = writeln!(out, "\n{}:\n", t("Minh chứng gợi ý", "Suggested evidence"));
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
