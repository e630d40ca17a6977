//! Reading rubric TOML (built-in or from a file) into a checked `Rubric`.
//!
//! `check` reads a rubric and collects every finding (`finding::Finding`): errors,
//! warnings and remarks, each with its line, so `dvht rubric lint` can list them
//! all at once. `parse` and `load`, used for scoring, refuse a rubric with any
//! error-level finding: a `Rubric` that exists is one the engine can score with.
//! Only a file that is not TOML, or that lacks or outgrows `format`, is unreadable.

use super::finding::{code, Finding, Severity};
use super::range::PercentRange;
use super::*;
use crate::digest::sha256_hex;
use crate::error::{suggest, Error, Location, Result};
use crate::vocab::{self, CellKind};
use serde::Deserialize;
use std::cell::RefCell;
use std::ops::Range;
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

/// Resolves a `--rubric` value: a built-in id or alias, else a path to a TOML file,
/// else the id of a rubric file in the rubric folders (`catalog::search_dirs`).
pub fn load(name: &str) -> Result<Rubric> {
    if let Some(r) = load_builtin(name) {
        return r;
    }
    let path = Path::new(name);
    if path.is_file() {
        return parse(&read_text(path)?, path);
    }
    if name.ends_with(".toml") || name.contains('/') || name.contains('\\') {
        return Err(Error::Read {
            path: path.to_path_buf(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        });
    }
    let dirs = super::catalog::search_dirs();
    if let Some(found) = super::catalog::find_file(name, &dirs)? {
        return parse(&read_text(&found)?, &found);
    }
    let files = super::catalog::file_ids(&dirs);
    let candidates = BUILTINS
        .iter()
        .flat_map(|(id, alias, _)| [*id, *alias])
        .chain(files.iter().map(String::as_str));
    Err(Error::UnknownRubric {
        name: name.to_string(),
        suggestion: suggest(name, candidates),
    })
}

/// A rubric file's text; a file that is not UTF-8 is bad input, not an I/O error.
pub fn read_text(path: &Path) -> Result<String> {
    crate::input::read_utf8_text(path)
}

pub fn load_builtin(name: &str) -> Option<Result<Rubric>> {
    builtin_text(name).map(|(id, text)| {
        let mut r = parse(text, &builtin_path(id))?;
        r.origin = "built-in".to_string();
        Ok(r)
    })
}

/// The id and TOML text of a built-in rubric, by id or alias.
pub fn builtin_text(name: &str) -> Option<(&'static str, &'static str)> {
    BUILTINS
        .iter()
        .find(|(id, alias, _)| *id == name || *alias == name)
        .map(|(id, _, text)| (*id, *text))
}

/// The path messages give for a built-in rubric: its source file in the repository.
pub fn builtin_path(id: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(format!("rubrics/{id}.toml"))
}

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
        vi: "tệp tiêu chí không hợp lệ".into(),
        en: "invalid rubric file".into(),
    });
    let at = match first.line {
        Some(l) => Location::at(path, l, first.column),
        None => Location::file(path),
    };
    let shown = crate::error::display_path(path);
    let (more_vi, more_en) = if errors.len() > 1 {
        (
            format!(
                " (và {} lỗi khác; `dvht rubric lint {shown}` liệt kê tất cả)",
                errors.len() - 1
            ),
            format!(
                " (and {} more error(s); `dvht rubric lint {shown}` lists them all)",
                errors.len() - 1
            ),
        )
    } else {
        (String::new(), String::new())
    };
    Err(Error::input(
        at,
        format!("{}{more_vi}", first.vi),
        format!("{}{more_en}", first.en),
    ))
}

/// A rubric read with all its findings. `rubric` is `Some` exactly when no finding
/// is an error.
#[derive(Debug)]
pub struct Checked {
    pub rubric: Option<Rubric>,
    pub findings: Vec<Finding>,
}

// ------------------------------------------------------------------ raw TOML
//
// Unknown keys are not denied here: `keys::unknown_keys` reports every one of them
// with its line, which `deny_unknown_fields` (first one only) cannot.

#[derive(Deserialize)]
struct Head {
    format: Option<Spanned<i64>>,
}

type Src = Option<Spanned<String>>;

#[derive(Deserialize)]
struct RawRubric {
    id: Spanned<String>,
    version: String,
    kind: Spanned<String>,
    title: String,
    title_en: Option<String>,
    legal_basis: Src,
    source: Src,
    max_points: Option<Spanned<toml::Value>>,
    #[serde(default)]
    groups: Vec<RawGroup>,
    #[serde(default)]
    criteria: Vec<RawCriterion>,
    classification: Option<Spanned<RawClassification>>,
    recognition: Option<Spanned<RawRecognition>>,
    validity: Option<Spanned<super::validity::RawValidity>>,
}

#[derive(Deserialize)]
struct RawGroup {
    id: Spanned<String>,
    title: String,
    title_en: Option<String>,
    max_points: Option<Spanned<toml::Value>>,
    source: Src,
}

#[derive(Deserialize)]
struct RawCriterion {
    id: Spanned<String>,
    group: Spanned<String>,
    title: String,
    title_en: Option<String>,
    source: Src,
    max_points: Option<Spanned<toml::Value>>,
    #[serde(default)]
    evidence_suggestions: Vec<String>,
    #[serde(default)]
    not_applicable_for_kinds: Vec<Spanned<String>>,
    members: Option<Spanned<RawPredicate>>,
    gap_policy: Option<Spanned<String>>,
    gap_note: Option<String>,
    gap_note_en: Option<String>,
    bands: Option<Spanned<Vec<RawBand>>>,
    cases: Option<Spanned<Vec<RawCase>>>,
    level_1: Option<Spanned<RawLevel>>,
    level_2: Option<Spanned<RawLevel>>,
    #[serde(default)]
    sub_items: Vec<RawSubItem>,
}

#[derive(Deserialize)]
struct RawPredicate {
    #[serde(default)]
    all_of: Vec<Spanned<String>>,
    title_at_least: Option<Spanned<String>>,
}

#[derive(Deserialize)]
struct RawBand {
    range: Spanned<String>,
    points: Spanned<toml::Value>,
    source: Src,
    #[serde(default)]
    provisional: bool,
}

#[derive(Deserialize)]
struct RawCase {
    when: Vec<RawCondition>,
    points: Spanned<toml::Value>,
    label: String,
    label_en: Option<String>,
}

#[derive(Deserialize)]
struct RawLevel {
    min_percent: Option<Spanned<toml::Value>>,
    when: Option<Vec<RawCondition>>,
    #[serde(default)]
    provisional: bool,
    source: Src,
}

#[derive(Deserialize)]
struct RawCondition {
    fact: Spanned<String>,
    equals: Option<Spanned<toml::Value>>,
    one_of: Option<Vec<Spanned<String>>>,
    at_least: Option<Spanned<String>>,
}

#[derive(Deserialize)]
struct RawSubItem {
    id: Spanned<String>,
    column: Spanned<String>,
    points: Spanned<toml::Value>,
    title: String,
}

#[derive(Deserialize)]
struct RawClassification {
    #[serde(default)]
    provisional: bool,
    source: Src,
    grades: Vec<RawGrade>,
}

