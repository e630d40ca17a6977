//! Hà Nội's Biên bản: the minutes of the self-assessment meeting (Kế hoạch
//! 103/KH-UBND ngày 14/4/2021 của UBND TP Hà Nội; a unit's plan lists "Biên bản tự
//! đánh giá" beside the report and the score sheet in the dossier). The meeting's
//! facts come from `[meeting]` in `tu-danh-gia.toml`; the points from the assessment.

use super::Paper;
use crate::error::Result;
use crate::key;
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
    d.title(&p.t(key!("dossier-points-minutes")));
    d.subtitle(&format!(
        "{}{}",
        p.t(key!(
            "dossier-points-meeting-self-assessment-council-learning"
        )),
        p.year_suffix()
    ));
    let when = match m.date {
        // Nghị định 30/2020/NĐ-CP: "ngày 05 tháng 01", but "tháng 6", not "tháng 06".
        Some(x) => crate::date::long_date(x, p.lang),
        None => p.t(key!("dossier-points-meeting-date-blank")),
    };
    d.text(&format!(
        "{} {}, {when}, {} {}, {unit} {}",
        p.t(key!("dossier-points-at-time")),
        m.time.as_deref().unwrap_or(DOTS),
        p.t(key!("dossier-points-at-place")),
        m.place.as_deref().unwrap_or(DOTS),
        p.t(key!("dossier-points-held-meeting-self-assessment-council")),
    ));
    d.section(&p.t(key!("dossier-points-i-present")));
    d.bullet(&format!(
        "{}: {}",
        p.t(key!("dossier-points-chair")),
        m.chair
            .as_deref()
            .or(p.form.head.as_deref())
            .unwrap_or(DOTS)
    ));
    d.bullet(&format!(
        "{}: {}",
        p.t(key!("dossier-points-secretary")),
        m.secretary.as_deref().unwrap_or(DOTS)
    ));
    d.bullet(&format!(
        "{}: {}/{} {}",
        p.t(key!("dossier-points-members-present")),
        m.present
            .map(|n| n.to_string())
            .unwrap_or_else(|| "……".into()),
        a.members.total,
        p.t(key!("dossier-points-members-unit"))
    ));
    d.section(&p.t(key!("dossier-points-ii-business")));
    d.text(&format!(
        "{} {} {}",
        p.t(key!(
            "dossier-points-council-reviewed-members-self-assessments"
        )),
        p.rubric.legal_basis.trim(),
        p.t(key!("dossier-points-agreed-points-each-criterion-follows"))
    ));
    let widths = [700, 5054, 2300, 1300];
    let header = [
        p.t(key!("dossier-points-no")),
        p.t(key!("dossier-points-criterion")),
        p.t(key!("dossier-points-measured")),
        p.t(key!("dossier-points-points")),
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
            Cell::new(p.t(key!("dossier-points-total"))).bold().shade(),
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
        &p.t(key!("dossier-points-discussion")),
        m.opinions.as_deref(),
        4,
    );
    d.section(&p.t(key!("dossier-points-iii-conclusion")));
    d.text(&format!(
        "{} {unit} {} {}{}.",
        p.t(key!("dossier-points-council-agreed-that")),
        match summary::total(a, p.lang) {
            Some(t) => format!(
                "{} {t}, {}",
                p.t(key!("dossier-points-scores")),
                p.t(key!("dossier-points-classified"))
            ),
            None => p.t(key!("dossier-points-reaches")).to_string(),
        },
        a.outcome.label(p.lang),
        if a.outcome.provisional { " (*)" } else { "" }
    ));
    p.notes(&mut d);
    d.text(&p.t(key!("dossier-points-minutes-were-read-approved-council")));
    d.signatures(
        Some(&Signer {
            on_behalf: None,
            role: p.t(key!("dossier-points-secretary-2")),
            hint: p.t(key!("dossier-points-signature-full-name")),
            name: m.secretary.clone(),
        }),
        &Signer {
            on_behalf: None,
            role: p.t(key!("dossier-points-chair-2")),
            hint: p.t(key!("dossier-points-signature-full-name-seal")),
            name: m.chair.clone().or_else(|| p.form.head.clone()),
        },
    );
    p.provenance(&mut d);
    d.finish()
}
