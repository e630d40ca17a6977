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

use crate::error::{Error, Problem, Result};
use crate::key;
pub use crate::output::emit;

/// `--as-of`: a date in `YYYY-MM-DD` (or `DD/MM/YYYY`). `None` when not given: the
/// engine then takes the calendar's default (`calendar::resolve_as_of`).
pub fn as_of(value: Option<&str>) -> Result<Option<chrono::NaiveDate>> {
    flag_date("--as-of", value, "2025-06-30")
}

/// A date flag's value, or a usage error naming the flag and showing an example.
fn flag_date(
    flag: &'static str,
    value: Option<&str>,
    example: &'static str,
) -> Result<Option<chrono::NaiveDate>> {
    match value {
        None => Ok(None),
        Some(s) => crate::date::parse_date(s).map(Some).ok_or_else(|| {
            Error::usage(Problem::BadDate {
                flag,
                value: s.to_string(),
                example,
            })
        }),
    }
}

/// `-o FILE`: the checked target (folder exists, not a folder…), or `None` for
/// standard output (no `-o`, or `-o -`).
pub fn output(path: Option<&std::path::Path>) -> Result<Option<crate::output::Output>> {
    path.filter(|p| *p != std::path::Path::new("-"))
        .map(crate::output::Output::new)
        .transpose()
}

/// Refuses an `-o` that names an input of a one-unit run: the roster, the
/// `evidence.toml`, a rubric file, or a file the manifest lists as evidence.
pub fn guard_inputs(
    out: Option<&crate::output::Output>,
    roster: &std::path::Path,
    manifest: Option<&crate::manifest::Manifest>,
    rubrics: &[&crate::rubric::Rubric],
) -> Result<()> {
    let Some(out) = out else {
        return Ok(());
    };
    out.guard(roster, key!("output-input-roster"))?;
    for r in rubrics {
        if r.origin != "built-in" {
            out.guard(std::path::Path::new(&r.origin), key!("output-input-rubric"))?;
        }
    }
    if let Some(m) = manifest {
        out.guard(&m.path, key!("output-input-evidence-toml"))?;
        for e in &m.evidence {
            if crate::evidence::path::check(&e.file).is_none() {
                out.guard(&m.dir.join(&e.file), key!("output-input-evidence-file"))?;
            }
        }
    }
    Ok(())
}

/// Delivers a command's text for people: to the `-o` file, or to standard output
/// unless `--quiet`; made terminal-safe either way (`output::printable`).
pub fn deliver_text(out: Option<&crate::output::Output>, text: &str, quiet: bool) -> Result<()> {
    let text = crate::output::printable(text);
    deliver(out, text.as_bytes(), quiet)
}

/// Delivers bytes exactly (JSON, a workbook): to the `-o` file, or to standard
/// output unless `--quiet`.
pub fn deliver(out: Option<&crate::output::Output>, bytes: &[u8], quiet: bool) -> Result<()> {
    match out {
        Some(o) => o.write(bytes),
        None if !quiet => emit(bytes),
        None => Ok(()),
    }
}

/// Parses `--date` of a form (report, dossier) early, so a bad date is a usage error
/// before any input is read.
pub fn form_date(form: &crate::cli::FormArgs) -> Result<Option<chrono::NaiveDate>> {
    flag_date("--date", form.date.as_deref(), "2025-01-10")
}

/// The form's own facts from its flags; it is dated `date` or, without `--date`, the day
/// the unit is judged at.
pub fn form_info(
    form: &crate::cli::FormArgs,
    date: Option<chrono::NaiveDate>,
    as_of: chrono::NaiveDate,
    action_plan: bool,
) -> crate::report::summary::FormInfo {
    crate::report::summary::FormInfo {
        place: form.place.clone(),
        date: Some(date.unwrap_or(as_of)),
        authority: form.authority.clone(),
        prepared_by: form.prepared_by.clone(),
        head: form.head.clone(),
        action_plan,
    }
}
