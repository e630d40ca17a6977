//! The district report: many units scored under one rubric, readable at a glance.
//!
//! One row per unit, a chart of outcomes, and a per-criterion heat map with the
//! indicators that hold the district back — as one self-contained HTML page
//! ([`render_html`], inline SVG, printable on A4) or as an Excel workbook with one
//! sheet per view ([`render_xlsx`], number cells, frozen header rows).
//!
//! Both take what `dvht batch` keeps of each unit folder, in the order to print
//! (folder-name order): a `DistrictUnit` (a few hundred bytes: the outcome and one
//! `Cell` per criterion), or the error that kept it from being scored.

mod html;
mod model;
mod stats;
mod xlsx;

pub mod calendar;

pub use html::render_html;
pub use xlsx::render_xlsx;

#[cfg(test)]
use crate::{
    batch::{compact, DistrictUnit, UnitResult},
    lang::Lang,
    rubric::Rubric,
};

/// The district page over whole assessments, as the tests build them.
#[cfg(test)]
fn district_html(rows: &[UnitResult], rubric: &Rubric, lang: Lang) -> String {
    render_html(&compact(rows), rubric, lang)
}

#[cfg(test)]
mod tests {
    use super::html::list_some;
    use super::model::classes;
    use super::stats::{ranking, stats};
    use super::*;
    use crate::score::assessment::Assessment;
    use crate::score::{assess, Options};
    use rust_decimal::Decimal;

    fn examples(rubric: &Rubric) -> Vec<UnitResult> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        let opts = Options {
            as_of: Some(chrono::NaiveDate::from_ymd_opt(2025, 6, 30).unwrap()),
            today: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
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
                    Ok(assess(rubric, &u.roster, u.manifest.as_ref(), &opts)
                        .expect("example scores")),
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
    }

    /// The page names every unit (escaped), shows the totals on its cards and the
    /// number of units per outcome on its chart, counted here from the rows.
    #[test]
    fn html_holds_every_unit_the_totals_and_the_outcome_counts() {
        let rubric = crate::rubric::load("tt24").unwrap();
        let rows = examples(&rubric);
        let html = district_html(&rows, &rubric, Lang::Vi);
        for (folder, r) in &rows {
            let name = match r {
                Ok(a) => a.unit.name.clone().unwrap_or_else(|| folder.clone()),
                Err(_) => folder.clone(),
            };
            let escaped = crate::report::markup::Html::text(&name).into_string();
            assert!(html.contains(&format!(">{escaped}<")), "{name}");
        }
        let card = |n: usize, k: &str| format!(">{n}</div><div class=\"k\">{k}</div>");
        let ok: Vec<&Assessment> = rows.iter().filter_map(|(_, r)| r.as_ref().ok()).collect();
        let recognised = ok.iter().filter(|a| a.outcome.recognized).count();
        assert_eq!((rows.len(), ok.len(), recognised), (4, 3, 2));
        assert!(html.contains(&card(4, "đơn vị")), "units card");
        assert!(
            html.contains(&card(2, "đủ điều kiện công nhận")),
            "recognised"
        );
        assert!(
            html.contains(&card(1, "chưa đủ điều kiện")),
            "not recognised"
        );
        assert!(html.contains(&card(1, "không đọc được")), "errors");
        for (label, n) in [
            ("Đạt mức độ 2", 0),
            (
                "Đạt mức độ 1",
                ok.iter().filter(|a| a.outcome.level == Some(1)).count(),
            ),
            (
                "Không đạt",
                ok.iter().filter(|a| a.outcome.level == Some(0)).count(),
            ),
            ("Không đọc được (lỗi)", rows.len() - ok.len()),
        ] {
            let share = crate::report::percent(n as u64, rows.len() as u64, Lang::Vi);
            let bar = format!(">{}</text>", crate::report::markup::Html::text(label));
            let at = html.find(&bar).unwrap_or_else(|| panic!("{label}"));
            let count = format!(">{n} ({share})</text>");
            let next = html[at..]
                .find(&count)
                .unwrap_or_else(|| panic!("{label}: {n}"));
            // The count is the text element right after its label and bar.
            assert!(
                !html[at + bar.len()..at + next].contains("</text>"),
                "{label}"
            );
        }
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
