//! Starting files for a new unit (`dvht init`): a roster with Vietnamese headers
//! for exactly the columns the rubrics read, and an `evidence.toml` skeleton that
//! lists every fact they read with its allowed values. Pure text; `commands::init`
//! writes it.

use crate::rubric::{Measure, Rubric};
use crate::vocab::{self, CellKind, ColumnDef, FactDef, FactKind};
use std::fmt::Write;

pub mod xlsx;

/// The columns every roster carries, whatever the rubric.
pub const BASE_COLUMNS: &[&str] = &["id", "name", "role", "excluded"];

/// The roster columns for `rubrics`: the base ones, then every column a criterion
/// reads, in the catalogue's order.
pub fn columns(rubrics: &[Rubric]) -> Vec<&'static ColumnDef> {
    let needed: Vec<&str> = rubrics.iter().flat_map(|r| r.roster_columns()).collect();
    vocab::COLUMNS
        .iter()
        .filter(|c| BASE_COLUMNS.contains(&c.name) || needed.contains(&c.name))
        .collect()
}

/// The facts `rubrics` read, in the catalogue's order.
pub fn facts(rubrics: &[Rubric]) -> Vec<&'static FactDef> {
    let needed: Vec<&str> = rubrics
        .iter()
        .flat_map(|r| r.criteria.iter())
        .filter(|c| matches!(c.measure, Measure::Facts { .. }))
        .flat_map(|c| c.inputs())
        .collect();
    vocab::FACTS
        .iter()
        .filter(|f| needed.contains(&f.name))
        .collect()
}

