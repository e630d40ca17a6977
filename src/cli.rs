//! Command-line definitions (clap derive). The long help teaches by example.

use crate::lang::Lang;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Exit status:
  0  the command ran; score: the unit is recognised; check-evidence: no problem found
  1  the command ran; score: not recognised; check-evidence: problems found
  2  usage error or unreadable / invalid input (the message names file, line and column)

Built-in rubrics: hanoi-2021 (alias hanoi), tt24-2023 (alias tt24); or a path to a rubric .toml.

Examples:
  dvht score examples/thpt-so-2-tuy-phuoc/roster.csv --rubric tt24
  dvht score roster.csv --rubric hanoi --format json --lang en
  dvht score roster.csv --rubric tt24 --as-of 2025-09-15 --explain";

#[derive(Debug, Parser)]
#[command(
    name = "dvht",
    version,
    about = "Chấm điểm \"Đơn vị học tập\" — score Vietnamese learning-unit evaluations",
    long_about = "Chấm điểm \"Đơn vị học tập\" theo bộ tiêu chí (Hà Nội 2021, TT 24/2023).\n\
Scores a Vietnamese \"learning unit\" from its staff roster (CSV) and its evidence.toml \
against a versioned rubric, criterion by criterion, with the total and the recognition outcome.",
    after_long_help = AFTER_HELP
)]
pub struct Cli {
    /// Language of messages and tables: vi (default) or en
    #[arg(long, global = true, value_enum, default_value_t = Lang::Vi)]
    pub lang: Lang,

    /// Print nothing but errors (the exit status is unchanged)
    #[arg(long, short, global = true)]
    pub quiet: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score one unit: criterion table, total, recognition outcome, warnings
    #[command(after_long_help = AFTER_HELP)]
    Score(ScoreArgs),
    /// Score every unit under a folder (each folder with a roster.csv): one row per unit
    /// and a summary by outcome
    #[command(after_long_help = BATCH_AFTER_HELP)]
    Batch(BatchArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScoreFormat {
    /// A table for people (Vietnamese by default)
    Table,
    /// One JSON object, schema `dvht.assessment/1` (decimals as strings)
    Json,
    /// One row per criterion, ready for a spreadsheet
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct ScoreArgs {
    /// The roster CSV (one row per member), or `-` for standard input
    pub roster: PathBuf,

    /// Rubric: hanoi-2021 (hanoi), tt24-2023 (tt24), or a path to a rubric .toml
    #[arg(long, short)]
    pub rubric: String,

    /// The unit's evidence.toml [default: evidence.toml beside the roster, if present]
    #[arg(long, short)]
    pub evidence: Option<PathBuf>,

    /// Output format
    #[arg(long, short, value_enum, default_value_t = ScoreFormat::Table)]
    pub format: ScoreFormat,

    /// Date at which level-2 eligibility is judged (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,

    /// Score a criterion with no supporting evidence as 0 points / not reached,
    /// as an assessment council would ("có minh chứng cụ thể")
    #[arg(long)]
    pub strict_evidence: bool,

    /// List, per criterion, the members (id and name) who do not meet it
    #[arg(long)]
    pub explain: bool,

    /// CSV output: start with a UTF-8 byte-order mark so Excel reads Vietnamese correctly
    #[arg(long)]
    pub bom: bool,
}

const BATCH_AFTER_HELP: &str = "\
A unit is a folder holding roster.csv (and usually evidence.toml), at any depth under DIR;
a unit's own sub-folders are not searched. Units are listed in folder-name order.

Exit status:
  0  every unit was scored (whatever their outcomes)
  2  a unit could not be read (it is reported with its error; the others are scored),
     or a usage error

Examples:
  dvht batch huyen-tuy-phuoc/ --rubric tt24
  dvht batch huyen-tuy-phuoc/ --rubric hanoi --format csv --bom > tong-hop.csv
  dvht batch ca-nuoc/ --rubric tt24 --format json --jobs 2 --check-evidence";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BatchFormat {
    /// A table for people, ending with a summary by outcome
    Table,
    /// One row per unit, ready for a spreadsheet
    Csv,
    /// One JSON object, schema `dvht.batch/1`
    Json,
}

#[derive(Debug, clap::Args)]
pub struct BatchArgs {
    /// The folder holding the units (one sub-folder with a roster.csv per unit)
    pub dir: PathBuf,

    /// Rubric: hanoi-2021 (hanoi), tt24-2023 (tt24), or a path to a rubric .toml
    #[arg(long, short)]
    pub rubric: String,

    /// Output format
    #[arg(long, short, value_enum, default_value_t = BatchFormat::Table)]
    pub format: BatchFormat,

    /// Date at which level-2 eligibility is judged (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,

    /// Units scored at once [default: one per processor]
    #[arg(long, short, value_name = "N")]
    pub jobs: Option<usize>,

    /// Score a criterion with no supporting evidence as 0 points / not reached
    #[arg(long)]
    pub strict_evidence: bool,

    /// Also check each unit's evidence files exist inside its folder
    /// (an `evidence_problems` count per unit)
    #[arg(long)]
    pub check_evidence: bool,

    /// CSV output: start with a UTF-8 byte-order mark so Excel reads Vietnamese correctly
    #[arg(long)]
    pub bom: bool,
}
