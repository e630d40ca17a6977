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

use super::{as_of, emit};
use crate::batch::{self, BatchOptions, Found, Summary, UnitRow};
use crate::cli::{BatchArgs, BatchFormat};
use crate::engine::Options;
use crate::error::{Error, Location, Result};
use crate::lang::Lang;
use crate::report::batch::{error_text, table, CsvWriter, JsonWriter};
use crate::rubric;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::IsTerminal;

/// Units per chunk for each thread: large enough that threads rarely wait at the end
/// of a chunk, small enough that a chunk's rows are little memory.
const CHUNK_PER_THREAD: usize = 128;

enum Sink {
    Table(Vec<UnitRow>),
    Csv(CsvWriter),
    Json(JsonWriter),
}

pub fn run(args: &BatchArgs, lang: Lang, quiet: bool) -> Result<i32> {
    let rubric = rubric::load(&args.rubric)?;
    let as_of = as_of(args.as_of.as_deref())?;
    let jobs = match args.jobs {
        Some(0) => {
            return Err(Error::usage(
                "`--jobs` phải lớn hơn 0",
                "`--jobs` must be greater than 0",
            ))
        }
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| {
            Error::usage(
                format!("không tạo được {jobs} luồng: {e}"),
                format!("cannot start {jobs} threads: {e}"),
            )
        })?;
    let mut units = batch::find_units(&args.dir)?.peekable();
    if units.peek().is_none() {
        return Err(Error::input(
            Location::file(&args.dir),
            "không có thư mục nào chứa roster.csv: không có đơn vị để chấm",
            "no folder here holds a roster.csv: no unit to score",
        ));
    }
    let opts = BatchOptions {
        engine: Options {
            as_of,
            strict_evidence: args.strict_evidence,
            explain: false,
        },
        check_evidence: args.check_evidence,
    };
    let progress = progress_bar(&args.dir, lang, quiet);
    let mut summary = Summary::new(&rubric, args.check_evidence);
    let mut sink = match args.format {
        BatchFormat::Table => Sink::Table(Vec::new()),
        BatchFormat::Csv => Sink::Csv(CsvWriter::new(lang, args.bom)),
        BatchFormat::Json => {
            let w = JsonWriter::new(lang);
            if !quiet {
                emit(&w.head(&rubric, as_of))?;
            }
            Sink::Json(w)
        }
    };

    let chunk_size = CHUNK_PER_THREAD * jobs;
    loop {
        let chunk: Vec<Found> = units.by_ref().take(chunk_size).collect();
        if chunk.is_empty() {
            break;
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
                    eprintln!("dvht: {}: {}", row.folder, error_text(e, lang));
                }
            }
        }
        match &mut sink {
            Sink::Table(all) => all.extend(rows),
            Sink::Csv(w) => {
                let text = w.rows(&rows);
                if !quiet {
                    emit(&text)?;
                }
            }
            Sink::Json(w) => {
                let text = w.rows(&rows);
                if !quiet {
                    emit(&text)?;
                }
            }
        }
    }
    progress.finish_and_clear();

    if !quiet {
        match &sink {
            Sink::Table(rows) => emit(&table(
                rows,
                &summary,
                &rubric,
                &args.dir.display().to_string(),
                lang,
            ))?,
            Sink::Csv(_) => {}
            Sink::Json(w) => emit(&w.tail(&summary))?,
        }
    }
    Ok(if summary.errors > 0 { 2 } else { 0 })
}

/// A progress bar on standard error when it is a terminal; nothing otherwise. Units
/// are found as they are scored, so the bar counts them first in a walk of its own.
fn progress_bar(dir: &std::path::Path, lang: Lang, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let units = batch::find_units(dir).map_or(0, |w| w.count() as u64);
    let template = lang.pick(
        "{bar:40} {pos}/{len} đơn vị · {rate} · còn {eta}",
        "{bar:40} {pos}/{len} units · {rate} · {eta} left",
    );
    let per_second = lang.pick("/giây", "/s");
    let style = ProgressStyle::with_template(template)
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .with_key(
            "rate",
            move |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0}{per_second}", state.per_sec());
            },
        );
    ProgressBar::new(units).with_style(style)
}
