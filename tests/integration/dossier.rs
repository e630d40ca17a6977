//! `dvht dossier`: every Word file opens as a package whose `word/document.xml` is
//! well-formed and carries the unit's name, each criterion and its figures, and the
//! proposed level; nothing is replaced without `--force`; `tu-danh-gia.toml` is read
//! strictly; `batch --list-proposed` writes the district's list.

use crate::common::*;
use quick_xml::events::Event;
use sha2::Digest;
use std::io::Read;
use std::path::Path;

/// Copies an example unit into the run's folder under `name`.
fn with_example(run: Run, example: &str, name: &str) -> Run {
    let src = root().join("examples").join(example);
    let mut run = run;
    for entry in walk(&src) {
        let rel = entry
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        run = run.file(&format!("{name}/{rel}"), std::fs::read(&entry).unwrap());
    }
    run
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
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

/// The text of a .docx, one line per paragraph, after checking that the package
/// opens and that `word/document.xml` is well-formed XML.
fn docx_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip package");
    for part in ["[Content_Types].xml", "word/styles.xml", "_rels/.rels"] {
        assert!(zip.by_name(part).is_ok(), "{}: no {part}", path.display());
    }
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("word/document.xml")
        .read_to_string(&mut xml)
        .unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    reader.config_mut().trim_text(false);
    let mut out = String::new();
    let mut in_text = false;
    let mut depth = 0i64;
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) => {
                depth += 1;
                match e.name().as_ref() {
                    "w:t" => in_text = true,
                    "w:p" => out.push('\n'),
                    _ => {}
                }
            }
            Ok(Event::End(e)) => {
                depth -= 1;
                if e.name().as_ref() == "w:t" {
                    in_text = false;
                }
            }
            Ok(Event::Empty(e)) if e.name().as_ref() == "w:tab" => out.push('\t'),
            Ok(Event::Text(t)) if in_text => out.push_str(&t),
            Ok(Event::GeneralRef(r)) if in_text => out.push(match &*r {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                other => panic!("unexpected entity {other}"),
            }),
            Ok(_) => {}
            Err(e) => panic!(
                "{}: word/document.xml is not well-formed: {e}",
                path.display()
            ),
        }
    }
    assert_eq!(depth, 0, "{}: unbalanced elements", path.display());
    out
}

