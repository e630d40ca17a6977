//! The table for people: criterion by criterion, then total, outcome and warnings.

use super::number;
use crate::lang::Lang;
use crate::score::assessment::*;
use crate::t;
use comfy_table::{Cell, CellAlignment, Table};
use std::fmt::Write;

pub fn render(a: &Assessment, lang: Lang, explain: bool) -> String {
    let mut out = String::new();
    out.push_str(&unit_line(a, lang));
    let _ = writeln!(
        out,
        "{}",
        t!(
            lang,
            "table-rubric",
            title = lang.pick(&a.rubric.title, &a.rubric.title_en),
            id = &a.rubric.id
        )
    );
    out.push_str(&members_line(a, lang));
    let _ = writeln!(out, "{}", roster_line(&a.inputs, lang));

    let levels = a.total.is_none();
    let narrow = narrow_width(super::grid::terminal_width());
    let mut table = super::grid::wrapped(140);
    let header = [
        t!(lang, "table-col-id"),
        t!(lang, "table-col-criterion"),
        t!(lang, "table-col-measured"),
        t!(lang, "table-col-band"),
        if levels {
            t!(lang, "table-col-level")
        } else {
            t!(lang, "table-col-points")
        },
        t!(lang, "table-col-evidence"),
    ];
    let header = header.each_ref().map(String::as_str);
    let rows = rows(a, lang, levels);
    if let Some(width) = narrow {
        // Narrow terminal: the compact table, and every line wrapped at a space.
        let head = wrap_lines(&out, width);
        let table = compact_table(&header, &rows, width);
        let tail = render_tail(a, lang, explain);
        return format!("{head}{table}\n{}", wrap_lines(&tail, width));
    }
    table.set_header(header.to_vec());
    for r in &rows {
        table.add_row(vec![
            Cell::new(&r.id),
            Cell::new(&r.title),
            Cell::new(&r.measured),
            Cell::new(&r.band),
            Cell::new(&r.score).set_alignment(CellAlignment::Right),
            Cell::new(r.evidence).set_alignment(CellAlignment::Right),
        ]);
    }
    let _ = writeln!(out, "{table}");
    out.push_str(&render_tail(a, lang, explain));
    out
}

/// One criterion's cells, the same in the wide and the compact table.
struct RowCells {
    id: String,
    title: String,
    measured: String,
    band: String,
    score: String,
    evidence: usize,
}

fn rows(a: &Assessment, lang: Lang, levels: bool) -> Vec<RowCells> {
    let mut rows = Vec::new();
    for c in &a.criteria {
        let measured = crate::report::summary::measured(c, lang);
        let score = if !c.applicable {
            t!(lang, "table-not-applicable")
        } else if levels {
            let l = c.level.unwrap_or(0);
            let s = if l == 0 {
                t!(lang, "table-not-reached")
            } else {
                t!(lang, "table-level", level = l.to_string())
            };
            if c.assessed {
                s
            } else {
                t!(lang, "table-not-assessed", score = s)
            }
        } else {
            let s = format!(
                "{}/{}",
                number(c.points.unwrap_or_default(), lang),
                number(c.max_points.unwrap_or_default(), lang)
            );
            if c.assessed {
                s
            } else {
                t!(lang, "table-not-assessed", score = s)
            }
        };
        let mut band = super::reached::band(c, lang).unwrap_or_else(|| "—".to_string());
        // Level rubrics mark the provisional threshold inside the band itself.
        if c.provisional && !levels {
            band.push(' ');
            band.push_str(&t!(lang, "table-provisional-mark"));
        }
        rows.push(RowCells {
            id: c.id.clone(),
            title: c.title(lang).to_string(),
            measured,
            band,
            score,
            evidence: c.evidence_codes.len(),
        });
    }
    rows
}

