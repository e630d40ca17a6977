//! `dvht batch DIR --rubric R`: score every unit under a folder.
//!
//! Each folder under DIR that holds a `roster.csv` is a unit (see `crate::batch`).
//! Units are scored in parallel, exactly as `dvht score` scores them, and printed in
//! folder-name order as a table with a summary by outcome, as CSV, or as JSON
//! `dvht.batch/1`. A unit that cannot be read is reported with its error and the
//! others go on.
//!
//! ```text
//! $ dvht batch examples --rubric tt24 --as-of 2025-09-15 --lang en
//! ```
//! Exit status: 0 every unit scored (whatever the outcomes), 2 a unit could not be
//! read, or bad usage.
//!
//! Units are scored in ordered chunks: a chunk is scored in parallel, its rows are
//! written (CSV, JSON) and the units dropped before the next chunk starts, so memory
//! stays flat however many units there are.
//!
//! `--format html|xlsx` is the district report (`report::district`): each unit keeps
//! its outcome and one small cell per criterion until the end, when the page or the
//! workbook is rendered. `-o FILE` writes any format to a file, whole.

use super::as_of;
use crate::batch::{self, BatchOptions, DistrictRow, DistrictUnit, Found, Summary, UnitRow};
use crate::cli::{BatchArgs, BatchFormat, FormatName};
use crate::error::{Error, Location, Problem, Result};
use crate::key;
use crate::lang::Lang;
use crate::output::{choose_format, emit, printable, Kind, Output};
use crate::report::batch::{error_text, table, CsvWriter, JsonWriter};
use crate::report::district;
use crate::report::dossier::proposed;
use crate::rubric::Catalog;
use crate::score::Options;
use crate::t;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::IsTerminal;

/// Units per chunk for each thread: large enough that threads rarely wait at the end
/// of a chunk, small enough that a chunk's rows are little memory.
const CHUNK_PER_THREAD: usize = 128;

enum Sink {
    Table(Vec<UnitRow>),
    Proposed(Vec<proposed::Row>),
    Csv(CsvWriter),
    Json(JsonWriter),
    District(Vec<DistrictRow>),
}

/// Where text goes: standard output as it comes, or a buffer for `-o FILE`.
struct Out {
    file: Option<Output>,
    buffer: Vec<u8>,
    quiet: bool,
    /// Text for people (not JSON): passed through `printable`.
    human: bool,
}

impl Out {
    fn text(&mut self, text: &str) -> Result<()> {
        if self.human {
            self.bytes(printable(text).as_bytes())
        } else {
            self.bytes(text.as_bytes())
        }
    }

    fn bytes(&mut self, bytes: &[u8]) -> Result<()> {
        match (&self.file, self.quiet) {
            (Some(_), _) => self.buffer.extend_from_slice(bytes),
            (None, false) => emit(bytes)?,
            (None, true) => {}
        }
        Ok(())
    }

    fn finish(self) -> Result<()> {
        match &self.file {
            Some(out) => out.write(&self.buffer),
            None => Ok(()),
        }
    }
}

