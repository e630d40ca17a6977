//! The table for people: criterion by criterion, then total, outcome and warnings.

use super::number;
use crate::lang::Lang;
use crate::score::assessment::*;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, CellAlignment, ContentArrangement, Table};
use std::fmt::Write;

pub fn render(a: &Assessment, lang: Lang, explain: bool) -> String {
    let t = |vi: &'static str, en: &'static str| lang.pick(vi, en);
    let mut out = String::new();
    out.push_str(&unit_line(a, lang));
    let _ = writeln!(
        out,
        "{}: {} [{}]",
        t("Bộ tiêu chí", "Rubric"),
        lang.pick(&a.rubric.title, &a.rubric.title_en),
        a.rubric.id
    );
    out.push_str(&members_line(a, lang));
    let _ = writeln!(out, "{}", roster_line(&a.inputs, lang));

    let levels = a.total.is_none();
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if table.width().is_none() {
        table.set_width(140);
    }
    table.set_header(vec![
        t("Mã", "ID"),
        t("Tiêu chí", "Criterion"),
        t("Giá trị đo", "Measured"),
        t("Khung / mức đạt", "Band reached"),
        if levels {
            t("Mức độ", "Level")
        } else {
            t("Điểm", "Points")
        },
        t("Minh chứng", "Evidence"),
    ]);
    for c in &a.criteria {
        let measured = crate::report::summary::measured(c, lang);
        let score = if !c.applicable {
            t("không áp dụng", "not applicable").to_string()
        } else if levels {
            let l = c.level.unwrap_or(0);
            let s = if l == 0 {
                t("Không đạt", "Not reached").to_string()
            } else {
                format!("{} {l}", t("Mức", "Level"))
            };
            if c.assessed {
                s
            } else {
                format!("{s} ({})", t("chưa đánh giá", "not assessed"))
            }
        } else {
            let s = format!(
                "{}/{}",
                number(c.points.unwrap_or_default(), lang),
                number(c.max_points.unwrap_or_default(), lang)
            );
            if c.assessed {
                s
            } else {
                format!("{s} ({})", t("chưa đánh giá", "not assessed"))
            }
        };
        let mut band = super::reached::band(c, lang).unwrap_or_else(|| "—".to_string());
        // Level rubrics mark the provisional threshold inside the band itself.
        if c.provisional && !levels {
            band.push_str(t(" (tạm thời)", " (provisional)"));
        }
        table.add_row(vec![
            Cell::new(&c.id),
            Cell::new(c.title(lang)),
            Cell::new(measured),
            Cell::new(band),
            Cell::new(score).set_alignment(CellAlignment::Right),
            Cell::new(c.evidence_codes.len()).set_alignment(CellAlignment::Right),
        ]);
    }
    let _ = writeln!(out, "{table}");

    if let Some(total) = &a.total {
        let _ = writeln!(
            out,
            "{}: {}/{}",
            t("Tổng điểm", "Total"),
            number(total.points, lang),
            number(total.max_points, lang)
        );
    }
    let verdict = if a.outcome.recognized {
        t("được công nhận", "recognised")
    } else {
        t("không được công nhận", "not recognised")
    };
    let _ = writeln!(
        out,
        "{}: {}{}",
        crate::report::summary::outcome_heading(a, lang),
        crate::report::summary::with_verdict(a.outcome.label(lang), verdict),
        if a.outcome.provisional {
            t(
                " (dựa trên ngưỡng tạm thời)",
                " (relies on provisional thresholds)",
            )
        } else {
            ""
        }
    );
    if let Some(from) = a.outcome.level_2_from {
        let _ = writeln!(
            out,
            "{}: {}",
            t("Có thể đề nghị mức độ 2 từ", "May apply for level 2 from"),
            crate::calendar::long_date(from, lang)
        );
    }

    let _ = writeln!(out, "\n{}:", t("Lịch công nhận", "Recognition calendar"));
    for (k, v) in a.calendar.lines(lang) {
        let _ = writeln!(out, "  {k}: {v}");
    }

    let needs: Vec<&CriterionResult> = a.criteria.iter().filter(|c| c.next.is_some()).collect();
    if !needs.is_empty() {
        let _ = writeln!(
            out,
            "\n{}:",
            t(
                "Để lên khung / mức tiếp theo",
                "To reach the next band or level"
            )
        );
        for c in needs {
            let n = c.next.as_ref().expect("filtered");
            let _ = writeln!(
                out,
                "  {}: {} {} {} {}",
                c.id,
                t("cần thêm", "needs"),
                n.members_needed,
                t("thành viên đạt để tới", "more member(s) to reach"),
                super::reached::next_target(&n.target)
            );
        }
    }

    if explain {
        let _ = writeln!(
            out,
            "\n{}:",
            t(
                "Thành viên chưa đạt theo tiêu chí",
                "Members not meeting each criterion"
            )
        );
        let line_word = if a.inputs.roster_read.sheet.is_some() {
            t("hàng", "row")
        } else {
            t("dòng", "line")
        };
        for c in a.criteria.iter().filter(|c| c.kind == MeasureKind::Members) {
            let _ = writeln!(out, "  {} ({}):", c.id, c.not_meeting.len());
            for m in &c.not_meeting {
                let _ = writeln!(
                    out,
                    "    - {}{} ({} {})",
                    m.id.as_ref().map(|i| format!("{i} ")).unwrap_or_default(),
                    m.name,
                    line_word,
                    m.line
                );
            }
        }
    }

    if !a.warnings.is_empty() {
        let _ = writeln!(out, "\n{}:", t("Cảnh báo", "Warnings"));
        for w in &a.warnings {
            let _ = writeln!(out, "  - {}", w.text(lang));
        }
    }
    out
}

