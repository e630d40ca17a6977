//! Counts by outcome across a batch.

use super::run::UnitRow;
use crate::rubric::{Rubric, RubricKind};

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
