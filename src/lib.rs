//! `dvht`: scores Vietnamese "Đơn vị học tập" (learning unit) evaluations.
//!
//! Files → parsing (`roster`, `manifest`, `rubric`) → the pure engine (`score`) → an
//! [`Assessment`](score::assessment::Assessment) → renderers. As a library:
//!
//! - load a rubric: [`rubric::load`] (a built-in by id or alias, or a file), or a
//!   [`rubric::Catalog`] over rubric folders; a [`rubric::Rubric`] that exists has
//!   passed the checker, and only the loader makes one;
//! - read a unit: [`unit::load`] (the roster and the `evidence.toml` beside it), or
//!   the parts alone ([`roster::read_with`], [`manifest::read`]);
//! - assess it: [`score::assess`] gives an [`Assessment`](score::assessment::Assessment),
//!   plain data with its [`Warning`]s;
//! - check its evidence files: [`evidence::check`];
//! - every failure is an [`Error`] that names the file, line, column and value, and
//!   renders itself in either [`Lang`].
//!
//! ```no_run
//! let rubric = dvht::rubric::load("tt24")?;
//! let unit = dvht::unit::load("examples/mn-hoa-sen/roster.csv".as_ref(), None, &rubric)?;
//! let opts = dvht::score::Options {
//!     as_of: None,
//!     today: chrono::NaiveDate::from_ymd_opt(2025, 6, 30).unwrap(),
//!     strict_evidence: false,
//!     explain: false,
//! };
//! let a = dvht::score::assess(&rubric, &unit.roster, unit.manifest.as_ref(), &opts)?;
//! println!("{}", a.outcome.label(dvht::Lang::En));
//! # Ok::<(), dvht::Error>(())
//! ```
//!
//! The `dvht` command itself is [`cli_main`].

// Every type the public API hands out can be named by its users.
#![warn(unnameable_types)]

pub mod error;
pub mod evidence;
pub mod input;
pub mod manifest;
pub mod roster;
pub mod rubric;
pub mod score;
pub mod unit;
pub mod vocab;

mod batch;
mod calendar;
mod cli;
mod commands;
mod date;
mod digest;
mod help;
mod i18n;
mod lang;
mod narrative;
mod output;
mod report;
mod template;
mod text;
mod toml_diag;
mod warning;

pub use error::{Error, Result};
pub(crate) use i18n::{key, t};
pub use lang::Lang;
pub use warning::Warning;

/// What only the fuzz targets (`fuzz/`, built by cargo-fuzz with `--cfg fuzzing`)
/// reach: the workbook sheet reader with its format forced, whatever the bytes say.
/// Not part of the library.
#[cfg(fuzzing)]
pub mod fuzzing {
    pub use crate::input::{
        sheet::Row,
        workbook::{read as read_sheet, Sheet},
    };
}

use cli::{Cli, Command};
use std::ffi::OsString;

/// The `dvht` command, in-process: parses `args` (the program name first), runs the
/// command, prints any error to stderr (made safe for a terminal), and returns the
/// exit status (SPEC.md).
pub fn cli_main(args: Vec<OsString>) -> i32 {
    input::workbook::install_panic_hook();
    let cli = match help::parse(args) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    match run(&cli) {
        Ok(code) => code,
        Err(e) => {
            if !matches!(e, Error::BrokenPipe) {
                eprintln!("{}", output::printable(&e.render(cli.lang)));
            }
            e.exit_code()
        }
    }
}

/// Runs a parsed command line; returns the exit status.
fn run(cli: &Cli) -> Result<i32> {
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
