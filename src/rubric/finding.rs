//! What `dvht rubric lint` reports: one problem (or remark) in a rubric file, with
//! its severity, a stable code for scripts, the line and column, and a message in
//! Vietnamese and English.
//!
//! Severity decides what happens next:
//! - `Error`: the rubric cannot be scored with; `rubric::load` refuses it.
//! - `Warning`: it can be scored with, but something is probably wrong (a rule with
//!   no `source`, bands whose points fall as the ratio rises, a key that is ignored).
//! - `Info`: a choice the file makes openly (a gap covered by a declared
//!   `gap_policy`, two adjacent bands with equal points, provisional values).
//!
//! `dvht rubric lint` exits 0 when only `Info` findings remain, 1 otherwise.

use crate::lang::Lang;
use crate::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    /// `error`, `warning`, `info`: the stable name used in JSON.
    pub fn code(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    pub fn label(self, lang: Lang) -> String {
        match self {
            Severity::Error => t!(lang, "rubric-finding-error"),
            Severity::Warning => t!(lang, "rubric-finding-warning"),
            Severity::Info => t!(lang, "rubric-finding-info"),
        }
    }
}

/// The stable finding codes. Scripts may rely on them; new ones may be added.
pub mod code {
    // errors
    pub const TOML_SHAPE: &str = "toml-shape";
    pub const UNKNOWN_KEY: &str = "unknown-key";
    /// A file claims a built-in rubric's id but differs from it (a warning).
    pub const BUILTIN_ID_DIFFERS: &str = "builtin-id-differs";
    pub const INVALID_KIND: &str = "invalid-kind";
    pub const INVALID_ID: &str = "invalid-id";
    pub const DUPLICATE_ID: &str = "duplicate-id";
    pub const UNKNOWN_GROUP: &str = "unknown-group";
    pub const NO_CRITERIA: &str = "no-criteria";
    pub const UNKNOWN_UNIT_KIND: &str = "unknown-unit-kind";
    pub const UNKNOWN_COLUMN: &str = "unknown-column";
    pub const UNKNOWN_FACT: &str = "unknown-fact";
    pub const UNKNOWN_VALUE: &str = "unknown-value";
    pub const INVALID_CONDITION: &str = "invalid-condition";
    pub const INVALID_NUMBER: &str = "invalid-number";
    pub const INVALID_RANGE: &str = "invalid-range";
    pub const INVALID_GAP_POLICY: &str = "invalid-gap-policy";
    pub const BAND_OVERLAP: &str = "band-overlap";
    pub const BAND_GAP: &str = "band-gap";
    pub const MISSING_SCALE: &str = "missing-scale";
    pub const MISSING_MAX: &str = "missing-max";
    pub const POINTS_EXCEED_MAX: &str = "points-exceed-max";
    pub const CRITERION_MAX: &str = "criterion-max";
    pub const GROUP_SUM: &str = "group-sum";
    pub const RUBRIC_SUM: &str = "rubric-sum";
    pub const LEVEL_ORDER: &str = "level-order";
    pub const CLASSIFICATION: &str = "classification";
    pub const RECOGNITION: &str = "recognition";
    // warnings
    pub const MISSING_SOURCE: &str = "missing-source";
    pub const IGNORED_KEY: &str = "ignored-key";
    pub const BAND_ORDER: &str = "band-order";
    pub const SUB_ITEMS_SUM: &str = "sub-items-sum";
    pub const EMPTY_GROUP: &str = "empty-group";
    pub const SHADOWS_BUILTIN: &str = "shadows-builtin";
    // info
    pub const BAND_GAP_DECLARED: &str = "band-gap-declared";
    pub const EQUAL_BANDS: &str = "equal-bands";
    pub const PROVISIONAL: &str = "provisional";
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub code: &'static str,
    /// 1-based physical line and column in the rubric file, when there is a place.
    pub line: Option<u64>,
    pub column: Option<u64>,
    /// The criterion the finding is about, if any.
    pub criterion: Option<String>,
    pub vi: String,
    pub en: String,
}

impl Finding {
    pub fn message(&self, lang: Lang) -> &str {
        lang.pick(&self.vi, &self.en)
    }
}

/// Counts by severity: (errors, warnings, infos).
pub fn tally(findings: &[Finding]) -> (usize, usize, usize) {
    let n = |s| findings.iter().filter(|f| f.severity == s).count();
    (n(Severity::Error), n(Severity::Warning), n(Severity::Info))
}
