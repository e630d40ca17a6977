//! `dvht dossier UNIT_DIR --rubric R [-o DIR] [--force]`: the whole hồ sơ of one unit,
//! in one folder, ready to print, sign and stamp.
//!
//! Levels rubrics (Thông tư 24/2023/TT-BGDĐT): the Tờ trình (when a level is
//! reached), the self-assessment report M3, the summary M4 (HTML and xlsx), the
//! indicator sheets M1, the levels M2 and the action plan. Points rubrics (Hà Nội,
//! Kế hoạch 103/KH-UBND): the Biên bản of the self-assessment meeting, the report,
//! the Biểu điểm (HTML and xlsx) and the action plan. Both end with `00-muc-luc.txt`,
//! the index of every file written with its size and SHA-256.
//!
//! The folder defaults to `<unit folder>-ho-so-<year>` beside the unit folder, not
//! inside it: the unit folder stays what the unit sends (its roster, evidence.toml and
//! evidence), and `check-evidence` does not see the forms as unlisted evidence.
//!
//! Nothing is replaced without `--force`: every target is checked first and, if any
//! exists, the run stops with exit 2 having written nothing. `-o` may not be, or
//! hold, an input of the run. Each file is written whole (temp file + rename).
//!
//! ```text
//! $ dvht dossier examples/th-tan-hoa-1 --rubric tt24 --place "Tân Hòa" \
//!       --head "Trần Hoàng Khải"
//! ```

use super::{as_of, form_date, form_info};
use crate::cli::DossierArgs;
use crate::error::{display_path, Error, Location, Problem, Result};
use crate::key;
use crate::lang::Lang;
use crate::narrative::{self, Narrative};
use crate::output::{emit, write_file, Mode};
use crate::report::dossier::{levels, plan, points, Paper};
use crate::report::summary;
use crate::rubric::{Catalog, RubricKind};
use crate::score::{self, Options};
use crate::{report, unit};
use std::path::{Path, PathBuf};

/// The index file's name.
pub const INDEX: &str = "00-muc-luc.txt";

/// One file of the dossier.
struct Part {
    name: &'static str,
    what: String,
    /// Sent to the district (true) or kept at the unit (false).
    sent: bool,
    bytes: Vec<u8>,
}

