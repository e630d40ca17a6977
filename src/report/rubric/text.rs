//! `dvht rubric show` as plain text for the terminal.

use super::*;

pub fn text(r: &Rubric, lang: Lang) -> String {
    let t = |vi: &'static str, en: &'static str| lang.pick(vi, en);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({} {}) — {}",
        r.id,
        t("phiên bản", "version"),
        r.version,
        lang.pick(&r.title, &r.title_en)
    );
    let _ = writeln!(
        out,
        "{}: {}{}",
        t("Loại", "Kind"),
        kind_label(r.kind, lang),
        max_text(r.max_points, lang)
    );
    let _ = writeln!(
        out,
        "{}: {}",
        t("Căn cứ pháp lý", "Legal basis"),
        r.legal_basis
    );
    let _ = writeln!(out, "{}: {}", t("Nguồn", "Source"), r.source);
    let _ = writeln!(out, "{}: {}", t("Tệp", "File"), origin_text(r, lang));
    let _ = writeln!(out, "SHA-256: {}", r.sha256);
    let _ = writeln!(
        out,
        "{}: {}",
        t("Giá trị tạm thời", "Provisional values"),
        provisional_parts(r, lang)
    );

    for (group, criteria) in by_group(r) {
        let _ = writeln!(out);
        match group {
            Some(g) => {
                let _ = writeln!(
                    out,
                    "== {} {}: {}{}",
                    t("Nhóm", "Group"),
                    g.id,
                    lang.pick(&g.title, &g.title_en),
                    max_text(g.max_points, lang)
                );
                if !g.source.is_empty() {
                    let _ = writeln!(out, "   {}: {}", t("Nguồn", "Source"), g.source);
                }
            }
            None => {
                let _ = writeln!(out, "== {}", t("Tiêu chí khác", "Other criteria"));
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
    let t = |vi: &'static str, en: &'static str| lang.pick(vi, en);
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
    let _ = writeln!(out, "{pad}{}: {}", t("Đọc", "Reads"), inputs_text(c, lang));
    if !c.not_applicable_for_kinds.is_empty() {
        let _ = writeln!(
            out,
            "{pad}{}: {}",
            t(
                "Không áp dụng cho loại đơn vị",
                "Does not apply to unit kinds"
            ),
            c.not_applicable_for_kinds.join(", ")
        );
    }
    let _ = writeln!(out, "{pad}{}:", t("Cách chấm", "Scoring"));
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
            t("Mục con (chỉ để thông tin)", "Sub-items (information only)")
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
    let _ = writeln!(out, "{pad}{}: {}", t("Nguồn", "Source"), c.source);
    if !c.evidence_suggestions.is_empty() {
        let _ = writeln!(out, "{pad}{}:", t("Minh chứng gợi ý", "Suggested evidence"));
        for e in &c.evidence_suggestions {
            let _ = writeln!(out, "{pad}  - {e}");
        }
    }
}

pub(super) fn outcome_text(out: &mut String, r: &Rubric, lang: Lang) {
    let t = |vi: &'static str, en: &'static str| lang.pick(vi, en);
    if let Some(c) = &r.classification {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "== {}{}",
            t("Xếp loại theo tổng điểm", "Classification by total"),
            provisional_mark(c.provisional, lang)
        );
        for g in &c.grades {
            let _ = writeln!(
                out,
                "   {} ≥ {} {} — {}",
                lang.pick(&g.label, &g.label_en),
                num(g.min_points, lang),
                t("điểm", "points"),
                if g.recognized {
                    t("được công nhận", "recognised")
                } else {
                    t("không được công nhận", "not recognised")
                }
            );
        }
        let _ = writeln!(out, "   {}: {}", t("Nguồn", "Source"), c.source);
    }
    if let Some(rec) = &r.recognition {
        let _ = writeln!(out);
        let _ = writeln!(out, "== {}", t("Công nhận", "Recognition"));
        let _ = writeln!(
            out,
            "   {}",
            t(
                "Đơn vị đạt mức L khi mọi chỉ tiêu áp dụng đạt mức L",
                "The unit reaches level L when every applicable indicator reaches level L"
            )
        );
        let _ = writeln!(
            out,
            "   {} {} {}",
            t("Mức độ 2 chỉ sau ít nhất", "Level 2 only after at least"),
            rec.level_2_after_months,
            t(
                "tháng kể từ quyết định công nhận trước",
                "months since the previous recognition decision"
            )
        );
        let _ = writeln!(out, "     ↳ {}", rec.level_2_after_source);
        let _ = writeln!(
            out,
            "   {} {} {}",
            t(
                "Kết quả công nhận được bảo lưu",
                "A recognition stays valid for"
            ),
            rec.validity_months,
            t("tháng sau năm công nhận", "months after the year granted")
        );
        let _ = writeln!(out, "     ↳ {}", rec.validity_source);
        let labels: Vec<String> = rec
            .levels
            .iter()
            .map(|l| format!("{} = {}", l.level, lang.pick(&l.label, &l.label_en)))
            .collect();
        if !labels.is_empty() {
            let _ = writeln!(out, "   {}: {}", t("Các mức", "Levels"), labels.join(", "));
        }
        let _ = writeln!(out, "   {}: {}", t("Nguồn", "Source"), rec.source);
    }
}
