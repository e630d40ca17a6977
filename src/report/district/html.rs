//! The district report as one self-contained HTML page with inline SVG.

use super::model::*;
use super::stats::*;
use crate::batch::DistrictRow;
use crate::lang::Lang;
use crate::report::markup::{html, Html, Msg};
use crate::report::page::page;
use crate::report::{number, percent, summary};
use crate::rubric::{Rubric, RubricKind};
use crate::{key, t};
use rust_decimal::Decimal;

const DISTRICT_CSS: &str = r#"
.cards { display: flex; gap: 3mm; margin: 2mm 0 3mm; }
.card { flex: 1; border: 1px solid #bbb; border-radius: 2mm; padding: 1.5mm 3mm; text-align: center; }
.card .n { font-size: 20pt; font-weight: bold; line-height: 1.1; }
.card .k { font-size: 9.5pt; color: #444; }
.chart { display: block; margin: 1mm 0 2mm; }
.units td.name { font-weight: bold; }
.chip { display: inline-block; width: 3mm; height: 3mm; border-radius: 0.6mm; margin-right: 1.5mm; vertical-align: middle; }
.err { color: #9b1c1c; }
.heat { font-size: 9pt; table-layout: fixed; }
.heat th, .heat td { text-align: center; padding: 1px 2px; }
.heat td.unit, .heat th.unit { text-align: left; width: 34%; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.heat th.worst { background: #f3c4c4; }
.heat td.v0 { background: #ef9a9a; font-weight: bold; }
.heat td.v1 { background: #ffe082; }
.heat td.v2 { background: #c5e1a5; }
.heat td.v3 { background: #81c784; }
.heat td.na { background: #eeeeee; color: #777; }
.heat td.nd { background: repeating-linear-gradient(45deg, #fff, #fff 2px, #ddd 2px, #ddd 4px); }
.heat tr.sum td { font-weight: bold; background: #f6f6f6; }
.legend { font-size: 9.5pt; margin: 1mm 0 3mm; }
.legend span.sw { display: inline-block; width: 4mm; height: 3mm; border: 1px solid #999; vertical-align: middle; margin: 0 1mm 0 3mm; }
.rank li { margin: 1mm 0; font-size: 10.5pt; }
.keys { font-size: 9pt; columns: 2; column-gap: 6mm; padding-left: 0; list-style: none; }
.keys li { break-inside: avoid; }
"#;

/// [`district_html`] over what a batch kept of each unit.
pub fn render_html(rows: &[DistrictRow], rubric: &Rubric, lang: Lang) -> String {
    let t = |key: &'static str| Msg::new(lang, key);
    let levels = rubric.kind == RubricKind::Levels;
    let cls = classes(rows, rubric, lang);
    let st = stats(rows, rubric, lang);
    let rank = ranking(&st, levels);
    let ok = rows.iter().filter(|(_, r)| r.is_ok()).count();
    let recognised = rows
        .iter()
        .filter(|(_, r)| r.as_ref().is_ok_and(|a| a.outcome.recognized))
        .count();
    let errors = rows.len() - ok;
    let title = t(key!("district-html-district-summary-learning-unit-self"));
    let mut b = Html::new();
    html!(b; "<main class=\"sheet\">\n<h1>" {title.as_str()} "</h1>\n<p class=\"subtitle\">"
        {lang.pick(&rubric.title, &rubric.title_en)} " [" {rubric.id} " " {rubric.version} "]");
    match as_of_span(rows) {
        Some((lo, hi)) if lo == hi => {
            html!(b; " — " {t(key!("district-html-tinh-den-ngay"))} " " {summary::date(lo)})
        }
        Some((lo, hi)) => html!(b; " — " {t(key!("district-html-each-unit-own-dossier-date"))} " "
            {summary::date(lo)} " " {t(key!("district-html-den"))} " " {summary::date(hi)}),
        None => {}
    }
    b.raw("</p>\n");

    // Key figures.
    let card = |b: &mut Html, n: usize, k: Msg, color: &'static str| {
        html!(b; "<div class=\"card\"><div class=\"n\" style=\"color:");
        b.raw(color);
        html!(b; "\">" {n} "</div><div class=\"k\">" {k.as_str()} "</div></div>");
    };
    b.raw("<div class=\"cards\">");
    card(&mut b, rows.len(), t(key!("district-html-units")), "#111");
    card(
        &mut b,
        recognised,
        t(key!("district-html-recognised")),
        "#2e7d32",
    );
    card(
        &mut b,
        ok - recognised,
        t(key!("district-html-not-recognised")),
        "#c62828",
    );
    card(
        &mut b,
        errors,
        t(key!("district-html-could-not-read")),
        "#757575",
    );
    b.raw("</div>\n");

    // 1. The outcome chart.
    html!(b; "<h2>1. " {t(key!("district-html-outcomes"))} "</h2>\n");
    outcome_chart(&mut b, &cls, rows.len(), lang);
    if rubric
        .classification
        .as_ref()
        .is_some_and(|c| c.provisional)
        || rubric.provisional().iter().any(|p| p == "level_2")
    {
        html!(b; "<p class=\"small prov\">(*) "
            {t(key!("district-html-outcomes-rely-provisional-rubric-thresholds"))} "</p>\n");
    }

    // 2. What holds the district back.
    html!(b; "<h2>2. " {t(key!("district-html-indicators-holding-district-back"))} "</h2>\n");
    if rank.is_empty() {
        html!(b; "<p>" {t(key!("district-html-every-indicator-top-level-points"))} "</p>\n");
    } else {
        b.raw("<ol class=\"rank\">\n");
        for s in rank.iter().take(5) {
            let names: Vec<String> = (if s.failing.is_empty() {
                &s.short
            } else {
                &s.failing
            })
            .iter()
            .filter_map(|i| rows.get(*i))
            .map(|(f, r)| unit_label(f, r))
            .collect();
            let figure = if levels {
                t!(
                    lang,
                    "district-html-figure-levels",
                    failing = s.failing.len().to_string(),
                    short = s.short.len().to_string(),
                    scored = s.scored.to_string()
                )
            } else {
                t!(
                    lang,
                    "district-html-figure-points",
                    lost = number(s.lost, lang),
                    short = s.short.len().to_string(),
                    scored = s.scored.to_string()
                )
            };
            let which = if s.failing.is_empty() {
                t(key!("district-html-units-2"))
            } else if levels {
                t(key!("district-html-units-not-reaching"))
            } else {
                t(key!("district-html-units-0-points"))
            };
            html!(b; "<li><b>" {s.id} "</b> — " {s.title} ": <b>" {figure} "</b>. <span class=\"muted\">"
                {which} ": " {list_some(&names, 8, lang)} "</span></li>\n");
        }
        b.raw("</ol>\n");
    }

    // 3. The heat map.
    let worst: Vec<&str> = rank
        .iter()
        .take(3)
        .filter(|s| if levels { !s.failing.is_empty() } else { true })
        .map(|s| s.id.as_str())
        .collect();
    html!(b; "<h2>3. " {if levels {
            t(key!("district-html-heat-map-level-reached-indicator"))
        } else {
            t(key!("district-html-heat-map-points-criterion"))
        }} "</h2>\n");
    heat_map(&mut b, rows, rubric, &st, &worst, lang);

    // 4. One row per unit.
    html!(b; "<h2>4. " {t(key!("district-html-unit-unit"))} "</h2>\n");
    html!(b; "<table class=\"grid units\"><thead><tr><th>" {t(key!("district-html-no"))} "</th><th>"
        {t(key!("district-html-unit-folder"))} "</th><th>" {t(key!("district-html-members-counted"))} "</th><th>"
        {if levels {
            t(key!("district-html-lowest-indicator-level"))
        } else {
            t(key!("district-html-total"))
        }} "</th><th>" {t(key!("district-html-outcome"))} "</th><th>" {t(key!("district-html-warnings"))}
        "</th><th>" {t(key!("district-html-notes"))} "</th></tr></thead><tbody>\n");
    for (i, (folder, r)) in rows.iter().enumerate() {
        match r {
            Ok(a) => {
                let reached = if levels {
                    a.outcome
                        .indicators_level
                        .map(|l| l.to_string())
                        .unwrap_or_default()
                } else {
                    a.total
                        .as_ref()
                        .map(|t| {
                            format!(
                                "{}/{} {}",
                                number(t.points, lang),
                                number(t.max_points, lang),
                                t!(lang, "district-html-points")
                            )
                        })
                        .unwrap_or_default()
                };
                html!(b; "<tr><td class=\"c\">" {i + 1} "</td><td class=\"name\">" {unit_label(folder, r)}
                    "<br><span class=\"small muted\">" {folder} "</span></td><td class=\"c\">" {a.members.counted}
                    "/" {a.members.total} "</td><td class=\"c\">" {reached}
                    "</td><td><span class=\"chip\" style=\"background:");
                b.raw(class_color(a, lang, &cls));
                html!(b; "\"></span>" {a.outcome.label(lang)});
                if a.outcome.provisional {
                    b.raw(" <span class=\"prov\">(*)</span>");
                }
                html!(b; "</td><td class=\"c\">" {a.warnings} "</td><td class=\"small\">"
                    {a.outcome.level_2_from.map(|d| format!(
                        "{} {}",
                        t(key!("district-html-may-apply-level-2-from")),
                        summary::date(d)
                    ))} "</td></tr>\n");
            }
            Err(e) => {
                html!(b; "<tr><td class=\"c\">" {i + 1} "</td><td class=\"name\">" {folder}
                    "</td><td class=\"c\">—</td><td class=\"c\">—</td><td><span class=\"chip\" style=\"background:#757575\"></span>"
                    {t(key!("district-html-error")).as_str()} "</td><td class=\"c\">—</td><td class=\"small err\">" {e}
                    "</td></tr>\n");
            }
        }
    }
    b.raw("</tbody></table>\n");
    super::calendar::html(&mut b, rows, lang);
    criteria_key(&mut b, rubric, lang);
    html!(b; "<p class=\"provenance\">" {t(key!("district-html-made"))} " dvht " {env!("CARGO_PKG_VERSION")}
        "; " {t(key!("district-html-rubric"))} " " {rubric.id} " " {rubric.version} " (sha256 " {rubric.sha256}
        ").</p>\n</main>\n");
    page(lang, title.as_str(), DISTRICT_CSS, &b)
}

/// `A, B, C và 4 đơn vị khác`: the first `max` names, then how many more.
pub(super) fn list_some(names: &[String], max: usize, lang: Lang) -> String {
    if names.len() <= max {
        return names.join(", ");
    }
    let more = names.len() - max;
    format!(
        "{} {} {more} {}",
        names[..max].join(", "),
        t!(lang, "district-html-and"),
        t!(lang, "district-html-more")
    )
}

/// A horizontal bar chart of units per outcome, as inline SVG.
fn outcome_chart(b: &mut Html, cls: &[Class], total: usize, lang: Lang) {
    let bar_h = 26;
    let gap = 8;
    let label_w = 210;
    let bar_w = 360;
    let h = cls.len() * (bar_h + gap) + gap;
    let w = label_w + bar_w + 110;
    let max = cls.iter().map(|c| c.units).max().unwrap_or(0).max(1);
    let name = t!(lang, "district-html-units-outcome");
    html!(b; "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" {w} "\" height=\"" {h}
        "\" viewBox=\"0 0 " {w} " " {h} "\" role=\"img\" aria-label=\"" {name} "\">\n<title>" {name}
        "</title>\n");
    html!(b; "<line x1=\"" {label_w} "\" y1=\"0\" x2=\"" {label_w} "\" y2=\"" {h}
        "\" stroke=\"#555\" stroke-width=\"1\"/>\n");
    for (i, c) in cls.iter().enumerate() {
        let y = gap + i * (bar_h + gap);
        let len = if c.units == 0 {
            0
        } else {
            (c.units * bar_w / max).max(2)
        };
        let share = if total == 0 {
            String::new()
        } else {
            format!(" ({})", percent(c.units as u64, total as u64, lang))
        };
        html!(b; "<text x=\"" {label_w - 8} "\" y=\"" {y + bar_h / 2 + 5}
            "\" text-anchor=\"end\" font-size=\"14\" font-family=\"Times New Roman, Liberation Serif, DejaVu Serif, serif\">"
            {c.label} "</text>\n<rect x=\"" {label_w} "\" y=\"" {y} "\" width=\"" {len} "\" height=\"" {bar_h}
            "\" fill=\"");
        b.raw(c.color);
        html!(b; "\"/>\n<text x=\"" {label_w + len + 6} "\" y=\"" {y + bar_h / 2 + 5}
            "\" font-size=\"14\" font-weight=\"bold\" font-family=\"Times New Roman, Liberation Serif, DejaVu Serif, serif\">"
            {c.units} {share} "</text>\n");
    }
    b.raw("</svg>\n");
}

fn heat_map(
    b: &mut Html,
    rows: &[DistrictRow],
    rubric: &Rubric,
    st: &[CritStat],
    worst: &[&str],
    lang: Lang,
) {
    let t = |key: &'static str| Msg::new(lang, key);
    let levels = rubric.kind == RubricKind::Levels;
    let ids: Vec<&str> = rubric.criteria.iter().map(|c| c.id.as_str()).collect();
    html!(b; "<table class=\"grid heat\"><thead><tr><th class=\"unit\">" {t(key!("district-html-unit"))} "</th>");
    for c in &rubric.criteria {
        b.raw(if worst.contains(&c.id.as_str()) {
            "<th class=\"worst\" title=\""
        } else {
            "<th title=\""
        });
        html!(b; {c.title(lang)} "\">" {c.id} "</th>");
    }
    b.raw("</tr></thead><tbody>\n");
    for (folder, r) in rows {
        html!(b; "<tr><td class=\"unit\" title=\"" {folder} "\">" {unit_label(folder, r)} "</td>");
        match r {
            Err(e) => {
                html!(b; "<td class=\"na err\" colspan=\"" {ids.len()} "\" title=\"" {e} "\">"
                    {t(key!("district-html-error-could-not-read")).as_str()} "</td>");
            }
            Ok(a) => {
                for (at, (id, def)) in ids.iter().zip(&rubric.criteria).enumerate() {
                    let Some(c) = cell(a, at, id) else {
                        b.raw("<td class=\"na\">—</td>");
                        continue;
                    };
                    let tip = format!("{} — {}: {}", c.id, c.measured(lang), c.score(levels, lang));
                    let (class, text): (&'static str, String) = if !c.applicable {
                        ("na", "—".to_string())
                    } else if levels {
                        let l = c.level.unwrap_or(0);
                        let top = def_top_level(rubric, def);
                        let class = if l == 0 {
                            "v0"
                        } else if l >= top {
                            "v3"
                        } else {
                            "v1"
                        };
                        (class, l.to_string())
                    } else {
                        let p = c.points.unwrap_or_default();
                        let m = c.max_points.unwrap_or_default();
                        let class = if p >= m {
                            "v3"
                        } else if p.is_zero() {
                            "v0"
                        } else if p * Decimal::TWO >= m {
                            "v2"
                        } else {
                            "v1"
                        };
                        (class, number(p, lang))
                    };
                    b.raw("<td class=\"").raw(class);
                    if !c.assessed {
                        b.raw(" nd");
                    }
                    html!(b; "\" title=\"" {tip} "\">" {text});
                    if !c.assessed {
                        b.raw("?");
                    }
                    b.raw("</td>");
                }
            }
        }
        b.raw("</tr>\n");
    }
    // The district's row: how many units each criterion leaves short.
    html!(b; "<tr class=\"sum\"><td class=\"unit\">" {if levels {
            t(key!("district-html-units-below-level-1"))
        } else {
            t(key!("district-html-points-lost-district"))
        }} "</td>");
    for s in st {
        if levels {
            html!(b; "<td>" {s.failing.len()} "</td>");
        } else {
            html!(b; "<td>" {number(s.lost, lang)} "</td>");
        }
    }
    b.raw("</tr>\n");
    html!(b; "<tr class=\"sum\"><td class=\"unit\">" {if levels {
            t(key!("district-html-units-below-top-level"))
        } else {
            t(key!("district-html-units-below-maximum"))
        }} "</td>");
    for s in st {
        html!(b; "<td>" {s.short.len()} "</td>");
    }
    b.raw("</tr>\n</tbody></table>\n");

    // Legend and the key to the column headings.
    let sw = |b: &mut Html, color: &'static str, label: Msg| {
        b.raw("<span class=\"sw\" style=\"background:").raw(color);
        html!(b; "\"></span>" {label.as_str()});
    };
    b.raw("<p class=\"legend\">");
    if levels {
        sw(b, "#ef9a9a", t(key!("district-html-0-not-reached")));
        sw(b, "#ffe082", t(key!("district-html-level-1")));
        sw(b, "#81c784", t(key!("district-html-top-level")));
    } else {
        sw(b, "#ef9a9a", t(key!("district-html-0-points")));
        sw(b, "#ffe082", t(key!("district-html-under-half-maximum")));
        sw(b, "#c5e1a5", t(key!("district-html-half-maximum-more")));
        sw(b, "#81c784", t(key!("district-html-maximum")));
    }
    sw(b, "#eeeeee", t(key!("district-html-not-applicable")));
    html!(b; " " {t(key!("district-html-not-assessed-red-headings-indicators")).as_str()} "</p>\n");
}

/// The key to the heat map's column headings.
fn criteria_key(b: &mut Html, rubric: &Rubric, lang: Lang) {
    html!(b; "<h3>" {Msg::new(lang, key!("district-html-key-indicator-ids"))} "</h3>\n<ul class=\"keys\">");
    for c in &rubric.criteria {
        html!(b; "<li><b>" {c.id} "</b> " {c.title(lang)} "</li>");
    }
    b.raw("</ul>\n");
}
