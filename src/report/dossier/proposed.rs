//! The district's "Danh sách đơn vị đề nghị công nhận": one row per unit with the
//! level it claims (`[unit] claimed_level`), the level `dvht` verifies, and remarks.
//! The Phòng GD&ĐT attaches it to its own Tờ trình; a difference between the claim
//! and the verified level is flagged so the council looks there first.

use crate::error::Result;
use crate::lang::Lang;
use crate::report::word::{Cell, Doc, Heading, Signer};
use crate::report::xlsx::{xlsx_error, Formats};
use crate::report::{number, summary};
use crate::rubric::{Rubric, RubricKind};
use crate::score::assessment::{Outcome, Total};
use crate::{key, t};
use chrono::NaiveDate;

/// What the list needs of one scored unit.
#[derive(Debug, Clone)]
pub struct Verified {
    pub name: Option<String>,
    pub year: Option<i32>,
    pub claimed: Option<u8>,
    pub outcome: Outcome,
    pub total: Option<Total>,
}

/// One unit: its folder and what was verified, or why it could not be read.
pub type Row = (String, std::result::Result<Verified, String>);

/// The line of the list for one unit, in words.
struct Line {
    name: String,
    claimed: String,
    verified: String,
    remarks: String,
    differs: bool,
}

fn lines(rows: &[Row], rubric: &Rubric, lang: Lang) -> Vec<Line> {
    let levels = rubric.kind == RubricKind::Levels;
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    rows.iter()
        .map(|(folder, r)| match r {
            Err(e) => Line {
                name: folder.clone(),
                claimed: "—".into(),
                verified: "—".into(),
                remarks: format!(
                    "{}: {e}",
                    t(key!("dossier-proposed-dossier-could-not-read"))
                ),
                differs: true,
            },
            Ok(v) => {
                let level = v.outcome.level.unwrap_or(0);
                let claimed = match v.claimed {
                    Some(c) if levels => super::level_words(c, lang),
                    Some(c) => c.to_string(),
                    None => "—".into(),
                };
                let verified = match (&v.total, levels) {
                    (Some(tot), false) => format!(
                        "{}/{} — {}",
                        number(tot.points, lang),
                        number(tot.max_points, lang),
                        v.outcome.label(lang)
                    ),
                    _ => super::level_words(level, lang),
                };
                let differs = levels && v.claimed.is_some_and(|c| c != level);
                let mut remarks = Vec::new();
                if differs {
                    remarks.push(format!(
                        "{} {}, {} {}",
                        t(key!("dossier-proposed-differs-unit-claims")),
                        claimed.to_lowercase(),
                        t(key!("dossier-proposed-dvht-verifies")),
                        verified.to_lowercase()
                    ));
                }
                if levels && v.claimed.is_none() {
                    remarks.push(t(key!("dossier-proposed-unit-declares-no-claimed-level")));
                }
                if !v.outcome.recognized {
                    remarks.push(t(key!("dossier-proposed-does-not-meet-conditions")));
                }
                if let Some(from) = v.outcome.level_2_from {
                    remarks.push(format!(
                        "{} {}",
                        t(key!("dossier-proposed-every-indicator-reaches-level-2")),
                        summary::date(from)
                    ));
                }
                if v.outcome.provisional {
                    remarks.push(t(key!("dossier-proposed-relies-provisional-thresholds")));
                }
                Line {
                    name: v.name.clone().unwrap_or_else(|| folder.clone()),
                    claimed,
                    verified,
                    remarks: remarks.join("; "),
                    differs,
                }
            }
        })
        .collect()
}

fn year_of(rows: &[Row]) -> Option<i32> {
    rows.iter()
        .filter_map(|(_, r)| r.as_ref().ok().and_then(|v| v.year))
        .max()
}

fn title(rows: &[Row], lang: Lang) -> String {
    format!(
        "{}{}",
        t!(
            lang,
            "dossier-proposed-units-proposed-recognition-learning-units"
        ),
        year_of(rows)
            .map(|y| format!(" {} {y}", t!(lang, "dossier-proposed-year-for")))
            .unwrap_or_default()
    )
}

fn tally(lines: &[Line], rows: &[Row], lang: Lang) -> String {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let recognised = rows
        .iter()
        .filter(|(_, r)| r.as_ref().is_ok_and(|v| v.outcome.recognized))
        .count();
    format!(
        "{}: {} {}; {} {}; {} {}.",
        t(key!("dossier-proposed-all")),
        rows.len(),
        t(key!("dossier-proposed-units")),
        recognised,
        t(key!("dossier-proposed-meet-conditions")),
        lines.iter().filter(|l| l.differs).count(),
        t(key!("dossier-proposed-look-again-differ-from-claim")),
    )
}

