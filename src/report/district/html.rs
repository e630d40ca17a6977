//! The district report as one self-contained HTML page with inline SVG.

use super::model::*;
use super::stats::*;
use crate::batch::DistrictRow;
use crate::lang::Lang;
use crate::report::html::{escape, page};
use crate::report::{number, percent, summary};
use crate::rubric::{Rubric, RubricKind};
use crate::{key, t};
use rust_decimal::Decimal;
use std::fmt::Write;

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
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
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
    let mut b = String::from("<main class=\"sheet\">\n");
    let _ = writeln!(b, "<h1>{}</h1>", escape(&title));
    let _ = writeln!(
        b,
        "<p class=\"subtitle\">{} [{} {}]{}</p>",
        escape(lang.pick(&rubric.title, &rubric.title_en)),
        escape(&rubric.id),
        escape(&rubric.version),
        as_of_span(rows)
            .map(|(lo, hi)| if lo == hi {
                format!(
                    " — {} {}",
                    t(key!("district-html-tinh-den-ngay")),
                    escape(&summary::date(lo))
                )
            } else {
                format!(
                    " — {} {} {} {}",
                    t(key!("district-html-each-unit-own-dossier-date")),
                    escape(&summary::date(lo)),
                    t(key!("district-html-den")),
                    escape(&summary::date(hi))
                )
            })
            .unwrap_or_default()
    );

    // Key figures.
    let card = |n: usize, k: &str, color: &str| {
        format!(
            "<div class=\"card\"><div class=\"n\" style=\"color:{color}\">{n}</div><div class=\"k\">{}</div></div>",
            escape(k)
        )
    };
    let _ = writeln!(
        b,
        "<div class=\"cards\">{}{}{}{}</div>",
        card(rows.len(), &t(key!("district-html-units")), "#111"),
        card(recognised, &t(key!("district-html-recognised")), "#2e7d32"),
        card(
            ok - recognised,
            &t(key!("district-html-not-recognised")),
            "#c62828"
        ),
        card(errors, &t(key!("district-html-could-not-read")), "#757575"),
    );

    // 1. The outcome chart.
    let _ = writeln!(b, "<h2>1. {}</h2>", t(key!("district-html-outcomes")));
    b.push_str(&outcome_chart(&cls, rows.len(), lang));
    if rubric
        .classification
        .as_ref()
        .is_some_and(|c| c.provisional)
        || rubric.provisional().iter().any(|p| p == "level_2")
    {
        let _ = writeln!(
            b,
            "<p class=\"small prov\">(*) {}</p>",
            t(key!(
                "district-html-outcomes-rely-provisional-rubric-thresholds"
            ))
        );
    }

    // 2. What holds the district back.
    let _ = writeln!(
        b,
        "<h2>2. {}</h2>",
        t(key!("district-html-indicators-holding-district-back"))
    );
    if rank.is_empty() {
        let _ = writeln!(
            b,
            "<p>{}</p>",
            t(key!("district-html-every-indicator-top-level-points"))
        );
    } else {
        b.push_str("<ol class=\"rank\">\n");
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
            let _ = writeln!(
                b,
                "<li><b>{}</b> — {}: <b>{}</b>. <span class=\"muted\">{}: {}</span></li>",
                escape(&s.id),
                escape(&s.title),
                escape(&figure),
                if s.failing.is_empty() {
                    t(key!("district-html-units-2"))
                } else if levels {
                    t(key!("district-html-units-not-reaching"))
                } else {
                    t(key!("district-html-units-0-points"))
                },
                escape(&list_some(&names, 8, lang))
            );
        }
        b.push_str("</ol>\n");
    }

    // 3. The heat map.
    let worst: Vec<&str> = rank
        .iter()
        .take(3)
        .filter(|s| if levels { !s.failing.is_empty() } else { true })
        .map(|s| s.id.as_str())
        .collect();
    let _ = writeln!(
        b,
        "<h2>3. {}</h2>",
        if levels {
            t(key!("district-html-heat-map-level-reached-indicator"))
        } else {
            t(key!("district-html-heat-map-points-criterion"))
        }
    );
    heat_map(&mut b, rows, rubric, &st, &worst, lang);

    // 4. One row per unit.
    let _ = writeln!(b, "<h2>4. {}</h2>", t(key!("district-html-unit-unit")));
    let _ = writeln!(
        b,
        "<table class=\"grid units\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        t(key!("district-html-no")),
        t(key!("district-html-unit-folder")),
        t(key!("district-html-members-counted")),
        if levels {
            t(key!("district-html-lowest-indicator-level"))
        } else {
            t(key!("district-html-total"))
        },
        t(key!("district-html-outcome")),
        t(key!("district-html-warnings")),
        t(key!("district-html-notes")),
    );
    for (i, (folder, r)) in rows.iter().enumerate() {
        match r {
            Ok(a) => {
                let _ = writeln!(
                    b,
                    "<tr><td class=\"c\">{}</td><td class=\"name\">{}<br><span class=\"small muted\">{}</span></td><td class=\"c\">{}/{}</td><td class=\"c\">{}</td><td><span class=\"chip\" style=\"background:{}\"></span>{}{}</td><td class=\"c\">{}</td><td class=\"small\">{}</td></tr>",
                    i + 1,
                    escape(&unit_label(folder, r)),
                    escape(folder),
                    a.members.counted,
                    a.members.total,
                    if levels {
                        a.outcome.indicators_level.map(|l| l.to_string()).unwrap_or_default()
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
                    },
                    class_color(a, lang, &cls),
                    escape(a.outcome.label(lang)),
                    if a.outcome.provisional { " <span class=\"prov\">(*)</span>" } else { "" },
                    a.warnings,
                    a.outcome
                        .level_2_from
                        .map(|d| escape(&format!(
                            "{} {}",
                            t(key!("district-html-may-apply-level-2-from")),
                            summary::date(d)
                        )))
                        .unwrap_or_default()
                );
            }
            Err(e) => {
                let _ = writeln!(
                    b,
                    "<tr><td class=\"c\">{}</td><td class=\"name\">{}</td><td class=\"c\">—</td><td class=\"c\">—</td><td><span class=\"chip\" style=\"background:#757575\"></span>{}</td><td class=\"c\">—</td><td class=\"small err\">{}</td></tr>",
                    i + 1,
                    escape(folder),
                    escape(&t(key!("district-html-error"))),
                    escape(e)
                );
            }
        }
    }
    b.push_str("</tbody></table>\n");
    b.push_str(&super::calendar::html(rows, lang));
    criteria_key(&mut b, rubric, lang);
    let _ = writeln!(
        b,
        "<p class=\"provenance\">{} dvht {}; {} {} {} (sha256 {}).</p>",
        t(key!("district-html-made")),
        env!("CARGO_PKG_VERSION"),
        t(key!("district-html-rubric")),
        escape(&rubric.id),
        escape(&rubric.version),
        escape(&rubric.sha256)
    );
    b.push_str("</main>\n");
    page(lang, &title, DISTRICT_CSS, &b)
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
fn outcome_chart(cls: &[Class], total: usize, lang: Lang) -> String {
    let bar_h = 26;
    let gap = 8;
    let label_w = 210;
    let bar_w = 360;
    let h = cls.len() * (bar_h + gap) + gap;
    let w = label_w + bar_w + 110;
    let max = cls.iter().map(|c| c.units).max().unwrap_or(0).max(1);
    let mut s = format!(
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{}\">\n<title>{}</title>\n",
        escape(&t!(lang, "district-html-units-outcome")),
        escape(&t!(lang, "district-html-units-outcome"))
    );
    let _ = writeln!(
        s,
        "<line x1=\"{label_w}\" y1=\"0\" x2=\"{label_w}\" y2=\"{h}\" stroke=\"#555\" stroke-width=\"1\"/>"
    );
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
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"14\" font-family=\"Times New Roman, Liberation Serif, DejaVu Serif, serif\">{}</text>\n\
<rect x=\"{label_w}\" y=\"{y}\" width=\"{len}\" height=\"{bar_h}\" fill=\"{}\"/>\n\
<text x=\"{}\" y=\"{}\" font-size=\"14\" font-weight=\"bold\" font-family=\"Times New Roman, Liberation Serif, DejaVu Serif, serif\">{}{}</text>",
            label_w - 8,
            y + bar_h / 2 + 5,
            escape(&c.label),
            c.color,
            label_w + len + 6,
            y + bar_h / 2 + 5,
            c.units,
            escape(&share)
        );
    }
    s.push_str("</svg>\n");
    s
}

