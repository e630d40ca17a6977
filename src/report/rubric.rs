//! A rubric for people and machines (`dvht rubric show`, `dvht rubric list`): every
//! criterion with what it reads, how it is scored, where each rule comes from, the
//! evidence to collect, and what is provisional.
//!
//! `dvht rubric show --format json` writes `dvht.rubric/1`: serialise-only wire
//! types below; fields may be added, never removed. Figures are decimal strings.

use super::exact;
use crate::lang::Lang;
use crate::rubric::catalog::{Entry, Origin};
use crate::rubric::range::PercentRange;
use crate::rubric::*;
use crate::vocab;
use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};
use rust_decimal::Decimal;
use serde::Serialize;
use std::fmt::Write;

pub const SCHEMA: &str = "dvht.rubric/1";

pub fn kind_label(kind: RubricKind, lang: Lang) -> &'static str {
    match kind {
        RubricKind::Points => lang.pick("tính điểm", "points"),
        RubricKind::Levels => lang.pick("theo mức độ", "levels"),
    }
}

fn kind_code(kind: RubricKind) -> &'static str {
    match kind {
        RubricKind::Points => "points",
        RubricKind::Levels => "levels",
    }
}

/// `8`, `7,5` (vi) / `7.5` (en).
fn num(d: Decimal, lang: Lang) -> String {
    super::number(d, lang)
}

fn provisional_mark(p: bool, lang: Lang) -> &'static str {
    if p {
        lang.pick(" (TẠM THỜI)", " (PROVISIONAL)")
    } else {
        ""
    }
}

/// What a criterion reads, for people: `self_study_plan (cột "Kế hoạch tự học")`.
pub fn inputs_text(c: &Criterion, lang: Lang) -> String {
    match &c.measure {
        Measure::Members { predicate, .. } => {
            let mut parts: Vec<String> = predicate
                .all_of
                .iter()
                .map(|col| {
                    let header = vocab::column(col).map_or("", |d| d.header_vi);
                    format!("{col} ({} \"{header}\")", lang.pick("cột", "column"))
                })
                .collect();
            if let Some((t, _)) = &predicate.title_at_least {
                parts.push(format!(
                    "emulation_title ≥ {t} ({} \"Danh hiệu thi đua\")",
                    lang.pick("cột", "column")
                ));
            }
            format!(
                "{}: {}",
                lang.pick(
                    "tỷ lệ thành viên được tính đáp ứng",
                    "share of counted members meeting"
                ),
                parts.join(lang.pick(" và ", " and "))
            )
        }
        Measure::Facts { .. } => {
            let parts: Vec<String> = c
                .inputs()
                .iter()
                .map(|f| {
                    let title = vocab::fact(f).map_or("", |d| lang.pick(d.title_vi, d.title_en));
                    format!("{f} ({title})")
                })
                .collect();
            format!(
                "{}: {}",
                lang.pick("dữ kiện của đơn vị", "unit facts"),
                parts.join(", ")
            )
        }
    }
}

/// One scoring rule as shown: the condition, the result, provisional or not, the source.
pub struct Rule {
    pub when: String,
    pub result: String,
    pub provisional: bool,
    pub source: String,
}

fn points_text(p: Decimal, lang: Lang) -> String {
    format!("{} {}", num(p, lang), lang.pick("điểm", "points"))
}

