//! The shipped examples score to the figures recounted by hand in
//! `examples/EXPECTED.md`, under both rubrics.

use crate::common::*;
use serde_json::Value;

fn score(unit: &str, rubric: &str, as_of: &str) -> (i32, Value) {
    let out = dvht()
        .args([
            "score",
            &example(unit, "roster.csv"),
            "--rubric",
            rubric,
            "--format",
            "json",
            "--as-of",
            as_of,
        ])
        .run();
    let code = out.code;
    (code, out.json())
}

/// (id, numerator, denominator, points or level)
fn check(json: &Value, rows: &[(&str, Option<u64>, Option<u64>, &str)]) {
    let criteria = json["criteria"].as_array().expect("criteria");
    assert_eq!(criteria.len(), rows.len());
    for (c, (id, num, den, score)) in criteria.iter().zip(rows) {
        assert_eq!(c["id"], *id);
        assert_eq!(c["numerator"].as_u64(), *num, "{id} numerator");
        assert_eq!(c["denominator"].as_u64(), *den, "{id} denominator");
        let got = if c["points"].is_string() {
            c["points"].as_str().unwrap().to_string()
        } else {
            c["level"].to_string()
        };
        assert_eq!(got, *score, "{id} score");
        assert!(c["evidence"].as_u64().unwrap() >= 1, "{id} has evidence");
    }
}

#[test]
fn kindergarten_hanoi_trung_binh() {
    let (code, j) = score("mn-hoa-sen", "hanoi", "2025-06-30");
    assert_eq!(code, 0);
    check(
        &j,
        &[
            ("1.1", None, None, "10"),
            ("1.2", None, None, "5"),
            ("1.3", None, None, "5"),
            ("2.1", Some(18), Some(20), "8"),
            ("2.2", Some(17), Some(20), "3"),
            ("2.3", Some(15), Some(20), "8"),
            ("2.4", Some(10), Some(20), "3"),
            ("3.1", Some(9), Some(20), "5"),
            ("3.2", None, None, "5"),
            ("3.3", Some(6), Some(20), "1"),
        ],
    );
    assert_eq!(j["total"]["points"], "53");
    assert_eq!(j["outcome"]["grade"], "trung-binh");
    assert_eq!(j["members"]["counted"], 20);
    assert_eq!(j["rubric"]["provisional"][0], "classification");
}

#[test]
fn kindergarten_tt24_not_recognised() {
    let (code, j) = score("mn-hoa-sen", "tt24", "2025-06-30");
    assert_eq!(code, 1);
    check(
        &j,
        &[
            ("1.1", None, None, "2"),
            ("1.2", None, None, "2"),
            ("1.3", None, None, "2"),
            ("1.4", None, None, "2"),
            ("1.5", None, None, "2"),
            ("2.1", Some(17), Some(20), "0"),
            ("2.2", Some(15), Some(20), "0"),
            ("2.3", Some(18), Some(20), "1"),
            ("2.4", Some(10), Some(20), "1"),
            ("2.5", Some(10), Some(20), "0"),
            ("3.1", Some(19), Some(20), "1"),
            ("3.2", None, None, "2"),
            ("3.3", None, None, "1"),
            ("3.4", None, None, "1"),
        ],
    );
    assert_eq!(j["outcome"]["level"], 0);
    assert_eq!(j["outcome"]["recognized"], false);
    assert_eq!(j["criteria"][5]["next"]["members_needed"], 1);
    assert_eq!(j["criteria"][9]["next"]["members_needed"], 8);
}