#[derive(Deserialize)]
struct RawGrade {
    id: Spanned<String>,
    label: String,
    label_en: Option<String>,
    min_points: Spanned<toml::Value>,
    recognized: bool,
}

#[derive(Deserialize)]
struct RawRecognition {
    source: Src,
    level_2_after_months: u32,
    level_2_after_source: Src,
    validity_months: u32,
    validity_source: Src,
    levels: Vec<RawLevelLabel>,
}

#[derive(Deserialize)]
struct RawLevelLabel {
    level: Spanned<u8>,
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
    let msg = e.message().trim();
    let (vi, en) = toml_message(msg).unwrap_or_else(|| {
        (
            format!("TOML không hợp lệ: {msg}"),
            format!("invalid TOML: {msg}"),
        )
    });
    Error::input(at, vi, en)
}

/// The toml crate's message in Vietnamese and English, for the common cases
/// (unknown key, missing key, wrong type); `None` for the others, which keep its
/// English text.
fn toml_message(msg: &str) -> Option<(String, String)> {
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
        return Some(match accepted {
            Some(a) => (
                format!("khóa {key} không hợp lệ ở đây; chấp nhận: {a}"),
                format!("unknown key {key}; accepted here: {a}"),
            ),
            None => (
                format!("khóa {key} không hợp lệ ở đây"),
                format!("unknown key {key}; no keys are accepted here"),
            ),
        });
    }
    if let Some(key) = msg.strip_prefix("missing field ") {
        return Some((format!("thiếu khóa {key}"), format!("missing key {key}")));
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
            return Some((
                format!("giá trị {found_vi} sai kiểu; cần {vi}"),
                format!("the value {found} has the wrong type; expected {en}"),
            ));
        }
    }
    None
}

/// An exact decimal from an integer or a string (`"7.5"`), without reporting.
fn exact_decimal(v: &toml::Value) -> Option<Decimal> {
    match v {
        toml::Value::Integer(i) => Some(Decimal::from(*i)),
        toml::Value::String(s) => Decimal::from_str_exact(s.trim()).ok(),
        _ => None,
    }
}

struct Ctx<'a> {
    text: &'a str,
    findings: RefCell<Vec<Finding>>,
}

impl Ctx<'_> {
    fn push(
        &self,
        severity: Severity,
        code: &'static str,
        span: Option<Range<usize>>,
        criterion: Option<&str>,
        vi: String,
        en: String,
    ) {
        let (line, column) = match span {
            Some(s) => {
                let (l, c) = line_col(self.text, s.start);
                (Some(l), Some(c))
            }
            None => (None, None),
        };
        let (vi, en) = match criterion {
            Some(id) => (
                format!("tiêu chí `{id}`: {vi}"),
                format!("criterion `{id}`: {en}"),
            ),
            None => (vi, en),
        };
        self.findings.borrow_mut().push(Finding {
            severity,
            code,
            line,
            column,
            criterion: criterion.map(str::to_string),
            vi,
            en,
        });
    }

    fn error(
        &self,
        code: &'static str,
        span: Range<usize>,
        crit: Option<&str>,
        vi: String,
        en: String,
    ) {
        self.push(Severity::Error, code, Some(span), crit, vi, en);
    }

    fn errors(&self) -> usize {
        self.findings
            .borrow()
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }

    fn decimal(&self, v: &Spanned<toml::Value>, crit: Option<&str>) -> Option<Decimal> {
        let got = exact_decimal(v.get_ref());
        if got.is_none() {
            let what = match v.get_ref() {
                toml::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            self.error(
                code::INVALID_NUMBER,
                v.span(),
                crit,
                format!("`{what}` không phải là số thập phân chính xác; hãy viết dạng chuỗi, ví dụ \"7.5\", hoặc số nguyên"),
                format!("`{what}` is not an exact decimal; write it as a string such as \"7.5\", or an integer"),
            );
        }
        got
    }

    /// Points of a band or case: an exact decimal, not below zero.
    fn points(&self, v: &Spanned<toml::Value>, crit: Option<&str>) -> Option<Decimal> {
        let p = self.decimal(v, crit)?;
        if p < Decimal::ZERO {
            self.error(
                code::INVALID_NUMBER,
                v.span(),
                crit,
                format!("điểm `{p}` âm; điểm phải từ 0 trở lên"),
                format!("`{p}` points is negative; points are 0 or more"),
            );
            return None;
        }
        Some(p)
    }

    /// Warns when a rule does not say where it comes from.
    fn source(
        &self,
        s: &Src,
        fallback: Range<usize>,
        crit: Option<&str>,
        (what_vi, what_en): (&str, &str),
    ) -> String {
        match s {
            Some(s) if !s.get_ref().trim().is_empty() => s.get_ref().clone(),
            other => {
                let span = other.as_ref().map_or(fallback, |s| s.span());
                self.push(
                    Severity::Warning,
                    code::MISSING_SOURCE,
                    Some(span),
                    crit,
                    format!("{what_vi} không có `source`: hãy ghi văn bản, mục và trích dẫn làm căn cứ"),
                    format!("{what_en} has no `source`: cite the document, section and wording it comes from"),
                );
                String::new()
            }
        }
    }

    fn ignored(
        &self,
        span: Range<usize>,
        crit: Option<&str>,
        key: &str,
        why_vi: &str,
        why_en: &str,
    ) {
        self.push(
            Severity::Warning,
            code::IGNORED_KEY,
            Some(span),
            crit,
            format!("khóa `{key}` bị bỏ qua: {why_vi}"),
            format!("key `{key}` is ignored: {why_en}"),
        );
    }

    fn fact(&self, name: &Spanned<String>, crit: Option<&str>) -> Option<&'static vocab::FactDef> {
        let found = vocab::fact(name.get_ref());
        if found.is_none() {
            let hint = suggest(name.get_ref(), vocab::FACTS.iter().map(|f| f.name));
            let known = vocab::FACTS
                .iter()
                .map(|f| f.name)
                .collect::<Vec<_>>()
                .join(", ");
            self.error(
                code::UNKNOWN_FACT,
                name.span(),
                crit,
                format!(
                    "không có dữ kiện `{}`{}; các dữ kiện: {known}",
                    name.get_ref(),
                    hint.as_ref()
                        .map(|s| format!(" (có phải ý bạn là `{s}`?)"))
                        .unwrap_or_default()
                ),
                format!(
                    "unknown fact `{}`{}; known facts: {known}",
                    name.get_ref(),
                    hint.as_ref()
                        .map(|s| format!(" (did you mean `{s}`?)"))
                        .unwrap_or_default()
                ),
            );
        }
        found
    }

    fn yes_no_column(&self, name: &Spanned<String>, crit: Option<&str>) -> Option<&'static str> {
        match vocab::column(name.get_ref()) {
            Some(c) if c.kind == CellKind::YesNo => Some(c.name),
            _ => {
                let yes_no: Vec<&str> = vocab::COLUMNS
                    .iter()
                    .filter(|c| c.kind == CellKind::YesNo)
                    .map(|c| c.name)
                    .collect();
                let hint = suggest(name.get_ref(), yes_no.iter().copied());
                self.error(
                    code::UNKNOWN_COLUMN,
                    name.span(),
                    crit,
                    format!(
                        "`{}` không phải cột có/không của danh sách thành viên{}; các cột: {}",
                        name.get_ref(),
                        hint.as_ref()
                            .map(|s| format!(" (có phải ý bạn là `{s}`?)"))
                            .unwrap_or_default(),
                        yes_no.join(", ")
                    ),
                    format!(
                        "`{}` is not a yes/no roster column{}; known columns: {}",
                        name.get_ref(),
                        hint.as_ref()
                            .map(|s| format!(" (did you mean `{s}`?)"))
                            .unwrap_or_default(),
                        yes_no.join(", ")
                    ),
                );
                None
            }
        }
    }

    fn choice(
        &self,
        def: &'static vocab::FactDef,
        value: &str,
        span: Range<usize>,
        crit: Option<&str>,
    ) -> Option<(&'static str, u8)> {
        let found = fact_choice(def, value);
        if found.is_none() {
            self.error(
                code::UNKNOWN_VALUE,
                span,
                crit,
                format!(
                    "`{value}` không phải giá trị của `{}`; chấp nhận: {}",
                    def.name,
                    def.accepted()
                ),
                format!(
                    "`{value}` is not a value of `{}`; accepted: {}",
                    def.name,
                    def.accepted()
                ),
            );
        }
        found
    }

    fn condition(&self, raw: &RawCondition, crit: Option<&str>) -> Option<Condition> {
        let fact = self.fact(&raw.fact, crit)?;
        let tests = usize::from(raw.equals.is_some())
            + usize::from(raw.one_of.is_some())
            + usize::from(raw.at_least.is_some());
        if tests != 1 {
            self.error(
                code::INVALID_CONDITION,
                raw.fact.span(),
                crit,
                "điều kiện cần đúng một trong `equals`, `one_of`, `at_least`".into(),
                "a condition needs exactly one of `equals`, `one_of`, `at_least`".into(),
            );
            return None;
        }
        let ordered = matches!(fact.kind, vocab::FactKind::Ordered(_));
        let not_ordered = |span: Range<usize>, key: &str| {
            self.error(
                code::INVALID_CONDITION,
                span,
                crit,
                format!("`{key}` chỉ dùng cho dữ kiện có danh sách giá trị; `{}` là true/false: dùng `equals = true`", fact.name),
                format!("`{key}` needs a fact with listed values; `{}` is true/false: use `equals = true`", fact.name),
            );
        };
        let test = if let Some(eq) = &raw.equals {
            match (&fact.kind, eq.get_ref()) {
                (vocab::FactKind::Bool, toml::Value::Boolean(b)) => Test::IsBool(*b),
                (vocab::FactKind::Ordered(_), toml::Value::String(s)) => {
                    Test::Equals(self.choice(fact, s, eq.span(), crit)?.0)
                }
                _ => {
                    self.error(
                        code::INVALID_CONDITION,
                        eq.span(),
                        crit,
                        format!(
                            "giá trị so sánh của `{}` phải là: {}",
                            fact.name,
                            fact.accepted()
                        ),
                        format!("`{}` compares with: {}", fact.name, fact.accepted()),
                    );
                    return None;
                }
            }
        } else if let Some(list) = &raw.one_of {
            if !ordered {
                not_ordered(raw.fact.span(), "one_of");
                return None;
            }
            let mut vs = Vec::new();
            let mut ok = true;
            for v in list {
                match self.choice(fact, v.get_ref(), v.span(), crit) {
                    Some((name, _)) => vs.push(name),
                    None => ok = false,
                }
            }
            if !ok {
                return None;
            }
            Test::OneOf(vs)
        } else {
            let v = raw.at_least.as_ref()?;
            if !ordered {
                not_ordered(v.span(), "at_least");
                return None;
            }
            let (name, rank) = self.choice(fact, v.get_ref(), v.span(), crit)?;
            Test::AtLeast(name, rank)
        };
        Some(Condition { fact, test })
    }

    fn conditions(&self, raw: &[RawCondition], crit: Option<&str>) -> Option<Vec<Condition>> {
        let all: Vec<Option<Condition>> = raw.iter().map(|w| self.condition(w, crit)).collect();
        all.into_iter().collect()
    }
}

