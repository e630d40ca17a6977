//! `dvht init`: a roster template and an evidence.toml skeleton that score.

use crate::common::*;

#[test]
fn init_writes_exactly_the_columns_the_rubric_needs() {
    let run = dvht().args(["init", "unit", "--rubric", "tt24"]);
    run.run().code(0).stdout_has("unit/roster.csv");
    let roster = std::fs::read_to_string(run.path("unit/roster.csv")).unwrap();
    let mut lines = roster.lines();
    assert_eq!(
        lines.next().unwrap(),
        "\u{feff}Mã,Họ và tên,Chức vụ,Không tính,Tuân thủ kỷ luật,Hoàn thành bồi dưỡng,Chuyển đổi số,Chứng chỉ ngoại ngữ,Danh hiệu thi đua,Công dân học tập"
    );
    // Two sample rows, marked as samples.
    assert!(lines
        .next()
        .unwrap()
        .starts_with("MAU01,Nguyễn Văn A (dòng mẫu"));
    assert!(lines.next().unwrap().starts_with("MAU02,"));
    assert!(lines.next().is_none());
    let evidence = std::fs::read_to_string(run.path("unit/evidence.toml")).unwrap();
    assert!(evidence.contains(
        "# giá trị / values: chua-dat | co-ban | kha | tot\n#digital_maturity = \"chua-dat\""
    ));
    assert!(!evidence.contains("learning_resources")); // Hà Nội only
}

#[test]
fn without_rubric_every_built_in_column_and_fact() {
    let run = dvht().args(["init"]);
    run.run().code(0);
    let roster = std::fs::read_to_string(run.path("roster.csv")).unwrap();
    let header = roster.lines().next().unwrap();
    assert_eq!(header.split(',').count(), 20);
    assert!(header.contains("Kế hoạch tự học") && header.contains("Công dân học tập"));
    let evidence = std::fs::read_to_string(run.path("evidence.toml")).unwrap();
    for fact in [
        "learning_plan",
        "learning_regulations",
        "learning_resources",
        "training_policy",
        "training_budget",
        "digital_equipment",
        "community_learning",
        "knowledge_sharing_activities",
        "collective_title",
        "digital_maturity",
    ] {
        assert!(evidence.contains(&format!("\n#{fact} = ")), "{fact}");
    }
    // as generated, the pair reads, but the sample rows must be replaced first
    for rubric in ["hanoi", "tt24"] {
        let out = run_in(&run, &["score", "roster.csv", "--rubric", rubric]);
        assert!(
            out.0 == 2 && out.1.contains("dòng mẫu"),
            "{rubric}: {}",
            out.1
        );
    }
}

fn run_in(run: &Run, args: &[&str]) -> (i32, String) {
    let out = assert_cmd::Command::cargo_bin("dvht")
        .unwrap()
        .current_dir(run.dir.path())
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

#[test]
fn init_then_fill_then_score() {
    let run = dvht().args(["init", "u", "--rubric", "tt24"]);
    run.run().code(0);
    // Fill the roster: keep the generated header, ten members meeting everything.
    let roster_path = run.path("u/roster.csv");
    let generated = std::fs::read_to_string(&roster_path).unwrap();
    let header = generated.lines().next().unwrap().to_string();
    let mut roster = format!("{header}\n");
    for i in 1..=10 {
        roster.push_str(&format!(
            "GV{i:03},Thành viên {i},Giáo viên,,x,x,x,x,LĐTT,có\n"
        ));
    }
    std::fs::write(&roster_path, roster).unwrap();
    // Fill the facts: uncomment each and give it its best value.
    let evidence_path = run.path("u/evidence.toml");
    let filled = std::fs::read_to_string(&evidence_path)
        .unwrap()
        .replace("name = \"Tên đơn vị (điền vào)\"", "name = \"Trường Mới\"")
        .replace(
            "#learning_plan = \"none\"",
            "learning_plan = \"implemented\"",
        )
        .replace(
            "#learning_regulations = \"none\"",
            "learning_regulations = \"feasible\"",
        )
        .replace(
            "#collective_title = \"none\"",
            "collective_title = \"tap-the-lao-dong-xuat-sac\"",
        )
        .replace(
            "#digital_maturity = \"chua-dat\"",
            "digital_maturity = \"kha\"",
        )
        .replace("#training_policy = false", "training_policy = true")
        .replace("#training_budget = false", "training_budget = true")
        .replace("#digital_equipment = false", "digital_equipment = true")
        .replace("#community_learning = false", "community_learning = true")
        .replace(
            "#knowledge_sharing_activities = false",
            "knowledge_sharing_activities = true",
        );
    std::fs::write(&evidence_path, filled).unwrap();

    let (code, out) = run_in(
        &run,
        &[
            "score",
            "u/roster.csv",
            "--rubric",
            "tt24",
            "--format",
            "json",
            "--as-of",
            "2025-06-30",
        ],
    );
    assert_eq!(code, 0, "{out}");
    let j: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(j["unit"]["name"], "Trường Mới");
    assert_eq!(j["members"]["counted"], 10);
    for c in j["criteria"].as_array().unwrap() {
        assert_eq!(c["level"], 2, "{}", c["id"]);
        assert_eq!(c["assessed"], true, "{}", c["id"]);
    }
    // every indicator at level 2, but no earlier recognition: level 1
    assert_eq!(j["outcome"]["indicators_level"], 2);
    assert_eq!(j["outcome"]["level"], 1);
}

#[test]
fn init_never_overwrites() {
    let run = dvht()
        .file("u/evidence.toml", "# mine\n")
        .args(["init", "u", "--lang", "en"]);
    run.run()
        .code(2)
        .stderr_has("`u/evidence.toml` already exists")
        .stderr_has("nothing was written");
    assert!(!run.path("u/roster.csv").exists());
    assert_eq!(
        std::fs::read_to_string(run.path("u/evidence.toml")).unwrap(),
        "# mine\n"
    );
    let run = dvht().args(["init", "u"]);
    run.run().code(0);
    let before = std::fs::read(run.path("u/roster.csv")).unwrap();
    run.run().code(2);
    assert_eq!(std::fs::read(run.path("u/roster.csv")).unwrap(), before);
    // no temporary file is left behind
    let names: Vec<String> = std::fs::read_dir(run.path("u"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}"); // roster.csv, evidence.toml, tu-danh-gia.toml
}

#[test]
fn init_for_a_rubric_file() {
    let variant = root().join("tests/fixtures/rubrics/province-variant.toml");
    let run = dvht().args(["init", "u", "--rubric", &variant.display().to_string()]);
    run.run().code(0);
    let roster = std::fs::read_to_string(run.path("u/roster.csv")).unwrap();
    assert!(roster.contains("Chuyển đổi số")); // the variant's own 2.5
    assert!(!roster.contains("Công dân học tập"));
}