#[test]
fn primary_hanoi_kha_with_the_2_1_gap() {
    let (code, j) = score("th-tan-hoa-1", "hanoi", "2025-06-30");
    assert_eq!(code, 0);
    check(
        &j,
        &[
            ("1.1", None, None, "10"),
            ("1.2", None, None, "10"),
            ("1.3", None, None, "10"),
            ("2.1", Some(26), Some(34), "7"),
            ("2.2", Some(33), Some(34), "3"),
            ("2.3", Some(32), Some(34), "8"),
            ("2.4", Some(31), Some(34), "5"),
            ("3.1", Some(27), Some(34), "15"),
            ("3.2", None, None, "5"),
            ("3.3", Some(20), Some(34), "2"),
        ],
    );
    assert_eq!(j["total"]["points"], "75");
    assert_eq!(j["outcome"]["grade"], "kha");
    let c21 = &j["criteria"][3];
    assert_eq!(c21["next"]["members_needed"], 2);
    assert_eq!(c21["next"]["target"], "80–<100%");
    assert!(c21["warnings"][0].as_str().unwrap().contains("75%"));
    assert_eq!(c21["ratio"], "0.7647");
}

#[test]
fn primary_tt24_level_1() {
    let (code, j) = score("th-tan-hoa-1", "tt24", "2025-06-30");
    assert_eq!(code, 0);
    assert_eq!(j["outcome"]["level"], 1);
    assert_eq!(j["outcome"]["indicators_level"], 1);
    // 17 of 34 is exactly 50 %: level 1 for 2.4.
    assert_eq!(j["criteria"][8]["numerator"], 17);
    assert_eq!(j["criteria"][8]["level"], 1);
    assert_eq!(j["criteria"][8]["next"]["members_needed"], 7);
}

#[test]
fn upper_secondary_hanoi_tot() {
    let (code, j) = score("thpt-so-2-tuy-phuoc", "hanoi", "2025-06-30");
    assert_eq!(code, 0);
    check(
        &j,
        &[
            ("1.1", None, None, "10"),
            ("1.2", None, None, "10"),
            ("1.3", None, None, "10"),
            ("2.1", Some(80), Some(80), "10"),
            ("2.2", Some(78), Some(80), "3"),
            ("2.3", Some(79), Some(80), "8"),
            ("2.4", Some(77), Some(80), "5"),
            ("3.1", Some(80), Some(80), "25"),
            ("3.2", None, None, "10"),
            ("3.3", Some(62), Some(80), "3"),
        ],
    );
    assert_eq!(j["total"]["points"], "94");
    assert_eq!(j["outcome"]["grade"], "tot");
    assert_eq!(j["members"]["excluded"], 3);
    assert_eq!(j["criteria"][3]["next"], Value::Null);
}

#[test]
fn upper_secondary_tt24_level_2_waits_twelve_months() {
    let (code, j) = score("thpt-so-2-tuy-phuoc", "tt24", "2025-06-30");
    assert_eq!(code, 0);
    assert_eq!(j["outcome"]["indicators_level"], 2);
    assert_eq!(j["outcome"]["level"], 1);
    assert_eq!(j["outcome"]["level_2_from"], "2025-09-15");
    // every indicator still shows the level it reached
    assert!(j["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["level"] == 2));

    let (_, j) = score("thpt-so-2-tuy-phuoc", "tt24", "2025-09-14");
    assert_eq!(j["outcome"]["level"], 1);
    let (_, j) = score("thpt-so-2-tuy-phuoc", "tt24", "2025-09-15");
    assert_eq!(j["outcome"]["level"], 2);
    assert_eq!(j["outcome"]["level_2_from"], Value::Null);
    assert!(j["outcome"]["provisional"].as_bool().unwrap());
}

#[test]
fn table_ends_with_the_outcome() {
    dvht()
        .args([
            "score",
            &example("thpt-so-2-tuy-phuoc", "roster.csv"),
            "--rubric",
            "hanoi",
        ])
        .run()
        .code(0)
        .stdout_has("Tổng điểm: 94/100")
        .stdout_has("Xếp loại: Tốt — được công nhận");
    dvht()
        .args([
            "score",
            &example("mn-hoa-sen", "roster.csv"),
            "--rubric",
            "tt24",
            "--lang",
            "en",
        ])
        .run()
        .code(1)
        .stdout_has("Outcome: Not recognised\n");
}