/// The bands (highest first, with the gaps of the scale in their place), levels or
/// cases of a criterion.
pub fn rules(c: &Criterion, lang: Lang) -> Vec<Rule> {
    let mut out = Vec::new();
    match &c.measure {
        Measure::Members {
            scale:
                MemberScale::Bands {
                    bands,
                    gap_policy,
                    gap_note,
                },
            ..
        } => {
            let mut rows: Vec<(PercentRange, Rule)> = bands
                .iter()
                .map(|b| {
                    (
                        b.range.clone(),
                        Rule {
                            when: b.range.label(),
                            result: points_text(b.points, lang),
                            provisional: b.provisional,
                            source: b.source.clone(),
                        },
                    )
                })
                .collect();
            for gap in crate::rubric::band::coverage(bands).gaps {
                let result = match gap_policy {
                    Some(GapPolicy::NextLower) => lang
                        .pick(
                            "khoảng trống: tính theo khoảng thấp hơn liền kề, kèm cảnh báo",
                            "gap: scored at the next lower band, with a warning",
                        )
                        .to_string(),
                    Some(GapPolicy::Zero) => lang
                        .pick(
                            "khoảng trống: 0 điểm, kèm cảnh báo",
                            "gap: 0 points, with a warning",
                        )
                        .to_string(),
                    None => lang.pick("khoảng trống", "gap").to_string(),
                };
                rows.push((
                    gap.clone(),
                    Rule {
                        when: gap.label(),
                        result,
                        provisional: false,
                        source: gap_note
                            .as_ref()
                            .map(|(vi, en)| lang.pick(vi, en).to_string())
                            .unwrap_or_default(),
                    },
                ));
            }
            rows.sort_by(|(a, _), (b, _)| {
                b.lo.cmp(&a.lo)
                    .then(a.lo_inclusive.cmp(&b.lo_inclusive))
                    .then(b.hi.cmp(&a.hi))
            });
            out.extend(rows.into_iter().map(|(_, r)| r));
        }
        Measure::Members {
            scale: MemberScale::Levels(levels),
            ..
        } => {
            for l in levels {
                out.push(Rule {
                    when: format!("≥ {} %", num(l.min_percent, lang)),
                    result: format!("{} {}", lang.pick("Mức", "Level"), l.level),
                    provisional: l.provisional,
                    source: l.source.clone(),
                });
            }
        }
        Measure::Facts {
            scale: FactScale::Cases(cases),
        } => {
            for k in cases {
                let when = if k.when.is_empty() {
                    lang.pick("mọi trường hợp khác", "otherwise").to_string()
                } else {
                    k.when
                        .iter()
                        .map(Condition::describe)
                        .collect::<Vec<_>>()
                        .join(" & ")
                };
                out.push(Rule {
                    when,
                    result: format!(
                        "{} — {}",
                        points_text(k.points, lang),
                        lang.pick(&k.label, &k.label_en)
                    ),
                    provisional: false,
                    source: String::new(),
                });
            }
        }
        Measure::Facts {
            scale: FactScale::Levels(levels),
        } => {
            for l in levels {
                out.push(Rule {
                    when: l
                        .when
                        .iter()
                        .map(Condition::describe)
                        .collect::<Vec<_>>()
                        .join(" & "),
                    result: format!("{} {}", lang.pick("Mức", "Level"), l.level),
                    provisional: l.provisional,
                    source: l.source.clone(),
                });
            }
        }
    }
    out
}

/// A criterion's whole scale on one line: `100%: 10 · 80–<100%: 8 · …` or
/// `Mức 1 ≥ 90 % · Mức 2 ≥ 95 % (tạm thời)`.
pub fn scale_summary(c: &Criterion, lang: Lang) -> String {
    let prov = |p: bool| {
        if p {
            lang.pick(" (tạm thời)", " (provisional)")
        } else {
            ""
        }
    };
    match &c.measure {
        Measure::Members {
            scale: MemberScale::Bands { bands, .. },
            ..
        } => {
            let mut sorted: Vec<&Band> = bands.iter().collect();
            sorted.sort_by_key(|b| std::cmp::Reverse(b.range.lo));
            sorted
                .iter()
                .map(|b| {
                    format!(
                        "{}: {}{}",
                        b.range.label(),
                        num(b.points, lang),
                        prov(b.provisional)
                    )
                })
                .collect::<Vec<_>>()
                .join(" · ")
        }
        Measure::Members {
            scale: MemberScale::Levels(ls),
            ..
        } => ls
            .iter()
            .map(|l| {
                format!(
                    "{} {} ≥ {} %{}",
                    lang.pick("Mức", "Level"),
                    l.level,
                    num(l.min_percent, lang),
                    prov(l.provisional)
                )
            })
            .collect::<Vec<_>>()
            .join(" · "),
        _ => rules(c, lang)
            .iter()
            .map(|r| format!("{} → {}{}", r.when, r.result, prov(r.provisional)))
            .collect::<Vec<_>>()
            .join(" · "),
    }
}

