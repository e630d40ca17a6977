//! Issue 13, the visible half: words in the people-facing CSV, the provisional
//! threshold explained, every rubric-lint error at once, empty sheets named, and the
//! score table at 80 columns.

use crate::common::*;

/// Parses CSV text into (header, rows), checking every row has the header's width.
fn csv_rows(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r =
        csv::ReaderBuilder::new().from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows: Vec<Vec<String>> = r
        .records()
        .map(|row| {
            let row = row.expect("well-formed CSV");
            assert_eq!(row.len(), header.len(), "ragged row: {row:?}");
            row.iter().map(str::to_string).collect()
        })
        .collect();
    (header, rows)
}

fn column<'a>(header: &[String], rows: &'a [Vec<String>], id: &str, name: &str) -> &'a str {
    let i = header.iter().position(|h| h == name).expect(name);
    &rows.iter().find(|r| r[1] == id).expect(id)[i]
}

#[test]
fn score_csv_gives_values_in_words_beside_the_keys() {
    let roster = example("mn-hoa-sen", "roster.csv");
    let vi = dvht()
        .args([
            "score",
            &roster,
            "--rubric",
            "tt24",
            "--format",
            "csv",
            "--as-of",
            "2025-06-30",
        ])
        .run()
        .code(1);
    let (h, rows) = csv_rows(&vi.stdout);
    assert_eq!(rows.len(), 14);
    // The key stays for scripts; the words are beside it.
    assert_eq!(
        column(&h, &rows, "1.1", "value"),
        "learning_plan = implemented"
    );
    assert_eq!(
        column(&h, &rows, "1.1", "value_label"),
        "Đã ban hành và tổ chức thực hiện"
    );
    assert_eq!(
        column(&h, &rows, "3.3", "value_label"),
        "Tập thể lao động tiên tiến"
    );
    assert_eq!(
        column(&h, &rows, "3.4", "value_label"),
        "Mức đáp ứng cơ bản"
    );
    assert_eq!(column(&h, &rows, "2.1", "value_label"), "17/20 (85 %)");
    assert_eq!(column(&h, &rows, "2.1", "as_of_source"), "flag");
    assert_eq!(
        column(&h, &rows, "2.1", "as_of_source_label"),
        "theo --as-of"
    );

    let en = dvht()
        .args([
            "score", &roster, "--rubric", "tt24", "--format", "csv", "--lang", "en", "--bom",
        ])
        .run()
        .code(1);
    assert!(en.stdout.starts_with('\u{FEFF}'));
    let (h, rows) = csv_rows(&en.stdout);
    assert_eq!(
        column(&h, &rows, "1.1", "value_label"),
        "Issued and carried out"
    );
    assert_eq!(
        column(&h, &rows, "3.3", "value_label"),
        "Advanced collective"
    );
    assert_eq!(
        column(&h, &rows, "2.1", "as_of_source_label"),
        "the dossier deadline"
    );
    for row in &rows {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}");
        }
    }
}

#[test]
fn batch_csv_gives_the_date_source_in_words() {
    let examples = root().join("examples").display().to_string();
    for (lang, words) in [("vi", "hạn nộp hồ sơ"), ("en", "the dossier deadline")] {
        let out = dvht()
            .args([
                "batch", &examples, "--rubric", "hanoi", "--format", "csv", "--lang", lang,
            ])
            .run()
            .code(0);
        let (h, rows) = csv_rows(&out.stdout);
        assert_eq!(rows.len(), 4);
        let src = h.iter().position(|c| c == "as_of_source_label").unwrap();
        let label = h.iter().position(|c| c == "label").unwrap();
        for r in &rows {
            assert_eq!(r[src], words, "{r:?}");
            assert!(r[label].chars().next().unwrap().is_uppercase(), "{r:?}");
        }
    }
}

const WHY_LEVEL_2_VI: &str =
    "ngưỡng mức độ 2 chưa được đối chiếu với văn bản Thông tư; cần kiểm tra trước khi nộp";
const WHY_LEVEL_2_EN: &str = "the level-2 threshold has not been checked against the text of the Circular; check it before submitting";

/// A unit that meets every level-2 threshold and has held level 1 long enough.
fn level_2_unit() -> Run {
    let ev = FULL_EVIDENCE.replace(
        "year = 2024\n",
        "year = 2024\n\n[recognition]\nlevel = 1\ndecided_on = 2023-01-10\ndecision = \"15/QĐ-UBND\"\n",
    );
    dvht()
        .file("u/roster.csv", roster(40, &[]))
        .file("u/evidence.toml", ev)
        .file("u/minh-chung/tong-hop.txt", "x")
}

