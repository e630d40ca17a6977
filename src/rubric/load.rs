//! Reading rubric TOML (built-in or from a path) into a checked `Rubric`.
//!
//! Structural problems (unknown keys, unknown columns or facts, malformed ranges,
//! overlapping bands, a gap with no declared policy) are errors with the file, line
//! and column: a rubric that loads is one the engine can score with.

use super::range::PercentRange;
use super::*;
use crate::digest::sha256_hex;
use crate::error::{suggest, Error, Location, Result};
use crate::vocab::{self, CellKind};
use serde::Deserialize;
use std::path::Path;
use toml::Spanned;

/// Built-in rubrics: (id, short alias, TOML text).
pub static BUILTINS: &[(&str, &str, &str)] = &[
    (
        "hanoi-2021",
        "hanoi",
        include_str!("../../rubrics/hanoi-2021.toml"),
    ),
    (
        "tt24-2023",
        "tt24",
        include_str!("../../rubrics/tt24-2023.toml"),
    ),
];

/// Resolves a `--rubric` value: a built-in id or alias, else a path to a TOML file.
pub fn load(name: &str) -> Result<Rubric> {
    if let Some(r) = load_builtin(name) {
        return r;
    }
    let path = Path::new(name);
    if path.is_file() {
        let text = crate::input::read_utf8_text(path)?;
        return parse(&text, path);
    }
    if name.ends_with(".toml") || name.contains('/') || name.contains('\\') {
        return Err(Error::Read {
            path: path.to_path_buf(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        });
    }
    let candidates = BUILTINS.iter().flat_map(|(id, alias, _)| [*id, *alias]);
    Err(Error::UnknownRubric {
        name: name.to_string(),
        suggestion: suggest(name, candidates),
    })
}

pub fn load_builtin(name: &str) -> Option<Result<Rubric>> {
    BUILTINS
        .iter()
        .find(|(id, alias, _)| *id == name || *alias == name)
        .map(|(id, _, text)| {
            let mut r = parse(text, Path::new(&format!("rubrics/{id}.toml")))?;
            r.origin = "built-in".to_string();
            Ok(r)
        })
}

// ------------------------------------------------------------------ raw TOML

#[derive(Deserialize)]
struct Head {
    format: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRubric {
    #[allow(dead_code)]
    format: i64,
    id: String,
    version: String,
    kind: Spanned<String>,
    title: String,
    title_en: Option<String>,
    legal_basis: String,
    source: String,
    max_points: Option<Spanned<toml::Value>>,
    #[serde(default)]
    groups: Vec<RawGroup>,
    criteria: Vec<RawCriterion>,
    classification: Option<RawClassification>,
    recognition: Option<RawRecognition>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    id: Spanned<String>,
    title: String,
    title_en: Option<String>,
    max_points: Option<Spanned<toml::Value>>,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCriterion {
    id: Spanned<String>,
    group: Spanned<String>,
    title: String,
    title_en: Option<String>,
    source: String,
    max_points: Option<Spanned<toml::Value>>,
    #[serde(default)]
    evidence_suggestions: Vec<String>,
    #[serde(default)]
    not_applicable_for_kinds: Vec<Spanned<String>>,
    members: Option<RawPredicate>,
    gap_policy: Option<Spanned<String>>,
    gap_note: Option<String>,
    gap_note_en: Option<String>,
    bands: Option<Vec<RawBand>>,
    cases: Option<Vec<RawCase>>,
    level_1: Option<RawLevel>,
    level_2: Option<RawLevel>,
    #[serde(default)]
    sub_items: Vec<RawSubItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPredicate {
    #[serde(default)]
    all_of: Vec<Spanned<String>>,
    title_at_least: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBand {
    range: Spanned<String>,
    points: Spanned<toml::Value>,
    source: String,
    #[serde(default)]
    provisional: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCase {
    when: Vec<RawCondition>,
    points: Spanned<toml::Value>,
    label: String,
    label_en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLevel {
    min_percent: Option<Spanned<toml::Value>>,
    when: Option<Vec<RawCondition>>,
    #[serde(default)]
    provisional: bool,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    fact: Spanned<String>,
    equals: Option<Spanned<toml::Value>>,
    one_of: Option<Vec<Spanned<String>>>,
    at_least: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSubItem {
    id: String,
    column: Spanned<String>,
    points: Spanned<toml::Value>,
    title: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClassification {
    #[serde(default)]
    provisional: bool,
    source: String,
    grades: Vec<RawGrade>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGrade {
    id: String,
    label: String,
    label_en: Option<String>,
    min_points: Spanned<toml::Value>,
    recognized: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecognition {
    source: String,
    level_2_after_months: u32,
    level_2_after_source: String,
    validity_months: u32,
    validity_source: String,
    levels: Vec<RawLevelLabel>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLevelLabel {
    level: u8,
    label: String,
    label_en: Option<String>,
}

// ------------------------------------------------------------------ helpers

/// Converts a byte offset into a 1-based (line, column), column counted in characters.
pub fn line_col(text: &str, offset: usize) -> (u64, u64) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.bytes().filter(|b| *b == b'\n').count() as u64 + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u64 + 1;
    (line, col)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A TOML syntax or shape error, placed at its line and column.
pub fn toml_error(text: &str, path: &Path, e: &toml::de::Error) -> Error {
    let at = match e.span() {
        Some(span) => {
            let (l, c) = line_col(text, span.start);
            Location::at(path, l, Some(c))
        }
        None => Location::file(path),
    };
    let (vi, en) = toml_message(e.message().trim());
    Error::input(at, vi, en)
}

/// The toml crate's message in Vietnamese and English, for the common cases
/// (unknown key, missing key, wrong type); others keep its English text.
fn toml_message(msg: &str) -> (String, String) {
    let type_name = |t: &str| -> (String, String) {
        match t {
            "i64" | "u64" | "i32" | "u32" | "u8" | "u16" => (
                "số nguyên (không có dấu ngoặc kép)".into(),
                "an integer (without quotes)".into(),
            ),
            "a boolean" => ("true hoặc false".into(), "true or false".into()),
            "a string" => (
                "chuỗi trong dấu ngoặc kép".into(),
                "a string in double quotes".into(),
            ),
            "a sequence" => ("danh sách [ … ]".into(), "a list [ … ]".into()),
            other => (other.to_string(), other.to_string()),
        }
    };
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let (key, accepted) = rest.split_once(", ").unwrap_or((rest, ""));
        let accepted = accepted
            .strip_prefix("expected one of ")
            .or_else(|| accepted.strip_prefix("expected "));
        return match accepted {
            Some(a) => (
                format!("khóa {key} không hợp lệ ở đây; chấp nhận: {a}"),
                format!("unknown key {key}; accepted here: {a}"),
            ),
            None => (
                format!("khóa {key} không hợp lệ ở đây"),
                format!("unknown key {key}; no keys are accepted here"),
            ),
        };
    }
    if let Some(key) = msg.strip_prefix("missing field ") {
        return (format!("thiếu khóa {key}"), format!("missing key {key}"));
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            let (vi, en) = type_name(expected);
            let found_vi = found
                .replacen("string ", "chuỗi ", 1)
                .replacen("integer ", "số ", 1)
                .replacen("boolean ", "", 1)
                .replace("map", "bảng")
                .replace("sequence", "danh sách");
            return (
                format!("giá trị {found_vi} sai kiểu; cần {vi}"),
                format!("the value {found} has the wrong type; expected {en}"),
            );
        }
    }
    (
        format!("TOML không hợp lệ: {msg}"),
        format!("invalid TOML: {msg}"),
    )
}

struct Ctx<'a> {
    text: &'a str,
    path: &'a Path,
}

impl Ctx<'_> {
    fn err(&self, span: std::ops::Range<usize>, vi: String, en: String) -> Error {
        let (l, c) = line_col(self.text, span.start);
        Error::input(Location::at(self.path, l, Some(c)), vi, en)
    }

    fn whole(&self, vi: String, en: String) -> Error {
        Error::input(Location::file(self.path), vi, en)
    }

    fn decimal(&self, v: &Spanned<toml::Value>) -> Result<Decimal> {
        let bad = |what: &str| {
            self.err(
                v.span(),
                format!("`{what}` không phải là số thập phân chính xác; hãy viết dạng chuỗi, ví dụ \"7.5\", hoặc số nguyên"),
                format!("`{what}` is not an exact decimal; write it as a string such as \"7.5\", or an integer"),
            )
        };
        match v.get_ref() {
            toml::Value::Integer(i) => Ok(Decimal::from(*i)),
            toml::Value::String(s) => Decimal::from_str_exact(s.trim()).map_err(|_| bad(s)),
            other => Err(bad(&other.to_string())),
        }
    }

    fn fact(&self, name: &Spanned<String>) -> Result<&'static vocab::FactDef> {
        vocab::fact(name.get_ref()).ok_or_else(|| {
            let hint = suggest(name.get_ref(), vocab::FACTS.iter().map(|f| f.name))
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_default();
            let known = vocab::FACTS
                .iter()
                .map(|f| f.name)
                .collect::<Vec<_>>()
                .join(", ");
            self.err(
                name.span(),
                format!(
                    "không có dữ kiện `{}`{hint}; các dữ kiện: {known}",
                    name.get_ref()
                ),
                format!(
                    "unknown fact `{}`{hint}; known facts: {known}",
                    name.get_ref()
                ),
            )
        })
    }

    fn yes_no_column(&self, name: &Spanned<String>) -> Result<&'static str> {
        match vocab::column(name.get_ref()) {
            Some(c) if c.kind == CellKind::YesNo => Ok(c.name),
            _ => {
                let yes_no: Vec<&str> = vocab::COLUMNS
                    .iter()
                    .filter(|c| c.kind == CellKind::YesNo)
                    .map(|c| c.name)
                    .collect();
                let hint = suggest(name.get_ref(), yes_no.iter().copied())
                    .map(|s| format!(" (did you mean `{s}`?)"))
                    .unwrap_or_default();
                Err(self.err(
                    name.span(),
                    format!(
                        "`{}` không phải cột có/không của danh sách thành viên{hint}; các cột: {}",
                        name.get_ref(),
                        yes_no.join(", ")
                    ),
                    format!(
                        "`{}` is not a yes/no roster column{hint}; known columns: {}",
                        name.get_ref(),
                        yes_no.join(", ")
                    ),
                ))
            }
        }
    }

    fn choice(
        &self,
        def: &'static vocab::FactDef,
        v: &Spanned<String>,
    ) -> Result<(&'static str, u8)> {
        fact_choice(def, v.get_ref()).ok_or_else(|| {
            self.err(
                v.span(),
                format!(
                    "`{}` không phải giá trị của `{}`; chấp nhận: {}",
                    v.get_ref(),
                    def.name,
                    def.accepted()
                ),
                format!(
                    "`{}` is not a value of `{}`; accepted: {}",
                    v.get_ref(),
                    def.name,
                    def.accepted()
                ),
            )
        })
    }

    fn condition(&self, raw: &RawCondition) -> Result<Condition> {
        let fact = self.fact(&raw.fact)?;
        let tests = usize::from(raw.equals.is_some())
            + usize::from(raw.one_of.is_some())
            + usize::from(raw.at_least.is_some());
        if tests != 1 {
            return Err(self.err(
                raw.fact.span(),
                "điều kiện cần đúng một trong `equals`, `one_of`, `at_least`".into(),
                "a condition needs exactly one of `equals`, `one_of`, `at_least`".into(),
            ));
        }
        let test = if let Some(eq) = &raw.equals {
            match (&fact.kind, eq.get_ref()) {
                (vocab::FactKind::Bool, toml::Value::Boolean(b)) => Test::IsBool(*b),
                (vocab::FactKind::Ordered(_), toml::Value::String(s)) => {
                    Test::Equals(self.choice(fact, &Spanned::new(eq.span(), s.clone()))?.0)
                }
                _ => {
                    return Err(self.err(
                        eq.span(),
                        format!(
                            "giá trị so sánh của `{}` phải là: {}",
                            fact.name,
                            fact.accepted()
                        ),
                        format!("`{}` compares with: {}", fact.name, fact.accepted()),
                    ))
                }
            }
        } else if let Some(list) = &raw.one_of {
            let mut vs = Vec::new();
            for v in list {
                vs.push(self.choice(fact, v)?.0);
            }
            Test::OneOf(vs)
        } else {
            let v = raw.at_least.as_ref().expect("counted above");
            let (name, rank) = self.choice(fact, v)?;
            Test::AtLeast(name, rank)
        };
        Ok(Condition { fact, test })
    }
}

// ------------------------------------------------------------------ parse

/// Parses and checks a rubric's TOML text; `path` is used in messages.
pub fn parse(text: &str, path: &Path) -> Result<Rubric> {
    let head: Head = toml::from_str(text).map_err(|e| toml_error(text, path, &e))?;
    let cx = Ctx { text, path };
    match &head.format {
        None => {
            return Err(cx.whole(
                format!("thiếu khóa `format` (phiên bản định dạng tệp tiêu chí; bản này đọc `format = {FORMAT}`)"),
                format!("missing key `format` (the rubric-file format version; this dvht reads `format = {FORMAT}`)"),
            ))
        }
        Some(f) if *f.get_ref() > FORMAT => {
            return Err(cx.err(
                f.span(),
                format!(
                    "tệp tiêu chí dùng định dạng {} mới hơn bản dvht này (đọc được định dạng {FORMAT}); hãy cập nhật dvht",
                    f.get_ref()
                ),
                format!(
                    "this rubric uses format {}, newer than this dvht understands (format {FORMAT}); upgrade dvht",
                    f.get_ref()
                ),
            ))
        }
        Some(f) if *f.get_ref() < 1 => {
            return Err(cx.err(f.span(), format!("`format = {}` không hợp lệ; chấp nhận: {FORMAT}", f.get_ref()), format!("invalid `format = {}`; accepted: {FORMAT}", f.get_ref())))
        }
        Some(_) => {}
    }
    let raw: RawRubric = toml::from_str(text).map_err(|e| toml_error(text, path, &e))?;
    let kind = match raw.kind.get_ref().as_str() {
        "points" => RubricKind::Points,
        "levels" => RubricKind::Levels,
        other => {
            return Err(cx.err(
                raw.kind.span(),
                format!("`kind = \"{other}\"` không hợp lệ; chấp nhận: points, levels"),
                format!("invalid `kind = \"{other}\"`; accepted: points, levels"),
            ))
        }
    };

    let mut groups = Vec::new();
    for g in &raw.groups {
        groups.push(Group {
            id: g.id.get_ref().clone(),
            title: g.title.clone(),
            title_en: g.title_en.clone().unwrap_or_else(|| g.title.clone()),
            max_points: g.max_points.as_ref().map(|v| cx.decimal(v)).transpose()?,
            source: g.source.clone(),
        });
    }

    let mut criteria: Vec<Criterion> = Vec::new();
    for rc in &raw.criteria {
        if criteria.iter().any(|c| &c.id == rc.id.get_ref()) {
            return Err(cx.err(
                rc.id.span(),
                format!("mã tiêu chí `{}` bị trùng", rc.id.get_ref()),
                format!("duplicate criterion id `{}`", rc.id.get_ref()),
            ));
        }
        if !groups.is_empty() && !groups.iter().any(|g| &g.id == rc.group.get_ref()) {
            return Err(cx.err(
                rc.group.span(),
                format!(
                    "tiêu chí `{}` thuộc nhóm `{}` không được khai báo trong [[groups]]",
                    rc.id.get_ref(),
                    rc.group.get_ref()
                ),
                format!(
                    "criterion `{}` names group `{}`, which [[groups]] does not declare",
                    rc.id.get_ref(),
                    rc.group.get_ref()
                ),
            ));
        }
        criteria.push(criterion(&cx, kind, rc)?);
    }
    if criteria.is_empty() {
        return Err(cx.whole(
            "tệp tiêu chí không có tiêu chí nào".into(),
            "the rubric has no criteria".into(),
        ));
    }

    let classification = match &raw.classification {
        Some(rc) => {
            let mut grades = Vec::new();
            for g in &rc.grades {
                grades.push(Grade {
                    id: g.id.clone(),
                    label: g.label.clone(),
                    label_en: g.label_en.clone().unwrap_or_else(|| g.label.clone()),
                    min_points: cx.decimal(&g.min_points)?,
                    recognized: g.recognized,
                });
            }
            grades.sort_by_key(|g| std::cmp::Reverse(g.min_points));
            if grades.last().is_none_or(|g| g.min_points > Decimal::ZERO) {
                return Err(cx.whole(
                    "[classification] cần một xếp loại có `min_points = \"0\"` cho mọi tổng điểm thấp".into(),
                    "[classification] needs a grade with `min_points = \"0\"` so every total has a grade".into(),
                ));
            }
            Some(Classification {
                provisional: rc.provisional,
                source: rc.source.clone(),
                grades,
            })
        }
        None => None,
    };
    let recognition = raw.recognition.as_ref().map(|r| Recognition {
        source: r.source.clone(),
        level_2_after_months: r.level_2_after_months,
        level_2_after_source: r.level_2_after_source.clone(),
        validity_months: r.validity_months,
        validity_source: r.validity_source.clone(),
        levels: r
            .levels
            .iter()
            .map(|l| LevelLabel {
                level: l.level,
                label: l.label.clone(),
                label_en: l.label_en.clone().unwrap_or_else(|| l.label.clone()),
            })
            .collect(),
    });
    match kind {
        RubricKind::Points if classification.is_none() => {
            return Err(cx.whole(
                "bộ tiêu chí tính điểm cần bảng [classification]".into(),
                "a points rubric needs a [classification] table".into(),
            ))
        }
        RubricKind::Levels if recognition.is_none() => {
            return Err(cx.whole(
                "bộ tiêu chí theo mức cần bảng [recognition]".into(),
                "a levels rubric needs a [recognition] table".into(),
            ))
        }
        _ => {}
    }

    Ok(Rubric {
        id: raw.id,
        version: raw.version,
        kind,
        title_en: raw.title_en.unwrap_or_else(|| raw.title.clone()),
        title: raw.title,
        legal_basis: raw.legal_basis,
        source: raw.source,
        max_points: raw.max_points.as_ref().map(|v| cx.decimal(v)).transpose()?,
        groups,
        criteria,
        classification,
        recognition,
        sha256: sha256_hex(text.as_bytes()),
        origin: crate::error::display_path(path),
    })
}

fn criterion(cx: &Ctx, kind: RubricKind, rc: &RawCriterion) -> Result<Criterion> {
    let id = rc.id.get_ref().clone();
    let at_id = |vi: String, en: String| cx.err(rc.id.span(), vi, en);
    let max_points = rc.max_points.as_ref().map(|v| cx.decimal(v)).transpose()?;
    for k in &rc.not_applicable_for_kinds {
        if !vocab::UNIT_KINDS.contains(&k.get_ref().as_str()) {
            return Err(cx.err(
                k.span(),
                format!(
                    "loại đơn vị `{}` không hợp lệ; chấp nhận: {}",
                    k.get_ref(),
                    vocab::UNIT_KINDS.join(", ")
                ),
                format!(
                    "unknown unit kind `{}`; accepted: {}",
                    k.get_ref(),
                    vocab::UNIT_KINDS.join(", ")
                ),
            ));
        }
    }

    let measure = if let Some(rp) = &rc.members {
        let mut predicate = Predicate::default();
        for col in &rp.all_of {
            let name = cx.yes_no_column(col)?;
            predicate.all_of.push(name);
            predicate.mask |= vocab::yes_no_bit(name).expect("yes/no column has a bit");
        }
        if let Some(t) = &rp.title_at_least {
            let rank = vocab::title_rank(t.get_ref()).ok_or_else(|| {
                cx.err(
                    t.span(),
                    format!(
                        "danh hiệu `{}` không hợp lệ; chấp nhận: {}",
                        t.get_ref(),
                        vocab::TITLES_ACCEPTED
                    ),
                    format!(
                        "unknown title `{}`; accepted: {}",
                        t.get_ref(),
                        vocab::TITLES_ACCEPTED
                    ),
                )
            })?;
            predicate.title_at_least = Some((t.get_ref().clone(), rank));
        }
        if predicate.all_of.is_empty() && predicate.title_at_least.is_none() {
            return Err(at_id(
                format!("tiêu chí `{id}`: `members` cần `all_of` hoặc `title_at_least`"),
                format!("criterion `{id}`: `members` needs `all_of` or `title_at_least`"),
            ));
        }
        let scale = match kind {
            RubricKind::Points => {
                let raw_bands = rc.bands.as_ref().ok_or_else(|| {
                    at_id(
                        format!("tiêu chí `{id}` tính theo tỷ lệ thành viên cần `bands`"),
                        format!("member-ratio criterion `{id}` needs `bands`"),
                    )
                })?;
                let mut bands = Vec::new();
                for b in raw_bands {
                    let range: PercentRange = b
                        .range
                        .get_ref()
                        .parse()
                        .map_err(|(vi, en)| cx.err(b.range.span(), vi, en))?;
                    let points = cx.decimal(&b.points)?;
                    if max_points.is_some_and(|m| points > m) {
                        return Err(cx.err(
                            b.points.span(),
                            format!("điểm {points} vượt quá điểm tối đa của tiêu chí `{id}`"),
                            format!("{points} points exceed criterion `{id}`'s max_points"),
                        ));
                    }
                    bands.push(Band {
                        range,
                        points,
                        source: b.source.clone(),
                        provisional: b.provisional,
                    });
                }
                let gap_policy = match rc.gap_policy.as_ref().map(|g| (g, g.get_ref().as_str())) {
                    None => None,
                    Some((_, "next-lower")) => Some(GapPolicy::NextLower),
                    Some((_, "zero")) => Some(GapPolicy::Zero),
                    Some((g, other)) => {
                        return Err(cx.err(
                            g.span(),
                            format!(
                            "`gap_policy = \"{other}\"` không hợp lệ; chấp nhận: next-lower, zero"
                        ),
                            format!(
                                "invalid `gap_policy = \"{other}\"`; accepted: next-lower, zero"
                            ),
                        ))
                    }
                };
                let cov = coverage(&bands);
                if let Some((a, b)) = cov.overlaps.first() {
                    return Err(at_id(
                        format!(
                            "tiêu chí `{id}`: khoảng {} và {} chồng lên nhau",
                            bands[*a].range, bands[*b].range
                        ),
                        format!(
                            "criterion `{id}`: bands {} and {} overlap",
                            bands[*a].range, bands[*b].range
                        ),
                    ));
                }
                if let (Some(gap), None) = (cov.gaps.first(), gap_policy) {
                    return Err(at_id(
                        format!("tiêu chí `{id}`: khoảng {gap} không thuộc mức nào; khai báo `gap_policy` (next-lower hoặc zero)"),
                        format!("criterion `{id}`: {gap} falls in no band; declare `gap_policy` (next-lower or zero)"),
                    ));
                }
                let gap_note = rc.gap_note.as_ref().map(|vi| {
                    (
                        vi.clone(),
                        rc.gap_note_en.clone().unwrap_or_else(|| vi.clone()),
                    )
                });
                MemberScale::Bands {
                    bands,
                    gap_policy,
                    gap_note,
                }
            }
            RubricKind::Levels => {
                let mut levels = Vec::new();
                for (n, raw) in [(1u8, &rc.level_1), (2u8, &rc.level_2)] {
                    let Some(raw) = raw else { continue };
                    let pct = raw.min_percent.as_ref().ok_or_else(|| {
                        at_id(
                            format!("tiêu chí `{id}`: `level_{n}` cần `min_percent`"),
                            format!("criterion `{id}`: `level_{n}` needs `min_percent`"),
                        )
                    })?;
                    let min_percent = cx.decimal(pct)?;
                    if min_percent < Decimal::ZERO || min_percent > Decimal::ONE_HUNDRED {
                        return Err(cx.err(
                            pct.span(),
                            "`min_percent` phải từ 0 đến 100".into(),
                            "`min_percent` must be between 0 and 100".into(),
                        ));
                    }
                    levels.push(LevelThreshold {
                        level: n,
                        min_percent,
                        provisional: raw.provisional,
                        source: raw.source.clone(),
                    });
                }
                if levels.is_empty() {
                    return Err(at_id(
                        format!("tiêu chí `{id}` cần `level_1`"),
                        format!("criterion `{id}` needs `level_1`"),
                    ));
                }
                MemberScale::Levels(levels)
            }
        };
        Measure::Members { predicate, scale }
    } else {
        let scale = match kind {
            RubricKind::Points => {
                let raw_cases = rc.cases.as_ref().ok_or_else(|| {
                    at_id(
                        format!("tiêu chí `{id}` cần `members` (tỷ lệ thành viên) hoặc `cases` (dữ kiện của đơn vị)"),
                        format!("criterion `{id}` needs `members` (a member ratio) or `cases` (unit facts)"),
                    )
                })?;
                let mut cases = Vec::new();
                for c in raw_cases {
                    let points = cx.decimal(&c.points)?;
                    if max_points.is_some_and(|m| points > m) {
                        return Err(cx.err(
                            c.points.span(),
                            format!("điểm {points} vượt quá điểm tối đa của tiêu chí `{id}`"),
                            format!("{points} points exceed criterion `{id}`'s max_points"),
                        ));
                    }
                    let when = c
                        .when
                        .iter()
                        .map(|w| cx.condition(w))
                        .collect::<Result<Vec<_>>>()?;
                    cases.push(Case {
                        when,
                        points,
                        label: c.label.clone(),
                        label_en: c.label_en.clone().unwrap_or_else(|| c.label.clone()),
                    });
                }
                FactScale::Cases(cases)
            }
            RubricKind::Levels => {
                let mut levels = Vec::new();
                for (n, raw) in [(1u8, &rc.level_1), (2u8, &rc.level_2)] {
                    let Some(raw) = raw else { continue };
                    let when = raw.when.as_ref().ok_or_else(|| {
                        at_id(
                            format!(
                                "tiêu chí `{id}`: `level_{n}` cần `when` (điều kiện trên dữ kiện)"
                            ),
                            format!(
                                "criterion `{id}`: `level_{n}` needs `when` (conditions on facts)"
                            ),
                        )
                    })?;
                    levels.push(FactLevel {
                        level: n,
                        when: when
                            .iter()
                            .map(|w| cx.condition(w))
                            .collect::<Result<Vec<_>>>()?,
                        provisional: raw.provisional,
                        source: raw.source.clone(),
                    });
                }
                if levels.is_empty() {
                    return Err(at_id(
                        format!("tiêu chí `{id}` cần `level_1`"),
                        format!("criterion `{id}` needs `level_1`"),
                    ));
                }
                FactScale::Levels(levels)
            }
        };
        Measure::Facts { scale }
    };
    if kind == RubricKind::Points && max_points.is_none() {
        return Err(at_id(
            format!("tiêu chí `{id}` cần `max_points`"),
            format!("criterion `{id}` needs `max_points`"),
        ));
    }

    let mut sub_items = Vec::new();
    for s in &rc.sub_items {
        sub_items.push(SubItem {
            id: s.id.clone(),
            column: cx.yes_no_column(&s.column)?,
            points: cx.decimal(&s.points)?,
            title: s.title.clone(),
        });
    }

    Ok(Criterion {
        id,
        group: rc.group.get_ref().clone(),
        title_en: rc.title_en.clone().unwrap_or_else(|| rc.title.clone()),
        title: rc.title.clone(),
        source: rc.source.clone(),
        max_points,
        evidence_suggestions: rc.evidence_suggestions.clone(),
        not_applicable_for_kinds: rc
            .not_applicable_for_kinds
            .iter()
            .map(|k| k.get_ref().clone())
            .collect(),
        measure,
        sub_items,
    })
}

/// How a criterion's bands cover 0–100 %: the uncovered stretches and the pairs
/// (indices into `bands`) that overlap.
#[derive(Debug, Default)]
pub struct Coverage {
    pub gaps: Vec<PercentRange>,
    pub overlaps: Vec<(usize, usize)>,
}

pub fn coverage(bands: &[Band]) -> Coverage {
    let mut order: Vec<usize> = (0..bands.len()).collect();
    order.sort_by(|&a, &b| {
        let (ra, rb) = (&bands[a].range, &bands[b].range);
        ra.lo
            .cmp(&rb.lo)
            .then(rb.lo_inclusive.cmp(&ra.lo_inclusive))
    });
    let mut cov = Coverage::default();
    // Everything below `edge` is covered; `edge` itself is covered when `edge_in`.
    let mut edge = Decimal::ZERO;
    let mut edge_in = false;
    let mut last: Option<usize> = None;
    for &i in &order {
        let r = &bands[i].range;
        let starts_after = r.lo > edge || (r.lo == edge && !edge_in && !r.lo_inclusive);
        let starts_before = r.lo < edge || (r.lo == edge && edge_in && r.lo_inclusive);
        if starts_after {
            cov.gaps.push(PercentRange {
                lo: edge,
                lo_inclusive: !edge_in,
                hi: r.lo,
                hi_inclusive: !r.lo_inclusive,
            });
        } else if starts_before {
            if let Some(j) = last {
                cov.overlaps.push((j, i));
            }
        }
        if r.hi > edge || (r.hi == edge && r.hi_inclusive && !edge_in) {
            edge = r.hi;
            edge_in = r.hi_inclusive;
            last = Some(i);
        }
    }
    if edge < Decimal::ONE_HUNDRED || !edge_in {
        cov.gaps.push(PercentRange {
            lo: edge,
            lo_inclusive: !edge_in,
            hi: Decimal::ONE_HUNDRED,
            hi_inclusive: true,
        });
    }
    cov
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bands(ranges: &[&str]) -> Vec<Band> {
        ranges
            .iter()
            .map(|r| Band {
                range: r.parse().unwrap(),
                points: Decimal::ONE,
                source: String::new(),
                provisional: false,
            })
            .collect()
    }

    #[test]
    fn finds_the_hanoi_gap() {
        let cov = coverage(&bands(&[
            "[100,100]",
            "[80,100)",
            "[50,75)",
            "[20,50)",
            "[0,20)",
        ]));
        assert_eq!(cov.gaps.len(), 1);
        assert_eq!(cov.gaps[0].to_string(), "[75,80)");
        assert!(cov.overlaps.is_empty());
    }

    #[test]
    fn finds_overlaps_and_open_ends() {
        let cov = coverage(&bands(&["[0,50]", "[50,100]"]));
        assert_eq!(cov.overlaps, vec![(0, 1)]);
        let cov = coverage(&bands(&["[0,50)", "[50,100)"]));
        assert_eq!(cov.gaps.len(), 1);
        assert_eq!(cov.gaps[0].to_string(), "[100,100]");
        let cov = coverage(&bands(&["(0,100]"]));
        assert_eq!(cov.gaps[0].to_string(), "[0,0]");
    }

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
