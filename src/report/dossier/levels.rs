//! TT 24's forms (Thông tư 24/2023/TT-BGDĐT; the process as a unit's plan describes
//! it: self-assessment sheets M1, levels M2, report M3, summary M4, then the Tờ trình
//! the head of the unit signs). The self-assessment report is also written for a
//! points rubric (Hà Nội's "Báo cáo tự đánh giá"), with points in place of levels.

use super::{level_words, Paper};
use crate::error::Result;
use crate::report::summary;
use crate::report::word::{Cell, Doc, Signer};
use crate::score::assessment::CriterionResult;

/// The rubric's groups with their criteria, in order; criteria in no declared group last.
pub fn groups<'a>(p: &Paper<'a>) -> Vec<(Option<String>, Vec<&'a CriterionResult>)> {
    let mut out: Vec<(Option<String>, Vec<&CriterionResult>)> = Vec::new();
    for g in &p.rubric.groups {
        let rows: Vec<&CriterionResult> = p.a.criteria.iter().filter(|c| c.group == g.id).collect();
        if !rows.is_empty() {
            out.push((
                Some(format!(
                    "{} {}: {}",
                    p.t("Tiêu chí", "Criterion"),
                    g.id,
                    p.lang.pick(&g.title, &g.title_en)
                )),
                rows,
            ));
        }
    }
    let rest: Vec<&CriterionResult> =
        p.a.criteria
            .iter()
            .filter(|c| !p.rubric.groups.iter().any(|g| g.id == c.group))
            .collect();
    if !rest.is_empty() {
        out.push((None, rest));
    }
    out
}

fn indicator_word(p: &Paper) -> &'static str {
    if p.levels() {
        p.t("Chỉ tiêu", "Indicator")
    } else {
        p.t("Tiêu chí", "Criterion")
    }
}

