//! Scoring: a pure function from (rubric, roster, manifest, options) to an
//! `Assessment`. No I/O. Ratios are compared exactly (`rubric::range`), and every
//! rule that had to be read one way or another says so in a warning.

use crate::assessment::*;
use crate::calendar::{self, Calendar};
use crate::lang::Lang;
use crate::manifest::Manifest;
use crate::roster::{Member, Roster};
use crate::rubric::range::{members_for, PercentRange};
use crate::rubric::*;
use chrono::NaiveDate;
use rust_decimal::Decimal;

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
) -> Assessment {
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
        warnings.push(Warning::new(
            "excluded-members",
            format!(
                "{} thành viên không tính vào tỷ lệ: {}",
                counts.excluded,
                reasons.join("; ")
            ),
            format!(
                "{} member(s) not counted in any ratio: {}",
                counts.excluded,
                reasons.join("; ")
            ),
        ));
    }
    if rubric.differs_from_builtin {
        let (vi, en) = crate::rubric::catalog::differs_message(rubric);
        warnings.push(Warning::new("rubric-differs-from-builtin", vi, en));
    }
    if manifest.is_none() {
        warnings.push(Warning::new(
            "no-manifest",
            "không có tệp evidence.toml: các tiêu chí cấp đơn vị \"chưa đánh giá\" (0 điểm / không đạt) và không đếm được minh chứng",
            "no evidence.toml: unit-level criteria are \"not assessed\" (0 points / not reached) and no evidence is counted",
        ));
    }
    for e in manifest.iter().flat_map(|m| &m.evidence) {
        if let Some((vi, en)) = &e.unsound {
            warnings.push(Warning::new(
                "evidence-file",
                format!("minh chứng {} không được tính: {vi}", e.code),
                format!("evidence item {} does not count: {en}", e.code),
            ));
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
        let r = criterion(rubric, c, &counted, manifest, unit_kind, opts);
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
        RubricKind::Points => points_outcome(rubric, &results, &mut warnings),
        RubricKind::Levels => (
            None,
            levels_outcome(rubric, &results, &calendar, &mut warnings),
        ),
    };

    Assessment {
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
    }
}

