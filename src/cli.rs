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
    /// Print the unit's summary form (TT 24 mẫu M4 / Hà Nội score sheet) and an
    /// action plan, as HTML (A4), xlsx or Markdown
    #[command(after_long_help = REPORT_HELP)]
    Report(ReportArgs),
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

const REPORT_HELP: &str = "\
Exit status: 0 the report was written (whatever the outcome); 2 usage error or bad input.

Examples:
  dvht report examples/th-tan-hoa-1/roster.csv --rubric tt24 -o m4.html
  dvht report roster.csv --rubric tt24 --format xlsx -o m4.xlsx --place \"Tân Hòa\"
  dvht report roster.csv --rubric hanoi --format md --head \"Trần Hoàng Khải\"";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// One self-contained HTML page, printable on A4
    Html,
    /// An Excel workbook: results, action plan, information (real number cells)
    Xlsx,
    /// Markdown
    Md,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The roster CSV (one row per member), or `-` for standard input
    pub roster: PathBuf,

    /// Rubric: hanoi-2021 (hanoi), tt24-2023 (tt24), or a path to a rubric .toml
    #[arg(long, short)]
    pub rubric: String,

    /// The unit's evidence.toml [default: evidence.toml beside the roster, if present]
    #[arg(long, short)]
    pub evidence: Option<PathBuf>,

    /// Output format
    #[arg(long, short, value_enum, default_value_t = ReportFormat::Html)]
    pub format: ReportFormat,

    /// Write the report to FILE (atomically) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Date at which level-2 eligibility is judged (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,

    /// Score a criterion with no supporting evidence as 0 points / not reached
    #[arg(long)]
    pub strict_evidence: bool,

    /// The place on the date line ("Tân Hòa, ngày … tháng … năm …")
    #[arg(long)]
    pub place: Option<String>,

    /// The date the form is signed (YYYY-MM-DD) [default: the --as-of date]
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,

    /// The governing body printed above the unit's name ("UBND huyện Tân Hiệp")
    #[arg(long)]
    pub authority: Option<String>,

    /// Name printed under "Người lập biểu" (who prepared the form)
    #[arg(long, value_name = "NAME")]
    pub prepared_by: Option<String>,

    /// Name printed under "Thủ trưởng đơn vị" (the head of the unit)
    #[arg(long, value_name = "NAME")]
    pub head: Option<String>,

    /// Leave out the action plan (it names members; the dossier does not need it)
    #[arg(long)]
    pub no_action_plan: bool,
}
