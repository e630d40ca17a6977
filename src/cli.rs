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
  dvht score roster.csv --rubric tt24 --as-of 2025-09-15 --explain
  dvht score danh-sach.xlsx --rubric tt24 --sheet \"Danh sách\"
  dvht score danh-sach.csv --rubric hanoi --encoding windows-1258";

/// `--version`: the program's version and the built-in rubrics' versions.
pub fn long_version() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| {
        let rubrics = crate::rubric::BUILTINS
            .iter()
            .map(|(id, alias, text)| {
                let version = text
                    .lines()
                    .take_while(|l| !l.trim_start().starts_with('['))
                    .find_map(|l| {
                        let (k, v) = l.split_once('=')?;
                        (k.trim() == "version").then(|| v.trim().trim_matches('"').to_string())
                    })
                    .unwrap_or_else(|| "?".to_string());
                format!("\n  {id} (alias {alias}) version {version}")
            })
            .collect::<String>();
        format!("{}\nbuilt-in rubrics:{rubrics}", env!("CARGO_PKG_VERSION"))
    })
}

#[derive(Debug, Parser)]
#[command(
    name = "dvht",
    version,
    long_version = long_version(),
    about = "Chấm điểm \"Đơn vị học tập\" — score Vietnamese learning-unit evaluations",
    long_about = "Chấm điểm \"Đơn vị học tập\" theo bộ tiêu chí (Hà Nội 2021, TT 24/2023).\n\
Scores a Vietnamese \"learning unit\" from its staff roster (CSV, or an .xlsx/.xls/.ods workbook) and its evidence.toml \
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
    /// Print a shell completion script: `dvht completions bash > /etc/bash_completion.d/dvht`
    Completions(CompletionsArgs),
    /// Print the manual page (roff): `dvht man > dvht.1 && man ./dvht.1`
    Man,
}

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
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
    /// The roster (one row per member): CSV, or an .xlsx/.xls/.ods workbook; `-` for
    /// standard input
    pub roster: PathBuf,

    /// Workbook rosters: the sheet to read [default: the first sheet]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,

    /// CSV rosters: the text encoding; a byte-order mark always wins
    #[arg(long, value_enum, default_value_t = crate::input::Encoding::Auto)]
    pub encoding: crate::input::Encoding,

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
