//! `dvht check-evidence [FILE] [--rubric R]`: prove a dossier's evidence is
//! complete and untampered.
//!
//! Checks every `[[evidence]]` item of the unit's `evidence.toml` — the path is
//! safe and stays inside the manifest's folder (symlinks included), the file
//! exists and is a regular file, its SHA-256 matches when recorded, codes and
//! files are not duplicated, `supports` names known facts and columns — and, with
//! `--rubric`, that every applicable criterion has at least one sound item. Files
//! in the evidence folders that no item names are listed as warnings.
//!
//! ```text
//! $ dvht check-evidence examples/thpt-so-2-tuy-phuoc/evidence.toml --rubric tt24
//! ```
//! Exit status: 0 no problem, 1 problems found, 2 unreadable or invalid input.

use super::emit;
use super::evidence::{manifest_path, progress_bar};
use crate::cli::{CheckEvidenceArgs, EvidenceFormat};
use crate::error::Result;
use crate::evidence::{check, Options, Progress};
use crate::lang::Lang;
use crate::report;
use crate::rubric::Catalog;

pub fn run(args: &CheckEvidenceArgs, catalog: &Catalog, lang: Lang, quiet: bool) -> Result<i32> {
    let rubric = args
        .rubric
        .as_deref()
        .map(|r| catalog.load(r))
        .transpose()?;
    let path = manifest_path(args.file.as_deref());
    let bar = progress_bar(quiet, lang);
    let opts = Options {
        verify_hashes: !args.no_hashes,
        jobs: crate::cli::jobs(args.jobs)?,
        progress: bar.as_ref().map(|b| b as &dyn Progress),
    };
    let report = check(&path, rubric.as_ref(), &opts)?;
    if !quiet {
        match args.format {
            EvidenceFormat::Table => {
                crate::output::emit_text(&report::evidence::render_table(&report, lang))?
            }
            EvidenceFormat::Json => emit(&report::evidence::render_json(&report, lang))?,
        }
    }
    Ok(if report.is_clean() { 0 } else { 1 })
}
