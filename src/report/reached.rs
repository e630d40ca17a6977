//! How the engine's data about a criterion's place on its scale is worded: the
//! band or threshold reached and the next step up. Every renderer words them here,
//! so a table, a CSV and the JSON say the same.

use crate::lang::Lang;
use crate::rubric::Condition;
use crate::score::assessment::{CriterionResult, NextTarget, Reached, Threshold};
use crate::t;

/// The next band or level: `50–<70%`, `≥80%`.
pub fn next_target(t: &NextTarget) -> String {
    match t {
        NextTarget::Band { range, .. } => range.label(),
        NextTarget::Level { min_percent, .. } => format!("≥{}%", min_percent.normalize()),
    }
}

/// The band, thresholds, case or conditions a criterion reached: `80–<100%`,
/// `75–<80% (70–<75%)` for a gap scored as the band below, `≥90%, <95% (tạm thời)`,
/// a case's label, or a unit-level level's conditions (`không đạt: …` when unmet).
pub fn band(c: &CriterionResult, lang: Lang) -> Option<String> {
    Some(match c.band.as_ref()? {
        Reached::Band(range) => range.label(),
        Reached::Gap { gap, counted_as } => {
            let gap = gap.as_ref().map_or_else(|| "—".to_string(), |g| g.label());
            match counted_as {
                Some(b) => format!("{gap} ({})", b.label()),
                None => gap,
            }
        }
        Reached::Thresholds { reached, above } => {
            let mut parts = Vec::new();
            if let Some(t) = reached {
                parts.push(format!("≥{}%{}", t.min_percent.normalize(), mark(t, lang)));
            }
            if let Some(t) = above {
                parts.push(format!("<{}%{}", t.min_percent.normalize(), mark(t, lang)));
            }
            if parts.is_empty() {
                "—".to_string()
            } else {
                parts.join(", ")
            }
        }
        Reached::Case { label, label_en } => lang.pick(label, label_en).to_string(),
        Reached::Conditions {
            when,
            met,
            provisional,
            provisional_above,
        } => {
            let mut s = conditions(when, lang);
            if !met {
                s = format!("{}: {s}", t!(lang, "report-reached-not-met"));
            }
            if *provisional {
                s.push_str(&t!(lang, "report-reached-provisional"));
            }
            if let Some(level) = provisional_above {
                s.push_str(&t!(
                    lang,
                    "report-reached-level-not-met-provisional",
                    level = level.to_string()
                ));
            }
            s
        }
    })
}

/// The mark on a provisional threshold only.
fn mark(t: &Threshold, lang: Lang) -> String {
    if t.provisional {
        t!(lang, "report-reached-provisional")
    } else {
        String::new()
    }
}

/// Conditions in words: `kế hoạch học tập: đã triển khai; ...`.
fn conditions(when: &[Condition], lang: Lang) -> String {
    when.iter()
        .map(|c| c.words(lang))
        .collect::<Vec<_>>()
        .join("; ")
}
