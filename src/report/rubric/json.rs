//! `dvht rubric show --format json`: the `dvht.rubric/1` wire types, serialise-only;
//! fields may be added, never removed. Figures are decimal strings.

use super::*;

#[derive(Serialize)]
pub struct RubricDocJson {
    pub schema: &'static str,
    pub id: String,
    pub version: String,
    pub kind: &'static str,
    pub title: String,
    pub title_en: String,
    pub legal_basis: String,
    pub source: String,
    /// `built-in` or the file's path.
    pub origin: String,
    pub sha256: String,
    pub max_points: Option<String>,
    /// The parts marked provisional, as in `dvht.assessment/1` `rubric.provisional`.
    pub provisional: Vec<String>,
    pub groups: Vec<GroupJson>,
    pub criteria: Vec<CriterionDocJson>,
    pub classification: Option<ClassificationJson>,
    pub recognition: Option<RecognitionJson>,
}

#[derive(Serialize)]
pub struct GroupJson {
    pub id: String,
    pub title: String,
    pub title_en: String,
    pub max_points: Option<String>,
    pub source: String,
}

#[derive(Serialize)]
pub struct CriterionDocJson {
    pub id: String,
    pub group: String,
    pub title: String,
    pub title_en: String,
    pub source: String,
    pub max_points: Option<String>,
    /// `members` (a share of counted members) or `facts` (unit-level facts).
    pub measure: &'static str,
    /// The roster columns or facts it reads.
    pub inputs: Vec<&'static str>,
    pub members: Option<MembersJson>,
    pub bands: Option<Vec<BandJson>>,
    pub gaps: Vec<String>,
    pub gap_policy: Option<&'static str>,
    pub cases: Option<Vec<CaseJson>>,
    pub levels: Option<Vec<LevelJson>>,
    pub not_applicable_for_kinds: Vec<String>,
    pub evidence_suggestions: Vec<String>,
    pub sub_items: Vec<SubItemDocJson>,
    /// Whether any value this criterion can use is provisional.
    pub provisional: bool,
}

#[derive(Serialize)]
pub struct MembersJson {
    pub all_of: Vec<&'static str>,
    pub title_at_least: Option<String>,
}

#[derive(Serialize)]
pub struct BandJson {
    /// Interval notation over percentages, as in the file: `[80,100)`.
    pub range: String,
    /// The same for people: `80–<100%`.
    pub label: String,
    pub points: String,
    pub provisional: bool,
    pub source: String,
}

#[derive(Serialize)]
pub struct ConditionJson {
    pub fact: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub equals: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub one_of: Option<Vec<&'static str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at_least: Option<&'static str>,
}

#[derive(Serialize)]
pub struct CaseJson {
    pub when: Vec<ConditionJson>,
    pub points: String,
    pub label: String,
    pub label_en: String,
}

#[derive(Serialize)]
pub struct LevelJson {
    pub level: u8,
    pub min_percent: Option<String>,
    pub when: Option<Vec<ConditionJson>>,
    pub provisional: bool,
    pub source: String,
}

#[derive(Serialize)]
pub struct SubItemDocJson {
    pub id: String,
    pub column: &'static str,
    pub points: String,
    pub title: String,
}

#[derive(Serialize)]
pub struct ClassificationJson {
    pub provisional: bool,
    pub source: String,
    pub grades: Vec<GradeJson>,
}

#[derive(Serialize)]
pub struct GradeJson {
    pub id: String,
    pub label: String,
    pub label_en: String,
    pub min_points: String,
    pub recognized: bool,
}

#[derive(Serialize)]
pub struct RecognitionJson {
    pub source: String,
    pub level_2_after_months: u32,
    pub level_2_after_source: String,
    pub validity_months: u32,
    pub validity_source: String,
    pub levels: Vec<LevelLabelJson>,
}

#[derive(Serialize)]
pub struct LevelLabelJson {
    pub level: u8,
    pub label: String,
    pub label_en: String,
}

fn condition_json(c: &Condition) -> ConditionJson {
    let mut j = ConditionJson {
        fact: c.fact.name,
        equals: None,
        one_of: None,
        at_least: None,
    };
    match &c.test {
        Test::IsBool(b) => j.equals = Some(serde_json::Value::Bool(*b)),
        Test::Equals(v) => j.equals = Some(serde_json::Value::String(v.to_string())),
        Test::OneOf(vs) => j.one_of = Some(vs.clone()),
        Test::AtLeast(v, _) => j.at_least = Some(v),
    }
    j
}

