//! Issue 12, "never clobber, never hang, never drop": `-o` chooses its format by
//! extension and never replaces an input or a device; FIFOs never hang a run;
//! `batch` never drops a unit; control characters never reach a terminal raw;
//! `evidence hash` keeps the file byte for byte; `init` is all or nothing; a
//! rubric file that borrows a built-in id is flagged. Every input is generated
//! here, in a temp dir.

use crate::common::*;
use std::path::Path;

/// A run with the example unit `th-tan-hoa-1` copied into `u/`.
fn with_unit() -> Run {
    let r = dvht();
    copy_unit("th-tan-hoa-1", &r.path("u"));
    r
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

// ------------------------------------------------------------------ -o: format

#[test]
fn report_extension_chooses_the_format() {
    let r = with_unit();
    let run = |out: &str| {
        r.run_args(&["report", "u/roster.csv", "--rubric", "tt24", "-o", out])
            .code(0)
    };
    run("m4.xlsx");
    assert!(std::fs::read(r.path("m4.xlsx")).unwrap().starts_with(b"PK"));
    run("M4.HTML");
    let html = std::fs::read_to_string(r.path("M4.HTML")).unwrap();
    assert!(
        html.to_lowercase().starts_with("<!doctype html"),
        "{html:.80}"
    );
    run("m4.md");
    let md = std::fs::read_to_string(r.path("m4.md")).unwrap();
    assert!(!md.contains("<html") && md.starts_with("**"), "{md:.80}");
    // No known extension: --format, else the default (HTML).
    run("bao-cao");
    let plain = std::fs::read_to_string(r.path("bao-cao")).unwrap();
    assert!(plain.to_lowercase().starts_with("<!doctype html"));
}

#[test]
fn batch_extension_chooses_the_format() {
    let r = dvht();
    copy_unit("th-tan-hoa-1", &r.path("d/th-tan-hoa-1"));
    copy_unit("mn-hoa-sen", &r.path("d/mn-hoa-sen"));
    let run = |out: &str| {
        r.run_args(&[
            "batch",
            "d",
            "--rubric",
            "tt24",
            "--as-of",
            "2025-01-10",
            "-o",
            out,
        ])
        .code(0)
    };
    run("tonghop.xlsx");
    assert!(std::fs::read(r.path("tonghop.xlsx"))
        .unwrap()
        .starts_with(b"PK"));
    run("tonghop.json");
    let j: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(r.path("tonghop.json")).unwrap()).unwrap();
    assert_eq!(j["schema"], "dvht.batch/1");
    run("tonghop.CSV");
    let csv = std::fs::read_to_string(r.path("tonghop.CSV")).unwrap();
    assert!(
        csv.lines().count() == 3 && csv.contains("mn-hoa-sen,"),
        "{csv}"
    );
    run("tonghop.html");
    assert!(std::fs::read_to_string(r.path("tonghop.html"))
        .unwrap()
        .to_lowercase()
        .starts_with("<!doctype html"));
    run("tonghop.txt");
    let txt = std::fs::read_to_string(r.path("tonghop.txt")).unwrap();
    assert!(
        !txt.starts_with('{') && txt.contains("th-tan-hoa-1"),
        "{txt}"
    );
}

