//! The message catalog (`i18n/vi.ftl`, `i18n/en.ftl`): both languages hold the same
//! keys with the same placeholders, every entry renders cleanly, and every key the
//! code names exists.

use crate::i18n::{self, Arg};
use crate::lang::Lang;
use std::collections::BTreeMap;
use std::path::Path;

fn catalog(ftl: &str) -> BTreeMap<String, Vec<String>> {
    i18n::entries(ftl).into_iter().collect()
}

#[test]
fn both_catalogs_parse_without_duplicates() {
    assert_eq!(i18n::problems(i18n::VI_FTL), Vec::<String>::new(), "vi.ftl");
    assert_eq!(i18n::problems(i18n::EN_FTL), Vec::<String>::new(), "en.ftl");
    assert!(catalog(i18n::VI_FTL).len() > 50);
}

#[test]
fn both_languages_have_the_same_keys_and_placeholders() {
    let vi = catalog(i18n::VI_FTL);
    let en = catalog(i18n::EN_FTL);
    let mut problems = Vec::new();
    for (k, vars) in &vi {
        match en.get(k) {
            None => problems.push(format!("`{k}` is missing from en.ftl")),
            Some(v) if v != vars => {
                problems.push(format!("`{k}`: vi reads {vars:?}, en reads {v:?}"))
            }
            Some(_) => {}
        }
    }
    for k in en.keys().filter(|k| !vi.contains_key(*k)) {
        problems.push(format!("`{k}` is missing from vi.ftl"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Renders every entry with each of its variables set, as text and as a number (a
/// plural selector must cope with both), and fails on any Fluent error, a leftover
/// `{`, or a Unicode isolation mark.
#[test]
fn every_entry_renders_in_both_languages() {
    let mut problems = Vec::new();
    for lang in [Lang::Vi, Lang::En] {
        let ftl = match lang {
            Lang::Vi => i18n::VI_FTL,
            Lang::En => i18n::EN_FTL,
        };
        for (key, vars) in i18n::entries(ftl) {
            for sample in [Arg::from("«x»"), Arg::from(1u32), Arg::from(7u32)] {
                let args: Vec<(&str, Arg)> =
                    vars.iter().map(|v| (v.as_str(), sample.clone())).collect();
                let (text, clean) = i18n::render(lang, &key, &args);
                if !clean || text.contains('{') || text.trim().is_empty() {
                    problems.push(format!("{lang:?} `{key}` renders as {text:?}"));
                }
                if text.contains(['\u{2068}', '\u{2069}']) {
                    problems.push(format!("{lang:?} `{key}` has isolation marks"));
                }
                for v in &vars {
                    // A variable that only chooses a variant is not shown.
                    let selector = ftl.contains(&format!("${v} ->"));
                    if matches!(sample, Arg::Text(_)) && !selector && !text.contains("«x»") {
                        problems.push(format!("{lang:?} `{key}` drops `${v}`"));
                    }
                }
            }
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The key literals in the code: `t!(lang, "key"…)` and `key!("key")`.
fn keys_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (marker, skip_first_arg) in [("t!(", true), ("key!(", false)] {
        let mut rest = text;
        while let Some(i) = rest.find(marker) {
            // `t!(` inside another macro name (`fmt!(`) is not ours.
            let before = rest[..i].chars().last();
            rest = &rest[i + marker.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let mut s = rest;
            if skip_first_arg {
                let mut depth = 0i32;
                let mut end = None;
                for (j, c) in s.char_indices() {
                    match c {
                        '(' | '[' | '{' => depth += 1,
                        ')' | ']' | '}' => depth -= 1,
                        ',' if depth == 0 => {
                            end = Some(j + 1);
                            break;
                        }
                        _ => {}
                    }
                    if depth < 0 {
                        break;
                    }
                }
                let Some(end) = end else { continue };
                s = &s[end..];
            }
            let s = s.trim_start();
            if let Some(lit) = s.strip_prefix('"') {
                if let Some(close) = lit.find('"') {
                    out.push(lit[..close].to_string());
                }
            }
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_key_the_code_names_exists() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut used = 0;
    let mut missing = Vec::new();
    // This file names made-up keys to test the scanner.
    for f in files.into_iter().filter(|f| !f.ends_with(file!())) {
        let text = std::fs::read_to_string(&f).expect("source is UTF-8");
        // Comments show the macros' shape with placeholder keys; only code counts.
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for k in keys_in(&code) {
            used += 1;
            for lang in [Lang::Vi, Lang::En] {
                if !i18n::has(lang, &k) {
                    missing.push(format!("{}: `{k}` not in {lang:?}", f.display()));
                }
            }
        }
    }
    // The scanner must find the keys (a broken scanner would pass vacuously).
    assert!(used > 50, "only {used} key uses found");
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_scanner_reads_both_forms() {
    let src = r#"let a = t!(lang, "one-key", x = 1); let b = t!(
        self.lang(),
        "two-key"
    ); let c = key!("three-key"); let d = fmt!(x, "no");"#;
    assert_eq!(keys_in(src), ["one-key", "two-key", "three-key"]);
}
