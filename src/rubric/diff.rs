//! What changed between two rubrics (`dvht rubric diff`), and which criteria of one
//! correspond to which of the other (`dvht compare` lines them up with it).
//!
//! Criteria are matched by what they measure, not only by number: Hà Nội 2.2 and
//! TT 24 2.1 both read `discipline`, while Hà Nội 2.1 and TT 24 2.1 share a number
//! and nothing else. In order:
//! 1. same id and same inputs → the same criterion;
//! 2. same inputs, another id → renamed (renumbered);
//! 3. same id, overlapping inputs → the same criterion with changed inputs;
//! 4. what is left is removed (old only) or added (new only).

use super::range::PercentRange;
use super::*;
use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// Same id, same inputs.
    Same,
    /// Same inputs under another id.
    Renamed,
    /// Same id, the inputs changed (but overlap).
    InputsChanged,
    Removed,
    Added,
}

/// One criterion of the old rubric, the new one, or both.
#[derive(Debug)]
pub struct Pair<'a> {
    pub kind: Match,
    pub old: Option<&'a Criterion>,
    pub new: Option<&'a Criterion>,
    pub changes: Vec<Change>,
}

/// A difference between two matched criteria.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Title,
    Group {
        from: String,
        to: String,
    },
    MaxPoints {
        from: Option<Decimal>,
        to: Option<Decimal>,
    },
    /// Which members count: `all_of` columns or the minimum title changed.
    Members {
        from: String,
        to: String,
    },
    NotApplicable {
        from: Vec<String>,
        to: Vec<String>,
    },
    /// Points rubrics: the lowest ratio that earns at least `points` moved.
    Threshold {
        points: Decimal,
        from: Option<String>,
        to: Option<String>,
    },
    /// Levels rubrics: a level's minimum share moved (`None`: no such level).
    Level {
        level: u8,
        from: Option<Decimal>,
        to: Option<Decimal>,
    },
    /// Unit-level criteria: a level's or the cases' conditions changed.
    Conditions {
        from: String,
        to: String,
    },
    /// The two are scored in different ways (points against levels, a member ratio
    /// against unit facts): compare the scales as a whole.
    Scale,
}

impl Change {
    /// Whether the change moves a threshold (what `rubric diff` lists first).
    pub fn is_threshold(&self) -> bool {
        matches!(
            self,
            Change::Threshold { .. }
                | Change::Level { .. }
                | Change::Conditions { .. }
                | Change::Scale
        )
    }
}

/// Differences of the rubrics themselves, outside the criteria.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MetaChange {
    Kind,
    MaxPoints {
        from: Option<Decimal>,
        to: Option<Decimal>,
    },
    Grade {
        id: String,
        from: Option<Decimal>,
        to: Option<Decimal>,
    },
    Level2AfterMonths {
        from: u32,
        to: u32,
    },
    ValidityMonths {
        from: u32,
        to: u32,
    },
}

#[derive(Debug)]
pub struct RubricDiff<'a> {
    pub old: &'a Rubric,
    pub new: &'a Rubric,
    pub meta: Vec<MetaChange>,
    /// Matched pairs in the old rubric's order, then the new rubric's additions.
    pub pairs: Vec<Pair<'a>>,
}

impl RubricDiff<'_> {
    pub fn of(&self, kind: Match) -> impl Iterator<Item = &Pair<'_>> {
        self.pairs.iter().filter(move |p| p.kind == kind)
    }
}

/// One line of two rubrics lined up: how they match, the old and the new criterion.
pub type Aligned<'a> = (Match, Option<&'a Criterion>, Option<&'a Criterion>);

type Rule = fn(&Criterion, &Criterion) -> bool;

fn same_inputs(a: &Criterion, b: &Criterion) -> bool {
    let (mut x, mut y) = (a.inputs(), b.inputs());
    x.sort_unstable();
    y.sort_unstable();
    x == y
}

fn overlapping_inputs(a: &Criterion, b: &Criterion) -> bool {
    let y = b.inputs();
    a.inputs().iter().any(|i| y.contains(i))
}

