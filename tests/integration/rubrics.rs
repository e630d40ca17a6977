//! Rubric files a province can write and trust: `dvht rubric list|show|lint|diff`,
//! a province variant that loads, lints clean and scores with no Rust change, and
//! lint fixtures with one defect of each kind.

use crate::common::*;
use serde_json::Value;

fn fixture(name: &str) -> String {
    root()
        .join("tests/fixtures/rubrics")
        .join(name)
        .display()
        .to_string()
}

fn fixtures_dir() -> String {
    root().join("tests/fixtures/rubrics").display().to_string()
}

/// (code, line) of every finding of `dvht rubric lint --format json`.
fn findings(json: &Value) -> Vec<(String, Option<u64>)> {
    json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| (f["code"].as_str().unwrap().to_string(), f["line"].as_u64()))
        .collect()
}

fn pairs(list: &[(&str, Option<u64>)]) -> Vec<(String, Option<u64>)> {
    list.iter().map(|(c, l)| (c.to_string(), *l)).collect()
}

// ------------------------------------------------------------------ the province variant

/// 20 members: 17 with a self-study plan (85 %), 18 disciplined (90 %), 19 trained
/// (95 %), 15 with LĐTT (75 %), 16 trained in digital transformation (80 %), 14
/// meeting all eight competencies (70 %), all sharing knowledge; every fact at best.
fn variant_unit() -> Run {
    dvht()
        .file(
            "u/roster.csv",
            roster(
                20,
                &[
                    ("self_study_plan", 3),
                    ("discipline", 2),
                    ("mandatory_training", 1),
                    ("emulation_title", 5),
                    ("digital_training", 4),
                    ("law_abiding", 6),
                ],
            ),
        )
        .file("u/evidence.toml", FULL_EVIDENCE)
}