fn criterion(
    rubric: &Rubric,
    c: &Criterion,
    counted: &[&Member],
    manifest: Option<&Manifest>,
    unit_kind: Option<&str>,
    opts: &Options,
) -> CriterionResult {
    let mut r = CriterionResult {
        id: c.id.clone(),
        group: c.group.clone(),
        title: c.title.clone(),
        title_en: c.title_en.clone(),
        kind: MeasureKind::Facts,
        numerator: None,
        denominator: None,
        value: None,
        band: None,
        band_en: None,
        points: None,
        max_points: c.max_points,
        level: None,
        assessed: true,
        applicable: c.applies_to(unit_kind),
        // An item whose file is missing or changed proves nothing (`check-evidence`
        // says the same of it).
        evidence_codes: manifest
            .map(|m| {
                m.supporting(&c.inputs())
                    .into_iter()
                    .filter(|e| e.unsound.is_none())
                    .map(|e| e.code.clone())
                    .collect()
            })
            .unwrap_or_default(),
        warnings: Vec::new(),
        next: None,
        provisional: false,
        not_meeting: Vec::new(),
        sub_items: Vec::new(),
    };
    let zero = |r: &mut CriterionResult| match rubric.kind {
        RubricKind::Points => r.points = Some(Decimal::ZERO),
        RubricKind::Levels => r.level = Some(0),
    };

    match &c.measure {
        Measure::Members { predicate, scale } => {
            r.kind = MeasureKind::Members;
            let den = counted.len() as u64;
            let mut num = 0u64;
            for m in counted {
                if predicate.meets(m.yes, m.title) {
                    num += 1;
                } else if opts.explain {
                    r.not_meeting.push(MemberRef {
                        line: m.line,
                        id: m.id.clone(),
                        name: m.name.clone(),
                    });
                }
            }
            r.numerator = Some(num);
            r.denominator = Some(den);
            for s in &c.sub_items {
                let bit = crate::vocab::yes_no_bit(s.column).unwrap_or(0);
                r.sub_items.push(SubItemResult {
                    id: s.id.clone(),
                    column: s.column,
                    title: s.title.clone(),
                    points: s.points,
                    numerator: counted.iter().filter(|m| m.yes & bit == bit).count() as u64,
                });
            }
            if den == 0 {
                r.assessed = false;
                zero(&mut r);
                r.warnings.push(Warning::new(
                    "empty-denominator",
                    "không có thành viên nào được tính: chưa đánh giá",
                    "no counted member: not assessed",
                ));
            } else {
                match scale {
                    MemberScale::Bands {
                        bands,
                        gap_policy,
                        gap_note,
                    } => score_bands(&mut r, bands, *gap_policy, gap_note.as_ref(), num, den),
                    MemberScale::Levels(levels) => score_member_levels(&mut r, levels, num, den),
                }
            }
        }
        Measure::Facts { scale } => {
            let inputs = c.inputs();
            let values: Vec<(&str, Option<FactValue>)> = inputs
                .iter()
                .map(|name| (*name, manifest.and_then(|m| m.facts.get(name).copied())))
                .collect();
            let missing: Vec<&str> = values
                .iter()
                .filter(|(_, v)| v.is_none())
                .map(|(n, _)| *n)
                .collect();
            r.value = Some(
                values
                    .iter()
                    .map(|(n, v)| format!("{n} = {}", v.map_or("—".to_string(), |v| v.text())))
                    .collect::<Vec<_>>()
                    .join(", "),
            );
            if !missing.is_empty() {
                r.assessed = false;
                zero(&mut r);
                if manifest.is_some() {
                    r.warnings.push(Warning::new(
                        "missing-fact",
                        format!(
                            "thiếu dữ kiện {} trong [facts]: chưa đánh giá",
                            missing.join(", ")
                        ),
                        format!("[facts] lacks {}: not assessed", missing.join(", ")),
                    ));
                }
            } else {
                let get = |name: &str| {
                    values
                        .iter()
                        .find(|(n, _)| *n == name)
                        .and_then(|(_, v)| *v)
                };
                let holds = |conds: &[Condition]| {
                    conds
                        .iter()
                        .all(|cd| get(cd.fact.name).is_some_and(|v| cd.holds(v)))
                };
                match scale {
                    FactScale::Cases(cases) => match cases.iter().find(|k| holds(&k.when)) {
                        Some(k) => {
                            r.points = Some(k.points);
                            r.band = Some(k.label.clone());
                            r.band_en = Some(k.label_en.clone());
                        }
                        None => {
                            r.points = Some(Decimal::ZERO);
                            r.warnings.push(Warning::new(
                                "no-case",
                                "giá trị không ứng với mức nào của bộ tiêu chí: 0 điểm",
                                "the value matches none of the rubric's cases: 0 points",
                            ));
                        }
                    },
                    FactScale::Levels(levels) => {
                        let mut sorted: Vec<&FactLevel> = levels.iter().collect();
                        sorted.sort_by_key(|l| l.level);
                        let mut reached = 0;
                        let mut band = None;
                        // The thresholds consulted: those met and the first one missed.
                        // Only a provisional one among them could change the level.
                        for l in &sorted {
                            if !holds(&l.when) {
                                r.provisional |= l.provisional;
                                if reached == 0 {
                                    band =
                                        Some(format!("không đạt: {}", describe(&l.when, Lang::Vi)));
                                    r.band_en =
                                        Some(format!("not met: {}", describe(&l.when, Lang::En)));
                                }
                                break;
                            }
                            reached = l.level;
                            r.provisional |= l.provisional;
                            band = Some(describe(&l.when, Lang::Vi));
                            r.band_en = Some(describe(&l.when, Lang::En));
                        }
                        // The mark goes on the provisional threshold only: the one reached,
                        // or the next one missed.
                        if let Some(l) = sorted.iter().find(|l| l.level == reached) {
                            if l.provisional {
                                band = band.map(|b| format!("{b} (tạm thời)"));
                                r.band_en = r.band_en.take().map(|b| format!("{b} (provisional)"));
                            }
                        }
                        if let Some(n) = sorted.iter().find(|l| l.level == reached + 1) {
                            if n.provisional && reached > 0 {
                                band = band.map(|b| {
                                    format!("{b}; chưa đạt mức {} (ngưỡng tạm thời)", n.level)
                                });
                                r.band_en = r.band_en.take().map(|b| {
                                    format!(
                                        "{b}; level {} not met (provisional threshold)",
                                        n.level
                                    )
                                });
                            }
                        }
                        r.band = band;
                        r.level = Some(reached);
                    }
                }
            }
        }
    }

    if !r.applicable {
        r.points = None;
        r.max_points = None;
        r.level = None;
        r.next = None;
        r.band = None;
        r.band_en = None;
        r.provisional = false;
        r.warnings.push(Warning::new(
            "not-applicable",
            format!(
                "không áp dụng cho loại đơn vị `{}`",
                unit_kind.unwrap_or("")
            ),
            format!("does not apply to unit kind `{}`", unit_kind.unwrap_or("")),
        ));
    } else if r.evidence_codes.is_empty() && (manifest.is_some() || opts.strict_evidence) {
        // Items that name the criterion but whose files cannot count, and why.
        let (broken_vi, broken_en): (Vec<String>, Vec<String>) = manifest
            .map(|m| m.supporting(&c.inputs()))
            .unwrap_or_default()
            .into_iter()
            .filter_map(|e| {
                let (vi, en) = e.unsound.as_ref()?;
                Some((format!("{}: {vi}", e.code), format!("{}: {en}", e.code)))
            })
            .unzip();
        let (why_vi, why_en) = if broken_vi.is_empty() {
            (String::new(), String::new())
        } else {
            (
                format!("; minh chứng không dùng được — {}", broken_vi.join("; ")),
                format!("; items that cannot count — {}", broken_en.join("; ")),
            )
        };
        if opts.strict_evidence {
            zero(&mut r);
            r.band = None;
            r.band_en = None;
            r.next = None;
            r.provisional = false;
            r.warnings.push(Warning::new(
                "no-evidence-strict",
                format!("không có minh chứng hợp lệ (--strict-evidence): tính 0 điểm / không đạt{why_vi}"),
                format!("no valid supporting evidence (--strict-evidence): scored 0 points / not reached{why_en}"),
            ));
        } else {
            r.warnings.push(Warning::new(
                "no-evidence",
                format!(
                    "không có minh chứng hợp lệ nào hỗ trợ ({}){why_vi}",
                    c.inputs().join(", ")
                ),
                format!(
                    "no valid evidence item supports it ({}){why_en}",
                    c.inputs().join(", ")
                ),
            ));
        }
    }
    r
}

