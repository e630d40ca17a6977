//! Unknown keys in a rubric file, every one of them with its line.
//!
//! Deserialising with `deny_unknown_fields` stops at the first unknown key; a person
//! fixing a file wants them all. This pass walks the parsed TOML tree (with spans)
//! against the rubric schema below and reports each key it does not know, with a
//! "did you mean" when one is close.

use super::finding::{code, Finding, Severity};
use crate::error::suggest;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// What a key holds: a plain value, a table, or an array of tables.
#[derive(Clone, Copy)]
enum Sub {
    Leaf,
    Table(&'static [(&'static str, Sub)]),
    Tables(&'static [(&'static str, Sub)]),
}

const CONDITION: &[(&str, Sub)] = &[
    ("fact", Sub::Leaf),
    ("equals", Sub::Leaf),
    ("one_of", Sub::Leaf),
    ("at_least", Sub::Leaf),
];

const LEVEL: &[(&str, Sub)] = &[
    ("min_percent", Sub::Leaf),
    ("when", Sub::Tables(CONDITION)),
    ("provisional", Sub::Leaf),
    ("source", Sub::Leaf),
];

const CRITERION: &[(&str, Sub)] = &[
    ("id", Sub::Leaf),
    ("group", Sub::Leaf),
    ("title", Sub::Leaf),
    ("title_en", Sub::Leaf),
    ("source", Sub::Leaf),
    ("max_points", Sub::Leaf),
    ("evidence_suggestions", Sub::Leaf),
    ("not_applicable_for_kinds", Sub::Leaf),
    (
        "members",
        Sub::Table(&[("all_of", Sub::Leaf), ("title_at_least", Sub::Leaf)]),
    ),
    ("gap_policy", Sub::Leaf),
    ("gap_note", Sub::Leaf),
    ("gap_note_en", Sub::Leaf),
    (
        "bands",
        Sub::Tables(&[
            ("range", Sub::Leaf),
            ("points", Sub::Leaf),
            ("source", Sub::Leaf),
            ("provisional", Sub::Leaf),
        ]),
    ),
    (
        "cases",
        Sub::Tables(&[
            ("when", Sub::Tables(CONDITION)),
            ("points", Sub::Leaf),
            ("label", Sub::Leaf),
            ("label_en", Sub::Leaf),
        ]),
    ),
    ("level_1", Sub::Table(LEVEL)),
    ("level_2", Sub::Table(LEVEL)),
    (
        "sub_items",
        Sub::Tables(&[
            ("id", Sub::Leaf),
            ("column", Sub::Leaf),
            ("points", Sub::Leaf),
            ("title", Sub::Leaf),
        ]),
    ),
];

const ROOT: &[(&str, Sub)] = &[
    ("format", Sub::Leaf),
    ("id", Sub::Leaf),
    ("version", Sub::Leaf),
    ("kind", Sub::Leaf),
    ("title", Sub::Leaf),
    ("title_en", Sub::Leaf),
    ("legal_basis", Sub::Leaf),
    ("source", Sub::Leaf),
    ("max_points", Sub::Leaf),
    (
        "groups",
        Sub::Tables(&[
            ("id", Sub::Leaf),
            ("title", Sub::Leaf),
            ("title_en", Sub::Leaf),
            ("max_points", Sub::Leaf),
            ("source", Sub::Leaf),
        ]),
    ),
    ("criteria", Sub::Tables(CRITERION)),
    (
        "classification",
        Sub::Table(&[
            ("provisional", Sub::Leaf),
            ("source", Sub::Leaf),
            (
                "grades",
                Sub::Tables(&[
                    ("id", Sub::Leaf),
                    ("label", Sub::Leaf),
                    ("label_en", Sub::Leaf),
                    ("min_points", Sub::Leaf),
                    ("recognized", Sub::Leaf),
                ]),
            ),
        ]),
    ),
    (
        "validity",
        Sub::Table(&[
            ("valid_from", Sub::Leaf),
            ("valid_until", Sub::Leaf),
            ("superseded_by", Sub::Leaf),
            ("source", Sub::Leaf),
        ]),
    ),
    (
        "recognition",
        Sub::Table(&[
            ("source", Sub::Leaf),
            ("level_2_after_months", Sub::Leaf),
            ("level_2_after_source", Sub::Leaf),
            ("validity_months", Sub::Leaf),
            ("validity_source", Sub::Leaf),
            (
                "levels",
                Sub::Tables(&[
                    ("level", Sub::Leaf),
                    ("label", Sub::Leaf),
                    ("label_en", Sub::Leaf),
                ]),
            ),
        ]),
    ),
];

/// Every key of `text` the rubric format does not know, as error findings placed at
/// the key. A file that is not TOML yields nothing here (the caller reports that).
pub fn unknown_keys(text: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Ok(root) = DeTable::parse(text) {
        walk(text, root.get_ref(), ROOT, "", &mut out);
    }
    out.sort_by_key(|f| (f.line, f.column));
    out
}

fn walk(
    text: &str,
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
            None => out.push(unknown(text, key, &full, schema)),
            Some((_, Sub::Leaf)) => {}
            Some((_, Sub::Table(inner))) => {
                if let DeValue::Table(t) = value.get_ref() {
                    walk(text, t, inner, &full, out);
                }
            }
            Some((_, Sub::Tables(inner))) => match value.get_ref() {
                DeValue::Array(items) => {
                    for item in items {
                        if let DeValue::Table(t) = item.get_ref() {
                            walk(text, t, inner, &full, out);
                        }
                    }
                }
                DeValue::Table(t) => walk(text, t, inner, &full, out),
                _ => {}
            },
        }
    }
}

fn unknown(
    text: &str,
    key: &Spanned<std::borrow::Cow<'_, str>>,
    full: &str,
    schema: &'static [(&'static str, Sub)],
) -> Finding {
    let (line, column) = super::load::line_col(text, key.span().start);
    let hint = suggest(key.get_ref(), schema.iter().map(|(k, _)| *k));
    let known = schema
        .iter()
        .map(|(k, _)| *k)
        .collect::<Vec<_>>()
        .join(", ");
    let (hint_vi, hint_en) = match &hint {
        Some(h) => (
            format!(" (có phải ý bạn là `{h}`?)"),
            format!(" (did you mean `{h}`?)"),
        ),
        None => (String::new(), String::new()),
    };
    Finding {
        severity: Severity::Error,
        code: code::UNKNOWN_KEY,
        line: Some(line),
        column: Some(column),
        criterion: None,
        vi: format!("khóa không hợp lệ `{full}`{hint_vi}; các khóa được phép ở đây: {known}"),
        en: format!("unknown key `{full}`{hint_en}; keys allowed here: {known}"),
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
