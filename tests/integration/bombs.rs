//! Memory and time bombs: small files that expand to gigabytes once read, and
//! inputs that are not files at all. Each is generated here (a few KB to a few MB
//! compressed) and must be refused with exit 2 naming the limit — never a panic,
//! an abort or a hang. The limits are in the README's "Limits" table.

use crate::common::dvht;
use std::io::Write;
use zip::write::SimpleFileOptions;

/// A zip archive of `(name, bytes)` parts, deflated.
fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let o = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(false);
    for (name, bytes) in parts {
        zip.start_file(*name, o).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// A one-sheet `.xlsx` with the given sheet data rows and shared strings part.
fn xlsx(sheet_data: &[u8], shared: Option<&[u8]>) -> Vec<u8> {
    let ct = br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#;
    let rels = br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let wb = br#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    let wb_rels = br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;
    let mut sheet = br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#.to_vec();
    sheet.extend_from_slice(sheet_data);
    sheet.extend_from_slice(b"</sheetData></worksheet>");
    let mut parts: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", ct),
        ("_rels/.rels", rels),
        ("xl/workbook.xml", wb),
        ("xl/_rels/workbook.xml.rels", wb_rels),
        ("xl/worksheets/sheet1.xml", &sheet),
    ];
    if let Some(s) = shared {
        parts.push(("xl/sharedStrings.xml", s));
    }
    zip_of(&parts)
}

fn sst(strings: impl Iterator<Item = String>) -> Vec<u8> {
    let mut out = br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#.to_vec();
    for s in strings {
        out.extend_from_slice(b"<si><t>");
        out.extend_from_slice(s.as_bytes());
        out.extend_from_slice(b"</t></si>");
    }
    out.extend_from_slice(b"</sst>");
    out
}

/// A one-sheet `.ods` whose `table:table` holds `rows`.
fn ods(rows: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="DS">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    zip_of(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        ),
        ("META-INF/manifest.xml", MANIFEST),
        ("content.xml", content.as_bytes()),
    ])
}

const MANIFEST: &[u8] = br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;

