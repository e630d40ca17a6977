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
use crate::rubric::Catalog;
use crate::{report, unit};

pub fn run(args: &ScoreArgs, catalog: &Catalog, lang: Lang, quiet: bool) -> Result<i32> {
    let rubric = catalog.load(&args.rubric)?;
    let as_of = as_of(args.as_of.as_deref())?;
    let read = args.read.options();
    let unit = unit::load_with(&args.roster, args.evidence.as_deref(), &rubric, &read)?;
    let opts = Options {
        as_of,
        strict_evidence: args.strict_evidence,
        explain: args.explain,
    };
    let assessment = engine::assess(&rubric, &unit.roster, unit.manifest.as_ref(), &opts);
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