#[test]
fn score_and_compare_write_files_too() {
    let r = with_unit();
    r.run_args(&["score", "u/roster.csv", "--rubric", "tt24", "-o", "kq.json"])
        .code(0);
    let j: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(r.path("kq.json")).unwrap()).unwrap();
    assert_eq!(j["schema"], "dvht.assessment/1");
    let out = r
        .run_args(&["score", "u/roster.csv", "--rubric", "tt24", "-o", "kq.csv"])
        .code(0);
    assert_eq!(out.stdout, "", "the result goes to the file, not stdout");
    // `-o -` is standard output, not a file named `-`.
    let out = r
        .run_args(&[
            "score",
            "u/roster.csv",
            "--rubric",
            "tt24",
            "--format",
            "json",
            "-o",
            "-",
        ])
        .code(0);
    assert_eq!(out.json()["schema"], "dvht.assessment/1");
    assert!(!r.path("-").exists());
    assert!(std::fs::read_to_string(r.path("kq.csv"))
        .unwrap()
        .starts_with("rubric,"));
    r.run_args(&[
        "compare",
        "u/roster.csv",
        "--rubric",
        "hanoi",
        "--rubric",
        "tt24",
        "-o",
        "ss.json",
    ])
    .code(0);
    let j: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(r.path("ss.json")).unwrap()).unwrap();
    assert_eq!(j["schema"], "dvht.compare/1");
}

#[test]
fn a_contradicting_or_unwritable_extension_writes_nothing() {
    let r = with_unit();
    let cases: &[&[&str]] = &[
        &[
            "report",
            "u/roster.csv",
            "--rubric",
            "tt24",
            "--format",
            "html",
            "-o",
            "x.xlsx",
        ],
        &["report", "u/roster.csv", "--rubric", "tt24", "-o", "x.json"],
        &["report", "u/roster.csv", "--rubric", "tt24", "-o", "x.txt"],
        &[
            "batch", "u", "--rubric", "tt24", "--format", "csv", "-o", "x.json",
        ],
        &["batch", "u", "--rubric", "tt24", "-o", "x.md"],
        &[
            "score",
            "u/roster.csv",
            "--rubric",
            "tt24",
            "--format",
            "json",
            "-o",
            "x.csv",
        ],
        &["score", "u/roster.csv", "--rubric", "tt24", "-o", "x.html"],
    ];
    for args in cases {
        let out = r.run_args(args).code(2);
        assert!(out.stderr.contains("-o x."), "{args:?}: {}", out.stderr);
    }
    let left: Vec<String> = names(r.dir.path())
        .into_iter()
        .filter(|n| n != "u")
        .collect();
    assert!(left.is_empty(), "written: {left:?}");
}

#[test]
fn a_missing_folder_is_named() {
    let r = with_unit();
    r.run_args(&[
        "report",
        "u/roster.csv",
        "--rubric",
        "tt24",
        "-o",
        "nodir/x.html",
    ])
    .code(2)
    .stderr_has("nodir")
    .stderr_has("không có thư mục");
    r.run_args(&[
        "--lang",
        "en",
        "batch",
        "u",
        "--rubric",
        "tt24",
        "-o",
        "nodir/x.csv",
    ])
    .code(2)
    .stderr_has("the folder `nodir` does not exist");
    assert!(!r.path("nodir").exists());
}

// ------------------------------------------------------------------ -o: inputs

