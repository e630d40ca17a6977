//! `--help` speaks Vietnamese unless `--lang en` or `DVHT_LANG=en`; clap's own
//! words and its usage errors too.

use crate::common::dvht;

/// Every command path, as arguments.
const COMMANDS: &[&[&str]] = &[
    &[],
    &["score"],
    &["batch"],
    &["rubric"],
    &["rubric", "list"],
    &["rubric", "show"],
    &["rubric", "lint"],
    &["rubric", "diff"],
    &["compare"],
    &["init"],
    &["check-evidence"],
    &["evidence"],
    &["evidence", "hash"],
    &["report"],
    &["completions"],
    &["man"],
];

/// English words that must not appear in Vietnamese help (clap's and ours).
const ENGLISH: &[&str] = &[
    "Usage",
    "Options",
    "Arguments",
    "Commands",
    "Print help",
    "Print version",
    "default:",
    "Possible values",
    " the ",
    " of ",
    "Exit status",
    "Examples",
    "Output format",
];

/// Vietnamese words that must not appear in English help outside proper nouns and
/// quoted document words.
const VIETNAMESE: &[&str] = &[
    "Cách dùng",
    "Tùy chọn",
    "Tham số",
    "Lệnh",
    "mặc định",
    " và ",
    " của ",
    " hoặc ",
    "Ví dụ",
    "Mã thoát",
    "In trợ giúp",
];

fn help(cmd: &[&str], extra: &[&str], env: Option<&str>) -> String {
    let mut run = dvht().args(cmd).args(extra).args(["--help"]);
    if let Some(l) = env {
        run = run.env("DVHT_LANG", l);
    }
    let out = run.run().code(0);
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    out.stdout
}

/// Lines of help that are commands to type (examples), which keep their words.
fn prose(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("dvht "))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn help_is_vietnamese_by_default_for_every_command() {
    for cmd in COMMANDS {
        let text = help(cmd, &[], None);
        let p = prose(&text);
        for w in ENGLISH {
            assert!(!p.contains(w), "`dvht {cmd:?} --help` has {w:?}:\n{text}");
        }
        assert!(text.contains("Cách dùng:"), "{text}");
        assert!(text.contains("In trợ giúp"), "{text}");
    }
}

#[test]
fn help_is_english_with_lang_en_or_the_environment() {
    for cmd in COMMANDS {
        for text in [
            help(cmd, &["--lang", "en"], None),
            help(cmd, &[], Some("en")),
        ] {
            let p = prose(&text);
            for w in VIETNAMESE {
                assert!(
                    !p.contains(w),
                    "`dvht {cmd:?} --help` (en) has {w:?}:\n{text}"
                );
            }
            assert!(text.contains("Usage:"), "{text}");
        }
    }
}

#[test]
fn lang_on_the_command_line_beats_the_environment() {
    let text = help(&["score"], &["--lang", "vi"], Some("en"));
    assert!(text.contains("Cách dùng:"), "{text}");
}

#[test]
fn the_help_subcommand_and_short_help_work() {
    let out = dvht().args(["help", "score"]).run().code(0);
    assert!(out.stdout.contains("Chấm một đơn vị"), "{}", out.stdout);
    let out = dvht().args(["score", "-h"]).run().code(0);
    assert!(out.stdout.contains("Bộ tiêu chí"), "{}", out.stdout);
    dvht()
        .args(["--version"])
        .run()
        .code(0)
        .stdout_has("hanoi-2021");
}

#[test]
fn usage_errors_are_worded_from_the_catalog() {
    dvht()
        .args(["score", "r.csv", "--rubric", "tt24", "--bogus"])
        .run()
        .code(2)
        .stderr_has("dvht: không có tùy chọn `--bogus`")
        .stderr_has("Cách dùng:");
    dvht()
        .args(["score", "r.csv", "--rubric"])
        .run()
        .code(2)
        .stderr_has("`--rubric <BỘ_TIÊU_CHÍ>` cần một giá trị");
    dvht()
        .args(["score", "r.csv", "--rubric", "tt24", "--format", "xml"])
        .run()
        .code(2)
        .stderr_has(
            "`xml` không phải giá trị hợp lệ của `--format <ĐỊNH_DẠNG>`; chấp nhận: table, json, csv",
        );
    dvht()
        .args(["scor"])
        .run()
        .code(2)
        .stderr_has("không có lệnh `scor`")
        .stderr_has("có phải ý bạn là `score`");
    dvht()
        .args(["score", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("dvht: missing required argument");
}
