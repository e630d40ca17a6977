//! The recognition calendar: the dates the rules set around one unit's dossier.
//!
//! Pure functions of the assessment year, `[unit] submitted_on`, the unit's
//! recognition decisions, the rubric's recognition rule, `--as-of` and "today":
//!
//! - the data period, 01/01–31/12 of the assessment year;
//! - the dossier deadline, 15/01 of the next year ("trước ngày 15 tháng 01 của năm
//!   liền kề sau năm đánh giá", Kế hoạch 87/KH-THTH1 ngày 22/11/2024, mục V). `dvht`
//!   counts 15/01 itself as the last day: it is the date the default `--as-of` takes,
//!   so the date a dossier is judged at and the day it is due are the same day;
//!   from 16/01 the dossier is overdue;
//! - the date at which level 2 is judged (`--as-of`; else `submitted_on`; else the
//!   earlier of today and the deadline) and why;
//! - when level 2 may be proposed: the latest level ≥ 1 decision on or before that date,
//!   plus 12 calendar months, the same day number (10/01/2024 → 10/01/2025). A day that
//!   the 12th month lacks becomes that month's last day (29/02/2024 → 28/02/2025), as
//!   Bộ luật Dân sự 2015, Điều 148 ends a period counted in months;
//! - until when a recognition is retained: 36 months after the year it was granted
//!   (a 2024 decision → 31/12/2027).
//!
//! ```text
//! year 2024, no submitted_on, today 2026-12-01 → as of 2025-01-15 (the deadline)
//! level 1 decided 2024-09-15 → level 2 from 2025-09-15; retained until 2027-12-31
//! ```

use crate::date::{long_date, parse_date};
use crate::error::{Error, Problem, Result};
use crate::lang::Lang;
use crate::manifest::{latest_recognition, PriorRecognition};
use crate::{key, t};
use chrono::{Datelike, Months, NaiveDate};

/// The environment variable that fixes "today" (`YYYY-MM-DD`), so tests and
/// reproducible runs do not depend on the machine's clock.
pub const TODAY_VAR: &str = "DVHT_TODAY";

/// Today: `DVHT_TODAY` when set, else the machine's local date.
pub fn today() -> Result<NaiveDate> {
    match std::env::var(TODAY_VAR) {
        Ok(v) if !v.trim().is_empty() => parse_date(&v).ok_or_else(|| {
            Error::usage(Problem::BadTodayVar {
                var: TODAY_VAR,
                value: v.clone(),
            })
        }),
        _ => Ok(chrono::Local::now().date_naive()),
    }
}

/// Where the date level 2 is judged at came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AsOfSource {
    /// `--as-of` on the command line.
    Flag,
    /// `[unit] submitted_on` in `evidence.toml`.
    SubmittedOn,
    /// The dossier deadline, today being later.
    Deadline,
    /// Today: before the deadline, or no assessment year to take one from.
    Today,
}

impl AsOfSource {
    /// The stable code scripts read (`calendar.as_of_source`).
    pub fn code(self) -> &'static str {
        match self {
            AsOfSource::Flag => "flag",
            AsOfSource::SubmittedOn => "submitted_on",
            AsOfSource::Deadline => "deadline",
            AsOfSource::Today => "today",
        }
    }

    /// A short label for tables: `--as-of`, `ngày nộp`, `hạn nộp`, `hôm nay`.
    pub fn short(self, lang: Lang) -> String {
        match self {
            AsOfSource::Flag => "--as-of".to_string(),
            AsOfSource::SubmittedOn => t!(lang, "calendar-submitted"),
            AsOfSource::Deadline => t!(lang, "calendar-deadline"),
            AsOfSource::Today => t!(lang, "calendar-today"),
        }
    }
}

/// The date level-2 eligibility is judged at, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AsOf {
    pub date: NaiveDate,
    pub source: AsOfSource,
}

/// 01/01 and 31/12 of the assessment year.
pub fn data_period(year: i32) -> Option<(NaiveDate, NaiveDate)> {
    Some((
        NaiveDate::from_ymd_opt(year, 1, 1)?,
        NaiveDate::from_ymd_opt(year, 12, 31)?,
    ))
}

