//! `dvht score` on built inputs: exit codes, error messages, formats, options.

use crate::common::*;

fn unit(roster_text: &str) -> Run {
    dvht()
        .file("u/roster.csv", roster_text)
        .file("u/evidence.toml", FULL_EVIDENCE)
        .file("u/minh-chung/tong-hop.txt", "hồ sơ")
}

#[test]
fn a_perfect_unit_is_recognised_under_both_rubrics() {
    let run = unit(&roster(10, &[])).args([
        "score",
        "u/roster.csv",
        "--rubric",
        "hanoi",
        "--format",
        "json",
    ]);
    let j = run.run().code(0).json();
    assert_eq!(j["total"]["points"], "100");
    assert_eq!(j["outcome"]["grade"], "tot");
    let j = unit(&roster(10, &[]))
        .args([
            "score",
            "u/roster.csv",
            "--rubric",
            "tt24-2023",
            "--format",
            "json",
            "--as-of",
            "2025-01-01",
        ])
        .run()
        .code(0)
        .json();
    // no recorded recognition: level 1 although every indicator is at level 2
    assert_eq!(j["outcome"]["level"], 1);
    assert_eq!(j["outcome"]["indicators_level"], 2);
}

#[test]
fn json_has_the_spec_shape() {
    let j = unit(&roster(10, &[("discipline", 1)]))
        .args([
            "score",
            "u/roster.csv",
            "--rubric",
            "hanoi",
            "--format",
            "json",
        ])
        .run()
        .code(0)
        .json();
    assert_eq!(j["schema"], "dvht.assessment/1");
    for key in [
        "rubric", "unit", "members", "criteria", "total", "outcome", "warnings",
    ] {
        assert!(j.get(key).is_some(), "missing {key}");
    }
    assert_eq!(j["rubric"]["id"], "hanoi-2021");
    assert_eq!(j["unit"]["name"], "Trường Thử nghiệm");
    assert_eq!(j["unit"]["year"], 2024);
    assert_eq!(j["members"]["total"], 10);
    let c = &j["criteria"][4]; // 2.2 discipline: 9 of 10
    assert_eq!(c["id"], "2.2");
    assert_eq!(c["numerator"], 9);
    assert_eq!(c["denominator"], 10);
    assert_eq!(c["ratio"], "0.9");
    assert_eq!(c["band"], "75–<100%");
    assert_eq!(c["points"], "3");
    assert_eq!(c["max_points"], "5");
    assert!(c["level"].is_null());
    assert_eq!(c["assessed"], true);
    assert_eq!(c["applicable"], true);
    assert_eq!(c["evidence"], 1);
    assert_eq!(c["next"]["target"], "100%");
    assert_eq!(c["next"]["members_needed"], 1);
    let f = &j["criteria"][0];
    assert!(f["numerator"].is_null() && f["ratio"].is_null());
    assert_eq!(f["value"], "learning_plan = implemented");
    assert!(j["outcome"]["level"].is_null());
    // figures are strings, never floats
    assert!(j["total"]["points"].is_string());
}

#[test]
fn tt24_json_has_levels_and_null_points() {
    let j = unit(&roster(10, &[]))
        .args([
            "score",
            "u/roster.csv",
            "--rubric",
            "tt24",
            "--format",
            "json",
        ])
        .run()
        .code(0)
        .json();
    assert!(j["total"].is_null());
    assert!(j["outcome"]["grade"].is_null());
    for c in j["criteria"].as_array().unwrap() {
        assert!(c["points"].is_null() && c["max_points"].is_null());
        assert!(c["level"].is_u64());
    }
    assert!(j["rubric"]["provisional"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p == "level_2"));
}

#[test]
fn economic_bodies_skip_the_language_indicator() {
    let evidence = FULL_EVIDENCE.replace("kind = \"truong-hoc\"", "kind = \"to-chuc-kinh-te\"");
    let j = dvht()
        .file("u/roster.csv", roster(10, &[("language_cert", 10)]))
        .file("u/evidence.toml", evidence)
        .args([
            "score",
            "u/roster.csv",
            "--rubric",
            "tt24",
            "--format",
            "json",
        ])
        .run()
        .code(0)
        .json();
    let c = &j["criteria"][8];
    assert_eq!(c["id"], "2.4");
    assert_eq!(c["applicable"], false);
    assert!(c["next"].is_null());
    assert_eq!(j["outcome"]["level"], 1);
}

