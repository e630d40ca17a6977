//! Command-line definitions (clap derive). The long help teaches by example.

use crate::input::Encoding;
use crate::lang::Lang;
use clap::builder::{EnumValueParser, TypedValueParser};
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
  dvht check-evidence examples/mn-hoa-sen --rubric tt24
  dvht evidence hash evidence.toml
  dvht score danh-sach.xlsx --rubric tt24 --sheet \"Danh sách\"
  dvht score danh-sach.csv --rubric hanoi --encoding windows-1258";

/// `--version`: the program's version and the built-in rubrics' versions.
pub fn long_version() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| {
        let rubrics = crate::rubric::BUILTINS
            .iter()
            .map(|(id, alias, text)| {
                let version = crate::rubric::catalog::peek(text)
                    .version
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
    #[arg(long, global = true, default_value = "vi",
          value_parser = EnumValueParser::<LangArg>::new().map(Lang::from))]
    pub lang: Lang,

    /// Print nothing but errors (the exit status is unchanged)
    #[arg(long, short, global = true)]
    pub quiet: bool,

    /// A folder of rubric .toml files that `--rubric ID` and `dvht rubric list` also
    /// search (repeatable) [default: $DVHT_RUBRICS, else ./rubrics when present]
    #[arg(long = "rubrics-dir", global = true, value_name = "DIR")]
    pub rubrics_dir: Vec<PathBuf>,

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

    /// Rubrics: list them, show one, lint a rubric file, diff two
    #[command(subcommand)]
    Rubric(RubricCommand),

    /// One unit under two rubrics, side by side ("we were Tốt; where are we under TT 24?")
    #[command(after_long_help = COMPARE_HELP)]
    Compare(CompareArgs),

    /// Create a roster template and an evidence.toml skeleton for a rubric
    #[command(after_long_help = INIT_HELP)]
    Init(InitArgs),

    /// Check an evidence.toml: every file present, inside its folder and unchanged;
    /// with --rubric, every criterion backed by evidence
    #[command(after_long_help = EVIDENCE_HELP)]
    CheckEvidence(CheckEvidenceArgs),

    /// Maintain an evidence.toml: `dvht evidence hash` records each file's SHA-256
    #[command(subcommand)]
    Evidence(EvidenceCommand),

    /// Print the unit's summary form (TT 24 mẫu M4 / Hà Nội score sheet) and an
    /// action plan, as HTML (A4), xlsx or Markdown
    #[command(after_long_help = REPORT_HELP)]
    Report(ReportArgs),

    /// Write the unit's whole dossier (hồ sơ) into one folder: Word forms (TT 24:
    /// Tờ trình, M1, M2, M3; Hà Nội: Biên bản, report), the M4 / score sheet, the action
    /// plan, and an index with each file's SHA-256
    #[command(after_long_help = DOSSIER_HELP)]
    Dossier(DossierArgs),

    /// Print a shell completion script: `dvht completions bash > /etc/bash_completion.d/dvht`
    Completions(CompletionsArgs),
    /// Print the manual page (roff): `dvht man > dvht.1 && man ./dvht.1`
    Man,
}

const EVIDENCE_HELP: &str = "\
Exit status:
  0  no problem found (warnings such as unreferenced files allowed)
  1  problems found: each is listed with a stable code (missing-file, hash-mismatch,
     outside-folder, absolute-path, unsafe-path, duplicate-code, duplicate-file,
     unknown-supports, no-evidence-for-criterion, ...)
  2  usage error, or the evidence.toml cannot be read or is invalid

Examples:
  dvht check-evidence examples/mn-hoa-sen/evidence.toml --rubric tt24
  dvht check-evidence units/th-tan-hoa-1 --rubric hanoi --format json
  dvht evidence hash examples/mn-hoa-sen/evidence.toml";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvidenceFormat {
    /// Tables for people: one row per item and per criterion, then the problems
    Table,
    /// One JSON object, schema `dvht.evidence/1`
    Json,
}

#[derive(Debug, clap::Args)]
pub struct CheckEvidenceArgs {
    /// The unit's evidence.toml, or its folder [default: ./evidence.toml]
    pub file: Option<PathBuf>,