pub fn run(args: &BatchArgs, catalog: &Catalog, lang: Lang, quiet: bool) -> Result<i32> {
    let rubric = catalog.load(&args.rubric)?;
    let as_of = as_of(args.as_of.as_deref())?;
    let jobs = crate::cli::jobs(args.jobs)?
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| {
            Error::usage(Problem::Threads {
                jobs,
                detail: e.to_string(),
            })
        })?;
    let list = args.list_proposed.then(|| list_format(args)).transpose()?;
    // The list's format is its own (docx or xlsx, by extension); the batch formats
    // are not asked for then.
    let format = if list.is_some() {
        BatchFormat::Table
    } else {
        choose_format(
            args.output.as_deref(),
            args.format,
            BatchFormat::Table,
            &[
                (Kind::Table, BatchFormat::Table),
                (Kind::Csv, BatchFormat::Csv),
                (Kind::Json, BatchFormat::Json),
                (Kind::Html, BatchFormat::Html),
                (Kind::Xlsx, BatchFormat::Xlsx),
            ],
            FormatName::name,
        )?
    };
    let file = super::output(args.output.as_deref())?;
    if let Some(o) = &file {
        o.guard(&args.dir, key!("output-input-folder"))?;
    }
    let district = matches!(format, BatchFormat::Html | BatchFormat::Xlsx);
    if format == BatchFormat::Xlsx && file.is_none() && !quiet && std::io::stdout().is_terminal() {
        return Err(Error::usage(Problem::XlsxNeedsFile));
    }
    let mut out = Out {
        file,
        buffer: Vec::new(),
        quiet,
        human: format != BatchFormat::Json,
    };
    let walk = batch::find_units(&args.dir)?;
    let skipped = walk.skipped();
    let mut units = walk.peekable();
    if units.peek().is_none() {
        return Err(Error::input(Location::file(&args.dir), Problem::NoUnits));
    }
    let opts = BatchOptions {
        engine: Options {
            as_of,
            today: crate::calendar::today()?,
            strict_evidence: args.strict_evidence,
            explain: false,
        },
        read: args.read.options(),
        check_evidence: args.check_evidence,
        criteria: district,
    };
    if rubric.differs_from_builtin && !quiet {
        // Each unit's warnings say it too; the run says it once, up front.
        eprintln!(
            "{}",
            printable(&format!(
                "dvht: {}: {}",
                t!(lang, "cmd-batch-warning"),
                crate::rubric::catalog::differs_message(&rubric, lang)
            ))
        );
    }
    let progress = progress_bar(&args.dir, lang, quiet);
    let mut summary = Summary::new(&rubric, args.check_evidence);
    let mut sink = match format {
        _ if list.is_some() => Sink::Proposed(Vec::new()),
        BatchFormat::Table => Sink::Table(Vec::new()),
        BatchFormat::Csv => Sink::Csv(CsvWriter::new(lang, args.bom)),
        BatchFormat::Json => {
            let w = JsonWriter::new(lang);
            out.text(&w.head(&rubric, as_of, crate::calendar::today()?))?;
            Sink::Json(w)
        }
        BatchFormat::Html | BatchFormat::Xlsx => Sink::District(Vec::new()),
    };

    let chunk_size = CHUNK_PER_THREAD * jobs;
    loop {
        let chunk: Vec<Found> = units.by_ref().take(chunk_size).collect();
        if chunk.is_empty() {
            break;
        }
        if let Some(o) = &out.file {
            // Nothing is written before the end, so refusing here loses nothing.
            for found in &chunk {
                o.guard(&found.roster, key!("output-input-roster"))?;
                o.guard(
                    &found.dir.join("evidence.toml"),
                    key!("output-input-evidence-toml"),
                )?;
            }
        }
        let rows: Vec<UnitRow> = pool.install(|| {
            chunk
                .into_par_iter()
                .map(|found| {
                    let row = batch::score(found, &rubric, &opts);
                    progress.inc(1);
                    row
                })
                .collect()
        });
        for row in &rows {
            summary.add(row);
            if quiet {
                if let Err(e) = &row.result {
                    let line = format!("dvht: {}: {}", row.folder, error_text(e, lang));
                    eprintln!("{}", printable(&line));
                }
            }
        }
        match &mut sink {
            Sink::Table(all) => all.extend(rows),
            Sink::Csv(w) => out.text(&w.rows(&rows))?,
            Sink::Json(w) => out.text(&w.rows(&rows))?,
            Sink::Proposed(all) => all.extend(rows.into_iter().map(|row| {
                let unit = row.result.map(|s| proposed::Verified {
                    name: s.name,
                    year: s.year,
                    claimed: s.claimed_level,
                    outcome: s.outcome,
                    total: s.total,
                });
                (row.folder, unit.map_err(|e| error_text(&e, lang)))
            })),
            Sink::District(all) => all.extend(rows.into_iter().map(|row| {
                let unit = row.result.map(|s| DistrictUnit {
                    name: s.name,
                    members: s.members,
                    total: s.total,
                    outcome: s.outcome,
                    warnings: s.warnings,
                    as_of: s.calendar.as_of.date,
                    calendar: s.calendar,
                    criteria: s.criteria,
                });
                (row.folder, unit.map_err(|e| error_text(&e, lang)))
            })),
        }
    }
    progress.finish_and_clear();

    match &sink {
        Sink::Table(rows) => out.text(&table(
            rows,
            &summary,
            &rubric,
            &args.dir.display().to_string(),
            lang,
        ))?,
        Sink::Csv(_) => {}
        Sink::Proposed(rows) => out.bytes(&match list {
            Some(ListFormat::Xlsx) => proposed::xlsx(
                rows,
                &rubric,
                as_of.unwrap_or(crate::calendar::today()?),
                lang,
            )?,
            _ => proposed::docx(
                rows,
                &rubric,
                as_of.unwrap_or(crate::calendar::today()?),
                lang,
            )?,
        })?,
        Sink::Json(w) => out.text(&w.tail(&summary))?,
        Sink::District(rows) => match format {
            BatchFormat::Xlsx => out.bytes(&district::render_xlsx(rows, &rubric, lang)?)?,
            _ => out.text(&district::render_html(rows, &rubric, lang))?,
        },
    }
    let skipped = std::mem::take(&mut *skipped.lock().unwrap_or_else(|e| e.into_inner()));
    if !skipped.is_empty() {
        let note = skipped_note(&skipped, lang);
        if format == BatchFormat::Table {
            out.text(&note)?;
        } else if !quiet {
            eprint!("{}", printable(&note));
        }
    }
    out.finish()?;
    Ok(if summary.errors > 0 { 2 } else { 0 })
}

