//! `dvht check-evidence` and `dvht evidence hash`: every failure class, the
//! shipped examples, the JSON contract, and hashing round trips.

use crate::common::*;
use serde::Deserialize;
use serde_json::Value;

const UNIT: &str = "[unit]\nname = \"Trường Thử\"\nkind = \"truong-hoc\"\nyear = 2024\n\n";

/// One `[[evidence]]` item.
fn item(code: &str, file: &str, supports: &str, sha: Option<&str>) -> String {
    let sha = sha
        .map(|s| format!("sha256 = \"{s}\"\n"))
        .unwrap_or_default();
    format!(
        "[[evidence]]\ncode = \"{code}\"\ntitle = \"Tài liệu {code}\"\nfile = \"{file}\"\n{sha}supports = [{supports}]\n\n"
    )
}

fn codes(j: &Value) -> Vec<(String, Option<String>)> {
    j["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| {
            (
                p["code"].as_str().unwrap().to_string(),
                p["item"].as_str().map(str::to_string),
            )
        })
        .collect()
}

fn has(j: &Value, code: &str, item: Option<&str>) -> bool {
    codes(j)
        .iter()
        .any(|(c, i)| c == code && i.as_deref() == item)
}

const SHA_ABC: &str = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const ZEROS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[test]
fn examples_pass_under_both_rubrics_with_hashes() {
    for unit in ["mn-hoa-sen", "th-tan-hoa-1", "thpt-so-2-tuy-phuoc"] {
        for rubric in ["tt24", "hanoi"] {
            let out = dvht()
                .args([
                    "check-evidence",
                    &example(unit, "evidence.toml"),
                    "--rubric",
                    rubric,
                    "--format",
                    "json",
                ])
                .run()
                .code(0);
            let j = out.json();
            assert_eq!(j["summary"]["errors"], 0, "{unit} {rubric}");
            assert_eq!(j["summary"]["warnings"], 0, "{unit} {rubric}");
            for it in j["items"].as_array().unwrap() {
                assert_eq!(it["hash"], "match", "{unit}: {it}");
            }
            for c in j["criteria"].as_array().unwrap() {
                assert_eq!(c["covered"], true, "{unit} {rubric}: {c}");
            }
        }
        dvht()
            .args(["check-evidence", &example(unit, "evidence.toml")])
            .run()
            .code(0)
            .stdout_has("không có lỗi");
    }
}