/// `score` on a roster file must exit 2 with `msg` in its English error.
fn refused(name: &str, bytes: Vec<u8>, msg: &str) {
    dvht()
        .file(name, bytes)
        .args(["score", name, "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .no_panic()
        .stderr_has(msg);
}

#[test]
fn xlsx_cells_sharing_one_huge_string_are_refused() {
    // 300 cells showing one 10 MB string: 13 KB on disk, 3 GB of copies.
    let big = "x".repeat(10 << 20);
    let rows: String = (1..=300)
        .map(|r| format!(r#"<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>"#))
        .collect();
    let file = xlsx(rows.as_bytes(), Some(&sst(std::iter::once(big))));
    assert!(file.len() < 100_000);
    refused("roster.xlsx", file, "32 MiB of text");
}

#[test]
fn xlsx_with_millions_of_shared_strings_is_refused() {
    let file = xlsx(b"", Some(&sst((0..1_100_000).map(|_| "a".to_string()))));
    refused("roster.xlsx", file, "more than 1000000 shared strings");
}

#[test]
fn xlsx_with_too_much_shared_text_is_refused() {
    let strings = (0..40).map(|i| format!("{i}{}", "y".repeat(1 << 20)));
    let file = xlsx(b"", Some(&sst(strings)));
    refused("roster.xlsx", file, "shared strings hold more than 32 MiB");
}

#[test]
fn xlsx_that_inflates_past_the_budget_is_refused() {
    // 140 MB of empty cells in a 2 MB file.
    let mut rows = Vec::with_capacity(140 << 20);
    rows.extend_from_slice(b"<row r=\"1\">");
    while rows.len() < 140 << 20 {
        rows.extend_from_slice(b"<c/><c/><c/><c/><c/><c/><c/><c/>");
    }
    rows.extend_from_slice(b"</row>");
    let file = xlsx(&rows, None);
    assert!(file.len() < 4 << 20, "{}", file.len());
    refused("roster.xlsx", file, "inflate to more than 128 MiB");
}

#[test]
fn xlsx_whose_zip_understates_sizes_is_still_counted() {
    let mut rows = Vec::with_capacity(140 << 20);
    while rows.len() < 140 << 20 {
        rows.extend_from_slice(b"<c/><c/><c/><c/><c/><c/><c/><c/>");
    }
    let mut file = xlsx(&rows, None);
    // Rewrite every declared uncompressed size (local headers and central
    // directory) to 1 KB: the archive now lies about what it holds.
    let mut i = 0;
    while i + 46 <= file.len() {
        match &file[i..i + 4] {
            b"PK\x03\x04" => file[i + 22..i + 26].copy_from_slice(&1024u32.to_le_bytes()),
            b"PK\x01\x02" => file[i + 24..i + 28].copy_from_slice(&1024u32.to_le_bytes()),
            _ => {}
        }
        i += 1;
    }
    let out = dvht()
        .file("roster.xlsx", file)
        .args(["score", "roster.xlsx", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .no_panic();
    assert!(out.stderr.contains("roster.xlsx"), "{}", out.stderr);
}

#[test]
fn ods_repeat_bypasses_are_closed() {
    let row = |attrs: &str, rows: &str| {
        format!(
            r#"<table:table-row table:number-rows-repeated="{rows}"><table:table-cell {attrs} table:number-columns-repeated="200"/></table:table-row>"#
        )
    };
    // A value without `office:value-type`.
    refused(
        "roster.ods",
        ods(&row(r#"office:value="1""#, "600000")),
        "the limit dvht reads from",
    );
    refused(
        "roster.ods",
        ods(&row(r#"office:string-value="x""#, "600000")),
        "the limit dvht reads from",
    );
    // A repeat count written with a character reference, as calamine decodes it.
    refused(
        "roster.ods",
        ods(&row(
            r#"office:value-type="float" office:value="1""#,
            "60&#48;00&#x30;",
        )),
        "the limit dvht reads from",
    );
    // Repeated rows far below a header: the grid counts.
    refused(
        "roster.ods",
        ods(&format!(
            "{}{}",
            row(r#"office:value="1""#, "1"),
            r#"<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="10"/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated="100"/><table:table-cell office:value="1"/></table:table-row>"#
        )),
        "the limit dvht reads from",
    );
}

#[test]
fn ods_repeated_big_strings_and_spaces_are_refused() {
    // One 1 MB string repeated 200×, 1 row.
    let big = "x".repeat(1 << 20);
    refused(
        "roster.ods",
        ods(&format!(
            r#"<table:table-row><table:table-cell office:value-type="string" table:number-columns-repeated="200"><text:p>{big}</text:p></table:table-cell></table:table-row>"#
        )),
        "32 MiB of text",
    );
    // `<text:s text:c="…"/>` asks calamine for a billion spaces.
    refused(
        "roster.ods",
        ods(
            r#"<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="1000000000"/></text:p></table:table-cell></table:table-row>"#,
        ),
        "32 MiB of text",
    );
}

#[test]
fn ods_sheet_never_closed_is_refused_not_hung() {
    let content = r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content><office:body><office:spreadsheet><table:table table:name="DS"><table:table-column/>"#;
    let file = zip_of(&[
        ("META-INF/manifest.xml", MANIFEST),
        ("content.xml", content.as_bytes()),
    ]);
    refused("roster.ods", file, "never closed");
    let note = r#"<?xml version="1.0"?><office:spreadsheet><table:table table:name="DS"><table:table-row><table:table-cell office:value-type="string"><office:annotation><text:p>x</text:p>"#;
    let file = zip_of(&[
        ("META-INF/manifest.xml", MANIFEST),
        ("content.xml", note.as_bytes()),
    ]);
    refused("roster.ods", file, "never closed");
}

#[test]
fn a_fair_ods_still_reads() {
    // What LibreOffice writes: trailing empty cells and rows run to the sheet's
    // edge as repeats, which must not count against the budgets.
    let header = [
        "Mã",
        "Họ và tên",
        "Tuân thủ kỷ luật",
        "Hoàn thành bồi dưỡng",
        "Chuyển đổi số",
        "Chứng chỉ ngoại ngữ",
        "Danh hiệu thi đua",
        "Công dân học tập",
    ];
    let cell = |s: &str| {
        format!(
            r#"<table:table-cell office:value-type="string"><text:p>{s}</text:p></table:table-cell>"#
        )
    };
    let mut rows = format!(
        "<table:table-row>{}</table:table-row>",
        header.iter().map(|h| cell(h)).collect::<String>()
    );
    for i in 0..50 {
        rows += &format!(
            r#"<table:table-row>{}{}{}<table:table-cell office:value-type="boolean" office:boolean-value="true" table:number-columns-repeated="3"/>{}<table:table-cell office:value-type="float" office:value="1"/><table:table-cell table:number-columns-repeated="16376"/></table:table-row>"#,
            cell(&format!("GV{i:02}")),
            cell(&format!("Giáo viên {i}")),
            cell("Có"),
            cell("LĐTT"),
        );
    }
    rows += r#"<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>"#;
    let out = dvht()
        .file("roster.ods", ods(&rows))
        .args([
            "score",
            "roster.ods",
            "--rubric",
            "tt24",
            "--lang",
            "en",
            "--format",
            "json",
        ])
        .run()
        .no_panic();
    assert!(
        out.stdout.contains(r#""counted": 50"#),
        "{}{}",
        out.stdout,
        out.stderr
    );
}

#[test]
fn non_regular_and_oversized_inputs_are_refused() {
    // A character device that never ends.
    dvht()
        .args(["score", "/dev/zero", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .no_panic()
        .stderr_has("not a regular file (character device)");
    dvht()
        .file("roster.csv", "Mã,Họ và tên\nGV1,An\n")
        .args([
            "score",
            "roster.csv",
            "--evidence",
            "/dev/zero",
            "--rubric",
            "tt24",
            "--lang",
            "en",
        ])
        .run()
        .code(2)
        .no_panic()
        .stderr_has("not a regular file");
    // A sparse 17 MB evidence.toml: over the TOML limit without writing 17 MB.
    let run = dvht().file("roster.csv", "Mã,Họ và tên\nGV1,An\n");
    let f = std::fs::File::create(run.path("evidence.toml")).unwrap();
    f.set_len(17 << 20).unwrap();
    run.args([
        "score",
        "roster.csv",
        "--evidence",
        "evidence.toml",
        "--rubric",
        "tt24",
        "--lang",
        "en",
    ])
    .run()
    .code(2)
    .no_panic()
    .stderr_has("larger than the 16 MiB limit");
    // Standard input is capped too.
    dvht()
        .stdin(vec![b'a'; (64 << 20) + 10])
        .args(["score", "-", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .no_panic()
        .stderr_has("larger than the 64 MiB limit");
}

#[test]
fn a_bomb_unit_in_a_batch_gets_its_error_row_and_the_rest_are_scored() {
    let roster =
        std::fs::read(crate::common::root().join("examples/th-tan-hoa-1/roster.csv")).unwrap();
    let big = "x".repeat(10 << 20);
    let rows: String = (1..=300)
        .map(|r| format!(r#"<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>"#))
        .collect();
    let bomb = xlsx(rows.as_bytes(), Some(&sst(std::iter::once(big))));
    let run = dvht()
        .file("huyen/a-truong-1/roster.csv", &roster)
        .file("huyen/b-truong-bom/roster.csv", bomb)
        .file("huyen/c-truong-3/roster.csv", &roster);
    // A roster over the size limit, without writing it: a sparse file.
    std::fs::create_dir_all(run.path("huyen/d-truong-lon")).unwrap();
    std::fs::File::create(run.path("huyen/d-truong-lon/roster.csv"))
        .unwrap()
        .set_len(65 << 20)
        .unwrap();
    let out = run
        .args([
            "batch", "huyen", "--rubric", "tt24", "--format", "json", "--jobs", "2",
        ])
        .run()
        .code(2)
        .no_panic();
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let units = json["units"].as_array().unwrap();
    assert_eq!(units.len(), 4, "{}", out.stdout);
    for (u, scored) in units.iter().zip([true, false, true, false]) {
        assert_eq!(u["error"].is_null(), scored, "{u}");
    }
    assert!(
        units[1]["error"].as_str().unwrap().contains("32 MiB"),
        "{}",
        units[1]
    );
    assert!(
        units[3]["error"].as_str().unwrap().contains("64 MiB"),
        "{}",
        units[3]
    );
    assert_eq!(json["summary"]["errors"], 2);
}

#[test]
fn jobs_is_capped_the_same_everywhere() {
    let roster =
        std::fs::read(crate::common::root().join("examples/th-tan-hoa-1/roster.csv")).unwrap();
    for args in [
        &["batch", "huyen", "--rubric", "tt24", "--jobs", "100000"][..],
        &["batch", "huyen", "--rubric", "tt24", "--jobs", "257"],
        &["batch", "huyen", "--rubric", "tt24", "--jobs", "0"],
        &["check-evidence", "huyen/a/evidence.toml", "--jobs", "65536"],
        &["evidence", "hash", "huyen/a/evidence.toml", "--jobs", "257"],
    ] {
        dvht()
            .file("huyen/a/roster.csv", &roster)
            .file("huyen/a/evidence.toml", "[unit]\nname = \"A\"\n")
            .args(args)
            .args(["--lang", "en"])
            .run()
            .code(2)
            .no_panic()
            .stderr_has("expected 1 to 256");
    }
    dvht()
        .file("huyen/a/roster.csv", &roster)
        .args(["batch", "huyen", "--rubric", "tt24", "--jobs", "256"])
        .run()
        .code(0);
}

/// tt24 with `n` extra level indicators in group 3 (ids 3.5, 3.6, …), and `tail`
/// appended to the criteria.
fn big_rubric(n: usize, tail: &str) -> String {
    let tt24 =
        std::fs::read_to_string(crate::common::root().join("rubrics/tt24-2023.toml")).unwrap();
    let (head, rest) = tt24.split_once("[recognition]").unwrap();
    let mut out = head.replace("id = \"tt24-2023\"", "id = \"tt24-lon\"");
    for i in 5..5 + n {
        out += &format!(
            "[[criteria]]\nid = \"3.{i}\"\ngroup = \"3\"\ntitle = \"Chỉ tiêu bổ sung {i}\"\nsource = \"Kế hoạch 103/KH-UBND ngày 14/4/2021 của UBND TP Hà Nội\"\nlevel_1 = {{ when = [{{ fact = \"digital_maturity\", at_least = \"co-ban\" }}], source = \"Kế hoạch 103/KH-UBND\" }}\nlevel_2 = {{ when = [{{ fact = \"digital_maturity\", at_least = \"kha\" }}], provisional = true, source = \"Kế hoạch 103/KH-UBND\" }}\n\n"
        );
    }
    out + tail + "[recognition]" + rest
}

#[test]
fn a_40000_item_manifest_is_checked_whole() {
    // Found quadratic: one scan of every finding per item (40 000 items, 33 s).
    let mut toml = String::from("[unit]\nname = \"Trường THCS Nguyễn Du\"\nyear = 2024\n\n");
    for i in 0..40_000 {
        let file = if i % 1000 == 7 { "thieu.pdf" } else { "a.pdf" };
        toml += &format!(
            "[[evidence]]\ncode = \"MC-{i:05}\"\ntitle = \"Minh chứng {i}\"\nfile = \"{file}\"\nsupports = [\"learning_plan\"]\n\n"
        );
    }
    let out = dvht()
        .file("evidence.toml", toml)
        .file("a.pdf", "minh chứng")
        .args(["check-evidence", "--no-hashes", "--format", "json"])
        .run()
        .code(1)
        .no_panic();
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let items = json["items"].as_array().unwrap();
    assert_eq!(items.len(), 40_000);
    let missing: Vec<usize> = items
        .iter()
        .enumerate()
        // Every item shares `a.pdf` (a duplicate-file error of its own); the missing
        // ones are those naming `thieu.pdf`.
        .filter(|(_, it)| {
            it["problems"]
                .as_array()
                .is_some_and(|p| p.iter().any(|c| c == "missing-file"))
        })
        .map(|(i, _)| i)
        .collect();
    assert_eq!(missing, (0..40).map(|k| k * 1000 + 7).collect::<Vec<_>>());
}

#[test]
fn a_10000_criterion_rubric_reaches_its_error_at_the_right_line() {
    let bad = "[[criteria]]\nid = \"3.99999\"\ngroup = \"3\"\ntitle = \"Sai\"\nsource = \"Kế hoạch 103/KH-UBND\"\nlevel_1 = { when = [{ fact = \"no_such_fact\", equals = true }], source = \"Kế hoạch 103/KH-UBND\" }\n\n";
    let text = big_rubric(10_000, bad);
    let line = text
        .lines()
        .position(|l| l.contains("no_such_fact"))
        .unwrap()
        + 1;
    dvht()
        .file("lon.toml", text)
        .file("roster.csv", "Mã,Họ và tên\nGV1,An\n")
        .args([
            "score",
            "roster.csv",
            "--rubric",
            "lon.toml",
            "--lang",
            "en",
        ])
        .run()
        .code(2)
        .no_panic()
        .stderr_has(&format!("lon.toml:{line}:"))
        .stderr_has("unknown fact `no_such_fact`");
}

#[test]
fn the_district_report_for_a_10000_criterion_rubric_holds_every_cell() {
    let roster =
        std::fs::read(crate::common::root().join("examples/th-tan-hoa-1/roster.csv")).unwrap();
    let evidence =
        std::fs::read(crate::common::root().join("examples/th-tan-hoa-1/evidence.toml")).unwrap();
    let mut run = dvht().file("lon.toml", big_rubric(10_000, ""));
    for u in 0..3 {
        run = run
            .file(&format!("huyen/truong-{u}/roster.csv"), &roster)
            .file(&format!("huyen/truong-{u}/evidence.toml"), &evidence);
    }
    let run = run.args([
        "batch",
        "huyen",
        "--rubric",
        "lon.toml",
        "--format",
        "html",
        "-o",
        "huyen.html",
    ]);
    run.run().code(0).no_panic();
    let html = std::fs::read_to_string(run.path("huyen.html")).unwrap();
    // Every unit has a heat-map cell for the first and the last criterion.
    for id in ["1.1", "3.10004"] {
        assert_eq!(html.matches(&format!("title=\"{id} — ")).count(), 3, "{id}");
    }
}

/// A limit is worded in the user's language, as a limit (not as a damaged file),
/// with the figure.
#[test]
fn a_workbook_past_a_limit_is_told_so_in_vietnamese() {
    let file = xlsx(b"", Some(&sst((0..1_100_000).map(|_| "a".to_string()))));
    let out = dvht()
        .file("roster.xlsx", file)
        .args(["score", "roster.xlsx", "--rubric", "tt24"])
        .run()
        .code(2)
        .no_panic()
        .stderr_has("dvht không đọc bảng tính `.xlsx` này: có hơn 1000000 chuỗi dùng chung");
    assert!(!out.stderr.contains("bị hỏng"), "{}", out.stderr);
    assert!(!out.stderr.contains("limit"), "{}", out.stderr);
}
