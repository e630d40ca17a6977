//! Scoring one unit exactly as `dvht score` would, keeping only a small row.

use super::compact::{cells, Cell};
use super::walk::Found;
use crate::assessment::{MemberCounts, Outcome, Total};
use crate::engine::{self, Options};
use crate::error::Result;
use crate::manifest::Manifest;
use crate::rubric::Rubric;
use crate::unit;

/// What `batch` keeps of a scored unit.
#[derive(Debug, Clone)]
pub struct Scored {
    pub name: Option<String>,
    pub members: MemberCounts,
    /// Points rubrics.
    pub total: Option<Total>,
    pub outcome: Outcome,
    pub warnings: usize,
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
    let criteria = if opts.criteria { cells(&a) } else { Vec::new() };
    let evidence_problems = opts.check_evidence.then(|| {
        unit.manifest
            .as_ref()
            .map_or(1, |m| evidence_problems(m, rubric))
    });
    UnitRow {
        folder,
        result: Ok(Scored {
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
