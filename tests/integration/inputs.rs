//! Real spreadsheets in: xlsx (written here with rust_xlsxwriter), xls and ods
//! (committed fixtures from `tests/fixtures/make.py`), UTF-16 and Windows-1258 CSV,
//! title blocks, legacy VNI/TCVN3 text, and malformed input that must fail cleanly.

use crate::common::{dvht, root};
use rust_xlsxwriter::{Format, Workbook};

/// Every column TT 24/2023 reads, in Vietnamese.
const HEADER: [&str; 10] = [
    "STT",
    "Mã",
    "Họ và tên",
    "Tuân thủ kỷ luật",
    "Hoàn thành bồi dưỡng",
    "Chuyển đổi số",
    "Chứng chỉ ngoại ngữ",
    "Danh hiệu thi đua",
    "Công dân học tập",
    "Không tính",
];

/// A school list as schools keep it: a title block (school, title, date, blank
/// row) above the header on row 5, ten members from row 6 with numbers, booleans
/// and text in the yes/no columns, a merged footer, and a second sheet.
/// `bad` puts a bad value in `Tuân thủ kỷ luật` (column D) of row 14.
fn school_xlsx(sheet: &str, bad: Option<&str>) -> Vec<u8> {
    school_workbook(sheet, bad, false)
}

/// `school_xlsx`, with a notes sheet before or after the roster sheet.
fn school_workbook(sheet: &str, bad: Option<&str>, notes_first: bool) -> Vec<u8> {
    let mut wb = Workbook::new();
    let notes = |wb: &mut Workbook| {
        let notes = wb.add_worksheet();
        notes.set_name("Ghi chú").unwrap();
        notes
            .write_string(0, 0, "Bảng này không phải danh sách")
            .unwrap();
    };
    if notes_first {
        notes(&mut wb);
    }
    let ws = wb.add_worksheet();
    ws.set_name(sheet).unwrap();
    let merged = Format::new();
    ws.merge_range(0, 0, 0, 9, "TRƯỜNG THCS NGUYỄN DU", &merged)
        .unwrap();
    ws.merge_range(1, 0, 1, 9, "DANH SÁCH CÁN BỘ, GIÁO VIÊN", &merged)
        .unwrap();
    ws.write_string(2, 0, "Ngày 15 tháng 6 năm 2025").unwrap();
    for (c, h) in HEADER.iter().enumerate() {
        ws.write_string(4, c as u16, *h).unwrap();
    }
    for i in 0..10u32 {
        let r = 5 + i;
        ws.write_number(r, 0, i + 1).unwrap();
        ws.write_string(r, 1, format!("GV{:02}", i + 1)).unwrap();
        ws.write_string(r, 2, format!("Giáo viên {}", i + 1))
            .unwrap();
        // discipline: numbers 1/0, then booleans, then text.
        match i {
            0..=3 => ws.write_number(r, 3, if i == 3 { 0.0 } else { 1.0 }),
            4..=6 => ws.write_boolean(r, 3, i != 6),
            _ => ws.write_string(r, 3, "Có"),
        }
        .unwrap();
        for c in [4u16, 5, 6, 8] {
            ws.write_boolean(r, c, true).unwrap();
        }
        ws.write_string(r, 7, "LĐTT").unwrap();
    }
    // Row 14 (index 13): the ninth member; column D is `Tuân thủ kỷ luật`.
    if let Some(v) = bad {
        ws.write_string(13, 3, v).unwrap();
    }
    ws.merge_range(16, 0, 16, 9, "Người lập biểu", &merged)
        .unwrap();
    if !notes_first {
        notes(&mut wb);
    }
    wb.save_to_buffer().unwrap()
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(root().join("tests/fixtures").join(name)).unwrap()
}

fn criterion<'a>(json: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    json["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap()
}

