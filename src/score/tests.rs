use super::*;
use crate::input::Dialect;
use crate::lang::Lang;
use crate::rubric::{FactScale, FactValue, Measure, MemberScale};
use rust_decimal::Decimal;
use std::path::Path;

const HEADER: &str = "name,excluded,self_study_plan,discipline,mandatory_training,digital_training,language_cert,emulation_title,learning_citizen,law_abiding,lifelong_commitment,family_learning,healthy_lifestyle,language_and_it,critical_thinking,gender_equality,cultural_diversity,knowledge_sharing";

/// `n` counted members meeting everything, except `no` members answering no in `col`.
fn roster_with(n: usize, no: &[(&str, usize)]) -> Roster {
    let cols: Vec<&str> = HEADER.split(',').collect();
    let mut text = format!("{HEADER}\n");
    for i in 0..n {
        let mut cells: Vec<String> = cols
            .iter()
            .map(|c| match *c {
                "name" => format!("M{i}"),
                "excluded" => String::new(),
                "emulation_title" => "lao-dong-tien-tien".into(),
                _ => "yes".into(),
            })
            .collect();
        for (col, count) in no {
            if i < *count {
                let idx = cols.iter().position(|c| c == col).unwrap();
                cells[idx] = if *col == "emulation_title" {
                    "none".into()
                } else {
                    "no".into()
                };
            }
        }
        text.push_str(&cells.join(","));
        text.push('\n');
    }
    let dialect = Dialect::text("UTF-8", false, b',');
    crate::roster::parse(&text, dialect, Path::new("r.csv"), &cols[2..]).unwrap()
}

fn manifest(extra: &str) -> Manifest {
    let text = format!(
        r#"[unit]
name = "U"
kind = "truong-hoc"
year = 2024
{extra}
[facts]
learning_plan = "implemented"
learning_regulations = "feasible"
learning_resources = "funding-and-facilities"
training_policy = true
training_budget = true
digital_equipment = true
community_learning = true
knowledge_sharing_activities = true
collective_title = "co-thi-dua"
digital_maturity = "tot"
"#
    );
    crate::manifest::parse(&text, Path::new("evidence.toml")).unwrap()
}

fn opts(as_of: &str) -> Options {
    Options {
        as_of: Some(NaiveDate::parse_from_str(as_of, "%Y-%m-%d").unwrap()),
        today: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        strict_evidence: false,
        explain: true,
    }
}

/// Scores a rubric that `rubric::load` checked, which always can be scored.
fn assess(
    rubric: &Rubric,
    roster: &Roster,
    manifest: Option<&Manifest>,
    opts: &Options,
) -> Assessment {
    super::assess(rubric, roster, manifest, opts).unwrap()
}

fn hanoi() -> Rubric {
    crate::rubric::load("hanoi").unwrap()
}

fn tt24() -> Rubric {
    crate::rubric::load("tt24").unwrap()
}

fn crit<'a>(a: &'a Assessment, id: &str) -> &'a CriterionResult {
    a.criteria.iter().find(|c| c.id == id).unwrap()
}

fn points(a: &Assessment, id: &str) -> Decimal {
    crit(a, id).points.unwrap()
}

#[test]
fn hanoi_bands_at_every_edge() {
    let r = hanoi();
    let m = manifest("");
    // (members answering no out of 20, expected points) for 2.2 (discipline)
    for (no, pts) in [
        (0, 5),
        (1, 3),
        (5, 3),
        (6, 2),
        (10, 2),
        (11, 1),
        (14, 1),
        (15, 0),
        (20, 0),
    ] {
        let a = assess(
            &r,
            &roster_with(20, &[("discipline", no)]),
            Some(&m),
            &opts("2025-01-01"),
        );
        assert_eq!(
            points(&a, "2.2"),
            Decimal::from(pts),
            "{no} of 20 without discipline"
        );
    }
    // 2.4 has two adjacent 2-point bands and a 70-100 top band
    for (no, pts) in [
        (0, 5),
        (6, 5),
        (7, 3),
        (10, 3),
        (11, 2),
        (14, 2),
        (15, 2),
        (16, 2),
        (17, 0),
    ] {
        let a = assess(
            &r,
            &roster_with(20, &[("emulation_title", no)]),
            Some(&m),
            &opts("2025-01-01"),
        );
        assert_eq!(
            points(&a, "2.4"),
            Decimal::from(pts),
            "{no} of 20 without a title"
        );
    }
}