    /// Also check that every applicable criterion of this rubric has evidence:
    /// hanoi-2021 (hanoi), tt24-2023 (tt24), or a path to a rubric .toml
    #[arg(long, short)]
    pub rubric: Option<String>,

    /// Output format
    #[arg(long, short, value_enum, default_value_t = EvidenceFormat::Table)]
    pub format: EvidenceFormat,

    /// Skip comparing SHA-256 digests (a quick look: paths, files, completeness)
    #[arg(long)]
    pub no_hashes: bool,

    /// Hashing threads, 1 to 256 [default: all cores]
    #[arg(long, short, value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(Debug, Subcommand)]
pub enum EvidenceCommand {
    /// Fill in or refresh each item's `sha256`, keeping comments and layout
    #[command(after_long_help = HASH_HELP)]
    Hash(HashArgs),
}

const HASH_HELP: &str = "\
An item without `sha256` gets one. An item whose file no longer matches its recorded
digest is reported and kept unless --force is given. The file is rewritten atomically
(temp file + rename) and only when something changed.

Exit status:
  0  every item now records the digest of its file
  1  some item could not be hashed (missing or unsafe file) or changed without --force
  2  usage error, or the evidence.toml cannot be read or is invalid

Example:
  dvht evidence hash examples/mn-hoa-sen/evidence.toml";

#[derive(Debug, clap::Args)]
pub struct HashArgs {
    /// The unit's evidence.toml, or its folder [default: ./evidence.toml]
    pub file: Option<PathBuf>,

    /// Re-hash items whose file changed since its digest was recorded
    #[arg(long)]
    pub force: bool,

    /// Hashing threads, 1 to 256 [default: all cores]
    #[arg(long, short, value_name = "N")]
    pub jobs: Option<usize>,
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

/// What a printed form says about itself (place, date, signers): shared by `report`
/// and `dossier`. The help text of each flag is worded per command in the catalog
/// (`cli-report-arg-head`, `cli-dossier-arg-head`: one form or several).
#[derive(Debug, Clone, clap::Args)]
pub struct FormArgs {
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
}

/// How a roster file is read: shared by every command that reads one roster.
#[derive(Debug, Clone, clap::Args)]
pub struct RosterReadArgs {
    /// Workbook rosters: the sheet to read [default: the first sheet]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,

    /// CSV rosters: the text encoding; a byte-order mark always wins
    #[arg(long, default_value = "auto",
          value_parser = EnumValueParser::<EncodingArg>::new().map(Encoding::from))]
    pub encoding: Encoding,
}