/// Lines up the criteria of `old` and `new` (see the module comment).
pub fn pairs<'a>(old: &'a Rubric, new: &'a Rubric) -> Vec<Aligned<'a>> {
    let mut partner: Vec<Option<(usize, Match)>> = vec![None; old.criteria.len()];
    let mut taken = vec![false; new.criteria.len()];
    let rules: [(Match, Rule); 3] = [
        (Match::Same, |a, b| a.id == b.id && same_inputs(a, b)),
        (Match::Renamed, same_inputs),
        (Match::InputsChanged, |a, b| {
            a.id == b.id && overlapping_inputs(a, b)
        }),
    ];
    for (kind, rule) in rules {
        for (i, a) in old.criteria.iter().enumerate() {
            if partner[i].is_some() {
                continue;
            }
            if let Some(j) = new
                .criteria
                .iter()
                .enumerate()
                .position(|(j, b)| !taken[j] && rule(a, b))
            {
                taken[j] = true;
                partner[i] = Some((j, kind));
            }
        }
    }
    let mut out = Vec::new();
    for (i, a) in old.criteria.iter().enumerate() {
        match partner[i] {
            Some((j, kind)) => out.push((kind, Some(a), new.criteria.get(j))),
            None => out.push((Match::Removed, Some(a), None)),
        }
    }
    for (j, b) in new.criteria.iter().enumerate() {
        if !taken[j] {
            out.push((Match::Added, None, Some(b)));
        }
    }
    out
}

pub fn diff<'a>(old: &'a Rubric, new: &'a Rubric) -> RubricDiff<'a> {
    let pairs = pairs(old, new)
        .into_iter()
        .map(|(kind, a, b)| Pair {
            kind,
            old: a,
            new: b,
            changes: match (a, b) {
                (Some(a), Some(b)) => changes(a, b),
                _ => Vec::new(),
            },
        })
        .collect();
    RubricDiff {
        old,
        new,
        meta: meta(old, new),
        pairs,
    }
}

fn meta(old: &Rubric, new: &Rubric) -> Vec<MetaChange> {
    let mut out = Vec::new();
    if old.kind != new.kind {
        out.push(MetaChange::Kind);
    }
    if old.max_points != new.max_points && old.kind == new.kind {
        out.push(MetaChange::MaxPoints {
            from: old.max_points,
            to: new.max_points,
        });
    }
    if let (Some(a), Some(b)) = (&old.classification, &new.classification) {
        let mut ids: Vec<&str> = a.grades.iter().map(|g| g.id.as_str()).collect();
        for g in &b.grades {
            if !ids.contains(&g.id.as_str()) {
                ids.push(&g.id);
            }
        }
        for id in ids {
            let from = a.grades.iter().find(|g| g.id == id).map(|g| g.min_points);
            let to = b.grades.iter().find(|g| g.id == id).map(|g| g.min_points);
            if from != to {
                out.push(MetaChange::Grade {
                    id: id.to_string(),
                    from,
                    to,
                });
            }
        }
    }
    if let (Some(a), Some(b)) = (&old.recognition, &new.recognition) {
        if a.level_2_after_months != b.level_2_after_months {
            out.push(MetaChange::Level2AfterMonths {
                from: a.level_2_after_months,
                to: b.level_2_after_months,
            });
        }
        if a.validity_months != b.validity_months {
            out.push(MetaChange::ValidityMonths {
                from: a.validity_months,
                to: b.validity_months,
            });
        }
    }
    out
}

/// `discipline`, `discipline + digital_training`, `title ≥ lao-dong-tien-tien`.
pub fn describe_members(p: &Predicate) -> String {
    let mut parts: Vec<String> = p.all_of.iter().map(|c| c.to_string()).collect();
    if let Some((t, _)) = &p.title_at_least {
        parts.push(format!("emulation_title ≥ {t}"));
    }
    parts.join(" + ")
}

fn describe_conditions(when: &[Condition]) -> String {
    if when.is_empty() {
        return "—".to_string();
    }
    when.iter()
        .map(Condition::describe)
        .collect::<Vec<_>>()
        .join(" & ")
}

/// The lowest ratio that earns at least `points` under `bands`, as `≥80%` / `>80%`.
pub fn threshold_for(bands: &[Band], points: Decimal) -> Option<String> {
    bands
        .iter()
        .filter(|b| b.points >= points)
        .map(|b| &b.range)
        .min_by(|a, b| a.lo.cmp(&b.lo).then(b.lo_inclusive.cmp(&a.lo_inclusive)))
        .map(threshold_label)
}

fn threshold_label(r: &PercentRange) -> String {
    format!(
        "{}{}%",
        if r.lo_inclusive { "≥" } else { ">" },
        r.lo.normalize()
    )
}

