//! Where rubric files live besides the built-ins, and how `--rubric ID` finds them.
//!
//! The rubric folders are, in order of precedence: `--rubrics-dir DIR` (repeatable),
//! else the folders in the environment variable `DVHT_RUBRICS` (separated like
//! `PATH`), else `./rubrics` when it exists. Every `*.toml` file directly inside is a
//! rubric, known by the `id` written in it. Built-in ids always win, so a file can
//! never silently change what `--rubric tt24-2023` means.

use super::finding::{tally, Finding};
use super::load::{builtin_text, check, read_text, BUILTINS};
use super::Rubric;
use crate::error::{display_path, Error, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::sync::RwLock;

/// The environment variable naming rubric folders.
pub const ENV: &str = "DVHT_RUBRICS";

static CONFIGURED: RwLock<Option<Vec<PathBuf>>> = RwLock::new(None);

/// Sets the rubric folders for this process (`--rubrics-dir`). An empty list keeps
/// the defaults.
pub fn configure(dirs: &[PathBuf]) {
    if let Ok(mut slot) = CONFIGURED.write() {
        *slot = (!dirs.is_empty()).then(|| dirs.to_vec());
    }
}

/// The rubric folders in effect (see the module comment).
pub fn search_dirs() -> Vec<PathBuf> {
    if let Some(dirs) = CONFIGURED.read().ok().and_then(|d| d.clone()) {
        return dirs;
    }
    if let Some(v) = std::env::var_os(ENV) {
        let dirs: Vec<PathBuf> = std::env::split_paths(&v)
            .filter(|p| !p.as_os_str().is_empty())
            .collect();
        if !dirs.is_empty() {
            return dirs;
        }
    }
    let local = PathBuf::from("rubrics");
    if local.is_dir() {
        vec![local]
    } else {
        Vec::new()
    }
}

/// The `*.toml` files directly inside `dirs`, sorted by path. Unreadable folders
/// are skipped here; `rubric list` says which folders it looked in.
pub fn files(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for d in dirs {
        let Ok(entries) = std::fs::read_dir(d) else {
            continue;
        };
        let mut here: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
            .collect();
        here.sort();
        out.extend(here);
    }
    out
}

#[derive(Deserialize)]
struct IdOnly {
    id: Option<String>,
}

/// The `id` a rubric file declares, read without checking the rest.
pub fn declared_id(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    toml::from_str::<IdOnly>(&text).ok()?.id
}

/// The ids of the rubric files in `dirs`.
pub fn file_ids(dirs: &[PathBuf]) -> Vec<String> {
    files(dirs).iter().filter_map(|p| declared_id(p)).collect()
}

/// The rubric file in `dirs` whose `id` is `id`. Two different files with one id
/// are an error: which one is meant cannot be guessed.
pub fn find_file(id: &str, dirs: &[PathBuf]) -> Result<Option<PathBuf>> {
    let found: Vec<PathBuf> = files(dirs)
        .into_iter()
        .filter(|p| declared_id(p).as_deref() == Some(id))
        .collect();
    match found.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(one.clone())),
        [first, rest @ ..] => {
            let same = rest
                .iter()
                .all(|p| std::fs::read(p).ok() == std::fs::read(first).ok());
            if same {
                return Ok(Some(first.clone()));
            }
            let list = found
                .iter()
                .map(|p| format!("`{}`", display_path(p)))
                .collect::<Vec<_>>()
                .join(", ");
            Err(Error::usage(
                format!("nhiều tệp tiêu chí khác nhau cùng mã `{id}`: {list}; hãy chỉ rõ đường dẫn tệp"),
                format!("several different rubric files have the id `{id}`: {list}; give the file's path instead"),
            ))
        }
    }
}

/// Where a listed rubric comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Builtin,
    File(PathBuf),
}

/// One row of `dvht rubric list`.
#[derive(Debug)]
pub struct Entry {
    pub origin: Origin,
    /// The id the file declares, even when the rest does not load.
    pub id: Option<String>,
    /// The rubric, when it loads.
    pub rubric: Option<Rubric>,
    /// Why it does not load: an unreadable file, or its first error finding.
    pub problem: Option<(String, String)>,
    /// (errors, warnings, infos) from the checks.
    pub findings: (usize, usize, usize),
    /// A file with a built-in's id: `--rubric ID` picks the built-in.
    pub shadowed: bool,
    /// A file whose text is exactly a built-in's (the repository's `rubrics/`).
    pub same_as_builtin: bool,
}

/// The built-ins, then every rubric file in `dirs`.
pub fn entries(dirs: &[PathBuf]) -> Vec<Entry> {
    let mut out = Vec::new();
    for (id, _, text) in BUILTINS {
        let checked = check(text, &super::load::builtin_path(id));
        let (rubric, findings) = match checked {
            Ok(c) => (c.rubric, tally(&c.findings)),
            Err(_) => (None, (1, 0, 0)),
        };
        out.push(Entry {
            origin: Origin::Builtin,
            id: Some(id.to_string()),
            rubric: rubric.map(|mut r| {
                r.origin = "built-in".into();
                r
            }),
            problem: None,
            findings,
            shadowed: false,
            same_as_builtin: false,
        });
    }
    for path in files(dirs) {
        out.push(file_entry(&path));
    }
    out
}

fn file_entry(path: &Path) -> Entry {
    let mut e = Entry {
        origin: Origin::File(path.to_path_buf()),
        id: declared_id(path),
        rubric: None,
        problem: None,
        findings: (0, 0, 0),
        shadowed: false,
        same_as_builtin: false,
    };
    let text = match read_text(path) {
        Ok(t) => t,
        Err(err) => {
            e.problem = Some((
                err.render(crate::lang::Lang::Vi),
                err.render(crate::lang::Lang::En),
            ));
            e.findings = (1, 0, 0);
            return e;
        }
    };
    if let Some(id) = &e.id {
        if let Some((_, builtin)) = builtin_text(id) {
            e.shadowed = true;
            e.same_as_builtin = builtin == text;
        }
    }
    match check(&text, path) {
        Ok(c) => {
            e.findings = tally(&c.findings);
            e.problem = first_error(&c.findings);
            e.rubric = c.rubric;
        }
        Err(err) => {
            e.findings = (1, 0, 0);
            e.problem = Some((
                err.render(crate::lang::Lang::Vi),
                err.render(crate::lang::Lang::En),
            ));
        }
    }
    e
}

fn first_error(findings: &[Finding]) -> Option<(String, String)> {
    findings
        .iter()
        .find(|f| f.severity == super::finding::Severity::Error)
        .map(|f| {
            let at = f.line.map(|l| format!("{l}: ")).unwrap_or_default();
            (format!("{at}{}", f.vi), format!("{at}{}", f.en))
        })
}
