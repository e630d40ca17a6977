//! `dvht batch`: every unit under a folder, equal to `dvht score` unit by unit.

use crate::common::*;
use serde::Deserialize;
use std::path::Path;

// The generator shipped as `cargo run --example gen_district`, used here as a library.
#[allow(dead_code)]
#[path = "../../examples/gen_district.rs"]
mod gen_district;

fn generate(dir: &Path, units: usize, broken: usize, mixed: bool) {
    let opts = gen_district::Options {
        units,
        members: 24,
        seed: 11,
        districts: 1,
        broken,
        mixed,
        evidence_files: true,
    };
    gen_district::generate(dir, &opts).expect("generate a district");
}

/// `dvht.batch/1`, pinned: a field added or renamed fails here first.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Batch {
    schema: String,
    rubric: RubricHead,
    as_of: String,
    as_of_source: String,
    units: Vec<UnitRow>,
    summary: Summary,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RubricHead {
    id: String,
    #[allow(dead_code)]
    title: String,
    #[allow(dead_code)]
    version: String,
    kind: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UnitRow {
    folder: String,
    name: Option<String>,
    members: Option<u64>,
    excluded: Option<u64>,
    total: Option<serde_json::Value>,
    outcome: Option<serde_json::Value>,
    warnings: Option<usize>,
    evidence_problems: Option<usize>,
    error: Option<String>,
    as_of: Option<String>,
    as_of_source: Option<String>,
    calendar: Option<serde_json::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Summary {
    units: u64,
    recognized: u64,
    not_recognized: u64,
    errors: u64,
    by_outcome: Vec<OutcomeCount>,
    evidence_problems: Option<EvidenceSummary>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OutcomeCount {
    grade: Option<String>,
    level: Option<u8>,
    #[allow(dead_code)]
    label: String,
    #[allow(dead_code)]
    recognized: bool,
    units: u64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EvidenceSummary {
    problems: u64,
    units: u64,
}

/// Without `--as-of`, each unit is judged at its own default date, as `score` does.
#[test]
fn batch_judges_each_unit_at_its_own_date() {
    let examples = root().join("examples");
    let out = dvht()
        .args(["batch", examples.to_str().unwrap(), "--rubric", "tt24"])
        .args(["--format", "json"])
        .run()
        .code(0);
    let b = batch_json(&out);
    assert_eq!(
        (b.as_of.as_str(), b.as_of_source.as_str()),
        (TODAY, "per-unit")
    );
    for u in &b.units {
        // the examples are 2024 units without submitted_on, today is past the deadline
        assert_eq!(u.as_of.as_deref(), Some("2025-01-15"), "{}", u.folder);
        assert_eq!(u.as_of_source.as_deref(), Some("deadline"), "{}", u.folder);
        let roster = examples.join(&u.folder).join("roster.csv");
        let s = dvht()
            .args([
                "score",
                roster.to_str().unwrap(),
                "--rubric",
                "tt24",
                "--format",
                "json",
            ])
            .run()
            .json();
        assert_eq!(u.calendar.as_ref(), Some(&s["calendar"]), "{}", u.folder);
        assert_eq!(u.outcome.as_ref(), Some(&s["outcome"]), "{}", u.folder);
    }
    let thpt = b
        .units
        .iter()
        .find(|u| u.folder == "thpt-so-2-tuy-phuoc")
        .unwrap();
    assert_eq!(thpt.outcome.as_ref().unwrap()["level"], 1);
}

fn batch_json(out: &Output) -> Batch {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}:\n{}", out.stdout))
}

#[test]
fn batch_equals_score_unit_by_unit() {
    let run = dvht();
    let district = run.path("huyen");
    generate(&district, 30, 0, true);
    for rubric in ["hanoi", "tt24"] {
        let out = dvht()
            .args(["batch", district.to_str().unwrap(), "--rubric", rubric])
            .args(["--format", "json", "--as-of", "2025-06-30", "--lang", "en"])
            .run()
            .code(0);
        let b = batch_json(&out);
        assert_eq!(b.schema, "dvht.batch/1");
        assert_eq!(b.as_of, "2025-06-30");
        assert_eq!(b.as_of_source, "flag");
        assert_eq!(b.units.len(), 30);
        assert_eq!(b.summary.units, 30);
        assert_eq!(b.summary.errors, 0);
        assert_eq!(b.summary.recognized + b.summary.not_recognized, 30);
        let folders: Vec<&str> = b.units.iter().map(|u| u.folder.as_str()).collect();
        let mut sorted = folders.clone();
        sorted.sort();
        assert_eq!(folders, sorted, "folder-name order");

        let mut recognized = 0;
        for u in &b.units {
            let roster = district.join(&u.folder).join("roster.csv");
            let score = dvht()
                .args(["score", roster.to_str().unwrap(), "--rubric", rubric])
                .args(["--format", "json", "--as-of", "2025-06-30", "--lang", "en"])
                .run();
            let s = score.json();
            let outcome = &s["outcome"];
            assert_eq!(
                score.code,
                if outcome["recognized"] == true { 0 } else { 1 }
            );
            let what = format!("{rubric} {}", u.folder);
            assert_eq!(u.outcome.as_ref(), Some(outcome), "{what}");
            assert_eq!(
                u.total.as_ref().unwrap_or(&serde_json::Value::Null),
                &s["total"],
                "{what}"
            );
            assert_eq!(u.members, s["members"]["counted"].as_u64(), "{what}");
            assert_eq!(u.excluded, s["members"]["excluded"].as_u64(), "{what}");
            assert_eq!(
                u.warnings,
                s["warnings"].as_array().map(|w| w.len()),
                "{what}"
            );
            assert_eq!(u.name.as_deref(), s["unit"]["name"].as_str(), "{what}");
            assert_eq!(u.as_of.as_deref(), s["as_of"].as_str(), "{what}");
            assert_eq!(u.as_of_source.as_deref(), Some("flag"), "{what}");
            assert_eq!(u.calendar.as_ref(), Some(&s["calendar"]), "{what}");
            assert!(u.error.is_none() && u.evidence_problems.is_none());
            recognized += usize::from(outcome["recognized"] == true);
        }
        assert_eq!(b.summary.recognized as usize, recognized);
        let by_outcome: u64 = b.summary.by_outcome.iter().map(|c| c.units).sum();
        assert_eq!(by_outcome, 30);
        match rubric {
            "hanoi" => {
                assert_eq!(b.rubric.id, "hanoi-2021");
                assert_eq!(b.rubric.kind, "points");
                let grades: Vec<_> = b
                    .summary
                    .by_outcome
                    .iter()
                    .map(|c| c.grade.clone())
                    .collect();
                assert_eq!(grades.len(), 4);
                assert!(grades.iter().all(Option::is_some));
            }
            _ => {
                assert_eq!(b.rubric.kind, "levels");
                let levels: Vec<_> = b.summary.by_outcome.iter().map(|c| c.level).collect();
                assert_eq!(levels, [Some(2), Some(1), Some(0)]);
            }
        }
    }
}

#[test]
fn the_outcomes_of_a_generated_district_vary() {
    let run = dvht();
    let district = run.path("huyen");
    generate(&district, 60, 0, false);
    for rubric in ["hanoi", "tt24"] {
        let out = dvht()
            .args(["batch", district.to_str().unwrap(), "--rubric", rubric])
            .args(["--format", "json", "--as-of", "2025-06-30"])
            .run()
            .code(0);
        let b = batch_json(&out);
        assert!(b.summary.recognized > 0 && b.summary.not_recognized > 0);
        assert!(b.units.iter().any(|u| u.excluded.unwrap_or(0) > 0));
    }
}

/// A full roster whose second member (line 3) answers `maybe` for `discipline` (column 6).
fn bad_roster() -> String {
    let mut lines: Vec<String> = roster(3, &[]).lines().map(str::to_string).collect();
    let mut cells: Vec<&str> = lines[2].split(',').collect();
    cells[5] = "maybe";
    lines[2] = cells.join(",");
    lines.join("\n")
}

#[test]
fn a_unit_that_cannot_be_read_is_reported_and_the_others_go_on() {
    let run = dvht()
        .file("huyen/b-ok/roster.csv", roster(10, &[]))
        .file("huyen/b-ok/evidence.toml", FULL_EVIDENCE)
        .file("huyen/b-ok/minh-chung/tong-hop.txt", "x")
        .file("huyen/a-bad/roster.csv", bad_roster())
        .file("huyen/c-empty/roster.csv", FULL_HEADER)
        .file("huyen/d-no-evidence/roster.csv", roster(5, &[]));
    let out = run
        .args([
            "batch",
            "huyen",
            "--rubric",
            "tt24",
            "--as-of",
            "2025-06-30",
        ])
        .args(["--lang", "en"])
        .run()
        .code(2)
        .no_panic()
        .stdout_has("ERROR (see below)")
        .stdout_has("Units that could not be read")
        .stdout_has("roster.csv:3:6")
        .stdout_has("`maybe`")
        .stdout_has("no counted member")
        .stdout_has("Errors: 2");
    let a = out.stdout.find("a-bad").unwrap();
    let b = out.stdout.find("b-ok").unwrap();
    let d = out.stdout.find("d-no-evidence").unwrap();
    assert!(a < b && b < d, "folder order:\n{}", out.stdout);

    let json = dvht()
        .file("huyen/b-ok/roster.csv", roster(10, &[]))
        .file("huyen/a-bad/roster.csv", bad_roster())
        .args(["batch", "huyen", "--rubric", "tt24", "--format", "json"])
        .run()
        .code(2);
    let b = batch_json(&json);
    assert_eq!(b.summary.errors, 1);
    assert_eq!(b.units[0].folder, "a-bad");
    assert!(b.units[0]
        .error
        .as_deref()
        .unwrap()
        .contains("roster.csv:3:6"));
    assert!(b.units[0].outcome.is_none() && b.units[0].members.is_none());
    assert!(b.units[1].error.is_none());
}

#[test]
fn generated_broken_units_exit_2_and_quiet_prints_only_their_errors() {
    let run = dvht();
    let district = run.path("tinh");
    generate(&district, 12, 3, false);
    let d = district.to_str().unwrap();
    let out = dvht()
        .args(["batch", d, "--rubric", "hanoi", "--format", "json"])
        .run()
        .code(2);
    let b = batch_json(&out);
    assert_eq!(b.summary.errors, 3);
    assert_eq!(b.summary.units, 12);
    let quiet = dvht()
        .args(["batch", d, "--rubric", "hanoi", "--quiet"])
        .run()
        .code(2);
    assert_eq!(quiet.stdout, "");
    assert_eq!(quiet.stderr.lines().count(), 3, "{}", quiet.stderr);
    assert!(quiet.stderr.lines().all(|l| l.starts_with("dvht: ")));
}

#[test]
fn units_are_found_at_any_depth_but_not_inside_a_unit() {
    let out = dvht()
        .file("tinh/huyen-2/x/roster.csv", roster(4, &[]))
        .file("tinh/huyen-1/y/roster.csv", roster(4, &[]))
        .file("tinh/huyen-1/y/minh-chung/roster.csv", roster(4, &[]))
        .file("tinh/huyen-1-moi/z/roster.csv", roster(4, &[]))
        .file("tinh/ghi-chu.txt", "not a unit")
        .args(["batch", "tinh", "--rubric", "hanoi", "--format", "csv"])
        .run()
        .code(0);
    let folders: Vec<&str> = out
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(folders, ["huyen-1/y", "huyen-1-moi/z", "huyen-2/x"]);
}

#[test]
fn csv_is_ready_for_excel() {
    let evidence = FULL_EVIDENCE.replace("Trường Thử nghiệm", "=HYPERLINK(\\\"x\\\")");
    let out = dvht()
        .file("h/u1/roster.csv", roster(10, &[("discipline", 1)]))
        .file("h/u1/evidence.toml", &evidence)
        .args([
            "batch", "h", "--rubric", "hanoi", "--format", "csv", "--bom",
        ])
        .run()
        .code(0);
    assert!(out.stdout.starts_with('\u{FEFF}'), "{}", out.stdout);
    let mut lines = out.stdout.trim_start_matches('\u{FEFF}').lines();
    assert_eq!(
        lines.next().unwrap(),
        "folder,name,members,excluded,total,max_points,level,grade,recognized,label,warnings,evidence_problems,error,as_of,as_of_source,level_2_from,retained_until,as_of_source_label"
    );
    let row = lines.next().unwrap();
    assert!(row.starts_with("u1,\"'=HYPERLINK"), "{row}");
    // the date each unit was judged at, and why (hanoi-2021 has no level-2 rule)
    assert!(
        row.ends_with(",2025-01-15,deadline,,,hạn nộp hồ sơ"),
        "{row}"
    );
    assert!(lines.next().is_none());

    let plain = dvht()
        .file("h/u1/roster.csv", roster(10, &[]))
        .args(["batch", "h", "--rubric", "hanoi", "--format", "csv"])
        .run()
        .code(0);
    assert!(plain.stdout.starts_with("folder,"));
}

#[test]
fn check_evidence_counts_missing_files() {
    let out = dvht()
        .file("h/a/roster.csv", roster(10, &[]))
        .file("h/a/evidence.toml", FULL_EVIDENCE)
        .file("h/a/minh-chung/tong-hop.txt", "x")
        .file("h/b/roster.csv", roster(10, &[]))
        .file("h/b/evidence.toml", FULL_EVIDENCE)
        .file("h/c/roster.csv", roster(10, &[]))
        .file("h/d/roster.csv", roster(10, &[]))
        .file(
            "h/d/evidence.toml",
            FULL_EVIDENCE.replace("minh-chung/tong-hop.txt", "../a/minh-chung/tong-hop.txt"),
        )
        .args(["batch", "h", "--rubric", "tt24", "--format", "json"])
        .args(["--check-evidence"])
        .run()
        .code(0);
    let b = batch_json(&out);
    let problems: Vec<Option<usize>> = b.units.iter().map(|u| u.evidence_problems).collect();
    // The full `check-evidence` checker runs per unit. b: its only file is missing,
    // so every one of the 14 TT 24 criteria also lacks evidence (1 + 14); c: no
    // evidence.toml at all; d: the file is outside the unit (1 + 14 as well).
    assert_eq!(problems, [Some(0), Some(15), Some(1), Some(15)]);
    let e = b.summary.evidence_problems.unwrap();
    assert_eq!((e.problems, e.units), (31, 3));

    let table = dvht()
        .file("h/b/roster.csv", roster(10, &[]))
        .file("h/b/evidence.toml", FULL_EVIDENCE)
        .args([
            "batch",
            "h",
            "--rubric",
            "tt24",
            "--check-evidence",
            "--lang",
            "en",
        ])
        .run()
        .code(0);
    let table = table.stdout_has("Evidence problems: 15 (in 1 units)");
    assert!(table.stdout.contains("Evidence problems"));
}

#[test]
fn strict_evidence_and_jobs_reach_every_unit() {
    let run = dvht();
    let district = run.path("huyen");
    generate(&district, 20, 0, false);
    let d = district.to_str().unwrap();
    let base = |extra: &[&str]| {
        dvht()
            .args(["batch", d, "--rubric", "hanoi", "--format", "csv"])
            .args(["--as-of", "2025-06-30"])
            .args(extra)
            .run()
            .code(0)
            .stdout
    };
    let all = base(&[]);
    assert_eq!(all, base(&["--jobs", "1"]));
    assert_eq!(all, base(&["--jobs", "3"]));
    let strict = base(&["--strict-evidence"]);
    assert_ne!(all, strict);
    // One unit, scored strictly, matches `dvht score --strict-evidence`.
    let first = strict.lines().nth(1).unwrap();
    let folder = first.split(',').next().unwrap();
    let total = first.split(',').nth(4).unwrap();
    let roster = district.join(folder).join("roster.csv");
    let s = dvht()
        .args(["score", roster.to_str().unwrap(), "--rubric", "hanoi"])
        .args([
            "--format",
            "json",
            "--strict-evidence",
            "--as-of",
            "2025-06-30",
        ])
        .run()
        .json();
    assert_eq!(s["total"]["points"], total);
}

#[test]
fn usage_errors() {
    dvht()
        .file("empty/readme.txt", "nothing here")
        .args(["batch", "empty", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("no folder here holds a roster.csv");
    dvht()
        .args(["batch", "missing", "--rubric", "tt24"])
        .run()
        .code(2)
        .stderr_has("missing");
    dvht()
        .file("h/u/roster.csv", roster(3, &[]))
        .args(["batch", "h", "--rubric", "tt24", "--jobs", "0"])
        .run()
        .code(2);
    dvht()
        .file("h/u/roster.csv", roster(3, &[]))
        .args(["batch", "h", "--rubric", "tt2"])
        .run()
        .code(2)
        .stderr_has("tt24");
}

#[test]
fn the_shipped_examples_as_one_district() {
    let out = dvht()
        .args(["batch", &root().join("examples").display().to_string()])
        .args(["--rubric", "tt24", "--as-of", "2025-09-15", "--lang", "en"])
        .run()
        .code(0)
        .stdout_has("Summary (4 units)")
        .stdout_has("Recognised: 3 · Not recognised: 1 · Errors: 0");
    for (unit, level) in [
        ("mn-hoa-sen", "Not recognised"),
        ("th-tan-hoa-1", "Level 1"),
        ("thcs-ngoc-lam", "Level 1"),
        ("thpt-so-2-tuy-phuoc", "Level 2"),
    ] {
        let line = out
            .stdout
            .lines()
            .find(|l| l.contains(unit))
            .unwrap_or_else(|| panic!("{unit} missing:\n{}", out.stdout));
        assert!(line.contains(level), "{line}");
    }
    // The examples' own folder is one unit when given directly.
    dvht()
        .args([
            "batch",
            &root().join("examples/th-tan-hoa-1").display().to_string(),
        ])
        .args(["--rubric", "hanoi", "--format", "csv"])
        .run()
        .code(0)
        .stdout_has("\n.,Trường Tiểu học Tân Hòa 1,34,");
}

#[test]
fn help_documents_units_and_exit_status() {
    dvht()
        .args(["batch", "--help", "--lang", "en"])
        .run()
        .code(0)
        .stdout_has("Exit status:")
        .stdout_has("every unit was scored")
        .stdout_has("--check-evidence")
        .stdout_has("--jobs");
}
