//! Checks on the whole member list, once every row is read: ids used twice (an
//! error), the same name and role twice without ids (a likely duplicate: a
//! warning), and the sample rows `dvht init` writes (an error: a roster that still
//! holds them would score a made-up person).

use super::cell::Problems;
use super::{Place, Read};
use crate::error::{Error, Problem};
use crate::t;
use crate::text::fold;
use crate::warning::Warning;
use std::collections::HashMap;

/// Words that mark a sample row in the name cell (folded): `dvht init` writes
/// `(dòng mẫu …)`; older templates wrote `(dòng ví dụ …)`.
const SAMPLE_MARKS: &[&str] = &["dong mau", "dong vi du"];

/// Whether a member's name marks a sample row of a template.
pub fn is_sample_name(name: &str) -> bool {
    let f = fold(name);
    SAMPLE_MARKS.iter().any(|m| f.contains(m))
}

pub(super) fn check(
    read: &mut Read,
    id_col: Option<usize>,
    place: &Place,
    problems: &mut Problems,
) {
    let samples: Vec<u64> = read
        .members
        .iter()
        .filter(|m| is_sample_name(&m.name))
        .map(|m| m.line)
        .collect();
    for line in &samples {
        problems.push(Error::input(place.at(*line, None), Problem::SampleRow));
    }

    let mut ids: HashMap<&str, u64> = HashMap::new();
    let mut same: HashMap<(String, String), u64> = HashMap::new();
    for m in &read.members {
        if let Some(id) = &m.id {
            if let Some(first) = ids.insert(id, m.line) {
                problems.push(Error::input(
                    place.at(m.line, id_col),
                    Problem::DuplicateId {
                        id: super::shown(id),
                        first,
                        sheet: matches!(place, Place::Sheet { .. }),
                    },
                ));
            }
            continue;
        }
        let key = (fold(&m.name), fold(m.role.as_deref().unwrap_or("")));
        if let Some(first) = same.insert(key, m.line) {
            let role = m.role.as_deref().unwrap_or("");
            let at = place.at(m.line, None).to_string();
            read.warnings
                .push(Warning::localized("likely-duplicate", |lang| {
                    t!(
                        lang,
                        "warning-likely-duplicate",
                        at = &at,
                        name = &m.name,
                        role = role,
                        first = place.line_word(first, lang),
                        line = place.line_word(m.line, lang),
                    )
                }));
        }
    }
}