/// The Tờ trình đề nghị công nhận: what the head of the unit signs to send the dossier.
/// `None` when the self-assessment reaches no level: there is nothing to propose.
pub fn to_trinh(p: &Paper) -> Result<Option<Vec<u8>>> {
    let level = p.proposed_level();
    if level == 0 {
        return Ok(None);
    }
    let a = p.a;
    let unit = p.unit();
    let year = p.year_suffix();
    let mut d = Doc::new();
    p.heading(&mut d, Some("TTr"));
    d.title(p.t("TỜ TRÌNH", "SUBMISSION"));
    d.subtitle(&format!(
        "{} \"Đơn vị học tập\" {} {level}{year}",
        p.t(
            "Về việc đề nghị đánh giá, công nhận",
            "Proposing the assessment and recognition as a"
        ),
        p.t("mức độ", "at level"),
    ));
    d.addressee(&format!(
        "{}: {}",
        p.t("Kính gửi", "To"),
        p.to.unwrap_or(p.t(
            "Phòng Giáo dục và Đào tạo ……………………",
            "the district Office of Education and Training ……………………"
        ))
    ));
    let basis = p.rubric.legal_basis.trim();
    if !basis.is_empty() {
        d.text(&format!(
            "{} {basis} {};",
            p.t("Căn cứ", "Under"),
            p.t(
                "quy định về đánh giá, công nhận \"Đơn vị học tập\"",
                "on assessing and recognising \"learning units\""
            )
        ));
    }
    if let Some(r) = p.manifest.and_then(|m| m.recognition.as_ref()) {
        d.text(&format!(
            "{} {} {}{} {} {};",
            p.t(
                "Căn cứ quyết định công nhận \"Đơn vị học tập\" mức độ",
                "Under the decision recognising the unit as a \"learning unit\" at level"
            ),
            r.level,
            p.t("số ", "no. "),
            r.decision.as_deref().unwrap_or("……"),
            p.t("ngày", "of"),
            summary::date(r.decided_on)
        ));
    }
    d.text(&format!(
        "{} {unit}{year} ({});",
        p.t(
            "Căn cứ kết quả tự đánh giá của",
            "Under the self-assessment of"
        ),
        p.t(
            "Báo cáo tự đánh giá mẫu M3 và Bản tổng hợp kết quả mẫu M4 kèm theo",
            "the self-assessment report, form M3, and the summary, form M4, attached"
        )
    ));
    let applicable: Vec<&CriterionResult> = a.criteria.iter().filter(|c| c.applicable).collect();
    let reached = applicable
        .iter()
        .filter(|c| c.level.unwrap_or(0) >= level)
        .count();
    let not_applicable = a.criteria.len() - applicable.len();
    d.text(&format!(
        "{} {}/{} {} {}{}. {}: {} {}, {} {}, {} {}.",
        p.t("Kết quả tự đánh giá:", "Self-assessment:"),
        reached,
        applicable.len(),
        p.t("chỉ tiêu", "indicators reach"),
        level_words(level, p.lang).to_lowercase(),
        if not_applicable > 0 {
            format!(
                " ({not_applicable} {})",
                p.t("chỉ tiêu không áp dụng", "indicator(s) not applicable")
            )
        } else {
            String::new()
        },
        p.t("Thành viên", "Members"),
        a.members.total,
        p.t("người", "in all"),
        a.members.counted,
        p.t("được tính vào tỷ lệ", "counted in ratios"),
        a.members.excluded,
        p.t("không tính", "excluded"),
    ));
    d.text(&format!(
        "{unit} {} \"Đơn vị học tập\" {} {level}{year}.",
        p.t(
            "kính trình Phòng Giáo dục và Đào tạo xem xét, thẩm định hồ sơ và trình cấp có thẩm quyền quyết định công nhận đơn vị đạt",
            "asks the Office of Education and Training to review the dossier and to propose that the competent authority recognise the unit as a"
        ),
        p.t("mức độ", "at level"),
    ));
    if let (Some(reached), Some(lv)) = (a.outcome.indicators_level, a.outcome.level) {
        if reached > lv {
            d.italic(&format!(
                "{} {reached}{}",
                p.t("Mọi chỉ tiêu đạt mức độ", "Every indicator reaches level"),
                a.outcome
                    .level_2_from
                    .map(|x| format!(
                        "; {} {}.",
                        p.t(
                            "đơn vị có thể đề nghị công nhận mức độ 2 từ ngày",
                            "the unit may apply for level 2 from"
                        ),
                        summary::date(x)
                    ))
                    .unwrap_or_else(|| ".".into())
            ));
        }
    }
    d.section(p.t("Hồ sơ kèm theo:", "Attached:"));
    d.bullet(p.t(
        "Báo cáo tự đánh giá, công nhận \"Đơn vị học tập\" (mẫu M3);",
        "Self-assessment report (form M3);",
    ));
    d.bullet(p.t(
        "Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu (mẫu M4).",
        "Summary of the self-assessment by criterion and indicator (form M4).",
    ));
    d.text(p.t(
        "Kính trình Phòng Giáo dục và Đào tạo xem xét./.",
        "Respectfully submitted./.",
    ));
    d.recipients(
        p.t("Nơi nhận:", "Copies:"),
        &[
            p.t("Như trên;", "As above;").into(),
            p.t("Lưu: VT.", "File: office.").into(),
        ],
    );
    d.signatures(None, &p.head_signer());
    p.provenance(&mut d);
    d.finish().map(Some)
}

/// Mẫu M1: one self-assessment sheet per indicator — what it means for the unit, the
/// measured figure, strengths, weaknesses, plan, evidence, the level reached.
pub fn m1(p: &Paper) -> Result<Vec<u8>> {
    let mut d = Doc::new();
    let mut first = true;
    for (group, rows) in groups(p) {
        for c in rows {
            if !first {
                d.page_break();
            }
            first = false;
            sheet(p, &mut d, group.as_deref(), c);
        }
    }
    d.finish()
}

