//! The district's calendar lists, under `dvht batch --format html|xlsx`:
//!
//! - units that may propose level 2 this year: the latest decision counted is level 1,
//!   its 12 months end during or before this year, and the recognition is still
//!   retained on that day;
//! - recognitions that lapse this year (and those already lapsed), so the district
//!   knows which units must be recognised anew.
//!
//! "This year" is the year of the date the units are judged at (by default 15/01 of
//! the year after the assessment year: the year the district handles the dossiers);
//! when units are judged at different dates, the most common year, the latest on a tie.
//! Rubrics without a recognition rule (points rubrics) give no lists.

use crate::batch::DistrictRow;
use crate::calendar::Calendar;
use crate::date::{long_date, short_date};
use crate::lang::Lang;
use crate::report::markup::{html, Html};
use crate::report::xlsx::{clip, excel_date, header_row, print_setup, put_int, Formats};
use crate::{key, t};
use chrono::Datelike;
use rust_xlsxwriter::{Workbook, XlsxError};

/// One unit in a list: its folder, name and calendar.
pub struct Entry<'a> {
    pub folder: &'a str,
    pub name: &'a str,
    pub calendar: &'a Calendar,
    /// Levels rubrics: the level every indicator reaches (before the 12-month rule).
    pub indicators_level: Option<u8>,
}

pub struct Lists<'a> {
    pub year: i32,
    pub level_2: Vec<Entry<'a>>,
    pub lapsing: Vec<Entry<'a>>,
}

/// The two lists, or `None` when no unit was judged under a recognition rule.
pub fn lists(rows: &[DistrictRow]) -> Option<Lists<'_>> {
    let units: Vec<Entry> = rows
        .iter()
        .filter_map(|(folder, r)| {
            let a = r.as_ref().ok()?;
            a.calendar.rule?;
            Some(Entry {
                folder,
                name: a.name.as_deref().unwrap_or(folder),
                calendar: &a.calendar,
                indicators_level: a.outcome.indicators_level,
            })
        })
        .collect();
    if units.is_empty() {
        return None;
    }
    let year = common_year(units.iter().map(|e| e.calendar.as_of.date.year()));
    let mut level_2: Vec<Entry> = Vec::new();
    let mut lapsing: Vec<Entry> = Vec::new();
    for e in units {
        let c = e.calendar;
        let (Some(r), Some(from), Some(until)) = (&c.recognition, c.level_2_from, c.retained_until)
        else {
            continue;
        };
        if until.year() <= year {
            lapsing.push(e);
            continue;
        }
        if r.level == 1 && from.year() <= year && from <= until {
            level_2.push(e);
        }
    }
    level_2.sort_by_key(|e| (e.calendar.level_2_from, e.folder));
    lapsing.sort_by_key(|e| (e.calendar.retained_until, e.folder));
    Some(Lists {
        year,
        level_2,
        lapsing,
    })
}

/// The most common year; the latest on a tie.
fn common_year(years: impl Iterator<Item = i32>) -> i32 {
    let mut counts: std::collections::BTreeMap<i32, usize> = Default::default();
    for y in years {
        *counts.entry(y).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(y, n)| (*n, *y))
        .map_or(0, |(y, _)| y)
}

fn decision_text(c: &Calendar, lang: Lang) -> String {
    let Some(r) = &c.recognition else {
        return String::new();
    };
    let number = r
        .decision
        .as_deref()
        .map(|d| format!("{d}, "))
        .unwrap_or_default();
    format!(
        "{number}{} ({} {})",
        short_date(r.decided_on),
        t!(lang, "district-calendar-level"),
        r.level
    )
}

fn lapse_status(c: &Calendar, year: i32, lang: Lang) -> String {
    match c.retained_until {
        Some(u) if u.year() < year => format!(
            "{} {}",
            t!(lang, "district-calendar-lapsed-since"),
            long_date(u.succ_opt().unwrap_or(u), lang)
        ),
        Some(u) => format!(
            "{} {}",
            t!(lang, "district-calendar-lapses-after"),
            long_date(u, lang)
        ),
        None => String::new(),
    }
}