#[test]
fn xlsx_with_title_block_numbers_and_booleans() {
    // No evidence.toml: unit-level criteria are not assessed, so not recognised.
    let out = dvht()
        .file("roster.xlsx", school_xlsx("Danh sách", None))
        .args([
            "score",
            "roster.xlsx",
            "--rubric",
            "tt24",
            "--format",
            "json",
        ])
        .run()
        .code(1);
    let j = out.json();
    assert_eq!(j["members"]["total"], 10);
    // discipline: 1,1,1,0 (numbers), TRUE,TRUE,FALSE (booleans), Có ×3.
    let d = criterion(&j, "2.1");
    assert_eq!(
        (d["numerator"].as_u64(), d["denominator"].as_u64()),
        (Some(8), Some(10))
    );
    let read = &j["inputs"]["roster_read"];
    assert_eq!(read["format"], "xlsx");
    assert_eq!(read["sheet"], "Danh sách");
    assert_eq!(read["header_line"], 5);
    assert_eq!(read["encoding"], serde_json::Value::Null);
    // The table says which sheet and where the header was found.
    dvht()
        .file("roster.xlsx", school_xlsx("Danh sách", None))
        .args(["score", "roster.xlsx", "--rubric", "tt24"])
        .run()
        .code(1)
        .stdout_has("trang `Danh sách`, tiêu đề ở hàng 5");
}

#[test]
fn sheet_flag_picks_a_sheet_and_unknown_sheets_are_listed() {
    // The first sheet ("Ghi chú") is not a roster: the message names the others...
    dvht()
        .file("roster.xlsx", school_workbook("Danh sách", None, true))
        .args(["score", "roster.xlsx", "--rubric", "tt24"])
        .run()
        .code(2)
        .no_panic()
        .stderr_has("roster.xlsx!'Ghi chú'!1:1")
        .stderr_has("không tìm thấy dòng tiêu đề")
        .stderr_has("`--sheet` (`Ghi chú`, `Danh sách`)");
    // ...the named one works, also without diacritics...
    let base = dvht().file("roster.xlsx", school_workbook("Danh sách", None, true));
    base.args([
        "score",
        "roster.xlsx",
        "--rubric",
        "tt24",
        "--sheet",
        "danh sach",
    ])
    .run()
    .code(1)
    .stdout_has("trang `Danh sách`");
    // ...and a wrong name lists the sheets.
    dvht()
        .file("roster.xlsx", school_xlsx("Danh sách", None))
        .args([
            "score",
            "roster.xlsx",
            "--rubric",
            "tt24",
            "--sheet",
            "Danh sach 2024",
            "--lang",
            "en",
        ])
        .run()
        .code(2)
        .stderr_has("no sheet named `Danh sach 2024`")
        .stderr_has("`Danh sách`, `Ghi chú`");
    dvht()
        .file("roster.csv", "name,discipline\nA,x\n")
        .args([
            "score",
            "roster.csv",
            "--rubric",
            "tt24",
            "--sheet",
            "x",
            "--lang",
            "en",
        ])
        .run()
        .code(2)
        .stderr_has("`--sheet` only applies to workbooks");
}