fn max_text(m: Option<Decimal>, lang: Lang) -> String {
    m.map(|m| {
        format!(
            " ({} {} {})",
            lang.pick("tối đa", "max"),
            num(m, lang),
            lang.pick("điểm", "points")
        )
    })
    .unwrap_or_default()
}

fn origin_text(r: &Rubric, lang: Lang) -> String {
    if r.origin == "built-in" {
        lang.pick("có sẵn trong dvht", "built into dvht")
            .to_string()
    } else {
        r.origin.clone()
    }
}

fn provisional_parts(r: &Rubric, lang: Lang) -> String {
    let p = r.provisional();
    if p.is_empty() {
        lang.pick("không", "none").to_string()
    } else {
        p.join(", ")
    }
}

/// Criteria grouped as the rubric declares them (criteria of undeclared groups last).
fn by_group(r: &Rubric) -> Vec<(Option<&Group>, Vec<&Criterion>)> {
    let mut out: Vec<(Option<&Group>, Vec<&Criterion>)> = r
        .groups
        .iter()
        .map(|g| {
            (
                Some(g),
                r.criteria.iter().filter(|c| c.group == g.id).collect(),
            )
        })
        .collect();
    let rest: Vec<&Criterion> = r
        .criteria
        .iter()
        .filter(|c| !r.groups.iter().any(|g| g.id == c.group))
        .collect();
    if !rest.is_empty() {
        out.push((None, rest));
    }
    out
}

// ------------------------------------------------------------------ text

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

