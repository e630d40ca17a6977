//! When a rubric applies: the optional `[validity]` table of a rubric file.
//!
//! ```toml
//! [validity]
//! valid_from = 2021-04-14          # first day of a data period it covers
//! valid_until = 2023-12-31         # last day of a data period it covers
//! superseded_by = "tt24-2023"      # a rubric id, or a document ("Thông tư 24/2023/TT-BGDĐT")
//! source = "Thông tư 24/2023/TT-BGDĐT ngày 11/12/2023 …"
//! ```
//!
//! A rubric fits an assessment year when the year's data period *ends* (31/12) between
//! the two dates: that is the day the year's figures close and the self-assessment is
//! made under the rules then in force. So `valid_until = 2023-12-31` keeps 2023 and
//! warns for 2024, and a rule that took effect during a year (a plan of April 2021)
//! still covers that year.

use super::finding::Severity;
use super::schema::RawValidity;
use crate::date::long_date;
use crate::i18n::both;
use crate::lang::Lang;
use crate::t;
use crate::warning::Warning;
use chrono::NaiveDate;
use std::ops::Range;
use toml::Spanned;

/// The stable lint code of every `[validity]` finding.
pub const CODE: &str = "validity";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Validity {
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    /// A rubric id or the name of the document that replaced the rubric's basis.
    pub superseded_by: Option<String>,
    pub source: String,
}

/// A finding placed at a byte span of the rubric text, worded in both languages
/// (`(vi, en)`); the loader turns the span into a line and column.
pub type Placed = (Severity, Option<Range<usize>>, (String, String));

/// Checks `[validity]` and builds it. `known` are the rubric ids a `superseded_by`
/// may name; `own_id` is the rubric's own.
pub(super) fn build(
    raw: &Spanned<RawValidity>,
    own_id: &str,
    known: &[&str],
) -> (Option<Validity>, Vec<Placed>) {
    let mut out: Vec<Placed> = Vec::new();
    let r = raw.get_ref();
    let mut date = |v: &Option<Spanned<toml::Value>>, key: &str| -> Option<NaiveDate> {
        let v = v.as_ref()?;
        let d = match v.get_ref() {
            toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                dt.date.and_then(|d| {
                    NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                })
            }
            toml::Value::String(s) => crate::date::parse_date(s),
            _ => None,
        };
        if d.is_none() {
            let value = v.get_ref().to_string();
            out.push((
                Severity::Error,
                Some(v.span()),
                both(|lang| {
                    t!(
                        lang,
                        "rubric-validity-not-a-date",
                        key = key,
                        value = &value
                    )
                }),
            ));
        }
        d
    };
    let valid_from = date(&r.valid_from, "valid_from");
    let valid_until = date(&r.valid_until, "valid_until");
    if let (Some(f), Some(u)) = (valid_from, valid_until) {
        if f > u {
            out.push((
                Severity::Error,
                r.valid_until.as_ref().map(|v| v.span()),
                both(|lang| {
                    t!(
                        lang,
                        "rubric-validity-from-after-until",
                        from = f.to_string(),
                        until = u.to_string(),
                    )
                }),
            ));
        }
    }
    if let Some(s) = &r.superseded_by {
        let name = s.get_ref().trim();
        let ok = if name == own_id {
            out.push((
                Severity::Error,
                Some(s.span()),
                both(|lang| t!(lang, "rubric-validity-superseded-by-itself", name = name)),
            ));
            false
        } else {
            known.contains(&name) || is_document(name)
        };
        if !ok && name != own_id {
            let known = known.join(", ");
            out.push((
                Severity::Error,
                Some(s.span()),
                both(|lang| {
                    t!(
                        lang,
                        "rubric-validity-superseded-by-unknown",
                        name = name,
                        known = &known
                    )
                }),
            ));
        }
    }
    if r.valid_from.is_none() && r.valid_until.is_none() && r.superseded_by.is_none() {
        out.push((
            Severity::Warning,
            Some(raw.span()),
            both(|lang| t!(lang, "rubric-validity-empty")),
        ));
    }
    let source = match &r.source {
        Some(s) if !s.get_ref().trim().is_empty() => s.get_ref().trim().to_string(),
        other => {
            out.push((
                Severity::Warning,
                Some(other.as_ref().map_or(raw.span(), |s| s.span())),
                both(|lang| t!(lang, "rubric-validity-missing-source")),
            ));
            String::new()
        }
    };
    let failed = out.iter().any(|(s, ..)| *s == Severity::Error);
    let v = (!failed).then(|| Validity {
        valid_from,
        valid_until,
        superseded_by: r
            .superseded_by
            .as_ref()
            .map(|s| s.get_ref().trim().to_string()),
        source,
    });
    (v, out)
}

