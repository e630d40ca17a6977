//! Checking a rubric's TOML text into a `Rubric`, section by section, collecting
//! every finding (`finding::Finding`): errors, warnings and remarks, each with its
//! line, so `dvht rubric lint` can list them all at once. `parse`, used for scoring,
//! refuses a rubric with any error-level finding: a `Rubric` that exists is one the
//! engine can score with. Only a file that is not TOML, or that lacks or outgrows
//! `format`, is unreadable.
//!
//! The sections: the rubric's head and groups (here), the sums of points (`sums`),
//! classification and recognition (`outcome`), each criterion (`criterion`), its
//! bands (`bands`) and its cases and levels (`levels`).

mod bands;
mod criterion;
mod levels;
mod outcome;
mod sums;

use self::bands::*;
use self::criterion::*;
use self::levels::*;
use self::outcome::*;
use self::sums::*;
use super::band::coverage;
use super::builtin::builtin_text;
use super::ctx::{exact_decimal, shape_finding, Ctx};
use super::finding::{code, Finding, Severity};
use super::keys::unknown_keys;
use super::range::PercentRange;
use super::schema::*;
use super::*;
use crate::digest::sha256_hex;
use crate::error::{Error, Location, Problem, Result, Worded};
use crate::lang::Lang;
use crate::toml_diag::{toml_error, LineIndex};
use crate::vocab;
use crate::{key, t};
use std::ops::Range;
use std::path::Path;
use toml::Spanned;

/// Parses a rubric for scoring: any error-level finding refuses it, naming the first
/// one (with its line) and how many more there are.
pub fn parse(text: &str, path: &Path) -> Result<Rubric> {
    let checked = check(text, path)?;
    if let Some(r) = checked.rubric {
        return Ok(r);
    }
    let errors: Vec<&Finding> = checked
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    let first = errors.first().copied().cloned().unwrap_or_else(|| Finding {
        severity: Severity::Error,
        code: code::TOML_SHAPE,
        line: None,
        column: None,
        criterion: None,
        vi: t!(Lang::Vi, "rubric-lint-invalid-file"),
        en: t!(Lang::En, "rubric-lint-invalid-file"),
    });
    let at = match first.line {
        Some(l) => Location::at(path, l, first.column),
        None => Location::file(path),
    };
    Err(Error::input(
        at,
        Problem::RubricInvalid {
            first: Worded {
                vi: first.vi,
                en: first.en,
            },
            more: errors.len().saturating_sub(1),
            path: crate::error::display_path(path),
        },
    ))
}

/// A rubric read with all its findings. `rubric` is `Some` exactly when no finding
/// is an error.
#[derive(Debug)]
pub struct Checked {
    pub rubric: Option<Rubric>,
    pub findings: Vec<Finding>,
}

/// Reads a rubric's TOML text and collects every finding; `path` is used in
/// messages. Errs only when the text cannot be read as a rubric at all: not TOML,
/// or no `format`, or a `format` newer than this binary.
pub fn check(text: &str, path: &Path) -> Result<Checked> {
    if let Err(e) = toml::de::DeTable::parse(text) {
        return Err(toml_error(text, path, &e));
    }
    let head: Head = toml::from_str(text).map_err(|e| toml_error(text, path, &e))?;
    check_format(text, path, head.format.as_ref())?;

    let mut findings = unknown_keys(text);
    // A value of the wrong type, or a missing key, stops serde at the first one. To
    // report every problem in one run, the [[criteria]] or [[groups]] entry that holds
    // it is blanked out (same byte offsets, so every other span stays true) and the
    // rest is read again.
    let mut readable = text.to_string();
    let mut dropped = false;
    let raw: RawRubric = loop {
        match toml::from_str(&readable) {
            Ok(r) => break r,
            Err(e) => {
                findings.push(shape_finding(text, &e));
                let entry = e.span().and_then(|s| array_entry(&readable, s.start));
                match entry {
                    Some(range) if findings.len() < MAX_SHAPE_ROUNDS => {
                        blank(&mut readable, range);
                        dropped = true;
                    }
                    _ => {
                        return Ok(Checked {
                            rubric: None,
                            findings,
                        })
                    }
                }
            }
        }
    };
    let cx = Ctx::new(text, findings);
    let built = build(&cx, &raw, text, path);
    if let Some(r) = &built {
        shadowing(&cx, &raw, text);
        provisional_note(&cx, r);
    }
    let mut findings = cx.into_findings();
    if dropped {
        // With an entry left out, sums and group references would report its absence,
        // not a problem of the file; they are checked again once the entry is fixed.
        findings.retain(|f| {
            !matches!(
                f.code,
                code::GROUP_SUM
                    | code::RUBRIC_SUM
                    | code::EMPTY_GROUP
                    | code::UNKNOWN_GROUP
                    | code::CLASSIFICATION
                    | code::NO_CRITERIA
            )
        });
    }
    findings.sort_by_key(|f| (f.line.unwrap_or(0), f.column.unwrap_or(0)));
    let has_errors = findings.iter().any(|f| f.severity == Severity::Error);
    Ok(Checked {
        rubric: if has_errors { None } else { built },
        findings,
    })
}