/// The last day to send the dossier for `year`: 15/01 of the next year.
pub fn deadline(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 15)
}

/// `--as-of`, else `submitted_on`, else the earlier of today and the deadline.
pub fn resolve_as_of(
    flag: Option<NaiveDate>,
    submitted_on: Option<NaiveDate>,
    year: Option<i32>,
    today: NaiveDate,
) -> AsOf {
    if let Some(date) = flag {
        return AsOf {
            date,
            source: AsOfSource::Flag,
        };
    }
    if let Some(date) = submitted_on {
        return AsOf {
            date,
            source: AsOfSource::SubmittedOn,
        };
    }
    match year.and_then(deadline) {
        Some(d) if d < today => AsOf {
            date: d,
            source: AsOfSource::Deadline,
        },
        _ => AsOf {
            date: today,
            source: AsOfSource::Today,
        },
    }
}

/// The first day level 2 may be proposed after a decision: `months` calendar months
/// later, the same day number, or the month's last day when it has no such day.
pub fn level_2_from(decided_on: NaiveDate, months: u32) -> NaiveDate {
    decided_on
        .checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// The last day a recognition is retained: `months` months after the end of the
/// year it was granted (36 → 31/12 of the third year after).
pub fn retained_until(decided_on: NaiveDate, months: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(decided_on.year() + 1, 1, 1)
        .and_then(|d| d.checked_add_months(Months::new(months)))
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

/// The rubric's recognition rule, in months (TT 24: 12 and 36).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub level_2_after_months: u32,
    pub validity_months: u32,
}

impl Rule {
    pub(crate) fn of(r: &crate::rubric::Recognition) -> Rule {
        Rule {
            level_2_after_months: r.level_2_after_months,
            validity_months: r.validity_months,
        }
    }
}

/// Everything dated about one unit's dossier, as the outputs show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// The assessment year (`[unit] year`).
    pub year: Option<i32>,
    pub data_period: Option<(NaiveDate, NaiveDate)>,
    pub deadline: Option<NaiveDate>,
    pub today: NaiveDate,
    /// Days from today to the deadline: 0 on the deadline day, negative once overdue.
    pub days_left: Option<i64>,
    pub submitted_on: Option<NaiveDate>,
    pub as_of: AsOf,
    /// The decision that counts on `as_of` (see `latest_recognition`).
    pub recognition: Option<PriorRecognition>,
    /// Levels rubrics: the recognition rule applied.
    pub rule: Option<Rule>,
    /// When level 2 may be proposed (needs a decision and a rule).
    pub level_2_from: Option<NaiveDate>,
    /// The last day the counted recognition is retained (needs a decision and a rule).
    pub retained_until: Option<NaiveDate>,
}

impl Calendar {
    pub fn new(
        year: Option<i32>,
        submitted_on: Option<NaiveDate>,
        history: &[PriorRecognition],
        rule: Option<Rule>,
        flag: Option<NaiveDate>,
        today: NaiveDate,
    ) -> Calendar {
        let as_of = resolve_as_of(flag, submitted_on, year, today);
        let deadline = year.and_then(deadline);
        let recognition = latest_recognition(history, as_of.date).cloned();
        let (level_2_from, retained_until) = match (&recognition, rule) {
            (Some(r), Some(rule)) => (
                Some(level_2_from(r.decided_on, rule.level_2_after_months)),
                Some(retained_until(r.decided_on, rule.validity_months)),
            ),
            _ => (None, None),
        };
        Calendar {
            year,
            data_period: year.and_then(data_period),
            deadline,
            today,
            days_left: deadline.map(|d| (d - today).num_days()),
            submitted_on,
            as_of,
            recognition,
            rule,
            level_2_from,
            retained_until,
        }
    }

    /// Whether `submitted_on` is on or before the deadline (when both are known).
    pub fn submitted_on_time(&self) -> Option<bool> {
        Some(self.submitted_on? <= self.deadline?)
    }