#[test]
fn a_bad_workbook_cell_is_named_file_sheet_cell() {
    dvht()
        .file("roster.xlsx", school_xlsx("Sheet1", Some("hmm")))
        .args(["score", "roster.xlsx", "--rubric", "tt24", "--sheet", "Sheet1", "--lang", "en"])
        .run()
        .code(2)
        .no_panic()
        .stderr_has("dvht: roster.xlsx!Sheet1!D14: column `Tuân thủ kỷ luật`: `hmm` is not yes/no; accepted:");
    // The roster is the first sheet: a cell error does not suggest another sheet.
    let out = dvht()
        .file("roster.xlsx", school_xlsx("Sheet1", Some("hmm")))
        .args(["score", "roster.xlsx", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("roster.xlsx!Sheet1!D14");
    assert!(!out.stderr.contains("--sheet"), "{}", out.stderr);
    // Vietnamese by default; a cell error (#N/A) is shown as Excel shows it.
    dvht()
        .file("roster.xlsx", school_xlsx("Sheet1", Some("#N/A")))
        .args([
            "score",
            "roster.xlsx",
            "--rubric",
            "tt24",
            "--sheet",
            "Sheet1",
        ])
        .run()
        .code(2)
        .stderr_has("roster.xlsx!Sheet1!D14: cột `Tuân thủ kỷ luật`: `#N/A` không phải có/không");
}

#[test]
fn xls_and_ods_fixtures_read_like_the_xlsx() {
    for file in ["roster.xls", "roster.ods"] {
        let out = dvht()
            .file(file, fixture(file))
            .args(["score", file, "--rubric", "tt24", "--format", "json"])
            .run()
            .code(1);
        let j = out.json();
        // 4 members, 1 excluded; discipline: 1 (number), TRUE, 0 → 2 of 3.
        assert_eq!(j["members"]["counted"], 3, "{file}");
        assert_eq!(j["members"]["excluded"], 1, "{file}");
        let d = criterion(&j, "2.1");
        assert_eq!(d["numerator"], 2, "{file}");
        assert_eq!(j["inputs"]["roster_read"]["header_line"], 5, "{file}");
        assert_eq!(j["inputs"]["roster_read"]["sheet"], "Danh sách", "{file}");
    }
}

/// UTF-16 with a BOM, tab-delimited: Excel's "Unicode text".
fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for u in text.encode_utf16() {
        out.extend(if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

const TSV: &str = "Mã\tHọ và tên\tTuân thủ kỷ luật\tHoàn thành bồi dưỡng\tChuyển đổi số\tChứng chỉ ngoại ngữ\tDanh hiệu thi đua\tCông dân học tập\r\nA1\tNguyễn Văn Ánh\tCó\tCó\tCó\tCó\tLĐTT\tCó\r\nA2\tTrần Thị Bích\tKhông\tCó\tCó\tCó\t\tCó\r\n";

#[test]
fn utf16_unicode_text_in_both_byte_orders() {
    for (be, name) in [(false, "UTF-16LE"), (true, "UTF-16BE")] {
        let out = dvht()
            .file("roster.txt", utf16(TSV, be))
            .args([
                "score",
                "roster.txt",
                "--rubric",
                "tt24",
                "--format",
                "json",
                "--explain",
            ])
            .run()
            .code(1);
        let j = out.json();
        assert_eq!(j["inputs"]["roster_read"]["encoding"], name);
        assert_eq!(j["inputs"]["roster_read"]["delimiter"], "\t");
        assert_eq!(j["inputs"]["roster_read"]["bom"], true);
        assert_eq!(criterion(&j, "2.1")["numerator"], 1);
        assert!(out.stdout.contains("Trần Thị Bích"), "{}", out.stdout);
    }
    // Odd byte count: a clean error naming the file.
    let mut bytes = utf16(TSV, false);
    bytes.push(0);
    dvht()
        .file("roster.txt", bytes)
        .args(["score", "roster.txt", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("roster.txt: the UTF-16 file is truncated");
}

#[test]
fn windows_1258_needs_the_flag_and_then_reads_in_nfc() {
    let file = fixture("roster-windows-1258.csv");
    // Without the flag: the line and column of the first bad byte, and the fix.
    dvht()
        .file("roster.csv", file.clone())
        .args(["score", "roster.csv", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("roster.csv:1:3: byte `\\xDE` is not UTF-8")
        .stderr_has("`--encoding windows-1258`");
    dvht()
        .file("roster.csv", file.clone())
        .args(["score", "roster.csv", "--rubric", "tt24"])
        .run()
        .code(2)
        .stderr_has("hãy chạy lại với `--encoding windows-1258`");
    let out = dvht()
        .file("roster.csv", file)
        .args([
            "score",
            "roster.csv",
            "--rubric",
            "tt24",
            "--encoding",
            "windows-1258",
            "--format",
            "json",
            "--explain",
        ])
        .run()
        .code(1);
    let j = out.json();
    assert_eq!(j["inputs"]["roster_read"]["encoding"], "windows-1258");
    assert_eq!(j["members"]["counted"], 2);
    assert_eq!(criterion(&j, "2.3")["numerator"], 1);
    // Decoded to NFC: the precomposed name, not base letters plus combining marks.
    assert!(out.stdout.contains("Trần Quốc Việt"), "{}", out.stdout);
}

#[test]
fn title_block_above_a_csv_header() {
    let csv = "TRƯỜNG TIỂU HỌC TÂN HOÀ 1,,\nDanh sách giáo viên,,\nNgày 15/06/2025,,\n,,\nSTT,Họ và tên,Tuân thủ kỷ luật\n1,Nguyễn Văn A,x\n2,Trần Thị B,không\n3,,\n";
    let out = dvht()
        .file("roster.csv", csv)
        .args(["score", "roster.csv", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2);
    // The header on line 5 was found; the next complaint is a column TT 24 needs.
    assert!(
        out.stderr
            .contains("roster.csv:5: missing column `mandatory_training`"),
        "{}",
        out.stderr
    );
    dvht()
        .file(
            "roster.csv",
            "Danh sách,\nSTT,Họ và tên,Tuân thủ kỷ luật\n1,A,maybe\n",
        )
        .args(["score", "roster.csv", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("roster.csv:2: missing column");
}

#[test]
fn vni_and_tcvn3_headers_are_recognised_with_the_fix() {
    // "Họ và tên, Tuân thủ kỷ luật" typed with VNI-Windows and TCVN3 (ABC) fonts.
    dvht()
        .file(
            "roster.csv",
            "Hoï vaø teân,Tuaân thuû kyû luaät\nNguyeãn Vaên A,Coù\n",
        )
        .args(["score", "roster.csv", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .no_panic()
        .stderr_has(
            "roster.csv:1:1: header `Hoï vaø teân`: the text looks typed with a VNI-Windows font",
        )
        .stderr_has("Unikey");
    dvht()
        .file(
            "roster.csv",
            "Hä vµ tªn,Tu©n thñ kû luËt\nNguyÔn V¨n A,Cã\n",
        )
        .args(["score", "roster.csv", "--rubric", "tt24"])
        .run()
        .code(2)
        .stderr_has("tiêu đề `Hä vµ tªn`: văn bản có vẻ được gõ bằng phông TCVN3 (ABC)")
        .stderr_has("Chuyển mã");
    // A Unicode header but a cell typed in VNI ("Có"): the cell is named.
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in HEADER.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.write_string(1, 2, "Nguyeãn Vaên A").unwrap();
    ws.write_string(1, 3, "Coù").unwrap();
    dvht()
        .file("roster.xlsx", wb.save_to_buffer().unwrap())
        .args(["score", "roster.xlsx", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("roster.xlsx!Sheet1!D2: column `Tuân thủ kỷ luật`: cell `Coù`: the text looks typed with a VNI-Windows font");
}

#[test]
fn malformed_files_fail_cleanly() {
    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let mut truncated = school_xlsx("Sheet1", None);
    truncated.truncate(truncated.len() / 2);
    let mut zip_junk = b"PK\x03\x04".to_vec();
    zip_junk.extend(&garbage);
    let mut ole_junk = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    ole_junk.extend(&garbage);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("roster.csv", garbage.clone(), "roster.csv:"),
        (
            "roster.xlsx",
            garbage.clone(),
            "is not an Excel/OpenDocument workbook",
        ),
        (
            "roster.xls",
            b"<html><table><tr><td>x</td></tr></table></html>".to_vec(),
            "really a web page (HTML)",
        ),
        ("roster.xlsx", truncated, "cannot open the `.xlsx` workbook"),
        ("roster.xlsx", zip_junk, "cannot open the `.xlsx` workbook"),
        ("roster.xls", ole_junk, "cannot open the `.xls` workbook"),
        ("roster.csv", Vec::new(), "the file is empty"),
        ("roster.csv", b"\n\n ,, \n".to_vec(), "the file is empty"),
        (
            "roster.csv",
            b"STT,Ghi chu\n1,x\n".to_vec(),
            "no header row found",
        ),
        // Found by fuzzing: a sector chain that loops made calamine allocate forever.
        (
            "roster.xls",
            fixture("regress-cfb-loop.xls"),
            "a sector chain loops",
        ),
        // Found by fuzzing: a forged DIMENSIONS record (last row before the first)
        // made calamine reserve ~1.7 TB.
        (
            "roster.xls",
            fixture("regress-xls-dimensions.xls"),
            "a sheet declares its last row or column",
        ),
        // Found by fuzzing: two cells far apart made calamine build an 8.9 GB grid.
        (
            "roster.xls",
            fixture("regress-xls-span.xls"),
            "64261 rows × 4353 columns",
        ),
        // Found by fuzzing: a `Workbook` entry of another type, which calamine
        // reads anyway, declaring 10 billion cells.
        (
            "roster.xls",
            fixture("regress-xls-stream-name.xls"),
            "more than 4194304 cells",
        ),
        // Found after the campaign: 600 bytes of .ods repeating one cell 98 million
        // times made calamine (and dvht) use 19 GB.
        (
            "roster.ods",
            fixture("regress-ods-repeat.ods"),
            "the limit dvht reads from",
        ),
    ];
    for (name, bytes, msg) in cases {
        dvht()
            .file(name, bytes)
            .args(["score", name, "--rubric", "tt24", "--lang", "en"])
            .run()
            .code(2)
            .no_panic()
            .stderr_has(msg);
    }
}

#[test]
fn huge_cells_fail_cleanly() {
    let big = "x".repeat(5_000_000);
    let csv = format!("name,discipline\n{big},{big}\n");
    let out = dvht()
        .file("roster.csv", csv)
        .args(["score", "roster.csv", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .no_panic();
    assert!(out.stderr.len() < 100_000 || out.stderr.contains("missing column"));
}

#[test]
fn deeply_nested_toml_fails_cleanly() {
    let deep = format!("x = {}{}\n", "[".repeat(50_000), "]".repeat(50_000));
    let tables = format!(
        "{}\n",
        (0..5000).map(|i| format!("[a{i}]")).collect::<String>()
    );
    for text in [deep, tables, "[[evidence]]\n".repeat(20_000)] {
        dvht()
            .file("roster.csv", crate::common::roster(3, &[]))
            .file("evidence.toml", &text)
            .args(["score", "roster.csv", "--rubric", "tt24", "--lang", "en"])
            .run()
            .code(2)
            .no_panic()
            .stderr_has("evidence.toml");
        dvht()
            .file("rubric.toml", &text)
            .file("roster.csv", crate::common::roster(3, &[]))
            .args([
                "score",
                "roster.csv",
                "--rubric",
                "rubric.toml",
                "--lang",
                "en",
            ])
            .run()
            .code(2)
            .no_panic()
            .stderr_has("rubric.toml");
    }
    // Binary garbage as TOML: not UTF-8 is said as such.
    dvht()
        .file("roster.csv", crate::common::roster(3, &[]))
        .file("evidence.toml", b"\xFF\xFE\x00garbage\xC0")
        .args(["score", "roster.csv", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("evidence.toml");
}

#[test]
fn completions_man_and_version() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        dvht()
            .args(["completions", shell])
            .run()
            .code(0)
            .stdout_has("dvht")
            .stdout_has("rubric")
            .stdout_has("encoding");
    }
    dvht()
        .args(["man"])
        .run()
        .code(0)
        .stdout_has(".TH dvht 1")
        .stdout_has("EXIT STATUS")
        .stdout_has("DVHT SCORE")
        .stdout_has("windows\\-1258");
    dvht()
        .args(["--version"])
        .run()
        .code(0)
        .stdout_has("hanoi-2021 (alias hanoi) version 2021.1")
        .stdout_has("tt24-2023 (alias tt24) version 2023.1");
}

#[test]
fn a_name_header_merged_over_two_cells_joins_them_and_section_rows_are_skipped() {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    let f = Format::new();
    ws.write_string(0, 0, "STT").unwrap();
    ws.merge_range(0, 1, 0, 2, "Họ và tên", &f).unwrap();
    for (c, h) in HEADER.iter().enumerate().skip(3) {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    // A section title merged across the row ("Tổ Toán"), then two members whose
    // names are split into "Họ đệm" | "Tên".
    ws.merge_range(1, 0, 1, 9, "Tổ Toán", &f).unwrap();
    for (r, (family, given)) in [("Nguyễn Văn", "An"), ("Trần Thị", "Bình")]
        .iter()
        .enumerate()
    {
        let r = r as u32 + 2;
        ws.write_number(r, 0, r - 1).unwrap();
        ws.write_string(r, 1, *family).unwrap();
        ws.write_string(r, 2, *given).unwrap();
        for c in 3u16..=6 {
            ws.write_string(r, c, "x").unwrap();
        }
        ws.write_string(r, 8, "x").unwrap();
    }
    ws.write_string(3, 3, "không").unwrap();
    let out = dvht()
        .stdin(wb.save_to_buffer().unwrap())
        .args([
            "score",
            "-",
            "--rubric",
            "tt24",
            "--format",
            "json",
            "--explain",
        ])
        .run()
        .code(1);
    let j = out.json();
    assert_eq!(j["members"]["total"], 2);
    assert_eq!(j["inputs"]["roster_read"]["format"], "xlsx");
    assert!(out.stdout.contains("Trần Thị Bình"), "{}", out.stdout);
}

#[test]
fn report_and_compare_read_the_same_sheet_as_score() {
    let workbook = school_workbook("Danh sách", None, true);
    // Without --sheet the notes sheet comes first and is not a roster: exit 2.
    dvht()
        .file("roster.xlsx", &workbook)
        .args([
            "compare",
            "roster.xlsx",
            "--rubric",
            "tt24",
            "--rubric",
            "tt24",
        ])
        .run()
        .code(2)
        .no_panic()
        .stderr_has("`--sheet`");
    let out = dvht()
        .file("roster.xlsx", &workbook)
        .args([
            "compare",
            "roster.xlsx",
            "--rubric",
            "tt24",
            "--rubric",
            "tt24",
            "--sheet",
            "Danh sách",
            "--format",
            "json",
        ])
        .run()
        .code(0);
    let j = out.json();
    assert_eq!(j["assessments"][0]["members"]["counted"], 10);
    dvht()
        .file("roster.xlsx", &workbook)
        .args([
            "report",
            "roster.xlsx",
            "--rubric",
            "tt24",
            "--format",
            "md",
            "--sheet",
            "danh sach",
        ])
        .run()
        .code(0)
        .stdout_has("2.1");
}

#[test]
fn batch_finds_workbook_rosters_too() {
    let out = dvht()
        .file(
            "huyen/a-workbook/roster.xlsx",
            school_xlsx("Danh sách", None),
        )
        .file("huyen/b-csv/roster.csv", crate::common::roster(12, &[]))
        .file("huyen/c-notes/ghi-chu.xlsx", school_xlsx("Danh sách", None))
        .args(["batch", "huyen", "--rubric", "tt24", "--format", "json"])
        .run()
        .code(0);
    let j = out.json();
    let units = j["units"].as_array().unwrap();
    assert_eq!(units.len(), 2, "{}", out.stdout);
    assert_eq!(units[0]["folder"], "a-workbook");
    assert_eq!(units[0]["members"], 10);
    assert_eq!(units[1]["folder"], "b-csv");
    assert_eq!(units[1]["members"], 12);
}