#[test]
fn hanoi_2_1_gap_scores_next_lower_band_with_a_warning() {
    let r = hanoi();
    let m = manifest("");
    // 16/20 = 80 % → 8; 15/20 = 75 % (gap) → 7 with a warning; 14/20 = 70 % → 7, no warning
    let a = assess(
        &r,
        &roster_with(20, &[("self_study_plan", 4)]),
        Some(&m),
        &opts("2025-01-01"),
    );
    assert_eq!(points(&a, "2.1"), Decimal::from(8));
    assert!(!crit(&a, "2.1")
        .warnings
        .iter()
        .any(|w| w.code == "band-gap"));
    let a = assess(
        &r,
        &roster_with(20, &[("self_study_plan", 5)]),
        Some(&m),
        &opts("2025-01-01"),
    );
    let c = crit(&a, "2.1");
    assert_eq!(c.points, Some(Decimal::from(7)));
    assert_eq!(c.warnings[0].code, "band-gap");
    assert_eq!(c.next.as_ref().unwrap().members_needed, 1);
    assert!(a.warnings.iter().any(|w| w.code == "band-gap"));
    let a = assess(
        &r,
        &roster_with(20, &[("self_study_plan", 6)]),
        Some(&m),
        &opts("2025-01-01"),
    );
    assert_eq!(points(&a, "2.1"), Decimal::from(7));
    assert!(!crit(&a, "2.1")
        .warnings
        .iter()
        .any(|w| w.code == "band-gap"));
}

#[test]
fn next_aims_at_the_lowest_threshold_with_more_points() {
    // Hà Nội 2.4 at 25 % aims at 50 % (3 points), not 30 % (also 2 points).
    let a = assess(
        &hanoi(),
        &roster_with(20, &[("emulation_title", 15)]),
        Some(&manifest("")),
        &opts("2025-01-01"),
    );
    let next = crit(&a, "2.4").next.clone().unwrap();
    assert_eq!(crate::report::reached::next_target(&next.target), "50–<70%");
    assert!(matches!(next.target, NextTarget::Band { points, .. } if points == Decimal::from(3)));
    assert_eq!(next.members_needed, 5);
    // at the top band there is no next
    let a = assess(
        &hanoi(),
        &roster_with(20, &[]),
        Some(&manifest("")),
        &opts("2025-01-01"),
    );
    assert!(a.criteria.iter().all(|c| c.next.is_none()));
    assert_eq!(a.total.as_ref().unwrap().points, Decimal::from(100));
    assert_eq!(a.outcome.grade.as_deref(), Some("tot"));
}

#[test]
fn hanoi_3_1_needs_all_eight_competencies() {
    let a = assess(
        &hanoi(),
        &roster_with(10, &[("gender_equality", 1), ("law_abiding", 2)]),
        Some(&manifest("")),
        &opts("2025-01-01"),
    );
    let c = crit(&a, "3.1");
    assert_eq!((c.numerator, c.denominator), (Some(8), Some(10)));
    assert_eq!(c.points, Some(Decimal::from(15)));
    assert_eq!(
        c.sub_items.iter().find(|s| s.id == "a").unwrap().numerator,
        8
    );
    assert_eq!(
        c.sub_items.iter().find(|s| s.id == "g").unwrap().numerator,
        9
    );
    assert_eq!(c.not_meeting.len(), 2);
}

