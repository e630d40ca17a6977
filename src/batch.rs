//! Many units at once: finding them under a folder, scoring each one exactly as
//! `dvht score` would (`unit::load` then `engine::assess`), and keeping only a small
//! row per unit so memory does not grow with the number of units.
//!
//! A unit is a folder that holds a `roster.csv` (or, failing that, a `roster.xlsx`,
//! `roster.xls` or `roster.ods` workbook, read like `dvht score` reads it). The search goes down through
//! sub-folders at any depth (a province folder may hold district folders that hold
//! units) and stops at a unit: a unit's own sub-folders (`minh-chung/`) are its
//! evidence, never other units. Hidden folders (`.git`) and symbolic links to folders
//! are not followed. Units come out in folder-name order, compared path component by
//! path component, so `huyen-01/b` comes before `huyen-01-moi/a`.

use crate::assessment::{MemberCounts, Outcome, Total};
use crate::engine::{self, Options};
use crate::error::{Error, Result};
use crate::manifest::Manifest;
use crate::rubric::{Rubric, RubricKind};
use crate::unit;
use std::path::{Path, PathBuf};

/// The file that makes a folder a unit.
pub const ROSTER: &str = "roster.csv";

/// The roster file names a unit folder may hold, in the order they are looked for:
/// SPEC's `roster.csv` first, then the workbooks schools keep.
pub const ROSTERS: &[&str] = &[ROSTER, "roster.xlsx", "roster.xls", "roster.ods"];

/// A folder found under the batch folder: a unit, or a folder that could not be listed.
#[derive(Debug)]
pub struct Found {
    /// The folder, as a path to open (the batch folder joined with `folder`).
    pub dir: PathBuf,
    /// The folder relative to the batch folder, with `/` between components (`.` for
    /// the batch folder itself).
    pub folder: String,
    /// Set when the folder could not be listed: reported as a unit that cannot be read.
    pub error: Option<Error>,
    /// The unit's roster file (`roster.csv`, or a `roster.xlsx`/`.xls`/`.ods`).
    pub roster: PathBuf,
}

/// Every unit under `root`, in folder-name order, found as the caller goes (see
/// `Walk`). `root` itself is a unit when it holds a `roster.csv`. An unreadable
/// `root` is an error; an unreadable folder below it comes out with its error so the
/// run can report it and go on.
pub fn find_units(root: &Path) -> Result<Walk> {
    let mut walk = Walk {
        root: root.to_path_buf(),
        stack: Vec::new(),
        root_unit: false,
    };
    if roster_in(root).is_some() {
        walk.root_unit = true;
    } else {
        walk.stack = subfolders(root)?.into_iter().rev().collect();
    }
    Ok(walk)
}

/// The units under a folder, depth first over sorted sub-folders, which is
/// folder-name order. It holds only the sorted names of the folders on the current
/// path, so memory does not grow with the number of units in a tree of districts.
#[derive(Debug)]
pub struct Walk {
    root: PathBuf,
    /// Folders still to visit, relative to `root`, the next one last.
    stack: Vec<PathBuf>,
    root_unit: bool,
}

impl Iterator for Walk {
    type Item = Found;

    fn next(&mut self) -> Option<Found> {
        if std::mem::take(&mut self.root_unit) {
            return Some(Found {
                roster: roster_in(&self.root).unwrap_or_else(|| self.root.join(ROSTER)),
                dir: self.root.clone(),
                folder: ".".to_string(),
                error: None,
            });
        }
        while let Some(rel) = self.stack.pop() {
            let dir = self.root.join(&rel);
            if let Some(roster) = roster_in(&dir) {
                return Some(Found {
                    dir,
                    folder: slash_path(&rel),
                    error: None,
                    roster,
                });
            }
            match subfolders(&dir) {
                Ok(subs) => self
                    .stack
                    .extend(subs.into_iter().rev().map(|s| rel.join(s))),
                Err(error) => {
                    return Some(Found {
                        roster: dir.join(ROSTER),
                        dir,
                        folder: slash_path(&rel),
                        error: Some(error),
                    })
                }
            }
        }
        None
    }
}

