//! One unit's inputs, read together: the roster and its `evidence.toml`.
//! `score`, `batch` and `compare` all read units through here.

use crate::error::{Error, Location, Problem, Result};
use crate::input;
use crate::manifest::{self, Manifest};
use crate::roster::{self, Roster};
use crate::rubric::Rubric;
use std::path::{Path, PathBuf};

/// A unit's inputs: its roster and, when there is one, its `evidence.toml`.
#[derive(Debug, Clone)]
pub struct Unit {
    pub roster: Roster,
    pub manifest: Option<Manifest>,
}

/// The file that makes a folder a unit.
pub const ROSTER: &str = "roster.csv";

/// The roster file names a unit folder may hold, in the order they are looked for:
/// `roster.csv` first, then the workbooks schools keep.
pub const ROSTERS: &[&str] = &[ROSTER, "roster.xlsx", "roster.xls", "roster.ods"];

/// Reads a unit for `rubric`: the roster with the columns it needs, and the
/// manifest given or found beside the roster. A roster with no counted member
/// cannot be scored (SPEC.md).
pub fn load(roster_path: &Path, evidence: Option<&Path>, rubric: &Rubric) -> Result<Unit> {
    load_with(roster_path, evidence, rubric, &input::Options::default())
}

/// `load` with how to read the roster (`--encoding`, `--sheet`).
pub fn load_with(
    roster_path: &Path,
    evidence: Option<&Path>,
    rubric: &Rubric,
    opts: &input::Options,
) -> Result<Unit> {
    let found = roster_in(roster_path)?;
    let roster_path = found.as_path();
    // Asked before opening: a FIFO or device roster would block or never end.
    input::file::check_regular(roster_path)?;
    let manifest = evidence_path(roster_path, evidence)
        .as_deref()
        .map(manifest::read)
        .transpose()?;
    let roster = roster::read_with(roster_path, &rubric.roster_columns(), opts)?;
    if roster.counted() == 0 {
        return Err(Error::input(
            Location::file(roster_path),
            Problem::NoCountedMember,
        ));
    }
    Ok(Unit { roster, manifest })
}

impl Unit {
    /// Checks the evidence items' files with `check-evidence`'s own checker, so the
    /// two commands never disagree about an item: a file that is missing, outside
    /// the unit's folder, unsafe, unreadable or (with `strict`, which hashes)
    /// changed since its SHA-256 was recorded cannot count as support. Marks such
    /// items `unsound`; the engine leaves them out and says why.
    pub fn verify_evidence(&mut self, strict: bool) -> Result<()> {
        let Some(m) = self.manifest.as_mut() else {
            return Ok(());
        };
        if m.evidence.is_empty() {
            return Ok(());
        }
        let opts = crate::evidence::Options {
            verify_hashes: strict,
            // `batch` already keeps every core busy with units.
            jobs: Some(1),
            progress: None,
        };
        let report = crate::evidence::check(&m.path, None, &opts)?;
        for p in &report.findings {
            let Some(i) = p.item else { continue };
            if !p.kind.spoils_file() {
                continue;
            }
            if let Some(item) = m.evidence.get_mut(i) {
                if item.unsound.is_none() {
                    item.unsound = Some((
                        p.message(crate::lang::Lang::Vi),
                        p.message(crate::lang::Lang::En),
                    ));
                }
            }
        }
        Ok(())
    }
}

/// The roster a path names: the file itself, or for a unit's folder the roster in it
/// (`roster.csv`, else `roster.xlsx`/`.xls`/`.ods`), as `batch` and `check-evidence`
/// read folders.
pub(crate) fn roster_in(path: &Path) -> Result<PathBuf> {
    if path == Path::new("-") || !path.is_dir() {
        return Ok(path.to_path_buf());
    }
    let names = ROSTERS;
    names
        .iter()
        .map(|n| path.join(n))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            Error::input(
                Location::file(path),
                Problem::FolderNoRoster {
                    names: names.join(", "),
                },
            )
        })
}

/// `--evidence`, else `evidence.toml` beside the roster when it exists.
pub(crate) fn evidence_path(roster: &Path, given: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = given {
        return Some(p.to_path_buf());
    }
    if roster == Path::new("-") {
        return None;
    }
    let beside = roster
        .parent()
        .unwrap_or(Path::new("."))
        .join("evidence.toml");
    // Anything by that name (a FIFO, a folder, a dangling link) is the unit's
    // manifest and is refused when read, never silently taken for "no manifest".
    std::fs::symlink_metadata(&beside).is_ok().then_some(beside)
}