/// Conditions in words, for the band column.
fn describe(conds: &[Condition], lang: Lang) -> String {
    conds
        .iter()
        .map(|c| c.words(lang))
        .collect::<Vec<_>>()
        .join(lang.pick("; ", "; "))
}

fn score_bands(
    r: &mut CriterionResult,
    bands: &[Band],
    gap_policy: Option<GapPolicy>,
    gap_note: Option<&(String, String)>,
    num: u64,
    den: u64,
) {
    let current = match bands.iter().find(|b| b.range.contains(num, den)) {
        Some(b) => {
            r.points = Some(b.points);
            r.band = Some(b.range.label());
            r.provisional = b.provisional;
            b.points
        }
        None => {
            // In a gap of the published scale: apply the declared policy, openly.
            let below = bands
                .iter()
                .filter(|b| {
                    // the whole band lies below the ratio
                    crate::rubric::range::at_least(num, den, b.range.hi, !b.range.hi_inclusive)
                })
                .max_by(|a, b| a.range.hi.cmp(&b.range.hi));
            let points = match (gap_policy, below) {
                (Some(GapPolicy::NextLower), Some(b)) => {
                    r.band = Some(format!(
                        "{} ({})",
                        gap_label(bands, num, den),
                        b.range.label()
                    ));
                    r.provisional = b.provisional;
                    b.points
                }
                _ => {
                    r.band = Some(gap_label(bands, num, den));
                    Decimal::ZERO
                }
            };
            r.points = Some(points);
            let (vi, en) = gap_note.cloned().unwrap_or_else(|| {
                (
                    "tỷ lệ nằm ngoài mọi mức của văn bản".to_string(),
                    "the ratio falls in no published band".to_string(),
                )
            });
            r.warnings.push(Warning::new(
                "band-gap",
                format!("{num}/{den} nằm trong khoảng trống của thang điểm; {vi} → {points} điểm"),
                format!("{num}/{den} falls in a gap of the scale; {en} → {points} points"),
            ));
            points
        }
    };
    // The nearest band that gives strictly more points.
    r.next = bands
        .iter()
        .filter(|b| b.points > current)
        .filter_map(|b| b.range.first_count_from(num + 1, den).map(|n| (n, b)))
        .min_by_key(|(n, b)| (*n, std::cmp::Reverse(b.points)))
        .map(|(n, b)| Next {
            target: b.range.label(),
            members_needed: n - num,
        });
}

/// The label of the gap a ratio fell into (`75–<80%`).
fn gap_label(bands: &[Band], num: u64, den: u64) -> String {
    let cov = crate::rubric::band::coverage(bands);
    cov.gaps
        .iter()
        .find(|g: &&PercentRange| g.contains(num, den))
        .map(|g| g.label())
        .unwrap_or_else(|| "—".to_string())
}

