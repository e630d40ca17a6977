//! Errors speak the user's language: operating-system, workbook-library and TOML
//! errors included, each worded once from the catalog with the file and place.

use crate::common::{dvht, roster};

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
