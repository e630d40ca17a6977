//! `dvht compare ROSTER --rubric OLD --rubric NEW`: one unit under two rubrics, side
//! by side — "we were Tốt under the old rules; where do we stand under TT 24?".
//!
//! Criteria are lined up by what they measure (`rubric::diff::pairs`), so Hà Nội 2.2
//! sits beside TT 24 2.1 (both `discipline`).
//!
//! ```text
//! $ dvht compare examples/th-tan-hoa-1/roster.csv --rubric hanoi --rubric tt24
//! ```
//! Exit status: 0 compared, 2 usage error or bad input.

use super::{as_of, deliver, deliver_text, guard_inputs, output};
use crate::cli::{CompareArgs, CompareFormat, FormatName};
use crate::error::{Error, Problem, Result};
use crate::lang::Lang;
use crate::output::{choose_format, Kind};
use crate::rubric::Catalog;
use crate::score::{self, Options};
use crate::{report, rubric, unit};

pub fn run(args: &CompareArgs, catalog: &Catalog, lang: Lang, quiet: bool) -> Result<i32> {
    let [old, new] = args.rubric.as_slice() else {
        return Err(Error::usage(Problem::CompareNeedsTwo {
            got: args.rubric.len(),
        }));
    };
    let a = catalog.load(old)?;
    let b = catalog.load(new)?;
    let as_of = as_of(args.as_of.as_deref())?;
    let format = choose_format(
        args.output.as_deref(),
        args.format,
        CompareFormat::Table,
        &[
            (Kind::Table, CompareFormat::Table),
            (Kind::Json, CompareFormat::Json),
        ],
        FormatName::name,
    )?;
    let out = output(args.output.as_deref())?;
    // Read the unit once (the roster may be standard input), requiring the columns
    // either rubric reads: a rubric with both rubrics' criteria asks for exactly that.
    let mut both = a.clone();
    both.criteria.extend(b.criteria.iter().cloned());
    let mut unit = unit::load_with(
        &args.roster,
        args.evidence.as_deref(),
        &both,
        &args.read.options(),
    )?;
    unit.verify_evidence(args.strict_evidence)?;
    let opts = Options {
        as_of,
        today: crate::calendar::today()?,
        strict_evidence: args.strict_evidence,
        explain: false,
    };
    guard_inputs(
        out.as_ref(),
        &args.roster,
        unit.manifest.as_ref(),
        &[&a, &b],
    )?;
    let ra = score::assess(&a, &unit.roster, unit.manifest.as_ref(), &opts)?;
    let rb = score::assess(&b, &unit.roster, unit.manifest.as_ref(), &opts)?;
    let pairs = rubric::diff::pairs(&a, &b);
    match format {
        CompareFormat::Table => deliver_text(
            out.as_ref(),
            &report::compare::table(&pairs, &ra, &rb, lang),
            quiet,
        )?,
        CompareFormat::Json => deliver(
            out.as_ref(),
            report::compare::json(&pairs, &ra, &rb, lang).as_bytes(),
            quiet,
        )?,
    }
    Ok(0)
}