/// The shape error `toml` reports when a value has the wrong type or a required key
/// is missing, as an error finding.
fn shape_finding(text: &str, e: &toml::de::Error) -> Finding {
    let (line, column) = match e.span() {
        Some(s) => {
            let (l, c) = line_col(text, s.start);
            (Some(l), Some(c))
        }
        None => (None, None),
    };
    let msg = e.message().trim();
    let (vi, en) = toml_message(msg).unwrap_or_else(|| {
        (
            format!("giá trị không đúng kiểu hoặc thiếu khóa bắt buộc: {msg}"),
            format!("a value of the wrong type or a missing required key: {msg}"),
        )
    });
    Finding {
        severity: Severity::Error,
        code: code::TOML_SHAPE,
        line,
        column,
        criterion: None,
        vi,
        en,
    }
}

// ------------------------------------------------------------------ check

/// Reads a rubric's TOML text and collects every finding; `path` is used in
/// messages. Errs only when the text cannot be read as a rubric at all: not TOML,
/// or no `format`, or a `format` newer than this binary.
pub fn check(text: &str, path: &Path) -> Result<Checked> {
    if let Err(e) = toml::de::DeTable::parse(text) {
        return Err(toml_error(text, path, &e));
    }
    let head: Head = toml::from_str(text).map_err(|e| toml_error(text, path, &e))?;
    check_format(text, path, head.format.as_ref())?;

    let mut findings = super::keys::unknown_keys(text);
    let raw: RawRubric = match toml::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            findings.push(shape_finding(text, &e));
            return Ok(Checked {
                rubric: None,
                findings,
            });
        }
    };
    let cx = Ctx {
        text,
        findings: RefCell::new(findings),
    };
    let built = build(&cx, &raw, text, path);
    if let Some(r) = &built {
        shadowing(&cx, &raw, text);
        provisional_note(&cx, r);
    }
    let mut findings = cx.findings.into_inner();
    findings.sort_by_key(|f| (f.line.unwrap_or(0), f.column.unwrap_or(0)));
    let has_errors = findings.iter().any(|f| f.severity == Severity::Error);
    Ok(Checked {
        rubric: if has_errors { None } else { built },
        findings,
    })
}