#[test]
fn a_provisional_outcome_says_which_threshold_is_unchecked() {
    let u = level_2_unit();
    let vi = u.run_args(&[
        "score",
        "u/roster.csv",
        "--rubric",
        "tt24",
        "--as-of",
        "2024-12-31",
    ]);
    assert_eq!(vi.code, 0, "{}", vi.stderr);
    let outcome = vi
        .stdout
        .lines()
        .find(|l| l.starts_with("Kết quả:"))
        .expect("outcome line");
    assert_eq!(
        outcome,
        format!("Kết quả: Đạt mức độ 2 — được công nhận (tạm thời: {WHY_LEVEL_2_VI})")
    );
    let en = u.run_args(&[
        "score",
        "u/roster.csv",
        "--rubric",
        "tt24",
        "--as-of",
        "2024-12-31",
        "--lang",
        "en",
    ]);
    assert!(
        en.stdout
            .contains(&format!("(provisional: {WHY_LEVEL_2_EN})")),
        "{}",
        en.stdout
    );
    // Hà Nội: the classification thresholds are the provisional ones.
    let hn = u.run_args(&["score", "u/roster.csv", "--rubric", "hanoi"]);
    assert!(
        hn.stdout.contains(
            "(tạm thời: ngưỡng xếp loại chưa được đối chiếu với văn bản Thông tư; cần kiểm tra trước khi nộp)"
        ),
        "{}",
        hn.stdout
    );
    // The rubric's own source for a level-2 value says the same, not "tạm thời" alone.
    let show = dvht().args(["rubric", "show", "tt24"]).run().code(0);
    assert!(show.stdout.contains(WHY_LEVEL_2_VI), "{}", show.stdout);
    assert!(!show
        .stdout
        .contains("điều khoản chưa được đối chiếu, ngưỡng tạm thời"));
}

#[test]
fn an_outcome_no_provisional_value_decides_carries_no_note() {
    let out = dvht()
        .args([
            "score",
            &example("mn-hoa-sen", "roster.csv"),
            "--rubric",
            "tt24",
            "--as-of",
            "2025-06-30",
        ])
        .run()
        .code(1);
    let outcome = out
        .stdout
        .lines()
        .find(|l| l.starts_with("Kết quả:"))
        .unwrap();
    assert!(!outcome.contains("tạm thời"), "{outcome}");
}

#[test]
fn rubric_lint_lists_every_independent_error_in_one_run() {
    let path = root()
        .join("tests/fixtures/rubrics/defects/many-defects.toml")
        .display()
        .to_string();
    let out = dvht()
        .args(["rubric", "lint", &path, "--format", "json", "--lang", "en"])
        .run()
        .code(1);
    let j = out.json();
    let found: Vec<(String, u64, u64)> = j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let expected = [
        ("invalid-id", 3, 6),       // the rubric id reads as a path
        ("invalid-kind", 5, 8),     // "point"; the rest is still checked as points
        ("unknown-key", 9, 1),      // colour
        ("invalid-id", 19, 6),      // 1..1
        ("band-overlap", 27, 13),   // [0,60) and [50,100)
        ("missing-source", 32, 6),  // 1.2 has no source
        ("unknown-column", 36, 23), // dicsipline
        ("toml-shape", 45, 9),      // title = 5, in another criterion
    ];
    let expected: Vec<(String, u64, u64)> = expected
        .iter()
        .map(|(c, l, col)| (c.to_string(), *l, *col))
        .collect();
    assert_eq!(found, expected);
    assert_eq!(j["summary"]["errors"], 7);

    // The text form: one line per finding with file:line:column, the same exit code.
    let text = dvht()
        .args(["rubric", "lint", &path])
        .run()
        .code(1)
        .stdout_has(&format!("{path}:5:8: lỗi [invalid-kind]"))
        .stdout_has(&format!("{path}:45:9: lỗi [toml-shape]"))
        .stdout_has("7 lỗi, 1 cảnh báo");
    assert_eq!(text.stdout.lines().count(), 9, "{}", text.stdout);
    // Scoring with it still refuses it, naming the first error and how many more.
    dvht()
        .file("roster.csv", roster(3, &[]))
        .args(["score", "roster.csv", "--rubric", &path])
        .run()
        .code(2)
        .stderr_has("many-defects.toml:3:6:")
        .stderr_has("và 6 lỗi khác");
}