fn sheet(p: &Paper, d: &mut Doc, group: Option<&str>, c: &CriterionResult) {
    p.heading(d, None);
    d.form_id(p.t("Mẫu M1", "Form M1"));
    d.title(p.t("PHIẾU ĐÁNH GIÁ CHỈ TIÊU", "INDICATOR SELF-ASSESSMENT SHEET"));
    if let Some(g) = group {
        d.subtitle(g);
    }
    d.labelled(p.t("Đơn vị", "Unit"), &p.unit());
    d.labelled(&format!("{} {}", indicator_word(p), c.id), c.title(p.lang));
    let w = p.words(&c.id);
    d.narrative(
        p.t(
            "1. Mô tả hiện trạng (nội hàm của chỉ tiêu ở đơn vị)",
            "1. Description (what the indicator means for the unit)",
        ),
        w.and_then(|w| w.description.as_deref()),
        4,
    );
    d.labelled(p.t("2. Số liệu", "2. Figures"), &p.figure(c));
    d.narrative(
        p.t("3. Điểm mạnh", "3. Strengths"),
        w.and_then(|w| w.strengths.as_deref()),
        2,
    );
    d.narrative(
        p.t("4. Điểm yếu", "4. Weaknesses"),
        w.and_then(|w| w.weaknesses.as_deref()),
        2,
    );
    d.narrative(
        p.t("5. Kế hoạch cải tiến chất lượng", "5. Improvement plan"),
        w.and_then(|w| w.plan.as_deref()),
        2,
    );
    d.section(p.t("6. Minh chứng", "6. Evidence"));
    let ev = p.evidence(c);
    if ev.is_empty() {
        d.italic(p.t(
            "Chưa có minh chứng trong evidence.toml.",
            "No evidence listed in evidence.toml.",
        ));
    } else {
        d.table(
            &[2200, 7154],
            &[p.t("Mã minh chứng", "Code"), p.t("Tên minh chứng", "Title")],
            ev.into_iter()
                .map(|(code, title)| vec![Cell::new(code).center(), Cell::new(title)])
                .collect(),
        );
    }
    d.labelled(p.t("7. Tự đánh giá", "7. Self-assessment"), &p.result(c));
    d.signatures(
        None,
        &Signer {
            on_behalf: None,
            role: p.t("NGƯỜI ĐÁNH GIÁ", "ASSESSOR").into(),
            hint: p
                .t("(Ký, ghi rõ họ tên)", "(Signature and full name)")
                .into(),
            name: None,
        },
    );
}

/// Mẫu M2: the level each indicator reaches, one row per indicator.
pub fn m2(p: &Paper) -> Result<Vec<u8>> {
    let a = p.a;
    let top = p.rubric.top_level().max(1);
    let mut d = Doc::new();
    p.heading(&mut d, None);
    d.form_id(p.t("Mẫu M2", "Form M2"));
    d.title(&format!(
        "{}{}",
        p.t(
            "BẢNG TỔNG HỢP MỨC ĐỘ ĐẠT CỦA CÁC CHỈ TIÊU",
            "LEVEL REACHED BY EACH INDICATOR"
        ),
        p.year_suffix().to_uppercase()
    ));
    d.note_center(&summary::basis_line(a, p.rubric, p.lang));
    // Columns: id, indicator, not reached, level 1 … top, note.
    let level_cols = top as usize + 1;
    let mark_w = 950;
    let id_w = 750;
    let note_w = 1500;
    let title_w = crate::report::word::TEXT_WIDTH - id_w - note_w - mark_w * level_cols;
    let mut widths = vec![id_w, title_w];
    widths.extend(std::iter::repeat_n(mark_w, level_cols));
    widths.push(note_w);
    let mut header: Vec<String> = vec![
        p.t("TT", "No.").into(),
        p.t("Tiêu chí, chỉ tiêu", "Criterion, indicator").into(),
        p.t("Không đạt", "Not reached").into(),
    ];
    for l in 1..=top {
        header.push(format!("{} {l}", p.t("Mức", "Level")));
    }
    header.push(p.t("Ghi chú", "Note").into());
    let header_refs: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut rows = Vec::new();
    for (group, cs) in groups(p) {
        if let Some(g) = group {
            rows.push(vec![Cell::new(g).bold().span(widths.len()).shade()]);
        }
        for c in cs {
            let mut row = vec![Cell::new(&c.id).center(), Cell::new(c.title(p.lang))];
            if c.applicable {
                let l = c.level.unwrap_or(0);
                for col in 0..=top {
                    row.push(Cell::new(if col == l { "X" } else { "" }).center().bold());
                }
            } else {
                row.push(
                    Cell::new(p.t("Không áp dụng", "Not applicable"))
                        .center()
                        .italic()
                        .span(level_cols),
                );
            }
            let mut note = Vec::new();
            if !c.assessed && c.applicable {
                note.push(p.t("chưa đánh giá", "not assessed").to_string());
            }
            if c.provisional {
                note.push("(*)".into());
            }
            row.push(Cell::new(note.join("; ")).center());
            rows.push(row);
        }
    }
    rows.push(vec![
        Cell::new("").shade(),
        Cell::new(p.t("Kết quả chung của đơn vị", "The unit's outcome"))
            .bold()
            .shade(),
        Cell::new(format!(
            "{}{}",
            a.outcome.label(p.lang),
            if a.outcome.provisional { " (*)" } else { "" }
        ))
        .bold()
        .center()
        .shade()
        .span(level_cols + 1),
    ]);
    d.table(&widths, &header_refs, rows);
    p.notes(&mut d);
    d.signatures(
        None,
        &Signer {
            on_behalf: Some(
                p.t("T/M TỔ TỰ ĐÁNH GIÁ", "FOR THE SELF-ASSESSMENT TEAM")
                    .into(),
            ),
            role: p.t("TỔ TRƯỞNG", "TEAM LEADER").into(),
            hint: p
                .t("(Ký, ghi rõ họ tên)", "(Signature and full name)")
                .into(),
            name: p.form.head.clone(),
        },
    );
    p.provenance(&mut d);
    d.finish()
}

