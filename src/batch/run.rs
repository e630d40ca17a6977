//! Scoring one unit exactly as `dvht score` would, keeping only a small row.

use super::compact::{cells, Cell};
use super::walk::Found;
use crate::error::Result;
use crate::manifest::Manifest;
use crate::rubric::Rubric;
use crate::score::assessment::{MemberCounts, Outcome, Total};
use crate::score::{self, Options};
use crate::unit;

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
    /// The unit's own dates: each unit is judged at its own `--as-of` default.
    pub calendar: crate::calendar::Calendar,
    /// One cell per criterion, kept only for the district report (`--format html|xlsx`).
    pub criteria: Vec<Cell>,
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
#[derive(Debug, Clone)]
pub struct BatchOptions {
    pub engine: Options,
    /// How each roster is read (`--encoding`, `--sheet`), as `dvht score` reads one.
    pub read: crate::input::Options,
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
    let loaded = unit::load_with(&roster, None, rubric, &opts.read).and_then(|mut u| {
        u.verify_evidence(opts.engine.strict_evidence)?;
        Ok(u)
    });
    let unit = match loaded {
        Ok(u) => u,
        Err(e) => {
            return UnitRow {
                folder,
                result: Err(e),
                evidence_problems: None,
            }
        }
    };
    let a = match score::assess(rubric, &unit.roster, unit.manifest.as_ref(), &opts.engine) {
        Ok(a) => a,
        Err(e) => {
            return UnitRow {
                folder,
                result: Err(e),
                evidence_problems: None,
            }
        }
    };
    let criteria = if opts.criteria { cells(&a) } else { Vec::new() };
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
            calendar: a.calendar,
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
