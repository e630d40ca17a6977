//! The district report: many units scored under one rubric, readable at a glance.
//!
//! One row per unit, a chart of outcomes, and a per-criterion heat map with the
//! indicators that hold the district back — as one self-contained HTML page
//! ([`district_html`], inline SVG, printable on A4) or as an Excel workbook with one
//! sheet per view ([`district_xlsx`], number cells, frozen header rows).
//!
//! Both take what `dvht batch` produces: per unit folder, its `Assessment` or the
//! error that kept it from being scored, in the order to print (folder-name order).
//! A batch that keeps its memory flat can keep a [`DistrictUnit`] per unit instead
//! (a few hundred bytes: the outcome and one [`Cell`] per criterion) and call
//! [`render_html`] / [`render_xlsx`].

use super::html::{escape, page};
use super::xlsx::{
    clip, color_scale, excel_date, header_row, print_setup, put_dec, put_int, put_ratio,
    xlsx_error, Formats,
};
use super::{number, percent, summary};
use crate::assessment::*;
use crate::error::Result;
use crate::lang::Lang;
use crate::rubric::{Measure, Rubric, RubricKind};
use rust_decimal::Decimal;
use rust_xlsxwriter::{
    Chart, ChartDataLabel, ChartFormat, ChartPoint, ChartSolidFill, Workbook, XlsxError,
};
use std::fmt::Write;

/// One unit folder and what scoring it gave.
pub type UnitResult = (String, std::result::Result<Assessment, String>);

/// One unit folder and what the district report keeps of its assessment.
pub type DistrictRow = (String, std::result::Result<DistrictUnit, String>);

/// What the district report needs of one unit's `Assessment`.
#[derive(Debug, Clone)]
pub struct DistrictUnit {
    pub name: Option<String>,
    pub members: MemberCounts,
    pub total: Option<Total>,
    pub outcome: Outcome,
    pub warnings: usize,
    pub as_of: chrono::NaiveDate,
    /// One per criterion, in the assessment's (the rubric's) order.
    pub criteria: Vec<Cell>,
}

/// One criterion of one unit, as the heat map shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub id: String,
    pub applicable: bool,
    pub assessed: bool,
    pub level: Option<u8>,
    pub points: Option<Decimal>,
    pub max_points: Option<Decimal>,
    pub numerator: Option<u64>,
    pub denominator: Option<u64>,
}

impl From<&Assessment> for DistrictUnit {
    fn from(a: &Assessment) -> DistrictUnit {
        DistrictUnit {
            name: a.unit.name.clone(),
            members: a.members,
            total: a.total.clone(),
            outcome: a.outcome.clone(),
            warnings: a.warnings.len(),
            as_of: a.as_of,
            criteria: cells(a),
        }
    }
}

/// One [`Cell`] per criterion of an assessment, in its order.
pub fn cells(a: &Assessment) -> Vec<Cell> {
    a.criteria
        .iter()
        .map(|c| Cell {
            id: c.id.clone(),
            applicable: c.applicable,
            assessed: c.assessed,
            level: c.level,
            points: c.points,
            max_points: c.max_points,
            numerator: c.numerator,
            denominator: c.denominator,
        })
        .collect()
}

impl Cell {
    /// `31/34 (91,2 %)`; empty for a unit-level fact.
    fn measured(&self, lang: Lang) -> String {
        match (self.numerator, self.denominator) {
            (Some(n), Some(d)) => format!("{n}/{d} ({})", percent(n, d, lang)),
            _ => String::new(),
        }
    }

    /// `Đạt mức 1`, `8/10`, … as in the unit's own report.
    fn score(&self, levels: bool, lang: Lang) -> String {
        let t = |vi: &'static str, en: &'static str| lang.pick(vi, en);
        if !self.applicable {
            return t("Không áp dụng", "Not applicable").into();
        }
        let s = if levels {
            match self.level.unwrap_or(0) {
                0 => t("Không đạt", "Not reached").to_string(),
                l => format!("{} {l}", t("Đạt mức", "Level")),
            }
        } else {
            format!(
                "{}/{}",
                number(self.points.unwrap_or_default(), lang),
                number(self.max_points.unwrap_or_default(), lang)
            )
        };
        if self.assessed {
            s
        } else {
            format!("{s} ({})", t("chưa đánh giá", "not assessed"))
        }
    }
}

fn compact(rows: &[UnitResult]) -> Vec<DistrictRow> {
    rows.iter()
        .map(|(f, r)| {
            (
                f.clone(),
                r.as_ref().map(DistrictUnit::from).map_err(Clone::clone),
            )
        })
        .collect()
}

/// An outcome class of the chart: `Đạt mức độ 2`, `Khá`, …, and "could not be read".
#[derive(Debug, Clone)]
struct Class {
    label: String,
    color: &'static str,
    units: usize,
}

/// Outcome classes from best to worst, then errors; each unit counted in one.
fn classes(rows: &[DistrictRow], rubric: &Rubric, lang: Lang) -> Vec<Class> {
    let mut keys: Vec<(String, String)> = Vec::new(); // (key, label)
    match rubric.kind {
        RubricKind::Levels => {
            let mut levels: Vec<(u8, String)> = rubric
                .recognition
                .as_ref()
                .map(|r| {
                    r.levels
                        .iter()
                        .map(|l| (l.level, lang.pick(&l.label, &l.label_en).to_string()))
                        .collect()
                })
                .unwrap_or_default();
            if levels.is_empty() {
                levels = (0..=rubric.top_level())
                    .map(|l| (l, rubric.level_label(l, lang)))
                    .collect();
            }
            levels.sort_by_key(|l| std::cmp::Reverse(l.0));
            keys.extend(levels.into_iter().map(|(l, s)| (format!("L{l}"), s)));
        }
        RubricKind::Points => {
            if let Some(c) = &rubric.classification {
                keys.extend(
                    c.grades
                        .iter()
                        .map(|g| (g.id.clone(), lang.pick(&g.label, &g.label_en).to_string())),
                );
            }
        }
    }
    const PALETTE: [&str; 5] = ["#2e7d32", "#8bc34a", "#f9a825", "#ef6c00", "#c62828"];
    let n = keys.len();
    let mut out: Vec<Class> = keys
        .iter()
        .enumerate()
        .map(|(i, (_, label))| Class {
            label: label.clone(),
            color: if n <= 1 {
                PALETTE[0]
            } else if i + 1 == n {
                PALETTE[4]
            } else {
                PALETTE[(i * 3 / (n - 1)).min(3)]
            },
            units: 0,
        })
        .collect();
    let mut errors = 0;
    for (_, r) in rows {
        match r {
            Ok(a) => {
                let key = match (a.outcome.level, &a.outcome.grade) {
                    (Some(l), _) => format!("L{l}"),
                    (None, Some(g)) => g.clone(),
                    (None, None) => String::new(),
                };
                if let Some(i) = keys.iter().position(|(k, _)| *k == key) {
                    out[i].units += 1;
                }
            }
            Err(_) => errors += 1,
        }
    }
    out.push(Class {
        label: lang
            .pick("Không đọc được (lỗi)", "Could not be read (error)")
            .into(),
        color: "#757575",
        units: errors,
    });
    out
}