/// How many wrong-type entries are left out before giving up on a file.
const MAX_SHAPE_ROUNDS: usize = 200;

/// The byte range of the `[[criteria]]` or `[[groups]]` entry that holds `offset`:
/// from its header line to the next table header. None outside those arrays.
fn array_entry(text: &str, offset: usize) -> Option<Range<usize>> {
    let mut start = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let header = line.trim_start().starts_with('[');
        if pos > offset && header {
            return start.map(|s| s..pos);
        }
        if header {
            let name = line.trim();
            start =
                (name.starts_with("[[criteria]]") || name.starts_with("[[groups]]")).then_some(pos);
        }
        pos += line.len();
    }
    start.map(|s| s..text.len())
}

/// Replaces `range` with spaces, byte for byte, keeping line breaks.
fn blank(text: &mut String, range: Range<usize>) {
    let blanked: String = text[range.clone()]
        .chars()
        .map(|c| {
            if c == '\n' {
                "\n".to_string()
            } else {
                " ".repeat(c.len_utf8())
            }
        })
        .collect();
    text.replace_range(range, &blanked);
}

/// A rubric id names the rubric on the command line (`--rubric ID`) and in file
/// lookups: letters, digits and `-`, `_` or `.` between them, nothing that reads as
/// a path.
fn valid_rubric_id(id: &str) -> bool {
    let ok_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
    !id.is_empty()
        && id.chars().all(ok_char)
        && id.starts_with(|c: char| c.is_ascii_alphanumeric())
        && id.ends_with(|c: char| c.is_ascii_alphanumeric())
        && !id.to_ascii_lowercase().ends_with(".toml")
}

/// A criterion or group id is numbered like the documents (`1`, `2.4`, `3.1a`):
/// parts of letters or digits joined by single dots.
fn valid_item_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .split('.')
            .all(|part| !part.is_empty() && part.chars().all(char::is_alphanumeric))
}

fn check_format(text: &str, path: &Path, format: Option<&Spanned<i64>>) -> Result<()> {
    let at = |f: &Spanned<i64>| {
        let (l, c) = LineIndex::new(text).line_col(f.span().start);
        Location::at(path, l, Some(c))
    };
    match format {
        None => Err(Error::input(
            Location::file(path),
            Problem::RubricFormatMissing { format: FORMAT },
        )),
        Some(f) if *f.get_ref() > FORMAT => Err(Error::input(
            at(f),
            Problem::RubricFormatNewer {
                found: *f.get_ref(),
                format: FORMAT,
            },
        )),
        Some(f) if *f.get_ref() < 1 => Err(Error::input(
            at(f),
            Problem::RubricFormatInvalid {
                found: *f.get_ref(),
                format: FORMAT,
            },
        )),
        Some(_) => Ok(()),
    }
}

/// A rubric file that reuses a built-in id (with other content) is never picked by
/// `--rubric ID`: the built-in wins. Say so.
fn shadowing(cx: &Ctx, raw: &RawRubric, text: &str) {
    if let Some((id, builtin)) = builtin_text(raw.id.get_ref()) {
        if builtin != text {
            cx.push(
                Severity::Warning,
                code::SHADOWS_BUILTIN,
                Some(raw.id.span()),
                None,
                |lang| {
                    t!(
                        lang,
                        "rubric-lint-shadows-builtin",
                        id = raw.id.get_ref(),
                        builtin = id
                    )
                },
            );
        }
    }
}

fn provisional_note(cx: &Ctx, r: &Rubric) {
    let parts = r.provisional();
    if parts.is_empty() {
        return;
    }
    let mut list = parts.join(", ");
    let crits: Vec<&str> = r
        .criteria
        .iter()
        .filter(|c| c.has_provisional())
        .map(|c| c.id.as_str())
        .collect();
    if !crits.is_empty() {
        list.push_str(&format!(" ({})", crits.join(", ")));
    }
    cx.push(Severity::Info, code::PROVISIONAL, None, None, |lang| {
        t!(lang, "rubric-lint-provisional", list = &list)
    });
}