#[test]
fn hanoi_classification_edges() {
    let r = hanoi();
    // 1.1 issued (5 instead of 10) and 3.3 at 75 % (3 instead of 5): 93 → Tốt
    let m = manifest("").clone();
    let mut m2 = m.clone();
    m2.facts
        .insert("learning_plan", FactValue::Choice("none", 0));
    m2.facts
        .insert("learning_regulations", FactValue::Choice("none", 0));
    m2.facts
        .insert("learning_resources", FactValue::Choice("none", 0));
    // 100 - 30 = 70 → Khá (on the edge)
    let a = assess(&r, &roster_with(20, &[]), Some(&m2), &opts("2025-01-01"));
    assert_eq!(a.total.as_ref().unwrap().points, Decimal::from(70));
    assert_eq!(a.outcome.grade.as_deref(), Some("kha"));
    // one member short on 2.2 (5 → 3): 68 → Trung bình, still recognised
    let a = assess(
        &r,
        &roster_with(20, &[("discipline", 1)]),
        Some(&m2),
        &opts("2025-01-01"),
    );
    assert_eq!(a.total.as_ref().unwrap().points, Decimal::from(68));
    assert_eq!(a.outcome.grade.as_deref(), Some("trung-binh"));
    assert!(a.outcome.recognized);
    assert!(a.outcome.provisional);
    assert!(a
        .warnings
        .iter()
        .any(|w| w.code == "provisional-classification"));
    // 3.1 to 0 and 2.1 to 0 as well: 68 - 25 - 10 = 33 → Không đạt
    let a = assess(
        &r,
        &roster_with(
            20,
            &[
                ("discipline", 1),
                ("law_abiding", 20),
                ("self_study_plan", 20),
            ],
        ),
        Some(&m2),
        &opts("2025-01-01"),
    );
    assert_eq!(a.outcome.grade.as_deref(), Some("khong-dat"));
    assert!(!a.outcome.recognized);
}

#[test]
fn tt24_thresholds_exactly_on_the_edge() {
    let r = tt24();
    let m = manifest("[recognition]\nlevel = 1\ndecided_on = 2023-01-10\n");
    // 18/20 = 90 % → level 1; 17/20 → level 0; 19/20 = 95 % → level 2
    for (no, level) in [(0, 2), (1, 2), (2, 1), (3, 0)] {
        let a = assess(
            &r,
            &roster_with(20, &[("discipline", no)]),
            Some(&m),
            &opts("2025-01-01"),
        );
        assert_eq!(crit(&a, "2.1").level, Some(level), "{no} of 20");
    }
    // 3.1: 95 % level 1, 98 % level 2 (50 members: 49 = 98 %)
    for (no, level) in [(0, 2), (1, 2), (2, 1), (3, 0)] {
        let a = assess(
            &r,
            &roster_with(50, &[("learning_citizen", no)]),
            Some(&m),
            &opts("2025-01-01"),
        );
        let expected = match no {
            0 | 1 => 2,
            2 => 1, // 48/50 = 96 %
            _ => 1, // 47/50 = 94 % < 95 % → 0
        };
        let expected = if no == 3 { 0 } else { expected };
        assert_eq!(crit(&a, "3.1").level, Some(expected), "{no} of 50");
        let _ = level;
    }
    // 2.4: 50 % level 1, 70 % level 2
    let a = assess(
        &r,
        &roster_with(10, &[("language_cert", 5)]),
        Some(&m),
        &opts("2025-01-01"),
    );
    assert_eq!(crit(&a, "2.4").level, Some(1));
    assert_eq!(crit(&a, "2.4").next.as_ref().unwrap().members_needed, 2);
    let a = assess(
        &r,
        &roster_with(10, &[("language_cert", 6)]),
        Some(&m),
        &opts("2025-01-01"),
    );
    assert_eq!(crit(&a, "2.4").level, Some(0));
    assert_eq!(a.outcome.level, Some(0));
    assert!(!a.outcome.recognized);
}

