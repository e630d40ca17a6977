//! Every HTML page `dvht` writes escapes the text it is given: the unit's form
//! (`report`), the district page (`batch --format html`) and the form in the dossier.
//! Markdown neutralises the same text.

use crate::common::*;
use std::path::Path;

const BAD: &str = "<script>&\"'";

/// `X<script>&"'` as HTML text.
fn escaped(mark: &str) -> String {
    format!("{mark}&lt;script&gt;&amp;&quot;&#39;")
}

/// th-tan-hoa-1 under folder `dir`, with hostile unit and member names.
fn hostile_unit(run: Run, dir: &str) -> Run {
    let src = root().join("examples").join("th-tan-hoa-1");
    let roster = std::fs::read_to_string(src.join("roster.csv")).unwrap();
    let mut lines = roster.lines();
    let mut csv = format!("{}\n", lines.next().unwrap());
    for line in lines {
        // Code, name, rest: the name quoted, as a spreadsheet would write it.
        let (code, rest) = line.split_once(',').unwrap();
        let (name, rest) = rest.split_once(',').unwrap();
        let name = format!("{name} M{BAD}").replace('"', "\"\"");
        csv.push_str(&format!("{code},\"{name}\",{rest}\n"));
    }
    let evidence = std::fs::read_to_string(src.join("evidence.toml"))
        .unwrap()
        .replace(
            "name = \"Trường Tiểu học Tân Hòa 1\"",
            "name = \"U<script>&\\\"'\"",
        );
    assert!(evidence.contains("U<script>"));
    let mut run = run
        .file(&format!("{dir}/roster.csv"), csv)
        .file(&format!("{dir}/evidence.toml"), evidence);
    for f in std::fs::read_dir(src.join("minh-chung")).unwrap() {
        let f = f.unwrap().path();
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        run = run.file(
            &format!("{dir}/minh-chung/{name}"),
            std::fs::read(&f).unwrap(),
        );
    }
    run
}

const FORM: [&str; 8] = [
    "--place",
    "P<script>&\"'",
    "--authority",
    "A<script>&\"'",
    "--prepared-by",
    "S<script>&\"'",
    "--head",
    "H<script>&\"'",
];

fn no_markup_from_input(html: &str, what: &str) {
    assert!(!html.to_lowercase().contains("<script"), "{what}");
}

#[test]
fn the_form_escapes_names_and_form_options() {
    let run = hostile_unit(dvht(), "u");
    for rubric in ["tt24", "hanoi"] {
        for lang in ["vi", "en"] {
            let mut args = vec![
                "--lang",
                lang,
                "report",
                "u/roster.csv",
                "--rubric",
                rubric,
                "--as-of",
                "2025-06-30",
                "--format",
                "html",
            ];
            args.extend(FORM);
            let html = run.run_args(&args).code(0).stdout;
            no_markup_from_input(&html, "html");
            for mark in ["U", "M", "P", "A", "S", "H"] {
                assert!(html.contains(&escaped(mark)), "{rubric} {lang} html {mark}");
            }
            args[9] = "md";
            let md = run.run_args(&args).code(0).stdout;
            no_markup_from_input(&md, "md");
            for mark in ["U", "M", "P", "S", "H"] {
                let want = format!("{mark}&lt;script&gt;&amp;\"'");
                assert!(md.contains(&want), "{rubric} {lang} md {mark}");
            }
        }
    }
}

#[test]
fn the_district_page_escapes_folders_and_names() {
    let folder = format!("f{BAD}");
    let run = hostile_unit(dvht(), &format!("units/{folder}"))
        .file("units/broken<b>/roster.csv", "Mã,Họ và tên\n");
    for rubric in ["tt24", "hanoi"] {
        let html = run
            .run_args(&[
                "batch",
                "units",
                "--rubric",
                rubric,
                "--as-of",
                "2026-03-01",
                "--format",
                "html",
            ])
            .stdout;
        assert!(html.contains("<svg"), "{rubric}: {html}");
        no_markup_from_input(&html, rubric);
        assert!(!html.contains("<b>/"), "{rubric}");
        assert!(html.contains("broken&lt;b&gt;"), "{rubric}");
        for mark in ["U", "f"] {
            assert!(html.contains(&escaped(mark)), "{rubric} {mark}");
        }
    }
}

#[test]
fn the_dossier_form_escapes_names_and_form_options() {
    let run = hostile_unit(dvht(), "u");
    for rubric in ["tt24", "hanoi"] {
        let out = format!("out-{rubric}");
        let mut args = vec![
            "dossier",
            "u",
            "--rubric",
            rubric,
            "--as-of",
            "2025-06-30",
            "-o",
            &out,
        ];
        args.extend(FORM);
        run.run_args(&args).code(0);
        let pages: Vec<_> = std::fs::read_dir(run.path(&out))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "html"))
            .collect();
        assert_eq!(pages.len(), 1, "{rubric}: one form page");
        let html = read(&pages[0]);
        no_markup_from_input(&html, rubric);
        for mark in ["U", "P", "A", "S", "H"] {
            assert!(html.contains(&escaped(mark)), "{rubric} {mark}");
        }
    }
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap()
}
