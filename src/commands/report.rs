//! `dvht report ROSTER --rubric R --format html|xlsx|md [-o FILE]`: the paper the
//! self-assessment ends on.
//!
//! Scores the unit exactly as `dvht score` does, then lays the result out as the
//! summary form a unit submits — TT 24's "Bản tổng hợp kết quả" (mẫu M4) or Hà Nội's
//! score sheet — with the date line, the signature block, and an action plan that
//! names, per criterion short of its next band or level, the members who do not yet
//! meet it and how many must change.
//!
//! ```text
//! $ dvht report examples/th-tan-hoa-1/roster.csv --rubric tt24 \
//!       --place "Tân Hòa" --head "Trần Hoàng Khải" -o m4.html
//! ```
//! Exit status: 0 when the report was written, 2 on bad input.

use super::{as_of, form_date, form_info};
use super::{deliver, deliver_text, guard_inputs, output};
use crate::cli::{FormatName, PaperFormat, ReportArgs};
use crate::error::{Error, Problem, Result};
use crate::lang::Lang;
use crate::output::{choose_format, Kind};
use crate::rubric::Catalog;
use crate::score::{self, Options};
use crate::{report, unit};
use std::io::IsTerminal;

pub fn run(args: &ReportArgs, catalog: &Catalog, lang: Lang, quiet: bool) -> Result<i32> {
    let rubric = catalog.load(&args.rubric)?;
    let as_of = as_of(args.as_of.as_deref())?;
    let date = form_date(&args.form)?;
    let format = choose_format(
        args.output.as_deref(),
        args.format,
        PaperFormat::Html,
        &[
            (Kind::Html, PaperFormat::Html),
            (Kind::Xlsx, PaperFormat::Xlsx),
            (Kind::Md, PaperFormat::Md),
        ],
        FormatName::name,
    )?;
    let out = output(args.output.as_deref())?;
    if format == PaperFormat::Xlsx && out.is_none() && std::io::stdout().is_terminal() {
        return Err(Error::usage(Problem::XlsxNeedsFile));
    }
    let mut unit = unit::load_with(
        &args.roster,
        args.evidence.as_deref(),
        &rubric,
        &args.read.options(),
    )?;
    unit.verify_evidence(args.strict_evidence)?;
    let opts = Options {
        as_of,
        today: crate::calendar::today()?,
        strict_evidence: args.strict_evidence,
        explain: true,
    };
    guard_inputs(
        out.as_ref(),
        &args.roster,
        unit.manifest.as_ref(),
        &[&rubric],
    )?;
    let assessment = score::assess(&rubric, &unit.roster, unit.manifest.as_ref(), &opts)?;
    let form = form_info(&args.form, date, assessment.as_of, !args.no_action_plan);
    match format {
        PaperFormat::Html => deliver_text(
            out.as_ref(),
            &report::form::html::render(&report::form::Form::new(
                &assessment,
                &rubric,
                &form,
                lang,
            )),
            quiet,
        )?,
        PaperFormat::Md => deliver_text(
            out.as_ref(),
            &report::form::markdown::render(&report::form::Form::new(
                &assessment,
                &rubric,
                &form,
                lang,
            )),
            quiet,
        )?,
        PaperFormat::Xlsx => deliver(
            out.as_ref(),
            &report::xlsx::render(&assessment, &rubric, &form, lang)?,
            quiet,
        )?,
    }
    Ok(0)
}