/// The chart colour of a unit's outcome.
fn class_color(a: &DistrictUnit, lang: Lang, cls: &[Class]) -> &'static str {
    let label = a.outcome.label(lang);
    cls.iter()
        .find(|c| c.label == label)
        .map(|c| c.color)
        .unwrap_or("#757575")
}

/// The highest level of criterion `def` (levels rubrics), without a search.
fn def_top_level(rubric: &Rubric, def: &crate::rubric::Criterion) -> u8 {
    def.top_level().unwrap_or_else(|| rubric.top_level())
}

impl DistrictUnit {
    /// Criterion `id`, looked for first at `at` (its place in the rubric, where
    /// the assessment puts it): a search per cell made a 10 000-criterion district
    /// report quadratic.
    fn cell(&self, at: usize, id: &str) -> Option<&Cell> {
        match self.criteria.get(at) {
            Some(c) if c.id == id => Some(c),
            _ => self.criteria.iter().find(|c| c.id == id),
        }
    }
}

/// How one criterion fares across the district.
#[derive(Debug, Clone)]
struct CritStat {
    id: String,
    title: String,
    /// Units (row indexes) where it is not reached at all (level 0 / 0 points).
    failing: Vec<usize>,
    /// Units where it is below its top level / its maximum points.
    short: Vec<usize>,
    /// Points lost across the district (points rubrics).
    lost: Decimal,
    /// Units where it applies and was scored.
    scored: usize,
}

fn stats(rows: &[DistrictRow], rubric: &Rubric, lang: Lang) -> Vec<CritStat> {
    let levels = rubric.kind == RubricKind::Levels;
    rubric
        .criteria
        .iter()
        .enumerate()
        .map(|(at, def)| {
            let mut s = CritStat {
                id: def.id.clone(),
                title: def.title(lang).to_string(),
                failing: Vec::new(),
                short: Vec::new(),
                lost: Decimal::ZERO,
                scored: 0,
            };
            for (i, (_, r)) in rows.iter().enumerate() {
                let Ok(a) = r else { continue };
                let Some(c) = a.cell(at, &def.id) else {
                    continue;
                };
                if !c.applicable {
                    continue;
                }
                s.scored += 1;
                if levels {
                    let l = c.level.unwrap_or(0);
                    if l == 0 {
                        s.failing.push(i);
                    }
                    if l < def_top_level(rubric, def) {
                        s.short.push(i);
                    }
                } else {
                    let p = c.points.unwrap_or_default();
                    let m = c.max_points.unwrap_or_default();
                    if p.is_zero() && !m.is_zero() {
                        s.failing.push(i);
                    }
                    if p < m {
                        s.short.push(i);
                        s.lost += m - p;
                    }
                }
            }
            s
        })
        .collect()
}

/// The criteria that hold the district back, worst first (those with no shortfall left out).
fn ranking(stats: &[CritStat], levels: bool) -> Vec<&CritStat> {
    let mut v: Vec<&CritStat> = stats.iter().filter(|s| !s.short.is_empty()).collect();
    if levels {
        v.sort_by_key(|s| std::cmp::Reverse((s.failing.len(), s.short.len())));
    } else {
        v.sort_by_key(|s| std::cmp::Reverse((s.lost, s.short.len())));
    }
    v
}

fn unit_label(folder: &str, r: &std::result::Result<DistrictUnit, String>) -> String {
    match r {
        Ok(a) => a.name.clone().unwrap_or_else(|| folder.to_string()),
        Err(_) => folder.to_string(),
    }
}

fn as_of(rows: &[DistrictRow]) -> Option<chrono::NaiveDate> {
    rows.iter()
        .find_map(|(_, r)| r.as_ref().ok().map(|a| a.as_of))
}

