//! What a batch keeps of one unit: its outcome, counts and one [`Cell`] per
//! criterion (a few hundred bytes), so memory stays flat however many units there
//! are. The district report renders these; it never needs the whole `Assessment`.

use crate::score::assessment::{Assessment, MemberCounts, Outcome, Total};
use rust_decimal::Decimal;

/// One unit folder and what scoring it gave (the tests' whole assessments).
#[cfg(test)]
pub type UnitResult = (String, std::result::Result<Assessment, String>);

/// One unit folder and what the district report keeps of its assessment.
pub type DistrictRow = (String, std::result::Result<DistrictUnit, String>);

/// What the district report needs of one unit's `Assessment`.
#[derive(Debug, Clone)]
pub struct DistrictUnit {
    pub name: Option<String>,
    pub members: MemberCounts,
    pub total: Option<Total>,
    pub outcome: Outcome,
    pub warnings: usize,
    pub as_of: chrono::NaiveDate,
    /// The unit's dates (deadline, level-2 wait, retention).
    pub calendar: crate::calendar::Calendar,
    /// One per criterion, in the assessment's (the rubric's) order.
    pub criteria: Vec<Cell>,
}

/// One criterion of one unit, as the heat map shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub id: String,
    pub applicable: bool,
    pub assessed: bool,
    pub level: Option<u8>,
    pub points: Option<Decimal>,
    pub max_points: Option<Decimal>,
    pub numerator: Option<u64>,
    pub denominator: Option<u64>,
}

impl From<&Assessment> for DistrictUnit {
    fn from(a: &Assessment) -> DistrictUnit {
        DistrictUnit {
            name: a.unit.name.clone(),
            members: a.members,
            total: a.total.clone(),
            outcome: a.outcome.clone(),
            warnings: a.warnings.len(),
            as_of: a.as_of,
            calendar: a.calendar.clone(),
            criteria: cells(a),
        }
    }
}

/// One [`Cell`] per criterion of an assessment, in its order.
pub fn cells(a: &Assessment) -> Vec<Cell> {
    a.criteria
        .iter()
        .map(|c| Cell {
            id: c.id.clone(),
            applicable: c.applicable,
            assessed: c.assessed,
            level: c.level,
            points: c.points,
            max_points: c.max_points,
            numerator: c.numerator,
            denominator: c.denominator,
        })
        .collect()
}

/// What a batch keeps of each unit result.
#[cfg(test)]
pub fn compact(rows: &[UnitResult]) -> Vec<DistrictRow> {
    rows.iter()
        .map(|(f, r)| {
            (
                f.clone(),
                r.as_ref().map(DistrictUnit::from).map_err(Clone::clone),
            )
        })
        .collect()
}
