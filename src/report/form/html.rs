//! The form as one self-contained HTML page, printable on A4: the national heading,
//! the form, the signature block, then the action plan on a page of its own.
//!
//! Built as [`Html`]: every value from an input is escaped on the way in.

use super::{Form, Plan, Row, Signer, Step};
use crate::report::markup::{html, Html};
use crate::report::page::page;

const FORM_CSS: &str = r#"
.results col.id { width: 6%; } .results col.title { width: 42%; } .results col.measured { width: 17%; }
.results col.band { width: 10%; } .results col.score { width: 12%; } .results col.ev { width: 13%; }
.results tbody { break-inside: avoid; page-break-inside: avoid; }
.actions-summary col.id { width: 6%; } .actions-summary col.title { width: 36%; } .actions-summary col.now { width: 22%; }
.actions-summary col.goal { width: 18%; } .actions-summary col.need { width: 9%; } .actions-summary col.gain { width: 9%; }
.info td { padding: 0.3mm 2mm 0.3mm 0; vertical-align: top; }
.info td:first-child { white-space: nowrap; width: 1%; }
.actions-summary td, .actions-summary th { font-size: 10.5pt; }
.action { break-inside: avoid; page-break-inside: avoid; border: 1px solid #bbb; padding: 1.5mm 3mm; margin: 2.5mm 0; }
.action.holds { border: 1.5px solid #9b1c1c; }
.action h3 { margin: 0 0 1mm; font-size: 11.5pt; }
.tag { display: inline-block; font-size: 9pt; font-weight: bold; color: #fff; background: #9b1c1c; padding: 0 2mm; border-radius: 2mm; vertical-align: middle; }
.names { columns: 2; column-gap: 8mm; margin: 1mm 0; padding-left: 7mm; font-size: 10.5pt; }
.names li { break-inside: avoid; }
.fill { font-size: 10.5pt; color: #333; }
"#;

/// The provisional mark after a value.
const PROV: &str = " <span class=\"prov\">(*)</span>";

/// The form as a whole HTML document.
pub fn render(f: &Form) -> String {
    let (w, h) = (&f.words, &f.head);
    let mut b = Html::new();
    b.raw("<main class=\"sheet\">\n");

    // The national heading, as on every Vietnamese administrative document.
    html!(b; "<header class=\"doc-head\">\n<div class=\"org\">");
    if let Some(x) = &h.authority {
        html!(b; "<div class=\"authority\">" {x} "</div>");
    }
    html!(b; "<div class=\"unit\">" {h.unit} "</div><div class=\"rule\"></div></div>\n\
<div class=\"nation\"><div class=\"nation-1\">" {w.nation_1} "</div><div class=\"nation-2\">" {w.nation_2}
        "</div><div class=\"rule\"></div></div>\n</header>\n");
    html!(b; "<p class=\"date-line\">" {h.place_date} "</p>\n");
    if let Some(id) = &h.form_id {
        html!(b; "<p class=\"form-id\">" {id} "</p>\n");
    }
    html!(b; "<h1>" {h.title} "</h1>\n<p class=\"subtitle\">" {h.basis} "</p>\n");
    if let Some(note) = &h.provisional_note {
        html!(b; "<div class=\"banner\">" {note} "</div>\n");
    }

    // I. General information.
    let i = &f.info;
    html!(b; "<h2>I. " {w.general_information} "</h2>\n<table class=\"info\">\n");
    let info = |b: &mut Html, k: &str, v: Html| {
        html!(b; "<tr><td>" {k} ":</td><td>" {v} "</td></tr>\n");
    };
    let mut v = Html::new();
    html!(v; "<b>" {h.unit} "</b>");
    info(&mut b, w.unit.as_str(), v);
    if let Some(y) = &i.year {
        let mut v = Html::new();
        html!(v; {y.year} " (" {y.span} ")");
        info(&mut b, w.evaluation_year.as_str(), v);
    }
    info(&mut b, w.members.as_str(), Html::text(&i.members));
    let mut v = Html::new();
    html!(v; {i.rubric_title} " [" {i.rubric_id} " " {i.rubric_version} "]");
    info(&mut b, w.rubric.as_str(), v);
    for (k, v) in &i.calendar {
        info(&mut b, k, Html::text(v));
    }
    b.raw("</table>\n");

    // II. The results table.
    let r = &f.results;
    let c = &w.columns;
    html!(b; "<h2>II. " {w.results} "</h2>\n");
    b.raw("<table class=\"grid results\">\n<colgroup><col class=\"id\"><col class=\"title\"><col class=\"measured\"><col class=\"band\"><col class=\"score\"><col class=\"ev\"></colgroup>\n");
    html!(b; "<thead><tr><th>" {c[0]} "</th><th>" {c[1]} "</th><th>" {c[2]} "</th><th>" {c[3]}
        "</th><th>" {c[4]} "</th><th>" {c[5]} "</th></tr></thead>\n");
    for g in &r.groups {
        b.raw("<tbody>\n");
        html!(b; "<tr class=\"group\"><td class=\"c\">" {g.id} "</td><td colspan=\"3\">" {w.criterion} " "
            {g.id} ": " {g.title} "</td><td class=\"c\">" {g.points} "</td><td></td></tr>\n");
        for &at in &g.rows {
            row(&mut b, &r.rows[at], f);
        }
        b.raw("</tbody>\n");
    }
    b.raw("<tbody>\n");
    for &at in &r.ungrouped {
        row(&mut b, &r.rows[at], f);
    }
    // The totals are body rows: a <tfoot> would repeat on every printed page.
    if let Some(total) = &r.total {
        html!(b; "<tr class=\"foot\"><td></td><td colspan=\"3\">" {w.total}
            "</td><td class=\"c nowrap\">" {total} "</td><td></td></tr>\n");
    }
    html!(b; "<tr class=\"foot\"><td></td><td colspan=\"3\">" {w.outcome_row} "</td><td class=\"c\" colspan=\"2\">"
        {r.outcome_label});
    if r.provisional {
        b.raw(PROV);
    }
    b.raw("</td></tr>\n</tbody>\n</table>\n");

    // III. Conclusion.
    // The conclusion, notes and signatures stay together: a signature never
    // starts a page on its own.
    let k = &f.conclusion;
    b.raw("<div class=\"closing\">\n");
    html!(b; "<h2>III. " {w.conclusion} "</h2>\n<p>" {w.self_assessed} ": <b class=\"");
    b.raw(if r.recognized { "ok" } else { "bad" });
    html!(b; "\">" {r.outcome} "</b>");
    if r.provisional {
        b.raw(PROV);
    }
    b.raw("</p>\n");
    if let Some(reached) = k.indicators_beyond {
        html!(b; "<p>" {w.every_indicator_reaches} " " {reached});
        match &k.level_2_from {
            Some(d) => html!(b; "; " {w.may_apply_level_2} " " {d} "."),
            None => {
                b.raw(".");
            }
        }
        b.raw("</p>\n");
    }

    // Notes: the provisional mark (when no warning repeats the banner) and every warning.
    if h.provisional_note.is_some() || !k.warnings.is_empty() {
        html!(b; "<h3>" {w.notes} "</h3>\n<ul class=\"notes\">\n");
        if let (Some(p), true) = (&h.provisional_note, k.warnings.is_empty()) {
            html!(b; "<li class=\"prov\">" {p} "</li>\n");
        }
        for x in &k.warnings {
            html!(b; "<li>" {x} "</li>\n");
        }
        b.raw("</ul>\n");
    }

    b.raw("<section class=\"sign\">");
    for s in &f.signers {
        signer(&mut b, s);
    }
    b.raw("</section>\n</div>\n");
    html!(b; "<p class=\"provenance\">" {w.made_with} " dvht " {env!("CARGO_PKG_VERSION")} ". " {w.from} ": "
        {f.provenance} ".</p>\n");

    if let Some(p) = &f.plan {
        plan(&mut b, p, f);
    }
    b.raw("</main>\n");
    page(f.lang, &format!("{} — {}", h.title, h.unit), FORM_CSS, &b)
}

fn row(b: &mut Html, r: &Row, f: &Form) {
    let prov = if r.provisional { PROV } else { "" };
    html!(b; "<tr><td class=\"c\">" {r.id} "</td><td>" {r.title} "</td>");
    // A unit-level fact has no ratio: its value (or the rubric's case it matched)
    // spans the measured and band columns.
    match &r.band {
        None => html!(b; "<td class=\"c\" colspan=\"2\">" {r.measured}),
        Some(band) => {
            html!(b; "<td class=\"c\">" {r.measured} "</td><td class=\"c nowrap\">" {band})
        }
    }
    b.raw(prov).raw("</td><td class=\"c nowrap");
    b.raw(if r.short { " bad" } else { "" });
    html!(b; "\">" {r.score} "</td><td class=\"small\">");
    if r.evidence.is_empty() {
        html!(b; "<span class=\"bad\">" {f.words.none} "</span>");
    }
    for (n, code) in r.evidence.iter().enumerate() {
        if n > 0 {
            b.raw(", ");
        }
        html!(b; "<span class=\"nowrap\">" {code} "</span>");
    }
    b.raw("</td></tr>\n");
}

fn signer(b: &mut Html, s: &Signer) {
    html!(b; "<div><div class=\"role\">" {s.role.as_str()} "</div><div class=\"hint\">" {s.hint.as_str()}
        "</div><div class=\"space\"></div><div class=\"name\">" {s.name} "</div></div>");
}

fn plan(b: &mut Html, p: &Plan, f: &Form) {
    let w = &f.words;
    html!(b; "<section class=\"page-break\">\n<h1>" {w.action_plan} "</h1>\n<p class=\"subtitle\">" {p.unit}
        " — " {w.internal_use} " " {p.as_of} "</p>\n");
    if p.steps.is_empty() {
        html!(b; "<p>" {w.nothing_to_do} "</p>\n</section>\n");
        return;
    }
    let c = &w.plan_columns;
    html!(b; "<table class=\"grid actions-summary\"><colgroup><col class=\"id\"><col class=\"title\"><col class=\"now\"><col class=\"goal\"><col class=\"need\"><col class=\"gain\"></colgroup><thead><tr><th>"
        {c[0]} "</th><th>" {c[1]} "</th><th>" {c[2]} "</th><th>" {c[3]} "</th><th>" {c[4]} "</th><th>" {c[5]}
        "</th></tr></thead><tbody>\n");
    for x in &p.steps {
        b.raw("<tr><td class=\"c");
        b.raw(if x.holds_back { " bad" } else { "" });
        html!(b; "\">" {x.id} "</td><td>" {x.title} "</td><td>" {x.now} "</td><td class=\"c\">" {x.goal}
            "</td><td class=\"c\">" {x.needs} "</td><td class=\"c\">" {x.gain} "</td></tr>\n");
    }
    b.raw("</tbody></table>\n");
    if p.any_holds_back {
        html!(b; "<p class=\"small\">" {w.priority_note} "</p>\n");
    }
    for x in &p.steps {
        step(b, x, f);
    }
    b.raw("</section>\n");
}

fn step(b: &mut Html, x: &Step, f: &Form) {
    let w = &f.words;
    b.raw(if x.holds_back {
        "<div class=\"action holds\"><h3>"
    } else {
        "<div class=\"action\"><h3>"
    });
    html!(b; {x.id} " — " {x.title});
    if x.holds_back {
        html!(b; " <span class=\"tag\">" {w.priority} "</span>");
    }
    let c = &w.plan_columns;
    html!(b; "</h3>\n<p class=\"small\">" {c[2]} ": " {x.now} " · " {c[3]} ": " {x.goal} " · " {c[5]} ": "
        {x.gain} "</p>\n<p>" {x.what} "</p>\n");
    if !x.members.is_empty() {
        b.raw("<ol class=\"names\">");
        for (id, name) in &x.members {
            b.raw("<li>");
            if let Some(id) = id {
                html!(b; "<span class=\"muted\">" {id} "</span> ");
            }
            html!(b; {name} "</li>");
        }
        b.raw("</ol>\n");
    }
    html!(b; "<p class=\"fill\">" {w.responsible} ": ……………………………… " {w.deadline} ": ………………</p></div>\n");
}
