//! `dvht score --format csv`: one row per criterion, ready for a spreadsheet.
//! Columns are fixed and documented in the README; cells are formula-safe. Columns that
//! hold keys for scripts (`value`, `as_of_source`) keep them; the columns added after
//! them (`value_label`, `as_of_source_label`) say the same in words, in `--lang`.

use super::{exact, spreadsheet_safe};
use crate::lang::Lang;
use crate::score::assessment::*;

pub const HEADER: &[&str] = &[
    "rubric",
    "id",
    "group",
    "title",
    "kind",
    "numerator",
    "denominator",
    "ratio",
    "value",
    "band",
    "points",
    "max_points",
    "level",
    "assessed",
    "applicable",
    "evidence",
    "next_target",
    "members_needed",
    "provisional",
    "warnings",
    "as_of",
    "as_of_source",
    "value_label",
    "as_of_source_label",
];

pub fn render(a: &Assessment, lang: Lang, bom: bool) -> String {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    w.write_record(HEADER).expect("writing to memory");
    let opt = |v: Option<String>| v.unwrap_or_default();
    for c in &a.criteria {
        let row = [
            a.rubric.id.clone(),
            c.id.clone(),
            c.group.clone(),
            c.title(lang).to_string(),
            match c.kind {
                MeasureKind::Members => "members".into(),
                MeasureKind::Facts => "facts".into(),
            },
            opt(c.numerator.map(|n| n.to_string())),
            opt(c.denominator.map(|n| n.to_string())),
            opt(c.ratio().map(exact)),
            opt(c.value.clone()),
            opt(super::reached::band(c, lang)),
            opt(c.points.map(exact)),
            opt(c.max_points.map(exact)),
            opt(c.level.map(|l| l.to_string())),
            c.assessed.to_string(),
            c.applicable.to_string(),
            c.evidence_codes.len().to_string(),
            opt(c
                .next
                .as_ref()
                .map(|n| super::reached::next_target(&n.target))),
            opt(c.next.as_ref().map(|n| n.members_needed.to_string())),
            c.provisional.to_string(),
            c.warnings
                .iter()
                .map(|w| w.text(lang))
                .collect::<Vec<_>>()
                .join(" | "),
            a.as_of.to_string(),
            a.calendar.as_of.source.code().to_string(),
            crate::report::summary::measured(c, lang),
            as_of_source_words(a.calendar.as_of.source, lang),
        ];
        w.write_record(row.iter().map(|s| spreadsheet_safe(s).into_owned()))
            .expect("writing to memory");
    }
    let body =
        String::from_utf8(w.into_inner().expect("writing to memory")).expect("UTF-8 in, UTF-8 out");
    if bom {
        format!("\u{FEFF}{body}")
    } else {
        body
    }
}

/// Where the date of assessment came from, in words for a spreadsheet cell (the code
/// stays in `as_of_source`); no cell starts with `-`, which a spreadsheet would quote.
pub fn as_of_source_words(source: crate::calendar::AsOfSource, lang: Lang) -> String {
    use crate::calendar::AsOfSource;
    match source {
        AsOfSource::Flag => crate::t!(lang, "csv-as-of-flag"),
        AsOfSource::SubmittedOn => crate::t!(lang, "csv-as-of-submitted-on"),
        AsOfSource::Deadline => crate::t!(lang, "csv-as-of-deadline"),
        AsOfSource::Today => crate::t!(lang, "csv-as-of-today"),
    }
}