/// Which criteria read `name`: `hanoi-2021 2.2; tt24-2023 2.1`.
pub(crate) fn used_by(rubrics: &[Rubric], name: &str) -> String {
    rubrics
        .iter()
        .filter_map(|r| {
            let ids: Vec<&str> = r
                .criteria
                .iter()
                .filter(|c| c.inputs().contains(&name))
                .map(|c| c.id.as_str())
                .collect();
            (!ids.is_empty()).then(|| format!("{} {}", r.id, ids.join(", ")))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The sample rows of a template, one `Vec` of cells per row in `columns` order.
/// Their names carry "(dòng mẫu …)", which `roster` recognises: a roster that
/// still holds them is refused, so an untouched template can never score.
pub fn sample_rows(cols: &[&ColumnDef]) -> Vec<Vec<&'static str>> {
    let row = |sample: usize| -> Vec<&'static str> {
        cols.iter()
            .map(|c| match (c.name, c.kind, sample) {
                ("id", _, 0) => "MAU01",
                ("id", _, _) => "MAU02",
                ("name", _, 0) => "Nguyễn Văn A (dòng mẫu - xoá dòng này)",
                ("name", _, _) => "Trần Thị B (dòng mẫu - xoá dòng này)",
                ("role", _, 0) => "Giáo viên",
                ("role", _, _) => "Nhân viên",
                ("excluded", _, 0) => "Không",
                ("excluded", _, _) => "Nghỉ thai sản",
                (_, CellKind::YesNo, 0) => "Có",
                (_, CellKind::YesNo, _) => "Không",
                (_, CellKind::Title, 0) => "Lao động tiên tiến",
                (_, CellKind::Title, _) => "",
                (_, CellKind::Text, _) => "",
            })
            .collect()
    };
    vec![row(0), row(1)]
}

/// `roster.csv`: a UTF-8 byte-order mark (so Excel shows Vietnamese), the header,
/// and two sample rows to replace.
pub fn roster_csv(rubrics: &[Rubric]) -> String {
    let cols = columns(rubrics);
    let header: Vec<&str> = cols.iter().map(|c| c.header_vi).collect();
    let mut out = format!("\u{feff}{}\n", header.join(","));
    for row in sample_rows(&cols) {
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

fn toml_value(def: &FactDef) -> String {
    match def.kind {
        FactKind::Bool => "false".to_string(),
        FactKind::Ordered(values) => format!("\"{}\"", values.first().map_or("", |(v, _)| v)),
    }
}

/// `evidence.toml`: `[unit]`, a commented `[recognition]`, every fact commented out
/// with its allowed values, and a commented `[[evidence]]` example.
pub fn evidence_toml(rubrics: &[Rubric], year: i32) -> String {
    let ids: Vec<&str> = rubrics.iter().map(|r| r.id.as_str()).collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Dữ kiện và minh chứng của đơn vị — tạo bởi `dvht init` cho: {}",
        ids.join(", ")
    );
    let _ = writeln!(
        out,
        "# Unit facts and evidence — written by `dvht init` for: {}",
        ids.join(", ")
    );
    let _ = writeln!(
        out,
        "# Điền các giá trị, rồi chạy: dvht score roster.csv --rubric {}",
        ids.first().copied().unwrap_or("tt24")
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "[unit]");
    let _ = writeln!(out, "name = \"Tên đơn vị (điền vào)\"");
    let _ = writeln!(
        out,
        "# một trong / one of: {}",
        vocab::UNIT_KINDS.join(" | ")
    );
    let _ = writeln!(out, "kind = \"truong-hoc\"");
    let _ = writeln!(
        out,
        "year = {year}                  # năm đánh giá / evaluation year"
    );
    let _ = writeln!(
        out,
        "# Ngày nộp hồ sơ, dùng làm ngày xét mức độ 2 (mặc định: hạn nộp 15/01/{}). / The dossier's date.",
        year + 1
    );
    let _ = writeln!(out, "# submitted_on = {}-01-10", year + 1);
    let _ = writeln!(out);
    let _ = writeln!(out, "# Quyết định công nhận gần nhất (nếu có). TT 24: mức độ 2 chỉ xét sau 12 tháng kể từ ngày này.");
    let _ = writeln!(
        out,
        "# The latest recognition decision, if any. Remove the # to use it."
    );
    let _ = writeln!(
        out,
        "# Cả lịch sử: mỗi quyết định một bảng [[recognition]]. / Whole history: one [[recognition]] per decision."
    );
    let _ = writeln!(out, "# [recognition]");
    let _ = writeln!(out, "# level = 1");
    let _ = writeln!(out, "# decided_on = {}-01-20", year);
    let _ = writeln!(out, "# decision = \"15/QĐ-UBND\"");
    let _ = writeln!(out);
    let _ = writeln!(out, "[facts]");
    let _ = writeln!(out, "# Bỏ dấu # ở mỗi dòng và chọn giá trị đúng. Dữ kiện còn dấu # thì tiêu chí đọc nó \"chưa đánh giá\".");
    let _ = writeln!(out, "# Remove the # and pick the right value. A fact left commented out leaves its criteria \"not assessed\".");
    for f in facts(rubrics) {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "# {} / {} — {}",
            f.title_vi,
            f.title_en,
            used_by(rubrics, f.name)
        );
        let _ = writeln!(out, "# giá trị / values: {}", f.accepted());
        let _ = writeln!(out, "#{} = {}", f.name, toml_value(f));
    }
    let _ = writeln!(out);
    let supportable: Vec<&str> = facts(rubrics)
        .iter()
        .map(|f| f.name)
        .chain(
            columns(rubrics)
                .iter()
                .filter(|c| c.kind != CellKind::Text)
                .map(|c| c.name),
        )
        .collect();
    let _ = writeln!(
        out,
        "# Minh chứng: một mục [[evidence]] cho mỗi tài liệu; `file` tính từ thư mục của tệp này."
    );
    let _ = writeln!(
        out,
        "# Evidence: one [[evidence]] per document; `file` is relative to this file's folder."
    );
    let _ = writeln!(
        out,
        "# `supports` nhận / accepts: {}",
        supportable.join(", ")
    );
    let _ = writeln!(out, "# [[evidence]]");
    let _ = writeln!(out, "# code = \"MC-01\"");
    let _ = writeln!(
        out,
        "# title = \"Kế hoạch học tập thường xuyên năm {year}\""
    );
    let _ = writeln!(out, "# file = \"minh-chung/ke-hoach-{year}.pdf\"");
    let _ = writeln!(
        out,
        "# supports = [\"{}\"]",
        supportable.first().copied().unwrap_or("learning_plan")
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tt24_needs_only_its_columns() {
        let r = crate::rubric::load("tt24").unwrap();
        let names: Vec<&str> = columns(&[r]).iter().map(|c| c.name).collect();
        assert_eq!(
            names,
            [
                "id",
                "name",
                "role",
                "excluded",
                "discipline",
                "mandatory_training",
                "digital_training",
                "language_cert",
                "emulation_title",
                "learning_citizen"
            ]
        );
    }

    #[test]
    fn the_skeleton_parses_and_lists_every_fact() {
        let rs = [
            crate::rubric::load("hanoi").unwrap(),
            crate::rubric::load("tt24").unwrap(),
        ];
        let text = evidence_toml(&rs, 2024);
        let m = crate::manifest::parse(&text, std::path::Path::new("evidence.toml")).unwrap();
        assert!(m.facts.is_empty());
        for f in vocab::FACTS {
            assert!(text.contains(&format!("#{} = ", f.name)), "{}", f.name);
        }
        // Uncommenting every fact gives a valid file.
        let filled = text.replace("\n#", "\n").replace("\n [recognition]", "");
        let filled: String = filled
            .lines()
            .filter(|l| {
                !l.starts_with(' ')
                    && !l.starts_with("[[evidence]]")
                    && !l.starts_with("code")
                    && !l.starts_with("title")
                    && !l.starts_with("file")
                    && !l.starts_with("supports")
                    && !l.starts_with("[recognition]")
                    && !l.starts_with("level =")
                    && !l.starts_with("decided_on")
                    && !l.starts_with("decision")
            })
            .map(|l| format!("{l}\n"))
            .collect();
        let m = crate::manifest::parse(&filled, std::path::Path::new("evidence.toml")).unwrap();
        assert_eq!(m.facts.len(), vocab::FACTS.len());
    }
}