    /// Whether level 2 may be proposed on the judged date: the wait is over and the
    /// recognition is still retained.
    pub fn level_2_open(&self) -> bool {
        match (self.level_2_from, self.retained_until) {
            (Some(from), Some(until)) => from <= self.as_of.date && self.as_of.date <= until,
            _ => false,
        }
    }

    /// Why the judged date is what it is, in words.
    pub fn as_of_reason(&self, lang: Lang) -> String {
        match self.as_of.source {
            AsOfSource::Flag => t!(lang, "calendar-as-of-flag"),
            AsOfSource::SubmittedOn => t!(lang, "calendar-as-of-submitted-on"),
            AsOfSource::Deadline => t!(lang, "calendar-as-of-deadline"),
            AsOfSource::Today if self.deadline.is_some() => {
                t!(lang, "calendar-as-of-today-before-deadline")
            }
            AsOfSource::Today => t!(lang, "calendar-as-of-today-no-year"),
        }
    }

    /// `Ngày xét: ngày 15 tháng 01 năm 2025 (hạn nộp hồ sơ, …)`: the date used and why.
    pub fn as_of_line(&self, lang: Lang) -> String {
        format!(
            "{}: {} ({})",
            t!(lang, "calendar-assessed"),
            long_date(self.as_of.date, lang),
            self.as_of_reason(lang)
        )
    }

    /// The calendar as labelled lines, for the table, the reports and the batch views.
    pub fn lines(&self, lang: Lang) -> Vec<(String, String)> {
        let mut out = vec![(
            t!(lang, "calendar-assessed"),
            format!(
                "{} ({})",
                long_date(self.as_of.date, lang),
                self.as_of_reason(lang)
            ),
        )];
        out.push((
            t!(lang, "calendar-data-period"),
            match self.data_period {
                Some((from, to)) => t!(
                    lang,
                    "calendar-data-period-range",
                    from = long_date(from, lang),
                    to = long_date(to, lang)
                ),
                None => t!(lang, "calendar-data-period-unknown"),
            },
        ));
        if let Some(deadline) = self.deadline {
            let mut s = format!(
                "{} — {}",
                long_date(deadline, lang),
                self.days_left_text(lang)
            );
            if let Some(sub) = self.submitted_on {
                let key = if self.submitted_on_time() == Some(true) {
                    key!("calendar-submitted-on-time")
                } else {
                    key!("calendar-submitted-late")
                };
                s.push_str(&t!(lang, key, date = long_date(sub, lang)));
            }
            out.push((t!(lang, "calendar-dossier-deadline"), s));
        }
        if let Some(rule) = self.rule {
            out.push((
                t!(lang, "calendar-level-2-proposed"),
                self.level_2_text(rule, lang),
            ));
            if let (Some(r), Some(until)) = (&self.recognition, self.retained_until) {
                let key = if self.as_of.date > until {
                    key!("calendar-retained-until-lapsed")
                } else {
                    key!("calendar-retained-until")
                };
                let s = t!(
                    lang,
                    key,
                    until = long_date(until, lang),
                    months = rule.validity_months.to_string(),
                    year = r.decided_on.year().to_string()
                );
                out.push((t!(lang, "calendar-recognition-retained"), s));
            }
        }
        out
    }

    /// `còn 5 ngày`, `hạn cuối là hôm nay`, `đã quá hạn 3 ngày`.
    pub fn days_left_text(&self, lang: Lang) -> String {
        match self.days_left {
            None => String::new(),
            Some(0) => t!(lang, "calendar-due-today"),
            Some(n) if n > 0 => t!(lang, "calendar-days-left", days = n),
            Some(n) => t!(lang, "calendar-days-overdue", days = -n),
        }
    }

