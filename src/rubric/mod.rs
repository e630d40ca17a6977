//! The rubric model: criteria, how each is measured, and how the unit's outcome is
//! decided. Rubrics are data (`rubrics/*.toml`); a [`Rubric`] that exists has been
//! checked by the validator, so the engine can trust it: outside this crate a
//! `Rubric` comes only from [`load`], [`Catalog::load`] or [`parse`], and is read
//! through its accessors.

pub(crate) mod band;
pub(crate) mod builtin;
pub(crate) mod catalog;
mod ctx;
pub(crate) mod diff;
pub(crate) mod finding;
pub(crate) mod keys;
pub(crate) mod range;
mod schema;
pub(crate) mod validate;
pub(crate) mod validity;

use crate::t;
use crate::vocab::{FactDef, FactKind};
use rust_decimal::Decimal;

pub(crate) use builtin::BUILTINS;
pub use catalog::{load, Catalog};
pub use range::PercentRange;
pub(crate) use validate::check;
pub use validate::parse;

/// The rubric-file format this binary reads. A newer one is refused with a clear error.
pub(crate) const FORMAT: i64 = 1;

/// How a rubric scores: points and grades, or levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RubricKind {
    /// Points out of a maximum, classified by total (Hà Nội 2021).
    Points,
    /// Levels 0, 1, 2 per indicator; the unit's level is the lowest (TT 24/2023).
    Levels,
}

/// A checked rubric: its criteria, how each is measured, and how the unit's outcome
/// is decided. Made only by the loader (after the checker found no error) and read
/// through the methods below.
///
/// ```
/// use dvht::rubric::{self, RubricKind};
/// let r = rubric::load("tt24")?;
/// assert_eq!((r.id(), r.kind()), ("tt24-2023", RubricKind::Levels));
/// let c = r.criteria().iter().find(|c| c.id() == "2.1").unwrap();
/// assert!(r.roster_columns().iter().all(|col| dvht::vocab::COLUMNS.iter().any(|d| d.name == *col)));
/// assert!(!c.inputs().is_empty());
/// # Ok::<(), dvht::Error>(())
/// ```
///
/// Its parts cannot be changed from outside, so it stays what the checker passed:
///
/// ```compile_fail
/// let mut r = dvht::rubric::load("tt24").unwrap();
/// r.criteria.clear();
/// ```
#[derive(Debug, Clone)]
pub struct Rubric {
    pub(crate) id: String,
    pub(crate) version: String,
    pub(crate) kind: RubricKind,
    pub(crate) title: String,
    pub(crate) title_en: String,
    pub(crate) legal_basis: String,
    pub(crate) source: String,
    pub(crate) max_points: Option<Decimal>,
    pub(crate) groups: Vec<Group>,
    pub(crate) criteria: Vec<Criterion>,
    pub(crate) classification: Option<Classification>,
    pub(crate) recognition: Option<Recognition>,
    /// When the rubric applies (`[validity]`), if the file says.
    pub(crate) validity: Option<validity::Validity>,
    /// SHA-256 of the rubric text, so a report can say what it stands on.
    pub(crate) sha256: String,
    /// Where it came from: `built-in` or the file's path.
    pub(crate) origin: String,
    /// A rubric file that gives itself a built-in's id (or alias) but says
    /// something else: every output warns, so the id is not taken on trust.
    pub(crate) differs_from_builtin: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct Group {
    pub id: String,
    pub title: String,
    pub title_en: String,
    pub max_points: Option<Decimal>,
    pub source: String,
}

/// One criterion (indicator) of a rubric, read through its methods.
#[derive(Debug, Clone)]
pub struct Criterion {
    pub(crate) id: String,
    pub(crate) group: String,
    pub(crate) title: String,
    pub(crate) title_en: String,
    pub(crate) source: String,
    pub(crate) max_points: Option<Decimal>,
    pub(crate) evidence_suggestions: Vec<String>,
    /// Unit kinds for which the criterion does not apply (TT 24 2.4: economic bodies).
    pub(crate) not_applicable_for_kinds: Vec<String>,
    pub(crate) measure: Measure,
    /// Information-only sub-items (Hà Nội 3.1 a–h).
    pub(crate) sub_items: Vec<SubItem>,
}

#[derive(Debug, Clone)]
pub(crate) struct SubItem {
    pub id: String,
    pub column: &'static str,
    pub points: Decimal,
    pub title: String,
}

#[derive(Debug, Clone)]
pub(crate) enum Measure {
    /// The share of counted members who satisfy a predicate.
    Members {
        predicate: Predicate,
        scale: MemberScale,
    },
    /// Unit-level facts from `evidence.toml`.
    Facts { scale: FactScale },
}

/// Which members meet a criterion: all the yes/no columns, and a title at least so high.
#[derive(Debug, Clone, Default)]
pub(crate) struct Predicate {
    pub all_of: Vec<&'static str>,
    /// The yes/no columns as bits (`vocab::yes_no_bit`).
    pub mask: u32,
    /// The minimum emulation title (slug, rank).
    pub title_at_least: Option<(String, u8)>,
}

impl Predicate {
    pub fn meets(&self, yes: u32, title: u8) -> bool {
        yes & self.mask == self.mask
            && self
                .title_at_least
                .as_ref()
                .is_none_or(|(_, r)| title >= *r)
    }