#[test]
fn twelve_month_rule_on_its_edge_day() {
    let r = tt24();
    let m = manifest("[recognition]\nlevel = 1\ndecided_on = 2024-01-10\n");
    let ro = roster_with(20, &[]);
    let a = assess(&r, &ro, Some(&m), &opts("2025-01-09"));
    assert_eq!(a.outcome.indicators_level, Some(2));
    assert_eq!(a.outcome.level, Some(1));
    assert_eq!(a.outcome.level_2_from, NaiveDate::from_ymd_opt(2025, 1, 10));
    assert!(a.warnings.iter().any(|w| w.code == "level-2-too-soon"));
    let a = assess(&r, &ro, Some(&m), &opts("2025-01-10"));
    assert_eq!(a.outcome.level, Some(2));
    // no recorded recognition: level 1
    let a = assess(&r, &ro, Some(&manifest("")), &opts("2030-01-01"));
    assert_eq!(a.outcome.level, Some(1));
    assert!(a
        .warnings
        .iter()
        .any(|w| w.code == "level-2-needs-prior-recognition"));
    // a recognition lapses 36 months after the year it was granted (2024 → end of 2027)
    let a = assess(&r, &ro, Some(&m), &opts("2027-12-31"));
    assert_eq!(a.outcome.level, Some(2));
    let a = assess(&r, &ro, Some(&m), &opts("2028-01-01"));
    assert_eq!(a.outcome.level, Some(1));
    assert!(a
        .warnings
        .iter()
        .any(|w| w.code == "prior-recognition-expired"));
}

#[test]
fn language_indicator_does_not_apply_to_economic_bodies() {
    let r = tt24();
    let mut m = manifest("[recognition]\nlevel = 1\ndecided_on = 2020-01-10\n");
    m.unit.kind = Some("to-chuc-kinh-te".into());
    let a = assess(
        &r,
        &roster_with(10, &[("language_cert", 10)]),
        Some(&m),
        &opts("2021-06-01"),
    );
    let c = crit(&a, "2.4");
    assert!(!c.applicable);
    assert_eq!(c.level, None);
    assert!(c.next.is_none());
    assert_eq!(a.outcome.level, Some(2));
    // the same roster at a school is held back
    m.unit.kind = Some("truong-hoc".into());
    let a = assess(
        &r,
        &roster_with(10, &[("language_cert", 10)]),
        Some(&m),
        &opts("2021-06-01"),
    );
    assert_eq!(a.outcome.level, Some(0));
}

#[test]
fn missing_facts_are_not_assessed() {
    let r = tt24();
    let mut m = manifest("");
    m.facts.remove("training_policy");
    let a = assess(&r, &roster_with(10, &[]), Some(&m), &opts("2025-01-01"));
    let c = crit(&a, "1.2");
    assert!(!c.assessed);
    assert_eq!(c.level, Some(0));
    assert_eq!(a.outcome.level, Some(0));
    assert!(c.warnings.iter().any(|w| w.code == "missing-fact"));
    // without any manifest: every unit-level criterion not assessed
    let a = assess(&hanoi(), &roster_with(10, &[]), None, &opts("2025-01-01"));
    assert_eq!(a.total.as_ref().unwrap().points, Decimal::from(60)); // 1.1–1.3 and 3.2 lost
    assert!(a.warnings.iter().any(|w| w.code == "no-manifest"));
    assert!(a
        .criteria
        .iter()
        .filter(|c| c.kind == MeasureKind::Facts)
        .all(|c| !c.assessed));
}

#[test]
fn empty_denominator_is_not_assessed() {
    let mut ro = roster_with(2, &[]);
    for m in &mut ro.members {
        m.excluded = Some("nghỉ".into());
    }
    let a = assess(&tt24(), &ro, Some(&manifest("")), &opts("2025-01-01"));
    let c = crit(&a, "2.1");
    assert!(!c.assessed);
    assert_eq!(c.level, Some(0));
    assert_eq!((a.members.counted, a.members.excluded), (0, 2));
}