#[test]
fn without_evidence_toml_unit_criteria_are_not_assessed() {
    let out = dvht()
        .file("roster.csv", roster(10, &[]))
        .args([
            "score",
            "roster.csv",
            "--rubric",
            "hanoi",
            "--format",
            "json",
            "--lang",
            "en",
        ])
        .run()
        .code(0); // 60 points: Trung bình, still recognised
    let j = out.json();
    assert_eq!(j["total"]["points"], "60");
    assert_eq!(j["criteria"][0]["assessed"], false);
    assert!(j["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w.as_str().unwrap().contains("no evidence.toml")));
}

#[test]
fn strict_evidence_needs_evidence_per_criterion() {
    let evidence = FULL_EVIDENCE.replace("\"discipline\", ", "");
    let run = dvht()
        .file("u/roster.csv", roster(10, &[]))
        .file("u/evidence.toml", evidence)
        // An item counts only when its file is there.
        .file("u/minh-chung/tong-hop.txt", "Hồ sơ tổng hợp\n");
    let j = run
        .args([
            "score",
            "u/roster.csv",
            "--rubric",
            "hanoi",
            "--format",
            "json",
            "--strict-evidence",
        ])
        .run()
        .code(0)
        .json();
    assert_eq!(j["total"]["points"], "95");
    assert_eq!(j["criteria"][4]["points"], "0");
}

#[test]
fn stdin_roster_with_bom_semicolons_and_nfd_headers() {
    use unicode_normalization::UnicodeNormalization;
    let text: String = "\u{FEFF}Mã;Họ và tên;Tuân thủ kỷ luật;Hoàn thành bồi dưỡng;Chuyển đổi số;Chứng chỉ ngoại ngữ;Danh hiệu thi đua;Công dân học tập\r\n\
A1;Nguyễn Văn An;Có;x;✓;đạt;LĐTT;1\r\n\
A2;Trần Thị Bình;không;x;x;;Chiến sĩ thi đua cơ sở;yes\r\n"
        .nfd()
        .collect();
    let j = dvht()
        .file("evidence.toml", FULL_EVIDENCE)
        .stdin(text)
        .args([
            "score",
            "-",
            "--rubric",
            "tt24",
            "--evidence",
            "evidence.toml",
            "--format",
            "json",
        ])
        .run()
        .code(1)
        .json();
    assert_eq!(j["members"]["counted"], 2);
    assert_eq!(j["criteria"][5]["numerator"], 1); // discipline
    assert_eq!(j["criteria"][8]["numerator"], 1); // language_cert
    assert_eq!(j["criteria"][9]["numerator"], 2); // titles
}

#[test]
fn csv_output_one_row_per_criterion() {
    let out = unit(&roster(10, &[]))
        .args([
            "score",
            "u/roster.csv",
            "--rubric",
            "hanoi",
            "--format",
            "csv",
            "--bom",
        ])
        .run()
        .code(0);
    assert!(out.stdout.starts_with('\u{FEFF}'));
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 11);
    assert!(lines[0].contains("rubric,id,group,title"));
    assert!(lines[4].starts_with("hanoi-2021,2.1,2,"));
}

#[test]
fn explain_lists_who_does_not_meet() {
    unit(&roster(10, &[("discipline", 2)]))
        .args([
            "score",
            "u/roster.csv",
            "--rubric",
            "tt24",
            "--explain",
            "--lang",
            "en",
        ])
        .run()
        .code(1)
        .stdout_has("M001 Thành viên 1 (line 2)")
        .stdout_has("M002 Thành viên 2 (line 3)");
}

#[test]
fn quiet_keeps_the_exit_code() {
    let out = unit(&roster(10, &[("discipline", 5)]))
        .args(["score", "u/roster.csv", "--rubric", "tt24", "-q"])
        .run()
        .code(1);
    assert!(out.stdout.is_empty());
}

#[test]
fn a_rubric_file_by_path() {
    let text = std::fs::read_to_string(root().join("rubrics/hanoi-2021.toml")).unwrap();
    let j = unit(&roster(10, &[]))
        .file("my-rubric.toml", text)
        .args([
            "score",
            "u/roster.csv",
            "--rubric",
            "my-rubric.toml",
            "--format",
            "json",
        ])
        .run()
        .code(0)
        .json();
    assert_eq!(j["rubric"]["id"], "hanoi-2021");
}

// ----------------------------------------------------------------- bad input: exit 2

#[test]
fn missing_roster_file() {
    dvht()
        .args(["score", "nope.csv", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .no_panic()
        .stderr_has("dvht: cannot read `nope.csv`: no such file");
}

#[test]
fn unknown_rubric_suggests_a_name() {
    unit(&roster(3, &[]))
        .args(["score", "u/roster.csv", "--rubric", "hanio", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("unknown rubric `hanio`")
        .stderr_has("did you mean `hanoi`?");
}

#[test]
fn bad_cell_names_file_line_column_value() {
    let mut text = roster(3, &[]);
    text = text.replacen(
        ",yes,yes,yes,yes,yes,lao",
        ",yes,perhaps,yes,yes,yes,lao",
        1,
    );
    unit(&text)
        .args(["score", "u/roster.csv", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("u/roster.csv:2:6")
        .stderr_has("`perhaps` is not yes/no");
    unit(&text)
        .args(["score", "u/roster.csv", "--rubric", "tt24"])
        .run()
        .code(2)
        .stderr_has("không phải có/không");
}

#[test]
fn missing_column_names_its_headers() {
    unit("name,discipline\nA,yes\n")
        .args(["score", "u/roster.csv", "--rubric", "hanoi", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("missing column `self_study_plan`")
        .stderr_has("`Kế hoạch tự học`");
}

#[test]
fn nobody_to_count() {
    unit(&format!("{FULL_HEADER}\n"))
        .args(["score", "u/roster.csv", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("no counted member");
    let all_out = roster(2, &[]).replace("Giáo viên,,", "Giáo viên,nghỉ,");
    unit(&all_out)
        .args(["score", "u/roster.csv", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("no counted member");
}

#[test]
fn bad_evidence_toml_names_its_line() {
    dvht()
        .file("u/roster.csv", roster(3, &[]))
        .file(
            "u/evidence.toml",
            "[unit]\nname = \"A\"\n\n[facts]\ncollective_title = \"gold\"\n",
        )
        .args(["score", "u/roster.csv", "--rubric", "hanoi", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("evidence.toml:5:20")
        .stderr_has("`collective_title = \"gold\"` is not valid");
    dvht()
        .file("u/roster.csv", roster(3, &[]))
        .file("u/evidence.toml", "[unit]\nname = \"A\"\nowner = \"B\"\n")
        .args(["score", "u/roster.csv", "--rubric", "hanoi", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("evidence.toml:3:1")
        .stderr_has("unknown key `owner`; accepted here: `name`, `kind`, `year`");
}

#[test]
fn bad_as_of_date() {
    unit(&roster(3, &[]))
        .args([
            "score",
            "u/roster.csv",
            "--rubric",
            "tt24",
            "--as-of",
            "2025-13-01",
            "--lang",
            "en",
        ])
        .run()
        .code(2)
        .stderr_has("`--as-of 2025-13-01` is not a valid date");
}

#[test]
fn garbage_never_panics() {
    let inputs: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"\xff\xfe\x00".to_vec(),
        b"\x00\x01\x02\xff".to_vec(),
        b"name\n\"unterminated\n".to_vec(),
        "name,discipline\n\"a\"\"b\",x,,,,,\n".as_bytes().to_vec(),
        vec![b'a'; 100_000],
    ];
    for input in inputs {
        dvht()
            .file("r.csv", &input)
            .args(["score", "r.csv", "--rubric", "tt24"])
            .run()
            .no_panic()
            .code(2);
    }
}

#[test]
fn help_teaches_exit_codes_and_examples() {
    dvht()
        .args(["score", "--help", "--lang", "en"])
        .run()
        .code(0)
        .stdout_has("Exit status:")
        .stdout_has("dvht score examples/thpt-so-2-tuy-phuoc/roster.csv --rubric tt24");
}

#[test]
fn readme_commands_are_the_ones_ci_runs() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let ci = std::fs::read_to_string(root().join(".ci/run")).unwrap();
    assert!(readme.contains(
        "cargo run --release -- score examples/thpt-so-2-tuy-phuoc/roster.csv --rubric tt24"
    ));
    assert!(readme.contains("cargo test --release"));
    assert!(ci.lines().any(|l| l.trim() == "cargo test --release"));
}
