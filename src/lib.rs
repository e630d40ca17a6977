//! `dvht`: scores Vietnamese "Đơn vị học tập" (learning unit) evaluations.
//!
//! Files → parsing (`roster`, `manifest`, `rubric`) → the pure engine (`score`) → an
//! `Assessment` → `report` renderers. `run` is the whole program, in-process, so
//! tests can call it.

pub mod batch;
pub mod calendar;
pub mod cli;
pub mod commands;
pub mod date;
pub mod digest;
pub mod error;
pub mod evidence;
pub mod help;
pub mod i18n;
pub mod input;
pub mod lang;
pub mod manifest;
pub mod narrative;
pub mod output;
pub mod report;
pub mod roster;
pub mod rubric;
pub mod score;
pub mod template;
pub mod toml_diag;
pub mod unit;
pub mod vocab;
pub mod warning;

use cli::{Cli, Command};

/// Runs a parsed command line; returns the exit status.
pub fn run(cli: &Cli) -> error::Result<i32> {
    let catalog = rubric::Catalog::new(&cli.rubrics_dir);
    match &cli.command {
        Command::Score(args) => commands::score::run(args, &catalog, cli.lang, cli.quiet),
        Command::Report(args) => commands::report::run(args, &catalog, cli.lang, cli.quiet),
        Command::Dossier(args) => commands::dossier::run(args, &catalog, cli.lang, cli.quiet),
        Command::Rubric(sub) => commands::rubric::run(sub, &catalog, cli.lang, cli.quiet),
        Command::Compare(args) => commands::compare::run(args, &catalog, cli.lang, cli.quiet),
        Command::Init(args) => commands::init::run(args, &catalog, cli.lang, cli.quiet),
        Command::CheckEvidence(args) => {
            commands::check_evidence::run(args, &catalog, cli.lang, cli.quiet)
        }
        Command::Evidence(cmd) => commands::evidence::run(cmd, cli.lang, cli.quiet),
        Command::Batch(args) => commands::batch::run(args, &catalog, cli.lang, cli.quiet),
        Command::Completions(args) => commands::completions::run(args),
        Command::Man => commands::man::run(),
    }
}
