//! `dvht compare`: one unit under two rubrics, side by side.

use crate::common::*;

#[test]
fn primary_school_under_hanoi_and_tt24() {
    let out = dvht()
        .args([
            "compare",
            &example("th-tan-hoa-1", "roster.csv"),
            "--rubric",
            "hanoi",
            "--rubric",
            "tt24",
            "--as-of",
            "2025-06-30",
            "--format",
            "json",
        ])
        .run()
        .code(0);
    let j = out.json();
    assert_eq!(j["schema"], "dvht.compare/1");
    let a = &j["assessments"][0];
    let b = &j["assessments"][1];
    assert_eq!(a["schema"], "dvht.assessment/1");
    assert_eq!(a["rubric"]["id"], "hanoi-2021");
    assert_eq!(a["total"]["points"], "75");
    assert_eq!(a["outcome"]["grade"], "kha");
    assert_eq!(b["rubric"]["id"], "tt24-2023");
    assert_eq!(b["outcome"]["level"], 1);
    // discipline: Hà Nội 2.2 beside TT 24 2.1, measured the same (33/34)
    let row = j["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["inputs"] == serde_json::json!(["discipline"]))
        .expect("a discipline row");
    assert_eq!(row["match"], "renamed");
    assert_eq!(row["old"], "2.2");
    assert_eq!(row["new"], "2.1");
    assert_eq!(a["criteria"][4]["numerator"], 33);
    assert_eq!(b["criteria"][5]["numerator"], 33);
}

#[test]
fn the_table_puts_both_outcomes_side_by_side() {
    dvht()
        .args([
            "compare",
            &example("thpt-so-2-tuy-phuoc", "roster.csv"),
            "--rubric",
            "hanoi",
            "--rubric",
            "tt24",
            "--as-of",
            "2025-06-30",
            "--lang",
            "en",
        ])
        .run()
        .code(0)
        .stdout_has("94/100 — Good — recognised")
        .stdout_has("Level 1 — recognised")
        .stdout_has("(no such criterion)")
        .stdout_has("[hanoi-2021, tt24-2023] 3 member(s) not counted");
}

#[test]
fn the_roster_may_come_from_standard_input() {
    let roster = std::fs::read_to_string(example("mn-hoa-sen", "roster.csv")).unwrap();
    let j = dvht()
        .stdin(roster)
        .args([
            "compare",
            "-",
            "--rubric",
            "hanoi",
            "--rubric",
            "tt24",
            "--evidence",
            &example("mn-hoa-sen", "evidence.toml"),
            "--format",
            "json",
        ])
        .run()
        .code(0)
        .json();
    assert_eq!(j["assessments"][0]["total"]["points"], "53");
    assert_eq!(j["assessments"][1]["outcome"]["level"], 0);
}

#[test]
fn compare_needs_exactly_two_rubrics() {
    dvht()
        .args([
            "compare",
            &example("mn-hoa-sen", "roster.csv"),
            "--rubric",
            "hanoi",
            "--lang",
            "en",
        ])
        .run()
        .code(2)
        .stderr_has("exactly two `--rubric`");
}

#[test]
fn a_column_either_rubric_needs_must_be_there() {
    dvht()
        .file("roster.csv", "name,discipline\nA,x\n")
        .args([
            "compare",
            "roster.csv",
            "--rubric",
            "hanoi",
            "--rubric",
            "tt24",
        ])
        .run()
        .code(2)
        .no_panic();
}
