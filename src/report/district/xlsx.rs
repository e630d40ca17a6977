//! The district report as an Excel workbook, one sheet per view.

use super::model::*;
use super::stats::*;
use crate::batch::DistrictRow;
use crate::error::Result;
use crate::key;
use crate::lang::Lang;
use crate::report::xlsx::{
    clip, color_scale, excel_date, header_row, print_setup, put_dec, put_int, put_ratio,
    xlsx_error, Formats,
};
use crate::rubric::{Measure, Rubric, RubricKind};
use rust_decimal::Decimal;
use rust_xlsxwriter::{Chart, ChartDataLabel, ChartFormat, ChartPoint, ChartSolidFill, XlsxError};

/// [`district_xlsx`] over what a batch kept of each unit.
pub fn render_xlsx(rows: &[DistrictRow], rubric: &Rubric, lang: Lang) -> Result<Vec<u8>> {
    build_xlsx(rows, rubric, lang).map_err(xlsx_error)
}

fn build_xlsx(rows: &[DistrictRow], rubric: &Rubric, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let levels = rubric.kind == RubricKind::Levels;
    let f = Formats::new();
    let cls = classes(rows, rubric, lang);
    let st = stats(rows, rubric, lang);
    // The latest date a unit was judged at; the epoch of Excel's calendar if none was.
    let dated = as_of_span(rows).map_or(chrono::NaiveDate::MIN, |(_, hi)| hi);
    let mut wb = crate::report::xlsx::dated_workbook(dated);

    // Sheet 1: one row per unit.
    let units = t(key!("district-xlsx-units"));
    let ws = wb.add_worksheet();
    ws.set_name(units)?;
    print_setup(ws);
    let mut cols: Vec<(String, u16)> = vec![
        (t(key!("district-xlsx-no")), 5),
        (t(key!("district-xlsx-folder")), 22),
        (t(key!("district-xlsx-unit-name")), 34),
        (t(key!("district-xlsx-members")), 10),
        (t(key!("district-xlsx-counted")), 10),
    ];
    if levels {
        cols.push((t(key!("district-xlsx-level")), 10));
        cols.push((t(key!("district-xlsx-lowest-indicator-level")), 12));
    } else {
        cols.push((t(key!("district-xlsx-total-points")), 10));
        cols.push((t(key!("district-xlsx-max-points")), 10));
    }
    cols.extend_from_slice(&[
        (t(key!("district-xlsx-outcome")), 16),
        (t(key!("district-xlsx-recognised")), 12),
        (t(key!("district-xlsx-provisional")), 10),
        (t(key!("district-xlsx-warnings")), 10),
        (t(key!("district-xlsx-level-2-from")), 13),
        (t(key!("district-xlsx-error")), 50),
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
                        t(key!("district-xlsx-yes"))
                    } else {
                        t(key!("district-xlsx-no-2"))
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
                ws.write_string_with_format(row, 7, t(key!("district-xlsx-error")), &f.text)?;
                ws.write_string_with_format(row, 12, clip(e), &f.text)?;
            }
        }
    }
    if !rows.is_empty() {
        ws.autofilter(0, 0, rows.len() as u32, (cols.len() - 1) as u16)?;
    }

    // Sheet 2: outcome counts and their chart.
    let outcomes = t(key!("district-xlsx-outcomes"));
    let ws = wb.add_worksheet();
    ws.set_name(&outcomes)?;
    header_row(
        ws,
        0,
        &[
            (t(key!("district-xlsx-outcome")), 28),
            (t(key!("district-xlsx-units-2")), 10),
            (t(key!("district-xlsx-share")), 10),
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
    ws.write_string_with_format(total_row, 0, t(key!("district-xlsx-total")), &f.bold)?;
    put_int(ws, total_row, 1, rows.len() as u64, &f.int)?;
    let mut chart = Chart::new_bar();
    chart
        .title()
        .set_name(t(key!("district-xlsx-units-outcome")).as_str());
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
        .set_categories((outcomes.as_str(), 1, 0, last, 0))
        .set_values((outcomes.as_str(), 1, 1, last, 1))
        .set_points(&points)
        .set_data_label(&label);
    chart.y_axis().set_reverse();
    chart.x_axis().set_min(0).set_major_unit(1);
    chart.set_width(560).set_height(300);
    ws.insert_chart(1, 4, &chart)?;
    print_setup(ws);

    // Sheet 3: the heat map — levels or points, one column per criterion.
    let ws = wb.add_worksheet();
    ws.set_name(t(key!("district-xlsx-heat-map")))?;
    print_setup(ws);
    let mut cols: Vec<(String, u16)> = vec![
        (t(key!("district-xlsx-folder")), 20),
        (t(key!("district-xlsx-unit")), 30),
    ];
    for c in &rubric.criteria {
        cols.push((c.id.clone(), 7));
    }
    header_row(ws, 0, &cols, &f)?;
    ws.set_freeze_panes(1, 2)?;
    for (i, (folder, r)) in rows.iter().enumerate() {
        let row = i as u32 + 1;
        ws.write_string_with_format(row, 0, clip(folder), &f.text)?;
        ws.write_string_with_format(row, 1, clip(unit_label(folder, r)), &f.text)?;
        match r {
            Err(_) => {
                ws.write_string_with_format(row, 2, t(key!("district-xlsx-error-2")), &f.text)?;
            }
            Ok(a) => {
                for (j, def) in rubric.criteria.iter().enumerate() {
                    let col = j as u16 + 2;
                    let Some(c) = cell(a, j, &def.id) else {
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
            t(key!("district-xlsx-units-below-level-1"))
        } else {
            t(key!("district-xlsx-points-lost-district"))
        },
        &f.bold,
    )?;
    ws.write_string_with_format(
        sum + 1,
        1,
        if levels {
            t(key!("district-xlsx-units-below-top-level"))
        } else {
            t(key!("district-xlsx-units-below-maximum"))
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
    ws.set_name(t(key!("district-xlsx-member-ratios")))?;
    print_setup(ws);
    let member_ids: Vec<(usize, &str)> = rubric
        .criteria
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.measure, Measure::Members { .. }))
        .map(|(at, c)| (at, c.id.as_str()))
        .collect();
    let mut cols: Vec<(String, u16)> = vec![
        (t(key!("district-xlsx-folder")), 20),
        (t(key!("district-xlsx-unit")), 30),
        (t(key!("district-xlsx-counted")), 9),
    ];
    for (_, id) in &member_ids {
        cols.push((id.to_string(), 8));
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
            let Some(c) = cell(a, *at, id) else {
                continue;
            };
            if let (Some(nn), Some(d), true) = (c.numerator, c.denominator, c.applicable) {
                put_ratio(ws, row, j as u16 + 3, nn, d, &f.percent)?;
            }
        }
    }

    // Sheet 5: indicators ranked by how much they hold the district back.
    let ws = wb.add_worksheet();
    ws.set_name(t(key!("district-xlsx-holding-back")))?;
    print_setup(ws);
    let mut cols: Vec<(String, u16)> = vec![
        (t(key!("district-xlsx-rank")), 6),
        (t(key!("district-xlsx-id")), 6),
        (t(key!("district-xlsx-indicator")), 60),
        (t(key!("district-xlsx-units-scored")), 10),
    ];
    if levels {
        cols.push((t(key!("district-xlsx-below-level-1")), 10));
        cols.push((t(key!("district-xlsx-below-top-level")), 12));
    } else {
        cols.push((t(key!("district-xlsx-points-lost")), 10));
        cols.push((t(key!("district-xlsx-below-maximum")), 12));
    }
    cols.push((t(key!("district-xlsx-units-short")), 70));
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

    super::calendar::xlsx(&mut wb, rows, &f, lang)?;

    wb.save_to_buffer()
}