fn score_member_levels(r: &mut CriterionResult, levels: &[LevelThreshold], num: u64, den: u64) {
    let mut sorted: Vec<&LevelThreshold> = levels.iter().collect();
    sorted.sort_by_key(|l| l.level);
    let mut reached = 0;
    for l in &sorted {
        if !crate::rubric::range::at_least(num, den, l.min_percent, true) {
            break;
        }
        reached = l.level;
    }
    r.level = Some(reached);
    // A level shown depends on a provisional value when that value was consulted:
    // the threshold reached, or the one just above it.
    r.provisional = sorted
        .iter()
        .filter(|l| l.level <= reached + 1)
        .any(|l| l.provisional);
    // The band names the thresholds consulted; the mark goes on a provisional one only.
    let mark = |l: &LevelThreshold, lang: Lang| {
        if l.provisional {
            lang.pick(" (tạm thời)", " (provisional)")
        } else {
            ""
        }
    };
    let band = |lang: Lang| {
        let mut parts = Vec::new();
        if let Some(l) = sorted.iter().rev().find(|l| l.level == reached) {
            parts.push(format!("≥{}%{}", l.min_percent.normalize(), mark(l, lang)));
        }
        if let Some(l) = sorted.iter().find(|l| l.level == reached + 1) {
            parts.push(format!("<{}%{}", l.min_percent.normalize(), mark(l, lang)));
        }
        if parts.is_empty() {
            "—".to_string()
        } else {
            parts.join(", ")
        }
    };
    r.band = Some(band(Lang::Vi));
    r.band_en = Some(band(Lang::En));
    r.next = sorted.iter().find(|l| l.level == reached + 1).map(|l| {
        let needed = members_for(den, l.min_percent, true);
        Next {
            target: format!("≥{}%", l.min_percent.normalize()),
            members_needed: needed.saturating_sub(num),
        }
    });
}

fn points_outcome(
    rubric: &Rubric,
    results: &[CriterionResult],
    warnings: &mut Vec<Warning>,
) -> (Option<Total>, Outcome) {
    let points: Decimal = results.iter().filter_map(|r| r.points).sum();
    let max_points = rubric
        .max_points
        .unwrap_or_else(|| results.iter().filter_map(|r| r.max_points).sum());
    let classification = rubric
        .classification
        .as_ref()
        .expect("points rubrics have a classification");
    let grade = classification
        .grades
        .iter()
        .find(|g| points >= g.min_points)
        .or(classification.grades.last())
        .expect("a classification has grades");
    if classification.provisional {
        warnings.push(Warning::new(
            "provisional-classification",
            format!(
                "ngưỡng xếp loại ({}) là TẠM THỜI: {}",
                grade_list(classification, crate::lang::Lang::Vi),
                classification.source
            ),
            format!(
                "the classification thresholds ({}) are PROVISIONAL: {}",
                grade_list(classification, crate::lang::Lang::En),
                classification.source
            ),
        ));
    }
    (
        Some(Total { points, max_points }),
        Outcome {
            recognized: grade.recognized,
            grade: Some(grade.id.clone()),
            level: None,
            label: grade.label.clone(),
            label_en: grade.label_en.clone(),
            provisional: classification.provisional,
            indicators_level: None,
            level_2_from: None,
        },
    )
}