fn points_of(json: &Value) -> Vec<(String, String)> {
    json["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_string(),
                c["points"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn province_variant_loads_from_a_path_lints_clean_and_scores_exactly() {
    dvht()
        .args(["rubric", "lint", &fixture("province-variant.toml")])
        .run()
        .code(0)
        .stdout_has("0 lỗi, 0 cảnh báo, 0 thông tin");

    let out = variant_unit()
        .args([
            "score",
            "u/roster.csv",
            "--rubric",
            &fixture("province-variant.toml"),
            "--format",
            "json",
        ])
        .run()
        .code(0);
    let j = out.json();
    assert_eq!(j["rubric"]["id"], "tinh-mau-2022");
    let expected = [
        ("1.1", "10"),
        ("1.2", "10"),
        ("1.3", "10"),
        ("2.1", "8"),  // 17/20 = 85 % in [80,100)
        ("2.2", "3"),  // 18/20 = 90 % in [80,95)
        ("2.3", "10"), // 19/20 = 95 % in [90,100]
        ("2.4", "3"),  // 15/20 = 75 % in [50,80)
        ("2.5", "3"),  // 16/20 = 80 % in [70,90): the province's own criterion
        ("3.1", "8"),  // 14/20 = 70 % in [50,75)
        ("3.2", "10"), // tap-the-lao-dong-xuat-sac ≥ xuất sắc
        ("3.3", "5"),
    ];
    let got = points_of(&j);
    let want: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want);
    assert_eq!(j["criteria"][7]["numerator"], 16);
    assert_eq!(j["criteria"][7]["denominator"], 20);
    assert_eq!(j["total"]["points"], "80");
    assert_eq!(j["total"]["max_points"], "100");
    assert_eq!(j["outcome"]["grade"], "kha");
    assert_eq!(j["outcome"]["provisional"], false);
    assert_eq!(j["rubric"]["provisional"], serde_json::json!([]));
}

#[test]
fn the_same_unit_under_hanoi_scores_differently() {
    // The variant's thresholds really are different: Hà Nội gives 2.3 8 points at
    // 95 % and 2.4 5 points at 75 %, and has no 2.5.
    let j = variant_unit()
        .args([
            "score",
            "u/roster.csv",
            "--rubric",
            "hanoi",
            "--format",
            "json",
        ])
        .run()
        .json();
    let got = points_of(&j);
    assert_eq!(got[5], ("2.3".to_string(), "8".to_string()));
    assert_eq!(got[6], ("2.4".to_string(), "5".to_string()));
    assert_eq!(got.len(), 10);
}

#[test]
fn a_rubric_file_is_found_by_its_id_in_the_rubric_folders() {
    variant_unit()
        .args([
            "score",
            "u/roster.csv",
            "--rubric",
            "tinh-mau-2022",
            "--rubrics-dir",
            &fixtures_dir(),
        ])
        .run()
        .code(0)
        .stdout_has("Tổng điểm: 80/100");

    // ./rubrics is searched by default
    let variant = std::fs::read_to_string(fixture("province-variant.toml")).unwrap();
    variant_unit()
        .file("rubrics/tinh-mau.toml", &variant)
        .args(["score", "u/roster.csv", "--rubric", "tinh-mau-2022"])
        .run()
        .code(0)
        .stdout_has("Tổng điểm: 80/100");

    // and so is $DVHT_RUBRICS
    let run = variant_unit();
    let out = assert_cmd::Command::cargo_bin("dvht")
        .unwrap()
        .current_dir(run.dir.path())
        .env("DVHT_RUBRICS", fixtures_dir())
        .args([
            "score",
            "u/roster.csv",
            "--rubric",
            "tinh-mau-2022",
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Total: 80/100"));
}

#[test]
fn an_unknown_id_suggests_rubric_files_too() {
    dvht()
        .args([
            "rubric",
            "show",
            "tinh-mau-2023",
            "--rubrics-dir",
            &fixtures_dir(),
            "--lang",
            "en",
        ])
        .run()
        .code(2)
        .stderr_has("did you mean `tinh-mau-2022`?");
}

#[test]
fn a_file_cannot_take_over_a_built_in_id() {
    let text = std::fs::read_to_string(fixture("province-variant.toml"))
        .unwrap()
        .replace("id = \"tinh-mau-2022\"", "id = \"hanoi-2021\"");
    // --rubric hanoi-2021 still means the built-in
    let j = dvht()
        .file("rubrics/fake.toml", &text)
        .args(["rubric", "show", "hanoi-2021", "--format", "json"])
        .run()
        .json();
    assert_eq!(j["origin"], "built-in");
    assert_eq!(j["criteria"].as_array().unwrap().len(), 10);
    // and lint says why
    dvht()
        .file("fake.toml", &text)
        .args(["rubric", "lint", "fake.toml", "--lang", "en"])
        .run()
        .code(1)
        .stdout_has("[shadows-builtin]");
}

// ------------------------------------------------------------------ lint

#[test]
fn lint_reports_every_defect_of_a_points_rubric_with_its_line() {
    let out = dvht()
        .args([
            "rubric",
            "lint",
            &fixture("defects/points-defects.toml"),
            "--format",
            "json",
        ])
        .run()
        .code(1);
    let j = out.json();
    assert_eq!(j["schema"], "dvht.lint/1");
    assert_eq!(
        findings(&j),
        pairs(&[
            ("rubric-sum", Some(9)),      // criteria add up to 40, not 100
            ("unknown-key", Some(10)),    // colour
            ("group-sum", Some(15)),      // group 1: 30, declared 25
            ("band-gap", Some(31)),       // 1.1: [80,100) in no band, no gap_policy
            ("criterion-max", Some(42)),  // 1.2: best band 8 < max 10
            ("band-overlap", Some(45)),   // 1.2: [50,100] and [0,50] share 50 %
            ("duplicate-id", Some(50)),   // 1.2 again
            ("missing-source", Some(50)), // the duplicate has no source
            ("unknown-column", Some(54)), // dicsipline
            ("missing-source", Some(56)), // source = ""
            ("unknown-fact", Some(66)),   // learning_plans
            ("unknown-key", Some(67)),    // criteria.cases.note
        ])
    );
    assert_eq!(j["summary"]["errors"], 10);
    assert_eq!(j["summary"]["warnings"], 2);
    assert_eq!(j["summary"]["usable"], false);
    let all: Vec<&str> = j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(all
        .iter()
        .any(|m| m.contains("có phải ý bạn là `discipline`")));
}

#[test]
fn lint_reports_level_defects() {
    let j = dvht()
        .args([
            "rubric",
            "lint",
            &fixture("defects/levels-defects.toml"),
            "--format",
            "json",
            "--lang",
            "en",
        ])
        .run()
        .code(1)
        .json();
    assert_eq!(
        findings(&j),
        pairs(&[
            ("level-order", Some(16)),    // 2.1: level 2 at 85 % < level 1 at 90 %
            ("missing-source", Some(24)), // 3.4 level_2
            ("level-order", Some(24)),    // 3.4: ≥ co-ban asks less than ≥ kha
            ("duplicate-id", Some(32)),   // level 1 declared twice
        ])
    );
}

#[test]
fn the_text_report_is_one_line_per_finding_like_a_compiler() {
    let path = fixture("defects/levels-defects.toml");
    dvht()
        .args(["rubric", "lint", &path, "--lang", "en"])
        .run()
        .code(1)
        .stdout_has(&format!(
            "{path}:16:27: error [level-order]: criterion `2.1`"
        ))
        .stdout_has("3 error(s), 1 warning(s), 0 info");
}

#[test]
fn scoring_refuses_a_defective_rubric_naming_the_first_error() {
    dvht()
        .file("roster.csv", roster(3, &[]))
        .args([
            "score",
            "roster.csv",
            "--rubric",
            &fixture("defects/points-defects.toml"),
            "--lang",
            "en",
        ])
        .run()
        .code(2)
        .stderr_has("points-defects.toml:9:14: the 4 criteria's max_points add up to 40")
        .stderr_has("and 9 more errors; `dvht rubric lint");
}

#[test]
fn the_builtins_lint_with_remarks_only_and_the_hanoi_gap_is_one_of_them() {
    let out = dvht()
        .args(["rubric", "lint", "hanoi", "--lang", "en"])
        .run()
        .code(0);
    let out = out
        .stdout_has("rubrics/hanoi-2021.toml:111:14: info [band-gap-declared]: criterion `2.1`: [75,80) (75–<80%) falls in no band; the file declares `gap_policy = \"next-lower\"`: scored at the next lower band 50–<75% (7 points)")
        .stdout_has("info [equal-bands]: criterion `2.4`");
    assert!(out.stdout.contains("0 error(s), 0 warning(s), 3 info"));
    dvht()
        .args(["rubric", "lint", "tt24-2023"])
        .run()
        .code(0)
        .stdout_has("[provisional]");
}

#[test]
fn a_gap_without_policy_is_an_error_and_with_one_a_remark() {
    let base = std::fs::read_to_string(root().join("rubrics/hanoi-2021.toml")).unwrap();
    let without = base.replace("gap_policy = \"next-lower\"\n", "");
    dvht()
        .file("r.toml", &without)
        .args(["rubric", "lint", "r.toml", "--lang", "en"])
        .run()
        .code(1)
        .stdout_has("error [band-gap]: criterion `2.1`: [75,80) (75–<80%) falls in no band; declare `gap_policy`");
    let zero = base.replace("gap_policy = \"next-lower\"", "gap_policy = \"zero\"");
    dvht()
        .file("r.toml", &zero)
        .args(["rubric", "lint", "r.toml", "--lang", "en"])
        .run()
        .code(1) // the copy reuses the built-in's id: a warning
        .stdout_has("info [band-gap-declared]: criterion `2.1`: [75,80) (75–<80%) falls in no band; the file declares `gap_policy = \"zero\"`: scored 0 points");
}

#[test]
fn unreadable_rubrics_exit_2() {
    dvht()
        .file("r.toml", "format = 1\nid = [\n")
        .args(["rubric", "lint", "r.toml", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("r.toml:2:")
        .stderr_has("invalid TOML");
    dvht()
        .file("r.toml", "id = \"x\"\n")
        .args(["rubric", "lint", "r.toml", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("missing key `format`");
    dvht()
        .args(["rubric", "lint", "nowhere.toml"])
        .run()
        .code(2);
}

#[test]
fn a_newer_format_is_refused_clearly_everywhere() {
    let newer = std::fs::read_to_string(fixture("province-variant.toml"))
        .unwrap()
        .replace("format = 1", "format = 2");
    let run = || {
        dvht()
            .file("r.toml", &newer)
            .file("roster.csv", roster(3, &[]))
    };
    for args in [
        vec!["rubric", "lint", "r.toml"],
        vec!["rubric", "show", "r.toml"],
        vec!["score", "roster.csv", "--rubric", "r.toml"],
    ] {
        run()
            .args(args)
            .args(["--lang", "en"])
            .run()
            .code(2)
            .stderr_has("r.toml:8:10: this rubric uses format 2, newer than this dvht understands (format 1); upgrade dvht");
    }
    run()
        .args(["rubric", "lint", "r.toml"])
        .run()
        .code(2)
        .stderr_has("mới hơn bản dvht này");
}

#[test]
fn lint_never_panics_on_odd_files() {
    for text in [
        "",
        "format = 1",
        "format = 1\nid = 3",
        "format = 1\nid=\"x\"\nversion=\"1\"\nkind=\"levels\"\ntitle=\"t\"\n[[criteria]]\nid=\"1\"\ngroup=\"1\"\ntitle=\"t\"\nlevel_2 = { min_percent = \"200\" }\nbands = \"x\"",
        "format = 1\nid=\"x\"\nversion=\"1\"\nkind=\"points\"\ntitle=\"t\"\n[[criteria]]\nid=\"1\"\ngroup=\"1\"\ntitle=\"t\"\nmembers = {}\nbands = [{ range = \"[0,\", points = 1.5 }]",
        "format = 1\nid=\"x\"\nversion=\"1\"\nkind=\"points\"\ntitle=\"t\"\nmax_points = \"x\"\n[[criteria]]\nid=\"1\"\ngroup=\"1\"\ntitle=\"t\"\nmax_points = \"10\"\ncases = [{ when = [{ fact = \"collective_title\", equals = true, at_least = \"x\" }], points = \"11\", label = \"l\" }]",
        "format = 99999999999999999999",
        "format = -1",
    ] {
        let out = dvht()
            .file("r.toml", text)
            .args(["rubric", "lint", "r.toml"])
            .run()
            .no_panic();
        assert!(out.code == 1 || out.code == 2, "{text:?}: {}", out.code);
    }
}

// ------------------------------------------------------------------ list, show, diff

#[test]
fn list_shows_built_ins_and_rubric_files_with_their_status() {
    let j = dvht()
        .file(
            "rubrics/variant.toml",
            std::fs::read_to_string(fixture("province-variant.toml")).unwrap(),
        )
        .file(
            "rubrics/broken.toml",
            std::fs::read_to_string(fixture("defects/levels-defects.toml")).unwrap(),
        )
        .args(["rubric", "list", "--format", "json"])
        .run()
        .code(0)
        .json();
    let rows = j["rubrics"].as_array().unwrap();
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["hanoi-2021", "tt24-2023", "defects-levels", "tinh-mau-2022"]
    );
    assert_eq!(rows[0]["kind"], "points");
    assert_eq!(
        rows[0]["provisional"],
        serde_json::json!(["classification"])
    );
    assert_eq!(rows[1]["provisional"], serde_json::json!(["level_2"]));
    assert_eq!(rows[2]["usable"], false);
    assert_eq!(rows[2]["errors"], 3);
    assert_eq!(rows[3]["usable"], true);
    assert_eq!(rows[3]["kind"], "points");
    assert_eq!(
        rows[3]["legal_basis"],
        "Thông tư 22/2020/TT-BGDĐT; Hướng dẫn 01/HD-SGDĐT (giả định, dùng để kiểm thử)"
    );
    assert_eq!(j["dirs"], serde_json::json!(["rubrics"]));

    dvht()
        .args([
            "rubric",
            "list",
            "--rubrics-dir",
            &fixtures_dir(),
            "--lang",
            "en",
        ])
        .run()
        .code(0)
        .stdout_has("tinh-mau-2022")
        .stdout_has("Sample Province 2022")
        .stdout_has("Rubric folders:");
}

#[test]
fn show_has_criteria_inputs_bands_sources_evidence_and_provisional_marks() {
    dvht()
        .args(["rubric", "show", "hanoi"])
        .run()
        .code(0)
        .stdout_has("2.1  Thành viên trong đơn vị có kế hoạch tự học")
        .stdout_has("self_study_plan (cột \"Kế hoạch tự học\")")
        .stdout_has("80–<100%  8 điểm")
        .stdout_has("75–<80%   khoảng trống: tính theo khoảng thấp hơn liền kề, kèm cảnh báo")
        .stdout_has("↳ KH 103/KH-UBND, Phụ lục, mục 2.1: \"Từ 80% đến dưới 100%: 8 điểm\"")
        .stdout_has("Minh chứng gợi ý:")
        .stdout_has("== Xếp loại theo tổng điểm (TẠM THỜI)");
    dvht()
        .args([
            "rubric", "show", "tt24", "--format", "markdown", "--lang", "en",
        ])
        .run()
        .code(0)
        .stdout_has("# tt24-2023 — Circular 24/2023")
        .stdout_has("| ≥ 95 % | Level 2 (PROVISIONAL) |")
        .stdout_has("- **Does not apply to unit kinds:** to-chuc-kinh-te");
    let j = dvht()
        .args([
            "rubric",
            "show",
            &fixture("province-variant.toml"),
            "--format",
            "json",
        ])
        .run()
        .code(0)
        .json();
    assert_eq!(j["schema"], "dvht.rubric/1");
    let c25 = &j["criteria"][7];
    assert_eq!(c25["id"], "2.5");
    assert_eq!(c25["inputs"], serde_json::json!(["digital_training"]));
    assert_eq!(c25["bands"][0]["range"], "[90,100]");
    assert_eq!(c25["bands"][0]["points"], "5");
    assert_eq!(c25["gaps"], serde_json::json!([]));
    let hanoi = dvht()
        .args(["rubric", "show", "hanoi", "--format", "json"])
        .run()
        .json();
    assert_eq!(hanoi["criteria"][3]["gaps"], serde_json::json!(["[75,80)"]));
    assert_eq!(hanoi["criteria"][3]["gap_policy"], "next-lower");
    assert_eq!(
        hanoi["criteria"][0]["cases"][0]["when"][0],
        serde_json::json!({"fact": "learning_plan", "equals": "implemented"})
    );
}

#[test]
fn diff_hanoi_against_tt24_matches_criteria_by_what_they_measure() {
    let j = dvht()
        .args([
            "rubric",
            "diff",
            "hanoi-2021",
            "tt24-2023",
            "--format",
            "json",
        ])
        .run()
        .code(1)
        .json();
    assert_eq!(j["schema"], "dvht.rubric-diff/1");
    let rows: Vec<(String, String, String)> = j["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["match"].as_str().unwrap().to_string(),
                r["old"].as_str().unwrap_or("").to_string(),
                r["new"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let has = |m: &str, a: &str, b: &str| {
        assert!(
            rows.contains(&(m.to_string(), a.to_string(), b.to_string())),
            "{m} {a} {b}: {rows:?}"
        )
    };
    has("same", "1.1", "1.1");
    has("inputs-changed", "1.2", "1.2");
    has("renamed", "2.2", "2.1");
    has("renamed", "2.4", "2.5");
    has("removed", "2.1", "");
    has("added", "", "2.4");
    assert_eq!(j["summary"]["added"], 8);
    assert_eq!(j["summary"]["removed"], 4);
    assert_eq!(j["meta"][0]["change"], "kind");
}

#[test]
fn diff_shows_moved_thresholds_and_the_added_criterion() {
    dvht()
        .args([
            "rubric",
            "diff",
            "hanoi",
            &fixture("province-variant.toml"),
            "--lang",
            "en",
        ])
        .run()
        .code(1)
        .stdout_has(
            "Added (1):\n  2.5  [digital_training] Members trained in digital transformation",
        )
        .stdout_has("threshold for at least 5 points: ≥100% → ≥95%")
        .stdout_has("threshold for at least 5 points: ≥70% → ≥80%")
        .stdout_has("max points: 25 → 20")
        .stdout_has("grade `tot`: ≥ 90 → ≥ 85");
    dvht()
        .args(["rubric", "diff", "tt24", "tt24-2023"])
        .run()
        .code(0)
        .stdout_has("Không đổi: 1.1, 1.2");
}

// ------------------------------------------------------------------ the README

/// The example rubric of the README's "Write your own rubric" section.
fn readme_example() -> String {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let after = readme
        .split("<!-- rubric-example -->")
        .nth(1)
        .expect("the README has the example marker");
    let body = after
        .split("```toml\n")
        .nth(1)
        .and_then(|b| b.split("\n```").next())
        .expect("a toml block after the marker");
    format!("{body}\n")
}

#[test]
fn the_readme_example_rubric_lints_clean_and_scores() {
    let text = readme_example();
    dvht()
        .file("rubrics/tinh-mau.toml", &text)
        .args(["rubric", "lint", "tinh-mau-2024"])
        .run()
        .code(0);
    // 19/20 disciplined (95 %: level 2), 8/20 with a language certificate (40 %:
    // level 1 under the province's 40 %), collective title xuất sắc (level 1).
    let j = dvht()
        .file("rubrics/tinh-mau.toml", &text)
        .file(
            "u/roster.csv",
            roster(20, &[("discipline", 1), ("language_cert", 12)]),
        )
        .file("u/evidence.toml", FULL_EVIDENCE)
        .args([
            "score",
            "u/roster.csv",
            "--rubric",
            "tinh-mau-2024",
            "--format",
            "json",
        ])
        .run()
        .code(0)
        .json();
    let levels: Vec<(String, u64)> = j["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_string(),
                c["level"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        levels,
        [
            ("2.1".to_string(), 2),
            ("2.4".to_string(), 1),
            ("2.6".to_string(), 1)
        ]
    );
    assert_eq!(j["outcome"]["level"], 1);
}

#[test]
fn the_readme_documents_every_lint_code() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let src = std::fs::read_to_string(root().join("src/rubric/finding.rs")).unwrap();
    for line in src
        .lines()
        .filter(|l| l.contains("pub const") && l.contains(": &str = \""))
    {
        let code = line.split('"').nth(1).unwrap();
        assert!(
            readme.contains(&format!("`{code}`")),
            "README lacks lint code `{code}`"
        );
    }
}

#[test]
fn two_different_files_with_one_id_are_ambiguous() {
    let text = std::fs::read_to_string(fixture("province-variant.toml")).unwrap();
    dvht()
        .file("rubrics/a.toml", &text)
        .file(
            "rubrics/b.toml",
            text.replace("version = \"2022.1\"", "version = \"2022.2\""),
        )
        .args(["rubric", "show", "tinh-mau-2022", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("several different rubric files have the id `tinh-mau-2022`");
}