/// A workbook with a member list on "Danh sách" and nothing on "Trống".
pub fn workbook_with_an_empty_sheet() -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let list = wb.add_worksheet();
    list.set_name("Danh sách").unwrap();
    for (r, line) in roster(3, &[]).lines().enumerate() {
        for (c, cell) in line.split(',').enumerate() {
            list.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    wb.add_worksheet().set_name("Trống").unwrap();
    wb.save_to_buffer().unwrap()
}

#[test]
fn an_empty_sheet_or_sheet_name_is_named_with_the_sheets_there_are() {
    let run = dvht().file("ds.xlsx", workbook_with_an_empty_sheet());
    // The list itself reads.
    let ok = run.run_args(&[
        "score",
        "ds.xlsx",
        "--rubric",
        "hanoi",
        "--sheet",
        "danh sach",
    ]);
    assert!(ok.code < 2, "{}", ok.stderr);

    let out = run.run_args(&["score", "ds.xlsx", "--rubric", "hanoi", "--sheet", "Trống"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr.trim(),
        "dvht: ds.xlsx: trang tính `Trống` của bảng tính `ds.xlsx` trống (không ô nào có nội dung); \
         các trang tính: `Danh sách`, `Trống`; chọn trang có danh sách thành viên bằng `--sheet`"
    );
    let en = run.run_args(&[
        "score", "ds.xlsx", "--rubric", "hanoi", "--sheet", "Trống", "--lang", "en",
    ]);
    assert!(
        en.stderr
            .contains("the sheet `Trống` of the workbook `ds.xlsx` is empty")
            && en.stderr.contains("the sheets are: `Danh sách`, `Trống`"),
        "{}",
        en.stderr
    );

    for blank in ["", "  "] {
        let out = run.run_args(&["score", "ds.xlsx", "--rubric", "hanoi", "--sheet", blank]);
        assert_eq!(out.code, 2);
        assert_eq!(
            out.stderr.trim(),
            "dvht: `--sheet` để trống: hãy ghi tên trang tính cần đọc trong bảng tính `ds.xlsx`; \
             các trang tính: `Danh sách`, `Trống`"
        );
    }
    let en = run.run_args(&[
        "score", "ds.xlsx", "--rubric", "hanoi", "--sheet", "", "--lang", "en",
    ]);
    assert!(
        en.stderr.contains("`--sheet` is empty: give the name of the sheet to read in the workbook `ds.xlsx`; the sheets are: `Danh sách`, `Trống`"),
        "{}",
        en.stderr
    );
}

fn score_table(unit: &str, rubric: &str, lang: &str, columns: Option<&str>) -> String {
    // Copied so the roster's path is short whatever the checkout's path.
    let read = |f: &str| std::fs::read(example(unit, f)).unwrap();
    let mut run = dvht()
        .file("u/roster.csv", read("roster.csv"))
        .file("u/evidence.toml", read("evidence.toml"))
        .args([
            "score",
            "u/roster.csv",
            "--rubric",
            rubric,
            "--lang",
            lang,
            "--explain",
        ])
        .today("2025-06-30");
    if let Some(c) = columns {
        run = run.env("COLUMNS", c);
    }
    let out = run.run();
    assert!(out.code < 2, "{}", out.stderr);
    out.stdout
}

/// Words of a table's text, without its borders.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || "│┆┌┐└┘├┤┬┴┼─═╞╡╪".contains(c))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn at_80_columns_the_score_table_fits_and_breaks_no_word() {
    for unit in [
        "mn-hoa-sen",
        "th-tan-hoa-1",
        "thcs-ngoc-lam",
        "thpt-so-2-tuy-phuoc",
    ] {
        for rubric in ["tt24", "hanoi"] {
            for lang in ["vi", "en"] {
                let what = format!("{unit} {rubric} {lang}");
                let narrow = score_table(unit, rubric, lang, Some("80"));
                let wide = score_table(unit, rubric, lang, None);
                for line in narrow.lines() {
                    assert!(line.chars().count() <= 80, "{what}: {line}\n{narrow}");
                }
                // Every word of the narrow table is a whole word of the full one; a
                // title cut short ends in "…".
                let whole: std::collections::BTreeSet<String> = words(&wide).into_iter().collect();
                for w in words(&narrow).into_iter().filter(|w| w != "/") {
                    if let Some(cut) = w.strip_suffix('…') {
                        assert!(
                            cut.is_empty() || whole.iter().any(|x| x.starts_with(cut)),
                            "{what}: `{w}`"
                        );
                    } else {
                        assert!(
                            whole.contains(&w),
                            "{what}: `{w}` is not a word of\n{wide}\n---\n{narrow}"
                        );
                    }
                }
                // Shorter than the full table wrapped by a terminal would be.
                assert!(narrow.lines().count() < wide.lines().count() * 3, "{what}");
            }
        }
    }
}

#[test]
fn wider_than_80_columns_the_table_is_unchanged() {
    for columns in ["81", "120", "200"] {
        assert_eq!(
            score_table("th-tan-hoa-1", "tt24", "vi", Some(columns)),
            score_table("th-tan-hoa-1", "tt24", "vi", None),
            "COLUMNS={columns}"
        );
    }
    let narrow = score_table("th-tan-hoa-1", "tt24", "vi", Some("80"));
    assert!(narrow.contains("Giá trị đo / Khung / mức"), "{narrow}");
    assert!(narrow.contains('…'), "{narrow}");
}