/// The list as a Word document, in the national-heading layout.
pub fn docx(rows: &[Row], rubric: &Rubric, date: NaiveDate, lang: Lang) -> Result<Vec<u8>> {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let ls = lines(rows, rubric, lang);
    let mut d = Doc::new();
    d.heading(&Heading {
        authority: Some(t(key!("dossier-proposed-district-people-s-committee"))),
        unit: t(key!("dossier-proposed-office-education-training")),
        number: None,
        place_date: summary::place_date_line(None, Some(date), lang),
        nation: t(key!("dossier-proposed-socialist-republic-vietnam")),
        motto: t(key!("dossier-proposed-independence-freedom-happiness")),
    });
    d.title(&title(rows, lang));
    d.note_center(&format!(
        "({}; {} {})",
        t(key!("dossier-proposed-attached-submission-no-ttr")),
        t(key!("dossier-proposed-under")),
        rubric.legal_basis.trim()
    ));
    let rows_out = ls
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let verified = Cell::new(&l.verified).center();
            vec![
                Cell::new((i + 1).to_string()).center(),
                Cell::new(&l.name),
                Cell::new(&l.claimed).center(),
                if l.differs { verified.bold() } else { verified },
                Cell::new(&l.remarks),
            ]
        })
        .collect();
    d.table(
        &[500, 2700, 1300, 1400, 3454],
        &[
            &t(key!("dossier-proposed-no")),
            &t(key!("dossier-proposed-unit")),
            &t(key!("dossier-proposed-claimed")),
            &t(key!("dossier-proposed-verified-dvht")),
            &t(key!("dossier-proposed-remarks")),
        ],
        rows_out,
    );
    d.text(&tally(&ls, rows, lang));
    d.signatures(
        Some(&Signer {
            on_behalf: None,
            role: t(key!("dossier-proposed-prepared")),
            hint: t(key!("dossier-proposed-signature-full-name")),
            name: None,
        }),
        &Signer {
            on_behalf: None,
            role: t(key!("dossier-proposed-head-office")),
            hint: t(key!("dossier-proposed-signature-full-name-seal")),
            name: None,
        },
    );
    d.finish()
}

/// The list as an Excel workbook: one row per unit, a column that flags differences.
pub fn xlsx(rows: &[Row], rubric: &Rubric, date: NaiveDate, lang: Lang) -> Result<Vec<u8>> {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let ls = lines(rows, rubric, lang);
    let f = Formats::new();
    let mut wb = crate::report::xlsx::dated_workbook(date);
    let ws = wb.add_worksheet();
    ws.set_name(t(key!("dossier-proposed-list")))
        .map_err(xlsx_error)?;
    ws.write_string_with_format(0, 0, title(rows, lang), &f.title)
        .map_err(xlsx_error)?;
    let header = [
        t(key!("dossier-proposed-no")),
        t(key!("dossier-proposed-folder")),
        t(key!("dossier-proposed-unit")),
        t(key!("dossier-proposed-claimed")),
        t(key!("dossier-proposed-verified-dvht")),
        t(key!("dossier-proposed-differs")),
        t(key!("dossier-proposed-remarks")),
    ];
    let widths = [5, 22, 36, 16, 22, 10, 60];
    for (c, (h, w)) in header.iter().zip(widths).enumerate() {
        let c = c as u16;
        ws.write_string_with_format(2, c, h.as_str(), &f.header)
            .map_err(xlsx_error)?;
        ws.set_column_width(c, w).map_err(xlsx_error)?;
    }
    for (i, (l, (folder, _))) in ls.iter().zip(rows).enumerate() {
        let r = 3 + i as u32;
        ws.write_number_with_format(r, 0, (i + 1) as u32, &f.int_c)
            .map_err(xlsx_error)?;
        let cells = [
            folder.as_str(),
            l.name.as_str(),
            l.claimed.as_str(),
            l.verified.as_str(),
            if l.differs {
                &t(key!("dossier-proposed-yes"))
            } else {
                ""
            },
            l.remarks.as_str(),
        ];
        for (c, v) in cells.iter().enumerate() {
            let fmt = if c == 5 { &f.bold } else { &f.wrap };
            ws.write_string_with_format(r, 1 + c as u16, crate::report::spreadsheet_safe(v), fmt)
                .map_err(xlsx_error)?;
        }
    }
    let last = 3 + ls.len() as u32;
    ws.write_string_with_format(last + 1, 1, tally(&ls, rows, lang), &f.text)
        .map_err(xlsx_error)?;
    ws.set_freeze_panes(3, 0).map_err(xlsx_error)?;
    if !ls.is_empty() {
        ws.autofilter(2, 0, last - 1, 6).map_err(xlsx_error)?;
    }
    wb.save_to_buffer().map_err(xlsx_error)
}
