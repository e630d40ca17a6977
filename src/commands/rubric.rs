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
use crate::error::{display_path, Result};
use crate::lang::Lang;
use crate::report;
use crate::rubric::diff::{self, Match};
use crate::rubric::finding::Severity;
use crate::rubric::{self, catalog, Catalog};

pub fn run(cmd: &RubricCommand, catalog: &Catalog, lang: Lang, quiet: bool) -> Result<i32> {
    let (text, code) = match cmd {
        RubricCommand::List(args) => {
            let dirs = catalog.dirs();
            let entries = catalog.entries();
            let text = match args.format {
                ListFormat::Table => report::rubric::list_table(&entries, dirs, lang),
                ListFormat::Json => report::rubric::list_json(&entries, dirs, lang),
            };
            (text, 0)
        }
        RubricCommand::Show(args) => {
            let r = catalog.load(&args.rubric)?;
            let text = match args.format {
                ShowFormat::Text => report::rubric::text(&r, lang),
                ShowFormat::Markdown => report::rubric::markdown(&r, lang),
                ShowFormat::Json => report::rubric::json(&r),
                ShowFormat::Toml => catalog.resolve(&args.rubric)?.text,
            };
            (text, 0)
        }
        RubricCommand::Lint(args) => {
            // A built-in is linted as its source file in the repository.
            let found = catalog.resolve(&args.rubric)?;
            let shown = display_path(&found.path);
            let mut checked = rubric::check(&found.text, &found.path)?;
            if !found.builtin {
                if let Some(r) = checked.rubric.as_mut() {
                    r.origin = display_path(&found.path);
                    if catalog::differs_from_builtin(r) {
                        let (vi, en) = (
                            catalog::differs_message(r, Lang::Vi),
                            catalog::differs_message(r, Lang::En),
                        );
                        // The line of `id = …`, where the claim is made.
                        let line = found
                            .text
                            .lines()
                            .position(|l| {
                                let l = l.trim_start();
                                l.strip_prefix("id")
                                    .is_some_and(|rest| rest.trim_start().starts_with('='))
                            })
                            .map(|i| i as u64 + 1);
                        checked.findings.push(rubric::finding::Finding {
                            severity: Severity::Warning,
                            code: rubric::finding::code::BUILTIN_ID_DIFFERS,
                            line,
                            column: line.map(|_| 1),
                            criterion: None,
                            vi,
                            en,
                        });
                    }
                }
            }
            let id = catalog::peek(&found.text).id;
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
            let old = catalog.load(&args.old)?;
            let new = catalog.load(&args.new)?;
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
    // JSON and the rubric's own TOML are exact; everything else is for people.
    let exact = match cmd {
        RubricCommand::List(a) => a.format == ListFormat::Json,
        RubricCommand::Show(a) => matches!(a.format, ShowFormat::Json | ShowFormat::Toml),
        RubricCommand::Lint(a) => a.format == ReportFormat::Json,
        RubricCommand::Diff(a) => a.format == ReportFormat::Json,
    };
    if !quiet {
        if exact {
            emit(&text)?;
        } else {
            emit(crate::output::printable(&text).as_ref())?;
        }
    }
    Ok(code)
}