/// "Danh sách: roster.csv (CSV UTF-16LE có BOM, phân cách tab)": the file and how it
/// was read, so a wrong guess is visible.
fn roster_line(i: &Inputs, lang: Lang) -> String {
    let r = &i.roster_read;
    let mut how = Vec::new();
    if let Some(enc) = r.encoding {
        how.push(format!(
            "CSV {enc}{}",
            if r.bom {
                lang.pick(" có BOM", " with BOM")
            } else {
                ""
            }
        ));
    } else {
        how.push(r.format.to_string());
    }
    if let Some(d) = r.delimiter {
        let d = match d {
            '\t' => "tab".to_string(),
            c => format!("`{c}`"),
        };
        how.push(format!("{} {d}", lang.pick("phân cách", "delimiter")));
    }
    if let Some(s) = &r.sheet {
        how.push(format!("{} `{s}`", lang.pick("trang", "sheet")));
    }
    if r.header_line > 1 {
        let (vi, en) = if r.sheet.is_some() {
            ("tiêu đề ở hàng", "header on row")
        } else {
            ("tiêu đề ở dòng", "header on line")
        };
        how.push(format!("{} {}", lang.pick(vi, en), r.header_line));
    }
    format!(
        "{}: {} ({})",
        lang.pick("Danh sách", "Roster"),
        i.roster,
        how.join(", ")
    )
}

/// `Trường … — năm 2024`, the first line of every table about one unit.
pub fn unit_line(a: &Assessment, lang: Lang) -> String {
    let t = |vi: &'static str, en: &'static str| lang.pick(vi, en);
    let unit = a
        .unit
        .name
        .clone()
        .unwrap_or_else(|| t("(chưa có tên đơn vị)", "(unit name not given)").to_string());
    let year = a
        .unit
        .year
        .map(|y| format!(" — {} {y}", t("năm", "year")))
        .unwrap_or_default();
    format!("{unit}{year}\n")
}

/// `Thành viên: 83 tổng, 80 được tính, 3 không tính`.
pub fn members_line(a: &Assessment, lang: Lang) -> String {
    let t = |vi: &'static str, en: &'static str| lang.pick(vi, en);
    format!(
        "{}: {} {}, {} {}, {} {}\n",
        t("Thành viên", "Members"),
        a.members.total,
        t("tổng", "in all"),
        a.members.counted,
        t("được tính", "counted"),
        a.members.excluded,
        t("không tính", "excluded")
    )
}