impl RosterReadArgs {
    pub fn options(&self) -> crate::input::Options {
        crate::input::Options {
            encoding: self.encoding,
            sheet: self.sheet.clone(),
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct ScoreArgs {
    /// The roster (one row per member): CSV, or an .xlsx/.xls/.ods workbook; `-` for
    /// standard input
    pub roster: PathBuf,

    #[command(flatten)]
    pub read: RosterReadArgs,

    /// Rubric: hanoi-2021 (hanoi), tt24-2023 (tt24), or a path to a rubric .toml
    #[arg(long, short)]
    pub rubric: String,

    /// The unit's evidence.toml [default: evidence.toml beside the roster, if present]
    #[arg(long, short)]
    pub evidence: Option<PathBuf>,

    /// Output format [default: from the `-o` file's extension, else table]
    #[arg(long, short, value_enum)]
    pub format: Option<ScoreFormat>,

    /// Write the output to FILE (atomically) instead of standard output; its
    /// extension (.txt, .json, .csv) chooses the format when --format is not given
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

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

// ------------------------------------------------------------------ rubric, compare, init

const RUBRIC_HELP: &str = "\
Rubric folders: --rubrics-dir DIR, else $DVHT_RUBRICS, else ./rubrics. Every *.toml
file there is found by the `id` written in it: `--rubric my-province-2024`.

Examples:
  dvht rubric list
  dvht rubric show hanoi --format markdown
  dvht rubric show tt24 --format toml > rubrics/my-province-2024.toml
  dvht rubric lint my-province.toml
  dvht rubric diff hanoi-2021 tt24-2023";

const LINT_HELP: &str = "\
Exit status:
  0  no error and no warning (remarks marked `info` may remain)
  1  errors or warnings found (an error makes the rubric unusable for scoring)
  2  the file cannot be read as a rubric (not TOML, no `format`, a newer `format`)

Examples:
  dvht rubric lint rubrics/my-province.toml
  dvht rubric lint hanoi --lang en";

const COMPARE_HELP: &str = "\
Exit status: 0 compared, 2 usage error or bad input.

Examples:
  dvht compare examples/th-tan-hoa-1/roster.csv --rubric hanoi --rubric tt24
  dvht compare roster.csv --rubric hanoi-2021 --rubric my-province.toml --format json";

const INIT_HELP: &str = "\
Writes DIR/roster.csv (Vietnamese headers for exactly the columns the rubrics read,
with two sample rows to replace: a roster that still holds them is refused when
scored), or with --xlsx DIR/roster.xlsx (drop-down lists, a note on each header,
a `Hướng dẫn` sheet), and DIR/evidence.toml (every fact the rubrics read, with its
allowed values in comments), and DIR/tu-danh-gia.toml (every criterion with prompts
for the unit's own words, read by `dvht dossier`). Never overwrites a file: exit 2 instead.

Examples:
  dvht init truong-moi --rubric tt24
  dvht init truong-moi --xlsx
  dvht init";

#[derive(Debug, Subcommand)]
pub enum RubricCommand {
    /// The built-in rubrics and the rubric files in the rubric folders
    #[command(after_long_help = RUBRIC_HELP)]
    List(RubricListArgs),
    /// A whole rubric, readable: criteria, inputs, bands or levels, sources, evidence
    #[command(after_long_help = RUBRIC_HELP)]
    Show(RubricShowArgs),
    /// Check a rubric file: gaps, overlaps, sums, levels, inputs, ids, sources, keys
    #[command(after_long_help = LINT_HELP)]
    Lint(RubricLintArgs),
    /// What changed between two rubrics: criteria added, removed, renamed; thresholds moved
    #[command(after_long_help = RUBRIC_HELP)]
    Diff(RubricDiffArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// Plain text for a terminal
    Text,
    /// Markdown, for a document or a dossier
    Markdown,
    /// One JSON object, schema `dvht.rubric/1`
    Json,
    /// The rubric file itself: a starting point for your own
    Toml,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Plain text for people
    Text,
    /// One JSON object
    Json,
}

#[derive(Debug, clap::Args)]
pub struct RubricListArgs {
    /// Output format
    #[arg(long, short, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Debug, clap::Args)]
pub struct RubricShowArgs {
    /// A built-in id or alias, a rubric file's id, or a path to a rubric .toml
    pub rubric: String,
    /// Output format
    #[arg(long, short, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Debug, clap::Args)]
pub struct RubricLintArgs {
    /// A path to a rubric .toml, a rubric file's id, or a built-in id or alias
    pub rubric: String,
    /// Output format (JSON: schema `dvht.lint/1`)
    #[arg(long, short, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

#[derive(Debug, clap::Args)]
pub struct RubricDiffArgs {
    /// The old rubric (id, alias or path)
    pub old: String,
    /// The new rubric (id, alias or path)
    pub new: String,
    /// Output format (JSON: schema `dvht.rubric-diff/1`)
    #[arg(long, short, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// A side-by-side table for people
    Table,
    /// One JSON object, schema `dvht.compare/1`
    Json,
}

#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    /// The roster CSV (one row per member), or `-` for standard input
    pub roster: PathBuf,

    /// A rubric, given twice: the old one first, then the new one
    #[arg(long, short, required = true, num_args = 1)]
    pub rubric: Vec<String>,

    /// The unit's evidence.toml [default: evidence.toml beside the roster, if present]
    #[arg(long, short)]
    pub evidence: Option<PathBuf>,

    /// Output format [default: from the `-o` file's extension, else table]
    #[arg(long, short, value_enum)]
    pub format: Option<CompareFormat>,

    /// Write the output to FILE (atomically) instead of standard output; its
    /// extension (.txt, .json) chooses the format when --format is not given
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Date at which level-2 eligibility is judged (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,

    /// Score a criterion with no supporting evidence as 0 points / not reached
    #[arg(long)]
    pub strict_evidence: bool,

    #[command(flatten)]
    pub read: RosterReadArgs,
}

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The folder to write roster.csv and evidence.toml into (created if missing)
    #[arg(default_value = ".")]
    pub dir: PathBuf,

    /// The rubric(s) the unit will be scored under (repeatable) [default: every built-in]
    #[arg(long, short)]
    pub rubric: Vec<String>,

    /// Write the roster as an Excel workbook, roster.xlsx, instead of roster.csv:
    /// drop-down lists for yes/no columns and titles, a note on each header, a
    /// `Hướng dẫn` sheet
    #[arg(long)]
    pub xlsx: bool,
}

const BATCH_AFTER_HELP: &str = "\
A unit is a folder holding roster.csv (or roster.xlsx/.xls/.ods) and usually evidence.toml,
at any depth under DIR; a unit's own sub-folders are not searched. Units are listed in folder-name order.

Exit status:
  0  every unit was scored (whatever their outcomes)
  2  a unit could not be read (it is reported with its error; the others are scored),
     or a usage error

Examples:
  dvht batch huyen-tuy-phuoc/ --rubric tt24
  dvht batch huyen-tuy-phuoc/ --rubric hanoi --format csv --bom > tong-hop.csv
  dvht batch ca-nuoc/ --rubric tt24 --format json --jobs 2 --check-evidence
  dvht batch huyen-tuy-phuoc/ --rubric tt24 --format html -o bao-cao-huyen.html
  dvht batch huyen-tuy-phuoc/ --rubric tt24 --list-proposed -o danh-sach.docx";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BatchFormat {
    /// A table for people, ending with a summary by outcome
    Table,
    /// One row per unit, ready for a spreadsheet
    Csv,
    /// One JSON object, schema `dvht.batch/1`
    Json,
    /// The district report: outcome chart, heat map, units — one HTML page, printable on A4
    Html,
    /// The district report as an Excel workbook, one sheet per view (needs -o on a terminal)
    Xlsx,
}

#[derive(Debug, clap::Args)]
pub struct BatchArgs {
    /// The folder holding the units (one sub-folder with a roster.csv per unit)
    pub dir: PathBuf,

    /// Rubric: hanoi-2021 (hanoi), tt24-2023 (tt24), or a path to a rubric .toml
    #[arg(long, short)]
    pub rubric: String,

    /// Output format [default: from the `-o` file's extension, else table]
    #[arg(long, short, value_enum)]
    pub format: Option<BatchFormat>,

    /// Date at which level-2 eligibility is judged (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,

    /// Units scored at once, 1 to 256 [default: one per processor]
    #[arg(long, short, value_name = "N")]
    pub jobs: Option<usize>,

    /// Score a criterion with no supporting evidence as 0 points / not reached
    #[arg(long)]
    pub strict_evidence: bool,

    /// Also run the check-evidence checks for each unit (files present, inside the
    /// folder, hashes, every criterion backed): an `evidence_problems` count per unit
    #[arg(long)]
    pub check_evidence: bool,

    /// Write the output to FILE (atomically) instead of standard output; its
    /// extension (.txt, .csv, .json, .html, .xlsx) chooses the format when
    /// --format is not given
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// CSV output: start with a UTF-8 byte-order mark so Excel reads Vietnamese correctly
    #[arg(long)]
    pub bom: bool,

    /// How every unit's roster is read, as `dvht score` reads one
    #[command(flatten)]
    pub read: RosterReadArgs,

    /// Write the "Danh sách đơn vị đề nghị công nhận" instead: unit, level claimed
    /// (`[unit] claimed_level`), level verified, remarks; needs -o FILE.docx or FILE.xlsx
    #[arg(long, conflicts_with_all = ["format", "bom", "check_evidence"])]
    pub list_proposed: bool,
}

const REPORT_HELP: &str = "\
Exit status: 0 the report was written (whatever the outcome); 2 usage error or bad input.

Examples:
  dvht report examples/th-tan-hoa-1/roster.csv --rubric tt24 -o m4.html
  dvht report roster.csv --rubric tt24 --format xlsx -o m4.xlsx --place \"Tân Hòa\"
  dvht report roster.csv --rubric hanoi --format md --head \"Trần Hoàng Khải\"";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaperFormat {
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

    /// Output format [default: from the `-o` file's extension, else html]
    #[arg(long, short, value_enum)]
    pub format: Option<PaperFormat>,

    /// Write the report to FILE (atomically) instead of standard output; its
    /// extension (.html, .xlsx, .md) chooses the format when --format is not given
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Date at which level-2 eligibility is judged (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,

    /// Score a criterion with no supporting evidence as 0 points / not reached
    #[arg(long)]
    pub strict_evidence: bool,

    #[command(flatten)]
    pub form: FormArgs,

    /// Leave out the action plan (it names members; the dossier does not need it)
    #[arg(long)]
    pub no_action_plan: bool,

    #[command(flatten)]
    pub read: RosterReadArgs,
}

const DOSSIER_HELP: &str = "\
UNIT is the unit's folder (holding roster.csv or roster.xlsx/.xls/.ods, evidence.toml and,
optionally, tu-danh-gia.toml with the unit's own words), or its roster file.

Levels rubrics (tt24-2023): 01-to-trinh.docx (when a level is reached),
02-bao-cao-tu-danh-gia-m3.docx, 03-ban-tong-hop-m4.html/.xlsx, 04-phieu-danh-gia-m1.docx,
05-muc-do-dat-m2.docx, 06-ke-hoach-cai-thien.docx. Points rubrics (hanoi-2021):
01-bien-ban-tu-danh-gia.docx, 02-bao-cao-tu-danh-gia.docx, 03-bieu-diem.html/.xlsx,
04-ke-hoach-cai-thien.docx. Both: 00-muc-luc.txt, every file with its SHA-256.

The folder defaults to UNIT-ho-so-YEAR beside the unit folder. Nothing is replaced
without --force: if any target exists, nothing is written (exit 2). -o may not be, or
hold, an input file.

Exit status: 0 the dossier was written (whatever the outcome); 2 usage error or bad input.

Examples:
  dvht dossier examples/th-tan-hoa-1 --rubric tt24 --place \"Tân Hòa\" --head \"Trần Hoàng Khải\"
  dvht dossier truong-a --rubric hanoi -o ho-so-2024 --force
  dvht init truong-a --rubric tt24      # also writes tu-danh-gia.toml to fill in";

#[derive(Debug, clap::Args)]
#[command(mut_args(dossier_form_help))]
pub struct DossierArgs {
    /// The unit's folder (with roster.csv or roster.xlsx/.xls/.ods), or its roster file
    #[arg(value_name = "UNIT")]
    pub unit: PathBuf,

    /// Rubric: hanoi-2021 (hanoi), tt24-2023 (tt24), or a path to a rubric .toml
    #[arg(long, short)]
    pub rubric: String,

    /// The unit's evidence.toml [default: evidence.toml beside the roster, if present]
    #[arg(long, short)]
    pub evidence: Option<PathBuf>,

    /// The unit's own words per criterion [default: tu-danh-gia.toml beside the roster, if present]
    #[arg(long, value_name = "FILE")]
    pub narrative: Option<PathBuf>,

    /// The folder to write [default: UNIT-ho-so-YEAR beside the unit folder]
    #[arg(long, short, value_name = "DIR")]
    pub output: Option<PathBuf>,

    /// Replace the dossier's files if they exist
    #[arg(long)]
    pub force: bool,

    /// Date at which level-2 eligibility is judged (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,

    /// Score a criterion with no supporting evidence as 0 points / not reached
    #[arg(long)]
    pub strict_evidence: bool,

    #[command(flatten)]
    pub form: FormArgs,

    /// Who the Tờ trình is addressed to ("Phòng Giáo dục và Đào tạo huyện Tân Hiệp")
    #[arg(long, value_name = "TEXT")]
    pub to: Option<String>,

    #[command(flatten)]
    pub read: RosterReadArgs,
}

/// `dossier` shares the form flags with `report` but prints several forms, which its
/// head also signs: their English texts (man page, completions) say so. `mut_args`
/// edits in place, so the flags keep their order.
fn dossier_form_help(a: clap::Arg) -> clap::Arg {
    let help = match a.get_id().as_str() {
        "date" => "The date the forms are signed (YYYY-MM-DD) [default: the --as-of date]",
        "prepared_by" => "Name printed under \"Người lập biểu\" (who prepared the forms)",
        "head" => "Name of the head of the unit, who signs the Tờ trình and the report",
        _ => return a,
    };
    a.help(help)
}

/// `--lang`: the clap face of `Lang` (the domain type knows nothing of clap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum LangArg {
    /// Tiếng Việt
    Vi,
    /// English
    En,
}

impl From<LangArg> for Lang {
    fn from(a: LangArg) -> Lang {
        match a {
            LangArg::Vi => Lang::Vi,
            LangArg::En => Lang::En,
        }
    }
}

/// `--encoding`: the clap face of `input::Encoding`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum EncodingArg {
    /// UTF-8, or UTF-16 when the file starts with a byte-order mark
    Auto,
    /// UTF-8 (a BOM is optional)
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// UTF-16 little-endian (Excel's "Unicode text")
    #[value(name = "utf-16le", alias = "utf16le")]
    Utf16le,
    /// UTF-16 big-endian
    #[value(name = "utf-16be", alias = "utf16be")]
    Utf16be,
    /// Windows-1258, the Vietnamese code page of old Windows Excel ("CSV (Comma delimited)")
    #[value(name = "windows-1258", alias = "cp1258", alias = "1258")]
    Windows1258,
}

impl From<EncodingArg> for Encoding {
    fn from(a: EncodingArg) -> Encoding {
        match a {
            EncodingArg::Auto => Encoding::Auto,
            EncodingArg::Utf8 => Encoding::Utf8,
            EncodingArg::Utf16le => Encoding::Utf16le,
            EncodingArg::Utf16be => Encoding::Utf16be,
            EncodingArg::Windows1258 => Encoding::Windows1258,
        }
    }
}

/// How a format value is spelled on the command line (for messages).
pub trait FormatName: Copy {
    fn name(self) -> &'static str;
}

impl FormatName for ScoreFormat {
    fn name(self) -> &'static str {
        match self {
            ScoreFormat::Table => "table",
            ScoreFormat::Json => "json",
            ScoreFormat::Csv => "csv",
        }
    }
}

impl FormatName for CompareFormat {
    fn name(self) -> &'static str {
        match self {
            CompareFormat::Table => "table",
            CompareFormat::Json => "json",
        }
    }
}

impl FormatName for BatchFormat {
    fn name(self) -> &'static str {
        match self {
            BatchFormat::Table => "table",
            BatchFormat::Csv => "csv",
            BatchFormat::Json => "json",
            BatchFormat::Html => "html",
            BatchFormat::Xlsx => "xlsx",
        }
    }
}

impl FormatName for PaperFormat {
    fn name(self) -> &'static str {
        match self {
            PaperFormat::Html => "html",
            PaperFormat::Xlsx => "xlsx",
            PaperFormat::Md => "md",
        }
    }
}

/// The most threads `--jobs` may ask for, in every command that takes it: far
/// more than a machine has cores, far fewer than make a system struggle
/// (`--jobs 100000` once started thousands of threads).
pub const MAX_JOBS: usize = 256;

/// `--jobs` checked against 1..=`MAX_JOBS` (exit 2 beyond).
pub fn jobs(n: Option<usize>) -> crate::error::Result<Option<usize>> {
    match n {
        Some(n) if n == 0 || n > MAX_JOBS => Err(crate::error::Error::usage(
            crate::error::Problem::JobsOutOfRange {
                jobs: n.to_string(),
                max: MAX_JOBS.to_string(),
            },
        )),
        n => Ok(n),
    }
}
