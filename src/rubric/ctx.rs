//! Collecting a rubric check's findings (`Ctx`), with the small readers every
//! section shares: exact decimals, points, sources, facts, columns, conditions.

use super::finding::{code, Finding, Severity};
use super::schema::{RawCondition, Src};
use super::*;
use crate::error::suggest;
use crate::i18n::both;
use crate::lang::Lang;
use crate::t;
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

    /// Adds a finding worded by `msg` (rendered in both languages), prefixed with
    /// the criterion it is about.
    pub(super) fn push(
        &self,
        severity: Severity,
        code: &'static str,
        span: Option<Range<usize>>,
        criterion: Option<&str>,
        msg: impl Fn(Lang) -> String,
    ) {
        let (line, column) = match span {
            Some(s) => {
                let (l, c) = self.lines.line_col(s.start);
                (Some(l), Some(c))
            }
            None => (None, None),
        };
        let (vi, en) = both(|lang| match criterion {
            Some(id) => t!(
                lang,
                "rubric-lint-in-criterion",
                id = id,
                message = msg(lang)
            ),
            None => msg(lang),
        });
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
        msg: impl Fn(Lang) -> String,
    ) {
        self.push(Severity::Error, code, Some(span), crit, msg);
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
            self.error(code::INVALID_NUMBER, v.span(), crit, |lang| {
                t!(lang, "rubric-lint-not-exact-decimal", value = &what)
            });
        }
        got
    }

    /// Points of a band or case: an exact decimal, not below zero.
    pub(super) fn points(&self, v: &Spanned<toml::Value>, crit: Option<&str>) -> Option<Decimal> {
        let p = self.decimal(v, crit)?;
        if p < Decimal::ZERO {
            self.error(code::INVALID_NUMBER, v.span(), crit, |lang| {
                t!(lang, "rubric-lint-negative-points", points = p.to_string())
            });
            return None;
        }
        Some(p)
    }

    /// Warns when a rule does not say where it comes from; `what` names the rule.
    pub(super) fn source(
        &self,
        s: &Src,
        fallback: Range<usize>,
        crit: Option<&str>,
        what: impl Fn(Lang) -> String,
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
                    |lang| t!(lang, "rubric-lint-missing-source", what = what(lang)),
                );
                String::new()
            }
        }
    }

    /// Warns that `key` is ignored; `why` is the catalog key of the reason
    /// (`key!("rubric-lint-why-…")`).
    pub(super) fn ignored(&self, span: Range<usize>, crit: Option<&str>, key: &str, why: &str) {
        self.push(
            Severity::Warning,
            code::IGNORED_KEY,
            Some(span),
            crit,
            |lang| {
                t!(
                    lang,
                    "rubric-lint-ignored-key",
                    key = key,
                    why = t!(lang, why)
                )
            },
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
            self.error(code::UNKNOWN_FACT, name.span(), crit, |lang| {
                t!(
                    lang,
                    "rubric-lint-unknown-fact",
                    name = name.get_ref(),
                    hint = did_you_mean(hint.as_deref(), lang),
                    known = &known,
                )
            });
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
                let known = yes_no.join(", ");
                self.error(code::UNKNOWN_COLUMN, name.span(), crit, |lang| {
                    t!(
                        lang,
                        "rubric-lint-not-yes-no-column",
                        name = name.get_ref(),
                        hint = did_you_mean(hint.as_deref(), lang),
                        known = &known,
                    )
                });
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
            let accepted = def.accepted();
            self.error(code::UNKNOWN_VALUE, span, crit, |lang| {
                t!(
                    lang,
                    "rubric-lint-not-a-value",
                    value = value,
                    fact = def.name,
                    accepted = &accepted,
                )
            });
        }
        found
    }

    pub(super) fn condition(&self, raw: &RawCondition, crit: Option<&str>) -> Option<Condition> {
        let fact = self.fact(&raw.fact, crit)?;
        let tests = usize::from(raw.equals.is_some())
            + usize::from(raw.one_of.is_some())
            + usize::from(raw.at_least.is_some());
        if tests != 1 {
            self.error(code::INVALID_CONDITION, raw.fact.span(), crit, |lang| {
                t!(lang, "rubric-lint-condition-one-test")
            });
            return None;
        }
        let ordered = matches!(fact.kind, vocab::FactKind::Ordered(_));
        let not_ordered = |span: Range<usize>, key: &str| {
            self.error(code::INVALID_CONDITION, span, crit, |lang| {
                t!(
                    lang,
                    "rubric-lint-condition-not-ordered",
                    key = key,
                    fact = fact.name
                )
            });
        };
        let test = if let Some(eq) = &raw.equals {
            match (&fact.kind, eq.get_ref()) {
                (vocab::FactKind::Bool, toml::Value::Boolean(b)) => Test::IsBool(*b),
                (vocab::FactKind::Ordered(_), toml::Value::String(s)) => {
                    Test::Equals(self.choice(fact, s, eq.span(), crit)?.0)
                }
                _ => {
                    let accepted = fact.accepted();
                    self.error(code::INVALID_CONDITION, eq.span(), crit, |lang| {
                        t!(
                            lang,
                            "rubric-lint-condition-compares-with",
                            fact = fact.name,
                            accepted = &accepted,
                        )
                    });
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

/// " (did you mean `x`?)" after an unknown name, or nothing without a suggestion.
pub(super) fn did_you_mean(suggestion: Option<&str>, lang: Lang) -> String {
    suggestion.map_or_else(String::new, |s| {
        t!(lang, "rubric-lint-did-you-mean", suggestion = s)
    })
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
    let (vi, en) = toml_message(msg)
        .unwrap_or_else(|| both(|lang| t!(lang, "rubric-lint-toml-shape", message = msg)));
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
