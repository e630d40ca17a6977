//! The action plan as a Word document the unit can edit: the steps that
//! `report::summary::actions` computes (the same as the HTML report's), one row per
//! criterion short of its next band or level, then each step with the members who do
//! not yet meet it and blanks for who is responsible and by when. For internal use:
//! it names people, so it is not part of what the unit sends.

use super::Paper;
use crate::error::Result;
use crate::key;
use crate::report::summary;
use crate::report::word::{Cell, Doc, Signer};

pub fn action_plan(p: &Paper) -> Result<Vec<u8>> {
    let a = p.a;
    let actions = summary::actions(a, p.rubric, p.lang);
    let mut d = Doc::new();
    p.heading(&mut d, None);
    d.title(&format!(
        "{}{}",
        p.t(key!("dossier-plan-action-plan")),
        p.year_suffix().to_uppercase()
    ));
    d.note_center(&format!(
        "({} {})",
        p.t(key!("dossier-plan-internal-use-not-part-dossier")),
        summary::date(a.as_of)
    ));
    if actions.is_empty() {
        d.text(&p.t(key!("dossier-plan-every-criterion-top-band-level")));
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
                            .map(|n| format!("{n} {}", p.t(key!("dossier-plan-member-s"))))
                            .unwrap_or_else(|| "—".into()),
                    )
                    .center(),
                ]
            })
            .collect();
        d.table(
            &[700, 3654, 2300, 1700, 1000],
            &[
                &p.t(key!("dossier-plan-no")),
                &p.t(key!("dossier-plan-indicator")),
                &p.t(key!("dossier-plan-now")),
                &p.t(key!("dossier-plan-goal")),
                &p.t(key!("dossier-plan-needs")),
            ],
            rows,
        );
        if actions.iter().any(|x| x.holds_back) {
            d.italic(&p.t(key!("dossier-plan-ids-bold-priority-indicators-unit")));
        }
        for x in &actions {
            d.section(&format!(
                "{} — {}{}",
                x.id,
                x.title,
                if x.holds_back {
                    p.t(key!("dossier-plan-priority"))
                } else {
                    String::new()
                }
            ));
            d.labelled(&p.t(key!("dossier-plan-now")), &x.now);
            d.labelled(
                &p.t(key!("dossier-plan-goal")),
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
                d.labelled(&p.t(key!("dossier-plan-members-not-meeting")), &names);
            }
            let words = p.words(&x.id).and_then(|w| w.plan.as_deref());
            if let Some(w) = words {
                d.labelled(&p.t(key!("dossier-plan-unit-s-plan")), w);
            }
            d.fill_line(&[
                &p.t(key!("dossier-plan-responsible")),
                &p.t(key!("dossier-plan-deadline")),
            ]);
        }
    }
    d.signatures(
        None,
        &Signer {
            on_behalf: None,
            role: p.head_role(),
            hint: p.t(key!("dossier-plan-signature-full-name")),
            name: p.form.head.clone(),
        },
    );
    p.provenance(&mut d);
    d.finish()
}