fn check_format(text: &str, path: &Path, format: Option<&Spanned<i64>>) -> Result<()> {
    let at = |f: &Spanned<i64>| {
        let (l, c) = line_col(text, f.span().start);
        Location::at(path, l, Some(c))
    };
    match format {
        None => Err(Error::input(
            Location::file(path),
            format!("thiếu khóa `format` (phiên bản định dạng tệp tiêu chí; bản này đọc `format = {FORMAT}`)"),
            format!("missing key `format` (the rubric-file format version; this dvht reads `format = {FORMAT}`)"),
        )),
        Some(f) if *f.get_ref() > FORMAT => Err(Error::input(
            at(f),
            format!(
                "tệp tiêu chí dùng định dạng {} mới hơn bản dvht này (đọc được định dạng {FORMAT}); hãy cập nhật dvht",
                f.get_ref()
            ),
            format!(
                "this rubric uses format {}, newer than this dvht understands (format {FORMAT}); upgrade dvht",
                f.get_ref()
            ),
        )),
        Some(f) if *f.get_ref() < 1 => Err(Error::input(
            at(f),
            format!("`format = {}` không hợp lệ; bản này đọc `format = {FORMAT}`", f.get_ref()),
            format!("invalid `format = {}`; this dvht reads `format = {FORMAT}`", f.get_ref()),
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
                format!("mã `{}` trùng với bộ tiêu chí có sẵn `{id}`: `--rubric {}` sẽ chọn bộ có sẵn; hãy đặt mã riêng (ví dụ `{id}-tinh`)", raw.id.get_ref(), raw.id.get_ref()),
                format!("id `{}` is also the built-in `{id}`: `--rubric {}` picks the built-in; give this rubric its own id (e.g. `{id}-province`)", raw.id.get_ref(), raw.id.get_ref()),
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
    cx.push(
        Severity::Info,
        code::PROVISIONAL,
        None,
        None,
        format!("các giá trị đánh dấu tạm thời (`provisional = true`): {list}; mọi kết quả dựa vào chúng đều ghi rõ"),
        format!("values marked provisional (`provisional = true`): {list}; every result that relies on them says so"),
    );
}

fn build(cx: &Ctx, raw: &RawRubric, text: &str, path: &Path) -> Option<Rubric> {
    let root_span = raw.id.span();
    let kind = match raw.kind.get_ref().as_str() {
        "points" => RubricKind::Points,
        "levels" => RubricKind::Levels,
        other => {
            cx.error(
                code::INVALID_KIND,
                raw.kind.span(),
                None,
                format!("`kind = \"{other}\"` không hợp lệ; chấp nhận: points (tính điểm), levels (theo mức độ)"),
                format!("invalid `kind = \"{other}\"`; accepted: points, levels"),
            );
            return None;
        }
    };
    let source = cx.source(
        &raw.source,
        root_span.clone(),
        None,
        ("bộ tiêu chí", "the rubric"),
    );
    let legal_basis = match &raw.legal_basis {
        Some(s) if !s.get_ref().trim().is_empty() => s.get_ref().clone(),
        other => {
            cx.push(
                Severity::Warning,
                code::MISSING_SOURCE,
                Some(other.as_ref().map_or(root_span.clone(), |s| s.span())),
                None,
                "bộ tiêu chí không có `legal_basis`: hãy ghi văn bản pháp lý làm căn cứ (thông tư, kế hoạch, công văn)".into(),
                "the rubric has no `legal_basis`: name the legal documents it rests on (circular, plan, letter)".into(),
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
                "bộ tiêu chí theo mức độ không tính điểm",
                "a levels rubric has no points",
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
            cx.error(
                code::DUPLICATE_ID,
                g.id.span(),
                None,
                format!("mã nhóm `{id}` bị trùng"),
                format!("duplicate group id `{id}`"),
            );
            continue;
        }
        let gmax = match (&g.max_points, kind) {
            (Some(v), RubricKind::Points) => cx.decimal(v, None),
            (Some(v), RubricKind::Levels) => {
                cx.ignored(
                    v.span(),
                    None,
                    "max_points",
                    "bộ tiêu chí theo mức độ không tính điểm",
                    "a levels rubric has no points",
                );
                None
            }
            (None, _) => None,
        };
        let what = (format!("nhóm `{id}`"), format!("group `{id}`"));
        groups.push(Group {
            id: id.clone(),
            title: g.title.clone(),
            title_en: g.title_en.clone().unwrap_or_else(|| g.title.clone()),
            max_points: gmax,
            source: cx.source(&g.source, g.id.span(), None, (&what.0, &what.1)),
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
            cx.error(
                code::DUPLICATE_ID,
                rc.id.span(),
                None,
                format!("mã tiêu chí `{id}` bị trùng"),
                format!("duplicate criterion id `{id}`"),
            );
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
            cx.error(
                code::UNKNOWN_GROUP,
                rc.group.span(),
                Some(id),
                format!(
                    "nhóm `{}` không được khai báo trong [[groups]] (có: {declared})",
                    rc.group.get_ref()
                ),
                format!(
                    "group `{}` is not declared in [[groups]] (declared: {declared})",
                    rc.group.get_ref()
                ),
            );
        }
        if let Some(c) = criterion(cx, kind, rc) {
            if !duplicate {
                criteria.push(c);
            }
        }
    }
    if raw.criteria.is_empty() {
        cx.push(
            Severity::Error,
            code::NO_CRITERIA,
            None,
            None,
            "tệp tiêu chí không có tiêu chí nào ([[criteria]])".into(),
            "the rubric has no criteria ([[criteria]])".into(),
        );
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
        cx.findings
            .borrow_mut()
            .extend(super::validity::findings(text, placed));
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
    })
}

/// Points that must add up: each group's criteria to the group's `max_points`, all
/// criteria to the rubric's `max_points`; groups without criteria.
fn sums(cx: &Ctx, raw: &RawRubric, kind: RubricKind) {
    let max_of = |c: &RawCriterion| {
        c.max_points
            .as_ref()
            .and_then(|v| exact_decimal(v.get_ref()))
    };
    for g in &raw.groups {
        let members: Vec<&RawCriterion> = raw
            .criteria
            .iter()
            .filter(|c| c.group.get_ref() == g.id.get_ref())
            .collect();
        if members.is_empty() {
            cx.push(
                Severity::Warning,
                code::EMPTY_GROUP,
                Some(g.id.span()),
                None,
                format!("nhóm `{}` không có tiêu chí nào", g.id.get_ref()),
                format!("group `{}` has no criteria", g.id.get_ref()),
            );
            continue;
        }
        if kind != RubricKind::Points {
            continue;
        }
        let Some(gmax) = g.max_points.as_ref() else {
            continue;
        };
        let (Some(want), Some(got)) = (
            exact_decimal(gmax.get_ref()),
            members.iter().map(|c| max_of(c)).sum::<Option<Decimal>>(),
        ) else {
            continue;
        };
        if want != got {
            let ids = members
                .iter()
                .map(|c| c.id.get_ref().as_str())
                .collect::<Vec<_>>()
                .join(" + ");
            cx.error(
                code::GROUP_SUM,
                gmax.span(),
                None,
                format!("nhóm `{}`: điểm tối đa các tiêu chí ({ids}) cộng lại là {}, nhưng `max_points` của nhóm là {}", g.id.get_ref(), got.normalize(), want.normalize()),
                format!("group `{}`: its criteria's max_points ({ids}) add up to {}, but the group's `max_points` is {}", g.id.get_ref(), got.normalize(), want.normalize()),
            );
        }
    }
    if kind != RubricKind::Points {
        return;
    }
    let Some(rmax) = raw.max_points.as_ref() else {
        return;
    };
    let (Some(want), Some(got)) = (
        exact_decimal(rmax.get_ref()),
        raw.criteria.iter().map(max_of).sum::<Option<Decimal>>(),
    ) else {
        return;
    };
    if want != got {
        cx.error(
            code::RUBRIC_SUM,
            rmax.span(),
            None,
            format!("điểm tối đa của {} tiêu chí cộng lại là {}, nhưng `max_points` của bộ tiêu chí là {}", raw.criteria.len(), got.normalize(), want.normalize()),
            format!("the {} criteria's max_points add up to {}, but the rubric's `max_points` is {}", raw.criteria.len(), got.normalize(), want.normalize()),
        );
    }
}

fn classification(
    cx: &Ctx,
    raw: &RawRubric,
    kind: RubricKind,
    max_points: Option<Decimal>,
) -> Option<Classification> {
    let Some(rc) = &raw.classification else {
        if kind == RubricKind::Points {
            cx.push(
                Severity::Error,
                code::CLASSIFICATION,
                None,
                None,
                "bộ tiêu chí tính điểm cần bảng [classification] (xếp loại theo tổng điểm)".into(),
                "a points rubric needs a [classification] table (grades by total)".into(),
            );
        }
        return None;
    };
    if kind == RubricKind::Levels {
        cx.ignored(
            rc.span(),
            None,
            "classification",
            "bộ tiêu chí theo mức độ dùng [recognition]",
            "a levels rubric uses [recognition]",
        );
        return None;
    }
    let rc_span = rc.span();
    let rc = rc.get_ref();
    let source = cx.source(
        &rc.source,
        rc_span.clone(),
        None,
        ("[classification]", "[classification]"),
    );
    let mut grades: Vec<Grade> = Vec::new();
    for g in &rc.grades {
        if grades.iter().any(|x| &x.id == g.id.get_ref()) {
            cx.error(
                code::DUPLICATE_ID,
                g.id.span(),
                None,
                format!("xếp loại `{}` bị trùng", g.id.get_ref()),
                format!("duplicate grade id `{}`", g.id.get_ref()),
            );
            continue;
        }
        let Some(min_points) = cx.decimal(&g.min_points, None) else {
            continue;
        };
        if max_points.is_some_and(|m| min_points > m) {
            cx.push(
                Severity::Warning,
                code::CLASSIFICATION,
                Some(g.min_points.span()),
                None,
                format!(
                    "xếp loại `{}` cần {} điểm, hơn tổng tối đa {}: không bao giờ đạt",
                    g.id.get_ref(),
                    min_points.normalize(),
                    max_points.unwrap_or_default().normalize()
                ),
                format!(
                    "grade `{}` needs {} points, more than the maximum {}: it can never be reached",
                    g.id.get_ref(),
                    min_points.normalize(),
                    max_points.unwrap_or_default().normalize()
                ),
            );
        }
        grades.push(Grade {
            id: g.id.get_ref().clone(),
            label: g.label.clone(),
            label_en: g.label_en.clone().unwrap_or_else(|| g.label.clone()),
            min_points,
            recognized: g.recognized,
        });
    }
    grades.sort_by_key(|g| std::cmp::Reverse(g.min_points));
    if grades.last().is_none_or(|g| g.min_points > Decimal::ZERO) {
        cx.error(
            code::CLASSIFICATION,
            rc_span,
            None,
            "[classification] cần một xếp loại có `min_points = \"0\"` cho mọi tổng điểm thấp"
                .into(),
            "[classification] needs a grade with `min_points = \"0\"` so every total has a grade"
                .into(),
        );
    }
    Some(Classification {
        provisional: rc.provisional,
        source,
        grades,
    })
}

fn recognition(cx: &Ctx, raw: &RawRubric, kind: RubricKind) -> Option<Recognition> {
    let Some(rr) = &raw.recognition else {
        if kind == RubricKind::Levels {
            cx.push(
                Severity::Error,
                code::RECOGNITION,
                None,
                None,
                "bộ tiêu chí theo mức độ cần bảng [recognition] (quy tắc công nhận)".into(),
                "a levels rubric needs a [recognition] table (the recognition rule)".into(),
            );
        }
        return None;
    };
    if kind == RubricKind::Points {
        cx.ignored(
            rr.span(),
            None,
            "recognition",
            "bộ tiêu chí tính điểm dùng [classification]",
            "a points rubric uses [classification]",
        );
        return None;
    }
    let span = rr.span();
    let r = rr.get_ref();
    let mut levels: Vec<LevelLabel> = Vec::new();
    for l in &r.levels {
        if levels.iter().any(|x| x.level == *l.level.get_ref()) {
            cx.error(
                code::DUPLICATE_ID,
                l.level.span(),
                None,
                format!("mức `{}` bị khai báo hai lần", l.level.get_ref()),
                format!("level `{}` is declared twice", l.level.get_ref()),
            );
            continue;
        }
        levels.push(LevelLabel {
            level: *l.level.get_ref(),
            label: l.label.clone(),
            label_en: l.label_en.clone().unwrap_or_else(|| l.label.clone()),
        });
    }
    Some(Recognition {
        source: cx.source(
            &r.source,
            span.clone(),
            None,
            ("[recognition]", "[recognition]"),
        ),
        level_2_after_months: r.level_2_after_months,
        level_2_after_source: cx.source(
            &r.level_2_after_source,
            span.clone(),
            None,
            (
                "[recognition] level_2_after_months (level_2_after_source)",
                "[recognition] level_2_after_months (level_2_after_source)",
            ),
        ),
        validity_months: r.validity_months,
        validity_source: cx.source(
            &r.validity_source,
            span,
            None,
            (
                "[recognition] validity_months (validity_source)",
                "[recognition] validity_months (validity_source)",
            ),
        ),
        levels,
    })
}

fn criterion(cx: &Ctx, kind: RubricKind, rc: &RawCriterion) -> Option<Criterion> {
    let errors_before = cx.errors();
    let id = rc.id.get_ref().clone();
    let crit = Some(id.as_str());
    let id_span = rc.id.span();
    let source = cx.source(
        &rc.source,
        id_span.clone(),
        crit,
        ("tiêu chí", "the criterion"),
    );
    let max_points = match (&rc.max_points, kind) {
        (Some(v), RubricKind::Points) => cx.decimal(v, crit),
        (Some(v), RubricKind::Levels) => {
            cx.ignored(
                v.span(),
                crit,
                "max_points",
                "bộ tiêu chí theo mức độ không tính điểm",
                "a levels rubric has no points",
            );
            None
        }
        (None, RubricKind::Points) => {
            cx.error(
                code::MISSING_MAX,
                id_span.clone(),
                crit,
                "thiếu `max_points` (điểm tối đa của tiêu chí)".into(),
                "`max_points` (the criterion's maximum) is missing".into(),
            );
            None
        }
        (None, RubricKind::Levels) => None,
    };
    for k in &rc.not_applicable_for_kinds {
        if !vocab::UNIT_KINDS.contains(&k.get_ref().as_str()) {
            cx.error(
                code::UNKNOWN_UNIT_KIND,
                k.span(),
                crit,
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
            );
        }
    }

    // Keys that the criterion's kind does not read.
    let points_only = |cx: &Ctx| {
        if let Some(b) = &rc.bands {
            cx.ignored(
                b.span(),
                crit,
                "bands",
                "bộ tiêu chí theo mức độ dùng `level_1`/`level_2`",
                "a levels rubric uses `level_1`/`level_2`",
            );
        }
        if let Some(c) = &rc.cases {
            cx.ignored(
                c.span(),
                crit,
                "cases",
                "bộ tiêu chí theo mức độ dùng `level_1`/`level_2`",
                "a levels rubric uses `level_1`/`level_2`",
            );
        }
        if let Some(g) = &rc.gap_policy {
            cx.ignored(
                g.span(),
                crit,
                "gap_policy",
                "chỉ dùng với `bands`",
                "only used with `bands`",
            );
        }
    };
    let levels_only = |cx: &Ctx| {
        for (name, l) in [("level_1", &rc.level_1), ("level_2", &rc.level_2)] {
            if let Some(l) = l {
                cx.ignored(
                    l.span(),
                    crit,
                    name,
                    "bộ tiêu chí tính điểm dùng `bands` hoặc `cases`",
                    "a points rubric uses `bands` or `cases`",
                );
            }
        }
    };
    match kind {
        RubricKind::Points => levels_only(cx),
        RubricKind::Levels => points_only(cx),
    }

    let measure = if let Some(rp) = &rc.members {
        if kind == RubricKind::Points {
            if let Some(c) = &rc.cases {
                cx.ignored(
                    c.span(),
                    crit,
                    "cases",
                    "tiêu chí có `members` tính theo `bands`",
                    "a criterion with `members` is scored by `bands`",
                );
            }
        }
        let predicate = predicate(cx, rp, crit);
        let scale = match kind {
            RubricKind::Points => bands(cx, rc, crit, max_points),
            RubricKind::Levels => member_levels(cx, rc, crit),
        };
        Measure::Members {
            predicate: predicate?,
            scale: scale?,
        }
    } else {
        if rc.gap_policy.is_some() && kind == RubricKind::Points {
            if let Some(g) = &rc.gap_policy {
                cx.ignored(
                    g.span(),
                    crit,
                    "gap_policy",
                    "chỉ dùng với `members` và `bands`",
                    "only used with `members` and `bands`",
                );
            }
        }
        if kind == RubricKind::Points {
            if let Some(b) = &rc.bands {
                cx.ignored(
                    b.span(),
                    crit,
                    "bands",
                    "`bands` cần `members` (tỷ lệ thành viên)",
                    "`bands` needs `members` (a member ratio)",
                );
            }
        }
        let scale = match kind {
            RubricKind::Points => cases(cx, rc, crit, max_points),
            RubricKind::Levels => fact_levels(cx, rc, crit),
        };
        Measure::Facts { scale: scale? }
    };

    let mut sub_items: Vec<SubItem> = Vec::new();
    for s in &rc.sub_items {
        if sub_items.iter().any(|x| &x.id == s.id.get_ref()) {
            cx.error(
                code::DUPLICATE_ID,
                s.id.span(),
                crit,
                format!("mục con `{}` bị trùng", s.id.get_ref()),
                format!("duplicate sub-item id `{}`", s.id.get_ref()),
            );
            continue;
        }
        let (Some(column), Some(points)) = (
            cx.yes_no_column(&s.column, crit),
            cx.decimal(&s.points, crit),
        ) else {
            continue;
        };
        sub_items.push(SubItem {
            id: s.id.get_ref().clone(),
            column,
            points,
            title: s.title.clone(),
        });
    }
    if let (Some(max), Some(first)) = (max_points, rc.sub_items.first()) {
        let sum: Decimal = sub_items.iter().map(|s| s.points).sum();
        if sub_items.len() == rc.sub_items.len() && sum != max {
            cx.push(
                Severity::Warning,
                code::SUB_ITEMS_SUM,
                Some(first.id.span()),
                crit,
                format!(
                    "điểm các mục con cộng lại là {}, điểm tối đa của tiêu chí là {}",
                    sum.normalize(),
                    max.normalize()
                ),
                format!(
                    "the sub-items' points add up to {}, the criterion's max_points is {}",
                    sum.normalize(),
                    max.normalize()
                ),
            );
        }
    }

    if cx.errors() > errors_before {
        return None;
    }
    Some(Criterion {
        id: id.clone(),
        group: rc.group.get_ref().clone(),
        title_en: rc.title_en.clone().unwrap_or_else(|| rc.title.clone()),
        title: rc.title.clone(),
        source,
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

fn predicate(cx: &Ctx, rp: &Spanned<RawPredicate>, crit: Option<&str>) -> Option<Predicate> {
    let mut p = Predicate::default();
    let mut ok = true;
    for col in &rp.get_ref().all_of {
        match cx.yes_no_column(col, crit) {
            Some(name) => {
                if !p.all_of.contains(&name) {
                    p.all_of.push(name);
                    p.mask |= vocab::yes_no_bit(name).unwrap_or(0);
                }
            }
            None => ok = false,
        }
    }
    if let Some(t) = &rp.get_ref().title_at_least {
        match vocab::title_rank(t.get_ref()) {
            Some(rank) => p.title_at_least = Some((t.get_ref().clone(), rank)),
            None => {
                ok = false;
                cx.error(
                    code::UNKNOWN_VALUE,
                    t.span(),
                    crit,
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
                );
            }
        }
    }
    if ok && p.all_of.is_empty() && p.title_at_least.is_none() {
        cx.error(
            code::MISSING_SCALE,
            rp.span(),
            crit,
            "`members` cần `all_of` (các cột có/không) hoặc `title_at_least` (danh hiệu tối thiểu)"
                .into(),
            "`members` needs `all_of` (yes/no columns) or `title_at_least` (a minimum title)"
                .into(),
        );
        ok = false;
    }
    ok.then_some(p)
}

fn bands(
    cx: &Ctx,
    rc: &RawCriterion,
    crit: Option<&str>,
    max_points: Option<Decimal>,
) -> Option<MemberScale> {
    let Some(raw_bands) = &rc.bands else {
        cx.error(
            code::MISSING_SCALE,
            rc.id.span(),
            crit,
            "tiêu chí tính theo tỷ lệ thành viên cần `bands` (các khoảng tỷ lệ và điểm)".into(),
            "a member-ratio criterion needs `bands` (ranges of the ratio and their points)".into(),
        );
        return None;
    };
    let mut bands: Vec<Band> = Vec::new();
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut all_ok = true;
    for b in raw_bands.get_ref() {
        let range: Option<PercentRange> = match b.range.get_ref().parse() {
            Ok(r) => Some(r),
            Err((vi, en)) => {
                cx.error(code::INVALID_RANGE, b.range.span(), crit, vi, en);
                None
            }
        };
        let points = cx.points(&b.points, crit);
        if let (Some(p), Some(m)) = (points, max_points) {
            if p > m {
                cx.error(
                    code::POINTS_EXCEED_MAX,
                    b.points.span(),
                    crit,
                    format!(
                        "{} điểm vượt quá điểm tối đa {} của tiêu chí",
                        p.normalize(),
                        m.normalize()
                    ),
                    format!(
                        "{} points exceed the criterion's max_points {}",
                        p.normalize(),
                        m.normalize()
                    ),
                );
            }
        }
        let what = (
            format!("khoảng {}", b.range.get_ref()),
            format!("band {}", b.range.get_ref()),
        );
        let source = cx.source(&b.source, b.range.span(), crit, (&what.0, &what.1));
        match (range, points) {
            (Some(range), Some(points)) => {
                bands.push(Band {
                    range,
                    points,
                    source,
                    provisional: b.provisional,
                });
                spans.push(b.range.span());
            }
            _ => all_ok = false,
        }
    }
    if raw_bands.get_ref().is_empty() {
        cx.error(
            code::MISSING_SCALE,
            raw_bands.span(),
            crit,
            "`bands` rỗng".into(),
            "`bands` is empty".into(),
        );
        return None;
    }
    let gap_policy = match rc.gap_policy.as_ref() {
        None => None,
        Some(g) => match g.get_ref().as_str() {
            "next-lower" => Some(GapPolicy::NextLower),
            "zero" => Some(GapPolicy::Zero),
            other => {
                cx.error(
                    code::INVALID_GAP_POLICY,
                    g.span(),
                    crit,
                    format!("`gap_policy = \"{other}\"` không hợp lệ; chấp nhận: next-lower, zero"),
                    format!("invalid `gap_policy = \"{other}\"`; accepted: next-lower, zero"),
                );
                None
            }
        },
    };
    if !all_ok {
        return None;
    }

    // Coverage of 0–100 %: overlaps are errors; gaps need a declared policy.
    let cov = coverage(&bands);
    for (a, b) in &cov.overlaps {
        cx.error(
            code::BAND_OVERLAP,
            spans[*b].clone(),
            crit,
            format!(
                "khoảng {} và {} chồng lên nhau: một tỷ lệ thuộc cả hai",
                bands[*a].range, bands[*b].range
            ),
            format!(
                "bands {} and {} overlap: a ratio falls in both",
                bands[*a].range, bands[*b].range
            ),
        );
    }
    for gap in &cov.gaps {
        match gap_policy {
            None if rc.gap_policy.is_none() => cx.error(
                code::BAND_GAP,
                raw_bands.span(),
                crit,
                format!("khoảng {gap} ({}) không thuộc khoảng nào; khai báo `gap_policy` (next-lower hoặc zero) hoặc thêm khoảng", gap.label()),
                format!("{gap} ({}) falls in no band; declare `gap_policy` (next-lower or zero) or add a band", gap.label()),
            ),
            None => {}
            Some(policy) => {
                let below = bands
                    .iter()
                    .filter(|b| b.range.hi < gap.lo || (b.range.hi == gap.lo && !(b.range.hi_inclusive && gap.lo_inclusive)))
                    .max_by(|a, b| a.range.hi.cmp(&b.range.hi));
                let (effect_vi, effect_en) = match (policy, below) {
                    (GapPolicy::NextLower, Some(b)) => (
                        format!("tính theo khoảng thấp hơn liền kề {} ({} điểm)", b.range.label(), b.points.normalize()),
                        format!("scored at the next lower band {} ({} points)", b.range.label(), b.points.normalize()),
                    ),
                    _ => ("tính 0 điểm".to_string(), "scored 0 points".to_string()),
                };
                let name = match policy {
                    GapPolicy::NextLower => "next-lower",
                    GapPolicy::Zero => "zero",
                };
                cx.push(
                    Severity::Info,
                    code::BAND_GAP_DECLARED,
                    Some(rc.gap_policy.as_ref().map_or(raw_bands.span(), |g| g.span())),
                    crit,
                    format!("khoảng {gap} ({}) không thuộc khoảng nào; tệp khai báo `gap_policy = \"{name}\"`: {effect_vi}, kèm cảnh báo", gap.label()),
                    format!("{gap} ({}) falls in no band; the file declares `gap_policy = \"{name}\"`: {effect_en}, with a warning", gap.label()),
                );
            }
        }
    }
    if cov.gaps.is_empty() {
        if let Some(g) = &rc.gap_policy {
            cx.ignored(
                g.span(),
                crit,
                "gap_policy",
                "các khoảng đã phủ kín 0–100 %",
                "the bands already cover 0–100 %",
            );
        }
    }

    // Points should not fall as the ratio rises; equal neighbours are redundant.
    let mut order: Vec<usize> = (0..bands.len()).collect();
    order.sort_by(|&a, &b| {
        bands[a].range.lo.cmp(&bands[b].range.lo).then(
            bands[b]
                .range
                .lo_inclusive
                .cmp(&bands[a].range.lo_inclusive),
        )
    });
    for pair in order.windows(2) {
        let (lo, hi) = (&bands[pair[0]], &bands[pair[1]]);
        if hi.points < lo.points {
            cx.push(
                Severity::Warning,
                code::BAND_ORDER,
                Some(spans[pair[1]].clone()),
                crit,
                format!("khoảng {} cho {} điểm, ít hơn khoảng thấp hơn {} ({} điểm): điểm giảm khi tỷ lệ tăng", hi.range, hi.points.normalize(), lo.range, lo.points.normalize()),
                format!("band {} gives {} points, fewer than the lower band {} ({} points): points fall as the ratio rises", hi.range, hi.points.normalize(), lo.range, lo.points.normalize()),
            );
        } else if hi.points == lo.points && cov.overlaps.is_empty() {
            cx.push(
                Severity::Info,
                code::EQUAL_BANDS,
                Some(spans[pair[1]].clone()),
                crit,
                format!(
                    "hai khoảng liền nhau {} và {} cùng cho {} điểm (thừa nhưng hợp lệ)",
                    lo.range,
                    hi.range,
                    hi.points.normalize()
                ),
                format!(
                    "adjacent bands {} and {} give the same {} points (redundant, but valid)",
                    lo.range,
                    hi.range,
                    hi.points.normalize()
                ),
            );
        }
    }
    top_reaches_max(
        cx,
        rc,
        crit,
        bands.iter().map(|b| b.points).max(),
        max_points,
        "khoảng",
        "band",
    );

    let gap_note = rc.gap_note.as_ref().map(|vi| {
        (
            vi.clone(),
            rc.gap_note_en.clone().unwrap_or_else(|| vi.clone()),
        )
    });
    Some(MemberScale::Bands {
        bands,
        gap_policy,
        gap_note,
    })
}

/// A criterion whose best band or case gives less than its `max_points` can never
/// reach its maximum, and the rubric's total cannot either.
fn top_reaches_max(
    cx: &Ctx,
    rc: &RawCriterion,
    crit: Option<&str>,
    top: Option<Decimal>,
    max: Option<Decimal>,
    what_vi: &str,
    what_en: &str,
) {
    if let (Some(top), Some(max), Some(span)) = (top, max, rc.max_points.as_ref().map(|m| m.span()))
    {
        if top < max {
            cx.error(
                code::CRITERION_MAX,
                span,
                crit,
                format!("{what_vi} cao nhất cho {} điểm, nhưng `max_points` là {}: tiêu chí không bao giờ đạt điểm tối đa", top.normalize(), max.normalize()),
                format!("its best {what_en} gives {} points, but `max_points` is {}: the maximum can never be reached", top.normalize(), max.normalize()),
            );
        }
    }
}

fn member_levels(cx: &Ctx, rc: &RawCriterion, crit: Option<&str>) -> Option<MemberScale> {
    let mut levels: Vec<(LevelThreshold, Range<usize>)> = Vec::new();
    let mut ok = true;
    for (n, raw) in [(1u8, &rc.level_1), (2u8, &rc.level_2)] {
        let Some(raw) = raw else { continue };
        let span = raw.span();
        let raw = raw.get_ref();
        if raw.when.is_some() {
            cx.ignored(
                span.clone(),
                crit,
                &format!("level_{n}.when"),
                "tiêu chí có `members` dùng `min_percent`",
                "a criterion with `members` uses `min_percent`",
            );
        }
        let what = format!("`level_{n}`");
        let source = cx.source(&raw.source, span.clone(), crit, (&what, &what));
        let Some(pct) = raw.min_percent.as_ref() else {
            cx.error(
                code::MISSING_SCALE,
                span,
                crit,
                format!("`level_{n}` cần `min_percent`"),
                format!("`level_{n}` needs `min_percent`"),
            );
            ok = false;
            continue;
        };
        let Some(min_percent) = cx.decimal(pct, crit) else {
            ok = false;
            continue;
        };
        if min_percent < Decimal::ZERO || min_percent > Decimal::ONE_HUNDRED {
            cx.error(
                code::INVALID_NUMBER,
                pct.span(),
                crit,
                "`min_percent` phải từ 0 đến 100".into(),
                "`min_percent` must be between 0 and 100".into(),
            );
            ok = false;
            continue;
        }
        levels.push((
            LevelThreshold {
                level: n,
                min_percent,
                provisional: raw.provisional,
                source,
            },
            pct.span(),
        ));
    }
    if rc.level_1.is_none() {
        cx.error(
            code::MISSING_SCALE,
            rc.id.span(),
            crit,
            "cần `level_1` (ngưỡng mức độ 1)".into(),
            "needs `level_1` (the level-1 threshold)".into(),
        );
        return None;
    }
    if let [(l1, _), (l2, span2)] = levels.as_slice() {
        if l2.min_percent < l1.min_percent {
            cx.error(
                code::LEVEL_ORDER,
                span2.clone(),
                crit,
                format!(
                    "ngưỡng mức độ 2 ({} %) thấp hơn ngưỡng mức độ 1 ({} %)",
                    l2.min_percent.normalize(),
                    l1.min_percent.normalize()
                ),
                format!(
                    "the level-2 threshold ({} %) is below the level-1 threshold ({} %)",
                    l2.min_percent.normalize(),
                    l1.min_percent.normalize()
                ),
            );
            ok = false;
        }
    }
    ok.then(|| MemberScale::Levels(levels.into_iter().map(|(l, _)| l).collect()))
}

fn cases(
    cx: &Ctx,
    rc: &RawCriterion,
    crit: Option<&str>,
    max_points: Option<Decimal>,
) -> Option<FactScale> {
    let Some(raw_cases) = &rc.cases else {
        cx.error(
            code::MISSING_SCALE,
            rc.id.span(),
            crit,
            "cần `members` (tỷ lệ thành viên, với `bands`) hoặc `cases` (dữ kiện của đơn vị)"
                .into(),
            "needs `members` (a member ratio, with `bands`) or `cases` (unit facts)".into(),
        );
        return None;
    };
    if raw_cases.get_ref().is_empty() {
        cx.error(
            code::MISSING_SCALE,
            raw_cases.span(),
            crit,
            "`cases` rỗng".into(),
            "`cases` is empty".into(),
        );
        return None;
    }
    let mut cases = Vec::new();
    let mut ok = true;
    for c in raw_cases.get_ref() {
        let points = cx.points(&c.points, crit);
        if let (Some(p), Some(m)) = (points, max_points) {
            if p > m {
                cx.error(
                    code::POINTS_EXCEED_MAX,
                    c.points.span(),
                    crit,
                    format!(
                        "{} điểm vượt quá điểm tối đa {} của tiêu chí",
                        p.normalize(),
                        m.normalize()
                    ),
                    format!(
                        "{} points exceed the criterion's max_points {}",
                        p.normalize(),
                        m.normalize()
                    ),
                );
            }
        }
        let when = cx.conditions(&c.when, crit);
        match (points, when) {
            (Some(points), Some(when)) => cases.push(Case {
                when,
                points,
                label: c.label.clone(),
                label_en: c.label_en.clone().unwrap_or_else(|| c.label.clone()),
            }),
            _ => ok = false,
        }
    }
    if ok {
        top_reaches_max(
            cx,
            rc,
            crit,
            cases.iter().map(|c| c.points).max(),
            max_points,
            "trường hợp",
            "case",
        );
    }
    ok.then_some(FactScale::Cases(cases))
}

fn fact_levels(cx: &Ctx, rc: &RawCriterion, crit: Option<&str>) -> Option<FactScale> {
    let mut levels: Vec<FactLevel> = Vec::new();
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut ok = true;
    for (n, raw) in [(1u8, &rc.level_1), (2u8, &rc.level_2)] {
        let Some(raw) = raw else { continue };
        let span = raw.span();
        let raw = raw.get_ref();
        if let Some(p) = &raw.min_percent {
            cx.ignored(
                p.span(),
                crit,
                &format!("level_{n}.min_percent"),
                "tiêu chí cấp đơn vị dùng `when`",
                "a unit-level criterion uses `when`",
            );
        }
        let what = format!("`level_{n}`");
        let source = cx.source(&raw.source, span.clone(), crit, (&what, &what));
        let Some(when) = &raw.when else {
            cx.error(
                code::MISSING_SCALE,
                span,
                crit,
                format!("`level_{n}` cần `when` (điều kiện trên dữ kiện)"),
                format!("`level_{n}` needs `when` (conditions on facts)"),
            );
            ok = false;
            continue;
        };
        match cx.conditions(when, crit) {
            Some(when) => {
                levels.push(FactLevel {
                    level: n,
                    when,
                    provisional: raw.provisional,
                    source,
                });
                spans.push(span);
            }
            None => ok = false,
        }
    }
    if rc.level_1.is_none() {
        cx.error(
            code::MISSING_SCALE,
            rc.id.span(),
            crit,
            "cần `level_1` (điều kiện mức độ 1)".into(),
            "needs `level_1` (the level-1 conditions)".into(),
        );
        return None;
    }
    // A level-2 `at_least` below the level-1 one on the same fact asks for less.
    if let [l1, l2] = levels.as_slice() {
        for c2 in &l2.when {
            let Test::AtLeast(v2, r2) = &c2.test else {
                continue;
            };
            for c1 in l1.when.iter().filter(|c| c.fact.name == c2.fact.name) {
                if let Test::AtLeast(v1, r1) = &c1.test {
                    if r2 < r1 {
                        cx.error(
                            code::LEVEL_ORDER,
                            spans[1].clone(),
                            crit,
                            format!(
                                "mức độ 2 đòi `{} ≥ {v2}`, thấp hơn mức độ 1 (`≥ {v1}`)",
                                c2.fact.name
                            ),
                            format!(
                                "level 2 asks `{} ≥ {v2}`, less than level 1 (`≥ {v1}`)",
                                c2.fact.name
                            ),
                        );
                        ok = false;
                    }
                }
            }
        }
    }
    ok.then_some(FactScale::Levels(levels))
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

#[cfg(test)]
mod finding_tests {
    use super::*;

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
