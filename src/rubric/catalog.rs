//! Where rubric files live besides the built-ins, and how `--rubric ID` finds them.
//!
//! The rubric folders are, in order of precedence: `--rubrics-dir DIR` (repeatable),
//! else the folders in the environment variable `DVHT_RUBRICS` (separated like
//! `PATH`), else `./rubrics` when it exists. Every `*.toml` file directly inside is a
//! rubric, known by the `id` written in it. Built-in ids always win, so a file can
//! never silently change what `--rubric tt24-2023` means.

use super::builtin::{builtin_path, builtin_text, BUILTINS};
use super::finding::{tally, Finding};
use super::validate::{check, parse};
use super::Rubric;
use crate::error::{display_path, suggest, Error, Problem, Result};
use crate::lang::Lang;
use crate::t;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The environment variable naming rubric folders.
pub const ENV: &str = "DVHT_RUBRICS";

/// The rubric folders of one run, decided once from the command line and the
/// environment, and handed to whatever resolves a `--rubric` value.
#[derive(Debug, Clone)]
pub struct Catalog {
    dirs: Vec<PathBuf>,
}

/// A `--rubric` value resolved to its text.
#[derive(Debug)]
pub struct Resolved {
    /// The path messages give: a built-in's source file in the repository, or the file.
    pub path: PathBuf,
    pub text: String,
    pub builtin: bool,
}

impl Catalog {
    /// The folders `--rubrics-dir` names; none given means the defaults (see the
    /// module comment).
    pub fn new(rubrics_dirs: &[PathBuf]) -> Self {
        let dirs = if rubrics_dirs.is_empty() {
            default_dirs()
        } else {
            rubrics_dirs.to_vec()
        };
        Catalog { dirs }
    }

    /// The rubric folders in effect.
    pub fn dirs(&self) -> &[PathBuf] {
        &self.dirs
    }

    /// Resolves a `--rubric` value: a built-in id or alias, else a path to a TOML
    /// file, else the id of a rubric file in the rubric folders.
    pub(crate) fn resolve(&self, name: &str) -> Result<Resolved> {
        if let Some((id, text)) = builtin_text(name) {
            return Ok(Resolved {
                path: builtin_path(id),
                text: text.to_string(),
                builtin: true,
            });
        }
        let path = Path::new(name);
        if path.is_file() {
            return Ok(Resolved {
                text: read_text(path)?,
                path: path.to_path_buf(),
                builtin: false,
            });
        }
        let looks_like_path = name.ends_with(".toml") || name.contains('/') || name.contains('\\');
        if looks_like_path || (path.exists() && !path.is_dir()) {
            // A FIFO, a device or a folder is named as what it is, not "not found".
            crate::input::file::check_regular(path)?;
            return Err(Error::Read {
                path: path.to_path_buf(),
                source: std::io::Error::from(std::io::ErrorKind::NotFound),
            });
        }
        if let Some(found) = find_file(name, &self.dirs)? {
            return Ok(Resolved {
                text: read_text(&found)?,
                path: found,
                builtin: false,
            });
        }
        let files = file_ids(&self.dirs);
        let candidates = BUILTINS
            .iter()
            .flat_map(|(id, alias, _)| [*id, *alias])
            .chain(files.iter().map(String::as_str));
        Err(Error::UnknownRubric {
            name: name.to_string(),
            suggestion: suggest(name, candidates),
        })
    }

    /// Resolves and parses a `--rubric` value for scoring.
    pub fn load(&self, name: &str) -> Result<Rubric> {
        let found = self.resolve(name)?;
        let mut r = parse(&found.text, &found.path)?;
        if found.builtin {
            r.origin = "built-in".to_string();
        } else {
            r.differs_from_builtin = differs_from_builtin(&r);
        }
        Ok(r)
    }

    /// The built-ins, then every rubric file in the folders.
    pub(crate) fn entries(&self) -> Vec<Entry> {
        entries(&self.dirs)
    }
}

/// Resolves a `--rubric` value with the default folders (no `--rubrics-dir`), as
/// a library caller without a command line would.
pub fn load(name: &str) -> Result<Rubric> {
    Catalog::new(&[]).load(name)
}

/// A built-in rubric by id or alias, parsed; `None` when there is no such built-in.
pub fn load_builtin(name: &str) -> Option<Result<Rubric>> {
    builtin_text(name).map(|(id, text)| {
        let mut r = parse(text, &builtin_path(id))?;
        r.origin = "built-in".to_string();
        Ok(r)
    })
}

/// Whether a rubric read from a file claims a built-in's id or alias but differs
/// from it: not the same text, and not the same rules (`rubric::diff` finds a
/// change in a criterion, a threshold, a grade or a level rule).
pub fn differs_from_builtin(r: &Rubric) -> bool {
    let Some(Ok(builtin)) = load_builtin(&r.id) else {
        return false;
    };
    if builtin.sha256 == r.sha256 {
        return false;
    }
    let d = super::diff::diff(&builtin, r);
    let same = d.meta.is_empty()
        && d.pairs
            .iter()
            .all(|p| p.kind == super::diff::Match::Same && p.changes.is_empty());
    !same || builtin.criteria.len() != r.criteria.len()
}

/// The warning every output gives for such a rubric.
pub fn differs_message(r: &Rubric, lang: Lang) -> String {
    t!(
        lang,
        "warning-rubric-differs-from-builtin",
        file = &r.origin,
        id = &r.id
    )
}

/// A rubric file's text; a file that is not UTF-8 is bad input, not an I/O error.
pub fn read_text(path: &Path) -> Result<String> {
    crate::input::read_utf8_text(path)
}

/// The default rubric folders: `DVHT_RUBRICS`, else `./rubrics` when it exists.
fn default_dirs() -> Vec<PathBuf> {
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

/// A rubric's `id` and `version`, read without checking the rest.
#[derive(Debug, Default)]
pub struct Peek {
    pub id: Option<String>,
    pub version: Option<String>,
}

/// The `id` and `version` a rubric's text declares; each is `None` when it is
/// missing or not a string, both when the text is not TOML.
pub fn peek(text: &str) -> Peek {
    // Values, not strings: a mistyped `version` must not hide the `id`.
    #[derive(Deserialize)]
    struct Head {
        id: Option<toml::Value>,
        version: Option<toml::Value>,
    }
    let string = |v: Option<toml::Value>| match v {
        Some(toml::Value::String(s)) => Some(s),
        _ => None,
    };
    match toml::from_str::<Head>(text) {
        Ok(h) => Peek {
            id: string(h.id),
            version: string(h.version),
        },
        Err(_) => Peek::default(),
    }
}

/// The `id` a rubric file declares, read without checking the rest.
pub fn declared_id(path: &Path) -> Option<String> {
    let bytes = crate::input::file::read_capped(path, crate::input::file::MAX_TOML_BYTES).ok()?;
    peek(std::str::from_utf8(&bytes).ok()?).id
}

fn read_raw(path: &Path) -> Result<Vec<u8>> {
    crate::input::file::read_capped(path, crate::input::file::MAX_TOML_BYTES)
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
                .all(|p| read_raw(p).ok() == read_raw(first).ok());
            if same {
                return Ok(Some(first.clone()));
            }
            Err(Error::usage(Problem::AmbiguousRubricId {
                id: id.to_string(),
                files: found.iter().map(|p| display_path(p)).collect(),
            }))
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
fn entries(dirs: &[PathBuf]) -> Vec<Entry> {
    let mut out = Vec::new();
    for (id, _, text) in BUILTINS {
        let checked = check(text, &builtin_path(id));
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