/// Everything after the criteria table: total, outcome, calendar, next steps, the
/// members not meeting each criterion (`--explain`) and warnings.
fn render_tail(a: &Assessment, lang: Lang, explain: bool) -> String {
    let mut out = String::new();

    if let Some(total) = &a.total {
        let _ = writeln!(
            out,
            "{}",
            t!(
                lang,
                "table-total",
                points = number(total.points, lang),
                max = number(total.max_points, lang)
            )
        );
    }
    let verdict = if a.outcome.recognized {
        t!(lang, "table-recognised")
    } else {
        t!(lang, "table-not-recognised")
    };
    let _ = writeln!(
        out,
        "{}: {}{}",
        crate::report::summary::outcome_heading(a, lang),
        crate::report::summary::with_verdict(a.outcome.label(lang), &verdict),
        if a.outcome.provisional {
            format!(" {}", provisional_note(a, lang))
        } else {
            String::new()
        }
    );
    if let Some(from) = a.outcome.level_2_from {
        let _ = writeln!(
            out,
            "{}",
            t!(
                lang,
                "table-level-2-from",
                date = crate::date::long_date(from, lang)
            )
        );
    }

    let _ = writeln!(out, "\n{}", t!(lang, "table-calendar"));
    for (k, v) in a.calendar.lines(lang) {
        let _ = writeln!(out, "  {k}: {v}");
    }

    let needs: Vec<&CriterionResult> = a.criteria.iter().filter(|c| c.next.is_some()).collect();
    if !needs.is_empty() {
        let _ = writeln!(out, "\n{}", t!(lang, "table-next"));
        for c in needs {
            let n = c.next.as_ref().expect("filtered");
            let _ = writeln!(
                out,
                "  {}",
                t!(
                    lang,
                    "table-next-item",
                    id = &c.id,
                    count = n.members_needed.to_string(),
                    target = super::reached::next_target(&n.target)
                )
            );
        }
    }

    if explain {
        let _ = writeln!(out, "\n{}", t!(lang, "table-not-meeting"));
        let at = |n: String| {
            if a.inputs.roster_read.sheet.is_some() {
                t!(lang, "table-at-row", n = n)
            } else {
                t!(lang, "table-at-line", n = n)
            }
        };
        for c in a.criteria.iter().filter(|c| c.kind == MeasureKind::Members) {
            let _ = writeln!(out, "  {} ({}):", c.id, c.not_meeting.len());
            for m in &c.not_meeting {
                let _ = writeln!(
                    out,
                    "    - {}{} ({})",
                    m.id.as_ref().map(|i| format!("{i} ")).unwrap_or_default(),
                    m.name,
                    at(m.line.to_string())
                );
            }
        }
    }

    if !a.warnings.is_empty() {
        let _ = writeln!(out, "\n{}", t!(lang, "table-warnings"));
        for w in &a.warnings {
            let _ = writeln!(out, "  - {}", w.text(lang));
        }
    }
    out
}

/// Why an outcome is provisional, in the words the issue asks for: which threshold has
/// not been checked against the Circular, and that it must be checked before submitting.
pub fn provisional_note(a: &Assessment, lang: Lang) -> String {
    let why = if a.total.is_none() {
        t!(lang, "provisional-why-level-2")
    } else {
        t!(lang, "provisional-why-classification")
    };
    t!(lang, "table-outcome-provisional", why = why)
}

/// "Danh sách: roster.csv (CSV UTF-16LE có BOM, phân cách tab)": the file and how it
/// was read, so a wrong guess is visible.
fn roster_line(i: &Inputs, lang: Lang) -> String {
    let r = &i.roster_read;
    let mut how = Vec::new();
    if let Some(enc) = r.encoding {
        how.push(if r.bom {
            format!("CSV {enc} {}", t!(lang, "table-roster-bom"))
        } else {
            format!("CSV {enc}")
        });
    } else {
        how.push(r.format.to_string());
    }
    if let Some(d) = r.delimiter {
        let d = match d {
            '\t' => "tab".to_string(),
            c => format!("`{c}`"),
        };
        how.push(t!(lang, "table-roster-delimiter", delimiter = d));
    }
    if let Some(s) = &r.sheet {
        how.push(t!(lang, "table-roster-sheet", sheet = s));
    }
    if r.header_line > 1 {
        let n = r.header_line.to_string();
        how.push(if r.sheet.is_some() {
            t!(lang, "table-roster-header-row", n = n)
        } else {
            t!(lang, "table-roster-header-line", n = n)
        });
    }
    t!(
        lang,
        "table-roster",
        file = i.roster.to_string(),
        how = how.join(", ")
    )
}

/// `Trường … — năm 2024`, the first line of every table about one unit.
pub fn unit_line(a: &Assessment, lang: Lang) -> String {
    let unit = a
        .unit
        .name
        .clone()
        .unwrap_or_else(|| t!(lang, "table-unit-unnamed"));
    let year = a
        .unit
        .year
        .map(|y| format!(" — {}", t!(lang, "table-unit-year", year = y.to_string())))
        .unwrap_or_default();
    format!("{unit}{year}\n")
}

/// `Thành viên: 83 tổng, 80 được tính, 3 không tính`.
pub fn members_line(a: &Assessment, lang: Lang) -> String {
    let m = &a.members;
    format!(
        "{}\n",
        t!(
            lang,
            "table-members",
            total = m.total.to_string(),
            counted = m.counted.to_string(),
            excluded = m.excluded.to_string()
        )
    )
}

/// Terminals at most this wide get the compact table.
const COMPACT_MAX: usize = 80;

/// The width to lay out in when it is narrow: the terminal's, or `COLUMNS` when the
/// output is not a terminal (`| less`, a file). None for a wider one, which keeps
/// the full table.
fn narrow_width(terminal: Option<u16>) -> Option<usize> {
    let width = terminal.map(usize::from).or_else(|| {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
    });
    width.filter(|w| (1..=COMPACT_MAX).contains(w))
}

/// Width on screen: one per character (Vietnamese letters are precomposed).
fn width_of(s: &str) -> usize {
    s.chars().count()
}

/// Splits `text` into lines of at most `width` at spaces; a word longer than the
/// width stays whole on its own line rather than being broken.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        for word in para.split(' ').filter(|w| !w.is_empty()) {
            let (lw, ww) = (width_of(&line), width_of(word));
            if lw > 0 && lw + 1 + ww > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

