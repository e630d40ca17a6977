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