#[test]
fn strict_evidence_scores_unsupported_criteria_zero() {
    let r = hanoi();
    let mut m = manifest("");
    m.evidence.push(crate::manifest::EvidenceItem {
        code: "A".into(),
        title: "t".into(),
        file: "f".into(),
        sha256: None,
        supports: vec!["learning_plan"],
        line: 1,
        flaws: Vec::new(),
        unsound: None,
    });
    let mut o = opts("2025-01-01");
    let a = assess(&r, &roster_with(10, &[]), Some(&m), &o);
    assert_eq!(a.total.as_ref().unwrap().points, Decimal::from(100));
    assert!(crit(&a, "2.1")
        .warnings
        .iter()
        .any(|w| w.code == "no-evidence"));
    assert!(crit(&a, "1.1").warnings.is_empty());
    o.strict_evidence = true;
    let a = assess(&r, &roster_with(10, &[]), Some(&m), &o);
    assert_eq!(a.total.as_ref().unwrap().points, Decimal::from(10));
    assert_eq!(crit(&a, "1.1").evidence_codes, vec!["A".to_string()]);
}

#[test]
fn a_member_who_starts_meeting_never_lowers_the_score() {
    // Property over every roster size up to 40 and every count of "no" answers.
    for rubric in [hanoi(), tt24()] {
        let m = manifest("[recognition]\nlevel = 1\ndecided_on = 2020-01-10\n");
        for n in 1..=40usize {
            let mut prev: Option<(Decimal, u8)> = None;
            for no in (0..=n).rev() {
                let a = assess(
                    &rubric,
                    &roster_with(
                        n,
                        &[
                            ("discipline", no),
                            ("language_cert", no),
                            ("emulation_title", no),
                        ],
                    ),
                    Some(&m),
                    &opts("2025-01-01"),
                );
                let score = (
                    a.total.as_ref().map_or(Decimal::ZERO, |t| t.points),
                    a.outcome.level.unwrap_or(0),
                );
                if let Some(p) = prev {
                    assert!(
                        score.0 >= p.0 && score.1 >= p.1,
                        "{} n={n} no={no}",
                        rubric.id
                    );
                }
                // members_needed really reaches the target and no fewer would
                for c in &a.criteria {
                    if let (Some(next), Some(num)) = (&c.next, c.numerator) {
                        assert!(next.members_needed >= 1 && num + next.members_needed <= n as u64);
                    }
                }
                prev = Some(score);
            }
        }
    }
}

#[test]
fn a_hand_built_rubric_is_an_error_not_a_panic() {
    let ro = roster_with(10, &[]);
    let m = manifest("[recognition]\nlevel = 1\ndecided_on = 2020-01-10\n");
    let o = opts("2025-01-01");
    let err = |r: &Rubric| {
        super::assess(r, &ro, Some(&m), &o)
            .unwrap_err()
            .render(Lang::En)
    };
    // a points rubric without a classification, or with no grade in it
    let mut r = hanoi();
    r.classification = None;
    assert!(err(&r).contains("[classification]"), "{}", err(&r));
    let mut r = hanoi();
    if let Some(c) = r.classification.as_mut() {
        c.grades.clear();
    }
    assert!(err(&r).contains("[classification]"));
    // a levels rubric without its recognition rule
    let mut r = tt24();
    r.recognition = None;
    assert!(err(&r).contains("[recognition]"));
    // points that add up beyond a decimal
    let mut r = hanoi();
    for c in &mut r.criteria {
        if let Measure::Members {
            scale: MemberScale::Bands { bands, .. },
            ..
        } = &mut c.measure
        {
            for b in bands {
                b.points = Decimal::MAX;
            }
        }
    }
    assert!(err(&r).contains("add up"));
}

#[test]
fn a_threshold_at_the_top_level_number_does_not_overflow() {
    let mut r = tt24();
    for c in &mut r.criteria {
        match &mut c.measure {
            Measure::Members {
                scale: MemberScale::Levels(ls),
                ..
            } => ls.iter_mut().for_each(|l| l.level = u8::MAX),
            Measure::Facts {
                scale: FactScale::Levels(ls),
            } => ls.iter_mut().for_each(|l| l.level = u8::MAX),
            _ => {}
        }
    }
    let a = assess(
        &r,
        &roster_with(10, &[]),
        Some(&manifest("")),
        &opts("2025-01-01"),
    );
    let c = crit(&a, "2.1");
    assert_eq!(c.level, Some(u8::MAX));
    assert!(c.next.is_none());
}

