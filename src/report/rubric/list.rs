//! `dvht rubric list`: the built-ins and the rubric files, as a table or JSON.

use super::*;
use crate::key;

#[derive(Serialize)]
pub struct ListJson {
    pub schema: &'static str,
    pub dirs: Vec<String>,
    pub rubrics: Vec<ListEntryJson>,
}

#[derive(Serialize)]
pub struct ListEntryJson {
    pub id: Option<String>,
    /// `built-in` or the file's path.
    pub origin: String,
    pub title: Option<String>,
    pub kind: Option<&'static str>,
    pub legal_basis: Option<String>,
    pub provisional: Vec<String>,
    /// Whether `--rubric` can use it (it loads without errors).
    pub usable: bool,
    /// A file with a built-in's id: `--rubric ID` picks the built-in.
    pub shadowed: bool,
    pub errors: usize,
    pub warnings: usize,
    pub problem: Option<String>,
}

fn origin_of(e: &Entry) -> String {
    match &e.origin {
        Origin::Builtin => "built-in".to_string(),
        Origin::File(p) => crate::error::display_path(p),
    }
}

pub fn list_json(entries: &[Entry], dirs: &[std::path::PathBuf], lang: Lang) -> String {
    let j = ListJson {
        schema: "dvht.rubric-list/1",
        dirs: dirs.iter().map(|d| crate::error::display_path(d)).collect(),
        rubrics: entries
            .iter()
            .map(|e| ListEntryJson {
                id: e.id.clone(),
                origin: origin_of(e),
                title: e
                    .rubric
                    .as_ref()
                    .map(|r| lang.pick(&r.title, &r.title_en).to_string()),
                kind: e.rubric.as_ref().map(|r| kind_code(r.kind)),
                legal_basis: e.rubric.as_ref().map(|r| r.legal_basis.clone()),
                provisional: e
                    .rubric
                    .as_ref()
                    .map(|r| r.provisional())
                    .unwrap_or_default(),
                usable: e.rubric.is_some() && (!e.shadowed || e.same_as_builtin),
                shadowed: e.shadowed,
                errors: e.findings.0,
                warnings: e.findings.1,
                problem: e
                    .problem
                    .as_ref()
                    .map(|(vi, en)| lang.pick(vi, en).to_string()),
            })
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&j).expect("plain data serialises");
    s.push('\n');
    s
}

pub fn list_table(entries: &[Entry], dirs: &[std::path::PathBuf], lang: Lang) -> String {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let mut table = crate::report::grid::wrapped(140);
    table.set_header(vec![
        t(key!("rubric-list-id")),
        t(key!("rubric-list-title")),
        t(key!("rubric-list-kind")),
        t(key!("rubric-list-legal-basis")),
        t(key!("rubric-list-provisional")),
        t(key!("rubric-list-origin-status")),
    ]);
    let copies: Vec<String> = entries
        .iter()
        .filter(|e| e.same_as_builtin)
        .map(origin_of)
        .collect();
    for e in entries.iter().filter(|e| !e.same_as_builtin) {
        let mut status = match &e.origin {
            Origin::Builtin => t(key!("rubric-list-built")).to_string(),
            Origin::File(p) => crate::error::display_path(p),
        };
        if e.same_as_builtin {
            status.push_str(&t(key!("rubric-list-same-built")));
        } else if e.shadowed {
            status.push_str(&t(key!("rubric-list-built-has-this-id-rubric")));
        }
        if let Some((vi, en)) = &e.problem {
            let _ = write!(
                status,
                "\n{} {}: {}",
                e.findings.0.max(1),
                t(key!("rubric-list-error-s")),
                lang.pick(vi, en)
            );
        } else if e.findings.1 > 0 {
            let _ = write!(
                status,
                "\n{} {}",
                e.findings.1,
                t(key!("rubric-list-warning-s-dvht-rubric-lint"))
            );
        }
        match &e.rubric {
            Some(r) => table.add_row(vec![
                r.id.clone(),
                lang.pick(&r.title, &r.title_en).to_string(),
                kind_label(r.kind, lang).to_string(),
                r.legal_basis.clone(),
                provisional_parts(r, lang),
                status,
            ]),
            None => table.add_row(vec![
                e.id.clone().unwrap_or_else(|| "?".into()),
                t(key!("rubric-list-unusable")).to_string(),
                String::new(),
                String::new(),
                String::new(),
                status,
            ]),
        };
    }
    let mut out = format!("{table}\n");
    if !copies.is_empty() {
        let _ = writeln!(
            out,
            "{}: {}",
            t(key!("rubric-list-exact-copies-built-ins-not")),
            copies.join(", ")
        );
    }
    if dirs.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            t(key!("rubric-list-rubric-folders-none-use-rubrics"))
        );
    } else {
        let list: Vec<String> = dirs
            .iter()
            .map(|d| {
                let mut s = crate::error::display_path(d);
                if !d.is_dir() {
                    s.push_str(&t(key!("rubric-list-no-such-folder")));
                }
                s
            })
            .collect();
        let _ = writeln!(
            out,
            "{}: {}",
            t(key!("rubric-list-rubric-folders")),
            list.join(", ")
        );
    }
    out
}