    /// The roster columns the predicate reads.
    pub fn columns(&self) -> Vec<&'static str> {
        let mut cols = self.all_of.clone();
        if self.title_at_least.is_some() {
            cols.push("emulation_title");
        }
        cols
    }
}

#[derive(Debug, Clone)]
pub(crate) enum MemberScale {
    Bands {
        bands: Vec<Band>,
        gap_policy: Option<GapPolicy>,
        gap_note: Option<(String, String)>,
    },
    Levels(Vec<LevelThreshold>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GapPolicy {
    /// A ratio that falls in no band gets the next lower band's points, with a warning.
    NextLower,
    /// A ratio that falls in no band gets 0 points, with a warning.
    Zero,
}

#[derive(Debug, Clone)]
pub(crate) struct Band {
    pub range: PercentRange,
    pub points: Decimal,
    pub source: String,
    pub provisional: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct LevelThreshold {
    pub level: u8,
    pub min_percent: Decimal,
    pub provisional: bool,
    pub source: String,
}

#[derive(Debug, Clone)]
pub(crate) enum FactScale {
    /// Points rubrics: the first case whose conditions all hold gives its points.
    Cases(Vec<Case>),
    /// Levels rubrics: level L is reached when its conditions (and all lower levels') hold.
    Levels(Vec<FactLevel>),
}

#[derive(Debug, Clone)]
pub(crate) struct Case {
    pub when: Vec<Condition>,
    pub points: Decimal,
    pub label: String,
    pub label_en: String,
}

#[derive(Debug, Clone)]
pub(crate) struct FactLevel {
    pub level: u8,
    pub when: Vec<Condition>,
    pub provisional: bool,
    pub source: String,
}

/// A condition on a unit fact (`collective_title ≥ tap-the-lao-dong-tien-tien`), as
/// an assessment reports the conditions a unit-level criterion met or missed.
#[derive(Debug, Clone)]
pub struct Condition {
    pub(crate) fact: &'static FactDef,
    pub(crate) test: Test,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Test {
    IsBool(bool),
    Equals(&'static str),
    OneOf(Vec<&'static str>),
    AtLeast(&'static str, u8),
}

/// A fact's value as read from `evidence.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactValue {
    Bool(bool),
    /// One of the fact's ordered values (`vocab::FactKind::Ordered`), with its rank.
    Choice(&'static str, u8),
}

impl FactValue {
    pub fn text(&self) -> String {
        match self {
            FactValue::Bool(b) => b.to_string(),
            FactValue::Choice(v, _) => v.to_string(),
        }
    }
}

impl Condition {
    pub fn holds(&self, value: FactValue) -> bool {
        match (&self.test, value) {
            (Test::IsBool(want), FactValue::Bool(b)) => *want == b,
            (Test::Equals(want), FactValue::Choice(v, _)) => *want == v,
            (Test::OneOf(list), FactValue::Choice(v, _)) => list.contains(&v),
            (Test::AtLeast(_, rank), FactValue::Choice(_, r)) => r >= *rank,
            _ => false,
        }
    }

    /// The condition in words, for people ("Danh hiệu thi đua tập thể: Tập thể lao
    /// động tiên tiến trở lên"); the labels come from the vocabulary.
    pub fn words(&self, lang: crate::lang::Lang) -> String {
        use crate::vocab::value_words;
        let name = self.fact.title(lang);
        match &self.test {
            Test::IsBool(true) => name.to_string(),
            Test::IsBool(false) => format!("{} {name}", t!(lang, "rubric-no")),
            Test::Equals(v) => format!("{name}: {}", value_words(v, lang)),
            Test::OneOf(vs) => format!(
                "{name}: {}",
                vs.iter()
                    .map(|v| value_words(v, lang))
                    .collect::<Vec<_>>()
                    .join(&t!(lang, "rubric-or"))
            ),
            Test::AtLeast(v, _) => format!(
                "{name}: {} {}",
                value_words(v, lang),
                t!(lang, "rubric-higher")
            ),
        }
    }

    /// `collective_title ≥ tap-the-lao-dong-tien-tien`, for listings.
    pub fn describe(&self) -> String {
        let name = self.fact.name;
        match &self.test {
            Test::IsBool(b) => format!("{name} = {b}"),
            Test::Equals(v) => format!("{name} = {v}"),
            Test::OneOf(vs) => format!("{name} ∈ {{{}}}", vs.join(", ")),
            Test::AtLeast(v, _) => format!("{name} ≥ {v}"),
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Classification {
    pub provisional: bool,
    pub source: String,
    /// Highest first.
    pub grades: Vec<Grade>,
}

#[derive(Debug, Clone)]
pub(crate) struct Grade {
    pub id: String,
    pub label: String,
    pub label_en: String,
    pub min_points: Decimal,
    pub recognized: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct Recognition {
    pub source: String,
    pub level_2_after_months: u32,
    pub level_2_after_source: String,
    pub validity_months: u32,
    pub validity_source: String,
    pub levels: Vec<LevelLabel>,
}

#[derive(Debug, Clone)]
pub(crate) struct LevelLabel {
    pub level: u8,
    pub label: String,
    pub label_en: String,
}

impl Criterion {
    /// The criterion's id in its rubric (`1.1`, `2.4`).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The id of the group it belongs to.
    pub fn group(&self) -> &str {
        &self.group
    }

    /// The document and clause it comes from.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Points rubrics: the most points it gives.
    pub fn max_points(&self) -> Option<Decimal> {
        self.max_points
    }

    /// What a unit may file as evidence for it.
    pub fn evidence_suggestions(&self) -> &[String] {
        &self.evidence_suggestions
    }

    /// Whether the threshold that gives `level` is provisional (`false` for level 0,
    /// a level this criterion does not define, or a points criterion).
    pub fn level_is_provisional(&self, level: u8) -> bool {
        match &self.measure {
            Measure::Members {
                scale: MemberScale::Levels(ls),
                ..
            } => ls.iter().any(|l| l.level == level && l.provisional),
            Measure::Facts {
                scale: FactScale::Levels(ls),
            } => ls.iter().any(|l| l.level == level && l.provisional),
            _ => false,
        }
    }

    /// The highest level this criterion defines; `None` for a points criterion.
    pub fn top_level(&self) -> Option<u8> {
        match &self.measure {
            Measure::Members {
                scale: MemberScale::Levels(ls),
                ..
            } => ls.iter().map(|l| l.level).max(),
            Measure::Facts {
                scale: FactScale::Levels(ls),
            } => ls.iter().map(|l| l.level).max(),
            _ => None,
        }
    }

    /// The roster columns and facts this criterion reads: what evidence must support.
    pub fn inputs(&self) -> Vec<&'static str> {
        match &self.measure {
            Measure::Members { predicate, .. } => predicate.columns(),
            Measure::Facts { scale } => {
                let conds: Vec<&Condition> = match scale {
                    FactScale::Cases(cases) => cases.iter().flat_map(|c| &c.when).collect(),
                    FactScale::Levels(levels) => levels.iter().flat_map(|l| &l.when).collect(),
                };
                let mut names: Vec<&'static str> = Vec::new();
                for c in conds {
                    if !names.contains(&c.fact.name) {
                        names.push(c.fact.name);
                    }
                }
                names
            }
        }
    }

    pub fn title(&self, lang: crate::lang::Lang) -> &str {
        lang.pick(&self.title, &self.title_en)
    }

    pub fn applies_to(&self, unit_kind: Option<&str>) -> bool {
        unit_kind.is_none_or(|k| !self.not_applicable_for_kinds.iter().any(|n| n == k))
    }

    /// Whether any value this criterion can use is marked provisional.
    pub fn has_provisional(&self) -> bool {
        match &self.measure {
            Measure::Members {
                scale: MemberScale::Bands { bands, .. },
                ..
            } => bands.iter().any(|b| b.provisional),
            Measure::Members {
                scale: MemberScale::Levels(ls),
                ..
            } => ls.iter().any(|l| l.provisional),
            Measure::Facts {
                scale: FactScale::Levels(ls),
            } => ls.iter().any(|l| l.provisional),
            Measure::Facts {
                scale: FactScale::Cases(_),
            } => false,
        }
    }
}

impl Rubric {
    /// The rubric's id (`tt24-2023`, `hanoi-2021`).
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn version(&self) -> &str {
        &self.version
    }

    pub fn kind(&self) -> RubricKind {
        self.kind
    }

    pub fn title(&self, lang: crate::lang::Lang) -> &str {
        lang.pick(&self.title, &self.title_en)
    }

    /// The legal documents it implements.
    pub fn legal_basis(&self) -> &str {
        &self.legal_basis
    }

    /// The document and clause it comes from.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Points rubrics: the maximum total.
    pub fn max_points(&self) -> Option<Decimal> {
        self.max_points
    }

    /// The criteria, in the rubric's order.
    pub fn criteria(&self) -> &[Criterion] {
        &self.criteria
    }

    /// SHA-256 of the rubric text, so a report can say what it stands on.
    pub fn sha256(&self) -> &str {
        &self.sha256
    }

    /// Where it came from: `built-in` or the file's path.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// A rubric file that gives itself a built-in's id (or alias) but says something
    /// else; every assessment under it warns.
    pub fn differs_from_builtin(&self) -> bool {
        self.differs_from_builtin
    }

    /// The provisional parts, as listed in JSON `rubric.provisional`.
    pub fn provisional(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.classification.as_ref().is_some_and(|c| c.provisional) {
            out.push("classification".to_string());
        }
        let level2 = self.criteria.iter().any(|c| match &c.measure {
            Measure::Members {
                scale: MemberScale::Levels(ls),
                ..
            } => ls.iter().any(|l| l.provisional && l.level >= 2),
            Measure::Facts {
                scale: FactScale::Levels(ls),
            } => ls.iter().any(|l| l.provisional && l.level >= 2),
            _ => false,
        });
        if level2 {
            out.push("level_2".to_string());
        }
        for c in &self.criteria {
            if let Measure::Members {
                scale: MemberScale::Bands { bands, .. },
                ..
            } = &c.measure
            {
                if bands.iter().any(|b| b.provisional) {
                    out.push(format!("bands:{}", c.id));
                }
            }
        }
        out
    }

    /// The highest level a levels rubric defines (2 for TT 24).
    pub fn top_level(&self) -> u8 {
        self.criteria
            .iter()
            .filter_map(Criterion::top_level)
            .max()
            .unwrap_or(0)
    }

    /// The highest level criterion `id` can reach; the rubric's when the criterion
    /// has no levels of its own (or is unknown).
    pub fn criterion_top_level(&self, id: &str) -> u8 {
        self.criteria
            .iter()
            .find(|c| c.id == id)
            .and_then(Criterion::top_level)
            .unwrap_or_else(|| self.top_level())
    }

    /// Every roster column any criterion reads.
    pub fn roster_columns(&self) -> Vec<&'static str> {
        let mut cols: Vec<&'static str> = Vec::new();
        for c in &self.criteria {
            if let Measure::Members { predicate, .. } = &c.measure {
                for col in predicate.columns() {
                    if !cols.contains(&col) {
                        cols.push(col);
                    }
                }
            }
        }
        cols
    }

    pub fn level_label(&self, level: u8, lang: crate::lang::Lang) -> String {
        self.recognition
            .as_ref()
            .and_then(|r| r.levels.iter().find(|l| l.level == level))
            .map(|l| lang.pick(&l.label, &l.label_en).to_string())
            .unwrap_or_else(|| format!("{} {level}", t!(lang, "rubric-level")))
    }
}

/// Checks that an ordered fact knows `value`, returning its canonical form and rank.
pub(crate) fn fact_choice(def: &'static FactDef, value: &str) -> Option<(&'static str, u8)> {
    match def.kind {
        FactKind::Ordered(values) => values
            .iter()
            .find(|(v, _)| *v == value)
            .map(|(v, r)| (*v, *r)),
        FactKind::Bool => None,
    }
}