pub fn to_json(r: &Rubric) -> RubricDocJson {
    RubricDocJson {
        schema: SCHEMA,
        id: r.id.clone(),
        version: r.version.clone(),
        kind: kind_code(r.kind),
        title: r.title.clone(),
        title_en: r.title_en.clone(),
        legal_basis: r.legal_basis.clone(),
        source: r.source.clone(),
        origin: r.origin.clone(),
        sha256: r.sha256.clone(),
        max_points: r.max_points.map(exact),
        provisional: r.provisional(),
        groups: r
            .groups
            .iter()
            .map(|g| GroupJson {
                id: g.id.clone(),
                title: g.title.clone(),
                title_en: g.title_en.clone(),
                max_points: g.max_points.map(exact),
                source: g.source.clone(),
            })
            .collect(),
        criteria: r.criteria.iter().map(criterion_json).collect(),
        classification: r.classification.as_ref().map(|c| ClassificationJson {
            provisional: c.provisional,
            source: c.source.clone(),
            grades: c
                .grades
                .iter()
                .map(|g| GradeJson {
                    id: g.id.clone(),
                    label: g.label.clone(),
                    label_en: g.label_en.clone(),
                    min_points: exact(g.min_points),
                    recognized: g.recognized,
                })
                .collect(),
        }),
        recognition: r.recognition.as_ref().map(|rec| RecognitionJson {
            source: rec.source.clone(),
            level_2_after_months: rec.level_2_after_months,
            level_2_after_source: rec.level_2_after_source.clone(),
            validity_months: rec.validity_months,
            validity_source: rec.validity_source.clone(),
            levels: rec
                .levels
                .iter()
                .map(|l| LevelLabelJson {
                    level: l.level,
                    label: l.label.clone(),
                    label_en: l.label_en.clone(),
                })
                .collect(),
        }),
    }
}

fn criterion_json(c: &Criterion) -> CriterionDocJson {
    let mut j = CriterionDocJson {
        id: c.id.clone(),
        group: c.group.clone(),
        title: c.title.clone(),
        title_en: c.title_en.clone(),
        source: c.source.clone(),
        max_points: c.max_points.map(exact),
        measure: "facts",
        inputs: c.inputs(),
        members: None,
        bands: None,
        gaps: Vec::new(),
        gap_policy: None,
        cases: None,
        levels: None,
        not_applicable_for_kinds: c.not_applicable_for_kinds.clone(),
        evidence_suggestions: c.evidence_suggestions.clone(),
        sub_items: c
            .sub_items
            .iter()
            .map(|s| SubItemDocJson {
                id: s.id.clone(),
                column: s.column,
                points: exact(s.points),
                title: s.title.clone(),
            })
            .collect(),
        provisional: c.has_provisional(),
    };
    match &c.measure {
        Measure::Members { predicate, scale } => {
            j.measure = "members";
            j.members = Some(MembersJson {
                all_of: predicate.all_of.clone(),
                title_at_least: predicate.title_at_least.as_ref().map(|(t, _)| t.clone()),
            });
            match scale {
                MemberScale::Bands {
                    bands, gap_policy, ..
                } => {
                    j.bands = Some(
                        bands
                            .iter()
                            .map(|b| BandJson {
                                range: b.range.to_string(),
                                label: b.range.label(),
                                points: exact(b.points),
                                provisional: b.provisional,
                                source: b.source.clone(),
                            })
                            .collect(),
                    );
                    j.gaps = crate::rubric::band::coverage(bands)
                        .gaps
                        .iter()
                        .map(|g| g.to_string())
                        .collect();
                    j.gap_policy = gap_policy.map(|p| match p {
                        GapPolicy::NextLower => "next-lower",
                        GapPolicy::Zero => "zero",
                    });
                }
                MemberScale::Levels(ls) => {
                    j.levels = Some(
                        ls.iter()
                            .map(|l| LevelJson {
                                level: l.level,
                                min_percent: Some(exact(l.min_percent)),
                                when: None,
                                provisional: l.provisional,
                                source: l.source.clone(),
                            })
                            .collect(),
                    );
                }
            }
        }
        Measure::Facts { scale } => match scale {
            FactScale::Cases(cases) => {
                j.cases = Some(
                    cases
                        .iter()
                        .map(|k| CaseJson {
                            when: k.when.iter().map(condition_json).collect(),
                            points: exact(k.points),
                            label: k.label.clone(),
                            label_en: k.label_en.clone(),
                        })
                        .collect(),
                );
            }
            FactScale::Levels(ls) => {
                j.levels = Some(
                    ls.iter()
                        .map(|l| LevelJson {
                            level: l.level,
                            min_percent: None,
                            when: Some(l.when.iter().map(condition_json).collect()),
                            provisional: l.provisional,
                            source: l.source.clone(),
                        })
                        .collect(),
                );
            }
        },
    }
    j
}

pub fn json(r: &Rubric) -> String {
    let mut s = serde_json::to_string_pretty(&to_json(r)).expect("plain data serialises");
    s.push('\n');
    s
}
