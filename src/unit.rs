//! One unit's inputs, read together: the roster and its `evidence.toml`.
//! `score`, `batch` and `compare` all read units through here.

use crate::error::{Error, Location, Result};
use crate::input;
use crate::manifest::{self, Manifest};
use crate::roster::{self, Roster};
use crate::rubric::Rubric;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Unit {
    pub roster: Roster,
    pub manifest: Option<Manifest>,
}

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
            "không có thành viên nào được tính (chỉ có dòng tiêu đề, hoặc mọi thành viên đều ở cột `Không tính`): không thể chấm",
            "no counted member (header only, or everyone is excluded): nothing to score",
        ));
    }
    Ok(Unit { roster, manifest })
}

/// `--evidence`, else `evidence.toml` beside the roster when it exists.
pub fn evidence_path(roster: &Path, given: Option<&Path>) -> Option<PathBuf> {
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
