//! `dvht score ROSTER --rubric R`: score one unit.
//!
//! Reads the roster, the unit's `evidence.toml` (given with `--evidence`, or found
//! beside the roster), scores it under the rubric and prints a table, JSON or CSV.
//!
//! ```text
//! $ dvht score examples/th-tan-hoa-1/roster.csv --rubric tt24
//! ```
//! Exit status: 0 recognised, 1 not recognised, 2 bad input.

use super::{as_of, deliver, deliver_text, guard_inputs, output};
use crate::cli::{FormatName, ScoreArgs, ScoreFormat};
use crate::error::Result;
use crate::lang::Lang;
use crate::output::{choose_format, Kind};
use crate::rubric::Catalog;
use crate::score::{self, Options};
use crate::{report, unit};

pub fn run(args: &ScoreArgs, catalog: &Catalog, lang: Lang, quiet: bool) -> Result<i32> {
    let rubric = catalog.load(&args.rubric)?;
    let as_of = as_of(args.as_of.as_deref())?;
    let format = choose_format(
        args.output.as_deref(),
        args.format,
        ScoreFormat::Table,
        &[
            (Kind::Table, ScoreFormat::Table),
            (Kind::Json, ScoreFormat::Json),
            (Kind::Csv, ScoreFormat::Csv),
        ],
        FormatName::name,
    )?;
    let out = output(args.output.as_deref())?;
    let read = args.read.options();
    let mut unit = unit::load_with(&args.roster, args.evidence.as_deref(), &rubric, &read)?;
    unit.verify_evidence(args.strict_evidence)?;
    let opts = Options {
        as_of,
        today: crate::calendar::today()?,
        strict_evidence: args.strict_evidence,
        explain: args.explain,
    };
    guard_inputs(
        out.as_ref(),
        &args.roster,
        unit.manifest.as_ref(),
        &[&rubric],
    )?;
    let assessment = score::assess(&rubric, &unit.roster, unit.manifest.as_ref(), &opts)?;
    match format {
        ScoreFormat::Table => deliver_text(
            out.as_ref(),
            &report::table::render(&assessment, lang, args.explain),
            quiet,
        )?,
        ScoreFormat::Json => deliver(
            out.as_ref(),
            report::json::render(&assessment, lang, args.explain).as_bytes(),
            quiet,
        )?,
        ScoreFormat::Csv => deliver_text(
            out.as_ref(),
            &report::csv::render(&assessment, lang, args.bom),
            quiet,
        )?,
    }
    Ok(if assessment.outcome.recognized { 0 } else { 1 })
}
