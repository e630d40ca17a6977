//! `dvht init --xlsx`: the roster template as an Excel workbook that prevents the
//! usual mistakes: Vietnamese headers each with a note (what counts as yes, which
//! titles exist), drop-down lists for every yes/no column (`Có`/`Không`) and for
//! the emulation title, a frozen header row, A4 print setup, a `Hướng dẫn` sheet,
//! and two sample rows marked as samples (a roster that still holds them is
//! refused when scored).

use super::{columns, sample_rows, used_by};
use crate::error::Result;
use crate::report::xlsx::xlsx_error;
use crate::rubric::Rubric;
use crate::vocab::{self, CellKind, ColumnDef};
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, Format, FormatAlign, FormatBorder, Note, XlsxError,
};

/// Rows the drop-down lists cover: far more members than any unit has.
const LAST_ROW: u32 = 2000;

/// The name of the roster sheet.
pub const SHEET: &str = "Danh sách";

/// The emulation titles offered in the drop-down list, lowest first.
const TITLE_CHOICES: &[&str] = &[
    "Không",
    "Lao động tiên tiến",
    "Chiến sĩ thi đua cơ sở",
    "Chiến sĩ thi đua cấp tỉnh",
    "Chiến sĩ thi đua toàn quốc",
];

fn note_text(rubrics: &[Rubric], c: &ColumnDef) -> String {
    match (c.name, c.kind) {
        ("id", _) => "Mã thành viên (không bắt buộc). Nếu ghi, mỗi người một mã riêng.".into(),
        ("name", _) => "Bắt buộc. Mỗi thành viên một dòng. Xoá hai dòng mẫu trước khi chấm; dòng \"Tổng cộng\", \"Người lập biểu\"… bên dưới danh sách được bỏ qua.".into(),
        ("role", _) => "Chức vụ (không bắt buộc).".into(),
        ("excluded", _) => "Người được tính: để trống hoặc ghi Không. Người không tính vào tỷ lệ: ghi lý do (Nghỉ thai sản, Hợp đồng dưới 12 tháng…).".into(),
        (_, CellKind::YesNo) => format!(
            "Chọn Có hoặc Không. Dùng cho: {}. Cũng chấp nhận khi dán từ nơi khác: {}.",
            used_by(rubrics, c.name),
            vocab::YES_NO_ACCEPTED
        ),
        (_, CellKind::Title) => format!(
            "Danh hiệu thi đua cá nhân cao nhất của năm đánh giá: {}. Để trống hoặc chọn Không nếu không có. Dùng cho: {}.",
            TITLE_CHOICES[1..].join(", "),
            used_by(rubrics, c.name)
        ),
        (_, CellKind::Text) => String::new(),
    }
}

/// The `Hướng dẫn` sheet's lines.
fn guide(rubrics: &[Rubric]) -> Vec<String> {
    let ids: Vec<&str> = rubrics.iter().map(|r| r.id.as_str()).collect();
    vec![
        "HƯỚNG DẪN ĐIỀN DANH SÁCH THÀNH VIÊN".into(),
        String::new(),
        format!("Bộ tiêu chí: {}.", ids.join(", ")),
        "1. Trang \"Danh sách\": mỗi thành viên (cán bộ, giáo viên, nhân viên) một dòng, từ dòng 2.".into(),
        "2. Xoá hai dòng mẫu (tên có ghi \"dòng mẫu\"): khi còn dòng mẫu, dvht không chấm và báo lỗi.".into(),
        "3. Các cột có/không: chọn Có hoặc Không trong danh sách thả xuống.".into(),
        "4. Cột Không tính: để trống hoặc Không nếu người đó được tính; ghi lý do nếu không tính vào tỷ lệ.".into(),
        "5. Danh hiệu thi đua: chọn danh hiệu cá nhân cao nhất của năm đánh giá (Kế hoạch 103/KH-UBND; Thông tư 24/2023/TT-BGDĐT).".into(),
        "6. Có thể thêm dòng tổng cộng và chữ ký bên dưới danh sách: dòng \"Tổng cộng\", \"Người lập biểu\", \"…, ngày … tháng … năm …\" kết thúc danh sách.".into(),
        format!(
            "7. Chấm: dvht score roster.xlsx --rubric {}",
            ids.first().copied().unwrap_or("tt24")
        ),
    ]
}

