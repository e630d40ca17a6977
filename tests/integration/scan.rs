//! Issue 13, "done when": every people-facing output of every command, on every shipped
//! example, under both rubrics and in both languages, is read for what a school
//! secretary should never see: internal keys (fact and column names, vocabulary values
//! — the list is built from `src/vocab.rs` and the rubric files, not typed here),
//! snake_case identifiers, catalog keys, the project's own notes (`DOMAIN.md`, `SPEC.md`,
//! "seed", "tài liệu gốc"), Rust debug output, and, in Vietnamese output, English words.
//!
//! JSON is not read (it keeps keys by contract), and `rubric show` may show keys beside
//! the words (rubric authors write them). File paths are skipped: a unit's folder is its
//! name on disk.
//!
//! Findings that belong to files other helpers are changing are listed in `KNOWN` with the
//! output they come from; a finding not listed there fails the test, and so does a `KNOWN`
//! entry that no longer matches anything (so the list only shrinks).

use crate::common::*;
use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;

const UNITS: &[&str] = &[
    "mn-hoa-sen",
    "th-tan-hoa-1",
    "thcs-ngoc-lam",
    "thpt-so-2-tuy-phuoc",
];
const RUBRICS: &[&str] = &["hanoi", "tt24"];
const LANGS: &[&str] = &["vi", "en"];

/// English words that give away an untranslated string in Vietnamese output.
const ENGLISH_TELLTALES: &[&str] = &[
    "the",
    "and",
    "not",
    "level",
    "of",
    "with",
    "is",
    "are",
    "member",
    "members",
    "criterion",
    "criteria",
    "provisional",
    "warning",
    "warnings",
    "total",
    "none",
    "points",
    "reached",
    "recognised",
    "evidence",
    "file",
    "missing",
    "error",
    "implemented",
    "issued",
    "feasible",
];

/// Findings in files other helpers own (see the module doc): (output label prefix,
/// offending token). Each must still match something, so fixed ones are noticed.
/// `*` stands for any token.
const KNOWN: &[(&str, &str)] = &[];

/// How an output may be read.
#[derive(Clone, Copy, PartialEq)]
enum Allow {
    Nothing,
    /// `rubric show`, `lint`, `diff`, `list`: written for rubric authors, who write the
    /// keys; keys beside the words are allowed.
    Keys,
}

/// CSV columns that hold keys for scripts (README); the people-facing words are in the
/// other columns (`title`, `band`, `value_label`, `label`, …), which are read.
const CSV_KEY_COLUMNS: &[&str] = &[
    "rubric",
    "id",
    "group",
    "kind",
    "value",
    "assessed",
    "applicable",
    "provisional",
    "as_of",
    "as_of_source",
    "folder",
    "grade",
    "recognized",
];

struct Scan {
    keys_any_lang: BTreeSet<String>,
    keys_vi_only: BTreeSet<String>,
    rubric_ids: BTreeSet<String>,
    catalog_keys: BTreeSet<String>,
    findings: Vec<(String, String, String)>,
    outputs: usize,
}

