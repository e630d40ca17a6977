//! Unknown keys in a rubric file, every one of them with its line.
//!
//! Deserialising with `deny_unknown_fields` stops at the first unknown key; a person
//! fixing a file wants them all. This pass walks the parsed TOML tree (with spans)
//! against the rubric schema (`schema`, `Shape::SUB`) and reports each key it does not know, with a
//! "did you mean" when one is close.

use super::ctx::did_you_mean;
use super::finding::{code, Finding, Severity};
use super::schema::{RawRubric, Sub};
use crate::error::suggest;
use crate::i18n::both;
use crate::t;
use crate::toml_diag::LineIndex;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// Every key of `text` the rubric format does not know, as error findings placed at
/// the key. A file that is not TOML yields nothing here (the caller reports that).
pub fn unknown_keys(text: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Ok(root) = DeTable::parse(text) {
        walk(
            &LineIndex::new(text),
            root.get_ref(),
            RawRubric::KEYS,
            "",
            &mut out,
        );
    }
    out.sort_by_key(|f| (f.line, f.column));
    out
}

fn walk(
    lines: &LineIndex,
    table: &DeTable<'_>,
    schema: &'static [(&'static str, Sub)],
    path: &str,
    out: &mut Vec<Finding>,
) {
    for (key, value) in table.iter() {
        let name: &str = key.get_ref();
        let full = if path.is_empty() {
            name.to_string()
        } else {
            format!("{path}.{name}")
        };
        match schema.iter().find(|(k, _)| *k == name) {
            None => out.push(unknown(lines, key, &full, schema)),
            Some((_, Sub::Leaf)) => {}
            Some((_, Sub::Table(inner))) => {
                if let DeValue::Table(t) = value.get_ref() {
                    walk(lines, t, inner, &full, out);
                }
            }
            Some((_, Sub::Tables(inner))) => match value.get_ref() {
                DeValue::Array(items) => {
                    for item in items {
                        if let DeValue::Table(t) = item.get_ref() {
                            walk(lines, t, inner, &full, out);
                        }
                    }
                }
                DeValue::Table(t) => walk(lines, t, inner, &full, out),
                _ => {}
            },
        }
    }
}

fn unknown(
    lines: &LineIndex,
    key: &Spanned<std::borrow::Cow<'_, str>>,
    full: &str,
    schema: &'static [(&'static str, Sub)],
) -> Finding {
    let (line, column) = lines.line_col(key.span().start);
    let hint = suggest(key.get_ref(), schema.iter().map(|(k, _)| *k));
    let known = schema
        .iter()
        .map(|(k, _)| *k)
        .collect::<Vec<_>>()
        .join(", ");
    let (vi, en) = both(|lang| {
        t!(
            lang,
            "rubric-lint-unknown-key",
            key = full,
            hint = did_you_mean(hint.as_deref(), lang),
            known = &known,
        )
    });
    Finding {
        severity: Severity::Error,
        code: code::UNKNOWN_KEY,
        line: Some(line),
        column: Some(column),
        criterion: None,
        vi,
        en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_unknown_key_with_its_line() {
        let text = "format = 1\nidd = \"x\"\n[[criteria]]\nid = \"1\"\npoints = 3\nmembers = { all_of = [], titel_at_least = \"x\" }\nbands = [{ range = \"[0,100]\", pionts = \"1\" }]\n";
        let f = unknown_keys(text);
        let at: Vec<(u64, &str)> = f
            .iter()
            .map(|f| (f.line.unwrap(), f.en.split('`').nth(1).unwrap()))
            .collect();
        assert_eq!(
            at,
            vec![
                (2, "idd"),
                (5, "criteria.points"),
                (6, "criteria.members.titel_at_least"),
                (7, "criteria.bands.pionts"),
            ]
        );
        assert!(f[0].en.contains("did you mean `id`"));
    }

    #[test]
    fn the_builtins_have_no_unknown_keys() {
        for (id, _, text) in super::super::BUILTINS {
            assert!(unknown_keys(text).is_empty(), "{id}");
        }
    }
}
