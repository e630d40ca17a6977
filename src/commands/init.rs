//! `dvht init [DIR] [--rubric R]`: starting files for a new unit.
//!
//! Writes `DIR/roster.csv` (Vietnamese headers for exactly the columns the rubrics
//! read, plus `Mã`, `Họ và tên`, `Chức vụ`, `Không tính`, and two sample rows; with
//! `--xlsx`, `roster.xlsx` with drop-down lists, see `template::xlsx`) and
//! `DIR/evidence.toml` (every fact the rubrics read, commented out, with its allowed
//! values). Never overwrites: if either file exists, nothing is written (exit 2).
//!
//! ```text
//! $ dvht init truong-moi --rubric tt24
//! ```

use crate::cli::InitArgs;
use crate::error::{display_path, Error, Problem, Result};
use crate::key;
use crate::lang::Lang;
use crate::output::{write_file, Mode};
use crate::rubric::{Catalog, Rubric, BUILTINS};
use crate::template;
use chrono::Datelike;

pub fn run(args: &InitArgs, catalog: &Catalog, lang: Lang, quiet: bool) -> Result<i32> {
    let rubrics: Vec<Rubric> = if args.rubric.is_empty() {
        BUILTINS
            .iter()
            .map(|(id, _, _)| catalog.load(id))
            .collect::<Result<_>>()?
    } else {
        args.rubric
            .iter()
            .map(|r| catalog.load(r))
            .collect::<Result<_>>()?
    };
    let roster = args.dir.join(if args.xlsx {
        "roster.xlsx"
    } else {
        "roster.csv"
    });
    let evidence = args.dir.join("evidence.toml");
    let narrative = args.dir.join(crate::narrative::FILE_NAME);
    for p in [&roster, &evidence, &narrative] {
        // `symlink_metadata`: a dangling link, a folder or a FIFO by that name
        // counts as taken too, so nothing is written when any target is.
        if std::fs::symlink_metadata(p).is_ok() {
            return Err(Error::usage(Problem::WouldOverwrite {
                path: display_path(p),
            }));
        }
    }
    std::fs::create_dir_all(&args.dir).map_err(|source| Error::Write {
        path: args.dir.clone(),
        source,
    })?;
    let today = crate::calendar::today()?;
    let year = today.year();
    let roster_bytes = if args.xlsx {
        template::xlsx::roster_xlsx(&rubrics, today)?
    } else {
        template::roster_csv(&rubrics).into_bytes()
    };
    let files = [
        (&roster, roster_bytes),
        (
            &evidence,
            template::evidence_toml(&rubrics, year).into_bytes(),
        ),
        (
            &narrative,
            crate::narrative::scaffold(&rubrics, year).into_bytes(),
        ),
    ];
    // All or nothing: a file that cannot be written removes the ones this run
    // created before it (they are new, `CreateNew`, so nothing of the user's).
    let mut done: Vec<&std::path::Path> = Vec::new();
    for (path, bytes) in &files {
        if let Err(e) = write_file(path, bytes, Mode::CreateNew) {
            for p in done {
                let _ = std::fs::remove_file(p);
            }
            return Err(e);
        }
        done.push(path);
    }

    if !quiet {
        let cols = template::columns(&rubrics);
        let facts = template::facts(&rubrics);
        let ids: Vec<&str> = rubrics.iter().map(|r| r.id.as_str()).collect();
        let t = |key: &str| crate::i18n::msg(lang, key, &[]);
        let headers: Vec<&str> = cols.iter().map(|c| c.header_vi).collect();
        let text = format!(
            "{} {} ({} {}: {})\n{} {} ({} {})\n{} {} ({})\n{}:\n  1. {}\n  2. {}\n  3. dvht score {} --rubric {}\n  4. {}\n",
            t(key!("cmd-init-created")),
            display_path(&roster),
            cols.len(),
            t(key!("cmd-init-columns")),
            headers.join(", "),
            t(key!("cmd-init-created")),
            display_path(&evidence),
            facts.len(),
            t(key!("cmd-init-facts")),
            t(key!("cmd-init-created")),
            display_path(&narrative),
            t(key!("cmd-init-unit-s-words-per-criterion")),
            t(key!("cmd-init-next")),
            t(key!("cmd-init-replace-two-sample-rows-real")),
            t(key!("cmd-init-fill-unit-uncomment-facts-evidence")),
            display_path(&roster),
            ids.first().copied().unwrap_or("tt24"),
            t(key!("cmd-init-write-self-assessment-tu-danh")),
        );
        crate::output::emit_text(&text)?;
    }
    Ok(0)
}
