//! The recognition calendar: the default `--as-of`, the dates every output states,
//! `[[recognition]]` history, and rubric validity. Every run sees `DVHT_TODAY`
//! (2026-12-01 unless a test sets another day).

use crate::common::*;
use serde::Deserialize;

/// `calendar` in `dvht.assessment/1`, pinned: a field added, renamed or left out
/// fails here (nullable fields go through `Option::deserialize`, which, unlike
/// serde's default for `Option`, does not accept an absent key).
#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub(crate) struct Calendar {
    as_of: String,
    as_of_source: String,
    as_of_reason: String,
    today: String,
    #[serde(deserialize_with = "Option::deserialize")]
    year: Option<i32>,
    #[serde(deserialize_with = "Option::deserialize")]
    data_period: Option<Period>,
    #[serde(deserialize_with = "Option::deserialize")]
    deadline: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    days_left: Option<i64>,
    #[serde(deserialize_with = "Option::deserialize")]
    submitted_on: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    submitted_on_time: Option<bool>,
    #[serde(deserialize_with = "Option::deserialize")]
    recognition: Option<Decision>,
    #[serde(deserialize_with = "Option::deserialize")]
    level_2_after_months: Option<u32>,
    #[serde(deserialize_with = "Option::deserialize")]
    level_2_from: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    level_2_open: Option<bool>,
    #[serde(deserialize_with = "Option::deserialize")]
    retained_until: Option<String>,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Period {
    from: String,
    to: String,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Decision {
    level: u8,
    decided_on: String,
    #[serde(deserialize_with = "Option::deserialize")]
    decision: Option<String>,
}

fn calendar(out: &Output) -> Calendar {
    serde_json::from_value(out.json()["calendar"].clone())
        .unwrap_or_else(|e| panic!("{e}:\n{}", out.stdout))
}

/// A unit meeting every level-2 indicator, with extra `[unit]` lines and tables.
fn unit(unit_lines: &str, tables: &str) -> Run {
    let evidence = FULL_EVIDENCE.replace("year = 2024\n", &format!("year = 2024\n{unit_lines}"));
    dvht()
        .file("u/roster.csv", roster(20, &[]))
        .file("u/evidence.toml", format!("{evidence}\n{tables}"))
}

fn score_json(run: Run, extra: &[&str]) -> Output {
    run.args([
        "score",
        "u/roster.csv",
        "--rubric",
        "tt24",
        "--format",
        "json",
    ])
    .args(extra)
    .run()
}

#[test]
fn thpt_so_2_tuy_phuoc_is_level_1_by_default() {
    let out = dvht()
        .args(["score", &example("thpt-so-2-tuy-phuoc", "roster.csv")])
        .args(["--rubric", "tt24", "--format", "json", "--lang", "en"])
        .run()
        .code(0);
    let j = out.json();
    assert_eq!(j["outcome"]["level"], 1);
    assert_eq!(j["outcome"]["indicators_level"], 2);
    assert_eq!(j["outcome"]["level_2_from"], "2025-09-15");
    assert_eq!(j["as_of"], "2025-01-15");
    assert_eq!(
        calendar(&out),
        Calendar {
            as_of: "2025-01-15".into(),
            as_of_source: "deadline".into(),
            as_of_reason: "the dossier deadline: evidence.toml gives no `[unit] submitted_on` and today is past the deadline".into(),
            today: "2026-12-01".into(),
            year: Some(2024),
            data_period: Some(Period {
                from: "2024-01-01".into(),
                to: "2024-12-31".into()
            }),
            deadline: Some("2025-01-15".into()),
            days_left: Some(-685),
            submitted_on: None,
            submitted_on_time: None,
            recognition: Some(Decision {
                level: 1,
                decided_on: "2024-09-15".into(),
                decision: Some("2215/QĐ-UBND".into())
            }),
            level_2_after_months: Some(12),
            level_2_from: Some("2025-09-15".into()),
            level_2_open: Some(false),
            retained_until: Some("2027-12-31".into()),
        }
    );
    // the flag still decides when given
    let out = dvht()
        .args(["score", &example("thpt-so-2-tuy-phuoc", "roster.csv")])
        .args([
            "--rubric",
            "tt24",
            "--format",
            "json",
            "--as-of",
            "2025-09-15",
        ])
        .run()
        .code(0);
    assert_eq!(out.json()["outcome"]["level"], 2);
    let c = calendar(&out);
    assert_eq!(
        (c.as_of_source.as_str(), c.level_2_open),
        ("flag", Some(true))
    );
}

#[test]
fn before_on_and_after_the_deadline_day() {
    let at = |today: &str| {
        let out = dvht()
            .today(today)
            .args(["score", &example("thpt-so-2-tuy-phuoc", "roster.csv")])
            .args(["--rubric", "tt24", "--format", "json"])
            .run();
        let c = calendar(&out);
        (c.as_of, c.as_of_source, c.days_left)
    };
    assert_eq!(
        at("2025-01-14"),
        ("2025-01-14".into(), "today".into(), Some(1))
    );
    assert_eq!(
        at("2025-01-15"),
        ("2025-01-15".into(), "today".into(), Some(0))
    );
    assert_eq!(
        at("2025-01-16"),
        ("2025-01-15".into(), "deadline".into(), Some(-1))
    );
    assert_eq!(
        at("2024-12-31"),
        ("2024-12-31".into(), "today".into(), Some(15))
    );
    dvht()
        .today("2025-01-15")
        .args([
            "score",
            &example("thpt-so-2-tuy-phuoc", "roster.csv"),
            "--rubric",
            "tt24",
        ])
        .run()
        .code(0)
        .stdout_has("Hạn nộp hồ sơ: ngày 15 tháng 01 năm 2025 — hôm nay là ngày cuối");
    dvht()
        .today("15/01/2025x")
        .args([
            "score",
            &example("thpt-so-2-tuy-phuoc", "roster.csv"),
            "--rubric",
            "tt24",
        ])
        .run()
        .code(2)
        .stderr_has("DVHT_TODAY=15/01/2025x");
}

#[test]
fn submitted_on_is_the_default_date() {
    let out = score_json(
        unit(
            "submitted_on = 2025-01-10\n",
            "[recognition]\nlevel = 1\ndecided_on = 2024-01-10\n",
        ),
        &[],
    )
    .code(0);
    let c = calendar(&out);
    assert_eq!(
        (c.as_of.as_str(), c.as_of_source.as_str()),
        ("2025-01-10", "submitted_on")
    );
    assert_eq!(c.submitted_on_time, Some(true));
    // 12 months to the day: level 2
    assert_eq!(out.json()["outcome"]["level"], 2);
    let out = score_json(
        unit(
            "submitted_on = \"09/01/2025\"\n",
            "[recognition]\nlevel = 1\ndecided_on = 2024-01-10\n",
        ),
        &[],
    )
    .code(0);
    assert_eq!(out.json()["outcome"]["level"], 1);
    assert_eq!(out.json()["outcome"]["level_2_from"], "2025-01-10");
    // late dossier
    let out = score_json(unit("submitted_on = 2025-01-16\n", ""), &[]).code(0);
    assert_eq!(calendar(&out).submitted_on_time, Some(false));
}

#[test]
fn a_29_february_decision_waits_until_28_february() {
    let run = |submitted: &str| {
        score_json(
            unit(
                &format!("submitted_on = {submitted}\n"),
                "[[recognition]]\nlevel = 1\ndecided_on = 2024-02-29\ndecision = \"88/QĐ-UBND\"\n",
            ),
            &[],
        )
        .code(0)
        .json()
    };
    let j = run("2025-02-27");
    assert_eq!(j["outcome"]["level"], 1);
    assert_eq!(j["calendar"]["level_2_from"], "2025-02-28");
    assert_eq!(run("2025-02-28")["outcome"]["level"], 2);
}

#[test]
fn recognition_history_counts_the_latest_decision() {
    let history = "[[recognition]]\nlevel = 1\ndecided_on = 2021-03-01\ndecision = \"12/QĐ-UBND\"\n\n[[recognition]]\nlevel = 1\ndecided_on = 2024-09-15\ndecision = \"2215/QĐ-UBND\"\n";
    let out = score_json(unit("", history), &[]).code(0);
    let c = calendar(&out);
    assert_eq!(c.recognition.unwrap().decided_on, "2024-09-15");
    assert_eq!(out.json()["outcome"]["level"], 1);
    // judged before the second decision existed, the first one counts
    let out = score_json(unit("", history), &["--as-of", "2024-06-30"]).code(0);
    let c = calendar(&out);
    assert_eq!(c.recognition.unwrap().decided_on, "2021-03-01");
    assert_eq!(c.retained_until.as_deref(), Some("2024-12-31"));
    assert_eq!(out.json()["outcome"]["level"], 2);
    // a bad entry names its line and column
    score_json(
        unit(
            "",
            &format!("{history}\n[[recognition]]\nlevel = 0\ndecided_on = 2025-01-01\n"),
        ),
        &[],
    )
    .code(2)
    .stderr_has("evidence.toml:35:9: mức công nhận `0` không hợp lệ");
}

#[test]
fn a_superseded_rubric_warns_for_later_years_only() {
    let warns = |year: &str| {
        let evidence = FULL_EVIDENCE.replace("year = 2024", &format!("year = {year}"));
        let out = dvht()
            .file("u/roster.csv", roster(20, &[]))
            .file("u/evidence.toml", evidence)
            .args([
                "score",
                "u/roster.csv",
                "--rubric",
                "hanoi",
                "--format",
                "json",
            ])
            .run()
            .code(0);
        out.json()["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w.as_str().unwrap().contains("Thông tư 24/2023/TT-BGDĐT"))
    };
    assert!(warns("2024"));
    assert!(!warns("2023"));
    assert!(!warns("2022"));
}

#[test]
fn every_output_states_the_date_and_why() {
    let roster = example("thpt-so-2-tuy-phuoc", "roster.csv");
    dvht()
        .args(["score", &roster, "--rubric", "tt24"])
        .run()
        .stdout_has("Ngày xét: ngày 15 tháng 01 năm 2025 (hạn nộp hồ sơ")
        .stdout_has("Đề nghị mức độ 2: từ ngày 15 tháng 9 năm 2025")
        .stdout_has("Bảo lưu kết quả công nhận: đến ngày 31 tháng 12 năm 2027");
    dvht()
        .args(["--lang", "en", "score", &roster, "--rubric", "tt24"])
        .run()
        .stdout_has("Assessed as of: 15 January 2025 (the dossier deadline")
        .stdout_has("Data period: 1 January 2024 to 31 December 2024");
    let csv = dvht()
        .args(["score", &roster, "--rubric", "tt24", "--format", "csv"])
        .run();
    assert!(csv
        .stdout
        .lines()
        .next()
        .unwrap()
        .ends_with(",as_of,as_of_source,value_label,as_of_source_label"));
    assert!(csv
        .stdout
        .lines()
        .nth(1)
        .unwrap()
        .ends_with(",2025-01-15,deadline,Đã ban hành và tổ chức thực hiện,hạn nộp hồ sơ"));
    for format in ["md", "html"] {
        dvht()
            .args(["report", &roster, "--rubric", "tt24", "--format", format])
            .run()
            .code(0)
            .stdout_has("ngày 15 tháng 01 năm 2025 (hạn nộp hồ sơ")
            .stdout_has("Hạn nộp hồ sơ");
    }
    dvht()
        .args(["compare", &roster, "--rubric", "hanoi", "--rubric", "tt24"])
        .run()
        .stdout_has("Ngày xét: ngày 15 tháng 01 năm 2025 (hạn nộp hồ sơ");
    dvht()
        .args([
            "batch",
            &root().join("examples").display().to_string(),
            "--rubric",
            "tt24",
        ])
        .run()
        .code(0)
        .stdout_has("15/01/2025 (hạn nộp)");
}

#[test]
fn the_district_sees_who_may_propose_level_2_and_whose_recognition_lapses() {
    let ev = |name: &str, tables: &str| {
        format!(
            "{}\n{tables}",
            FULL_EVIDENCE.replace("Trường Thử nghiệm", name)
        )
    };
    let run = dvht()
        .file("h/a/roster.csv", roster(20, &[]))
        .file(
            "h/a/evidence.toml",
            ev(
                "Trường Đủ Hạn",
                "[recognition]\nlevel = 1\ndecided_on = 2024-01-10\ndecision = \"5/QĐ-UBND\"\n",
            ),
        )
        .file("h/b/roster.csv", roster(20, &[]))
        .file(
            "h/b/evidence.toml",
            ev(
                "Trường Hết Hạn",
                "[recognition]\nlevel = 2\ndecided_on = 2022-05-05\n",
            ),
        )
        .file("h/c/roster.csv", roster(20, &[]))
        .file(
            "h/c/evidence.toml",
            ev(
                "Trường Đã Hết",
                "[recognition]\nlevel = 1\ndecided_on = 2021-06-01\n",
            ),
        )
        .file("h/d/roster.csv", roster(20, &[]))
        .file("h/d/evidence.toml", ev("Trường Mới", ""))
        .file("h/e/roster.csv", roster(20, &[]))
        .file(
            "h/e/evidence.toml",
            ev(
                "Trường Chưa Đủ",
                "[recognition]\nlevel = 1\ndecided_on = 2025-01-12\n",
            ),
        );
    let out = run
        .args(["batch", "h", "--rubric", "tt24", "--format", "html"])
        .run()
        .code(0);
    let html = &out.stdout;
    let at = |needle: &str| {
        html.find(needle)
            .unwrap_or_else(|| panic!("lacks {needle}"))
    };
    let l2 = at("Đơn vị có thể đề nghị công nhận mức độ 2 trong năm 2025");
    let lapse = at("Kết quả công nhận hết thời hạn bảo lưu trong năm 2025");
    let l2_list = &html[l2..lapse];
    let lapse_list = &html[lapse..];
    assert!(l2_list.contains("Trường Đủ Hạn") && l2_list.contains("ngày 10 tháng 01 năm 2025"));
    // decided 12/01/2025, before the judged date 15/01/2025, so it counts: its 12 months
    // end in 2026
    assert!(!l2_list.contains("Trường Chưa Đủ"), "{l2_list}");
    assert!(!l2_list.contains("Trường Mới") && !l2_list.contains("Trường Hết Hạn"));
    assert!(
        lapse_list.contains("Trường Hết Hạn")
            && lapse_list.contains("hết hạn sau ngày 31 tháng 12 năm 2025")
    );
    assert!(
        lapse_list.contains("Trường Đã Hết")
            && lapse_list.contains("đã hết hạn từ ngày 01 tháng 01 năm 2025")
    );
    // the workbook gets a sheet with both lists
    let out = run_xlsx();
    assert!(out.contains("Lịch công nhận"), "sheet names: {out}");

    fn run_xlsx() -> String {
        let run = dvht().file("h/a/roster.csv", roster(20, &[])).file(
            "h/a/evidence.toml",
            format!("{FULL_EVIDENCE}\n[recognition]\nlevel = 1\ndecided_on = 2024-01-10\n"),
        );
        let run = run.args([
            "batch", "h", "--rubric", "tt24", "--format", "xlsx", "-o", "d.xlsx",
        ]);
        run.run().code(0);
        let file = std::fs::File::open(run.path("d.xlsx")).unwrap();
        let mut zip = zip::ZipArchive::new(file).unwrap();
        let mut wb = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("xl/workbook.xml").unwrap(), &mut wb)
            .unwrap();
        wb
    }
}