fn changes(a: &Criterion, b: &Criterion) -> Vec<Change> {
    let mut out = Vec::new();
    if a.title != b.title {
        out.push(Change::Title);
    }
    if a.group != b.group {
        out.push(Change::Group {
            from: a.group.clone(),
            to: b.group.clone(),
        });
    }
    if a.max_points != b.max_points && a.max_points.is_some() && b.max_points.is_some() {
        out.push(Change::MaxPoints {
            from: a.max_points,
            to: b.max_points,
        });
    }
    if a.not_applicable_for_kinds != b.not_applicable_for_kinds {
        out.push(Change::NotApplicable {
            from: a.not_applicable_for_kinds.clone(),
            to: b.not_applicable_for_kinds.clone(),
        });
    }
    match (&a.measure, &b.measure) {
        (
            Measure::Members {
                predicate: pa,
                scale: sa,
            },
            Measure::Members {
                predicate: pb,
                scale: sb,
            },
        ) => {
            let (da, db) = (describe_members(pa), describe_members(pb));
            if da != db {
                out.push(Change::Members { from: da, to: db });
            }
            match (sa, sb) {
                (MemberScale::Bands { bands: ba, .. }, MemberScale::Bands { bands: bb, .. }) => {
                    let mut points: Vec<Decimal> = ba
                        .iter()
                        .chain(bb.iter())
                        .map(|b| b.points)
                        .filter(|p| *p > Decimal::ZERO)
                        .collect();
                    points.sort();
                    points.dedup();
                    for p in points.into_iter().rev() {
                        let (from, to) = (threshold_for(ba, p), threshold_for(bb, p));
                        if from != to {
                            out.push(Change::Threshold {
                                points: p,
                                from,
                                to,
                            });
                        }
                    }
                }
                (MemberScale::Levels(la), MemberScale::Levels(lb)) => {
                    for level in [1u8, 2] {
                        let from = la.iter().find(|l| l.level == level).map(|l| l.min_percent);
                        let to = lb.iter().find(|l| l.level == level).map(|l| l.min_percent);
                        if from != to {
                            out.push(Change::Level { level, from, to });
                        }
                    }
                }
                _ => out.push(Change::Scale),
            }
        }
        (
            Measure::Facts {
                scale: FactScale::Levels(la),
            },
            Measure::Facts {
                scale: FactScale::Levels(lb),
            },
        ) => {
            for level in [1u8, 2] {
                let from = la
                    .iter()
                    .find(|l| l.level == level)
                    .map(|l| describe_conditions(&l.when));
                let to = lb
                    .iter()
                    .find(|l| l.level == level)
                    .map(|l| describe_conditions(&l.when));
                if from != to {
                    out.push(Change::Conditions {
                        from: format!("L{level}: {}", from.unwrap_or_else(|| "—".into())),
                        to: format!("L{level}: {}", to.unwrap_or_else(|| "—".into())),
                    });
                }
            }
        }
        (
            Measure::Facts {
                scale: FactScale::Cases(ca),
            },
            Measure::Facts {
                scale: FactScale::Cases(cb),
            },
        ) => {
            let d = |cs: &[Case]| {
                cs.iter()
                    .map(|c| {
                        format!(
                            "{} → {}",
                            describe_conditions(&c.when),
                            c.points.normalize()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            let (da, db) = (d(ca), d(cb));
            if da != db {
                out.push(Change::Conditions { from: da, to: db });
            }
        }
        _ => out.push(Change::Scale),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hanoi_against_tt24_matches_by_meaning() {
        let (a, b) = (load("hanoi").unwrap(), load("tt24").unwrap());
        let d = diff(&a, &b);
        let ids = |k: Match| -> Vec<String> {
            d.of(k)
                .map(|p| {
                    format!(
                        "{}>{}",
                        p.old.map_or("", |c| c.id.as_str()),
                        p.new.map_or("", |c| c.id.as_str())
                    )
                })
                .collect()
        };
        assert_eq!(ids(Match::Same), ["1.1>1.1"]);
        assert_eq!(
            ids(Match::Renamed),
            ["2.2>2.1", "2.3>2.2", "2.4>2.5", "3.2>3.3"]
        );
        assert_eq!(ids(Match::InputsChanged), ["1.2>1.2"]);
        assert_eq!(ids(Match::Removed), ["1.3>", "2.1>", "3.1>", "3.3>"]);
        assert_eq!(
            ids(Match::Added),
            [">1.3", ">1.4", ">1.5", ">2.3", ">2.4", ">3.1", ">3.2", ">3.4"]
        );
        assert!(d.meta.contains(&MetaChange::Kind));
        // points against levels: the scales are compared whole
        let same = d.of(Match::Same).next().unwrap();
        assert!(same.changes.contains(&Change::Scale));
    }

    #[test]
    fn thresholds_are_the_lowest_ratio_for_the_points() {
        let r = load("hanoi").unwrap();
        let Measure::Members {
            scale: MemberScale::Bands { bands, .. },
            ..
        } = &r.criteria[3].measure
        else {
            panic!()
        };
        assert_eq!(
            threshold_for(bands, Decimal::from(8)).as_deref(),
            Some("≥80%")
        );
        assert_eq!(
            threshold_for(bands, Decimal::from(10)).as_deref(),
            Some("≥100%")
        );
        assert_eq!(threshold_for(bands, Decimal::from(11)), None);
    }
}
