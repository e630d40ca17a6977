//! `dvht rubric list|show|lint|diff`: rubrics as documents a province can write,
//! check and trust without a new build.
//!
//! ```text
//! $ dvht rubric list                      # built-ins and ./rubrics/*.toml
//! $ dvht rubric show hanoi --format markdown
//! $ dvht rubric show tt24 --format toml > rubrics/tinh-cua-toi-2024.toml
//! $ dvht rubric lint rubrics/binh-dinh-2024.toml
//! rubrics/binh-dinh-2024.toml:41:12: lỗi [band-overlap]: tiêu chí `2.2`: ...
//! $ dvht rubric diff hanoi-2021 tt24-2023
//! ```
//! Exit status: `lint` 0 clean (only `info` remarks), 1 errors or warnings, 2
//! unreadable; `diff` 0 identical, 1 different; `list`, `show` 0; 2 bad input.

use super::emit;
use crate::cli::{ListFormat, ReportFormat, RubricCommand, ShowFormat};
use crate::error::{display_path, suggest, Error, Result};
use crate::lang::Lang;
use crate::report;
use crate::rubric::diff::{self, Match};
use crate::rubric::finding::Severity;
use crate::rubric::load::{builtin_path, builtin_text, read_text, BUILTINS};
use crate::rubric::{self, catalog};
use std::path::{Path, PathBuf};

pub fn run(cmd: &RubricCommand, lang: Lang, quiet: bool) -> Result<i32> {
    let (text, code) = match cmd {
        RubricCommand::List(args) => {
            let dirs = catalog::search_dirs();
            let entries = catalog::entries(&dirs);
            let text = match args.format {
                ListFormat::Table => report::rubric::list_table(&entries, &dirs, lang),
                ListFormat::Json => report::rubric::list_json(&entries, &dirs, lang),
            };
            (text, 0)
        }
        RubricCommand::Show(args) => {
            let r = rubric::load(&args.rubric)?;
            let text = match args.format {
                ShowFormat::Text => report::rubric::text(&r, lang),
                ShowFormat::Markdown => report::rubric::markdown(&r, lang),
                ShowFormat::Json => report::rubric::json(&r),
                ShowFormat::Toml => lint_target(&args.rubric)?.2,
            };
            (text, 0)
        }
        RubricCommand::Lint(args) => {
            let (shown, path, text) = lint_target(&args.rubric)?;
            let checked = rubric::check(&text, &path)?;
            let id = catalog_id(&text);
            let out = match args.format {
                ReportFormat::Text => {
                    report::lint::text(&shown, id.as_deref(), &checked.findings, lang)
                }
                ReportFormat::Json => {
                    report::lint::json(&shown, id.as_deref(), &checked.findings, lang)
                }
            };
            let code = if checked
                .findings
                .iter()
                .any(|f| f.severity != Severity::Info)
            {
                1
            } else {
                0
            };
            (out, code)
        }
        RubricCommand::Diff(args) => {
            let old = rubric::load(&args.old)?;
            let new = rubric::load(&args.new)?;
            let d = diff::diff(&old, &new);
            let same = d.meta.is_empty()
                && d.pairs
                    .iter()
                    .all(|p| p.kind == Match::Same && p.changes.is_empty());
            let text = match args.format {
                ReportFormat::Text => report::diff::text(&d, lang),
                ReportFormat::Json => report::diff::json(&d, lang),
            };
            (text, if same { 0 } else { 1 })
        }
    };
    if !quiet {
        emit(&text)?;
    }
    Ok(code)
}

fn catalog_id(text: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct IdOnly {
        id: Option<String>,
    }
    toml::from_str::<IdOnly>(text).ok()?.id
}

/// What `lint` reads: a built-in (its source in the repository), a file, or a
/// rubric file found by id. Returns (name shown, path for messages, text).
fn lint_target(name: &str) -> Result<(String, PathBuf, String)> {
    if let Some((id, text)) = builtin_text(name) {
        let p = builtin_path(id);
        return Ok((display_path(&p), p, text.to_string()));
    }
    let path = Path::new(name);
    if path.is_file() {
        return Ok((display_path(path), path.to_path_buf(), read_text(path)?));
    }
    if name.ends_with(".toml") || name.contains('/') || name.contains('\\') {
        return Err(Error::Read {
            path: path.to_path_buf(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        });
    }
    let dirs = catalog::search_dirs();
    if let Some(found) = catalog::find_file(name, &dirs)? {
        let text = read_text(&found)?;
        return Ok((display_path(&found), found, text));
    }
    let files = catalog::file_ids(&dirs);
    let candidates = BUILTINS
        .iter()
        .flat_map(|(id, alias, _)| [*id, *alias])
        .chain(files.iter().map(String::as_str));
    Err(Error::UnknownRubric {
        name: name.to_string(),
        suggestion: suggest(name, candidates),
    })
}