/// The folders passed over because they hold no roster (not errors: a district
/// folder may hold notes or a scan beside its units), at most 20 by name.
fn skipped_note(skipped: &[String], lang: Lang) -> String {
    const SHOWN: usize = 20;
    let mut list = skipped
        .iter()
        .take(SHOWN)
        .map(|f| format!("`{f}`"))
        .collect::<Vec<_>>()
        .join(", ");
    if skipped.len() > SHOWN {
        list.push_str(&format!(
            " {} {}",
            t!(lang, "cmd-batch-and"),
            skipped.len() - SHOWN
        ));
    }
    format!(
        "{}: {} {}: {list}\n",
        t!(lang, "cmd-batch-note"),
        skipped.len(),
        t!(lang, "cmd-batch-folder-s-hold-no-roster")
    )
}

/// A progress bar on standard error when it is a terminal; nothing otherwise. Units
/// are found as they are scored, so the bar counts them first in a walk of its own.
fn progress_bar(dir: &std::path::Path, lang: Lang, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let units = batch::find_units(dir).map_or(0, |w| w.count() as u64);
    // indicatif's placeholders ({bar:40}, {eta}…) pass through the catalog as text.
    let template = format!(
        "{{bar:40}} {{pos}}/{{len}} {} · {{rate}} · {}",
        t!(lang, "cmd-batch-progress-units"),
        t!(lang, "cmd-batch-progress-eta", eta = "{eta}"),
    );
    let per_second = t!(lang, "cmd-batch-s");
    let style = ProgressStyle::with_template(&template)
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .with_key(
            "rate",
            move |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0}{per_second}", state.per_sec());
            },
        );
    ProgressBar::new(units).with_style(style)
}

#[derive(Clone, Copy)]
enum ListFormat {
    Docx,
    Xlsx,
}

/// `--list-proposed` writes a Word or Excel file, chosen by `-o`'s extension.
fn list_format(args: &BatchArgs) -> Result<ListFormat> {
    let ext = args
        .output
        .as_deref()
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    match ext.as_deref() {
        Some("docx") => Ok(ListFormat::Docx),
        Some("xlsx") => Ok(ListFormat::Xlsx),
        _ => Err(Error::usage(Problem::ListProposedNeedsOutput)),
    }
}
