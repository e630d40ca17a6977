//! Scoring: a pure function from (rubric, roster, manifest, options) to an
//! `Assessment`. No I/O. Ratios are compared exactly (`rubric::range`), and every
//! rule that had to be read one way or another says so in a warning.
//!
//! `assess` walks the criteria (`criterion`): member ratios (`members`, with the
//! next step up from `next`) or unit facts (`facts`); `outcome` then totals them.
//! The result is data (`assessment`); the renderers in `report` word it.

pub mod assessment;
mod criterion;
mod facts;
mod members;
mod next;
mod outcome;
#[cfg(test)]
mod tests;

use crate::calendar::{self, Calendar};
use crate::error::{Error, Location, Problem, Result, Unscorable};
use crate::manifest::Manifest;
use crate::roster::{Member, Roster};
use crate::rubric::{Rubric, RubricKind};
use crate::t;
use assessment::*;
use chrono::NaiveDate;

#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// `--as-of`: the date at which level-2 eligibility is judged. `None` takes the
    /// calendar's default: `[unit] submitted_on`, else the earlier of today and the
    /// dossier deadline (`calendar::resolve_as_of`).
    pub as_of: Option<NaiveDate>,
    /// Today, for the default date and the days left (`calendar::today`).
    pub today: NaiveDate,
    /// A criterion with no supporting evidence scores 0 points / level 0.
    pub strict_evidence: bool,
    /// List, per criterion, the counted members who do not meet it.
    pub explain: bool,
}

pub fn assess(
    rubric: &Rubric,
    roster: &Roster,
    manifest: Option<&Manifest>,
    opts: &Options,
) -> Result<Assessment> {
    let members = &roster.members;
    let counted: Vec<&Member> = members.iter().filter(|m| m.counted()).collect();
    let counts = MemberCounts {
        total: members.len() as u64,
        counted: counted.len() as u64,
        excluded: (members.len() - counted.len()) as u64,
    };
    // What reading the roster noticed comes first: it concerns every ratio.
    let mut warnings = roster.warnings.clone();
    if counts.excluded > 0 {
        let reasons: Vec<String> = members
            .iter()
            .filter_map(|m| m.excluded.as_ref().map(|r| format!("{} ({r})", m.name)))
            .collect();
        let (count, reasons) = (counts.excluded.to_string(), reasons.join("; "));
        warnings.push(Warning::localized("excluded-members", |lang| {
            t!(
                lang,
                "warning-excluded-members",
                count = &count,
                reasons = &reasons
            )
        }));
    }
    if rubric.differs_from_builtin {
        warnings.push(Warning::localized("rubric-differs-from-builtin", |lang| {
            crate::rubric::catalog::differs_message(rubric, lang)
        }));
    }
    if manifest.is_none() {
        warnings.push(Warning::localized("no-manifest", |lang| {
            t!(lang, "warning-no-manifest")
        }));
    }
    for e in manifest.iter().flat_map(|m| &m.evidence) {
        if let Some((vi, en)) = &e.unsound {
            warnings.push(Warning::localized("evidence-file", |lang| {
                t!(
                    lang,
                    "warning-evidence-file",
                    code = &e.code,
                    reason = lang.pick(vi, en)
                )
            }));
        }
    }
    let unit_kind = manifest.and_then(|m| m.unit.kind.as_deref());
    let calendar = Calendar::new(
        manifest.and_then(|m| m.unit.year),
        manifest.and_then(|m| m.unit.submitted_on),
        manifest.map_or(&[][..], |m| &m.recognitions[..]),
        rubric.recognition.as_ref().map(calendar::Rule::of),
        opts.as_of,
        opts.today,
    );
    if let Some(w) = rubric.validity_warning(manifest.and_then(|m| m.unit.year)) {
        warnings.push(w);
    }

    let mut results = Vec::with_capacity(rubric.criteria.len());
    for c in &rubric.criteria {
        let r = criterion::criterion(rubric, c, &counted, manifest, unit_kind, opts);
        results.push(r);
    }
    for r in &results {
        for w in &r.warnings {
            warnings.push(Warning::new(
                w.code,
                format!("{}: {}", r.id, w.vi),
                format!("{}: {}", r.id, w.en),
            ));
        }
    }

    let (total, outcome) = match rubric.kind {
        RubricKind::Points => outcome::points(rubric, &results, &mut warnings)?,
        RubricKind::Levels => (
            None,
            outcome::levels(rubric, &results, &calendar, &mut warnings)?,
        ),
    };

    Ok(Assessment {
        rubric: RubricInfo {
            id: rubric.id.clone(),
            version: rubric.version.clone(),
            title: rubric.title.clone(),
            title_en: rubric.title_en.clone(),
            kind: rubric.kind,
            provisional: rubric.provisional(),
            sha256: rubric.sha256.clone(),
            origin: rubric.origin.clone(),
            differs_from_builtin: rubric.differs_from_builtin,
        },
        unit: manifest
            .map(|m| UnitInfo {
                name: m.unit.name.clone(),
                kind: m.unit.kind.clone(),
                year: m.unit.year,
            })
            .unwrap_or_default(),
        members: counts,
        criteria: results,
        total,
        outcome,
        warnings,
        as_of: calendar.as_of.date,
        calendar,
        inputs: Inputs {
            roster: roster.source.clone(),
            roster_sha256: roster.sha256.clone(),
            evidence: manifest.map(|m| m.display_path()),
            evidence_sha256: manifest.map(|m| m.sha256.clone()),
            roster_read: RosterRead::of(roster),
        },
    })
}

/// A rubric the engine cannot score. `rubric::load` refuses such a file, so only
/// a rubric built in code gets here; it is an error, never a panic.
fn unscorable(rubric: &Rubric, lack: Unscorable) -> Error {
    Error::input(
        Location::file(std::path::Path::new(&rubric.origin)),
        Problem::RubricUnscorable {
            id: rubric.id.clone(),
            lack,
        },
    )
}
