//! Hà Nội's Biên bản: the minutes of the self-assessment meeting (Kế hoạch
//! 103/KH-UBND ngày 14/4/2021 của UBND TP Hà Nội; a unit's plan lists "Biên bản tự
//! đánh giá" beside the report and the score sheet in the dossier). The meeting's
//! facts come from `[meeting]` in `tu-danh-gia.toml`; the points from the assessment.

use super::Paper;
use crate::error::Result;
use crate::report::number;
use crate::report::summary;
use crate::report::word::{Cell, Doc, Signer};

const DOTS: &str = "……………";

pub fn bien_ban(p: &Paper) -> Result<Vec<u8>> {
    let a = p.a;
    let unit = p.unit();
    let m = p.narrative.map(|n| n.meeting.clone()).unwrap_or_default();
    let mut d = Doc::new();
    p.heading(&mut d, Some("BB"));
    d.title(p.t("BIÊN BẢN", "MINUTES"));
    d.subtitle(&format!(
        "{}{}",
        p.t(
            "Họp Hội đồng tự đánh giá, xếp loại \"Đơn vị học tập\"",
            "Meeting of the self-assessment council of the \"learning unit\""
        ),
        p.year_suffix()
    ));
    let when = match (m.date, p.lang) {
        // Nghị định 30/2020/NĐ-CP: "ngày 05 tháng 01", but "tháng 6", not "tháng 06".
        (Some(x), _) => crate::calendar::long_date(x, p.lang),
        (None, crate::lang::Lang::Vi) => "ngày …… tháng …… năm ……".into(),
        (None, crate::lang::Lang::En) => "on ……………".into(),
    };
    d.text(&format!(
        "{} {}, {when}, {} {}, {unit} {}",
        p.t("Vào hồi", "At"),
        m.time.as_deref().unwrap_or(DOTS),
        p.t("tại", "at"),
        m.place.as_deref().unwrap_or(DOTS),
        p.t(
            "tổ chức họp Hội đồng tự đánh giá, xếp loại \"Đơn vị học tập\".",
            "held the meeting of its self-assessment council."
        ),
    ));
    d.section(p.t("I. THÀNH PHẦN", "I. PRESENT"));
    d.bullet(&format!(
        "{}: {}",
        p.t("Chủ trì", "Chair"),
        m.chair
            .as_deref()
            .or(p.form.head.as_deref())
            .unwrap_or(DOTS)
    ));
    d.bullet(&format!(
        "{}: {}",
        p.t("Thư ký", "Secretary"),
        m.secretary.as_deref().unwrap_or(DOTS)
    ));
    d.bullet(&format!(
        "{}: {}/{} {}",
        p.t("Thành viên dự họp", "Members present"),
        m.present
            .map(|n| n.to_string())
            .unwrap_or_else(|| "……".into()),
        a.members.total,
        p.t("thành viên của đơn vị", "members of the unit")
    ));
    d.section(p.t("II. NỘI DUNG", "II. BUSINESS"));
    d.text(&format!(
        "{} {} {}",
        p.t(
            "Hội đồng rà soát kết quả tự đánh giá của các thành viên và các minh chứng, đối chiếu với",
            "The council reviewed the members' self-assessments and the evidence against"
        ),
        p.rubric.legal_basis.trim(),
        p.t(
            "và thống nhất chấm điểm từng tiêu chí như sau:",
            "and agreed the points for each criterion as follows:"
        )
    ));
    let widths = [700, 5054, 2300, 1300];
    let header = [
        p.t("TT", "No."),
        p.t("Tiêu chí", "Criterion"),
        p.t("Kết quả đo", "Measured"),
        p.t("Điểm", "Points"),
    ];
    let mut rows = Vec::new();
    for (group, cs) in super::levels::groups(p) {
        if let Some(g) = group {
            rows.push(vec![Cell::new(g).bold().shade().span(4)]);
        }
        for c in cs {
            rows.push(vec![
                Cell::new(&c.id).center(),
                Cell::new(c.title(p.lang)),
                Cell::new(match c.numerator {
                    Some(_) => summary::measured(c, p.lang),
                    None => crate::report::reached::band(c, p.lang)
                        .filter(|_| c.assessed)
                        .unwrap_or_else(|| summary::measured(c, p.lang)),
                })
                .center(),
                Cell::new(p.result(c)).center(),
            ]);
        }
    }
    if let Some(t) = &a.total {
        rows.push(vec![
            Cell::new("").shade(),
            Cell::new(p.t("Tổng điểm", "Total")).bold().shade(),
            Cell::new("").shade(),
            Cell::new(format!(
                "{}/{}",
                number(t.points, p.lang),
                number(t.max_points, p.lang)
            ))
            .bold()
            .center()
            .shade(),
        ]);
    }
    d.table(&widths, &header, rows);
    d.narrative(
        p.t("Ý kiến thảo luận", "Discussion"),
        m.opinions.as_deref(),
        4,
    );
    d.section(p.t("III. KẾT LUẬN", "III. CONCLUSION"));
    d.text(&format!(
        "{} {unit} {} {}{}.",
        p.t("Hội đồng thống nhất tự đánh giá", "The council agreed that"),
        match summary::total(a, p.lang) {
            Some(t) => format!(
                "{} {t}, {}",
                p.t("đạt", "scores"),
                p.t("xếp loại", "classified")
            ),
            None => p.t("đạt", "reaches").to_string(),
        },
        a.outcome.label(p.lang),
        if a.outcome.provisional { " (*)" } else { "" }
    ));
    p.notes(&mut d);
    d.text(p.t(
        "Biên bản được thông qua trước Hội đồng; cuộc họp kết thúc vào hồi …… giờ …… cùng ngày./.",
        "The minutes were read and approved by the council; the meeting closed at …… the same day./.",
    ));
    d.signatures(
        Some(&Signer {
            on_behalf: None,
            role: p.t("THƯ KÝ", "SECRETARY").into(),
            hint: p
                .t("(Ký, ghi rõ họ tên)", "(Signature and full name)")
                .into(),
            name: m.secretary.clone(),
        }),
        &Signer {
            on_behalf: None,
            role: p.t("CHỦ TRÌ", "CHAIR").into(),
            hint: p
                .t(
                    "(Ký, ghi rõ họ tên, đóng dấu)",
                    "(Signature, full name and seal)",
                )
                .into(),
            name: m.chair.clone().or_else(|| p.form.head.clone()),
        },
    );
    p.provenance(&mut d);
    d.finish()
}
