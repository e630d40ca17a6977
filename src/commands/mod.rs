//! One module per subcommand. Each returns the process exit status on success.

pub mod batch;
pub mod check_evidence;
pub mod compare;
pub mod completions;
pub mod evidence;
pub mod init;
pub mod man;
pub mod report;
pub mod rubric;
pub mod score;

use crate::error::{Error, Problem, Result};
pub use crate::output::emit;

/// `--as-of`: a date in `YYYY-MM-DD` (or `DD/MM/YYYY`), default today.
pub fn as_of(value: Option<&str>) -> Result<chrono::NaiveDate> {
    match value {
        None => Ok(chrono::Local::now().date_naive()),
        Some(s) => crate::manifest::parse_date(s).ok_or_else(|| {
            Error::usage(Problem::BadDate {
                flag: "--as-of",
                value: s.to_string(),
                example: "2025-06-30",
            })
        }),
    }
}