pub fn run(args: &DossierArgs, catalog: &Catalog, lang: Lang, quiet: bool) -> Result<i32> {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let rubric = catalog.load(&args.rubric)?;
    let as_of = as_of(args.as_of.as_deref())?;
    let date = form_date(&args.form)?;
    let (dir, roster) = unit_paths(&args.unit)?;
    let mut unit = unit::load_with(
        &roster,
        args.evidence.as_deref(),
        &rubric,
        &args.read.options(),
    )?;
    unit.verify_evidence(args.strict_evidence)?;
    let narrative_path = match &args.narrative {
        Some(p) => Some(p.clone()),
        None => narrative::beside(&roster),
    };
    let narrative: Option<Narrative> = narrative_path
        .as_deref()
        .map(|p| narrative::read(p, &rubric))
        .transpose()?;
    if let Some(n) = &narrative {
        if let Some((vi, en)) = narrative::missing_rubric_warning(n, &rubric) {
            if !quiet {
                eprintln!("dvht: {}", lang.pick(&vi, &en));
            }
        }
    }
    let opts = Options {
        as_of,
        today: crate::calendar::today()?,
        strict_evidence: args.strict_evidence,
        explain: true,
    };
    let a = score::assess(&rubric, &unit.roster, unit.manifest.as_ref(), &opts)?;
    let out = match &args.output {
        Some(o) => o.clone(),
        None => default_folder(&dir, a.unit.year)?,
    };

    // -o must not be, nor hold, an input of the run.
    let mut inputs: Vec<PathBuf> = vec![roster.clone()];
    if let Some(m) = &unit.manifest {
        inputs.push(m.path.clone());
        inputs.extend(m.evidence.iter().map(|e| m.dir.join(&e.file)));
    }
    if let Some(p) = &narrative_path {
        inputs.push(p.clone());
    }
    if rubric.origin != "built-in" {
        inputs.push(PathBuf::from(&rubric.origin));
    }
    check_output(&out, &inputs)?;

    let form = form_info(&args.form, date, a.as_of, false);
    let paper = Paper {
        a: &a,
        rubric: &rubric,
        form: &form,
        narrative: narrative.as_ref(),
        manifest: unit.manifest.as_ref(),
        to: args.to.as_deref(),
        lang,
    };
    let year = paper.year_suffix();
    let mut parts: Vec<Part> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    match rubric.kind {
        RubricKind::Levels => {
            match levels::to_trinh(&paper)? {
                Some(bytes) => parts.push(Part {
                    name: "01-to-trinh.docx",
                    what: format!(
                        "{} {}",
                        t(key!("cmd-dossier-submission-proposing-recognition-level")),
                        paper.proposed_level()
                    ),
                    sent: true,
                    bytes,
                }),
                None => notes.push(t(key!("cmd-dossier-no-submission-trinh-self-assessment"))),
            }
            parts.push(Part {
                name: "02-bao-cao-tu-danh-gia-m3.docx",
                what: t(key!("cmd-dossier-self-assessment-report-form-m3")),
                sent: true,
                bytes: levels::self_report(&paper)?,
            });
            parts.push(Part {
                name: "03-ban-tong-hop-m4.html",
                what: t(key!("cmd-dossier-summary-form-m4-printable")),
                sent: true,
                bytes: report::form::html::render(&report::form::Form::new(
                    &a, &rubric, &form, lang,
                ))
                .into_bytes(),
            });
            parts.push(Part {
                name: "03-ban-tong-hop-m4.xlsx",
                what: t(key!("cmd-dossier-summary-form-m4-workbook")),
                sent: true,
                bytes: report::xlsx::render(&a, &rubric, &form, lang)?,
            });
            parts.push(Part {
                name: "04-phieu-danh-gia-m1.docx",
                what: t(key!("cmd-dossier-sheet-per-indicator-form-m1")),
                sent: false,
                bytes: levels::m1(&paper)?,
            });
            parts.push(Part {
                name: "05-muc-do-dat-m2.docx",
                what: t(key!("cmd-dossier-level-per-indicator-form-m2")),
                sent: false,
                bytes: levels::m2(&paper)?,
            });
            parts.push(Part {
                name: "06-ke-hoach-cai-thien.docx",
                what: t(key!("cmd-dossier-action-plan-internal")),
                sent: false,
                bytes: plan::action_plan(&paper)?,
            });
        }
        RubricKind::Points => {
            parts.push(Part {
                name: "01-bien-ban-tu-danh-gia.docx",
                what: t(key!("cmd-dossier-minutes-self-assessment-meeting")),
                sent: true,
                bytes: points::bien_ban(&paper)?,
            });
            parts.push(Part {
                name: "02-bao-cao-tu-danh-gia.docx",
                what: t(key!("cmd-dossier-self-assessment-report")),
                sent: true,
                bytes: levels::self_report(&paper)?,
            });
            parts.push(Part {
                name: "03-bieu-diem.html",
                what: t(key!("cmd-dossier-score-sheet-printable")),
                sent: true,
                bytes: report::form::html::render(&report::form::Form::new(
                    &a, &rubric, &form, lang,
                ))
                .into_bytes(),
            });
            parts.push(Part {
                name: "03-bieu-diem.xlsx",
                what: t(key!("cmd-dossier-score-sheet-workbook")),
                sent: true,
                bytes: report::xlsx::render(&a, &rubric, &form, lang)?,
            });
            parts.push(Part {
                name: "04-ke-hoach-cai-thien.docx",
                what: t(key!("cmd-dossier-action-plan-internal")),
                sent: false,
                bytes: plan::action_plan(&paper)?,
            });
        }
    }
    if narrative.is_none() {
        notes.push(format!(
            "{} {} {}",
            t(key!("cmd-dossier-no")),
            narrative::FILE_NAME,
            t(key!(
                "cmd-dossier-beside-roster-descriptions-strengths-weaknesses"
            ))
        ));
    }
    let index = index_text(&paper, &year, &parts, &notes, lang);

    // Every target is checked before anything is written.
    let mut names: Vec<&str> = parts.iter().map(|p| p.name).collect();
    names.push(INDEX);
    if !args.force {
        let existing: Vec<String> = names
            .iter()
            .map(|n| out.join(n))
            .filter(|p| p.symlink_metadata().is_ok())
            .map(|p| display_path(&p))
            .collect();
        if !existing.is_empty() {
            return Err(Error::usage(Problem::DossierExists {
                count: existing.len(),
                files: existing.join(", "),
            }));
        }
    }
    std::fs::create_dir_all(&out).map_err(|source| Error::Write {
        path: out.clone(),
        source,
    })?;
    for p in &parts {
        write_file(&out.join(p.name), &p.bytes, Mode::Replace)?;
    }
    write_file(&out.join(INDEX), index.as_bytes(), Mode::Replace)?;

    if !quiet {
        let mut s = format!(
            "{} {} ({} {}):\n",
            t(key!("cmd-dossier-dossier-written")),
            display_path(&out),
            parts.len() + 1,
            t(key!("cmd-dossier-files"))
        );
        for p in &parts {
            s.push_str(&format!(
                "  {:<32} {:>8}  {}\n",
                p.name,
                p.bytes.len(),
                p.what
            ));
        }
        s.push_str(&format!(
            "  {:<32} {:>8}  {}\n",
            INDEX,
            index.len(),
            t(key!("cmd-dossier-index-sha-256-each-file"))
        ));
        for n in &notes {
            s.push_str(&format!("{n}\n"));
        }
        emit(&s)?;
    }
    Ok(0)
}