fn build(cx: &Ctx, raw: &RawRubric, text: &str, path: &Path) -> Option<Rubric> {
    let root_span = raw.id.span();
    let kind = match raw.kind.get_ref().as_str() {
        "points" => RubricKind::Points,
        "levels" => RubricKind::Levels,
        other => {
            cx.error(code::INVALID_KIND, raw.kind.span(), None, |lang| {
                t!(lang, "rubric-lint-invalid-kind", kind = other)
            });
            // The rest is still checked, as the criteria are written: levels when
            // any criterion declares a level, points otherwise. The error above keeps
            // the file from being scored with.
            if raw
                .criteria
                .iter()
                .any(|c| c.level_1.is_some() || c.level_2.is_some())
            {
                RubricKind::Levels
            } else {
                RubricKind::Points
            }
        }
    };
    let id = raw.id.get_ref();
    if !valid_rubric_id(id) {
        cx.error(code::INVALID_ID, root_span.clone(), None, |lang| {
            t!(lang, "rubric-lint-invalid-rubric-id", id = id)
        });
    }
    let groups = raw
        .groups
        .iter()
        .map(|g| (key!("rubric-lint-invalid-group-id"), &g.id));
    let criteria = raw
        .criteria
        .iter()
        .map(|c| (key!("rubric-lint-invalid-criterion-id"), &c.id));
    for (message, sid) in groups.chain(criteria) {
        let v = sid.get_ref();
        if !valid_item_id(v) {
            cx.error(code::INVALID_ID, sid.span(), None, |lang| {
                t!(lang, message, id = v)
            });
        }
    }
    let source = cx.source(&raw.source, root_span.clone(), None, |lang| {
        t!(lang, "rubric-lint-what-rubric")
    });
    let legal_basis = match &raw.legal_basis {
        Some(s) if !s.get_ref().trim().is_empty() => s.get_ref().clone(),
        other => {
            cx.push(
                Severity::Warning,
                code::MISSING_SOURCE,
                Some(other.as_ref().map_or(root_span.clone(), |s| s.span())),
                None,
                |lang| t!(lang, "rubric-lint-missing-legal-basis"),
            );
            String::new()
        }
    };
    let max_points = match (&raw.max_points, kind) {
        (Some(v), RubricKind::Points) => cx.decimal(v, None),
        (Some(v), RubricKind::Levels) => {
            cx.ignored(
                v.span(),
                None,
                "max_points",
                key!("rubric-lint-why-levels-no-points"),
            );
            None
        }
        (None, _) => None,
    };

    // groups
    let mut groups: Vec<Group> = Vec::new();
    for g in &raw.groups {
        let id = g.id.get_ref();
        if groups.iter().any(|x| &x.id == id) {
            cx.error(code::DUPLICATE_ID, g.id.span(), None, |lang| {
                t!(lang, "rubric-lint-duplicate-group", id = id)
            });
            continue;
        }
        let gmax = match (&g.max_points, kind) {
            (Some(v), RubricKind::Points) => cx.decimal(v, None),
            (Some(v), RubricKind::Levels) => {
                cx.ignored(
                    v.span(),
                    None,
                    "max_points",
                    key!("rubric-lint-why-levels-no-points"),
                );
                None
            }
            (None, _) => None,
        };
        let what = |lang| t!(lang, "rubric-lint-what-group", id = id);
        groups.push(Group {
            id: id.clone(),
            title: g.title.clone(),
            title_en: g.title_en.clone().unwrap_or_else(|| g.title.clone()),
            max_points: gmax,
            source: cx.source(&g.source, g.id.span(), None, what),
        });
    }

    // criteria
    let mut criteria: Vec<Criterion> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for rc in &raw.criteria {
        let id = rc.id.get_ref().as_str();
        let duplicate = seen.contains(&id);
        seen.push(id);
        if duplicate {
            cx.error(code::DUPLICATE_ID, rc.id.span(), None, |lang| {
                t!(lang, "rubric-lint-duplicate-criterion", id = id)
            });
        }
        if !raw.groups.is_empty()
            && !raw
                .groups
                .iter()
                .any(|g| g.id.get_ref() == rc.group.get_ref())
        {
            let declared = raw
                .groups
                .iter()
                .map(|g| g.id.get_ref().as_str())
                .collect::<Vec<_>>()
                .join(", ");
            cx.error(code::UNKNOWN_GROUP, rc.group.span(), Some(id), |lang| {
                t!(
                    lang,
                    "rubric-lint-unknown-group",
                    group = rc.group.get_ref(),
                    declared = &declared,
                )
            });
        }
        if let Some(c) = criterion(cx, kind, rc) {
            if !duplicate {
                criteria.push(c);
            }
        }
    }
    if raw.criteria.is_empty() {
        cx.push(Severity::Error, code::NO_CRITERIA, None, None, |lang| {
            t!(lang, "rubric-lint-no-criteria")
        });
    }
    sums(cx, raw, kind);

    let classification = classification(cx, raw, kind, max_points);
    let recognition = recognition(cx, raw, kind);
    let validity = raw.validity.as_ref().and_then(|v| {
        let known: Vec<&str> = BUILTINS
            .iter()
            .flat_map(|(id, alias, _)| [*id, *alias])
            .collect();
        let (v, placed) = super::validity::build(v, raw.id.get_ref(), &known);
        for (severity, span, (vi, en)) in placed {
            cx.push(severity, super::validity::CODE, span, None, |lang| {
                lang.pick(&vi, &en).to_string()
            });
        }
        v
    });

    Some(Rubric {
        id: raw.id.get_ref().clone(),
        version: raw.version.clone(),
        kind,
        title_en: raw.title_en.clone().unwrap_or_else(|| raw.title.clone()),
        title: raw.title.clone(),
        legal_basis,
        source,
        max_points,
        groups,
        criteria,
        classification,
        recognition,
        validity,
        sha256: sha256_hex(text.as_bytes()),
        origin: crate::error::display_path(path),
        differs_from_builtin: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::builtin::BUILTINS;
    use crate::rubric::catalog::load;

    #[test]
    fn builtins_load() {
        for (id, alias, _) in BUILTINS {
            let r = load(alias).unwrap();
            assert_eq!(&r.id, id);
            assert_eq!(r.origin, "built-in");
        }
        assert_eq!(load("hanoi-2021").unwrap().criteria.len(), 10);
        assert_eq!(load("tt24").unwrap().criteria.len(), 14);
    }

    #[test]
    fn unknown_rubric_suggests() {
        match load("tt42") {
            Err(Error::UnknownRubric { suggestion, .. }) => {
                assert_eq!(suggestion.as_deref(), Some("tt24"))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn newer_format_is_refused_clearly() {
        let e = parse("format = 9\nid = \"x\"\n", Path::new("x.toml")).unwrap_err();
        assert!(
            e.render(crate::lang::Lang::En)
                .contains("newer than this dvht"),
            "{}",
            e.render(crate::lang::Lang::En)
        );
    }

    #[test]
    fn hanoi_points_add_up_to_100() {
        let r = load("hanoi").unwrap();
        let sum: Decimal = r.criteria.iter().filter_map(|c| c.max_points).sum();
        assert_eq!(sum, Decimal::from(100));
    }
}

#[cfg(test)]
mod finding_tests {
    use super::*;
    use crate::rubric::builtin::{builtin_path, BUILTINS};

    fn findings(id: &str) -> Vec<Finding> {
        let (id, text) = builtin_text(id).unwrap();
        check(text, &builtin_path(id)).unwrap().findings
    }

    #[test]
    fn builtins_have_only_remarks() {
        for (id, _, _) in BUILTINS {
            let f = findings(id);
            for x in &f {
                eprintln!("{id}: {:?} {} {:?} {}", x.severity, x.code, x.line, x.en);
            }
            assert!(f.iter().all(|x| x.severity == Severity::Info), "{id}");
        }
    }

    #[test]
    fn the_hanoi_gap_is_reported_with_its_policy() {
        let f = findings("hanoi-2021");
        let gap = f
            .iter()
            .find(|x| x.code == code::BAND_GAP_DECLARED)
            .unwrap();
        assert_eq!(gap.criterion.as_deref(), Some("2.1"));
        assert!(gap.en.contains("[75,80)"), "{}", gap.en);
        assert!(gap.en.contains("next-lower"), "{}", gap.en);
        assert!(gap.en.contains("7 points"), "{}", gap.en);
        let eq = f.iter().find(|x| x.code == code::EQUAL_BANDS).unwrap();
        assert_eq!(eq.criterion.as_deref(), Some("2.4"));
    }
}