fn heat_map(
    b: &mut String,
    rows: &[DistrictRow],
    rubric: &Rubric,
    st: &[CritStat],
    worst: &[&str],
    lang: Lang,
) {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let levels = rubric.kind == RubricKind::Levels;
    let ids: Vec<&str> = rubric.criteria.iter().map(|c| c.id.as_str()).collect();
    b.push_str("<table class=\"grid heat\"><thead><tr>");
    let _ = write!(
        b,
        "<th class=\"unit\">{}</th>",
        t(key!("district-html-unit"))
    );
    for c in &rubric.criteria {
        let _ = write!(
            b,
            "<th{} title=\"{}\">{}</th>",
            if worst.contains(&c.id.as_str()) {
                " class=\"worst\""
            } else {
                ""
            },
            escape(c.title(lang)),
            escape(&c.id)
        );
    }
    b.push_str("</tr></thead><tbody>\n");
    for (folder, r) in rows {
        let _ = write!(
            b,
            "<tr><td class=\"unit\" title=\"{}\">{}</td>",
            escape(folder),
            escape(&unit_label(folder, r))
        );
        match r {
            Err(e) => {
                let _ = write!(
                    b,
                    "<td class=\"na err\" colspan=\"{}\" title=\"{}\">{}</td>",
                    ids.len(),
                    escape(e),
                    escape(&t(key!("district-html-error-could-not-read")))
                );
            }
            Ok(a) => {
                for (at, (id, def)) in ids.iter().zip(&rubric.criteria).enumerate() {
                    let Some(c) = cell(a, at, id) else {
                        b.push_str("<td class=\"na\">—</td>");
                        continue;
                    };
                    let tip = format!("{} — {}: {}", c.id, c.measured(lang), c.score(levels, lang));
                    let (class, text) = if !c.applicable {
                        ("na".to_string(), "—".to_string())
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
                        (class.to_string(), l.to_string())
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
                        (class.to_string(), number(p, lang))
                    };
                    let class = if c.assessed {
                        class
                    } else {
                        format!("{class} nd")
                    };
                    let _ = write!(
                        b,
                        "<td class=\"{class}\" title=\"{}\">{}{}</td>",
                        escape(&tip),
                        escape(&text),
                        if c.assessed { "" } else { "?" }
                    );
                }
            }
        }
        b.push_str("</tr>\n");
    }
    // The district's row: how many units each criterion leaves short.
    let _ = write!(
        b,
        "<tr class=\"sum\"><td class=\"unit\">{}</td>",
        if levels {
            t(key!("district-html-units-below-level-1"))
        } else {
            t(key!("district-html-points-lost-district"))
        }
    );
    for s in st {
        let _ = write!(
            b,
            "<td>{}</td>",
            if levels {
                s.failing.len().to_string()
            } else {
                number(s.lost, lang)
            }
        );
    }
    b.push_str("</tr>\n");
    let _ = write!(
        b,
        "<tr class=\"sum\"><td class=\"unit\">{}</td>",
        if levels {
            t(key!("district-html-units-below-top-level"))
        } else {
            t(key!("district-html-units-below-maximum"))
        }
    );
    for s in st {
        let _ = write!(b, "<td>{}</td>", s.short.len());
    }
    b.push_str("</tr>\n</tbody></table>\n");

    // Legend and the key to the column headings.
    let sw = |color: &str, label: &str| {
        format!(
            "<span class=\"sw\" style=\"background:{color}\"></span>{}",
            escape(label)
        )
    };
    let _ = writeln!(
        b,
        "<p class=\"legend\">{}{}{}{}{} {}</p>",
        if levels {
            sw("#ef9a9a", &t(key!("district-html-0-not-reached")))
        } else {
            sw("#ef9a9a", &t(key!("district-html-0-points")))
        },
        if levels {
            sw("#ffe082", &t(key!("district-html-level-1")))
        } else {
            sw("#ffe082", &t(key!("district-html-under-half-maximum")))
        },
        if levels {
            String::new()
        } else {
            sw("#c5e1a5", &t(key!("district-html-half-maximum-more")))
        },
        if levels {
            sw("#81c784", &t(key!("district-html-top-level")))
        } else {
            sw("#81c784", &t(key!("district-html-maximum")))
        },
        sw("#eeeeee", &t(key!("district-html-not-applicable"))),
        escape(&t(key!(
            "district-html-not-assessed-red-headings-indicators"
        )))
    );
}

/// The key to the heat map's column headings.
fn criteria_key(b: &mut String, rubric: &Rubric, lang: Lang) {
    let _ = writeln!(
        b,
        "<h3>{}</h3>",
        t!(lang, "district-html-key-indicator-ids")
    );
    b.push_str("<ul class=\"keys\">");
    for c in &rubric.criteria {
        let _ = write!(
            b,
            "<li><b>{}</b> {}</li>",
            escape(&c.id),
            escape(c.title(lang))
        );
    }
    b.push_str("</ul>\n");
}