/// The unit's folder and its roster: a folder holding `roster.csv` (or a workbook),
/// or the roster file itself.
fn unit_paths(given: &Path) -> Result<(PathBuf, PathBuf)> {
    if given.is_dir() {
        return match crate::batch::roster_in(given) {
            Some(r) => Ok((given.to_path_buf(), r)),
            None => Err(Error::input(
                Location::file(given),
                Problem::DossierFolderNoRoster {
                    names: crate::unit::ROSTERS.join(", "),
                },
            )),
        };
    }
    if given == Path::new("-") || !given.is_file() {
        return Err(Error::input(Location::file(given), Problem::DossierNoUnit));
    }
    let dir = match given.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Ok((dir, given.to_path_buf()))
}

/// `<unit folder>-ho-so-<year>` beside the unit folder.
fn default_folder(dir: &Path, year: Option<i32>) -> Result<PathBuf> {
    let suffix = year
        .map(|y| format!("-ho-so-{y}"))
        .unwrap_or_else(|| "-ho-so".into());
    match dir.file_name() {
        Some(name)
            if dir
                .components()
                .next_back()
                .is_some_and(|c| matches!(c, std::path::Component::Normal(_))) =>
        {
            Ok(dir.with_file_name(format!("{}{suffix}", name.to_string_lossy())))
        }
        _ => {
            let canon = std::fs::canonicalize(dir).map_err(|source| Error::Read {
                path: dir.to_path_buf(),
                source,
            })?;
            match (canon.parent(), canon.file_name()) {
                (Some(parent), Some(name)) => {
                    Ok(parent.join(format!("{}{suffix}", name.to_string_lossy())))
                }
                _ => Err(Error::usage(Problem::DossierNoDefaultFolder)),
            }
        }
    }
}

/// `-o` must be a folder (or not exist yet), and neither be nor hold an input file.
fn check_output(out: &Path, inputs: &[PathBuf]) -> Result<()> {
    let Ok(meta) = std::fs::metadata(out) else {
        return Ok(());
    };
    if !meta.is_dir() {
        return Err(Error::usage(Problem::DossierOutputIsFile {
            output: display_path(out),
        }));
    }
    let Ok(out_c) = std::fs::canonicalize(out) else {
        return Ok(());
    };
    for input in inputs {
        let Ok(c) = std::fs::canonicalize(input) else {
            continue;
        };
        if c.starts_with(&out_c) {
            return Err(Error::usage(Problem::DossierOutputHoldsInput {
                output: display_path(out),
                input: display_path(input),
            }));
        }
    }
    Ok(())
}

/// `00-muc-luc.txt`: what the dossier holds, file by file, with sizes and SHA-256.
fn index_text(p: &Paper, year: &str, parts: &[Part], notes: &[String], lang: Lang) -> String {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let a = p.a;
    let mut s = format!(
        "{}{}\n",
        t(key!("cmd-dossier-dossier-index-learning-unit")),
        year.to_uppercase()
    );
    s.push_str(&format!("{}: {}\n", t(key!("cmd-dossier-unit")), p.unit()));
    s.push_str(&format!(
        "{}: {} ({} {})\n",
        t(key!("cmd-dossier-rubric")),
        lang.pick(&a.rubric.title, &a.rubric.title_en),
        a.rubric.id,
        a.rubric.version
    ));
    s.push_str(&format!(
        "{}: {}{}\n",
        t(key!("cmd-dossier-self-assessed-outcome")),
        summary::outcome(a, lang),
        if a.outcome.provisional { " (*)" } else { "" }
    ));
    s.push_str(&format!(
        "{}: {}; {} dvht {}\n",
        t(key!("cmd-dossier-as-of")),
        summary::date(a.as_of),
        t(key!("cmd-dossier-made")),
        env!("CARGO_PKG_VERSION")
    ));
    let mut n = 0;
    for (sent, head) in [
        (true, t(key!("cmd-dossier-sent-dossier"))),
        (false, t(key!("cmd-dossier-kept-unit"))),
    ] {
        let group: Vec<&Part> = parts.iter().filter(|x| x.sent == sent).collect();
        if group.is_empty() {
            continue;
        }
        s.push_str(&format!("\n{head}:\n"));
        for x in group {
            n += 1;
            s.push_str(&format!(
                "{n:>2}. {}\n    {}\n    {} {}, sha256 {}\n",
                x.name,
                x.what,
                x.bytes.len(),
                t(key!("cmd-dossier-bytes")),
                crate::digest::sha256_hex(&x.bytes)
            ));
        }
    }
    if !notes.is_empty() {
        s.push_str(&format!("\n{}:\n", t(key!("cmd-dossier-notes"))));
        for x in notes {
            s.push_str(&format!("- {x}\n"));
        }
    }
    s.push_str(&format!(
        "\n{}\n",
        t(key!("cmd-dossier-check-file-sha256sum-file-windows"))
    ));
    s
}
