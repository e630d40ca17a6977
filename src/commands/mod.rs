//! One module per subcommand. Each returns the process exit status on success.

pub mod batch;
pub mod check_evidence;
pub mod compare;
pub mod completions;
pub mod dossier;
pub mod evidence;
pub mod init;
pub mod man;
pub mod report;
pub mod rubric;
pub mod score;

use crate::error::{Error, Result};
pub use crate::output::emit;

/// `--as-of`: a date in `YYYY-MM-DD` (or `DD/MM/YYYY`), default today.
pub fn as_of(value: Option<&str>) -> Result<chrono::NaiveDate> {
    match value {
        None => Ok(chrono::Local::now().date_naive()),
        Some(s) => crate::manifest::parse_date(s).ok_or_else(|| {
            Error::usage(
                format!("`--as-of {s}` không phải ngày hợp lệ; viết dạng 2025-06-30"),
                format!("`--as-of {s}` is not a valid date; write it as 2025-06-30"),
            )
        }),
    }
}