/// Mẫu M3 (levels rubrics) or Hà Nội's "Báo cáo tự đánh giá" (points rubrics): the
/// general information, then for every criterion its figures, result and evidence
/// with the unit's words, then the conclusion.
pub fn self_report(p: &Paper) -> Result<Vec<u8>> {
    let a = p.a;
    let unit = p.unit();
    let levels = p.levels();
    let mut d = Doc::new();
    p.heading(&mut d, Some("BC"));
    if levels {
        d.form_id(p.t("Mẫu M3", "Form M3"));
    }
    d.title(p.t("BÁO CÁO TỰ ĐÁNH GIÁ", "SELF-ASSESSMENT REPORT"));
    d.subtitle(&format!(
        "{} \"Đơn vị học tập\"{}",
        if levels {
            p.t("Đề nghị công nhận", "Proposing recognition as a")
        } else {
            p.t("Đánh giá, xếp loại", "Assessment and classification as a")
        },
        p.year_suffix()
    ));
    d.note_center(&summary::basis_line(a, p.rubric, p.lang));

    d.section(p.t("I. THÔNG TIN CHUNG", "I. GENERAL INFORMATION"));
    d.labelled(p.t("Đơn vị", "Unit"), &unit);
    if let Some(y) = a.unit.year {
        d.labelled(
            p.t("Năm đánh giá", "Evaluation year"),
            &format!(
                "{y} ({} 01/01/{y} {} 31/12/{y})",
                p.t("số liệu tính từ ngày", "figures from"),
                p.t("đến ngày", "to")
            ),
        );
    }
    d.labelled(
        p.t("Thành viên", "Members"),
        &format!(
            "{} {}, {} {}, {} {}",
            a.members.total,
            p.t("người", "in all"),
            a.members.counted,
            p.t("được tính vào tỷ lệ", "counted in ratios"),
            a.members.excluded,
            p.t("không tính (có lý do)", "excluded (with a reason)")
        ),
    );
    d.labelled(
        p.t("Bộ tiêu chí", "Rubric"),
        &format!(
            "{} ({} {})",
            p.lang.pick(&a.rubric.title, &a.rubric.title_en),
            a.rubric.id,
            a.rubric.version
        ),
    );
    // The dates the rules set (deadline, when level 2 may be proposed, how long a
    // recognition lasts), as every other output shows them.
    for (label, value) in a.calendar.lines(p.lang) {
        d.labelled(&label, &value);
    }
    d.narrative(
        p.t("Đặt vấn đề", "Introduction"),
        p.narrative.and_then(|n| n.report.introduction.as_deref()),
        4,
    );

    d.section(p.t("II. TỰ ĐÁNH GIÁ", "II. SELF-ASSESSMENT"));
    for (group, rows) in groups(p) {
        if let Some(g) = group {
            d.section(&g);
        }
        for c in rows {
            let w = p.words(&c.id);
            d.section(&format!(
                "{} {}: {}",
                indicator_word(p),
                c.id,
                c.title(p.lang)
            ));
            d.narrative(
                p.t("a) Mô tả hiện trạng", "a) Description"),
                w.and_then(|w| w.description.as_deref()),
                3,
            );
            d.labelled(p.t("b) Số liệu", "b) Figures"), &p.figure(c));
            if let Some(b) =
                crate::report::reached::band(c, p.lang).filter(|_| c.applicable && c.assessed)
            {
                if c.numerator.is_some() {
                    d.labelled(p.t("Khung đạt", "Band"), &b);
                }
            }
            d.narrative(
                p.t("c) Điểm mạnh", "c) Strengths"),
                w.and_then(|w| w.strengths.as_deref()),
                2,
            );
            d.narrative(
                p.t("d) Điểm yếu", "d) Weaknesses"),
                w.and_then(|w| w.weaknesses.as_deref()),
                2,
            );
            d.narrative(
                p.t("đ) Kế hoạch cải tiến chất lượng", "e) Improvement plan"),
                w.and_then(|w| w.plan.as_deref()),
                2,
            );
            let ev = p.evidence(c);
            let ev_text = if ev.is_empty() {
                p.evidence_codes(c)
            } else {
                ev.iter()
                    .map(|(code, title)| {
                        if title.is_empty() {
                            code.clone()
                        } else {
                            format!("{code} ({title})")
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            d.labelled(p.t("e) Minh chứng", "f) Evidence"), &ev_text);
            d.labelled(p.t("g) Tự đánh giá", "g) Self-assessed"), &p.result(c));
        }
    }

    d.section(p.t("III. KẾT LUẬN", "III. CONCLUSION"));
    let mut widths = vec![6354, 3000];
    let header = [p.t("Nội dung", "Item"), p.t("Kết quả", "Result")];
    let mut rows = Vec::new();
    if levels {
        let top = p.rubric.top_level().max(1);
        for l in 0..=top {
            let n = a
                .criteria
                .iter()
                .filter(|c| c.applicable && c.level.unwrap_or(0) == l)
                .count();
            rows.push(vec![
                Cell::new(format!(
                    "{} {}",
                    p.t("Số chỉ tiêu", "Indicators"),
                    level_words(l, p.lang).to_lowercase()
                )),
                Cell::new(n.to_string()).center(),
            ]);
        }
        let na = a.criteria.iter().filter(|c| !c.applicable).count();
        if na > 0 {
            rows.push(vec![
                Cell::new(p.t("Số chỉ tiêu không áp dụng", "Indicators not applicable")),
                Cell::new(na.to_string()).center(),
            ]);
        }
    } else if let Some(t) = summary::total(a, p.lang) {
        rows.push(vec![
            Cell::new(p.t("Tổng điểm", "Total")),
            Cell::new(t).center(),
        ]);
    }
    rows.push(vec![
        Cell::new(p.t("Kết quả tự đánh giá", "Self-assessed outcome")).bold(),
        Cell::new(format!(
            "{}{}",
            a.outcome.label(p.lang),
            if a.outcome.provisional { " (*)" } else { "" }
        ))
        .bold()
        .center(),
    ]);
    widths.truncate(2);
    d.table(&widths, &header, rows);
    d.text(&format!(
        "{} {unit} {}",
        p.t("Đối chiếu với quy định,", "Against the rules,"),
        match (levels, a.outcome.recognized) {
            (true, true) => match p.lang {
                crate::lang::Lang::Vi => format!(
                    "tự đánh giá đạt \"Đơn vị học tập\" mức độ {}.",
                    p.proposed_level()
                ),
                crate::lang::Lang::En => format!(
                    "self-assesses as a \"learning unit\" at level {}.",
                    p.proposed_level()
                ),
            },
            (false, true) => format!(
                "{} {}.",
                p.t("tự đánh giá xếp loại", "self-assesses as"),
                a.outcome.label(p.lang)
            ),
            (_, false) => p
                .t(
                    "chưa đủ điều kiện đề nghị công nhận \"Đơn vị học tập\".",
                    "does not yet meet the conditions for recognition as a \"learning unit\".",
                )
                .to_string(),
        }
    ));
    d.narrative(
        p.t("Kết luận và đề nghị", "Conclusion and request"),
        p.narrative.and_then(|n| n.report.conclusion.as_deref()),
        3,
    );
    p.notes(&mut d);
    d.signatures(None, &p.head_signer());
    p.provenance(&mut d);
    d.finish()
}
