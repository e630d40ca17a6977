//! Dates as the forms write and read them: `2024-01-20` or `20/01/2024` in inputs;
//! `15/01/2025` in table cells; "ngày 05 tháng 3 năm 2025" in running text, as Nghị
//! định 30/2020/NĐ-CP writes it. Below every reader and renderer: it knows no rubric,
//! manifest or calendar.

use crate::lang::Lang;
use crate::t;
use chrono::{Datelike, NaiveDate};

/// `2024-01-20` or `20/01/2024`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .ok()
}

/// `15/01/2025`: the short form for table cells.
pub fn short_date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// A date as Nghị định 30/2020/NĐ-CP writes it: `ngày 05 tháng 3 năm 2025`
/// (a leading zero for days below 10 and for months 1 and 2); English `5 March 2025`.
pub fn long_date(d: NaiveDate, lang: Lang) -> String {
    let (day, month, year) = match lang {
        Lang::Vi => (
            format!("{:02}", d.day()),
            vi_month(d.month()),
            d.year().to_string(),
        ),
        // The English month's name, from chrono.
        Lang::En => (
            d.day().to_string(),
            d.format("%B").to_string(),
            d.format("%Y").to_string(),
        ),
    };
    t!(
        lang,
        "calendar-long-date",
        day = day,
        month = month,
        year = year
    )
}

/// A month number as Nghị định 30/2020/NĐ-CP writes it: `01`, `02`, then `3` … `12`.
pub fn vi_month(m: u32) -> String {
    if m <= 2 {
        format!("{m:02}")
    } else {
        m.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn dates_in_two_forms() {
        assert_eq!(
            parse_date("20/01/2024"),
            NaiveDate::from_ymd_opt(2024, 1, 20)
        );
        assert_eq!(
            parse_date("2024-01-20"),
            NaiveDate::from_ymd_opt(2024, 1, 20)
        );
        assert_eq!(parse_date("2024-02-30"), None);
    }

    #[test]
    fn dates_read_as_nghi_dinh_30_writes_them() {
        assert_eq!(
            long_date(d("2025-01-15"), Lang::Vi),
            "ngày 15 tháng 01 năm 2025"
        );
        assert_eq!(
            long_date(d("2025-03-05"), Lang::Vi),
            "ngày 05 tháng 3 năm 2025"
        );
        assert_eq!(
            long_date(d("2024-02-29"), Lang::Vi),
            "ngày 29 tháng 02 năm 2024"
        );
        assert_eq!(
            long_date(d("2024-09-15"), Lang::Vi),
            "ngày 15 tháng 9 năm 2024"
        );
        assert_eq!(
            long_date(d("2024-12-31"), Lang::Vi),
            "ngày 31 tháng 12 năm 2024"
        );
        assert_eq!(long_date(d("2025-03-05"), Lang::En), "5 March 2025");
    }
}