/// The score as JSON, for the figures the forms must carry.
fn score_json(unit: &Path, rubric: &str) -> serde_json::Value {
    let out = assert_cmd::Command::cargo_bin("dvht")
        .unwrap()
        .args(["score", &unit.join("roster.csv").display().to_string()])
        .args([
            "--rubric",
            rubric,
            "--as-of",
            "2025-01-10",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn tt24_dossier_carries_every_indicator_with_its_figures_and_the_level() {
    let run = with_example(dvht(), "th-tan-hoa-1", "th-tan-hoa-1").args([
        "dossier",
        "th-tan-hoa-1",
        "--rubric",
        "tt24",
        "--as-of",
        "2025-01-10",
        "--place",
        "Tân Hòa",
        "--head",
        "Trần Hoàng Khải",
    ]);
    run.run()
        .code(0)
        .stdout_has("th-tan-hoa-1-ho-so-2024")
        .stdout_has("01-to-trinh.docx");
    let out = run.path("th-tan-hoa-1-ho-so-2024");
    let j = score_json(&run.path("th-tan-hoa-1"), "tt24");
    let name = j["unit"]["name"].as_str().unwrap();
    let level = j["outcome"]["level"].as_u64().unwrap();
    assert_eq!(level, 1);

    let to_trinh = docx_text(&out.join("01-to-trinh.docx"));
    assert!(to_trinh.contains(name));
    assert!(to_trinh.contains("TỜ TRÌNH"));
    assert!(
        to_trinh.contains("\"Đơn vị học tập\" mức độ 1 năm 2024"),
        "{to_trinh}"
    );
    assert!(to_trinh.contains("Tân Hòa, ngày 10 tháng 01 năm 2025"));
    assert!(to_trinh.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    assert!(to_trinh.contains("Trần Hoàng Khải"));

    for file in [
        "02-bao-cao-tu-danh-gia-m3.docx",
        "04-phieu-danh-gia-m1.docx",
    ] {
        let text = docx_text(&out.join(file));
        assert!(text.contains(name), "{file}");
        for c in j["criteria"].as_array().unwrap() {
            let id = c["id"].as_str().unwrap();
            assert!(text.contains(&format!("Chỉ tiêu {id}:")), "{file}: {id}");
            if let (Some(n), Some(d)) = (c["numerator"].as_u64(), c["denominator"].as_u64()) {
                assert!(
                    text.contains(&format!("{n}/{d} thành viên")),
                    "{file}: {id} lacks {n}/{d}"
                );
            }
            let want = match c["level"].as_u64().unwrap() {
                0 => "Không đạt".to_string(),
                l => format!("Đạt mức {l}"),
            };
            assert!(text.contains(&want), "{file}: {id} lacks {want}");
        }
        // No tu-danh-gia.toml: dotted lines (tab leaders) to write on.
        assert!(text.contains("Điểm mạnh:\n\t"), "{file}");
    }
    let m3 = docx_text(&out.join("02-bao-cao-tu-danh-gia-m3.docx"));
    assert!(
        m3.contains("Mẫu M3") && m3.contains("tự đánh giá đạt \"Đơn vị học tập\" mức độ 1."),
        "{m3}"
    );
    assert!(m3.contains("TC1-01 (Kế hoạch xây dựng Đơn vị học tập năm 2024"));

    let m2 = docx_text(&out.join("05-muc-do-dat-m2.docx"));
    for c in j["criteria"].as_array().unwrap() {
        assert!(m2.contains(&format!("\n{}\n", c["id"].as_str().unwrap())));
    }
    assert!(m2.contains("Đạt mức độ 1"));
    let plan = docx_text(&out.join("06-ke-hoach-cai-thien.docx"));
    assert!(plan.contains("KẾ HOẠCH CẢI THIỆN"));

    // The index lists every file with its SHA-256.
    let index = std::fs::read_to_string(out.join("00-muc-luc.txt")).unwrap();
    let mut files: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "00-muc-luc.txt")
        .collect();
    files.sort();
    assert_eq!(files.len(), 7, "{files:?}");
    for f in &files {
        let bytes = std::fs::read(out.join(f)).unwrap();
        let digest = format!("{:x}", sha2::Sha256::digest(&bytes));
        assert!(index.contains(&format!("{f}\n")), "{f}");
        assert!(
            index.contains(&format!("{} byte, sha256 {digest}", bytes.len())),
            "{f}"
        );
    }
    // The M4 is the report command's own form.
    let html = std::fs::read_to_string(out.join("03-ban-tong-hop-m4.html")).unwrap();
    assert!(html.contains("Mẫu M4") && !html.contains("KẾ HOẠCH CẢI THIỆN"));
}

#[test]
fn hanoi_dossier_has_the_minutes_with_every_criterion_and_points() {
    let run = with_example(dvht(), "mn-hoa-sen", "mn").args([
        "dossier",
        "mn",
        "--rubric",
        "hanoi",
        "--as-of",
        "2025-01-10",
        "-o",
        "hs",
    ]);
    run.run().code(0);
    let j = score_json(&run.path("mn"), "hanoi");
    let text = docx_text(&run.path("hs/01-bien-ban-tu-danh-gia.docx"));
    assert!(text.contains("BIÊN BẢN"));
    assert!(text.contains(j["unit"]["name"].as_str().unwrap()));
    for c in j["criteria"].as_array().unwrap() {
        let id = c["id"].as_str().unwrap();
        let pts = format!(
            "{}/{}",
            c["points"].as_str().unwrap(),
            c["max_points"].as_str().unwrap()
        );
        assert!(text.contains(&format!("\n{id}\n")), "{id}");
        assert!(text.contains(&pts), "{id} lacks {pts}");
    }
    let total = format!("{}/100", j["total"]["points"].as_str().unwrap());
    assert!(text.contains(&format!("\n{total}")), "{total}");
    assert!(text.contains(j["outcome"]["label"].as_str().unwrap()));
    let report = docx_text(&run.path("hs/02-bao-cao-tu-danh-gia.docx"));
    assert!(report.contains("Tiêu chí 2.1:") && !report.contains("Mẫu M3"));
    for f in [
        "03-bieu-diem.html",
        "03-bieu-diem.xlsx",
        "04-ke-hoach-cai-thien.docx",
        "00-muc-luc.txt",
    ] {
        assert!(run.path("hs").join(f).is_file(), "{f}");
    }
    assert!(!run.path("hs/01-to-trinh.docx").exists());
}

#[test]
fn nothing_is_replaced_without_force() {
    let run = with_example(dvht(), "th-tan-hoa-1", "u").args([
        "dossier",
        "u",
        "--rubric",
        "tt24",
        "--as-of",
        "2025-01-10",
        "-o",
        "hs",
        "--lang",
        "en",
    ]);
    run.run().code(0);
    let m3 = run.path("hs/02-bao-cao-tu-danh-gia-m3.docx");
    std::fs::write(&m3, b"edited by hand").unwrap();
    std::fs::remove_file(run.path("hs/05-muc-do-dat-m2.docx")).unwrap();
    run.run()
        .code(2)
        .stderr_has("nothing was written")
        .stderr_has("--force")
        .stderr_has("02-bao-cao-tu-danh-gia-m3.docx");
    assert_eq!(std::fs::read(&m3).unwrap(), b"edited by hand");
    assert!(!run.path("hs/05-muc-do-dat-m2.docx").exists());

    let out = assert_cmd::Command::cargo_bin("dvht")
        .unwrap()
        .current_dir(run.dir.path())
        .args([
            "dossier",
            "u",
            "--rubric",
            "tt24",
            "--as-of",
            "2025-01-10",
            "-o",
            "hs",
            "--force",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(docx_text(&m3).contains("BÁO CÁO TỰ ĐÁNH GIÁ"));
    assert!(run.path("hs/05-muc-do-dat-m2.docx").is_file());
}

#[test]
fn output_may_not_be_or_hold_an_input() {
    let run = with_example(dvht(), "th-tan-hoa-1", "d/u");
    for (o, msg) in [
        ("d/u", "holds the input"),
        ("d", "holds the input"),
        ("d/u/roster.csv", "is a file"),
    ] {
        let out = assert_cmd::Command::cargo_bin("dvht")
            .unwrap()
            .current_dir(run.dir.path())
            .args([
                "dossier", "d/u", "--rubric", "tt24", "-o", o, "--lang", "en",
            ])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{o}: {stderr}");
        assert!(stderr.contains(msg), "{o}: {stderr}");
    }
    assert!(!run.path("d/u/00-muc-luc.txt").exists());
    let roster = std::fs::read(run.path("d/u/roster.csv")).unwrap();
    assert_eq!(
        roster,
        std::fs::read(root().join("examples/th-tan-hoa-1/roster.csv")).unwrap()
    );
}

#[test]
fn the_units_words_go_into_m1_and_m3() {
    let words = "[report]\nintroduction = \"Trường có 35 cán bộ, giáo viên, nhân viên.\"\n\n\
[tt24-2023.\"2.1\"]\ndescription = \"Nhà trường ban hành nội quy <cơ quan> & quy chế làm việc.\"\n\
strengths = \"Tập thể đoàn kết.\"\nweaknesses = \"\"\n\n[tt24-2023.3.4]\nplan = \"Nâng lên mức khá.\"\n";
    let run = with_example(dvht(), "th-tan-hoa-1", "u")
        .file("u/tu-danh-gia.toml", words)
        .args([
            "dossier",
            "u",
            "--rubric",
            "tt24",
            "--as-of",
            "2025-01-10",
            "-o",
            "hs",
        ]);
    run.run().code(0);
    let m3 = docx_text(&run.path("hs/02-bao-cao-tu-danh-gia-m3.docx"));
    assert!(m3.contains("Trường có 35 cán bộ, giáo viên, nhân viên."));
    assert!(m3.contains("Nhà trường ban hành nội quy <cơ quan> & quy chế làm việc."));
    assert!(m3.contains("Tập thể đoàn kết."));
    assert!(m3.contains("Nâng lên mức khá."));
    let m1 = docx_text(&run.path("hs/04-phieu-danh-gia-m1.docx"));
    assert!(m1.contains("Tập thể đoàn kết."));
    let index = std::fs::read_to_string(run.path("hs/00-muc-luc.txt")).unwrap();
    assert!(!index.contains("tu-danh-gia.toml bên cạnh"));
}

#[test]
fn tu_danh_gia_errors_name_line_and_column() {
    let cases = [
        (
            "[tt24-2023.\"1.1\"]\nstrenghts = \"x\"\n",
            "tu-danh-gia.toml:2:1",
            "strengths",
        ),
        (
            "[tt24-2023.\"7.7\"]\nplan = \"x\"\n",
            "tu-danh-gia.toml:1:",
            "7.7",
        ),
        (
            "[tt24-2023.\"1.1\"]\nplan = 5\n",
            "tu-danh-gia.toml:2:8",
            "text in quotes",
        ),
        (
            "[meeting]\ndate = \"mai\"\n",
            "tu-danh-gia.toml:2:8",
            "not a date",
        ),
    ];
    for (text, at, what) in cases {
        let run = with_example(dvht(), "th-tan-hoa-1", "u")
            .file("u/tu-danh-gia.toml", text)
            .args([
                "dossier", "u", "--rubric", "tt24", "-o", "hs", "--lang", "en",
            ]);
        run.run().code(2).stderr_has(at).stderr_has(what).no_panic();
        assert!(!run.path("hs").exists(), "{text}");
    }
}

#[test]
fn init_scaffolds_the_words_and_the_dossier_reads_them() {
    let run = dvht().args(["init", "u", "--rubric", "tt24"]);
    run.run().code(0).stdout_has("tu-danh-gia.toml");
    let text = std::fs::read_to_string(run.path("u/tu-danh-gia.toml")).unwrap();
    assert!(text.contains("[tt24-2023.\"3.4\"]") && text.contains("strengths = \"\""));
    // The template's sample rows are refused on purpose: the office fills in its members.
    std::fs::write(run.path("u/roster.csv"), roster(10, &[])).unwrap();
    let out = assert_cmd::Command::cargo_bin("dvht")
        .unwrap()
        .current_dir(run.dir.path())
        .args(["dossier", "u", "--rubric", "tt24", "-o", "hs"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(docx_text(&run.path("hs/04-phieu-danh-gia-m1.docx")).contains("Chỉ tiêu 3.4:"));
}

#[test]
fn list_proposed_flags_a_claim_that_differs_in_docx_and_xlsx() {
    let claim = |level: u8| {
        FULL_EVIDENCE.replace(
            "year = 2024\n",
            &format!("year = 2024\nclaimed_level = {level}\n"),
        )
    };
    let run = dvht()
        .file("huyen/a/roster.csv", roster(10, &[]))
        .file("huyen/a/evidence.toml", claim(1))
        .file("huyen/a/minh-chung/tong-hop.txt", "x")
        .file("huyen/b/roster.csv", roster(10, &[("discipline", 5)]))
        .file(
            "huyen/b/evidence.toml",
            claim(1).replace("Trường Thử nghiệm", "Trường Bê"),
        )
        .file("huyen/b/minh-chung/tong-hop.txt", "x")
        .args([
            "batch",
            "huyen",
            "--rubric",
            "tt24",
            "--as-of",
            "2025-01-10",
            "--list-proposed",
            "-o",
            "ds.docx",
        ]);
    run.run().code(0);
    let text = docx_text(&run.path("ds.docx"));
    assert!(text.contains("DANH SÁCH ĐƠN VỊ ĐỀ NGHỊ CÔNG NHẬN"));
    assert!(text.contains("Trường Thử nghiệm") && text.contains("Trường Bê"));
    assert!(
        text.contains("KHÁC: đơn vị tự đánh giá đạt mức độ 1, dvht kiểm tra được không đạt"),
        "{text}"
    );
    assert_eq!(text.matches("KHÁC:").count(), 1, "{text}");

    let out = assert_cmd::Command::cargo_bin("dvht")
        .unwrap()
        .current_dir(run.dir.path())
        .args([
            "batch",
            "huyen",
            "--rubric",
            "tt24",
            "--as-of",
            "2025-01-10",
            "--list-proposed",
            "-o",
            "ds.xlsx",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    use calamine::Reader;
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(run.path("ds.xlsx")).unwrap();
    let sheet = wb.worksheet_range("Danh sách").unwrap();
    let cell = |r: u32, c: u32| {
        sheet
            .get_value((r, c))
            .map(|v| v.to_string())
            .unwrap_or_default()
    };
    assert_eq!(cell(3, 1), "a");
    assert_eq!(cell(3, 3), "Đạt mức độ 1");
    assert_eq!(cell(3, 5), "");
    assert_eq!(cell(4, 2), "Trường Bê");
    assert_eq!(cell(4, 4), "Không đạt");
    assert_eq!(cell(4, 5), "Có");

    let bad = assert_cmd::Command::cargo_bin("dvht")
        .unwrap()
        .current_dir(run.dir.path())
        .args([
            "batch",
            "huyen",
            "--rubric",
            "tt24",
            "--list-proposed",
            "-o",
            "ds.html",
        ])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(!run.path("ds.html").exists());
}

#[test]
fn a_claimed_level_out_of_range_is_an_error_with_its_line() {
    let ev = FULL_EVIDENCE.replace("year = 2024\n", "year = 2024\nclaimed_level = 3\n");
    dvht()
        .file("roster.csv", roster(5, &[]))
        .file("evidence.toml", ev)
        .args(["score", "roster.csv", "--rubric", "tt24", "--lang", "en"])
        .run()
        .code(2)
        .stderr_has("evidence.toml:5:17")
        .stderr_has("claimed_level = 3");
}

#[test]
fn no_submission_when_no_level_is_reached_and_english_forms() {
    let run = with_example(dvht(), "mn-hoa-sen", "mn").args([
        "dossier",
        "mn",
        "--rubric",
        "tt24",
        "--as-of",
        "2025-01-10",
        "-o",
        "hs",
        "--lang",
        "en",
    ]);
    run.run()
        .code(0)
        .stdout_has("No submission (Tờ trình)")
        .stdout_has("Dossier written to hs");
    assert!(!run.path("hs/01-to-trinh.docx").exists());
    let index = std::fs::read_to_string(run.path("hs/00-muc-luc.txt")).unwrap();
    assert!(index.contains("No submission (Tờ trình)"));
    let m3 = docx_text(&run.path("hs/02-bao-cao-tu-danh-gia-m3.docx"));
    assert!(m3.contains("SELF-ASSESSMENT REPORT"));
    assert!(m3.contains("does not yet meet the conditions for recognition"));
    assert!(m3.contains("SOCIALIST REPUBLIC OF VIETNAM"));
}

/// The same unit gives the same dossier, byte for byte, whenever it is written:
/// no file carries the clock's time (the index lists every file's SHA-256, and an
/// officer may compare two submissions).
#[test]
fn the_same_unit_gives_the_same_bytes() {
    let mut seen: Vec<Vec<(String, Vec<u8>)>> = Vec::new();
    for (i, rubric) in ["tt24", "tt24", "hanoi", "hanoi"].iter().enumerate() {
        let out = format!("out-{i}");
        if i % 2 == 1 {
            // Seconds apart in time (the properties' clock counts seconds) …
            std::thread::sleep(std::time::Duration::from_millis(1100));
        }
        let run = with_example(dvht(), "th-tan-hoa-1", "th-tan-hoa-1").args([
            "dossier",
            "th-tan-hoa-1",
            "--rubric",
            rubric,
            "-o",
            &out,
        ]);
        run.run().code(0);
        let dir = run.path(&out);
        let mut files: Vec<(String, Vec<u8>)> = walk(&dir)
            .into_iter()
            .map(|p| {
                let name = p.strip_prefix(&dir).unwrap().display().to_string();
                (name, std::fs::read(&p).unwrap())
            })
            .collect();
        files.sort();
        assert!(files.iter().any(|(n, _)| n.ends_with(".xlsx")));
        if i % 2 == 1 {
            // … identical in bytes.
            let first = &seen[i - 1];
            assert_eq!(first.len(), files.len());
            for ((a, x), (b, y)) in first.iter().zip(&files) {
                assert_eq!(a, b);
                assert!(x == y, "{a} differs between two runs");
            }
        }
        seen.push(files);
    }
}