/// A folder is a unit when it holds a roster file (or a link to one): its path. One
/// `stat` per name tried (one for a `roster.csv` unit), so a unit's folder is never
/// listed.
pub fn roster_in(dir: &Path) -> Option<PathBuf> {
    ROSTERS
        .iter()
        .map(|name| dir.join(name))
        .find(|p| p.is_file())
}

/// The names of a folder's sub-folders, sorted: not hidden, not links, and not a
/// folder named `roster.csv`.
fn subfolders(dir: &Path) -> Result<Vec<PathBuf>> {
    let read_err = |source| Error::Read {
        path: dir.to_path_buf(),
        source,
    };
    let mut subdirs = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(read_err)? {
        let entry = entry.map_err(read_err)?;
        let name = entry.file_name();
        // `file_type` comes with the listing and does not follow links.
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        let roster_name = ROSTERS.iter().any(|r| name == *r);
        if is_dir && !roster_name && !name.to_string_lossy().starts_with('.') {
            subdirs.push(PathBuf::from(name));
        }
    }
    subdirs.sort();
    Ok(subdirs)
}

/// `a/b` on every OS.
fn slash_path(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// What `batch` keeps of a scored unit.
#[derive(Debug, Clone)]
pub struct Scored {
    pub name: Option<String>,
    /// `[unit] year` and `[unit] claimed_level`, for the list of units proposed.
    pub year: Option<i32>,
    pub claimed_level: Option<u8>,
    pub members: MemberCounts,
    /// Points rubrics.
    pub total: Option<Total>,
    pub outcome: Outcome,
    pub warnings: usize,
    /// One cell per criterion, kept only for the district report (`--format html|xlsx`).
    pub criteria: Vec<crate::report::district::Cell>,
}

/// One unit's line in the batch output.
#[derive(Debug)]
pub struct UnitRow {
    pub folder: String,
    pub result: Result<Scored>,
    /// With `--check-evidence`: how many evidence problems were found.
    pub evidence_problems: Option<usize>,
}

/// How every unit is scored: the same options as `dvht score`.
#[derive(Debug, Clone, Copy)]
pub struct BatchOptions {
    pub engine: Options,
    pub check_evidence: bool,
    /// Keep one cell per criterion for the district report (`--format html|xlsx`).
    pub criteria: bool,
}

/// Scores one unit exactly as `dvht score DIR/roster.csv` would.
pub fn score(found: Found, rubric: &Rubric, opts: &BatchOptions) -> UnitRow {
    let Found {
        folder,
        error,
        roster,
        ..
    } = found;
    if let Some(e) = error {
        return UnitRow {
            folder,
            result: Err(e),
            evidence_problems: None,
        };
    }
    let unit = match unit::load(&roster, None, rubric) {
        Ok(u) => u,
        Err(e) => {
            return UnitRow {
                folder,
                result: Err(e),
                evidence_problems: None,
            }
        }
    };
    let a = engine::assess(rubric, &unit.roster, unit.manifest.as_ref(), &opts.engine);
    let criteria = if opts.criteria {
        crate::report::district::cells(&a)
    } else {
        Vec::new()
    };
    let evidence_problems = opts.check_evidence.then(|| {
        unit.manifest
            .as_ref()
            .map_or(1, |m| evidence_problems(m, rubric))
    });
    UnitRow {
        folder,
        result: Ok(Scored {
            year: a.unit.year,
            claimed_level: unit.manifest.as_ref().and_then(|m| m.unit.claimed_level),
            name: a.unit.name,
            members: a.members,
            total: a.total,
            outcome: a.outcome,
            warnings: a.warnings.len(),
            criteria,
        }),
        evidence_problems,
    }
}

/// `--check-evidence` in a batch: the number of error-level problems the full
/// `dvht check-evidence` checker finds for this unit against `rubric` (missing or
/// unsafe files, hash mismatches, criteria without evidence, ...). Hashing runs on
/// this unit's thread: the batch already keeps every core busy with units.
pub fn evidence_problems(manifest: &Manifest, rubric: &Rubric) -> usize {
    let opts = crate::evidence::Options {
        verify_hashes: true,
        jobs: Some(1),
        progress: None,
    };
    match crate::evidence::check(&manifest.path, Some(rubric), &opts) {
        Ok(report) => report.problems().errors,
        // It was readable a moment ago for scoring; count the failure as one problem.
        Err(_) => 1,
    }
}

/// One line of the summary: an outcome and how many units reached it.
#[derive(Debug, Clone)]
pub struct OutcomeCount {
    /// Points rubrics: the grade id (`kha`).
    pub grade: Option<String>,
    /// Levels rubrics: the level.
    pub level: Option<u8>,
    pub label: String,
    pub label_en: String,
    pub recognized: bool,
    pub units: u64,
}

/// Counts by outcome, kept up to date as rows go by.
#[derive(Debug, Clone)]
pub struct Summary {
    pub units: u64,
    pub recognized: u64,
    pub not_recognized: u64,
    pub errors: u64,
    /// Every outcome the rubric can give, best first, with its count.
    pub by_outcome: Vec<OutcomeCount>,
    /// With `--check-evidence`: problems in all, and units with at least one.
    pub evidence_problems: Option<(u64, u64)>,
}

impl Summary {
    pub fn new(rubric: &Rubric, check_evidence: bool) -> Summary {
        let by_outcome = match rubric.kind {
            RubricKind::Points => rubric
                .classification
                .iter()
                .flat_map(|c| &c.grades)
                .map(|g| OutcomeCount {
                    grade: Some(g.id.clone()),
                    level: None,
                    label: g.label.clone(),
                    label_en: g.label_en.clone(),
                    recognized: g.recognized,
                    units: 0,
                })
                .collect(),
            RubricKind::Levels => (0..=rubric.top_level())
                .rev()
                .map(|l| OutcomeCount {
                    grade: None,
                    level: Some(l),
                    label: rubric.level_label(l, crate::lang::Lang::Vi),
                    label_en: rubric.level_label(l, crate::lang::Lang::En),
                    recognized: l >= 1,
                    units: 0,
                })
                .collect(),
        };
        Summary {
            units: 0,
            recognized: 0,
            not_recognized: 0,
            errors: 0,
            by_outcome,
            evidence_problems: check_evidence.then_some((0, 0)),
        }
    }

    pub fn add(&mut self, row: &UnitRow) {
        self.units += 1;
        match &row.result {
            Err(_) => self.errors += 1,
            Ok(s) => {
                if s.outcome.recognized {
                    self.recognized += 1;
                } else {
                    self.not_recognized += 1;
                }
                let o = &s.outcome;
                if let Some(c) = self
                    .by_outcome
                    .iter_mut()
                    .find(|c| c.grade == o.grade && c.level == o.level)
                {
                    c.units += 1;
                }
            }
        }
        if let (Some((all, units)), Some(n)) = (&mut self.evidence_problems, row.evidence_problems)
        {
            *all += n as u64;
            *units += u64::from(n > 0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(p: &Path) {
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, "name\n").unwrap();
    }

    #[test]
    fn finds_units_at_any_depth_in_folder_order() {
        let t = tempfile::tempdir().unwrap();
        let r = t.path();
        for f in [
            "b/roster.csv",
            "a-moi/roster.csv",
            "a/x/roster.csv",
            "a/x/minh-chung/roster.csv", // inside a unit: not a unit
            "a/y/notes.txt",
            ".git/roster.csv",
            "c/d/e/roster.csv",
        ] {
            touch(&r.join(f));
        }
        let folders: Vec<String> = find_units(r).unwrap().map(|f| f.folder).collect();
        assert_eq!(folders, ["a/x", "a-moi", "b", "c/d/e"]);
    }

    #[test]
    fn the_folder_itself_can_be_a_unit() {
        let t = tempfile::tempdir().unwrap();
        touch(&t.path().join("roster.csv"));
        touch(&t.path().join("sub/roster.csv"));
        let found: Vec<Found> = find_units(t.path()).unwrap().collect();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].folder, ".");
    }

    #[test]
    fn a_missing_folder_is_an_error() {
        let e = find_units(Path::new("/no/such/folder")).unwrap_err();
        assert_eq!(e.exit_code(), 2);
    }
}
