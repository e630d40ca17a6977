//! The action plan as a Word document the unit can edit: the steps that
//! `report::summary::actions` computes (the same as the HTML report's), one row per
//! criterion short of its next band or level, then each step with the members who do
//! not yet meet it and blanks for who is responsible and by when. For internal use:
//! it names people, so it is not part of what the unit sends.

use super::Paper;
use crate::error::Result;
use crate::report::summary;
use crate::report::word::{Cell, Doc, Signer};

pub fn action_plan(p: &Paper) -> Result<Vec<u8>> {
    let a = p.a;
    let actions = summary::actions(a, p.rubric, p.lang);
    let mut d = Doc::new();
    p.heading(&mut d, None);
    d.title(&format!(
        "{}{}",
        p.t("KẾ HOẠCH CẢI THIỆN", "ACTION PLAN"),
        p.year_suffix().to_uppercase()
    ));
    d.note_center(&format!(
        "({} {})",
        p.t(
            "Dùng nội bộ, không thuộc hồ sơ đề nghị công nhận; tính đến ngày",
            "For internal use, not part of the dossier; as of"
        ),
        summary::date(a.as_of)
    ));
    if actions.is_empty() {
        d.text(p.t(
            "Mọi tiêu chí đã ở khung / mức cao nhất và có minh chứng: không có việc cần làm.",
            "Every criterion is at its top band or level and has evidence: nothing to do.",
        ));
    } else {
        let rows = actions
            .iter()
            .map(|x| {
                let id = Cell::new(&x.id).center();
                vec![
                    if x.holds_back { id.bold() } else { id },
                    Cell::new(&x.title),
                    Cell::new(&x.now),
                    Cell::new(&x.goal).center(),
                    Cell::new(
                        x.members_needed
                            .map(|n| format!("{n} {}", p.t("người", "member(s)")))
                            .unwrap_or_else(|| "—".into()),
                    )
                    .center(),
                ]
            })
            .collect();
        d.table(
            &[700, 3654, 2300, 1700, 1000],
            &[
                p.t("TT", "No."),
                p.t("Chỉ tiêu", "Indicator"),
                p.t("Hiện tại", "Now"),
                p.t("Mục tiêu", "Goal"),
                p.t("Cần thêm", "Needs"),
            ],
            rows,
        );
        if actions.iter().any(|x| x.holds_back) {
            d.italic(p.t(
                "Mã in đậm (ưu tiên): chỉ tiêu đang ở mức thấp nhất của đơn vị — chính nó quyết định kết quả chung.",
                "IDs in bold (priority): indicators at the unit's lowest level — they decide the outcome.",
            ));
        }
        for x in &actions {
            d.section(&format!(
                "{} — {}{}",
                x.id,
                x.title,
                if x.holds_back {
                    p.t(" (ưu tiên)", " (priority)")
                } else {
                    ""
                }
            ));
            d.labelled(p.t("Hiện tại", "Now"), &x.now);
            d.labelled(
                p.t("Mục tiêu", "Goal"),
                &if x.gain.is_empty() || x.goal.contains(&x.gain) {
                    x.goal.clone()
                } else {
                    format!("{} ({})", x.goal, x.gain)
                },
            );
            d.text(&x.what);
            if !x.members.is_empty() {
                let names = x
                    .members
                    .iter()
                    .map(|m| match &m.id {
                        Some(i) => format!("{i} {}", m.name),
                        None => m.name.clone(),
                    })
                    .collect::<Vec<_>>()
                    .join("; ");
                d.labelled(p.t("Thành viên chưa đạt", "Members not meeting it"), &names);
            }
            let words = p.words(&x.id).and_then(|w| w.plan.as_deref());
            if let Some(w) = words {
                d.labelled(p.t("Kế hoạch của đơn vị", "The unit's plan"), w);
            }
            d.fill_line(&[
                p.t("Người phụ trách", "Responsible"),
                p.t("Hạn hoàn thành", "Deadline"),
            ]);
        }
    }
    d.signatures(
        None,
        &Signer {
            on_behalf: None,
            role: p.head_role().into(),
            hint: p
                .t("(Ký, ghi rõ họ tên)", "(Signature and full name)")
                .into(),
            name: p.form.head.clone(),
        },
    );
    p.provenance(&mut d);
    d.finish()
}