#[test]
fn bands_are_worded_from_data() {
    use crate::report::reached::band;
    // a gap scored as the band below names both
    let a = assess(
        &hanoi(),
        &roster_with(20, &[("self_study_plan", 5)]),
        Some(&manifest("")),
        &opts("2025-01-01"),
    );
    let c = crit(&a, "2.1");
    assert!(matches!(
        c.band,
        Some(Reached::Gap {
            counted_as: Some(_),
            ..
        })
    ));
    assert_eq!(band(c, Lang::Vi).as_deref(), Some("75–<80% (50–<75%)"));
    // a unit-level level missed entirely says so, in each language
    let mut m = manifest("");
    m.facts
        .insert("digital_maturity", FactValue::Choice("chua-dat", 0));
    let a = assess(
        &tt24(),
        &roster_with(10, &[]),
        Some(&m),
        &opts("2025-01-01"),
    );
    let c = a
        .criteria
        .iter()
        .find(|c| matches!(&c.band, Some(Reached::Conditions { met: false, .. })))
        .expect("a missed unit-level criterion");
    assert!(band(c, Lang::Vi).unwrap().starts_with("không đạt: "));
    assert!(band(c, Lang::En).unwrap().starts_with("not met: "));
}

#[test]
fn percentages_beyond_a_decimal_do_not_overflow() {
    // rubric::load takes 0–100 only; a rubric built in code may hold anything.
    let mut r = hanoi();
    for c in &mut r.criteria {
        if let Measure::Members {
            scale: MemberScale::Bands { bands, .. },
            ..
        } = &mut c.measure
        {
            for b in bands {
                b.range.hi = Decimal::MAX;
            }
        }
    }
    let a = assess(
        &r,
        &roster_with(20, &[("discipline", 3)]),
        Some(&manifest("")),
        &opts("2025-01-01"),
    );
    assert!(crit(&a, "2.2").points.is_some());
    let mut r = tt24();
    for c in &mut r.criteria {
        if let Measure::Members {
            scale: MemberScale::Levels(ls),
            ..
        } = &mut c.measure
        {
            for l in ls {
                l.min_percent = if l.level == 1 {
                    Decimal::MIN
                } else {
                    Decimal::MAX
                };
            }
        }
    }
    let a = assess(
        &r,
        &roster_with(20, &[]),
        Some(&manifest("")),
        &opts("2025-01-01"),
    );
    let c = crit(&a, "2.1");
    assert_eq!(c.level, Some(1));
    assert!(
        c.next.is_none(),
        "no count reaches a level above every share"
    );
}

#[test]
fn next_steps_with_points_beyond_a_decimal_do_not_overflow() {
    // Two criteria whose top band pays the largest decimal, each short of it.
    let mut r = hanoi();
    for c in &mut r.criteria {
        if let Measure::Members {
            scale: MemberScale::Bands { bands, .. },
            ..
        } = &mut c.measure
        {
            for b in bands.iter_mut() {
                b.points = Decimal::ZERO;
            }
            if c.id == "2.2" || c.id == "2.4" {
                if let Some(top) = bands.iter_mut().max_by(|a, b| a.range.lo.cmp(&b.range.lo)) {
                    top.points = Decimal::MAX;
                }
            }
        }
    }
    let a = assess(
        &r,
        &roster_with(20, &[("discipline", 2), ("emulation_title", 10)]),
        Some(&manifest("")),
        &opts("2025-01-01"),
    );
    let actions = crate::report::summary::actions(&a, &r, Lang::En);
    assert!(
        actions
            .iter()
            .filter(|x| x.members_needed.is_some())
            .count()
            >= 2
    );
}