/// A document reference carries a number with a slash: `24/2023/TT-BGDĐT`, `103/KH-UBND`.
fn is_document(name: &str) -> bool {
    name.split_whitespace()
        .any(|w| w.contains('/') && w.chars().next().is_some_and(|c| c.is_ascii_digit()))
}

impl Validity {
    /// Why the rubric does not fit assessment year `year`, or `None` when it does.
    pub fn warning(&self, rubric_id: &str, year: i32) -> Option<Warning> {
        let end = NaiveDate::from_ymd_opt(year, 12, 31)?;

        let cite = |lang: Lang| -> String {
            let mut s = String::new();
            if let Some(by) = &self.superseded_by {
                s.push_str(&t!(lang, "rubric-validity-superseded-by", by = by));
            }
            if !self.source.is_empty() {
                s.push_str(&format!(" ({})", self.source));
            }
            s
        };
        let year = year.to_string();
        if let Some(until) = self.valid_until.filter(|u| end > *u) {
            return Some(Warning::localized("rubric-not-in-force", |lang| {
                t!(
                    lang,
                    "warning-rubric-not-in-force-until",
                    rubric = rubric_id,
                    until = long_date(until, lang),
                    year = &year,
                    cite = cite(lang),
                )
            }));
        }
        if let Some(from) = self.valid_from.filter(|f| end < *f) {
            let source = if self.source.is_empty() {
                String::new()
            } else {
                format!(" ({})", self.source)
            };
            return Some(Warning::localized("rubric-not-in-force", |lang| {
                t!(
                    lang,
                    "warning-rubric-not-in-force-from",
                    rubric = rubric_id,
                    from = long_date(from, lang),
                    year = &year,
                    source = &source,
                )
            }));
        }
        None
    }
}

impl super::Rubric {
    /// A warning when the rubric's `[validity]` does not cover assessment year `year`.
    pub fn validity_warning(&self, year: Option<i32>) -> Option<Warning> {
        self.validity.as_ref()?.warning(&self.id, year?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(from: Option<&str>, until: Option<&str>) -> Validity {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        Validity {
            valid_from: from.map(d),
            valid_until: until.map(d),
            superseded_by: Some("tt24-2023".into()),
            source: "Thông tư 24/2023/TT-BGDĐT".into(),
        }
    }

    #[test]
    fn a_year_fits_when_its_data_end_inside() {
        let h = v(Some("2021-04-14"), Some("2023-12-31"));
        assert!(h.warning("hanoi-2021", 2023).is_none());
        assert!(h.warning("hanoi-2021", 2021).is_none());
        let w = h.warning("hanoi-2021", 2024).unwrap();
        assert!(
            w.vi.contains("Thông tư 24/2023/TT-BGDĐT") && w.vi.contains("2024"),
            "{}",
            w.vi
        );
        assert!(w.en.contains("superseded by `tt24-2023`"), "{}", w.en);
        assert!(h.warning("hanoi-2021", 2020).is_some());
        let t = v(Some("2024-01-01"), None);
        assert!(t.warning("tt24-2023", 2024).is_none());
        assert!(t.warning("tt24-2023", 2031).is_none());
        assert!(t.warning("tt24-2023", 2023).is_some());
    }

    #[test]
    fn documents_have_numbers() {
        assert!(is_document("Thông tư 24/2023/TT-BGDĐT"));
        assert!(is_document("Kế hoạch 103/KH-UBND"));
        assert!(!is_document("tt24-2025"));
        assert!(!is_document("TT24 mới"));
    }
}
