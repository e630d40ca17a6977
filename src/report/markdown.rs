//! The unit's summary form and action plan as Markdown: for a wiki, an e-mail, or
//! a pull request that changes a roster. Every input value passes through [`cell`]
//! or [`text`], so a name cannot break a table or inject markup.

use super::summary::{self, FormInfo};
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
    let t = |vi: &'static str, en: &'static str| lang.pick(vi, en);
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
        let _ = writeln!(o, "{}\n", text(form_id));
    }
    let _ = writeln!(o, "# {}\n", text(&title));
    let _ = writeln!(o, "{}\n", text(&summary::basis_line(a, rubric, lang)));
    if let Some(note) = summary::provisional_note(a, lang) {
        let _ = writeln!(o, "> **{}**\n", text(&note));
    }

    let _ = writeln!(o, "## I. {}\n", t("Thông tin chung", "General information"));
    let _ = writeln!(o, "- {}: **{}**", t("Đơn vị", "Unit"), text(&unit));
    if let Some(y) = a.unit.year {
        let _ = writeln!(o, "- {}: {y}", t("Năm đánh giá", "Evaluation year"));
    }
    let _ = writeln!(
        o,
        "- {}: {} {}, {} {}, {} {}",
        t("Thành viên", "Members"),
        a.members.total,
        t("người", "in all"),
        a.members.counted,
        t("được tính vào tỷ lệ", "counted in ratios"),
        a.members.excluded,
        t("không tính", "excluded")
    );
    let _ = writeln!(
        o,
        "- {}: {} \\[{} {}\\]",
        t("Bộ tiêu chí", "Rubric"),
        text(lang.pick(&a.rubric.title, &a.rubric.title_en)),
        text(&a.rubric.id),
        text(&a.rubric.version)
    );
    for (k, v) in a.calendar.lines(lang) {
        let _ = writeln!(o, "- {}: {}", text(&k), text(&v));
    }
    o.push('\n');

    let _ = writeln!(o, "## II. {}\n", t("Kết quả", "Results"));
    let _ = writeln!(
        o,
        "| {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|",
        t("TT", "No."),
        t("Tiêu chí, chỉ tiêu", "Criterion"),
        t("Kết quả đo", "Measured"),
        t("Khung / mức", "Band"),
        if levels {
            t("Mức đạt", "Level")
        } else {
            t("Điểm / tối đa", "Points / max")
        },
        t("Minh chứng", "Evidence")
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
                t("**chưa có**", "**none**").to_string()
            } else {
                cell(&c.evidence_codes.join(", "))
            }
        );
    }
    o.push('\n');
    if let Some(total) = summary::total(a, lang) {
        let _ = writeln!(o, "**{}: {}**  ", t("Tổng điểm", "Total"), text(&total));
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
            t(
                "Đơn vị có thể đề nghị công nhận mức độ 2 từ ngày",
                "The unit may apply for level 2 from"
            ),
            summary::date(d)
        );
    }
    let prov = summary::provisional_note(a, lang);
    if prov.is_some() || !a.warnings.is_empty() {
        let _ = writeln!(o, "### {}\n", t("Ghi chú", "Notes"));
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
        t("**NGƯỜI LẬP BIỂU**", "**PREPARED BY**"),
        t("**THỦ TRƯỞNG ĐƠN VỊ**", "**HEAD OF THE UNIT**"),
        t("*(Ký, ghi rõ họ tên)*", "*(Signature and full name)*"),
        t(
            "*(Ký, ghi rõ họ tên, đóng dấu)*",
            "*(Signature, full name and seal)*"
        ),
        signature(form.prepared_by.as_deref()),
        signature(form.head.as_deref())
    );

    if form.action_plan {
        let actions = summary::actions(a, rubric, lang);
        let _ = writeln!(
            o,
            "---\n\n## {} ({})\n",
            t("Kế hoạch cải thiện", "Action plan"),
            t("dùng nội bộ", "internal use")
        );
        if actions.is_empty() {
            let _ = writeln!(
                o,
                "{}",
                t(
                    "Mọi tiêu chí đã ở khung / mức cao nhất và có minh chứng.",
                    "Every criterion is at its top band or level and has evidence."
                )
            );
        }
        for x in &actions {
            let _ = writeln!(
                o,
                "### {} — {}{}\n",
                cell(&x.id),
                text(&x.title),
                if x.holds_back {
                    t(" (ưu tiên)", " (priority)")
                } else {
                    ""
                }
            );
            let _ = writeln!(
                o,
                "- {}: {}\n- {}: {}\n- {}: {}\n- {}",
                t("Hiện tại", "Now"),
                text(&x.now),
                t("Mục tiêu", "Goal"),
                text(&x.goal),
                t("Khi đạt", "Gain"),
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
