use super::*;
use crate::vocab;
use unicode_normalization::UnicodeNormalization;

fn p(text: &str, needed: &[&str]) -> Result<Roster> {
    let dialect = Dialect::text("UTF-8", false, input::detect_delimiter(text));
    parse(text, dialect, Path::new("r.csv"), needed)
}

fn en(e: Error) -> String {
    e.render(crate::lang::Lang::En)
}

#[test]
fn reads_vietnamese_headers_in_nfd_with_semicolons() {
    let text: String = "STT;Mã;Họ và tên;Tuân thủ kỷ luật;Danh hiệu thi đua;Không tính\n1;A1;Nguyễn Văn A;Có;LĐTT;\n2;A2;Trần Thị B;không;;Nghỉ thai sản\n"
        .nfd()
        .collect();
    let r = p(&text, &["discipline", "emulation_title"]).unwrap();
    assert_eq!(r.members.len(), 2);
    let a = &r.members[0];
    assert_eq!(a.name, "Nguyễn Văn A");
    assert_eq!(a.yes, vocab::yes_no_bit("discipline").unwrap());
    assert_eq!(a.title, 1);
    assert_eq!(r.members[1].excluded.as_deref(), Some("Nghỉ thai sản"));
    assert_eq!(r.counted(), 1);
}

#[test]
fn errors_name_line_column_and_value() {
    let e = en(p("name,discipline\nA,yes\nB,maybe\n", &["discipline"]).unwrap_err());
    assert!(e.contains("r.csv:3:2") && e.contains("`maybe`"), "{e}");
    let e = en(p("name\nA\n", &["discipline"]).unwrap_err());
    assert!(
        e.contains("missing column `discipline`") && e.contains("Tuân thủ kỷ luật"),
        "{e}"
    );
    let e = en(p("id,name\n1,A\n1,B\n", &[]).unwrap_err());
    assert!(e.contains("r.csv:3:1") && e.contains("line 2"), "{e}");
    let e = en(p("name,discipline\nA\n", &["discipline"]).unwrap_err());
    assert!(e.contains("r.csv:2") && e.contains("1 fields"), "{e}");
    let e = en(p("name,discipline\n,yes\n", &["discipline"]).unwrap_err());
    assert!(e.contains("r.csv:2:1") && e.contains("name"), "{e}");
    let e = en(p("name,emulation_title\nA,hero\n", &["emulation_title"]).unwrap_err());
    assert!(e.contains("`hero`"), "{e}");
    let e = en(p("Họ tên,Ho va ten\nA,B\n", &[]).unwrap_err());
    assert!(e.contains("both mean `name`"), "{e}");
}

#[test]
fn blank_rows_and_unused_columns_are_ignored() {
    let r = p(
        "name,discipline,self_study_plan\nA,x,??\n,,\n\n",
        &["discipline"],
    )
    .unwrap();
    assert_eq!(r.members.len(), 1);
}

#[test]
fn multi_line_cells_keep_physical_line_numbers() {
    let e = en(p("name,discipline\n\"A\nB\",x\nC,bad\n", &["discipline"]).unwrap_err());
    assert!(e.contains("r.csv:4:2"), "{e}");
}

#[test]
fn no_words_in_the_excluded_column_count_the_member() {
    let r = p(
        "Họ và tên;Không tính;Tuân thủ kỷ luật\nA;Không;x\nB;0;x\nC;-;x\nD;Nghỉ thai sản;x\nE;x;x\nF;;x\n",
        &["discipline"],
    )
    .unwrap();
    assert_eq!(r.counted(), 4);
    assert_eq!(r.members[3].excluded.as_deref(), Some("Nghỉ thai sản"));
    assert_eq!(r.members[4].excluded.as_deref(), Some("x"));
    let w: Vec<&str> = r.warnings.iter().map(|w| w.en.as_str()).collect();
    assert!(
        w.len() == 1 && w[0].contains("r.csv:6:2") && w[0].contains("no reason"),
        "{w:?}"
    );
}

