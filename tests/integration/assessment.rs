#![allow(dead_code)] // the structs pin the schema by deserialising; most fields are never read
//! `dvht.assessment/1`, pinned: the output of `dvht score --format json` for every
//! shipped example under both rubrics must deserialise into these structs. A field
//! added, renamed or removed fails (`deny_unknown_fields`), and so does a nullable
//! one left out: those go through `Option::deserialize`, which, unlike serde's
//! default for `Option`, does not accept an absent key. Only the fields the
//! serialiser leaves out on purpose (`differs_from_builtin`, `not_meeting`,
//! `sub_items`) may be absent.

use crate::calendar::Calendar;
use crate::common::*;
use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AssessmentJson {
    schema: String,
    rubric: RubricJson,
    unit: UnitJson,
    members: MembersJson,
    criteria: Vec<CriterionJson>,
    #[serde(deserialize_with = "Option::deserialize")]
    total: Option<TotalJson>,
    outcome: OutcomeJson,
    warnings: Vec<String>,
    as_of: String,
    inputs: InputsJson,
    calendar: Calendar,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RubricJson {
    id: String,
    title: String,
    version: String,
    kind: String,
    provisional: Vec<String>,
    sha256: String,
    /// Present, and true, only for a file that claims a built-in id but differs.
    #[serde(default)]
    differs_from_builtin: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UnitJson {
    #[serde(deserialize_with = "Option::deserialize")]
    name: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    year: Option<i32>,
    #[serde(deserialize_with = "Option::deserialize")]
    kind: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MembersJson {
    total: u64,
    counted: u64,
    excluded: u64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CriterionJson {
    id: String,
    group: String,
    title: String,
    kind: String,
    #[serde(deserialize_with = "Option::deserialize")]
    numerator: Option<u64>,
    #[serde(deserialize_with = "Option::deserialize")]
    denominator: Option<u64>,
    #[serde(deserialize_with = "Option::deserialize")]
    ratio: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    value: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    band: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    points: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    max_points: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    level: Option<u8>,
    assessed: bool,
    applicable: bool,
    evidence: usize,
    evidence_codes: Vec<String>,
    warnings: Vec<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    next: Option<NextJson>,
    provisional: bool,
    /// Only with `--explain`, and only for member-ratio criteria.
    #[serde(default)]
    not_meeting: Option<Vec<MemberJson>>,
    /// Only when the criterion has sub-items (Hà Nội 3.1).
    #[serde(default)]
    sub_items: Vec<SubItemJson>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NextJson {
    target: String,
    members_needed: u64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MemberJson {
    line: u64,
    #[serde(deserialize_with = "Option::deserialize")]
    id: Option<String>,
    name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SubItemJson {
    id: String,
    column: String,
    title: String,
    points: String,
    numerator: u64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TotalJson {
    points: String,
    max_points: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OutcomeJson {
    recognized: bool,
    #[serde(deserialize_with = "Option::deserialize")]
    grade: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    level: Option<u8>,
    label: String,
    provisional: bool,
    #[serde(deserialize_with = "Option::deserialize")]
    indicators_level: Option<u8>,
    #[serde(deserialize_with = "Option::deserialize")]
    level_2_from: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct InputsJson {
    roster: String,
    roster_sha256: String,
    #[serde(deserialize_with = "Option::deserialize")]
    evidence: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    evidence_sha256: Option<String>,
    roster_read: RosterReadJson,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RosterReadJson {
    format: String,
    #[serde(deserialize_with = "Option::deserialize")]
    encoding: Option<String>,
    bom: bool,
    #[serde(deserialize_with = "Option::deserialize")]
    delimiter: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    sheet: Option<String>,
    header_line: u64,
}

/// Every folder of `examples/` that holds a roster: the shipped examples.
fn examples() -> Vec<String> {
    let mut units: Vec<String> = std::fs::read_dir(root().join("examples"))
        .expect("examples/")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("roster.csv").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    units.sort();
    units
}

fn score_json(unit: &str, rubric: &str, extra: &[&str]) -> Value {
    let out = dvht()
        .args([
            "score",
            &example(unit, "roster.csv"),
            "--rubric",
            rubric,
            "--format",
            "json",
            "--as-of",
            "2025-06-30",
        ])
        .args(extra)
        .run();
    assert!(
        out.code == 0 || out.code == 1,
        "{unit} under {rubric}: exit {}\n{}",
        out.code,
        out.stderr
    );
    out.json()
}

fn pinned(json: &Value, what: &str) -> AssessmentJson {
    serde_json::from_value(json.clone()).unwrap_or_else(|e| panic!("{what}: {e}\n{json:#}"))
}

#[test]
fn every_example_under_both_rubrics_fits_the_contract() {
    let units = examples();
    assert!(units.len() >= 3, "examples found: {units:?}");
    for unit in &units {
        for rubric in ["hanoi", "tt24"] {
            for extra in [&[][..], &["--explain", "--lang", "en"][..]] {
                let what = format!("{unit} under {rubric} {extra:?}");
                let a = pinned(&score_json(unit, rubric, extra), &what);
                assert_eq!(a.schema, "dvht.assessment/1", "{what}");
                let explain = !extra.is_empty();
                for c in &a.criteria {
                    let members = match c.kind.as_str() {
                        "members" => true,
                        "facts" => false,
                        k => panic!("{what} {}: kind {k}", c.id),
                    };
                    // SPEC: ratio fields for member criteria, `value` for unit facts.
                    assert_eq!(c.ratio.is_some(), members, "{what} {}", c.id);
                    assert_eq!(c.value.is_some(), !members, "{what} {}", c.id);
                    assert_eq!(c.evidence, c.evidence_codes.len(), "{what} {}", c.id);
                    assert_eq!(
                        c.not_meeting.is_some(),
                        explain && members,
                        "{what} {}",
                        c.id
                    );
                    if !c.applicable {
                        assert!(c.next.is_none(), "{what} {}", c.id);
                    }
                }
                match a.rubric.kind.as_str() {
                    "points" => {
                        assert!(a.total.is_some() && a.outcome.level.is_none(), "{what}");
                        let grade = a.outcome.grade.as_deref().unwrap_or("");
                        assert!(
                            ["tot", "kha", "trung-binh", "khong-dat"].contains(&grade),
                            "{what}: grade {grade}"
                        );
                        assert!(a.criteria.iter().all(|c| c.level.is_none()), "{what}");
                    }
                    "levels" => {
                        assert!(a.total.is_none() && a.outcome.grade.is_none(), "{what}");
                        assert!(matches!(a.outcome.level, Some(0..=2)), "{what}");
                        assert!(
                            a.criteria
                                .iter()
                                .all(|c| c.points.is_none() && c.max_points.is_none()),
                            "{what}"
                        );
                    }
                    k => panic!("{what}: rubric kind {k}"),
                }
            }
        }
    }
}

#[test]
fn a_field_renamed_or_left_out_breaks_the_pin() {
    let json = score_json("mn-hoa-sen", "hanoi", &[]);
    pinned(&json, "as written");
    let breaks = |change: &dyn Fn(&mut Value), what: &str| {
        let mut j = json.clone();
        change(&mut j);
        assert!(
            serde_json::from_value::<AssessmentJson>(j).is_err(),
            "{what} should not fit"
        );
    };
    breaks(
        &|j| {
            let c = j["criteria"][0].as_object_mut().unwrap();
            let band = c.remove("band").unwrap();
            c.insert("band_label".into(), band);
        },
        "a renamed field",
    );
    breaks(
        &|j| {
            j["criteria"][0].as_object_mut().unwrap().remove("next");
        },
        "a nullable field left out",
    );
    breaks(
        &|j| {
            j["outcome"].as_object_mut().unwrap().remove("label");
        },
        "a field left out",
    );
    breaks(
        &|j| {
            j["calendar"].as_object_mut().unwrap().remove("deadline");
        },
        "a calendar field left out",
    );
    // the contract lets fields be added, but only with this pin updated
    breaks(
        &|j| {
            j["members"]
                .as_object_mut()
                .unwrap()
                .insert("absent".into(), 0.into());
        },
        "a field added unseen",
    );
}
