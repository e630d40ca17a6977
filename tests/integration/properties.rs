//! A property of the engine, over generated rosters: it is monotone. Turning some
//! members' "no" into "yes" never lowers a criterion's points or level, the total, or
//! the unit's level. (The properties of the exact arithmetic and of band coverage are
//! unit tests of `rubric::range` and `rubric::band`.)

use crate::common::*;
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::str::FromStr;

/// The roster of `th-tan-hoa-1` with its yes/no cells set by `yes`
/// (row-major over members × the yes/no columns).
fn roster(yes: &[bool]) -> String {
    let text = std::fs::read(root().join("examples/th-tan-hoa-1/roster.csv")).unwrap();
    let mut rd = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_slice());
    let mut wr = csv::Writer::from_writer(Vec::new());
    let mut bits = yes.iter();
    for (i, rec) in rd.records().enumerate() {
        let mut cells: Vec<String> = rec.unwrap().iter().map(str::to_string).collect();
        if i > 0 {
            for (col, (y, n)) in YES_NO {
                let on = *bits.next().unwrap_or(&false);
                cells[col] = if on { y } else { n }.to_string();
            }
        }
        wr.write_record(&cells).unwrap();
    }
    String::from_utf8(wr.into_inner().unwrap()).unwrap()
}

/// The columns of `th-tan-hoa-1/roster.csv` that hold a yes/no answer, with its words.
const YES_NO: [(usize, (&str, &str)); 15] = [
    (4, ("Có", "Không")),
    (5, ("Có", "Không")),
    (6, ("Có", "Không")),
    (7, ("Có", "Không")),
    (8, ("Có", "Không")),
    (10, ("Có", "Không")),
    (11, ("Đạt", "Chưa đạt")),
    (12, ("Đạt", "Chưa đạt")),
    (13, ("Đạt", "Chưa đạt")),
    (14, ("Đạt", "Chưa đạt")),
    (15, ("Đạt", "Chưa đạt")),
    (16, ("Đạt", "Chưa đạt")),
    (17, ("Đạt", "Chưa đạt")),
    (18, ("Đạt", "Chưa đạt")),
    (19, ("Có", "Không")),
];
const MEMBERS: usize = 35;

fn score(csv: &str, rubric: &str) -> serde_json::Value {
    let run = dvht()
        .file("u/roster.csv", csv)
        .file(
            "u/evidence.toml",
            std::fs::read(root().join("examples/th-tan-hoa-1/evidence.toml")).unwrap(),
        )
        .args([
            "score",
            "u/roster.csv",
            "--rubric",
            rubric,
            "--as-of",
            "2025-01-10",
            "--format",
            "json",
        ]);
    let out = run.run();
    // 0 recognised, 1 not recognised: both are a scored unit.
    assert!(out.code == 0 || out.code == 1, "{}", out.stderr);
    serde_json::from_str(&out.stdout).unwrap()
}

fn dec(v: &serde_json::Value) -> Decimal {
    v.as_str()
        .map_or(Decimal::ZERO, |s| Decimal::from_str(s).unwrap())
}

fn level(v: &serde_json::Value) -> u64 {
    v.as_u64().unwrap_or(0)
}

proptest! {
    // Each case runs dvht four times; a few dozen cases cover the thresholds well.
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn more_yes_never_scores_lower(
        base in prop::collection::vec(prop::bool::weighted(0.8), MEMBERS * YES_NO.len()),
        extra in prop::collection::vec(prop::bool::weighted(0.2), MEMBERS * YES_NO.len()),
    ) {
        let more: Vec<bool> = base.iter().zip(&extra).map(|(a, b)| *a || *b).collect();
        for rubric in ["hanoi", "tt24"] {
            let (a, b) = (score(&roster(&base), rubric), score(&roster(&more), rubric));
            prop_assert!(dec(&b["total"]["points"]) >= dec(&a["total"]["points"]), "{rubric}: total fell");
            prop_assert!(level(&b["outcome"]["level"]) >= level(&a["outcome"]["level"]), "{rubric}: level fell");
            let (ca, cb) = (a["criteria"].as_array().unwrap(), b["criteria"].as_array().unwrap());
            for (x, y) in ca.iter().zip(cb) {
                prop_assert!(dec(&y["points"]) >= dec(&x["points"]), "{rubric} {}: points fell", x["id"]);
                prop_assert!(level(&y["level"]) >= level(&x["level"]), "{rubric} {}: level fell", x["id"]);
            }
        }
    }
}