fn outcome_text(out: &mut String, r: &Rubric, lang: Lang) {
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

// ------------------------------------------------------------------ markdown

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

// ------------------------------------------------------------------ JSON

#[derive(Serialize)]
pub struct RubricDocJson {
    pub schema: &'static str,
    pub id: String,
    pub version: String,
    pub kind: &'static str,
    pub title: String,
    pub title_en: String,
    pub legal_basis: String,
    pub source: String,
    /// `built-in` or the file's path.
    pub origin: String,
    pub sha256: String,
    pub max_points: Option<String>,
    /// The parts marked provisional, as in `dvht.assessment/1` `rubric.provisional`.
    pub provisional: Vec<String>,
    pub groups: Vec<GroupJson>,
    pub criteria: Vec<CriterionDocJson>,
    pub classification: Option<ClassificationJson>,
    pub recognition: Option<RecognitionJson>,
}

#[derive(Serialize)]
pub struct GroupJson {
    pub id: String,
    pub title: String,
    pub title_en: String,
    pub max_points: Option<String>,
    pub source: String,
}

#[derive(Serialize)]
pub struct CriterionDocJson {
    pub id: String,
    pub group: String,
    pub title: String,
    pub title_en: String,
    pub source: String,
    pub max_points: Option<String>,
    /// `members` (a share of counted members) or `facts` (unit-level facts).
    pub measure: &'static str,
    /// The roster columns or facts it reads.
    pub inputs: Vec<&'static str>,
    pub members: Option<MembersJson>,
    pub bands: Option<Vec<BandJson>>,
    pub gaps: Vec<String>,
    pub gap_policy: Option<&'static str>,
    pub cases: Option<Vec<CaseJson>>,
    pub levels: Option<Vec<LevelJson>>,
    pub not_applicable_for_kinds: Vec<String>,
    pub evidence_suggestions: Vec<String>,
    pub sub_items: Vec<SubItemDocJson>,
    /// Whether any value this criterion can use is provisional.
    pub provisional: bool,
}

#[derive(Serialize)]
pub struct MembersJson {
    pub all_of: Vec<&'static str>,
    pub title_at_least: Option<String>,
}

#[derive(Serialize)]
pub struct BandJson {
    /// Interval notation over percentages, as in the file: `[80,100)`.
    pub range: String,
    /// The same for people: `80–<100%`.
    pub label: String,
    pub points: String,
    pub provisional: bool,
    pub source: String,
}

#[derive(Serialize)]
pub struct ConditionJson {
    pub fact: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub equals: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub one_of: Option<Vec<&'static str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at_least: Option<&'static str>,
}

#[derive(Serialize)]
pub struct CaseJson {
    pub when: Vec<ConditionJson>,
    pub points: String,
    pub label: String,
    pub label_en: String,
}

#[derive(Serialize)]
pub struct LevelJson {
    pub level: u8,
    pub min_percent: Option<String>,
    pub when: Option<Vec<ConditionJson>>,
    pub provisional: bool,
    pub source: String,
}

#[derive(Serialize)]
pub struct SubItemDocJson {
    pub id: String,
    pub column: &'static str,
    pub points: String,
    pub title: String,
}

#[derive(Serialize)]
pub struct ClassificationJson {
    pub provisional: bool,
    pub source: String,
    pub grades: Vec<GradeJson>,
}

#[derive(Serialize)]
pub struct GradeJson {
    pub id: String,
    pub label: String,
    pub label_en: String,
    pub min_points: String,
    pub recognized: bool,
}

#[derive(Serialize)]
pub struct RecognitionJson {
    pub source: String,
    pub level_2_after_months: u32,
    pub level_2_after_source: String,
    pub validity_months: u32,
    pub validity_source: String,
    pub levels: Vec<LevelLabelJson>,
}

#[derive(Serialize)]
pub struct LevelLabelJson {
    pub level: u8,
    pub label: String,
    pub label_en: String,
}

fn condition_json(c: &Condition) -> ConditionJson {
    let mut j = ConditionJson {
        fact: c.fact.name,
        equals: None,
        one_of: None,
        at_least: None,
    };
    match &c.test {
        Test::IsBool(b) => j.equals = Some(serde_json::Value::Bool(*b)),
        Test::Equals(v) => j.equals = Some(serde_json::Value::String(v.to_string())),
        Test::OneOf(vs) => j.one_of = Some(vs.clone()),
        Test::AtLeast(v, _) => j.at_least = Some(v),
    }
    j
}

pub fn to_json(r: &Rubric) -> RubricDocJson {
    RubricDocJson {
        schema: SCHEMA,
        id: r.id.clone(),
        version: r.version.clone(),
        kind: kind_code(r.kind),
        title: r.title.clone(),
        title_en: r.title_en.clone(),
        legal_basis: r.legal_basis.clone(),
        source: r.source.clone(),
        origin: r.origin.clone(),
        sha256: r.sha256.clone(),
        max_points: r.max_points.map(exact),
        provisional: r.provisional(),
        groups: r
            .groups
            .iter()
            .map(|g| GroupJson {
                id: g.id.clone(),
                title: g.title.clone(),
                title_en: g.title_en.clone(),
                max_points: g.max_points.map(exact),
                source: g.source.clone(),
            })
            .collect(),
        criteria: r.criteria.iter().map(criterion_json).collect(),
        classification: r.classification.as_ref().map(|c| ClassificationJson {
            provisional: c.provisional,
            source: c.source.clone(),
            grades: c
                .grades
                .iter()
                .map(|g| GradeJson {
                    id: g.id.clone(),
                    label: g.label.clone(),
                    label_en: g.label_en.clone(),
                    min_points: exact(g.min_points),
                    recognized: g.recognized,
                })
                .collect(),
        }),
        recognition: r.recognition.as_ref().map(|rec| RecognitionJson {
            source: rec.source.clone(),
            level_2_after_months: rec.level_2_after_months,
            level_2_after_source: rec.level_2_after_source.clone(),
            validity_months: rec.validity_months,
            validity_source: rec.validity_source.clone(),
            levels: rec
                .levels
                .iter()
                .map(|l| LevelLabelJson {
                    level: l.level,
                    label: l.label.clone(),
                    label_en: l.label_en.clone(),
                })
                .collect(),
        }),
    }
}

fn criterion_json(c: &Criterion) -> CriterionDocJson {
    let mut j = CriterionDocJson {
        id: c.id.clone(),
        group: c.group.clone(),
        title: c.title.clone(),
        title_en: c.title_en.clone(),
        source: c.source.clone(),
        max_points: c.max_points.map(exact),
        measure: "facts",
        inputs: c.inputs(),
        members: None,
        bands: None,
        gaps: Vec::new(),
        gap_policy: None,
        cases: None,
        levels: None,
        not_applicable_for_kinds: c.not_applicable_for_kinds.clone(),
        evidence_suggestions: c.evidence_suggestions.clone(),
        sub_items: c
            .sub_items
            .iter()
            .map(|s| SubItemDocJson {
                id: s.id.clone(),
                column: s.column,
                points: exact(s.points),
                title: s.title.clone(),
            })
            .collect(),
        provisional: c.has_provisional(),
    };
    match &c.measure {
        Measure::Members { predicate, scale } => {
            j.measure = "members";
            j.members = Some(MembersJson {
                all_of: predicate.all_of.clone(),
                title_at_least: predicate.title_at_least.as_ref().map(|(t, _)| t.clone()),
            });
            match scale {
                MemberScale::Bands {
                    bands, gap_policy, ..
                } => {
                    j.bands = Some(
                        bands
                            .iter()
                            .map(|b| BandJson {
                                range: b.range.to_string(),
                                label: b.range.label(),
                                points: exact(b.points),
                                provisional: b.provisional,
                                source: b.source.clone(),
                            })
                            .collect(),
                    );
                    j.gaps = crate::rubric::band::coverage(bands)
                        .gaps
                        .iter()
                        .map(|g| g.to_string())
                        .collect();
                    j.gap_policy = gap_policy.map(|p| match p {
                        GapPolicy::NextLower => "next-lower",
                        GapPolicy::Zero => "zero",
                    });
                }
                MemberScale::Levels(ls) => {
                    j.levels = Some(
                        ls.iter()
                            .map(|l| LevelJson {
                                level: l.level,
                                min_percent: Some(exact(l.min_percent)),
                                when: None,
                                provisional: l.provisional,
                                source: l.source.clone(),
                            })
                            .collect(),
                    );
                }
            }
        }
        Measure::Facts { scale } => match scale {
            FactScale::Cases(cases) => {
                j.cases = Some(
                    cases
                        .iter()
                        .map(|k| CaseJson {
                            when: k.when.iter().map(condition_json).collect(),
                            points: exact(k.points),
                            label: k.label.clone(),
                            label_en: k.label_en.clone(),
                        })
                        .collect(),
                );
            }
            FactScale::Levels(ls) => {
                j.levels = Some(
                    ls.iter()
                        .map(|l| LevelJson {
                            level: l.level,
                            min_percent: None,
                            when: Some(l.when.iter().map(condition_json).collect()),
                            provisional: l.provisional,
                            source: l.source.clone(),
                        })
                        .collect(),
                );
            }
        },
    }
    j
}

pub fn json(r: &Rubric) -> String {
    let mut s = serde_json::to_string_pretty(&to_json(r)).expect("plain data serialises");
    s.push('\n');
    s
}

// ------------------------------------------------------------------ list

#[derive(Serialize)]
pub struct ListJson {
    pub schema: &'static str,
    pub dirs: Vec<String>,
    pub rubrics: Vec<ListEntryJson>,
}

#[derive(Serialize)]
pub struct ListEntryJson {
    pub id: Option<String>,
    /// `built-in` or the file's path.
    pub origin: String,
    pub title: Option<String>,
    pub kind: Option<&'static str>,
    pub legal_basis: Option<String>,
    pub provisional: Vec<String>,
    /// Whether `--rubric` can use it (it loads without errors).
    pub usable: bool,
    /// A file with a built-in's id: `--rubric ID` picks the built-in.
    pub shadowed: bool,
    pub errors: usize,
    pub warnings: usize,
    pub problem: Option<String>,
}

fn origin_of(e: &Entry) -> String {
    match &e.origin {
        Origin::Builtin => "built-in".to_string(),
        Origin::File(p) => crate::error::display_path(p),
    }
}

pub fn list_json(entries: &[Entry], dirs: &[std::path::PathBuf], lang: Lang) -> String {
    let j = ListJson {
        schema: "dvht.rubric-list/1",
        dirs: dirs.iter().map(|d| crate::error::display_path(d)).collect(),
        rubrics: entries
            .iter()
            .map(|e| ListEntryJson {
                id: e.id.clone(),
                origin: origin_of(e),
                title: e
                    .rubric
                    .as_ref()
                    .map(|r| lang.pick(&r.title, &r.title_en).to_string()),
                kind: e.rubric.as_ref().map(|r| kind_code(r.kind)),
                legal_basis: e.rubric.as_ref().map(|r| r.legal_basis.clone()),
                provisional: e
                    .rubric
                    .as_ref()
                    .map(|r| r.provisional())
                    .unwrap_or_default(),
                usable: e.rubric.is_some() && (!e.shadowed || e.same_as_builtin),
                shadowed: e.shadowed,
                errors: e.findings.0,
                warnings: e.findings.1,
                problem: e
                    .problem
                    .as_ref()
                    .map(|(vi, en)| lang.pick(vi, en).to_string()),
            })
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&j).expect("plain data serialises");
    s.push('\n');
    s
}

pub fn list_table(entries: &[Entry], dirs: &[std::path::PathBuf], lang: Lang) -> String {
    let t = |vi: &'static str, en: &'static str| lang.pick(vi, en);
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if table.width().is_none() {
        table.set_width(140);
    }
    table.set_header(vec![
        t("Mã", "ID"),
        t("Tên", "Title"),
        t("Loại", "Kind"),
        t("Căn cứ pháp lý", "Legal basis"),
        t("Tạm thời", "Provisional"),
        t("Nguồn / trạng thái", "Origin / status"),
    ]);
    let copies: Vec<String> = entries
        .iter()
        .filter(|e| e.same_as_builtin)
        .map(origin_of)
        .collect();
    for e in entries.iter().filter(|e| !e.same_as_builtin) {
        let mut status = match &e.origin {
            Origin::Builtin => t("có sẵn", "built-in").to_string(),
            Origin::File(p) => crate::error::display_path(p),
        };
        if e.same_as_builtin {
            status.push_str(t(" (giống hệt bộ có sẵn)", " (same as the built-in)"));
        } else if e.shadowed {
            status.push_str(t(
                " — trùng mã bộ có sẵn: `--rubric` chọn bộ có sẵn",
                " — a built-in has this id: `--rubric` picks the built-in",
            ));
        }
        if let Some((vi, en)) = &e.problem {
            let _ = write!(
                status,
                "\n{} {}: {}",
                e.findings.0.max(1),
                t("lỗi", "error(s)"),
                lang.pick(vi, en)
            );
        } else if e.findings.1 > 0 {
            let _ = write!(
                status,
                "\n{} {}",
                e.findings.1,
                t(
                    "cảnh báo (dvht rubric lint)",
                    "warning(s) (dvht rubric lint)"
                )
            );
        }
        match &e.rubric {
            Some(r) => table.add_row(vec![
                r.id.clone(),
                lang.pick(&r.title, &r.title_en).to_string(),
                kind_label(r.kind, lang).to_string(),
                r.legal_basis.clone(),
                provisional_parts(r, lang),
                status,
            ]),
            None => table.add_row(vec![
                e.id.clone().unwrap_or_else(|| "?".into()),
                t("(không dùng được)", "(unusable)").to_string(),
                String::new(),
                String::new(),
                String::new(),
                status,
            ]),
        };
    }
    let mut out = format!("{table}\n");
    if !copies.is_empty() {
        let _ = writeln!(
            out,
            "{}: {}",
            t(
                "Bản sao giống hệt bộ có sẵn (không liệt kê lại)",
                "Exact copies of built-ins (not listed again)"
            ),
            copies.join(", ")
        );
    }
    if dirs.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            t(
                "Thư mục tiêu chí: không có (dùng --rubrics-dir DIR, biến DVHT_RUBRICS, hoặc tạo ./rubrics)",
                "Rubric folders: none (use --rubrics-dir DIR, DVHT_RUBRICS, or create ./rubrics)"
            )
        );
    } else {
        let list: Vec<String> = dirs
            .iter()
            .map(|d| {
                let mut s = crate::error::display_path(d);
                if !d.is_dir() {
                    s.push_str(t(" (không có thư mục này)", " (no such folder)"));
                }
                s
            })
            .collect();
        let _ = writeln!(
            out,
            "{}: {}",
            t("Thư mục tiêu chí", "Rubric folders"),
            list.join(", ")
        );
    }
    out
}