/// The two lists as HTML sections for the district page.
pub fn html(b: &mut Html, rows: &[DistrictRow], lang: Lang) {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let Some(l) = lists(rows) else {
        return;
    };
    html!(b; "<h2>" {t(key!("district-calendar-units-that-may-propose-level"))} " " {l.year} "</h2>\n");
    if l.level_2.is_empty() {
        html!(b; "<p>" {t(key!("district-calendar-none"))} "</p>\n");
    } else {
        html!(b; "<table class=\"units\"><thead><tr><th>" {t(key!("district-calendar-no"))} "</th><th>"
            {t(key!("district-calendar-unit"))} "</th><th>" {t(key!("district-calendar-recognition-decision"))}
            "</th><th>" {t(key!("district-calendar-level-2-from"))} "</th><th>"
            {t(key!("district-calendar-indicators-now-reach"))} "</th></tr></thead><tbody>\n");
        for (i, e) in l.level_2.iter().enumerate() {
            html!(b; "<tr><td class=\"c\">" {i + 1} "</td><td class=\"name\">" {e.name} "</td><td>"
                {decision_text(e.calendar, lang)} "</td><td>" {e.calendar.level_2_from.map(|d| long_date(d, lang))}
                "</td><td class=\"c\">" {e.indicators_level} "</td></tr>\n");
        }
        b.raw("</tbody></table>\n");
    }
    html!(b; "<h2>" {t(key!("district-calendar-recognitions-that-lapse"))} " " {l.year} "</h2>\n");
    if l.lapsing.is_empty() {
        html!(b; "<p>" {t(key!("district-calendar-none"))} "</p>\n");
    } else {
        html!(b; "<table class=\"units\"><thead><tr><th>" {t(key!("district-calendar-no"))} "</th><th>"
            {t(key!("district-calendar-unit"))} "</th><th>" {t(key!("district-calendar-recognition-decision"))}
            "</th><th>" {t(key!("district-calendar-retained"))} "</th></tr></thead><tbody>\n");
        for (i, e) in l.lapsing.iter().enumerate() {
            html!(b; "<tr><td class=\"c\">" {i + 1} "</td><td class=\"name\">" {e.name} "</td><td>"
                {decision_text(e.calendar, lang)} "</td><td>" {lapse_status(e.calendar, l.year, lang)}
                "</td></tr>\n");
        }
        b.raw("</tbody></table>\n");
    }
}

/// The two lists as one more sheet of the district workbook.
pub fn xlsx(
    wb: &mut Workbook,
    rows: &[DistrictRow],
    f: &Formats,
    lang: Lang,
) -> Result<(), XlsxError> {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let Some(l) = lists(rows) else {
        return Ok(());
    };
    let ws = wb.add_worksheet();
    ws.set_name(t(key!("district-calendar-recognition-calendar")))?;
    print_setup(ws);
    let cols: Vec<(String, u16)> = vec![
        (t(key!("district-calendar-list")), 28),
        (t(key!("district-calendar-no")), 5),
        (t(key!("district-calendar-folder")), 22),
        (t(key!("district-calendar-unit-name")), 34),
        (t(key!("district-calendar-recognition-decision")), 30),
        (t(key!("district-calendar-level-2-from-2")), 13),
        (t(key!("district-calendar-retained-until")), 13),
        (t(key!("district-calendar-indicators-now-reach")), 12),
    ];
    header_row(ws, 0, &cols, f)?;
    let mut row = 1u32;
    let sections = [
        (
            format!(
                "{} {}",
                t(key!("district-calendar-may-propose-level-2")),
                l.year
            ),
            &l.level_2,
        ),
        (
            format!("{} {}", t(key!("district-calendar-lapse")), l.year),
            &l.lapsing,
        ),
    ];
    for (title, list) in sections {
        for (i, e) in list.iter().enumerate() {
            ws.write_string_with_format(row, 0, clip(&title), &f.text)?;
            put_int(ws, row, 1, (i + 1) as u64, &f.int)?;
            ws.write_string_with_format(row, 2, clip(e.folder), &f.text)?;
            ws.write_string_with_format(row, 3, clip(e.name), &f.text)?;
            ws.write_string_with_format(row, 4, clip(decision_text(e.calendar, lang)), &f.text)?;
            if let Some(d) = e.calendar.level_2_from.and_then(excel_date) {
                ws.write_datetime_with_format(row, 5, &d, &f.date)?;
            }
            if let Some(d) = e.calendar.retained_until.and_then(excel_date) {
                ws.write_datetime_with_format(row, 6, &d, &f.date)?;
            }
            if let Some(level) = e.indicators_level {
                put_int(ws, row, 7, u64::from(level), &f.int)?;
            }
            row += 1;
        }
    }
    Ok(())
}
