//! Rosters the way school offices save them (issue 11): title blocks, `Không` in
//! `Không tính`, totals and signature rows, CRLF, old spellings, several bad cells
//! at once; the sample rows of `dvht init`; `--strict-evidence` looking at files.

use crate::common::*;
use rust_xlsxwriter::Workbook;

/// The mn-hoa-sen example, copied into the run's folder as `u/`.
fn hoa_sen(run: Run) -> Run {
    let src = root().join("examples/mn-hoa-sen");
    let mut run = run;
    for entry in walk(&src) {
        let rel = entry
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .to_string();
        run = run.file(&format!("u/{rel}"), std::fs::read(&entry).unwrap());
    }
    run
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// Replaces cell `col` (0-based) of physical line `line` (1-based) of a `;` CRLF file.
fn set_cell(bytes: &[u8], line: usize, col: usize, value: &str) -> Vec<u8> {
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    let mut lines: Vec<String> = text.split("\r\n").map(str::to_string).collect();
    let mut cells: Vec<String> = lines[line - 1].split(';').map(str::to_string).collect();
    cells[col] = value.to_string();
    lines[line - 1] = cells.join(";");
    lines.join("\r\n").into_bytes()
}

#[test]
fn crlf_line_numbers_are_physical_lines() {
    // The issue's own reproduction: `maybe` in `Kế hoạch tự học` on physical line 5.
    let run = hoa_sen(dvht());
    let roster = std::fs::read(run.path("u/roster.csv")).unwrap();
    assert!(roster.starts_with(b"\xEF\xBB\xBF") && roster.windows(2).any(|w| w == b"\r\n"));
    let run = run
        .file("u/roster.csv", set_cell(&roster, 5, 5, "maybe"))
        .args(["score", "u/roster.csv", "--rubric", "hanoi", "--lang", "en"]);
    run.run()
        .code(2)
        .stderr_has("u/roster.csv:5:6: column `Kế hoạch tự học`: `maybe`");
}

#[test]
fn a_crlf_semicolon_file_with_several_bad_cells_reports_them_all() {
    // The columns under test first; the other columns Hà Nội reads after them, all `Có`.
    let rest = [
        "Kế hoạch tự học",
        "Tuân thủ pháp luật",
        "Cam kết học tập suốt đời",
        "Học tập trong gia đình",
        "Lối sống lành mạnh",
        "Ngoại ngữ và CNTT",
        "Tư duy phản biện",
        "Bình đẳng giới",
        "Đa dạng văn hoá",
        "Chia sẻ tri thức",
    ];
    let fill = ";Có".repeat(rest.len());
    let mut text = format!(
        "\u{feff}STT;Họ và tên;Chức vụ;Không tính;Tuân thủ kỷ luật;Hoàn thành bồi dưỡng;Danh hiệu thi đua;{}\r\n",
        rest.join(";")
    );
    for i in 1..=12 {
        text.push_str(&format!(
            "{i};Người {i};Giáo viên;Không;Có;Có;LĐTT{fill}\r\n"
        ));
    }
    // Line 14 starts a quoted cell over two physical lines: the bad cell is on 15's record.
    text.push_str(&format!(
        "13;\"Nguyễn\r\nVăn M\";Giáo viên;;maybe;Có;LĐTT{fill}\r\n"
    ));
    text.push_str(&format!("14;Lê N;Giáo viên;;Có;2;hero{fill}\r\n"));
    let huge = "y".repeat(5000);
    text.push_str(&format!("15;Lê O;Giáo viên;;{huge};\t?;Chiến sĩ{fill}\r\n"));
    text.push_str(&format!("16;Lê P;Giáo viên;;có;không;\u{7}{fill}\r\n"));
    text.push_str("17;Lê Q;Giáo viên;;có\r\n"); // a ragged row
    let out = dvht()
        .file("r.csv", text)
        .args(["score", "r.csv", "--rubric", "hanoi", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("r.csv:14:5: column `Tuân thủ kỷ luật`: `maybe` is not yes/no; accepted:")
        .stderr_has("r.csv:16:6:")
        .stderr_has("r.csv:16:7:")
        .stderr_has("`hero`")
        .stderr_has("r.csv:17:5:")
        .stderr_has("r.csv:17:6:")
        .stderr_has("r.csv:17:7:")
        .stderr_has("r.csv:18:7:")
        .stderr_has("`\\u{7}`")
        .stderr_has("r.csv:19:")
        .stderr_has("8 problems");
    // The 5000-character cell is cut to 80 characters.
    assert!(out.stderr.len() < 8000, "{}", out.stderr.len());
    assert!(
        out.stderr.contains(&format!("`{}…`", "y".repeat(79))),
        "{}",
        out.stderr
    );
}

#[test]
fn the_office_example_scores_as_recounted_by_hand() {
    let roster = example("thcs-ngoc-lam", "roster.csv");
    let out = dvht()
        .args(["score", &roster, "--rubric", "hanoi", "--format", "json"])
        .run()
        .code(0);
    let j = out.json();
    assert_eq!(j["members"]["total"], 24, "{}", out.stdout);
    assert_eq!(j["members"]["counted"], 22);
    assert_eq!(j["total"]["points"], "73");
    let points: Vec<(String, String)> = j["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_string(),
                c["points"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected = [
        ("1.1", "10"),
        ("1.2", "10"),
        ("1.3", "5"),
        ("2.1", "8"),
        ("2.2", "5"),
        ("2.3", "8"),
        ("2.4", "5"),
        ("3.1", "15"),
        ("3.2", "5"),
        ("3.3", "2"),
    ];
    for (id, p) in expected {
        assert!(
            points.contains(&(id.to_string(), p.to_string())),
            "{id}: {points:?}"
        );
    }
    let warnings = j["warnings"].to_string();
    assert!(
        warnings.contains("roster.csv:31") && warnings.contains("Tổng cộng"),
        "{warnings}"
    );
    let out = dvht()
        .args([
            "score",
            &roster,
            "--rubric",
            "tt24",
            "--format",
            "json",
            "--as-of",
            "2025-06-30",
        ])
        .run()
        .code(0);
    let j = out.json();
    assert_eq!(j["outcome"]["level"], 1, "{}", out.stdout);
    let levels: Vec<(String, u64)> = j["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_string(),
                c["level"].as_u64().unwrap(),
            )
        })
        .collect();
    for (id, l) in [
        ("2.1", 2),
        ("2.2", 2),
        ("2.3", 1),
        ("2.4", 1),
        ("2.5", 1),
        ("3.1", 1),
        ("3.3", 1),
        ("3.4", 1),
    ] {
        assert!(levels.contains(&(id.to_string(), l)), "{id}: {levels:?}");
    }
    // Its evidence is complete and unchanged.
    dvht()
        .args([
            "check-evidence",
            &example("thcs-ngoc-lam", "evidence.toml"),
            "--rubric",
            "tt24",
        ])
        .run()
        .code(0);
}

/// An office workbook: a title block, a header with old spellings, members, a
/// blank row, a totals row with counts, and a signature block.
fn office_xlsx() -> Vec<u8> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("DS 2024").unwrap();
    ws.write_string(0, 0, "PHÒNG GD&ĐT HUYỆN GIA LÂM").unwrap();
    ws.write_string(1, 0, "TRƯỜNG TIỂU HỌC ĐA TỐN").unwrap();
    ws.merge_range(
        2,
        0,
        2,
        5,
        "DANH SÁCH GIÁO VIÊN NĂM 2024",
        &Default::default(),
    )
    .unwrap();
    // Every column the Hà Nội rubric reads; those not under test are all `Có`.
    let header = [
        "STT",
        "Họ và tên",
        "Không tính",
        "Tuân thủ kỉ luật",
        "Hoàn thành bồi dưỡng",
        "Danh hiệu thi đua",
        "Kế hoạch tự học",
        "Tuân thủ pháp luật",
        "Cam kết học tập suốt đời",
        "Học tập trong gia đình",
        "Lối sống lành mạnh",
        "Ngoại ngữ và CNTT",
        "Tư duy phản biện",
        "Bình đẳng giới",
        "Đa dạng văn hoá",
        "Chia sẻ tri thức",
    ];
    for (c, h) in header.iter().enumerate() {
        ws.write_string(4, c as u16, *h).unwrap();
    }
    let members = [
        ("An", "Không", "Có", "Có", "LĐTT"),
        ("Bình", "", "x", "Hoàn thành", "Lao động tiên tiến"),
        ("Chi", "Nghỉ thai sản", "Không", "Chưa", ""),
        ("Dũng", "0", "Đạt", "Không đạt", "CSTĐCS"),
    ];
    let mut r = 5u32;
    for (i, m) in members.iter().enumerate() {
        if i == 2 {
            r += 1; // a blank row inside the list
        }
        ws.write_number(r, 0, (i + 1) as u32).unwrap();
        for (c, v) in [m.0, m.1, m.2, m.3, m.4].iter().enumerate() {
            ws.write_string(r, c as u16 + 1, *v).unwrap();
        }
        for c in 6..header.len() {
            ws.write_string(r, c as u16, "Có").unwrap();
        }
        r += 1;
    }
    let totals = r;
    ws.merge_range(
        totals,
        0,
        totals,
        1,
        "Tổng cộng: 4 người",
        &Default::default(),
    )
    .unwrap();
    ws.write_number(totals, 3, 3).unwrap();
    ws.write_number(totals, 4, 2).unwrap();
    ws.write_string(totals + 2, 4, "Gia Lâm, ngày 10 tháng 01 năm 2025")
        .unwrap();
    ws.write_string(totals + 3, 1, "Người lập biểu").unwrap();
    ws.write_string(totals + 3, 4, "HIỆU TRƯỞNG").unwrap();
    ws.write_string(totals + 6, 1, "Nguyễn Thị Lập").unwrap();
    ws.write_string(totals + 6, 4, "Trần Văn Trưởng").unwrap();
    wb.save_to_buffer().unwrap()
}

#[test]
fn an_xlsx_with_a_title_block_and_a_footer() {
    let out = dvht()
        .file("u/roster.xlsx", office_xlsx())
        .args([
            "score",
            "u/roster.xlsx",
            "--rubric",
            "hanoi",
            "--format",
            "json",
            "--lang",
            "en",
        ])
        .run()
        .code(0);
    let j = out.json();
    assert_eq!(j["members"]["total"], 4, "{}", out.stdout);
    assert_eq!(j["members"]["counted"], 3);
    let crit = |id: &str| {
        j["criteria"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(crit("2.2")["numerator"], 3); // discipline: An, Bình, Dũng
    assert_eq!(crit("2.3")["numerator"], 2); // training: An, Bình
    assert_eq!(crit("2.4")["numerator"], 3);
    let w = j["warnings"].to_string();
    // Row 11: header on row 5, members on 6–7 and 9–10 (a blank row 8 between).
    assert!(w.contains("roster.xlsx!'DS 2024'!11:11"), "{w}");
}

#[test]
fn an_untouched_template_does_not_score() {
    let run = dvht().args(["init", "u"]);
    run.run().code(0);
    for rubric in ["hanoi", "tt24"] {
        dvht()
            .args([
                "score",
                &run.path("u/roster.csv").display().to_string(),
                "--rubric",
                rubric,
                "--lang",
                "en",
            ])
            .run()
            .code(2)
            .stderr_has("roster.csv:2")
            .stderr_has("roster.csv:3")
            .stderr_has("replace the sample rows");
    }
    // batch does not count it as recognised either.
    dvht()
        .args([
            "batch",
            &run.path("u").display().to_string(),
            "--rubric",
            "hanoi",
            "--lang",
            "en",
        ])
        .run()
        .code(2)
        .stdout_has("sample row");
}

#[test]
fn the_xlsx_template_filled_programmatically_scores() {
    let run = dvht().args(["init", "u", "--xlsx", "--rubric", "tt24"]);
    run.run().code(0);
    let path = run.path("u/roster.xlsx");
    assert!(!run.path("u/roster.csv").exists());
    // Untouched: refused.
    dvht()
        .args([
            "score",
            &path.display().to_string(),
            "--rubric",
            "tt24",
            "--lang",
            "en",
        ])
        .run()
        .code(2)
        .stderr_has("sample row");
    // Read the template's header back, then write a filled copy with the same header.
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
    use calamine::Reader;
    assert_eq!(wb.sheet_names(), ["Danh sách", "Hướng dẫn"]);
    let range = wb.worksheet_range("Danh sách").unwrap();
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let mut out = Workbook::new();
    let ws = out.add_worksheet();
    ws.set_name("Danh sách").unwrap();
    for (c, h) in header.iter().enumerate() {
        ws.write_string(0, c as u16, h).unwrap();
    }
    for r in 1..=20u32 {
        for (c, h) in header.iter().enumerate() {
            let v = match h.as_str() {
                "Mã" => format!("GV{r:02}"),
                "Họ và tên" => format!("Thành viên {r}"),
                "Chức vụ" => "Giáo viên".into(),
                "Không tính" => "Không".into(),
                "Danh hiệu thi đua" => "Lao động tiên tiến".into(),
                "Chứng chỉ ngoại ngữ" if r > 12 => "Không".into(),
                _ => "Có".into(),
            };
            ws.write_string(r, c as u16, v).unwrap();
        }
    }
    std::fs::write(&path, out.save_to_buffer().unwrap()).unwrap();
    let out = dvht()
        .args([
            "score",
            &path.display().to_string(),
            "--rubric",
            "tt24",
            "--format",
            "json",
            "--as-of",
            "2025-06-30",
        ])
        .run();
    let j = out.json();
    assert_eq!(j["members"]["counted"], 20, "{}", out.stderr);
    let c24 = j["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "2.4")
        .unwrap();
    assert_eq!(c24["numerator"], 12);
    assert_eq!(c24["level"], 1);
}

#[test]
fn strict_evidence_looks_at_the_files() {
    let src = root().join("examples/thpt-so-2-tuy-phuoc");
    let mut run = dvht();
    for f in walk(&src) {
        let rel = f.strip_prefix(&src).unwrap().to_string_lossy().to_string();
        run = run.file(&format!("u/{rel}"), std::fs::read(&f).unwrap());
    }
    // The only item behind digital_maturity (3.4) is gone; the file behind
    // collective_title (3.3) was edited after it was hashed.
    std::fs::remove_file(run.path("u/minh-chung/chuyen-doi-so-va-chia-se-tri-thuc.txt")).unwrap();
    std::fs::write(
        run.path("u/minh-chung/quyet-dinh-thi-dua-2024.txt"),
        "sửa sau khi băm\n",
    )
    .unwrap();
    let args = [
        "score",
        "u/roster.csv",
        "--rubric",
        "tt24",
        "--format",
        "json",
        "--as-of",
        "2025-09-15",
        "--lang",
        "en",
    ];
    let level = |j: &serde_json::Value, id: &str| {
        j["criteria"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .unwrap()["level"]
            .clone()
    };
    let run = run.args(args.iter().copied().chain(["--strict-evidence"]));
    let out = run.run();
    let j = out.json();
    assert_eq!(level(&j, "3.4"), 0, "{}", out.stdout);
    assert_eq!(level(&j, "3.3"), 0);
    let w = j.to_string();
    assert!(
        w.contains("H3-3.4") || w.contains("chuyen-doi-so-va-chia-se-tri-thuc.txt"),
        "{w}"
    );
    assert!(
        w.contains("changed") || w.contains("SHA-256") || w.contains("sha256"),
        "{w}"
    );
    // check-evidence flags the same two items.
    dvht()
        .args([
            "check-evidence",
            &run.path("u/evidence.toml").display().to_string(),
            "--lang",
            "en",
        ])
        .run()
        .code(1)
        .stdout_has("chuyen-doi-so-va-chia-se-tri-thuc.txt")
        .stdout_has("quyet-dinh-thi-dua-2024.txt");
    // Without the flag the levels stand, and a warning names the missing file.
    let out = dvht()
        .args([
            "score",
            &run.path("u/roster.csv").display().to_string(),
            "--rubric",
            "tt24",
            "--format",
            "json",
            "--as-of",
            "2025-09-15",
            "--lang",
            "en",
        ])
        .run();
    let j = out.json();
    assert_eq!(level(&j, "3.4"), 2, "{}", out.stdout);
    assert_eq!(level(&j, "3.3"), 2);
    assert!(
        j["warnings"]
            .to_string()
            .contains("chuyen-doi-so-va-chia-se-tri-thuc.txt"),
        "{}",
        j["warnings"]
    );
}

#[test]
fn batch_reads_what_score_reads() {
    // A unit saved as Windows-1258: `batch` takes `--encoding` like `score`.
    let mut text = format!("{FULL_HEADER}\n");
    for i in 1..=3 {
        text.push_str(&format!("{}\n", full_row(i)));
    }
    let (bytes, _, _) = encoding_rs::WINDOWS_1258.encode(&text);
    let run = dvht().file("d/a/roster.csv", bytes.as_ref());
    let out = run
        .args([
            "batch",
            "d",
            "--rubric",
            "tt24",
            "--format",
            "json",
            "--as-of",
            "2025-06-30",
        ])
        .run()
        .code(2);
    assert!(out.stdout.contains("windows-1258"), "{}", out.stdout);
    let run = dvht().file("d/a/roster.csv", bytes.as_ref()).args([
        "batch",
        "d",
        "--rubric",
        "tt24",
        "--encoding",
        "windows-1258",
        "--format",
        "json",
        "--as-of",
        "2025-06-30",
    ]);
    let out = run.run().code(0);
    assert_eq!(out.json()["units"][0]["members"], 3, "{}", out.stdout);
}