    fn level_2_text(&self, rule: Rule, lang: Lang) -> String {
        let months = rule.level_2_after_months.to_string();
        match (&self.recognition, self.level_2_from) {
            (Some(r), Some(from)) => {
                let from = long_date(from, lang);
                let decided = long_date(r.decided_on, lang);
                let level = r.level.to_string();
                match r.decision.as_deref() {
                    Some(d) => t!(
                        lang,
                        "calendar-level-2-from-decision",
                        from = from,
                        months = months,
                        decision = d,
                        decided = decided,
                        level = level
                    ),
                    None => t!(
                        lang,
                        "calendar-level-2-from",
                        from = from,
                        months = months,
                        decided = decided,
                        level = level
                    ),
                }
            }
            _ => t!(lang, "calendar-level-2-no-recognition", months = months),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn rec(level: u8, on: &str) -> PriorRecognition {
        PriorRecognition {
            level,
            decided_on: d(on),
            decision: Some(format!("{level}/QĐ-UBND")),
        }
    }

    const TT24: Rule = Rule {
        level_2_after_months: 12,
        validity_months: 36,
    };

    #[test]
    fn as_of_comes_from_the_flag_then_submitted_on_then_the_deadline_or_today() {
        let today = d("2026-12-01");
        let a = resolve_as_of(
            Some(d("2025-06-30")),
            Some(d("2025-01-10")),
            Some(2024),
            today,
        );
        assert_eq!((a.date, a.source), (d("2025-06-30"), AsOfSource::Flag));
        let a = resolve_as_of(None, Some(d("2025-01-10")), Some(2024), today);
        assert_eq!(
            (a.date, a.source),
            (d("2025-01-10"), AsOfSource::SubmittedOn)
        );
        let a = resolve_as_of(None, None, Some(2024), today);
        assert_eq!((a.date, a.source), (d("2025-01-15"), AsOfSource::Deadline));
        // before the deadline: today
        let a = resolve_as_of(None, None, Some(2024), d("2024-11-20"));
        assert_eq!((a.date, a.source), (d("2024-11-20"), AsOfSource::Today));
        // on the deadline day itself, today and the deadline are the same day
        let a = resolve_as_of(None, None, Some(2024), d("2025-01-15"));
        assert_eq!(a.date, d("2025-01-15"));
        // no year: today
        let a = resolve_as_of(None, None, None, today);
        assert_eq!((a.date, a.source), (today, AsOfSource::Today));
    }

    #[test]
    fn the_deadline_day_is_the_last_day() {
        let cal = |today: &str| Calendar::new(Some(2024), None, &[], Some(TT24), None, d(today));
        assert_eq!(cal("2025-01-14").days_left, Some(1));
        assert_eq!(cal("2025-01-14").days_left_text(Lang::Vi), "còn 1 ngày");
        assert_eq!(cal("2025-01-15").days_left, Some(0));
        assert_eq!(cal("2025-01-15").days_left_text(Lang::En), "due today");
        assert_eq!(cal("2025-01-16").days_left, Some(-1));
        assert_eq!(
            cal("2025-01-16").days_left_text(Lang::Vi),
            "đã quá hạn 1 ngày"
        );
        assert_eq!(cal("2025-01-16").as_of.source, AsOfSource::Deadline);
        assert_eq!(cal("2026-12-01").days_left, Some(-685));
        // the year's last day and the next year's first
        assert_eq!(cal("2024-12-31").days_left, Some(15));
        assert_eq!(cal("2025-01-01").days_left, Some(14));
        assert_eq!(
            cal("2024-12-31").data_period,
            Some((d("2024-01-01"), d("2024-12-31")))
        );
        let on_time = |sub: &str| {
            Calendar::new(Some(2024), Some(d(sub)), &[], None, None, d("2026-12-01"))
                .submitted_on_time()
        };
        assert_eq!(on_time("2025-01-15"), Some(true));
        assert_eq!(on_time("2025-01-16"), Some(false));
    }

    #[test]
    fn twelve_months_to_the_day() {
        assert_eq!(level_2_from(d("2024-01-10"), 12), d("2025-01-10"));
        assert_eq!(level_2_from(d("2024-09-15"), 12), d("2025-09-15"));
        assert_eq!(level_2_from(d("2024-12-31"), 12), d("2025-12-31"));
        // 29/02 has no day in a common year's February: its last day
        assert_eq!(level_2_from(d("2024-02-29"), 12), d("2025-02-28"));
        assert_eq!(level_2_from(d("2023-02-28"), 12), d("2024-02-28"));
        let cal = |as_of: &str, on: &str| {
            Calendar::new(
                Some(2024),
                None,
                &[rec(1, on)],
                Some(TT24),
                Some(d(as_of)),
                d("2026-12-01"),
            )
        };
        assert!(cal("2025-01-10", "2024-01-10").level_2_open());
        assert!(!cal("2025-01-09", "2024-01-10").level_2_open());
        assert!(cal("2025-02-28", "2024-02-29").level_2_open());
        assert!(!cal("2025-02-27", "2024-02-29").level_2_open());
    }

    #[test]
    fn retained_for_36_months_after_the_year_granted() {
        assert_eq!(retained_until(d("2024-09-15"), 36), d("2027-12-31"));
        assert_eq!(retained_until(d("2024-01-01"), 36), d("2027-12-31"));
        assert_eq!(retained_until(d("2024-12-31"), 36), d("2027-12-31"));
        assert_eq!(retained_until(d("2024-02-29"), 36), d("2027-12-31"));
        let cal = |as_of: &str| {
            Calendar::new(
                Some(2027),
                None,
                &[rec(1, "2024-02-29")],
                Some(TT24),
                Some(d(as_of)),
                d("2026-12-01"),
            )
        };
        assert!(cal("2027-12-31").level_2_open());
        assert!(!cal("2028-01-01").level_2_open());
        assert!(cal("2028-01-01").lines(Lang::En)[4].1.ends_with(": lapsed"));
    }

    #[test]
    fn the_latest_decision_on_or_before_the_date_counts() {
        let history = [
            rec(1, "2021-03-01"),
            rec(2, "2024-09-15"),
            rec(1, "2022-05-05"),
        ];
        assert_eq!(
            latest_recognition(&history, d("2025-01-15"))
                .unwrap()
                .decided_on,
            d("2024-09-15")
        );
        assert_eq!(
            latest_recognition(&history, d("2023-06-30"))
                .unwrap()
                .decided_on,
            d("2022-05-05")
        );
        assert_eq!(
            latest_recognition(&history, d("2024-09-15"))
                .unwrap()
                .decided_on,
            d("2024-09-15")
        );
        assert!(latest_recognition(&history, d("2021-02-28")).is_none());
        let same_day = [rec(1, "2024-09-15"), rec(2, "2024-09-15")];
        assert_eq!(
            latest_recognition(&same_day, d("2025-01-01"))
                .unwrap()
                .level,
            2
        );
    }

    #[test]
    fn lines_say_the_date_and_why() {
        let cal = Calendar::new(
            Some(2024),
            None,
            &[rec(1, "2024-09-15")],
            Some(TT24),
            None,
            d("2026-12-01"),
        );
        let lines = cal.lines(Lang::Vi);
        assert_eq!(lines[0].0, "Ngày xét");
        assert!(
            lines[0]
                .1
                .starts_with("ngày 15 tháng 01 năm 2025 (hạn nộp hồ sơ"),
            "{lines:?}"
        );
        assert_eq!(
            lines[1].1,
            "từ ngày 01 tháng 01 năm 2024 đến ngày 31 tháng 12 năm 2024"
        );
        assert_eq!(
            lines[2].1,
            "ngày 15 tháng 01 năm 2025 — đã quá hạn 685 ngày"
        );
        assert!(
            lines[3]
                .1
                .starts_with("từ ngày 15 tháng 9 năm 2025 (12 tháng"),
            "{lines:?}"
        );
        assert!(
            lines[4].1.starts_with("đến ngày 31 tháng 12 năm 2027"),
            "{lines:?}"
        );
        assert!(!cal.level_2_open());
        let en = cal.as_of_line(Lang::En);
        assert!(
            en.starts_with("Assessed as of: 15 January 2025 (the dossier deadline"),
            "{en}"
        );
    }
}