/// A key's shape: lowercase ASCII words joined by `_` or `-`.
fn ident_like(s: &str) -> bool {
    !s.is_empty()
        && s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

fn collect_idents(v: &toml::Value, out: &mut BTreeSet<String>) {
    match v {
        toml::Value::String(s) if ident_like(s) && (s.contains('_') || s.contains('-')) => {
            out.insert(s.clone());
        }
        toml::Value::Array(a) => a.iter().for_each(|v| collect_idents(v, out)),
        toml::Value::Table(t) => {
            for (k, v) in t {
                // Ids, versions and free text are not keys a person could be shown.
                if !matches!(k.as_str(), "id" | "version" | "legal_basis") {
                    collect_idents(v, out);
                }
            }
        }
        _ => {}
    }
}

impl Scan {
    fn new() -> Scan {
        let mut any = BTreeSet::new();
        let mut vi_only = BTreeSet::new();
        let mut put = |k: &str| {
            if k.contains('_') || k.contains('-') {
                any.insert(k.to_string());
            } else if k.len() > 2 {
                // A one-word key (`implemented`, `kha`) is an English or unmarked word:
                // wrong in Vietnamese text, ordinary in English text.
                vi_only.insert(k.to_string());
            }
        };
        for c in dvht::vocab::COLUMNS {
            if !matches!(c.name, "id" | "name" | "role") {
                put(c.name);
            }
        }
        for f in dvht::vocab::FACTS {
            put(f.name);
            if let dvht::vocab::FactKind::Ordered(values) = f.kind {
                values.iter().for_each(|(v, _)| put(v));
            }
        }
        for (k, _, _) in dvht::vocab::VALUE_LABELS {
            put(k);
        }
        for (k, _) in dvht::vocab::TITLES {
            put(k);
        }
        for k in dvht::vocab::UNIT_KINDS {
            put(k);
        }
        for g in ["tot", "kha", "trung-binh", "khong-dat"] {
            put(g);
        }
        let mut from_rubrics = BTreeSet::new();
        let mut rubric_ids = BTreeSet::new();
        for e in std::fs::read_dir(root().join("rubrics")).expect("rubrics/") {
            let p = e.expect("entry").path();
            let text = std::fs::read_to_string(&p).expect("rubric file");
            let v: toml::Value = toml::from_str(&text).expect("shipped rubric parses");
            collect_idents(&v, &mut from_rubrics);
            if let Some(id) = v.get("id").and_then(|i| i.as_str()) {
                rubric_ids.insert(id.to_string());
            }
        }
        // A rubric's id is its name in every output (`[tt24-2023]`), not an internal key.
        from_rubrics.retain(|k| !rubric_ids.contains(k));
        assert!(
            from_rubrics.contains("learning_plan") && from_rubrics.contains("self_study_plan"),
            "rubric keys not found: {from_rubrics:?}"
        );
        from_rubrics.iter().for_each(|k| put(k));
        let mut catalog_keys = BTreeSet::new();
        for ftl in ["vi.ftl", "en.ftl"] {
            let ftl = std::fs::read_to_string(root().join("i18n").join(ftl)).expect("catalog");
            for line in ftl.lines() {
                if let Some((k, _)) = line.split_once(" =") {
                    if ident_like(k) && k.contains('-') {
                        catalog_keys.insert(k.to_string());
                    }
                }
            }
        }
        Scan {
            keys_any_lang: any,
            keys_vi_only: vi_only,
            rubric_ids,
            catalog_keys,
            findings: Vec::new(),
            outputs: 0,
        }
    }

    fn find(&mut self, label: &str, what: &str, line: &str) {
        let line: String = line.trim().chars().take(160).collect();
        self.findings
            .push((label.to_string(), what.to_string(), line));
    }

    /// Reads one output. `label` names the command (for the report and `KNOWN`).
    fn text(&mut self, label: &str, lang: &str, allow: Allow, text: &str) {
        self.outputs += 1;
        for line in text.lines() {
            for bad in [
                "Some(", "Ok(", "Err(", "{:?}", "{}", "{ $", "{$", "\\\"", "\\n",
            ] {
                if line.contains(bad) {
                    self.find(label, bad, line);
                }
            }
            let lower = line.to_lowercase();
            for bad in ["domain.md", "spec.md", "tài liệu gốc"] {
                if lower.contains(bad) {
                    self.find(label, bad, line);
                }
            }
            for token in tokens(&unquoted(line)) {
                let t = token.as_str();
                if self.rubric_ids.contains(t) {
                    continue;
                }
                if t == "None" && lang == "vi" {
                    self.find(label, "None", line);
                }
                let tl = t.to_lowercase();
                if tl == "seed" || tl == "seeds" {
                    self.find(label, t, line);
                }
                if self.catalog_keys.contains(t) {
                    self.find(label, t, line);
                    continue;
                }
                if allow == Allow::Keys {
                    continue;
                }
                let snake = ident_like(t) && t.contains('_');
                let english_in_vi = lang == "vi"
                    && (self.keys_vi_only.contains(t) || ENGLISH_TELLTALES.contains(&t));
                if snake || self.keys_any_lang.contains(t) || english_in_vi {
                    self.find(label, t, line);
                }
            }
        }
    }

    /// Reads a CSV output: every row but the header, every column but the key columns.
    fn csv(&mut self, label: &str, lang: &str, text: &str) {
        let mut r =
            csv::ReaderBuilder::new().from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
        let header: Vec<String> = r
            .headers()
            .expect("CSV header")
            .iter()
            .map(str::to_string)
            .collect();
        let mut people = String::new();
        for row in r.records() {
            let row = row.expect("CSV row");
            assert_eq!(row.len(), header.len(), "{label}: ragged CSV");
            for (name, cell) in header.iter().zip(row.iter()) {
                if !CSV_KEY_COLUMNS.contains(&name.as_str()) {
                    people.push_str(cell);
                    people.push('\n');
                }
            }
        }
        self.text(label, lang, Allow::Nothing, &people);
    }

    fn run(&mut self, label: &str, lang: &str, allow: Allow, args: &[&str]) -> Output {
        let mut all = args.to_vec();
        all.extend(["--lang", lang]);
        let out = dvht().args(&all).today("2025-06-30").run().no_panic();
        assert!(out.code <= 2, "{label}: exit {}\n{}", out.code, out.stderr);
        if args.windows(2).any(|w| w == ["--format", "csv"]) {
            self.csv(label, lang, &out.stdout);
        } else {
            self.text(label, lang, allow, &out.stdout);
        }
        self.text(&format!("{label} (stderr)"), lang, allow, &out.stderr);
        out
    }
}

/// The line without its `quoted` spans: a message quotes in backticks what the person
/// typed or must type (`learning_plan = "sometimes"`), and that is theirs to read.
fn unquoted(line: &str) -> String {
    line.split('`').step_by(2).collect::<Vec<_>>().join(" ")
}

/// Words of a line, with file paths (`a/b`, `roster.csv`) left out. A word keeps `_`
/// and `-` so a key is read whole.
fn tokens(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    for raw in line.split_whitespace() {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '_');
        let is_path = w.contains('/')
            || w.contains('\\')
            || w.rsplit_once('.').is_some_and(|(stem, ext)| {
                !stem.is_empty()
                    && (2..=5).contains(&ext.len())
                    && ext.chars().all(|c| c.is_ascii_alphanumeric())
                    && ext.chars().any(|c| c.is_ascii_alphabetic())
            });
        if is_path {
            continue;
        }
        let mut cur = String::new();
        for c in w.chars() {
            if c.is_alphanumeric() || c == '_' || c == '-' {
                cur.push(c);
            } else if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        }
        if !cur.is_empty() {
            out.push(cur);
        }
    }
    out.into_iter()
        .map(|t| t.trim_matches('-').to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// The text a person sees in an HTML page: no style, script or tags; entities decoded.
fn html_text(html: &str) -> String {
    let mut s = html.to_string();
    for tag in ["style", "script"] {
        while let Some(start) = s.find(&format!("<{tag}")) {
            let end = s[start..]
                .find(&format!("</{tag}>"))
                .map_or(s.len(), |e| start + e + tag.len() + 3);
            s.replace_range(start..end, "");
        }
    }
    strip_tags(
        &s,
        &[
            "</p>", "</tr>", "<br", "</li>", "</h", "</div>", "</td>", "</th>",
        ],
    )
}

fn strip_tags(s: &str, line_breaks: &[&str]) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('>').map_or(rest.len(), |c| open + c + 1);
        let tag = &rest[open..close];
        if line_breaks.iter().any(|b| tag.starts_with(b)) {
            out.push('\n');
        } else if tag.starts_with("<td") || tag.starts_with("<th") {
            out.push(' ');
        }
        rest = &rest[close..];
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// The text of a Word document's body, a paragraph a line.
fn docx_text(path: &Path) -> String {
    let file = std::fs::File::open(path).expect("docx");
    let mut zip = zip::ZipArchive::new(file).expect("a zip");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("word/document.xml")
        .read_to_string(&mut xml)
        .expect("UTF-8 XML");
    strip_tags(&xml, &["</w:p>", "<w:tab", "<w:br"])
}

fn dossier_texts(scan: &mut Scan, label: &str, lang: &str, dir: &Path) {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("dossier folder")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    let mut docx = 0;
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let l = format!("{label} {name}");
        match f.extension().and_then(|e| e.to_str()) {
            Some("docx") => {
                docx += 1;
                scan.text(&l, lang, Allow::Nothing, &docx_text(&f));
            }
            Some("html") => {
                let s = std::fs::read_to_string(&f).expect("html");
                scan.text(&l, lang, Allow::Nothing, &html_text(&s));
            }
            Some("md" | "txt") => {
                let s = std::fs::read_to_string(&f).expect("text");
                scan.text(&l, lang, Allow::Nothing, &s);
            }
            _ => {}
        }
    }
    assert!(docx > 0, "{label}: no Word file in {}", dir.display());
}

/// Runs everything; returns the scanner with its findings.
fn scan_everything() -> Scan {
    let mut s = Scan::new();
    let examples = root().join("examples").display().to_string();
    for lang in LANGS {
        for unit in UNITS {
            let roster = example(unit, "roster.csv");
            let dir = root().join("examples").join(unit).display().to_string();
            let out = s.run(
                &format!("compare {unit}"),
                lang,
                Allow::Nothing,
                &["compare", &roster, "--rubric", "tt24", "--rubric", "hanoi"],
            );
            assert!(out.stdout.lines().count() > 5, "{}", out.stdout);
            for rubric in RUBRICS {
                let l = |what: &str| format!("{what} {unit} {rubric}");
                for args in [
                    vec!["score", &roster, "--rubric", rubric],
                    vec!["score", &roster, "--rubric", rubric, "--explain"],
                    vec!["score", &roster, "--rubric", rubric, "--format", "csv"],
                ] {
                    let name = l(&format!("score {}", args[4..].join(" ")));
                    s.run(name.trim(), lang, Allow::Nothing, &args);
                }
                // The table at 80 columns, stacked as it is on a narrow terminal.
                let narrow = dvht()
                    .args(["score", &roster, "--rubric", rubric, "--lang", lang])
                    .env("COLUMNS", "80")
                    .today("2025-06-30")
                    .run()
                    .no_panic();
                s.text(
                    &l("score (80 columns)"),
                    lang,
                    Allow::Nothing,
                    &narrow.stdout,
                );
                let md = s.run(
                    &l("report md"),
                    lang,
                    Allow::Nothing,
                    &[
                        "report", &roster, "--rubric", rubric, "--format", "md", "-o", "-",
                    ],
                );
                assert!(md.stdout.len() > 200, "{}", md.stderr);
                let r = dvht()
                    .args([
                        "report", &roster, "--rubric", rubric, "--format", "html", "-o", "r.html",
                        "--lang", lang,
                    ])
                    .today("2025-06-30");
                let run = r.run().no_panic();
                assert!(run.code <= 1, "{}", run.stderr);
                let html = std::fs::read_to_string(r.path("r.html")).expect("report html");
                s.text(&l("report html"), lang, Allow::Nothing, &html_text(&html));
                s.run(
                    &l("check-evidence"),
                    lang,
                    Allow::Nothing,
                    &["check-evidence", &dir, "--rubric", rubric],
                );
                let r = dvht()
                    .args([
                        "dossier", &dir, "--rubric", rubric, "-o", "hs", "--lang", lang,
                    ])
                    .today("2025-06-30");
                let run = r.run().no_panic();
                assert!(run.code <= 1, "{}", run.stderr);
                s.text(&l("dossier (stdout)"), lang, Allow::Nothing, &run.stdout);
                dossier_texts(&mut s, &l("dossier"), lang, &r.path("hs"));
            }
        }
        for rubric in RUBRICS {
            for format in ["table", "csv"] {
                s.run(
                    &format!("batch {format} {rubric}"),
                    lang,
                    Allow::Nothing,
                    &["batch", &examples, "--rubric", rubric, "--format", format],
                );
            }
            let r = dvht()
                .args([
                    "batch", &examples, "--rubric", rubric, "--format", "html", "-o", "b.html",
                    "--lang", lang,
                ])
                .today("2025-06-30");
            let run = r.run().no_panic();
            assert!(run.code <= 1, "{}", run.stderr);
            let html = std::fs::read_to_string(r.path("b.html")).expect("batch html");
            s.text(
                &format!("batch html {rubric}"),
                lang,
                Allow::Nothing,
                &html_text(&html),
            );
            for format in ["text", "markdown"] {
                s.run(
                    &format!("rubric show {format} {rubric}"),
                    lang,
                    Allow::Keys,
                    &["rubric", "show", rubric, "--format", format],
                );
            }
        }
        for file in ["hanoi-2021.toml", "tt24-2023.toml"] {
            let path = root().join("rubrics").join(file).display().to_string();
            s.run(
                &format!("rubric lint {file}"),
                lang,
                Allow::Keys,
                &["rubric", "lint", &path],
            );
        }
        let defects = root()
            .join("tests/fixtures/rubrics/defects/many-defects.toml")
            .display()
            .to_string();
        s.run(
            "rubric lint many-defects",
            lang,
            Allow::Keys,
            &["rubric", "lint", &defects],
        );
        s.run("rubric list", lang, Allow::Keys, &["rubric", "list"]);
        s.run(
            "rubric diff",
            lang,
            Allow::Keys,
            &["rubric", "diff", "hanoi", "tt24"],
        );
        errors(&mut s, lang);
    }
    s
}

/// Errors a person meets first: a missing file, an unknown rubric, a bad cell, a bad
/// fact value, an unknown evidence.toml key, a missing folder for `-o`, an empty roster.
fn errors(s: &mut Scan, lang: &str) {
    let bad = dvht()
        .file("u/roster.csv", "name,discipline\nAn,có\nBình,hmm\n")
        .file("v/roster.csv", roster(3, &[]))
        .file(
            "v/evidence.toml",
            "[unit]\nname = \"X\"\nyear = 2024\n\n[facts]\nlearning_plan = \"sometimes\"\n",
        )
        .file("w/roster.csv", roster(3, &[]))
        .file(
            "w/evidence.toml",
            "[unit]\nname = \"X\"\nyear = 2024\ncolour = \"red\"\n",
        )
        .file("e/roster.csv", format!("{FULL_HEADER}\n"))
        .file("ds.xlsx", crate::visible::workbook_with_an_empty_sheet());
    let cases: &[(&str, &[&str])] = &[
        (
            "error missing file",
            &["score", "nope.csv", "--rubric", "tt24"],
        ),
        (
            "error unknown rubric",
            &["score", "v/roster.csv", "--rubric", "tt25"],
        ),
        (
            "error bad cell",
            &["score", "u/roster.csv", "--rubric", "hanoi"],
        ),
        (
            "error bad fact value",
            &["score", "v/roster.csv", "--rubric", "tt24"],
        ),
        (
            "error unknown key",
            &["score", "w/roster.csv", "--rubric", "tt24"],
        ),
        (
            "error -o folder",
            &[
                "score",
                "v/roster.csv",
                "--rubric",
                "tt24",
                "-o",
                "no/x.html",
            ],
        ),
        (
            "error empty roster",
            &["score", "e/roster.csv", "--rubric", "tt24"],
        ),
        ("error directory", &["check-evidence", "u/roster.csv/x"]),
        (
            "error empty sheet",
            &["score", "ds.xlsx", "--rubric", "tt24", "--sheet", "Trống"],
        ),
        (
            "error blank --sheet",
            &["score", "ds.xlsx", "--rubric", "tt24", "--sheet", ""],
        ),
    ];
    for (label, args) in cases {
        let mut all = args.to_vec();
        all.extend(["--lang", lang]);
        let out = bad.run_args(&all);
        assert_eq!(out.code, 2, "{label}: {}", out.stderr);
        assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
        s.text(label, lang, Allow::Nothing, &out.stderr);
    }
}

#[test]
fn no_output_shows_keys_notes_debug_or_untranslated_words() {
    let s = scan_everything();
    println!(
        "scan: {} outputs read, {} findings, all listed in KNOWN: {}",
        s.outputs,
        s.findings.len(),
        s.findings.iter().all(|(l, w, _)| KNOWN
            .iter()
            .any(|(kl, kw)| l.starts_with(kl) && (w == kw || *kw == "*")))
    );
    // Everything above ran, and the scan read a real amount of text.
    assert!(s.outputs > 300, "only {} outputs read", s.outputs);
    let mut unexpected = Vec::new();
    let mut used = vec![false; KNOWN.len()];
    for (label, what, line) in &s.findings {
        match KNOWN
            .iter()
            .position(|(l, w)| label.starts_with(l) && (what == w || *w == "*"))
        {
            Some(i) => used[i] = true,
            None => unexpected.push(format!("{label}: `{what}` in: {line}")),
        }
    }
    let stale: Vec<_> = KNOWN
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(k, _)| k)
        .collect();
    unexpected.sort();
    unexpected.dedup();
    assert!(
        unexpected.is_empty() && stale.is_empty(),
        "{} outputs read; {} findings:\n{}\nKNOWN entries that no longer match: {stale:?}",
        s.outputs,
        unexpected.len(),
        unexpected.join("\n")
    );
}

