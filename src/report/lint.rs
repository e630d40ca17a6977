//! `dvht rubric lint`: findings for people (one line each, `file:line:col: severity
//! [code]: message`, like a compiler) and for scripts (`dvht.lint/1`).

use crate::lang::Lang;
use crate::rubric::finding::{tally, Finding};
use serde::Serialize;
use std::fmt::Write;

pub const SCHEMA: &str = "dvht.lint/1";

/// The findings, then a summary line; `file` is shown as given.
pub fn text(file: &str, id: Option<&str>, findings: &[Finding], lang: Lang) -> String {
    let mut out = String::new();
    for f in findings {
        let at = match (f.line, f.column) {
            (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
            (Some(l), None) => format!("{file}:{l}"),
            _ => file.to_string(),
        };
        let _ = writeln!(
            out,
            "{at}: {} [{}]: {}",
            f.severity.label(lang),
            f.code,
            f.message(lang)
        );
    }
    let (e, w, i) = tally(findings);
    let name = id
        .map(|id| format!("{id} ({file})"))
        .unwrap_or_else(|| file.to_string());
    let verdict = if e > 0 {
        crate::t!(lang, "lint-verdict-errors")
    } else if w > 0 {
        crate::t!(lang, "lint-verdict-warnings")
    } else {
        crate::t!(lang, "lint-verdict-clean")
    };
    let _ = writeln!(
        out,
        "{}",
        crate::t!(
            lang,
            "lint-summary",
            name = name,
            errors = e.to_string(),
            warnings = w.to_string(),
            infos = i.to_string(),
            verdict = verdict
        )
    );
    out
}

#[derive(Serialize)]
pub struct LintJson {
    pub schema: &'static str,
    pub file: String,
    /// The rubric's id, when the file declares one.
    pub id: Option<String>,
    pub findings: Vec<FindingJson>,
    pub summary: SummaryJson,
}

#[derive(Serialize)]
pub struct FindingJson {
    /// `error`, `warning` or `info`.
    pub severity: &'static str,
    /// A stable code (README, "Write your own rubric").
    pub code: &'static str,
    pub line: Option<u64>,
    pub column: Option<u64>,
    pub criterion: Option<String>,
    pub message: String,
}

#[derive(Serialize)]
pub struct SummaryJson {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// No error: `--rubric` can score with it.
    pub usable: bool,
}

pub fn json(file: &str, id: Option<&str>, findings: &[Finding], lang: Lang) -> String {
    let (e, w, i) = tally(findings);
    let j = LintJson {
        schema: SCHEMA,
        file: file.to_string(),
        id: id.map(str::to_string),
        findings: findings
            .iter()
            .map(|f| FindingJson {
                severity: f.severity.code(),
                code: f.code,
                line: f.line,
                column: f.column,
                criterion: f.criterion.clone(),
                message: f.message(lang).to_string(),
            })
            .collect(),
        summary: SummaryJson {
            errors: e,
            warnings: w,
            infos: i,
            usable: e == 0,
        },
    };
    let mut s = serde_json::to_string_pretty(&j).expect("plain data serialises");
    s.push('\n');
    s
}