/// The workbook's bytes.
pub fn roster_xlsx(rubrics: &[Rubric], today: chrono::NaiveDate) -> Result<Vec<u8>> {
    build(rubrics, today).map_err(xlsx_error)
}

fn build(rubrics: &[Rubric], today: chrono::NaiveDate) -> Result<Vec<u8>, XlsxError> {
    let cols = columns(rubrics);
    let mut wb = crate::report::xlsx::dated_workbook(today);
    let base = Format::new()
        .set_font_name("Times New Roman")
        .set_font_size(12);
    let head = base
        .clone()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_background_color("#DDEBF7")
        .set_border(FormatBorder::Thin);
    let sample = base.clone().set_italic().set_font_color("#7F7F7F");

    let ws = wb.add_worksheet();
    ws.set_name(SHEET)?;
    for (i, c) in cols.iter().enumerate() {
        let col = i as u16;
        ws.write_string_with_format(0, col, c.header_vi, &head)?;
        let text = note_text(rubrics, c);
        if !text.is_empty() {
            let note = Note::new(text)
                .set_author("dvht")
                .set_width(320)
                .set_height(140);
            ws.insert_note(0, col, &note)?;
        }
        let width: u16 = match (c.name, c.kind) {
            ("name", _) => 42,
            ("excluded", _) | ("role", _) => 18,
            (_, CellKind::Title) => 26,
            _ => 14,
        };
        ws.set_column_width(col, width)?;
        match c.kind {
            CellKind::YesNo => {
                let dv = DataValidation::new()
                    .allow_list_strings(&["Có", "Không"])?
                    .set_error_style(DataValidationErrorStyle::Stop)
                    .set_error_title("Chỉ chọn Có hoặc Không")?
                    .set_error_message("Ô này chỉ nhận Có hoặc Không.")?;
                ws.add_data_validation(1, col, LAST_ROW, col, &dv)?;
            }
            CellKind::Title => {
                let dv = DataValidation::new()
                    .allow_list_strings(TITLE_CHOICES)?
                    .set_error_style(DataValidationErrorStyle::Stop)
                    .set_error_title("Danh hiệu thi đua")?
                    .set_error_message("Chọn một danh hiệu trong danh sách, hoặc Không.")?;
                ws.add_data_validation(1, col, LAST_ROW, col, &dv)?;
            }
            CellKind::Text => {}
        }
    }
    ws.set_row_height(0, 36)?;
    for (r, row) in sample_rows(&cols).iter().enumerate() {
        for (i, v) in row.iter().enumerate() {
            ws.write_string_with_format(r as u32 + 1, i as u16, *v, &sample)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    ws.set_repeat_rows(0, 0)?;
    ws.set_paper_size(9); // A4
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);

    let g = wb.add_worksheet();
    g.set_name("Hướng dẫn")?;
    g.set_column_width(0, 100)?;
    for (r, line) in guide(rubrics).iter().enumerate() {
        let f = if r == 0 {
            base.clone().set_bold().set_font_size(14)
        } else {
            base.clone().set_text_wrap()
        };
        g.write_string_with_format(r as u32, 0, line, &f)?;
    }
    g.set_paper_size(9);
    g.set_print_fit_to_pages(1, 0);
    wb.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_reads_back_and_its_samples_are_refused() {
        let rs = [crate::rubric::load("tt24").unwrap()];
        let bytes =
            roster_xlsx(&rs, chrono::NaiveDate::from_ymd_opt(2025, 1, 15).unwrap()).unwrap();
        let p = std::path::Path::new("roster.xlsx");
        let cols = crate::rubric::load("tt24").unwrap().roster_columns();
        let e = crate::roster::from_bytes(&bytes, p, &cols, &Default::default()).unwrap_err();
        let e = e.render(crate::lang::Lang::En);
        assert!(e.contains("sample row") && e.contains("!2:2"), "{e}");
        // Every choice of the drop-downs reads.
        for t in TITLE_CHOICES {
            assert!(vocab::parse_title(&crate::text::fold(t)).is_some(), "{t}");
        }
    }
}
