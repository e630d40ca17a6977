//! Properties of the exact arithmetic and of the engine, over generated inputs:
//! - `members_for` gives the fewest members that reach a share, and they do reach it;
//! - a share that reaches a threshold still reaches it with one more member;
//! - band coverage (`rubric::band::coverage`) agrees with membership: a share in no
//!   band lies in a reported gap, a share in two bands means a reported overlap;
//! - the engine is monotone: turning some members' "no" into "yes" never lowers a
//!   criterion's points or level, the total, or the unit's level.

use crate::common::*;
use dvht::rubric::band::coverage;
use dvht::rubric::range::{at_least, members_for, PercentRange};
use dvht::rubric::Band;
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::str::FromStr;

/// A percentage with up to two decimals, 0–100.
fn pct() -> impl Strategy<Value = Decimal> {
    (0u32..=10_000).prop_map(|bp| Decimal::new(i64::from(bp), 2))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn members_for_is_minimal_and_sufficient(den in 1u64..5000, p in pct(), inclusive: bool) {
        let m = members_for(den, p, inclusive);
        if m <= den {
            prop_assert!(at_least(m, den, p, inclusive), "{m}/{den} should reach {p} %");
            if m > 0 {
                prop_assert!(!at_least(m - 1, den, p, inclusive), "{}/{den} already reaches {p} %", m - 1);
            }
        } else {
            prop_assert!(!at_least(den, den, p, inclusive), "all {den} reach {p} %, yet none suffices");
        }
    }

    #[test]
    fn one_more_member_never_loses_a_threshold(den in 1u64..5000, num in 0u64..5000, p in pct(), inclusive: bool) {
        let num = num.min(den - 1);
        if at_least(num, den, p, inclusive) {
            prop_assert!(at_least(num + 1, den, p, inclusive));
        }
    }

    #[test]
    fn nine_of_ten_is_exactly_ninety_percent(k in 1u64..1000) {
        let ninety = Decimal::from(90);
        prop_assert!(at_least(9 * k, 10 * k, ninety, true));
        prop_assert!(!at_least(9 * k, 10 * k, ninety, false));
        prop_assert!(!at_least(9 * k - 1, 10 * k, ninety, true));
    }
}

fn band(lo: u32, lo_in: bool, hi: u32, hi_in: bool) -> Band {
    Band {
        range: PercentRange {
            lo: Decimal::from(lo),
            lo_inclusive: lo_in,
            hi: Decimal::from(hi),
            hi_inclusive: hi_in,
        },
        points: Decimal::ONE,
        source: "test".into(),
        provisional: false,
    }
}

fn bands() -> impl Strategy<Value = Vec<Band>> {
    prop::collection::vec(
        (0u32..=100, any::<bool>(), 0u32..=100, any::<bool>()).prop_map(|(a, ai, b, bi)| {
            let (lo, hi) = (a.min(b), a.max(b));
            band(lo, ai || lo == hi, hi, bi || lo == hi)
        }),
        1..5,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn coverage_agrees_with_membership(bs in bands(), den in 1u64..200, num in 0u64..200) {
        let num = num.min(den);
        let cov = coverage(&bs);
        let holding = bs.iter().filter(|b| b.range.contains(num, den)).count();
        if holding == 0 {
            prop_assert!(
                cov.gaps.iter().any(|g| g.contains(num, den)),
                "{num}/{den} is in no band, but no gap holds it: {:?}", cov.gaps
            );
        }
        if holding >= 2 {
            prop_assert!(!cov.overlaps.is_empty(), "{num}/{den} is in {holding} bands, no overlap reported");
        }
        if cov.gaps.is_empty() && cov.overlaps.is_empty() {
            prop_assert_eq!(holding, 1);
        }
    }
}

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