/// `text` in at most `max_lines` lines of `width`, the last one ending in "…" when
/// words were left out.
fn shorten(text: &str, width: usize, max_lines: usize) -> String {
    let mut lines = wrap(text, width);
    // A word wider than the column ends the title there, cut and marked.
    if let Some(i) = lines.iter().position(|l| width_of(l) > width) {
        lines.truncate(i + 1);
        let cut: String = lines[i].chars().take(width.saturating_sub(1)).collect();
        lines[i] = format!("{cut}…");
        lines.truncate(max_lines);
        return lines.join("\n");
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = lines.last_mut().expect("max_lines > 0");
        while width_of(last) + 1 > width {
            match last.rfind(' ') {
                Some(i) => last.truncate(i),
                None => break,
            }
        }
        last.push('…');
    }
    lines.join("\n")
}

fn longest_word(texts: &[&str]) -> usize {
    texts
        .iter()
        .flat_map(|t| t.split([' ', '\n']))
        .map(width_of)
        .max()
        .unwrap_or(0)
}

/// The criteria in five columns that fit `width`: id, title (two lines at most,
/// shortened with "…"), the measured value with the band or level reached under it,
/// points or level, evidence count. Every cell is wrapped here, at spaces, so the
/// table never breaks a word.
fn compact_table(header: &[&str; 6], rows: &[RowCells], width: usize) -> Table {
    // Borders and padding of five columns: "│ " + 4 × " ┆ " + " │".
    const FRAME: usize = 16;
    let stacked: Vec<String> = rows
        .iter()
        .map(|r| {
            if r.band == "—" || r.band == r.measured {
                r.measured.clone()
            } else if !r.measured.is_empty() && r.band.contains(&r.measured) {
                // The band names the value reached ("Kế hoạch …: Đã ban hành …").
                r.band.clone()
            } else {
                format!("{}\n{}", r.measured, r.band)
            }
        })
        .collect();
    let stacked_head = format!("{} / {}", header[2], header[3]);
    let col = |texts: Vec<&str>, cap: usize| {
        let whole = texts.iter().map(|t| width_of(t)).max().unwrap_or(0);
        whole.min(cap).max(longest_word(&texts))
    };
    let id_w = col(
        rows.iter()
            .map(|r| r.id.as_str())
            .chain([header[0]])
            .collect(),
        usize::MAX,
    );
    let score_w = col(
        rows.iter()
            .map(|r| r.score.as_str())
            .chain([header[4]])
            .collect(),
        11,
    );
    let counts: Vec<String> = rows.iter().map(|r| r.evidence.to_string()).collect();
    let ev_w = col(
        counts
            .iter()
            .map(String::as_str)
            .chain([header[5]])
            .collect(),
        0,
    );
    let mut stacked_texts: Vec<&str> = stacked.iter().map(String::as_str).collect();
    stacked_texts.push(&stacked_head);
    let stacked_min = longest_word(&stacked_texts);
    let rest = width.saturating_sub(FRAME + id_w + score_w + ev_w);
    let mut title_w = (rest / 2).max(8);
    let mut stacked_w = rest.saturating_sub(title_w);
    if stacked_w < stacked_min {
        stacked_w = stacked_min;
        title_w = rest.saturating_sub(stacked_w).max(8);
    }
    let title_w = title_w.max(longest_word(&[header[1]]));
    let cell = |text: &str, w: usize| wrap(text, w).join("\n");

    let mut table = super::grid::prewrapped();
    table.set_header(vec![
        Cell::new(cell(header[0], id_w)),
        Cell::new(cell(header[1], title_w)),
        Cell::new(cell(&stacked_head, stacked_w)),
        Cell::new(cell(header[4], score_w)),
        Cell::new(cell(header[5], ev_w)),
    ]);
    for (r, vb) in rows.iter().zip(&stacked) {
        table.add_row(vec![
            Cell::new(cell(&r.id, id_w)),
            Cell::new(shorten(&r.title, title_w, 2)),
            Cell::new(cell(vb, stacked_w)),
            Cell::new(cell(&r.score, score_w)).set_alignment(CellAlignment::Right),
            Cell::new(r.evidence).set_alignment(CellAlignment::Right),
        ]);
    }
    table
}

/// Every line of `text` wrapped to `width` at spaces; a continued line is indented
/// two spaces past the line it continues. The table's own lines already fit.
fn wrap_lines(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if width_of(line) <= width {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let indent = &line[..line.len() - line.trim_start().len()];
        let pad = format!("{indent}  ");
        let mut current = indent.to_string();
        let mut has_word = false;
        for word in line.trim_start().split(' ').filter(|w| !w.is_empty()) {
            if has_word && width_of(&current) + 1 + width_of(word) > width {
                out.push_str(&current);
                out.push('\n');
                current = pad.clone();
                has_word = false;
            }
            if has_word {
                current.push(' ');
            }
            current.push_str(word);
            has_word = true;
        }
        out.push_str(if has_word { &current } else { "" });
        out.push('\n');
    }
    out
}