#[test]
fn the_scanner_finds_what_it_looks_for() {
    let mut s = Scan::new();
    s.text(
        "t",
        "vi",
        Allow::Nothing,
        "Giá trị: learning_plan = implemented",
    );
    s.text(
        "t",
        "en",
        Allow::Nothing,
        "value tap-the-lao-dong-tien-tien (Some(3))",
    );
    s.text(
        "t",
        "vi",
        Allow::Nothing,
        "theo DOMAIN.md, seed 003; the level",
    );
    s.text("t", "en", Allow::Nothing, "err-io-not-found");
    let whats: BTreeSet<&str> = s.findings.iter().map(|(_, w, _)| w.as_str()).collect();
    for w in [
        "learning_plan",
        "implemented",
        "tap-the-lao-dong-tien-tien",
        "Some(",
        "domain.md",
        "seed",
        "the",
        "level",
        "err-io-not-found",
    ] {
        assert!(whats.contains(w), "{w} not found in {whats:?}");
    }
    // Paths and ordinary English in English output are not findings.
    let mut s = Scan::new();
    s.text(
        "t",
        "en",
        Allow::Nothing,
        "Roster: examples/th-tan-hoa-1/roster.csv, plan issued and carried out",
    );
    s.text(
        "t",
        "vi",
        Allow::Nothing,
        "Tệp evidence.toml: Mức đáp ứng khá",
    );
    assert!(s.findings.is_empty(), "{:?}", s.findings);
}