#[test]
fn a_footer_ends_the_list() {
    let text = "TRƯỜNG MẦM NON HOA SEN\nDANH SÁCH\n\nSTT;Họ và tên;Tuân thủ kỷ luật\n1;A;x\n\n2;B;Không\nTổng cộng: 2 người;;1\n\nNgười lập biểu;;HIỆU TRƯỞNG\n;Nguyễn Văn C;\n;;Hà Nội, ngày 10 tháng 01 năm 2025\n";
    let r = p(text, &["discipline"]).unwrap();
    assert_eq!(r.members.len(), 2);
    assert_eq!(r.header_line, 4);
    let w = &r.warnings[0].en;
    assert!(
        w.contains("r.csv:8") && w.contains("Tổng cộng") && !w.contains("note"),
        "{w}"
    );
    // A footer only on the signature line, in other columns.
    let r = p(
        "Họ và tên;Tuân thủ kỷ luật\nA;x\n;;\n;Hà Nội, ngày 10 tháng 01 năm 2025\n;HIỆU TRƯỞNG\n",
        &["discipline"],
    )
    .unwrap();
    assert_eq!(r.members.len(), 1);
    assert!(r.warnings[0].en.contains("r.csv:4"), "{:?}", r.warnings);
    // Members after a footer are named in the warning.
    let r = p(
        "Họ và tên;Tuân thủ kỷ luật\nA;x\nCộng;1\nB;x\n",
        &["discipline"],
    )
    .unwrap();
    assert_eq!(r.members.len(), 1);
    assert!(
        r.warnings[0].en.contains("1 row(s) after it"),
        "{:?}",
        r.warnings
    );
}

#[test]
fn every_bad_cell_is_reported_once_with_crlf_lines() {
    let text = "Họ và tên;Tuân thủ kỷ luật;Danh hiệu thi đua\r\nA;maybe;LĐTT\r\n\"B\r\nC\";x;hero\r\nD;??;\r\nE;x;\r\n";
    let e = en(p(text, &["discipline", "emulation_title"]).unwrap_err());
    assert!(
        e.contains("r.csv:2:2: column `Tuân thủ kỷ luật`: `maybe`"),
        "{e}"
    );
    assert!(e.contains("r.csv:3:3:") && e.contains("`hero`"), "{e}");
    assert!(e.contains("r.csv:5:2:") && e.contains("`??`"), "{e}");
    assert!(e.contains("3 problems"), "{e}");
    // CR-only and LF give the same lines.
    let cr = text.replace("\r\n", "\r");
    let e2 = en(p(&cr, &["discipline", "emulation_title"]).unwrap_err());
    assert!(e2.contains("r.csv:5:2:"), "{e2}");
}

#[test]
fn at_most_fifty_problems_then_a_count() {
    let mut text = String::from("name,discipline\n");
    for i in 0..120 {
        text.push_str(&format!("M{i},bad{i}\n"));
    }
    let e = en(p(&text, &["discipline"]).unwrap_err());
    assert_eq!(
        e.lines().filter(|l| l.contains("is not yes/no")).count(),
        50
    );
    assert!(
        e.contains("… and 70 more") && e.contains("120 problems"),
        "{e}"
    );
    let huge = format!("name,discipline\nA,{}\n", "y".repeat(100_000));
    let e = en(p(&huge, &["discipline"]).unwrap_err());
    assert!(e.len() < 1000, "{}", e.len());
}

#[test]
fn likely_duplicates_and_samples() {
    let r = p(
        "Họ và tên,Chức vụ\nTrần Thị B,Giáo viên\nTrần Thị B,Nhân viên\ntrần thị b,giáo viên\n",
        &[],
    )
    .unwrap();
    assert_eq!(r.members.len(), 3);
    let w = &r.warnings[0].en;
    assert!(w.contains("line 2 and line 4"), "{w}");
    let e = en(p(
        "Họ và tên,Chức vụ\nNguyễn Văn A (dòng mẫu – xoá dòng này),Giáo viên\n",
        &[],
    )
    .unwrap_err());
    assert!(e.contains("r.csv:2") && e.contains("sample row"), "{e}");
}

#[test]
fn old_spellings_in_headers_and_office_values() {
    let r = p(
        "Họ và tên;Tuân thủ kỉ luật;Hoàn thành bồi dưỡng\nA;Đạt;Đã hoàn thành\nB;Không đạt;Chưa\nC;√;Chưa có\n",
        &["discipline", "mandatory_training"],
    )
    .unwrap();
    let d = vocab::yes_no_bit("discipline").unwrap();
    let t = vocab::yes_no_bit("mandatory_training").unwrap();
    let yes: Vec<u32> = r.members.iter().map(|m| m.yes).collect();
    assert_eq!(yes, vec![d | t, 0, d]);
}
