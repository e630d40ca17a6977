//! The message catalog: every sentence `dvht` shows a person, one Fluent file per
//! language (`i18n/vi.ftl`, `i18n/en.ftl`), embedded at compile time.
//!
//! ```text
//! t!(lang, "err-io-not-found", path = "roster.csv")   // → "không có tệp hay thư mục `roster.csv`"
//! ```
//!
//! Conventions the catalog test relies on (`tests/integration/catalog.rs`):
//! - a key is written as a string literal right after the language in `t!(lang, "key", …)`,
//!   or, where code picks a key before rendering it, inside `key!("…")`;
//! - variables are snake_case (`$path`, `$line`); numbers that choose an English plural
//!   are passed as integers, everything else as text already formatted by `dvht`
//!   (decimal comma, dates), so Fluent never formats a number itself.
//!
//! A missing key renders as the key itself rather than panicking; the test makes sure
//! no key is missing.

use crate::lang::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::sync::OnceLock;

/// The Vietnamese catalog, as shipped.
pub const VI_FTL: &str = include_str!("../i18n/vi.ftl");
/// The English catalog, as shipped.
pub const EN_FTL: &str = include_str!("../i18n/en.ftl");

/// One placeable's value: text, or an integer (which may select an English plural).
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Int(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s.as_str()))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}
impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Arg<'a> {
        Arg::Text(s)
    }
}
macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                // Counts in messages are far below i64::MAX; saturate rather than wrap.
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
        impl From<&$t> for Arg<'_> {
            fn from(n: &$t) -> Self {
                Arg::Int(i64::try_from(*n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(u8, u16, u32, u64, usize, i32, i64);

/// Renders catalog entry `key` in `lang`: `t!(lang, "key", name = value, …)`.
macro_rules! t {
    ($lang:expr, $key:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::msg(
            $lang,
            $key,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        )
    };
}

/// Marks a string literal as a catalog key chosen before it is rendered, so the
/// catalog test finds it: `let k = key!("err-io-not-found");`.
macro_rules! key {
    ($key:literal) => {
        $key
    };
}

// Crate-wide as `crate::t` and `crate::key` (re-exported in lib.rs), not exported.
pub(crate) use {key, t};

type Bundle = FluentBundle<FluentResource>;

fn build(lang_id: &str, ftl: &'static str) -> Bundle {
    let id = lang_id.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Fluent wraps every placeable in FSI/PDI marks for right-to-left scripts; in a
    // terminal, a CSV or a form they are invisible garbage, so they are turned off.
    bundle.set_use_isolating(false);
    // A syntax error drops only the broken entry; the catalog test reports it.
    let resource = FluentResource::try_new(ftl.to_string()).unwrap_or_else(|(r, _)| r);
    // Duplicate keys keep the first definition; the test reports them too.
    let _ = bundle.add_resource(resource);
    bundle
}

fn bundle(lang: Lang) -> &'static Bundle {
    static VI: OnceLock<Bundle> = OnceLock::new();
    static EN: OnceLock<Bundle> = OnceLock::new();
    match lang {
        Lang::Vi => VI.get_or_init(|| build("vi", VI_FTL)),
        Lang::En => EN.get_or_init(|| build("en", EN_FTL)),
    }
}

/// A message rendered in both languages, for values that carry both (warnings,
/// lint findings): `both(|lang| t!(lang, "key", …))` → `(vi, en)`.
pub fn both(text: impl Fn(Lang) -> String) -> (String, String) {
    (text(Lang::Vi), text(Lang::En))
}

/// Whether `key` is in `lang`'s catalog.
pub fn has(lang: Lang, key: &str) -> bool {
    bundle(lang)
        .get_message(key)
        .is_some_and(|m| m.value().is_some())
}

/// Renders `key` with `args`; see the module doc. Errors inside the catalog (a
/// variable not passed) leave Fluent's `{$name}` mark in the text, which the catalog
/// test catches.
pub fn msg(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let (text, _) = render(lang, key, args);
    text
}

/// Like `msg`, also returning whether rendering was clean (the key exists and every
/// variable it reads was passed). For tests.
pub fn render(lang: Lang, key: &str, args: &[(&str, Arg)]) -> (String, bool) {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return (key.to_string(), false);
    };
    let mut fargs = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        match value {
            Arg::Text(s) => fargs.set(*name, FluentValue::from(s.as_ref())),
            Arg::Int(n) => fargs.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    (text.into_owned(), errors.is_empty())
}

/// Fluent syntax errors and duplicate keys in a catalog source, for the catalog test.
#[cfg(test)]
pub fn problems(ftl: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Err((_, errors)) = FluentResource::try_new(ftl.to_string()) {
        out.extend(errors.iter().map(|e| format!("syntax: {e:?}")));
    }
    let mut seen = std::collections::HashSet::new();
    for k in keys(ftl) {
        if !seen.insert(k.clone()) {
            out.push(format!("duplicate key `{k}`"));
        }
    }
    out
}

/// Every key of a catalog source, in file order (messages only, not `-terms`).
#[cfg(test)]
pub fn keys(ftl: &str) -> Vec<String> {
    entries(ftl).into_iter().map(|(k, _)| k).collect()
}

/// Every message of a catalog source with the variables (`$name`) it reads.
#[cfg(test)]
pub fn entries(ftl: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in ftl.lines() {
        let starts_entry = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if starts_entry {
            if let Some((id, rest)) = line.split_once('=') {
                out.push((id.trim().to_string(), Vec::new()));
                push_vars(rest, &mut out);
                continue;
            }
        }
        if line.starts_with(' ') || line.is_empty() {
            push_vars(line, &mut out);
        } else {
            // A comment or a term (`-name = …`) ends the current message.
            if line.starts_with('-') {
                out.push((String::new(), Vec::new()));
            }
        }
    }
    out.retain(|(k, _)| !k.is_empty());
    for (_, vars) in &mut out {
        vars.sort();
        vars.dedup();
    }
    out
}

#[cfg(test)]
fn push_vars(text: &str, out: &mut [(String, Vec<String>)]) {
    let Some((_, vars)) = out.last_mut() else {
        return;
    };
    // A variable is `{ $name` (a `$` in plain text, like `$DVHT_RUBRICS`, is not).
    let mut rest = text;
    while let Some(i) = rest.find('{') {
        rest = rest[i + 1..].trim_start();
        let Some(after) = rest.strip_prefix('$') else {
            continue;
        };
        let name: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        if !name.is_empty() {
            vars.push(name);
        }
    }
}

#[cfg(test)]
mod catalog_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeables_carry_no_isolation_marks() {
        let s = t!(Lang::Vi, "err-io-not-found", path = "a.csv");
        assert!(!s.contains('\u{2068}') && !s.contains('\u{2069}'), "{s:?}");
        assert!(s.contains("a.csv"));
    }

    #[test]
    fn a_missing_key_renders_as_itself() {
        assert_eq!(msg(Lang::En, "no-such-key", &[]), "no-such-key");
        assert!(!render(Lang::En, "no-such-key", &[]).1);
    }

    #[test]
    fn entries_list_variables() {
        let e = entries("a = x { $one } y\n    { $two ->\n        [one] 1\n       *[other] n\n    }\n# c\nb = z\n");
        assert_eq!(
            e,
            vec![
                ("a".to_string(), vec!["one".to_string(), "two".to_string()]),
                ("b".to_string(), vec![])
            ]
        );
    }
}
