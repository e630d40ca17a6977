//! Why a workbook is refused before calamine reads it: past a documented limit
//! (README, "limits"), worded from the catalog in the user's language, or
//! damaged in a way the reader would not survive.

pub use crate::error::Limit;
use crate::lang::Lang;

/// Why a workbook is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Over(Limit),
    /// What is broken, as the structural check found it.
    Damaged(String),
}

impl From<Limit> for Refusal {
    fn from(l: Limit) -> Refusal {
        Refusal::Over(l)
    }
}

impl From<String> for Refusal {
    fn from(s: String) -> Refusal {
        Refusal::Damaged(s)
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Over(l) => f.write_str(&l.render(Lang::En)),
            Refusal::Damaged(s) => f.write_str(s),
        }
    }
}