/// The `dvht.evidence/1` contract: an unknown field fails this test, so the README
/// and this pin are updated together.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct EvidenceJson {
    schema: String,
    manifest: ManifestJson,
    unit: UnitJson,
    rubric: Option<RubricJson>,
    hashes_verified: bool,
    items: Vec<ItemJson>,
    criteria: Vec<CriterionJson>,
    unreferenced: Vec<String>,
    problems: Vec<ProblemJson>,
    summary: SummaryJson,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ManifestJson {
    path: String,
    sha256: String,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct UnitJson {
    name: Option<String>,
    year: Option<i32>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct RubricJson {
    id: String,
    title: String,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ItemJson {
    code: String,
    title: String,
    file: String,
    line: u64,
    supports: Vec<String>,
    size: Option<u64>,
    sha256: Option<String>,
    actual_sha256: Option<String>,
    hash: String,
    ok: bool,
    problems: Vec<String>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct CriterionJson {
    id: String,
    title: String,
    applicable: bool,
    inputs: Vec<String>,
    evidence: Vec<String>,
    covered: bool,
    evidence_suggestions: Vec<String>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ProblemJson {
    code: String,
    severity: String,
    item: Option<String>,
    criterion: Option<String>,
    file: Option<String>,
    line: Option<u64>,
    column: Option<u64>,
    message: String,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct SummaryJson {
    items: usize,
    errors: usize,
    warnings: usize,
    clean: bool,
}

#[test]
fn json_schema_is_pinned() {
    let out = dvht()
        .file(
            "evidence.toml",
            format!(
                "{UNIT}{}{}",
                item("A", "minh-chung/a.txt", "\"learning_plan\"", Some(SHA_ABC)),
                item("B", "minh-chung/b.txt", "\"discipline\"", None)
            ),
        )
        .file("minh-chung/a.txt", "abc")
        .file("minh-chung/extra.txt", "x")
        .args(["check-evidence", "--rubric", "hanoi", "--format", "json"])
        .run()
        .code(1);
    let j: EvidenceJson = serde_json::from_str(&out.stdout).expect("schema");
    assert_eq!(j.schema, "dvht.evidence/1");
    assert_eq!(j.items[0].hash, "match");
    assert_eq!(j.items[0].actual_sha256.as_deref(), Some(SHA_ABC));
    assert_eq!(j.items[0].size, Some(3));
    assert_eq!(j.items[1].problems, vec!["missing-file"]);
    assert_eq!(j.unreferenced, vec!["minh-chung/extra.txt"]);
    assert_eq!(j.criteria.len(), 10);
    assert!(j.summary.errors > 0 && !j.summary.clean);
    let p = j
        .problems
        .iter()
        .find(|p| p.code == "no-evidence-for-criterion")
        .unwrap();
    assert!(p.criterion.is_some() && p.severity == "error");
}

#[test]
fn every_problem_is_listed_in_one_run() {
    let mut toml = UNIT.to_string();
    toml.push_str(&item(
        "OK",
        "minh-chung/ok.txt",
        "\"learning_plan\"",
        Some(SHA_ABC),
    ));
    toml.push_str(&item(
        "MISS",
        "minh-chung/khong-co.pdf",
        "\"discipline\"",
        None,
    ));
    toml.push_str(&item("ABS", "/etc/passwd", "\"discipline\"", None));
    toml.push_str(&item(
        "DRIVE",
        "C:\\\\minh-chung\\\\a.pdf",
        "\"discipline\"",
        None,
    ));
    toml.push_str(&item(
        "UNC",
        "\\\\\\\\server\\\\share\\\\a.pdf",
        "\"discipline\"",
        None,
    ));
    toml.push_str(&item("UP", "../ngoai.txt", "\"discipline\"", None));
    toml.push_str(&item(
        "BACK",
        "minh-chung\\\\ok.txt",
        "\"discipline\"",
        None,
    ));
    toml.push_str(&item("DEV", "minh-chung/CON.txt", "\"discipline\"", None));
    toml.push_str(&item("TILDE", "~/a.pdf", "\"discipline\"", None));
    toml.push_str(&item("OK", "minh-chung/b.txt", "\"discipline\"", None));
    toml.push_str(&item(
        "DUPFILE",
        "./minh-chung/ok.txt",
        "\"discipline\"",
        None,
    ));
    toml.push_str(&item(
        "SUP",
        "minh-chung/c.txt",
        "\"disciplin\", \"nonsense\"",
        None,
    ));
    toml.push_str(&item(
        "BADSHA",
        "minh-chung/d.txt",
        "\"discipline\"",
        Some("abc123"),
    ));
    toml.push_str(&item(
        "TAMPER",
        "minh-chung/e.txt",
        "\"discipline\"",
        Some(ZEROS),
    ));
    toml.push_str(&item("DIR", "minh-chung/thu-muc", "\"discipline\"", None));
    toml.push_str(&item("NONE", "minh-chung/f.txt", "", None));
    let out = dvht()
        .file("evidence.toml", toml)
        .file("minh-chung/ok.txt", "abc")
        .file("minh-chung/b.txt", "b")
        .file("minh-chung/c.txt", "c")
        .file("minh-chung/d.txt", "d")
        .file("minh-chung/e.txt", "tampered")
        .file("minh-chung/f.txt", "f")
        .file("minh-chung/thu-muc/x.txt", "x")
        .args(["check-evidence", "evidence.toml", "--format", "json"])
        .run()
        .code(1);
    let j = out.json();
    for (code, item) in [
        ("missing-file", "MISS"),
        ("absolute-path", "ABS"),
        ("absolute-path", "DRIVE"),
        ("absolute-path", "UNC"),
        ("outside-folder", "UP"),
        ("unsafe-path", "BACK"),
        ("unsafe-path", "DEV"),
        ("unsafe-path", "TILDE"),
        ("duplicate-code", "OK"),
        ("duplicate-file", "DUPFILE"),
        ("unknown-supports", "SUP"),
        ("invalid-sha256", "BADSHA"),
        ("hash-mismatch", "TAMPER"),
        ("not-a-file", "DIR"),
        ("supports-nothing", "NONE"),
    ] {
        assert!(
            has(&j, code, Some(item)),
            "no {code} for {item}: {:?}",
            codes(&j)
        );
    }
    // Both unknown names are listed, each with its own column, the typo with a hint.
    let sup: Vec<&Value> = j["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["code"] == "unknown-supports")
        .collect();
    assert_eq!(sup.len(), 2);
    assert!(sup[0]["message"]
        .as_str()
        .unwrap()
        .contains("`discipline`?"));
    assert_ne!(sup[0]["column"], sup[1]["column"]);
    // The sound item is fine; the unsafe ones were never touched.
    assert_eq!(j["items"][0]["ok"], true);
    assert_eq!(j["items"][0]["hash"], "match");
    assert_eq!(j["items"][2]["size"], Value::Null);
    // Nothing was hashed that had an earlier problem.
    assert_eq!(j["items"][12]["hash"], "not-recorded");
    assert_eq!(j["summary"]["clean"], false);

    // The table lists them too, with the manifest's line.
    dvht()
        .file(
            "evidence.toml",
            format!(
                "{UNIT}{}",
                item("MISS", "minh-chung/khong-co.pdf", "\"discipline\"", None)
            ),
        )
        .args(["check-evidence", "--lang", "en"])
        .run()
        .code(1)
        .stdout_has("missing-file")
        .stdout_has("evidence.toml:7")
        .stdout_has("[MISS] no such file `minh-chung/khong-co.pdf`");
}

#[cfg(unix)]
#[test]
fn symlink_escape_is_reported_and_not_followed() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.txt");
    std::fs::write(&secret, "abc").unwrap();
    let run = dvht()
        .file(
            "evidence.toml",
            format!(
                "{UNIT}{}{}{}",
                item(
                    "LINK",
                    "minh-chung/link.txt",
                    "\"discipline\"",
                    Some(SHA_ABC)
                ),
                item(
                    "DIRLINK",
                    "minh-chung/ra-ngoai/secret.txt",
                    "\"discipline\"",
                    None
                ),
                item(
                    "INSIDE",
                    "minh-chung/noi-bo.txt",
                    "\"learning_plan\"",
                    Some(SHA_ABC)
                )
            ),
        )
        .file("minh-chung/that.txt", "abc")
        .args(["check-evidence", "--format", "json"]);
    std::os::unix::fs::symlink(&secret, run.path("minh-chung/link.txt")).unwrap();
    std::os::unix::fs::symlink(outside.path(), run.path("minh-chung/ra-ngoai")).unwrap();
    std::os::unix::fs::symlink("that.txt", run.path("minh-chung/noi-bo.txt")).unwrap();
    let j = run.run().code(1).json();
    assert!(has(&j, "outside-folder", Some("LINK")), "{:?}", codes(&j));
    assert!(
        has(&j, "outside-folder", Some("DIRLINK")),
        "{:?}",
        codes(&j)
    );
    // Never hashed: the digest of the outside file is not revealed.
    assert_eq!(j["items"][0]["actual_sha256"], Value::Null);
    assert_eq!(j["items"][0]["size"], Value::Null);
    // A link that stays inside is a file like any other.
    assert_eq!(j["items"][2]["ok"], true);
    assert_eq!(j["items"][2]["hash"], "match");
    // The symlinked folder is not walked for unreferenced files.
    assert!(!j["unreferenced"].to_string().contains("secret"));
}

#[cfg(unix)]
#[test]
fn dangling_link_is_a_missing_file() {
    let run = dvht()
        .file(
            "evidence.toml",
            format!(
                "{UNIT}{}",
                item("A", "minh-chung/a.txt", "\"discipline\"", None)
            ),
        )
        .args(["check-evidence", "--format", "json"]);
    std::fs::create_dir_all(run.path("minh-chung")).unwrap();
    std::os::unix::fs::symlink("khong-co.txt", run.path("minh-chung/a.txt")).unwrap();
    let j = run.run().code(1).json();
    assert!(has(&j, "missing-file", Some("A")));
    assert!(j["problems"][0]["message"]
        .as_str()
        .unwrap()
        .contains("liên kết"));
}

#[test]
fn criterion_without_evidence_lists_its_suggestions() {
    // Everything but `learning_citizen` (TT 24 3.1) is supported.
    let manifest = FULL_EVIDENCE.replace("\"learning_citizen\", ", "");
    let out = dvht()
        .file("evidence.toml", &manifest)
        .file("minh-chung/tong-hop.txt", "hồ sơ")
        .args(["check-evidence", "--rubric", "tt24"])
        .run()
        .code(1)
        .stdout_has("no-evidence-for-criterion")
        .stdout_has("tiêu chí 3.1 không có minh chứng cho learning_citizen")
        .stdout_has("THIẾU MINH CHỨNG");
    assert!(out.stdout.contains("Công dân học tập"), "{}", out.stdout);
    let j = dvht()
        .file("evidence.toml", &manifest)
        .file("minh-chung/tong-hop.txt", "hồ sơ")
        .args(["check-evidence", "--rubric", "tt24", "--format", "json"])
        .run()
        .code(1)
        .json();
    let missing: Vec<&Value> = j["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["covered"] == false)
        .collect();
    assert_eq!(missing.len(), 1);
    assert_eq!(missing[0]["id"], "3.1");
    assert!(!missing[0]["evidence_suggestions"]
        .as_array()
        .unwrap()
        .is_empty());
    assert_eq!(j["summary"]["errors"], 1);
    // Under Hà Nội nothing reads learning_citizen: clean.
    dvht()
        .file("evidence.toml", &manifest)
        .file("minh-chung/tong-hop.txt", "hồ sơ")
        .args(["check-evidence", "--rubric", "hanoi"])
        .run()
        .code(0);
    // Without a rubric completeness is not judged.
    dvht()
        .file("evidence.toml", &manifest)
        .file("minh-chung/tong-hop.txt", "hồ sơ")
        .args(["check-evidence"])
        .run()
        .code(0);
}

#[test]
fn a_broken_item_is_no_evidence() {
    // The one item that supports everything has a tampered file.
    let manifest = FULL_EVIDENCE.replace(
        "file = \"minh-chung/tong-hop.txt\"",
        &format!("file = \"minh-chung/tong-hop.txt\"\nsha256 = \"{ZEROS}\""),
    );
    let j = dvht()
        .file("evidence.toml", &manifest)
        .file("minh-chung/tong-hop.txt", "hồ sơ")
        .args(["check-evidence", "--rubric", "hanoi", "--format", "json"])
        .run()
        .code(1)
        .json();
    assert!(has(&j, "hash-mismatch", Some("MC-01")));
    let uncovered = j["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["covered"] == false)
        .count();
    assert_eq!(uncovered, 10);
    let p = j["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["code"] == "no-evidence-for-criterion")
        .unwrap();
    assert!(p["message"].as_str().unwrap().contains("MC-01"), "{p}");
    // The hash findings come last: cheapest checks first.
    assert_eq!(
        j["problems"].as_array().unwrap().last().unwrap()["code"],
        "hash-mismatch"
    );
}

#[test]
fn a_criterion_that_does_not_apply_needs_no_evidence() {
    let manifest = FULL_EVIDENCE
        .replace("\"language_cert\", ", "")
        .replace("kind = \"truong-hoc\"", "kind = \"to-chuc-kinh-te\"");
    let j = dvht()
        .file("evidence.toml", &manifest)
        .file("minh-chung/tong-hop.txt", "hồ sơ")
        .args(["check-evidence", "--rubric", "tt24", "--format", "json"])
        .run()
        .code(0)
        .json();
    let c24 = j["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "2.4")
        .unwrap();
    assert_eq!(c24["applicable"], false);
    assert_eq!(c24["covered"], true);
}

#[test]
fn unreferenced_files_are_warnings() {
    let j = dvht()
        .file(
            "evidence.toml",
            format!(
                "{UNIT}{}",
                item("A", "minh-chung/a.txt", "\"discipline\"", None)
            ),
        )
        .file("roster.csv", "name\nA\n")
        .file("minh-chung/a.txt", "a")
        .file("minh-chung/thua.pdf", "b")
        .file("minh-chung/con/sau.pdf", "c")
        .file("minh-chung/.DS_Store", "junk")
        .file(".git/config", "junk")
        .args(["check-evidence", "--format", "json"])
        .run()
        .code(0)
        .json();
    assert_eq!(
        j["unreferenced"],
        serde_json::json!(["minh-chung/con/sau.pdf", "minh-chung/thua.pdf"])
    );
    assert_eq!(j["summary"]["warnings"], 2);
    assert_eq!(j["problems"][0]["severity"], "warning");
    assert_eq!(j["problems"][0]["code"], "unreferenced-file");
}

#[test]
fn empty_file_is_a_warning() {
    let j = dvht()
        .file(
            "evidence.toml",
            format!(
                "{UNIT}{}",
                item("A", "minh-chung/a.txt", "\"discipline\"", None)
            ),
        )
        .file("minh-chung/a.txt", "")
        .args(["check-evidence", "--format", "json"])
        .run()
        .code(0)
        .json();
    assert!(has(&j, "empty-file", Some("A")));
}

#[test]
fn names_are_compared_in_nfc() {
    use unicode_normalization::UnicodeNormalization;
    let nfc = "minh-chung/biên-bản.txt";
    let nfd: String = nfc.nfd().collect();
    // Written in NFC, stored in NFD (a Mac): found, with a warning.
    let j = dvht()
        .file(
            "evidence.toml",
            format!("{UNIT}{}", item("A", nfc, "\"discipline\"", None)),
        )
        .file(&nfd, "a")
        .args(["check-evidence", "--format", "json"])
        .run()
        .code(0)
        .json();
    assert!(has(&j, "name-normalization", Some("A")), "{:?}", codes(&j));
    assert!(j["unreferenced"].as_array().unwrap().is_empty());
    // Two files whose names differ only by normalisation: a conflict.
    let j = dvht()
        .file(
            "evidence.toml",
            format!("{UNIT}{}", item("A", nfc, "\"discipline\"", None)),
        )
        .file(nfc, "a")
        .file(&nfd, "b")
        .args(["check-evidence", "--format", "json"])
        .run()
        .code(1)
        .json();
    assert!(has(&j, "normalization-conflict", None), "{:?}", codes(&j));
    // Two items naming one file in two forms: a duplicate.
    let j = dvht()
        .file(
            "evidence.toml",
            format!(
                "{UNIT}{}{}",
                item("A", nfc, "\"discipline\"", None),
                item("B", &nfd, "\"discipline\"", None)
            ),
        )
        .file(nfc, "a")
        .args(["check-evidence", "--format", "json"])
        .run()
        .code(1)
        .json();
    assert!(has(&j, "duplicate-file", Some("B")), "{:?}", codes(&j));
}

#[test]
fn unreadable_input_exits_2() {
    dvht()
        .args(["check-evidence"])
        .run()
        .code(2)
        .stderr_has("dvht: không đọc được `evidence.toml`");
    dvht()
        .file("evidence.toml", "[[evidence]]\ncode = \"A\"\n")
        .args(["check-evidence"])
        .run()
        .code(2)
        .stderr_has("evidence.toml:1");
    dvht()
        .file("evidence.toml", "[unit\n")
        .args(["check-evidence"])
        .run()
        .code(2)
        .no_panic();
    dvht()
        .file("evidence.toml", UNIT)
        .args(["check-evidence", "--rubric", "tt42"])
        .run()
        .code(2)
        .stderr_has("tt24");
    dvht()
        .file("evidence.toml", UNIT)
        .args(["evidence", "hash", "khong-co.toml"])
        .run()
        .code(2);
}

#[test]
fn file_defaults_and_folder_arguments() {
    let files = |r: Run| {
        r.file(
            "don-vi/evidence.toml",
            format!(
                "{UNIT}{}",
                item("A", "minh-chung/a.txt", "\"discipline\"", None)
            ),
        )
        .file("don-vi/minh-chung/a.txt", "a")
    };
    files(dvht())
        .args(["check-evidence", "don-vi"])
        .run()
        .code(0);
    files(dvht())
        .args(["check-evidence", "don-vi/evidence.toml", "--quiet"])
        .run()
        .code(0);
    // With no file and none here: exit 2, not a silent pass.
    files(dvht()).args(["check-evidence"]).run().code(2);
}

#[test]
fn no_hashes_skips_the_comparison() {
    let run = || {
        dvht()
            .file(
                "evidence.toml",
                format!(
                    "{UNIT}{}",
                    item("A", "minh-chung/a.txt", "\"discipline\"", Some(ZEROS))
                ),
            )
            .file("minh-chung/a.txt", "a")
    };
    run()
        .args(["check-evidence"])
        .run()
        .code(1)
        .stdout_has("hash-mismatch");
    let out = run()
        .args(["check-evidence", "--no-hashes", "--format", "json"])
        .run()
        .code(0);
    let j = out.json();
    assert_eq!(j["hashes_verified"], false);
    assert_eq!(j["items"][0]["hash"], "not-checked");
    run().args(["check-evidence", "--jobs", "1"]).run().code(1);
    run().args(["check-evidence", "--jobs", "0"]).run().code(2);
}

const COMMENTED: &str = r#"# Hồ sơ minh chứng năm 2024 — cập nhật 08/01/2025
[unit]
name = "Trường Thử"   # tên đầy đủ
kind = "truong-hoc"
year = 2024

# ---- Tiêu chí 1
[[evidence]]
code = "MC-01"        # mã của đơn vị
title = "Kế hoạch"
file = "minh-chung/a.txt"   # bản quét có dấu đỏ
# dữ kiện được chứng minh
supports = ["learning_plan"]

[[evidence]]
code = "MC-02"
title = "Quy chế"
file = "minh-chung/b.txt"
sha256 = "0000000000000000000000000000000000000000000000000000000000000000" # ghi tay, sai
supports = ["training_policy"]  # cuối mục
# chú thích cuối tệp
"#;

#[test]
fn hash_round_trips_a_commented_file() {
    let r = dvht()
        .file("evidence.toml", COMMENTED)
        .file("minh-chung/a.txt", "abc")
        .file("minh-chung/b.txt", "b");
    // MC-02's recorded digest is wrong: kept without --force.
    let r = r.args(["evidence", "hash", "--lang", "en"]);
    let out = r.run().code(1);
    assert!(out.stdout.contains("FILE CHANGED"), "{}", out.stdout);
    let text = std::fs::read_to_string(r.path("evidence.toml")).unwrap();
    for line in COMMENTED.lines() {
        assert!(text.contains(line), "lost {line:?}:\n{text}");
    }
    assert!(
        text.contains(&format!(
            "file = \"minh-chung/a.txt\"   # bản quét có dấu đỏ\nsha256 = \"{SHA_ABC}\"\n# dữ kiện"
        )),
        "{text}"
    );
    let r = r.args(["--force"]);
    r.run().code(0);
    let text = std::fs::read_to_string(r.path("evidence.toml")).unwrap();
    assert!(!text.contains(ZEROS));
    assert!(text.contains("\" # ghi tay, sai\n"), "{text}");
    for line in COMMENTED.lines().filter(|l| !l.starts_with("sha256")) {
        assert!(text.contains(line), "lost {line:?}:\n{text}");
    }
    // Once hashed, a second run changes nothing and leaves the bytes alone.
    let before = std::fs::read(r.path("evidence.toml")).unwrap();
    dvht_in(&r, &["evidence", "hash", "--lang", "en"])
        .code(0)
        .stdout_has("file left unchanged");
    assert_eq!(std::fs::read(r.path("evidence.toml")).unwrap(), before);
    dvht_in(&r, &["check-evidence"]).code(0);
    // No temp file is left behind.
    let names: Vec<String> = std::fs::read_dir(r.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

/// Runs `dvht` again in an existing builder's folder.
fn dvht_in(r: &Run, args: &[&str]) -> Output {
    let mut cmd = assert_cmd::Command::cargo_bin("dvht").unwrap();
    let out = cmd.current_dir(r.dir.path()).args(args).output().unwrap();
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn a_changed_file_is_reported_and_rehashed_only_with_force() {
    let r = dvht()
        .file(
            "evidence.toml",
            format!(
                "{UNIT}{}{}",
                item("A", "minh-chung/a.txt", "\"discipline\"", None),
                item("B", "minh-chung/b.txt", "\"learning_plan\"", None)
            ),
        )
        .file("minh-chung/a.txt", "abc")
        .file("minh-chung/b.txt", "b");
    dvht_in(&r, &["evidence", "hash"]).code(0);
    dvht_in(&r, &["check-evidence"]).code(0);
    std::fs::write(r.path("minh-chung/a.txt"), "abd").unwrap();
    let before = std::fs::read(r.path("evidence.toml")).unwrap();
    let j: Value = serde_json::from_str(
        &dvht_in(&r, &["check-evidence", "--format", "json"])
            .code(1)
            .stdout,
    )
    .unwrap();
    assert!(has(&j, "hash-mismatch", Some("A")));
    assert_eq!(j["items"][0]["sha256"], SHA_ABC);
    dvht_in(&r, &["evidence", "hash"])
        .code(1)
        .stdout_has("TỆP ĐÃ ĐỔI");
    assert_eq!(std::fs::read(r.path("evidence.toml")).unwrap(), before);
    dvht_in(&r, &["evidence", "hash", "--force"]).code(0);
    dvht_in(&r, &["check-evidence"]).code(0);
}

#[test]
fn hash_skips_what_it_cannot_hash_and_does_the_rest() {
    let r = dvht()
        .file(
            "evidence.toml",
            format!(
                "{UNIT}{}{}{}",
                item("A", "minh-chung/a.txt", "\"discipline\"", None),
                item("MISS", "minh-chung/khong-co.txt", "\"discipline\"", None),
                item("ABS", "/etc/hostname", "\"discipline\"", None)
            ),
        )
        .file("minh-chung/a.txt", "abc");
    dvht_in(&r, &["evidence", "hash", "--lang", "en"])
        .code(1)
        .stdout_has("missing-file")
        .stdout_has("absolute-path")
        .stdout_has("skipped");
    let text = std::fs::read_to_string(r.path("evidence.toml")).unwrap();
    assert_eq!(text.matches("sha256 =").count(), 1);
    assert!(text.contains(SHA_ABC));
}

#[test]
fn score_still_rejects_unknown_supports() {
    dvht()
        .file("u/roster.csv", roster(10, &[]))
        .file(
            "u/evidence.toml",
            format!(
                "{UNIT}{}",
                item("A", "minh-chung/a.txt", "\"disciplin\"", None)
            ),
        )
        .args(["score", "u/roster.csv", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("evidence.toml:10:")
        .stderr_has("`discipline`?");
}

#[test]
fn help_documents_exit_codes_and_codes() {
    dvht()
        .args(["check-evidence", "--help", "--lang", "en"])
        .run()
        .code(0)
        .stdout_has("Exit status")
        .stdout_has("hash-mismatch");
    dvht()
        .args(["evidence", "hash", "--help"])
        .run()
        .code(0)
        .stdout_has("--force");
}