#[test]
fn o_naming_an_input_is_refused_and_the_input_kept() {
    let r = with_unit();
    let roster = std::fs::read(r.path("u/roster.csv")).unwrap();
    let manifest = std::fs::read(r.path("u/evidence.toml")).unwrap();
    let rubric = std::fs::read(root().join("rubrics/tt24-2023.toml")).unwrap();
    std::fs::write(r.path("my.toml"), &rubric).unwrap();
    let evidence_file = std::fs::read_dir(r.path("u/minh-chung"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let evidence_bytes = std::fs::read(&evidence_file).unwrap();
    let ev = evidence_file.display().to_string();
    let cases: Vec<Vec<&str>> = vec![
        vec![
            "report",
            "u/roster.csv",
            "--rubric",
            "tt24",
            "--format",
            "md",
            "-o",
            "u/evidence.toml",
        ],
        vec![
            "report",
            "u/roster.csv",
            "--rubric",
            "my.toml",
            "--format",
            "html",
            "-o",
            "my.toml",
        ],
        vec![
            "score",
            "u/roster.csv",
            "--rubric",
            "tt24",
            "-o",
            "u/roster.csv",
        ],
        vec!["score", "u/roster.csv", "--rubric", "tt24", "-o", &ev],
        vec![
            "compare",
            "u/roster.csv",
            "--rubric",
            "hanoi",
            "--rubric",
            "tt24",
            "-o",
            "u/evidence.toml",
        ],
        vec!["batch", ".", "--rubric", "tt24", "-o", "u/roster.csv"],
        vec![
            "batch",
            ".",
            "--rubric",
            "tt24",
            "--format",
            "json",
            "-o",
            "u/evidence.toml",
        ],
    ];
    for args in &cases {
        r.run_args(args)
            .code(2)
            .stderr_has("đầu vào")
            .stderr_has("chưa ghi gì");
    }
    // `report` cannot write .csv at all: refused for that reason first.
    r.run_args(&[
        "report",
        "u/roster.csv",
        "--rubric",
        "tt24",
        "-o",
        "u/roster.csv",
    ])
    .code(2)
    .stderr_has("chưa ghi gì");
    assert_eq!(std::fs::read(r.path("u/roster.csv")).unwrap(), roster);
    assert_eq!(std::fs::read(r.path("u/evidence.toml")).unwrap(), manifest);
    assert_eq!(std::fs::read(r.path("my.toml")).unwrap(), rubric);
    assert_eq!(std::fs::read(&evidence_file).unwrap(), evidence_bytes);
}

#[cfg(unix)]
#[test]
fn o_through_a_symlink_or_hard_link_to_an_input_is_refused() {
    let r = with_unit();
    let roster = std::fs::read(r.path("u/roster.csv")).unwrap();
    std::os::unix::fs::symlink(r.path("u/roster.csv"), r.path("link.csv")).unwrap();
    std::fs::hard_link(r.path("u/roster.csv"), r.path("hard.csv")).unwrap();
    for out in ["link.csv", "hard.csv", "./u/../u/roster.csv"] {
        r.run_args(&["score", "u/roster.csv", "--rubric", "tt24", "-o", out])
            .code(2)
            .stderr_has("đầu vào");
    }
    assert_eq!(std::fs::read(r.path("u/roster.csv")).unwrap(), roster);
    assert!(std::fs::symlink_metadata(r.path("link.csv"))
        .unwrap()
        .file_type()
        .is_symlink());
}

// ------------------------------------------------------------------ -o: devices, FIFOs

#[cfg(unix)]
fn mkfifo(p: &Path) {
    let st = std::process::Command::new("mkfifo")
        .arg(p)
        .status()
        .expect("mkfifo runs");
    assert!(st.success());
}

/// Runs dvht with a safety net: a hang is a failure, not a stuck test run.
#[cfg(unix)]
fn run_bounded(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = assert_cmd::Command::cargo_bin("dvht")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[cfg(unix)]
#[test]
fn o_dev_null_writes_into_the_device() {
    use std::os::unix::fs::FileTypeExt;
    let r = with_unit();
    r.run_args(&[
        "report",
        "u/roster.csv",
        "--rubric",
        "tt24",
        "-o",
        "/dev/null",
    ])
    .code(0);
    r.run_args(&["batch", "u", "--rubric", "tt24", "-o", "/dev/null"])
        .code(0);
    // Through a symlink too.
    std::os::unix::fs::symlink("/dev/null", r.path("null.html")).unwrap();
    r.run_args(&[
        "report",
        "u/roster.csv",
        "--rubric",
        "tt24",
        "-o",
        "null.html",
    ])
    .code(0);
    assert!(std::fs::metadata("/dev/null")
        .unwrap()
        .file_type()
        .is_char_device());
    assert!(std::fs::symlink_metadata(r.path("null.html"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(
        names(&r.path("u")).len(),
        names(&root().join("examples/th-tan-hoa-1")).len()
    );
}

#[cfg(unix)]
#[test]
fn o_fifo_with_a_reader_gets_the_output_and_stays_a_fifo() {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;
    let r = with_unit();
    let fifo = r.path("out.json");
    mkfifo(&fifo);
    let reader_path = fifo.clone();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::fs::File::open(&reader_path)
            .unwrap()
            .read_to_string(&mut s)
            .unwrap();
        s
    });
    // Give the reader a moment to open its end: dvht refuses a FIFO nobody reads.
    let mut code = -1;
    for _ in 0..100 {
        let (c, _, err) = run_bounded(
            r.dir.path(),
            &[
                "score",
                "u/roster.csv",
                "--rubric",
                "tt24",
                "-o",
                "out.json",
            ],
        );
        code = c;
        if c != 2 || !err.contains("FIFO") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(code, 0);
    let got = reader.join().unwrap();
    let j: serde_json::Value = serde_json::from_str(&got).unwrap();
    assert_eq!(j["schema"], "dvht.assessment/1");
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[cfg(unix)]
#[test]
fn o_fifo_without_a_reader_does_not_hang() {
    use std::os::unix::fs::FileTypeExt;
    let r = with_unit();
    let fifo = r.path("out.html");
    mkfifo(&fifo);
    let (code, _, err) = run_bounded(
        r.dir.path(),
        &[
            "--lang",
            "en",
            "report",
            "u/roster.csv",
            "--rubric",
            "tt24",
            "-o",
            "out.html",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("FIFO with no reader"), "{err}");
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

// ------------------------------------------------------------------ temp files

#[test]
fn leftover_temp_files_neither_block_nor_get_touched() {
    let r = with_unit();
    let pid_names = [
        ".m4.html.1.tmp".to_string(),
        format!(".m4.html.dvht-{}.tmp", 1),
        ".m4.html.0000000000000000.dvht-tmp".to_string(),
    ];
    for n in &pid_names {
        std::fs::write(r.path(n), "leftover").unwrap();
    }
    r.run_args(&[
        "report",
        "u/roster.csv",
        "--rubric",
        "tt24",
        "-o",
        "m4.html",
    ])
    .code(0);
    for n in &pid_names {
        assert_eq!(std::fs::read_to_string(r.path(n)).unwrap(), "leftover");
    }
    let mut want: Vec<String> = pid_names.to_vec();
    want.push("m4.html".into());
    want.push("u".into());
    want.sort();
    assert_eq!(
        names(r.dir.path()),
        want,
        "no temp file of this run is left"
    );
}

// ------------------------------------------------------------------ FIFO inputs

#[cfg(unix)]
#[test]
fn a_fifo_evidence_toml_is_refused_not_waited_on() {
    let r = with_unit();
    std::fs::remove_file(r.path("u/evidence.toml")).unwrap();
    mkfifo(&r.path("u/evidence.toml"));
    for args in [
        &["--lang", "en", "check-evidence", "u"][..],
        &["--lang", "en", "check-evidence", "u/evidence.toml"][..],
        &["--lang", "en", "evidence", "hash", "u/evidence.toml"][..],
        &["--lang", "en", "score", "u/roster.csv", "--rubric", "tt24"][..],
        &[
            "--lang",
            "en",
            "score",
            "u/roster.csv",
            "--rubric",
            "tt24",
            "--evidence",
            "u/evidence.toml",
        ][..],
    ] {
        let (code, _, err) = run_bounded(r.dir.path(), args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("not a regular file"), "{args:?}: {err}");
        assert!(err.contains("evidence.toml"), "{args:?}: {err}");
    }
}

// ------------------------------------------------------------------ batch drops nothing

#[cfg(unix)]
#[test]
fn batch_reports_every_broken_roster_and_notes_folders_without_one() {
    let r = dvht();
    let d = r.path("d");
    copy_unit("th-tan-hoa-1", &d.join("a-ok"));
    std::fs::create_dir_all(d.join("b-dangling")).unwrap();
    std::os::unix::fs::symlink("../nowhere/roster.csv", d.join("b-dangling/roster.csv")).unwrap();
    std::fs::create_dir_all(d.join("c-folder/roster.csv")).unwrap();
    std::fs::create_dir_all(d.join("d-fifo")).unwrap();
    mkfifo(&d.join("d-fifo/roster.csv"));
    std::fs::create_dir_all(d.join("e-empty")).unwrap();
    std::fs::write(d.join("e-empty/ghi-chu.txt"), "chưa nộp").unwrap();
    let (code, out, err) = run_bounded(
        r.dir.path(),
        &[
            "--lang", "en", "batch", "d", "--rubric", "tt24", "--format", "json",
        ],
    );
    assert_eq!(code, 2, "{out}\n{err}");
    let j: serde_json::Value = serde_json::from_str(&out).unwrap();
    let units = j["units"].as_array().unwrap();
    let folders: Vec<&str> = units
        .iter()
        .map(|u| u["folder"].as_str().unwrap())
        .collect();
    assert_eq!(folders, ["a-ok", "b-dangling", "c-folder", "d-fifo"]);
    assert!(units[0]["error"].is_null());
    for u in &units[1..] {
        assert!(u["error"].is_string(), "{u}");
    }
    assert!(
        units[3]["error"].as_str().unwrap().contains("FIFO"),
        "{}",
        units[3]
    );
    assert_eq!(j["summary"]["errors"], 3);
    assert!(err.contains("e-empty"), "skipped folders are noted: {err}");

    // The table says the same, and notes the skipped folder in its own text.
    let (code, out, _) = run_bounded(
        r.dir.path(),
        &["--lang", "en", "batch", "d", "--rubric", "tt24"],
    );
    assert_eq!(code, 2);
    for f in ["b-dangling", "c-folder", "d-fifo", "e-empty"] {
        assert!(out.contains(f), "{f}: {out}");
    }
}

// ------------------------------------------------------------------ terminal escapes

const ESC_NAME: &str = "Trường \u{1b}]0;pwned\u{7}\u{1b}[2J\u{202e}Hoa Sen\u{9b}";

fn hostile_unit() -> Run {
    let r = with_unit();
    let text = std::fs::read_to_string(r.path("u/evidence.toml")).unwrap();
    let text = text.replacen(
        "name = \"Trường Tiểu học Tân Hòa 1\"",
        &format!("name = {}", toml_string(ESC_NAME)),
        1,
    );
    assert!(text.contains("pwned"), "the example's name line changed");
    let text = text.replacen("code = \"", "code = \"\\u001B[31m", 1);
    std::fs::write(r.path("u/evidence.toml"), text).unwrap();
    r
}

fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        if c.is_control() {
            out.push_str(&format!("\\u{:04X}", c as u32));
        } else {
            out.push(c);
        }
    }
    out.push('"');
    out
}

fn assert_clean(what: &str, text: &str) {
    for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
        assert!(!text.contains(bad), "{what}: raw {:?} in:\n{text}", bad);
    }
}

#[test]
fn control_characters_never_reach_the_terminal_raw() {
    let r = hostile_unit();
    let table = r
        .run_args(&[
            "score",
            "u/roster.csv",
            "--rubric",
            "tt24",
            "--as-of",
            "2025-01-10",
        ])
        .no_panic();
    assert_clean("score table", &table.stdout);
    assert!(table.stdout.contains("\\u{1b}]0;pwned"), "{}", table.stdout);
    let csv = r.run_args(&[
        "score",
        "u/roster.csv",
        "--rubric",
        "tt24",
        "--format",
        "csv",
    ]);
    assert_clean("score csv", &csv.stdout);
    let md = r.run_args(&[
        "report",
        "u/roster.csv",
        "--rubric",
        "tt24",
        "--format",
        "md",
    ]);
    assert_clean("report md", &md.stdout);
    let html = r.run_args(&["report", "u/roster.csv", "--rubric", "tt24"]);
    assert_clean("report html", &html.stdout);
    let ce = r.run_args(&["check-evidence", "u", "--rubric", "tt24"]);
    assert_clean("check-evidence", &ce.stdout);
    assert!(ce.stdout.contains("\\u{1b}[31m"), "{}", ce.stdout);
    let batch = r.run_args(&["batch", ".", "--rubric", "tt24"]);
    assert_clean("batch table", &batch.stdout);
    let cmp = r.run_args(&[
        "compare",
        "u/roster.csv",
        "--rubric",
        "hanoi",
        "--rubric",
        "tt24",
    ]);
    assert_clean("compare", &cmp.stdout);
    // JSON keeps the exact string (its encoder escapes the control characters).
    let j = r
        .run_args(&[
            "score",
            "u/roster.csv",
            "--rubric",
            "tt24",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(j["unit"]["name"], ESC_NAME);
}

#[test]
fn error_messages_quoting_values_are_escaped() {
    let r = dvht().file(
        "roster.csv",
        format!(
            "{FULL_HEADER}\n{}\n",
            full_row(1).replacen(",yes,", ",\u{1b}[2Jmaybe,", 1)
        ),
    );
    let out = r
        .run_args(&["score", "roster.csv", "--rubric", "hanoi"])
        .code(2);
    assert_clean("stderr", &out.stderr);
    assert!(out.stderr.contains("\\u{1b}[2Jmaybe"), "{}", out.stderr);
}

// ------------------------------------------------------------------ evidence hash layout

#[test]
fn evidence_hash_keeps_bom_crlf_comments_and_order() {
    let r = dvht()
        .file("u/minh-chung/a.txt", "Kế hoạch")
        .file("u/minh-chung/b.txt", "Quy chế");
    let lines = [
        "# Hồ sơ — ghi chú",
        "[[evidence]]",
        "supports = [\"learning_plan\"]   # trước cả code",
        "file = \"minh-chung/a.txt\"",
        "code = \"MC-01\"",
        "title = \"Kế hoạch\"",
        "",
        "[unit]",
        "year = 2024",
        "name = \"Trường A\"",
        "",
        "[[evidence]]",
        "code = \"MC-02\"",
        "title = \"Quy chế\"",
        "file = \"minh-chung/b.txt\"",
        "supports = [\"training_policy\"]",
        "",
    ];
    let original = format!("\u{feff}{}", lines.join("\r\n"));
    std::fs::write(r.path("u/evidence.toml"), &original).unwrap();
    r.run_args(&["evidence", "hash", "u/evidence.toml"]).code(0);
    let after = std::fs::read(r.path("u/evidence.toml")).unwrap();
    assert!(after.starts_with(b"\xEF\xBB\xBF"), "the BOM is kept");
    let after = String::from_utf8(after).unwrap();
    let sha = |s: &str| {
        use sha2::Digest;
        format!("{:x}", sha2::Sha256::digest(s.as_bytes()))
    };
    let mut want: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    want.insert(15, format!("sha256 = \"{}\"", sha("Quy chế")));
    want.insert(4, format!("sha256 = \"{}\"", sha("Kế hoạch")));
    assert_eq!(after, format!("\u{feff}{}", want.join("\r\n")));
}

// ------------------------------------------------------------------ init

#[cfg(unix)]
#[test]
fn init_writes_nothing_when_any_target_is_taken() {
    let r = dvht();
    std::fs::create_dir_all(r.path("moi")).unwrap();
    std::os::unix::fs::symlink("nowhere.toml", r.path("moi/evidence.toml")).unwrap();
    r.run_args(&["init", "moi"])
        .code(2)
        .stderr_has("evidence.toml");
    assert_eq!(names(&r.path("moi")), ["evidence.toml"]);
    std::fs::remove_file(r.path("moi/evidence.toml")).unwrap();
    mkfifo(&r.path("moi/roster.csv"));
    r.run_args(&["init", "moi"])
        .code(2)
        .stderr_has("roster.csv");
    assert_eq!(names(&r.path("moi")), ["roster.csv"]);
}

// ------------------------------------------------------------------ built-in ids

#[test]
fn a_rubric_file_claiming_a_builtin_id_but_differing_is_flagged() {
    let r = with_unit();
    let text = std::fs::read_to_string(root().join("rubrics/hanoi-2021.toml")).unwrap();
    std::fs::write(r.path("same.toml"), &text).unwrap();
    let changed = text.replacen(
        "{ range = \"[80,100)\", points = \"8\"",
        "{ range = \"[80,100)\", points = \"9\"",
        1,
    );
    assert_ne!(changed, text);
    std::fs::write(r.path("khac.toml"), &changed).unwrap();

    let j = r
        .run_args(&[
            "score",
            "u/roster.csv",
            "--rubric",
            "khac.toml",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(j["rubric"]["id"], "hanoi-2021");
    assert_eq!(j["rubric"]["differs_from_builtin"], true);
    let warned = j["warnings"].as_array().unwrap().iter().any(|w| {
        w.as_str()
            .is_some_and(|s| s.contains("hanoi-2021") && s.contains("khac.toml"))
            || w["code"] == "rubric-differs-from-builtin"
    });
    assert!(warned, "{}", j["warnings"]);
    r.run_args(&[
        "--lang",
        "en",
        "score",
        "u/roster.csv",
        "--rubric",
        "khac.toml",
    ])
    .stdout_has("differs from the built-in");
    r.run_args(&[
        "--lang",
        "en",
        "report",
        "u/roster.csv",
        "--rubric",
        "khac.toml",
        "--format",
        "md",
    ])
    .stdout_has("differs from the built-in");
    let b = r.run_args(&[
        "--lang",
        "en",
        "batch",
        "u",
        "--rubric",
        "khac.toml",
        "--format",
        "json",
    ]);
    assert!(
        b.stderr.contains("differs from the built-in"),
        "{}",
        b.stderr
    );
    assert_eq!(b.json()["rubric"]["differs_from_builtin"], true);
    r.run_args(&["--lang", "en", "rubric", "lint", "khac.toml"])
        .code(1)
        .stdout_has("builtin-id-differs");

    // An unchanged copy is the built-in: no warning.
    let j = r
        .run_args(&[
            "score",
            "u/roster.csv",
            "--rubric",
            "same.toml",
            "--format",
            "json",
        ])
        .json();
    assert!(
        j["rubric"].get("differs_from_builtin").is_none(),
        "{}",
        j["rubric"]
    );
    let lint = r.run_args(&["rubric", "lint", "same.toml"]);
    assert!(
        !lint.stdout.contains("builtin-id-differs"),
        "{}",
        lint.stdout
    );
}

/// A FIFO or a device given as `--rubric` is named as what it is (not "not found"),
/// and nothing blocks waiting for a writer.
#[cfg(unix)]
#[test]
fn rubric_fifo_or_device_is_named_not_read() {
    let r = with_unit();
    mkfifo(&r.path("rubric.fifo"));
    for (lang, rubric, want) in [
        (
            "vi",
            "rubric.fifo",
            "không phải tệp thông thường (ống dẫn FIFO)",
        ),
        ("en", "rubric.fifo", "not a regular file (FIFO)"),
        ("en", "/dev/zero", "not a regular file (character device)"),
    ] {
        let (code, _, err) = run_bounded(
            r.dir.path(),
            &["--lang", lang, "score", "u/roster.csv", "--rubric", rubric],
        );
        assert_eq!(code, 2, "{err}");
        assert!(err.contains(want), "{rubric}: {err}");
    }
    let (code, _, err) = run_bounded(r.dir.path(), &["rubric", "lint", "rubric.fifo"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("ống dẫn FIFO"), "{err}");
}