const DISTRICT_CSS: &str = r#"
.cards { display: flex; gap: 3mm; margin: 2mm 0 3mm; }
.card { flex: 1; border: 1px solid #bbb; border-radius: 2mm; padding: 1.5mm 3mm; text-align: center; }
.card .n { font-size: 20pt; font-weight: bold; line-height: 1.1; }
.card .k { font-size: 9.5pt; color: #444; }
.chart { display: block; margin: 1mm 0 2mm; }
.units td.name { font-weight: bold; }
.chip { display: inline-block; width: 3mm; height: 3mm; border-radius: 0.6mm; margin-right: 1.5mm; vertical-align: middle; }
.err { color: #9b1c1c; }
.heat { font-size: 9pt; table-layout: fixed; }
.heat th, .heat td { text-align: center; padding: 1px 2px; }
.heat td.unit, .heat th.unit { text-align: left; width: 34%; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.heat th.worst { background: #f3c4c4; }
.heat td.v0 { background: #ef9a9a; font-weight: bold; }
.heat td.v1 { background: #ffe082; }
.heat td.v2 { background: #c5e1a5; }
.heat td.v3 { background: #81c784; }
.heat td.na { background: #eeeeee; color: #777; }
.heat td.nd { background: repeating-linear-gradient(45deg, #fff, #fff 2px, #ddd 2px, #ddd 4px); }
.heat tr.sum td { font-weight: bold; background: #f6f6f6; }
.legend { font-size: 9.5pt; margin: 1mm 0 3mm; }
.legend span.sw { display: inline-block; width: 4mm; height: 3mm; border: 1px solid #999; vertical-align: middle; margin: 0 1mm 0 3mm; }
.rank li { margin: 1mm 0; font-size: 10.5pt; }
.keys { font-size: 9pt; columns: 2; column-gap: 6mm; padding-left: 0; list-style: none; }
.keys li { break-inside: avoid; }
"#;

/// The district report as one self-contained HTML page.
pub fn district_html(rows: &[UnitResult], rubric: &Rubric, lang: Lang) -> String {
    render_html(&compact(rows), rubric, lang)
}

/// [`district_html`] over what a batch kept of each unit.
pub fn render_html(rows: &[DistrictRow], rubric: &Rubric, lang: Lang) -> String {
    let t = |vi: &'static str, en: &'static str| lang.pick(vi, en);
    let levels = rubric.kind == RubricKind::Levels;
    let cls = classes(rows, rubric, lang);
    let st = stats(rows, rubric, lang);
    let rank = ranking(&st, levels);
    let ok = rows.iter().filter(|(_, r)| r.is_ok()).count();
    let recognised = rows
        .iter()
        .filter(|(_, r)| r.as_ref().is_ok_and(|a| a.outcome.recognized))
        .count();
    let errors = rows.len() - ok;
    let title = t(
        "BÁO CÁO TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ \"ĐƠN VỊ HỌC TẬP\"",
        "DISTRICT SUMMARY OF \"LEARNING UNIT\" SELF-ASSESSMENTS",
    );
    let mut b = String::from("<main class=\"sheet\">\n");
    let _ = writeln!(b, "<h1>{}</h1>", escape(title));
    let _ = writeln!(
        b,
        "<p class=\"subtitle\">{} [{} {}]{}</p>",
        escape(lang.pick(&rubric.title, &rubric.title_en)),
        escape(&rubric.id),
        escape(&rubric.version),
        as_of(rows)
            .map(|d| format!(
                " — {} {}",
                t("tính đến ngày", "as of"),
                escape(&summary::date(d))
            ))
            .unwrap_or_default()
    );

    // Key figures.
    let card = |n: usize, k: &str, color: &str| {
        format!(
            "<div class=\"card\"><div class=\"n\" style=\"color:{color}\">{n}</div><div class=\"k\">{}</div></div>",
            escape(k)
        )
    };
    let _ = writeln!(
        b,
        "<div class=\"cards\">{}{}{}{}</div>",
        card(rows.len(), t("đơn vị", "units"), "#111"),
        card(
            recognised,
            t("đủ điều kiện công nhận", "recognised"),
            "#2e7d32"
        ),
        card(
            ok - recognised,
            t("chưa đủ điều kiện", "not recognised"),
            "#c62828"
        ),
        card(errors, t("không đọc được", "could not be read"), "#757575"),
    );

    // 1. The outcome chart.
    let _ = writeln!(
        b,
        "<h2>1. {}</h2>",
        t("Kết quả theo mức công nhận", "Outcomes")
    );
    b.push_str(&outcome_chart(&cls, rows.len(), lang));
    if rubric
        .classification
        .as_ref()
        .is_some_and(|c| c.provisional)
        || rubric.provisional().iter().any(|p| p == "level_2")
    {
        let _ = writeln!(
            b,
            "<p class=\"small prov\">(*) {}</p>",
            t(
                "Kết quả dựa trên một số ngưỡng TẠM THỜI của bộ tiêu chí (xem báo cáo từng đơn vị); cần đối chiếu văn bản.",
                "Outcomes rely on PROVISIONAL rubric thresholds (see each unit's report); check against the text."
            )
        );
    }

    // 2. What holds the district back.
    let _ = writeln!(
        b,
        "<h2>2. {}</h2>",
        t(
            "Chỉ tiêu kìm hãm kết quả của địa bàn",
            "Indicators holding the district back"
        )
    );
    if rank.is_empty() {
        let _ = writeln!(
            b,
            "<p>{}</p>",
            t(
                "Mọi chỉ tiêu đạt mức / điểm cao nhất ở mọi đơn vị.",
                "Every indicator is at its top level or points in every unit."
            )
        );
    } else {
        b.push_str("<ol class=\"rank\">\n");
        for s in rank.iter().take(5) {
            let names: Vec<String> = (if s.failing.is_empty() {
                &s.short
            } else {
                &s.failing
            })
            .iter()
            .filter_map(|i| rows.get(*i))
            .map(|(f, r)| unit_label(f, r))
            .collect();
            let figure = if levels {
                match lang {
                    Lang::Vi => format!(
                        "{}/{} đơn vị chưa đạt mức 1, {}/{} chưa đạt mức cao nhất",
                        s.failing.len(),
                        s.scored,
                        s.short.len(),
                        s.scored
                    ),
                    Lang::En => format!(
                        "{} of {} units below level 1, {} of {} below the top level",
                        s.failing.len(),
                        s.scored,
                        s.short.len(),
                        s.scored
                    ),
                }
            } else {
                match lang {
                    Lang::Vi => format!(
                        "mất {} điểm trên toàn địa bàn; {}/{} đơn vị chưa đạt điểm tối đa",
                        number(s.lost, lang),
                        s.short.len(),
                        s.scored
                    ),
                    Lang::En => format!(
                        "{} points lost across the district; {} of {} units below the maximum",
                        number(s.lost, lang),
                        s.short.len(),
                        s.scored
                    ),
                }
            };
            let _ = writeln!(
                b,
                "<li><b>{}</b> — {}: <b>{}</b>. <span class=\"muted\">{}: {}</span></li>",
                escape(&s.id),
                escape(&s.title),
                escape(&figure),
                if s.failing.is_empty() {
                    t("Đơn vị", "Units")
                } else if levels {
                    t("Đơn vị chưa đạt", "Units not reaching it")
                } else {
                    t("Đơn vị 0 điểm", "Units with 0 points")
                },
                escape(&list_some(&names, 8, lang))
            );
        }
        b.push_str("</ol>\n");
    }

    // 3. The heat map.
    let worst: Vec<&str> = rank
        .iter()
        .take(3)
        .filter(|s| if levels { !s.failing.is_empty() } else { true })
        .map(|s| s.id.as_str())
        .collect();
    let _ = writeln!(
        b,
        "<h2>3. {}</h2>",
        if levels {
            t(
                "Bản đồ nhiệt: mức đạt của từng chỉ tiêu",
                "Heat map: level reached by indicator",
            )
        } else {
            t(
                "Bản đồ nhiệt: điểm của từng tiêu chí",
                "Heat map: points by criterion",
            )
        }
    );
    heat_map(&mut b, rows, rubric, &st, &worst, lang);

    // 4. One row per unit.
    let _ = writeln!(
        b,
        "<h2>4. {}</h2>",
        t("Kết quả từng đơn vị", "Unit by unit")
    );
    let _ = writeln!(
        b,
        "<table class=\"grid units\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        t("TT", "No."),
        t("Đơn vị (thư mục)", "Unit (folder)"),
        t("Thành viên được tính", "Members counted"),
        if levels {
            t("Mức thấp nhất của chỉ tiêu", "Lowest indicator level")
        } else {
            t("Tổng điểm", "Total")
        },
        t("Kết quả", "Outcome"),
        t("Cảnh báo", "Warnings"),
        t("Ghi chú", "Notes"),
    );
    for (i, (folder, r)) in rows.iter().enumerate() {
        match r {
            Ok(a) => {
                let _ = writeln!(
                    b,
                    "<tr><td class=\"c\">{}</td><td class=\"name\">{}<br><span class=\"small muted\">{}</span></td><td class=\"c\">{}/{}</td><td class=\"c\">{}</td><td><span class=\"chip\" style=\"background:{}\"></span>{}{}</td><td class=\"c\">{}</td><td class=\"small\">{}</td></tr>",
                    i + 1,
                    escape(&unit_label(folder, r)),
                    escape(folder),
                    a.members.counted,
                    a.members.total,
                    if levels {
                        a.outcome.indicators_level.map(|l| l.to_string()).unwrap_or_default()
                    } else {
                        a.total
                            .as_ref()
                            .map(|t| {
                                format!(
                                    "{}/{} {}",
                                    number(t.points, lang),
                                    number(t.max_points, lang),
                                    lang.pick("điểm", "points")
                                )
                            })
                            .unwrap_or_default()
                    },
                    class_color(a, lang, &cls),
                    escape(a.outcome.label(lang)),
                    if a.outcome.provisional { " <span class=\"prov\">(*)</span>" } else { "" },
                    a.warnings,
                    a.outcome
                        .level_2_from
                        .map(|d| escape(&format!(
                            "{} {}",
                            t("Có thể đề nghị mức độ 2 từ", "May apply for level 2 from"),
                            summary::date(d)
                        )))
                        .unwrap_or_default()
                );
            }
            Err(e) => {
                let _ = writeln!(
                    b,
                    "<tr><td class=\"c\">{}</td><td class=\"name\">{}</td><td class=\"c\">—</td><td class=\"c\">—</td><td><span class=\"chip\" style=\"background:#757575\"></span>{}</td><td class=\"c\">—</td><td class=\"small err\">{}</td></tr>",
                    i + 1,
                    escape(folder),
                    escape(t("Lỗi", "Error")),
                    escape(e)
                );
            }
        }
    }
    b.push_str("</tbody></table>\n");
    criteria_key(&mut b, rubric, lang);
    let _ = writeln!(
        b,
        "<p class=\"provenance\">{} dvht {}; {} {} {} (sha256 {}).</p>",
        t("Lập bằng", "Made with"),
        env!("CARGO_PKG_VERSION"),
        t("bộ tiêu chí", "rubric"),
        escape(&rubric.id),
        escape(&rubric.version),
        escape(&rubric.sha256)
    );
    b.push_str("</main>\n");
    page(lang, title, DISTRICT_CSS, &b)
}

/// `A, B, C và 4 đơn vị khác`: the first `max` names, then how many more.
fn list_some(names: &[String], max: usize, lang: Lang) -> String {
    if names.len() <= max {
        return names.join(", ");
    }
    let more = names.len() - max;
    format!(
        "{} {} {more} {}",
        names[..max].join(", "),
        lang.pick("và", "and"),
        lang.pick("đơn vị khác", "more")
    )
}

/// A horizontal bar chart of units per outcome, as inline SVG.
fn outcome_chart(cls: &[Class], total: usize, lang: Lang) -> String {
    let bar_h = 26;
    let gap = 8;
    let label_w = 210;
    let bar_w = 360;
    let h = cls.len() * (bar_h + gap) + gap;
    let w = label_w + bar_w + 110;
    let max = cls.iter().map(|c| c.units).max().unwrap_or(0).max(1);
    let mut s = format!(
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{}\">\n<title>{}</title>\n",
        escape(lang.pick("Số đơn vị theo kết quả", "Units by outcome")),
        escape(lang.pick("Số đơn vị theo kết quả", "Units by outcome"))
    );
    let _ = writeln!(
        s,
        "<line x1=\"{label_w}\" y1=\"0\" x2=\"{label_w}\" y2=\"{h}\" stroke=\"#555\" stroke-width=\"1\"/>"
    );
    for (i, c) in cls.iter().enumerate() {
        let y = gap + i * (bar_h + gap);
        let len = if c.units == 0 {
            0
        } else {
            (c.units * bar_w / max).max(2)
        };
        let share = if total == 0 {
            String::new()
        } else {
            format!(" ({})", percent(c.units as u64, total as u64, lang))
        };
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"14\" font-family=\"Times New Roman, Liberation Serif, DejaVu Serif, serif\">{}</text>\n\
<rect x=\"{label_w}\" y=\"{y}\" width=\"{len}\" height=\"{bar_h}\" fill=\"{}\"/>\n\
<text x=\"{}\" y=\"{}\" font-size=\"14\" font-weight=\"bold\" font-family=\"Times New Roman, Liberation Serif, DejaVu Serif, serif\">{}{}</text>",
            label_w - 8,
            y + bar_h / 2 + 5,
            escape(&c.label),
            c.color,
            label_w + len + 6,
            y + bar_h / 2 + 5,
            c.units,
            escape(&share)
        );
    }
    s.push_str("</svg>\n");
    s
}

fn heat_map(
    b: &mut String,
    rows: &[DistrictRow],
    rubric: &Rubric,
    st: &[CritStat],
    worst: &[&str],
    lang: Lang,
) {
    let t = |vi: &'static str, en: &'static str| lang.pick(vi, en);
    let levels = rubric.kind == RubricKind::Levels;
    let ids: Vec<&str> = rubric.criteria.iter().map(|c| c.id.as_str()).collect();
    b.push_str("<table class=\"grid heat\"><thead><tr>");
    let _ = write!(b, "<th class=\"unit\">{}</th>", t("Đơn vị", "Unit"));
    for c in &rubric.criteria {
        let _ = write!(
            b,
            "<th{} title=\"{}\">{}</th>",
            if worst.contains(&c.id.as_str()) {
                " class=\"worst\""
            } else {
                ""
            },
            escape(c.title(lang)),
            escape(&c.id)
        );
    }
    b.push_str("</tr></thead><tbody>\n");
    for (folder, r) in rows {
        let _ = write!(
            b,
            "<tr><td class=\"unit\" title=\"{}\">{}</td>",
            escape(folder),
            escape(&unit_label(folder, r))
        );
        match r {
            Err(e) => {
                let _ = write!(
                    b,
                    "<td class=\"na err\" colspan=\"{}\" title=\"{}\">{}</td>",
                    ids.len(),
                    escape(e),
                    escape(t("lỗi: không đọc được", "error: could not be read"))
                );
            }
            Ok(a) => {
                for (at, (id, def)) in ids.iter().zip(&rubric.criteria).enumerate() {
                    let Some(c) = a.cell(at, id) else {
                        b.push_str("<td class=\"na\">—</td>");
                        continue;
                    };
                    let tip = format!("{} — {}: {}", c.id, c.measured(lang), c.score(levels, lang));
                    let (class, text) = if !c.applicable {
                        ("na".to_string(), "—".to_string())
                    } else if levels {
                        let l = c.level.unwrap_or(0);
                        let top = def_top_level(rubric, def);
                        let class = if l == 0 {
                            "v0"
                        } else if l >= top {
                            "v3"
                        } else {
                            "v1"
                        };
                        (class.to_string(), l.to_string())
                    } else {
                        let p = c.points.unwrap_or_default();
                        let m = c.max_points.unwrap_or_default();
                        let class = if p >= m {
                            "v3"
                        } else if p.is_zero() {
                            "v0"
                        } else if p * Decimal::TWO >= m {
                            "v2"
                        } else {
                            "v1"
                        };
                        (class.to_string(), number(p, lang))
                    };
                    let class = if c.assessed {
                        class
                    } else {
                        format!("{class} nd")
                    };
                    let _ = write!(
                        b,
                        "<td class=\"{class}\" title=\"{}\">{}{}</td>",
                        escape(&tip),
                        escape(&text),
                        if c.assessed { "" } else { "?" }
                    );
                }
            }
        }
        b.push_str("</tr>\n");
    }
    // The district's row: how many units each criterion leaves short.
    let _ = write!(
        b,
        "<tr class=\"sum\"><td class=\"unit\">{}</td>",
        if levels {
            t("Số đơn vị chưa đạt mức 1", "Units below level 1")
        } else {
            t("Điểm bị mất (cả địa bàn)", "Points lost (district)")
        }
    );
    for s in st {
        let _ = write!(
            b,
            "<td>{}</td>",
            if levels {
                s.failing.len().to_string()
            } else {
                number(s.lost, lang)
            }
        );
    }
    b.push_str("</tr>\n");
    let _ = write!(
        b,
        "<tr class=\"sum\"><td class=\"unit\">{}</td>",
        if levels {
            t(
                "Số đơn vị chưa đạt mức cao nhất",
                "Units below the top level",
            )
        } else {
            t("Số đơn vị chưa đạt điểm tối đa", "Units below the maximum")
        }
    );
    for s in st {
        let _ = write!(b, "<td>{}</td>", s.short.len());
    }
    b.push_str("</tr>\n</tbody></table>\n");

    // Legend and the key to the column headings.
    let sw = |color: &str, label: &str| {
        format!(
            "<span class=\"sw\" style=\"background:{color}\"></span>{}",
            escape(label)
        )
    };
    let _ = writeln!(
        b,
        "<p class=\"legend\">{}{}{}{}{} {}</p>",
        if levels {
            sw("#ef9a9a", t("0: không đạt", "0: not reached"))
        } else {
            sw("#ef9a9a", t("0 điểm", "0 points"))
        },
        if levels {
            sw("#ffe082", t("đạt mức 1", "level 1"))
        } else {
            sw(
                "#ffe082",
                t("dưới nửa điểm tối đa", "under half the maximum"),
            )
        },
        if levels {
            String::new()
        } else {
            sw(
                "#c5e1a5",
                t("từ nửa điểm tối đa", "half the maximum or more"),
            )
        },
        if levels {
            sw("#81c784", t("đạt mức cao nhất", "top level"))
        } else {
            sw("#81c784", t("điểm tối đa", "maximum"))
        },
        sw("#eeeeee", t("không áp dụng", "not applicable")),
        escape(t(
            "· ? chưa đánh giá · cột tô đỏ: chỉ tiêu kìm hãm nhiều nhất",
            "· ? not assessed · red headings: the indicators holding back most"
        ))
    );
}

/// The key to the heat map's column headings.
fn criteria_key(b: &mut String, rubric: &Rubric, lang: Lang) {
    let _ = writeln!(
        b,
        "<h3>{}</h3>",
        lang.pick("Chú giải mã chỉ tiêu", "Key to the indicator IDs")
    );
    b.push_str("<ul class=\"keys\">");
    for c in &rubric.criteria {
        let _ = write!(
            b,
            "<li><b>{}</b> {}</li>",
            escape(&c.id),
            escape(c.title(lang))
        );
    }
    b.push_str("</ul>\n");
}

/// The district report as an Excel workbook: units, outcomes (with a chart), the
/// heat map, member ratios, and the indicators ranked by how much they hold back.
pub fn district_xlsx(rows: &[UnitResult], rubric: &Rubric, lang: Lang) -> Result<Vec<u8>> {
    render_xlsx(&compact(rows), rubric, lang)
}

/// [`district_xlsx`] over what a batch kept of each unit.
pub fn render_xlsx(rows: &[DistrictRow], rubric: &Rubric, lang: Lang) -> Result<Vec<u8>> {
    build_xlsx(rows, rubric, lang).map_err(xlsx_error)
}

fn build_xlsx(rows: &[DistrictRow], rubric: &Rubric, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let t = |vi: &'static str, en: &'static str| lang.pick(vi, en);
    let levels = rubric.kind == RubricKind::Levels;
    let f = Formats::new();
    let cls = classes(rows, rubric, lang);
    let st = stats(rows, rubric, lang);
    let mut wb = Workbook::new();

    // Sheet 1: one row per unit.
    let units = t("Đơn vị", "Units");
    let ws = wb.add_worksheet();
    ws.set_name(units)?;
    print_setup(ws);
    let mut cols: Vec<(&str, u16)> = vec![
        (t("TT", "No."), 5),
        (t("Thư mục", "Folder"), 22),
        (t("Tên đơn vị", "Unit name"), 34),
        (t("Tổng thành viên", "Members"), 10),
        (t("Được tính", "Counted"), 10),
    ];
    if levels {
        cols.push((t("Mức công nhận", "Level"), 10));
        cols.push((
            t("Mức thấp nhất của chỉ tiêu", "Lowest indicator level"),
            12,
        ));
    } else {
        cols.push((t("Tổng điểm", "Total points"), 10));
        cols.push((t("Điểm tối đa", "Max points"), 10));
    }
    cols.extend_from_slice(&[
        (t("Kết quả", "Outcome"), 16),
        (t("Đủ điều kiện công nhận", "Recognised"), 12),
        (t("Tạm thời (*)", "Provisional (*)"), 10),
        (t("Số cảnh báo", "Warnings"), 10),
        (t("Có thể đề nghị mức 2 từ", "Level 2 from"), 13),
        (t("Lỗi", "Error"), 50),
    ]);
    header_row(ws, 0, &cols, &f)?;
    for (i, (folder, r)) in rows.iter().enumerate() {
        let row = i as u32 + 1;
        put_int(ws, row, 0, (i + 1) as u64, &f.int)?;
        ws.write_string_with_format(row, 1, clip(folder), &f.text)?;
        match r {
            Ok(a) => {
                ws.write_string_with_format(row, 2, clip(unit_label(folder, r)), &f.text)?;
                put_int(ws, row, 3, a.members.total, &f.int)?;
                put_int(ws, row, 4, a.members.counted, &f.int)?;
                if levels {
                    if let Some(l) = a.outcome.level {
                        put_int(ws, row, 5, u64::from(l), &f.int)?;
                    }
                    if let Some(l) = a.outcome.indicators_level {
                        put_int(ws, row, 6, u64::from(l), &f.int)?;
                    }
                } else if let Some(tot) = &a.total {
                    put_dec(ws, row, 5, tot.points, &f.decimal)?;
                    put_dec(ws, row, 6, tot.max_points, &f.decimal)?;
                }
                ws.write_string_with_format(row, 7, clip(a.outcome.label(lang)), &f.text)?;
                ws.write_string_with_format(
                    row,
                    8,
                    if a.outcome.recognized {
                        t("Có", "Yes")
                    } else {
                        t("Không", "No")
                    },
                    &f.text,
                )?;
                if a.outcome.provisional {
                    ws.write_string_with_format(row, 9, "*", &f.text)?;
                }
                put_int(ws, row, 10, a.warnings as u64, &f.int)?;
                if let Some(d) = a.outcome.level_2_from.and_then(excel_date) {
                    ws.write_datetime_with_format(row, 11, &d, &f.date)?;
                }
            }
            Err(e) => {
                ws.write_string_with_format(row, 7, t("Lỗi", "Error"), &f.text)?;
                ws.write_string_with_format(row, 12, clip(e), &f.text)?;
            }
        }
    }
    if !rows.is_empty() {
        ws.autofilter(0, 0, rows.len() as u32, (cols.len() - 1) as u16)?;
    }

    // Sheet 2: outcome counts and their chart.
    let outcomes = t("Kết quả", "Outcomes");
    let ws = wb.add_worksheet();
    ws.set_name(outcomes)?;
    header_row(
        ws,
        0,
        &[
            (t("Kết quả", "Outcome"), 28),
            (t("Số đơn vị", "Units"), 10),
            (t("Tỷ lệ", "Share"), 10),
        ],
        &f,
    )?;
    for (i, c) in cls.iter().enumerate() {
        let row = i as u32 + 1;
        ws.write_string_with_format(row, 0, clip(&c.label), &f.text)?;
        put_int(ws, row, 1, c.units as u64, &f.int)?;
        put_ratio(ws, row, 2, c.units as u64, rows.len() as u64, &f.percent)?;
    }
    let last = cls.len() as u32;
    let total_row = last + 1;
    ws.write_string_with_format(total_row, 0, t("Tổng", "Total"), &f.bold)?;
    put_int(ws, total_row, 1, rows.len() as u64, &f.int)?;
    let mut chart = Chart::new_bar();
    chart
        .title()
        .set_name(t("Số đơn vị theo kết quả", "Units by outcome"));
    chart.legend().set_hidden();
    let points: Vec<ChartPoint> = cls
        .iter()
        .map(|c| {
            ChartPoint::new().set_format(
                ChartFormat::new().set_solid_fill(ChartSolidFill::new().set_color(c.color)),
            )
        })
        .collect();
    let mut label = ChartDataLabel::new();
    label.show_value();
    chart
        .add_series()
        .set_categories((outcomes, 1, 0, last, 0))
        .set_values((outcomes, 1, 1, last, 1))
        .set_points(&points)
        .set_data_label(&label);
    chart.y_axis().set_reverse();
    chart.x_axis().set_min(0).set_major_unit(1);
    chart.set_width(560).set_height(300);
    ws.insert_chart(1, 4, &chart)?;
    print_setup(ws);

    // Sheet 3: the heat map — levels or points, one column per criterion.
    let ws = wb.add_worksheet();
    ws.set_name(t("Bản đồ nhiệt", "Heat map"))?;
    print_setup(ws);
    let mut cols: Vec<(&str, u16)> = vec![(t("Thư mục", "Folder"), 20), (t("Đơn vị", "Unit"), 30)];
    for c in &rubric.criteria {
        cols.push((c.id.as_str(), 7));
    }
    header_row(ws, 0, &cols, &f)?;
    ws.set_freeze_panes(1, 2)?;
    for (i, (folder, r)) in rows.iter().enumerate() {
        let row = i as u32 + 1;
        ws.write_string_with_format(row, 0, clip(folder), &f.text)?;
        ws.write_string_with_format(row, 1, clip(unit_label(folder, r)), &f.text)?;
        match r {
            Err(_) => {
                ws.write_string_with_format(row, 2, t("lỗi", "error"), &f.text)?;
            }
            Ok(a) => {
                for (j, def) in rubric.criteria.iter().enumerate() {
                    let col = j as u16 + 2;
                    let Some(c) = a.cell(j, &def.id) else {
                        continue;
                    };
                    if !c.applicable {
                        ws.write_string_with_format(row, col, "—", &f.text)?;
                    } else if levels {
                        put_int(ws, row, col, u64::from(c.level.unwrap_or(0)), &f.int_c)?;
                    } else {
                        put_dec(ws, row, col, c.points.unwrap_or_default(), &f.decimal_c)?;
                    }
                }
            }
        }
    }
    let n = rows.len() as u32;
    if n > 0 {
        for (j, def) in rubric.criteria.iter().enumerate() {
            let col = j as u16 + 2;
            let max = if levels {
                Decimal::from(def_top_level(rubric, def))
            } else {
                def.max_points.unwrap_or(Decimal::ONE)
            };
            color_scale(ws, (1, n, col), max)?;
        }
    }
    let sum = n + 2;
    ws.write_string_with_format(
        sum,
        1,
        if levels {
            t("Số đơn vị chưa đạt mức 1", "Units below level 1")
        } else {
            t("Điểm bị mất (cả địa bàn)", "Points lost (district)")
        },
        &f.bold,
    )?;
    ws.write_string_with_format(
        sum + 1,
        1,
        if levels {
            t(
                "Số đơn vị chưa đạt mức cao nhất",
                "Units below the top level",
            )
        } else {
            t("Số đơn vị chưa đạt điểm tối đa", "Units below the maximum")
        },
        &f.bold,
    )?;
    for (j, s) in st.iter().enumerate() {
        let col = j as u16 + 2;
        if levels {
            put_int(ws, sum, col, s.failing.len() as u64, &f.int_c)?;
        } else {
            put_dec(ws, sum, col, s.lost, &f.decimal_c)?;
        }
        put_int(ws, sum + 1, col, s.short.len() as u64, &f.int_c)?;
    }

    // Sheet 4: member ratios, one column per member-ratio criterion.
    let ws = wb.add_worksheet();
    ws.set_name(t("Tỷ lệ thành viên", "Member ratios"))?;
    print_setup(ws);
    let member_ids: Vec<(usize, &str)> = rubric
        .criteria
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.measure, Measure::Members { .. }))
        .map(|(at, c)| (at, c.id.as_str()))
        .collect();
    let mut cols: Vec<(&str, u16)> = vec![
        (t("Thư mục", "Folder"), 20),
        (t("Đơn vị", "Unit"), 30),
        (t("Được tính", "Counted"), 9),
    ];
    for (_, id) in &member_ids {
        cols.push((id, 8));
    }
    header_row(ws, 0, &cols, &f)?;
    ws.set_freeze_panes(1, 2)?;
    for (i, (folder, r)) in rows.iter().enumerate() {
        let row = i as u32 + 1;
        ws.write_string_with_format(row, 0, clip(folder), &f.text)?;
        ws.write_string_with_format(row, 1, clip(unit_label(folder, r)), &f.text)?;
        let Ok(a) = r else { continue };
        put_int(ws, row, 2, a.members.counted, &f.int)?;
        for (j, (at, id)) in member_ids.iter().enumerate() {
            let Some(c) = a.cell(*at, id) else {
                continue;
            };
            if let (Some(nn), Some(d), true) = (c.numerator, c.denominator, c.applicable) {
                put_ratio(ws, row, j as u16 + 3, nn, d, &f.percent)?;
            }
        }
    }

    // Sheet 5: indicators ranked by how much they hold the district back.
    let ws = wb.add_worksheet();
    ws.set_name(t("Chỉ tiêu kìm hãm", "Holding back"))?;
    print_setup(ws);
    let mut cols: Vec<(&str, u16)> = vec![
        (t("Hạng", "Rank"), 6),
        (t("Mã", "ID"), 6),
        (t("Chỉ tiêu", "Indicator"), 60),
        (t("Số đơn vị được chấm", "Units scored"), 10),
    ];
    if levels {
        cols.push((t("Chưa đạt mức 1", "Below level 1"), 10));
        cols.push((t("Chưa đạt mức cao nhất", "Below the top level"), 12));
    } else {
        cols.push((t("Điểm bị mất", "Points lost"), 10));
        cols.push((t("Chưa đạt điểm tối đa", "Below the maximum"), 12));
    }
    cols.push((t("Đơn vị chưa đạt", "Units short"), 70));
    header_row(ws, 0, &cols, &f)?;
    for (i, s) in ranking(&st, levels).iter().enumerate() {
        let row = i as u32 + 1;
        put_int(ws, row, 0, (i + 1) as u64, &f.int)?;
        ws.write_string_with_format(row, 1, clip(&s.id), &f.text)?;
        ws.write_string_with_format(row, 2, clip(&s.title), &f.text)?;
        put_int(ws, row, 3, s.scored as u64, &f.int)?;
        if levels {
            put_int(ws, row, 4, s.failing.len() as u64, &f.int)?;
        } else {
            put_dec(ws, row, 4, s.lost, &f.decimal)?;
        }
        put_int(ws, row, 5, s.short.len() as u64, &f.int)?;
        let names: Vec<String> = s
            .short
            .iter()
            .filter_map(|i| rows.get(*i))
            .map(|(f, r)| unit_label(f, r))
            .collect();
        ws.write_string_with_format(row, 6, clip(names.join(", ")), &f.text)?;
    }

    wb.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{assess, Options};

    fn examples(rubric: &Rubric) -> Vec<UnitResult> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        let opts = Options {
            as_of: chrono::NaiveDate::from_ymd_opt(2025, 6, 30).unwrap(),
            strict_evidence: false,
            explain: false,
        };
        let mut rows: Vec<UnitResult> = ["mn-hoa-sen", "th-tan-hoa-1", "thpt-so-2-tuy-phuoc"]
            .iter()
            .map(|f| {
                let u = crate::unit::load(&root.join(f).join("roster.csv"), None, rubric)
                    .expect("example loads");
                (
                    f.to_string(),
                    Ok(assess(rubric, &u.roster, u.manifest.as_ref(), &opts)),
                )
            })
            .collect();
        rows.push((
            "zz-<script>&".into(),
            Err("roster.csv:3:2: `maybe` <b>".into()),
        ));
        rows
    }

    #[test]
    fn tt24_classes_and_ranking_follow_the_examples() {
        let rubric = crate::rubric::load("tt24").unwrap();
        let rows = compact(&examples(&rubric));
        let cls = classes(&rows, &rubric, Lang::Vi);
        let counts: Vec<(String, usize)> = cls.iter().map(|c| (c.label.clone(), c.units)).collect();
        assert_eq!(
            counts,
            vec![
                ("Đạt mức độ 2".to_string(), 0),
                ("Đạt mức độ 1".to_string(), 2),
                ("Không đạt".to_string(), 1),
                ("Không đọc được (lỗi)".to_string(), 1),
            ]
        );
        let st = stats(&rows, &rubric, Lang::Vi);
        let rank = ranking(&st, true);
        // mn-hoa-sen fails 2.1, 2.2 and 2.5 at level 0; 2.5 is also short elsewhere.
        let first: Vec<&str> = rank.iter().take(3).map(|s| s.id.as_str()).collect();
        assert!(first.contains(&"2.5"), "{first:?}");
        let s25 = st.iter().find(|s| s.id == "2.5").unwrap();
        assert_eq!(s25.failing, vec![0]);
        assert_eq!(s25.short, vec![0, 1]);
        assert_eq!(s25.scored, 3);
    }

    #[test]
    fn a_district_unit_keeps_every_criterion() {
        let rubric = crate::rubric::load("tt24").unwrap();
        let rows = examples(&rubric);
        let Ok(a) = &rows[1].1 else { panic!() };
        let u = DistrictUnit::from(a);
        assert_eq!(u.criteria.len(), 14);
        let c22 = u.criteria.iter().find(|c| c.id == "2.2").unwrap();
        assert_eq!(
            (c22.numerator, c22.denominator, c22.level),
            (Some(32), Some(34), Some(1))
        );
        assert_eq!(c22.score(true, Lang::Vi), "Đạt mức 1");
        assert_eq!(c22.measured(Lang::Vi), "32/34 (94,1 %)");
        assert_eq!(
            render_html(&compact(&rows), &rubric, Lang::Vi),
            district_html(&rows, &rubric, Lang::Vi)
        );
    }

    #[test]
    fn long_lists_are_cut() {
        let names: Vec<String> = (1..=10).map(|i| format!("U{i}")).collect();
        assert_eq!(list_some(&names[..2], 8, Lang::Vi), "U1, U2");
        assert_eq!(
            list_some(&names, 8, Lang::Vi),
            "U1, U2, U3, U4, U5, U6, U7, U8 và 2 đơn vị khác"
        );
    }

    #[test]
    fn hanoi_points_lost_add_up() {
        let rubric = crate::rubric::load("hanoi").unwrap();
        let rows = compact(&examples(&rubric));
        let st = stats(&rows, &rubric, Lang::Vi);
        // 300 points available over three units; 53 + 75 + 94 = 222 scored.
        let lost: Decimal = st.iter().map(|s| s.lost).sum();
        assert_eq!(lost, Decimal::from(300 - 222));
        let s31 = st.iter().find(|s| s.id == "3.1").unwrap();
        assert_eq!(s31.lost, Decimal::from(20 + 10));
    }

    #[test]
    fn html_escapes_folder_and_error_text() {
        let rubric = crate::rubric::load("tt24").unwrap();
        let html = district_html(&examples(&rubric), &rubric, Lang::Vi);
        assert!(!html.contains("<script>"));
        assert!(html.contains("zz-&lt;script&gt;&amp;"));
        assert!(html.contains("`maybe` &lt;b&gt;"));
        assert!(html.contains("<svg"));
        for external in ["<script", "<link", " src=", "url(", "@import"] {
            assert!(!html.contains(external), "{external}");
        }
    }
}
