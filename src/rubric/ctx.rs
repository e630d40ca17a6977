//! Collecting a rubric check's findings (`Ctx`), with the small readers every
//! section shares: exact decimals, points, sources, facts, columns, conditions.

use super::finding::{code, Finding, Severity};
use super::schema::{RawCondition, Src};
use super::*;
use crate::error::suggest;
use crate::toml_diag::{toml_message, LineIndex};
use crate::vocab::{self, CellKind};
use std::cell::RefCell;
use std::ops::Range;
use toml::Spanned;

/// An exact decimal from an integer or a string (`"7.5"`), without reporting.
pub(super) fn exact_decimal(v: &toml::Value) -> Option<Decimal> {
    match v {
        toml::Value::Integer(i) => Some(Decimal::from(*i)),
        toml::Value::String(s) => Decimal::from_str_exact(s.trim()).ok(),
        _ => None,
    }
}

/// The findings of one rubric check, collected as the sections are validated; each
/// is placed at its line through one index of the text.
pub(super) struct Ctx<'a> {
    lines: LineIndex<'a>,
    findings: RefCell<Vec<Finding>>,
}

impl<'a> Ctx<'a> {
    pub(super) fn new(text: &'a str, findings: Vec<Finding>) -> Self {
        Ctx {
            lines: LineIndex::new(text),
            findings: RefCell::new(findings),
        }
    }

    pub(super) fn into_findings(self) -> Vec<Finding> {
        self.findings.into_inner()
    }

    pub(super) fn push(
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
                let (l, c) = self.lines.line_col(s.start);
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

    pub(super) fn error(
        &self,
        code: &'static str,
        span: Range<usize>,
        crit: Option<&str>,
        vi: String,
        en: String,
    ) {
        self.push(Severity::Error, code, Some(span), crit, vi, en);
    }

    pub(super) fn errors(&self) -> usize {
        self.findings
            .borrow()
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }

    pub(super) fn decimal(&self, v: &Spanned<toml::Value>, crit: Option<&str>) -> Option<Decimal> {
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
    pub(super) fn points(&self, v: &Spanned<toml::Value>, crit: Option<&str>) -> Option<Decimal> {
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
    pub(super) fn source(
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

    pub(super) fn ignored(
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

    pub(super) fn fact(
        &self,
        name: &Spanned<String>,
        crit: Option<&str>,
    ) -> Option<&'static vocab::FactDef> {
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

    pub(super) fn yes_no_column(
        &self,
        name: &Spanned<String>,
        crit: Option<&str>,
    ) -> Option<&'static str> {
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

    pub(super) fn choice(
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

    pub(super) fn condition(&self, raw: &RawCondition, crit: Option<&str>) -> Option<Condition> {
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

    pub(super) fn conditions(
        &self,
        raw: &[RawCondition],
        crit: Option<&str>,
    ) -> Option<Vec<Condition>> {
        let all: Vec<Option<Condition>> = raw.iter().map(|w| self.condition(w, crit)).collect();
        all.into_iter().collect()
    }
}

/// The shape error `toml` reports when a value has the wrong type or a required key
/// is missing, as an error finding.
pub(super) fn shape_finding(text: &str, e: &toml::de::Error) -> Finding {
    let (line, column) = match e.span() {
        Some(s) => {
            let (l, c) = LineIndex::new(text).line_col(s.start);
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
