//! Errors speak the user's language: operating-system, workbook-library and TOML
//! errors included, each worded once from the catalog with the file and place.

use crate::common::{copy_unit, dvht, roster};

#[test]
fn a_missing_file_is_said_in_vietnamese() {
    let out = dvht()
        .args(["score", "khong-co.csv", "--rubric", "tt24"])
        .run()
        .code(2);
    assert_eq!(
        out.stderr.trim(),
        "dvht: không đọc được `khong-co.csv`: không có tệp hay thư mục này"
    );
}

#[test]
fn a_folder_given_as_the_roster_is_named_as_a_folder() {
    dvht()
        .file("don-vi/roster.csv", roster(3, &[]))
        .args([
            "score",
            "don-vi",
            "--rubric",
            "tt24",
            "--evidence",
            "don-vi",
        ])
        .run()
        .code(2)
        .no_panic()
        .stderr_has("thư mục");
}

#[test]
fn a_damaged_workbook_is_explained_first_and_detailed_after() {
    // A zip signature and nothing a workbook needs: the zip reader's English
    // reason follows the Vietnamese sentence, after "chi tiết:".
    let mut junk = b"PK\x03\x04".to_vec();
    junk.extend(std::iter::repeat_n(b'x', 300));
    let out = dvht()
        .file("roster.xlsx", &junk)
        .args(["score", "roster.xlsx", "--rubric", "tt24"])
        .run()
        .code(2)
        .no_panic();
    let line = out.stderr.trim();
    assert!(
        line.starts_with("dvht: roster.xlsx: tệp không phải bảng tính `.xlsx` hợp lệ hoặc đã bị hỏng; hãy mở bằng Excel"),
        "{line}"
    );
    assert!(line.contains("(chi tiết: "), "{line}");
    let en = dvht()
        .file("roster.xlsx", &junk)
        .args(["score", "roster.xlsx", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2);
    assert!(
        en.stderr.contains("cannot open the `.xlsx` workbook: "),
        "{}",
        en.stderr
    );
}

#[test]
fn toml_errors_are_translated_with_their_place() {
    let out = dvht()
        .file("u/roster.csv", roster(3, &[]))
        .file(
            "u/evidence.toml",
            "[unit]\nname = \"Trường A\"\nyear = \"2024\"\n",
        )
        .args(["score", "u/roster.csv", "--rubric", "tt24"])
        .run()
        .code(2);
    assert!(
        out.stderr.contains("u/evidence.toml:3:8: giá trị chuỗi \"2024\" sai kiểu; cần số nguyên (không có dấu ngoặc kép)"),
        "{}",
        out.stderr
    );
    let out = dvht()
        .file("u/roster.csv", roster(3, &[]))
        .file("u/evidence.toml", "[unit]\nnam = \"Trường A\"\n")
        .args(["score", "u/roster.csv", "--rubric", "tt24"])
        .run()
        .code(2);
    assert!(
        out.stderr
            .contains("u/evidence.toml:2:1: khóa `nam` không hợp lệ ở đây; chấp nhận: `name`"),
        "{}",
        out.stderr
    );
}

#[test]
fn writing_into_a_missing_folder_is_said_in_vietnamese() {
    let out = dvht()
        .file("u/roster.csv", roster(3, &[]))
        .args([
            "report",
            "u/roster.csv",
            "--rubric",
            "tt24",
            "-o",
            "khong-co/m4.html",
        ])
        .run()
        .code(2)
        .no_panic();
    assert!(out.stderr.contains("khong-co"), "{}", out.stderr);
    assert!(!out.stderr.contains("os error"), "{}", out.stderr);
    assert!(!out.stderr.contains("No such file"), "{}", out.stderr);
}

/// The toml parser's words (its descriptions and what it expected), none of which
/// may reach a Vietnamese reader.
const PARSER_WORDS: &[&str] = &[
    "expected",
    "invalid",
    "missing",
    "unclosed",
    "unexpected",
    "duplicate",
    "must",
    "quoted",
    "literal",
    "string",
    "value",
    "key",
    "newline",
    "between",
    "letters",
    "numbers",
    "digits",
    "overflowed",
    "extra",
    "comma",
    "array",
    "table",
    "date",
    "month",
    "nothing",
];

/// Broken TOML read as a rubric (`rubric lint`) and as an examples unit's
/// `evidence.toml` (`score`): the Vietnamese names the place and says what is wrong
/// in Vietnamese only; `--lang en` keeps the parser's own sentence.
#[test]
fn toml_syntax_errors_are_said_in_vietnamese() {
    let cases = [
        (
            "x = \n",
            "1:5",
            "giá trị chuỗi phải đặt trong dấu ngoặc kép",
            "string values must be quoted, expected literal string",
        ),
        (
            "[unit\nname = \"x\"\n",
            "1:6",
            "thiếu dấu `]` đóng tiêu đề bảng",
            "unclosed table, expected `]`",
        ),
        ("a = 1\na = 2\n", "2:1", "khóa bị trùng", "duplicate key"),
        (
            "d = 2024-13-01\n",
            "1:5",
            "ngày không hợp lệ; cần tháng từ 01 đến 12",
            "invalid date, expected month between 01 and 12",
        ),
        (
            "x = [1 2]\n",
            "1:6",
            "giá trị chuỗi phải đặt",
            "string values must be quoted, expected literal string",
        ),
        (
            "x = 1 y = 2\n",
            "1:9",
            "cần xuống dòng hoặc `#`",
            "unexpected key or value, expected newline, `#`",
        ),
        (
            "x = { a = 1\n",
            "1:12",
            "thiếu dấu ngoặc nhọn đóng bảng viết trên một dòng; cần `}`",
            "unclosed inline table, expected `}`",
        ),
    ];
    for (text, at, vi, en) in cases {
        let r = dvht().file("r.toml", text);
        copy_unit("mn-hoa-sen", &r.path("u"));
        std::fs::write(r.path("u/evidence.toml"), text).unwrap();
        for (args, file) in [
            (&["rubric", "lint", "r.toml"][..], "r.toml"),
            (&["score", "u", "--rubric", "tt24"][..], "u/evidence.toml"),
        ] {
            let out = r.run_args(args);
            assert_eq!(out.code, 2, "{args:?} {text:?}: {}", out.stderr);
            let line = out.stderr.trim();
            assert!(
                line.starts_with(&format!("dvht: {file}:{at}: TOML không hợp lệ: ")),
                "{line}"
            );
            assert!(line.contains(vi), "{line:?} lacks {vi:?}");
            let words = line.split_once("TOML không hợp lệ: ").unwrap().1;
            for w in PARSER_WORDS {
                assert!(!words.contains(w), "{line:?} still says {w:?}");
            }
            let mut en_args = args.to_vec();
            en_args.extend(["--lang", "en"]);
            let out = r.run_args(&en_args);
            assert_eq!(
                out.stderr.trim(),
                format!("dvht: {file}:{at}: invalid TOML: {en}")
            );
        }
    }
}
