//! `dvht score ROSTER --rubric R`: score one unit.
//!
//! Reads the roster, the unit's `evidence.toml` (given with `--evidence`, or found
//! beside the roster), scores it under the rubric and prints a table, JSON or CSV.
//!
//! ```text
//! $ dvht score examples/th-tan-hoa-1/roster.csv --rubric tt24
//! ```
//! Exit status: 0 recognised, 1 not recognised, 2 bad input.

use super::{as_of, emit};
use crate::cli::{ScoreArgs, ScoreFormat};
use crate::engine::{self, Options};
use crate::error::Result;
use crate::lang::Lang;
use crate::{manifest, report, roster, rubric};
use std::path::{Path, PathBuf};

pub fn run(args: &ScoreArgs, lang: Lang, quiet: bool) -> Result<i32> {
    let rubric = rubric::load(&args.rubric)?;
    let as_of = as_of(args.as_of.as_deref())?;
    let manifest_path = evidence_path(&args.roster, args.evidence.as_deref());
    let manifest = manifest_path.as_deref().map(manifest::read).transpose()?;
    let roster = roster::read(&args.roster, &rubric.roster_columns())?;
    if roster.counted() == 0 {
        return Err(crate::error::Error::input(
            crate::error::Location::file(&args.roster),
            "không có thành viên nào được tính (chỉ có dòng tiêu đề, hoặc mọi thành viên đều ở cột `Không tính`): không thể chấm",
            "no counted member (header only, or everyone is excluded): nothing to score",
        ));
    }
    let opts = Options {
        as_of,
        strict_evidence: args.strict_evidence,
        explain: args.explain,
    };
    let assessment = engine::assess(&rubric, &roster, manifest.as_ref(), &opts);
    if !quiet {
        let text = match args.format {
            ScoreFormat::Table => report::table::render(&assessment, lang, args.explain),
            ScoreFormat::Json => report::json::render(&assessment, lang, args.explain),
            ScoreFormat::Csv => report::csv::render(&assessment, lang, args.bom),
        };
        emit(&text)?;
    }
    Ok(if assessment.outcome.recognized { 0 } else { 1 })
}

/// `--evidence`, else `evidence.toml` beside the roster when it exists.
pub fn evidence_path(roster: &Path, given: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = given {
        return Some(p.to_path_buf());
    }
    if roster == Path::new("-") {
        return None;
    }
    let beside = roster
        .parent()
        .unwrap_or(Path::new("."))
        .join("evidence.toml");
    beside.is_file().then_some(beside)
}