/// `Tốt ≥ 90, Khá ≥ 70, ...` from the rubric's own grades.
fn grade_list(c: &Classification, lang: crate::lang::Lang) -> String {
    c.grades
        .iter()
        .filter(|g| g.min_points > Decimal::ZERO)
        .map(|g| {
            format!(
                "{} ≥ {}",
                lang.pick(&g.label, &g.label_en),
                g.min_points.normalize()
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn levels_outcome(
    rubric: &Rubric,
    results: &[CriterionResult],
    cal: &Calendar,
    warnings: &mut Vec<Warning>,
) -> Outcome {
    let applicable: Vec<&CriterionResult> = results.iter().filter(|r| r.applicable).collect();
    let reached = applicable
        .iter()
        .map(|r| r.level.unwrap_or(0))
        .min()
        .unwrap_or(0);
    let recognition = rubric
        .recognition
        .as_ref()
        .expect("levels rubrics have a recognition rule");
    let as_of = cal.as_of.date;
    let vi_date = |d: NaiveDate| calendar::long_date(d, crate::lang::Lang::Vi);
    let en_date = |d: NaiveDate| calendar::long_date(d, crate::lang::Lang::En);
    let mut level = reached;
    let mut level_2_from = None;
    if reached >= 2 {
        match (&cal.recognition, cal.level_2_from, cal.retained_until) {
            (Some(p), Some(from), Some(expires)) => {
                if as_of < from {
                    level = 1;
                    level_2_from = Some(from);
                    warnings.push(Warning::new(
                        "level-2-too-soon",
                        format!(
                            "mọi chỉ tiêu đạt mức độ 2, nhưng quyết định công nhận {} chưa đủ {} tháng tính đến {}: đơn vị được công nhận mức độ 1 và có thể đề nghị mức độ 2 từ {}",
                            vi_date(p.decided_on),
                            recognition.level_2_after_months,
                            vi_date(as_of),
                            vi_date(from)
                        ),
                        format!(
                            "every indicator reaches level 2, but the recognition of {} is less than {} months old on {}: the unit is recognised at level 1 and may apply for level 2 from {}",
                            en_date(p.decided_on),
                            recognition.level_2_after_months,
                            en_date(as_of),
                            en_date(from)
                        ),
                    ));
                } else if as_of > expires {
                    level = 1;
                    warnings.push(Warning::new(
                        "prior-recognition-expired",
                        format!(
                            "quyết định công nhận {} đã hết thời hạn bảo lưu ({} tháng sau năm công nhận, đến {}): đơn vị được xét mức độ 1",
                            vi_date(p.decided_on),
                            recognition.validity_months,
                            vi_date(expires)
                        ),
                        format!(
                            "the recognition of {} lapsed ({} months after the year it was granted, until {}): the unit is assessed at level 1",
                            en_date(p.decided_on),
                            recognition.validity_months,
                            en_date(expires)
                        ),
                    ));
                }
            }
            _ => {
                level = 1;
                warnings.push(Warning::new(
                    "level-2-needs-prior-recognition",
                    format!(
                        "mọi chỉ tiêu đạt mức độ 2, nhưng đơn vị chưa có quyết định công nhận nào đến {} (mục [recognition]); mức độ 2 chỉ được xét sau ít nhất {} tháng kể từ quyết định công nhận mức độ 1: đơn vị được xét mức độ 1",
                        vi_date(as_of),
                        recognition.level_2_after_months
                    ),
                    format!(
                        "every indicator reaches level 2, but no recognition decision is recorded up to {} ([recognition]); level 2 needs at least {} months since a level-1 decision: the unit is assessed at level 1",
                        en_date(as_of),
                        recognition.level_2_after_months
                    ),
                ));
            }
        }
    }
    // The outcome is provisional only when a provisional threshold could change it.
    // A provisional indicator could sit one level lower (when a met threshold is
    // provisional) or higher (when the missed one is); the unit level is the lowest.
    // Only the threshold met at the unit's level can make it drop: a provisional
    // threshold missed above it cannot.
    let could_drop = level > 0
        && applicable.iter().any(|r| {
            r.provisional
                && r.level.unwrap_or(0) == level
                && rubric
                    .criteria
                    .iter()
                    .find(|c| c.id == r.id)
                    .is_some_and(|c| c.level_is_provisional(level))
        });
    // Level 2 needs a recognition decision old enough (and not lapsed): without one,
    // indicators that might reach level 2 would still leave the unit at level 1.
    let level_2_possible = match (cal.level_2_from, cal.retained_until) {
        (Some(from), Some(until)) => as_of >= from && as_of <= until,
        (Some(from), None) => as_of >= from,
        _ => false,
    };
    let could_rise = (reached != 1 || level_2_possible)
        && !applicable.is_empty()
        && applicable
            .iter()
            .filter(|r| r.level.unwrap_or(0) == reached)
            .all(|r| r.provisional)
        && level == reached;
    let provisional = could_drop || could_rise;
    if provisional {
        warnings.push(Warning::new(
            "provisional-level-2",
            "ngưỡng mức độ 2 là TẠM THỜI (điều khoản mức độ 2 của Thông tư 24/2023/TT-BGDĐT chưa được đối chiếu); kết quả mức độ 2 cần đối chiếu văn bản",
            "the level-2 thresholds are PROVISIONAL (the level-2 article of Circular 24/2023/TT-BGDĐT has not been checked); check level-2 results against the text",
        ));
    }
    Outcome {
        recognized: level >= 1,
        grade: None,
        level: Some(level),
        label: rubric.level_label(level, crate::lang::Lang::Vi),
        label_en: rubric.level_label(level, crate::lang::Lang::En),
        provisional,
        indicators_level: Some(reached),
        level_2_from,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Dialect;
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
        assert_eq!(next.target, "50–<70%");
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
                            assert!(
                                next.members_needed >= 1 && num + next.members_needed <= n as u64
                            );
                        }
                    }
                    prev = Some(score);
                }
            }
        }
    }
}
