//! Renderers for `dvht check-evidence` (table, and the `dvht.evidence/1` JSON
//! contract) and `dvht evidence hash` (table).
//!
//! The JSON wire types below are serialise-only and are the contract: fields may
//! be added, never removed or renamed. Problem codes are stable.

use super::number;
use crate::error::display_path;
use crate::evidence::hash::{HashAction, HashReport};
use crate::evidence::{EvidenceReport, HashStatus, Problem, ProblemKind, Severity};
use crate::key;
use crate::lang::Lang;
use comfy_table::{Cell, CellAlignment, Table};
use rust_decimal::Decimal;
use serde::Serialize;
use std::fmt::Write;

pub const SCHEMA: &str = "dvht.evidence/1";

/// `dvht check-evidence --format json`.
#[derive(Serialize)]
pub struct EvidenceJson {
    /// Always `dvht.evidence/1`.
    pub schema: &'static str,
    pub manifest: ManifestJson,
    pub unit: UnitJson,
    /// The rubric completeness was checked against; null without `--rubric`.
    pub rubric: Option<RubricJson>,
    /// Whether recorded SHA-256 digests were compared (false with `--no-hashes`).
    pub hashes_verified: bool,
    /// One entry per `[[evidence]]` item, in file order.
    pub items: Vec<ItemJson>,
    /// One entry per rubric criterion; empty without `--rubric`.
    pub criteria: Vec<CriterionJson>,
    /// Files in the evidence folders that no item names (relative, `/`-separated).
    pub unreferenced: Vec<String>,
    /// Every problem, errors and warnings, in the order the checks ran.
    pub problems: Vec<ProblemJson>,
    pub summary: SummaryJson,
}

#[derive(Serialize)]
pub struct ManifestJson {
    pub path: String,
    /// SHA-256 of the evidence.toml text.
    pub sha256: String,
}

#[derive(Serialize)]
pub struct UnitJson {
    pub name: Option<String>,
    pub year: Option<i32>,
}

#[derive(Serialize)]
pub struct RubricJson {
    pub id: String,
    pub title: String,
}

#[derive(Serialize)]
pub struct ItemJson {
    pub code: String,
    pub title: String,
    /// As written in evidence.toml.
    pub file: String,
    /// The line of the item's `code` in evidence.toml.
    pub line: u64,
    pub supports: Vec<&'static str>,
    /// Bytes; null when the file was not found or not reached.
    pub size: Option<u64>,
    /// The recorded digest (lower-case hex), or null.
    pub sha256: Option<String>,
    /// The digest computed now, when the file was hashed.
    pub actual_sha256: Option<String>,
    /// `match`, `mismatch`, `not-recorded` or `not-checked`.
    pub hash: &'static str,
    /// No error concerns this item (warnings allowed).
    pub ok: bool,
    /// The codes of the problems concerning this item.
    pub problems: Vec<&'static str>,
}

#[derive(Serialize)]
pub struct CriterionJson {
    pub id: String,
    pub title: String,
    pub applicable: bool,
    /// The facts and roster columns the criterion reads.
    pub inputs: Vec<&'static str>,
    /// Codes of the items that support one of the inputs.
    pub evidence: Vec<String>,
    /// At least one of them has a sound file: safe path, present, unchanged
    /// (or the criterion does not apply).
    pub covered: bool,
    /// What the rubric suggests as evidence for this criterion.
    pub evidence_suggestions: Vec<String>,
}

#[derive(Serialize)]
pub struct ProblemJson {
    /// Stable: `missing-file`, `hash-mismatch`, `outside-folder`, …
    pub code: &'static str,
    /// `error` (exit 1) or `warning`.
    pub severity: &'static str,
    /// The evidence item's code, when the problem concerns one.
    pub item: Option<String>,
    /// The criterion's id, for `no-evidence-for-criterion`.
    pub criterion: Option<String>,
    pub file: Option<String>,
    /// Where in evidence.toml, when the problem has a place there.
    pub line: Option<u64>,
    pub column: Option<u64>,
    /// For people, in `--lang`.
    pub message: String,
}

#[derive(Serialize)]
pub struct SummaryJson {
    pub items: usize,
    pub errors: usize,
    pub warnings: usize,
    /// No error: the exit status is 0.
    pub clean: bool,
}

pub fn to_json(r: &EvidenceReport, lang: Lang) -> EvidenceJson {
    let counts = r.problems();
    EvidenceJson {
        schema: SCHEMA,
        manifest: ManifestJson {
            path: display_path(&r.manifest),
            sha256: r.manifest_sha256.clone(),
        },
        unit: UnitJson {
            name: r.unit_name.clone(),
            year: r.unit_year,
        },
        rubric: r.rubric.as_ref().map(|x| RubricJson {
            id: x.id.clone(),
            title: lang.pick(&x.title, &x.title_en).to_string(),
        }),
        hashes_verified: r.hashes_verified,
        items: r
            .items
            .iter()
            .enumerate()
            .map(|(i, it)| ItemJson {
                code: it.code.clone(),
                title: it.title.clone(),
                file: it.file.clone(),
                line: it.line,
                supports: it.supports.clone(),
                size: it.size,
                sha256: it.sha256.clone(),
                actual_sha256: it.actual_sha256.clone(),
                hash: it.hash.as_str(),
                ok: !r.item_findings(i).any(|p| p.severity() == Severity::Error),
                problems: r.item_findings(i).map(Problem::code).collect(),
            })
            .collect(),
        criteria: r
            .criteria
            .iter()
            .map(|c| CriterionJson {
                id: c.id.clone(),
                title: lang.pick(&c.title, &c.title_en).to_string(),
                applicable: c.applicable,
                inputs: c.inputs.clone(),
                evidence: c
                    .evidence
                    .iter()
                    .map(|i| r.items[*i].code.clone())
                    .collect(),
                covered: c.covered(),
                evidence_suggestions: c.suggestions.clone(),
            })
            .collect(),
        unreferenced: r.unreferenced.clone(),
        problems: r
            .findings
            .iter()
            .map(|p| ProblemJson {
                code: p.code(),
                severity: p.severity().as_str(),
                item: r.item_code(p).map(str::to_string),
                criterion: match &p.kind {
                    ProblemKind::NoEvidenceForCriterion { criterion, .. } => {
                        Some(criterion.clone())
                    }
                    _ => None,
                },
                file: p.file.clone(),
                line: p.line,
                column: p.column,
                message: p.message(lang),
            })
            .collect(),
        summary: SummaryJson {
            items: r.items.len(),
            errors: counts.errors,
            warnings: counts.warnings,
            clean: counts.errors == 0,
        },
    }
}

pub fn render_json(r: &EvidenceReport, lang: Lang) -> String {
    let mut s = serde_json::to_string_pretty(&to_json(r, lang)).unwrap_or_default();
    s.push('\n');
    s
}

/// `1,5 MB` / `1.5 MB`: sizes for people, in exact decimals.
pub fn size(bytes: u64, lang: Lang) -> String {
    const UNITS: &[(u64, &str)] = &[(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")];
    for (scale, unit) in UNITS {
        if bytes >= *scale {
            let v = (Decimal::from(bytes) / Decimal::from(*scale)).round_dp(1);
            return format!("{} {unit}", number(v, lang));
        }
    }
    format!("{bytes} B")
}

fn new_table(lang: Lang, header: Vec<&str>) -> Table {
    let _ = lang;
    let mut table = super::grid::wrapped(140);
    table.set_header(header);
    table
}

/// `evidence.toml:27:3 `: where a problem is, when it has a place.
fn place(r: &EvidenceReport, p: &Problem) -> String {
    match (p.line, p.column) {
        (Some(l), Some(c)) => format!("{}:{l}:{c}", display_path(&r.manifest)),
        (Some(l), None) => format!("{}:{l}", display_path(&r.manifest)),
        _ => String::new(),
    }
}

pub fn render_table(r: &EvidenceReport, lang: Lang) -> String {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let mut out = String::new();
    let unit = r
        .unit_name
        .clone()
        .unwrap_or_else(|| t(key!("report-evidence-unit-name-not-given")).to_string());
    let _ = writeln!(
        out,
        "{unit}{}",
        r.unit_year
            .map(|y| format!(" — {} {y}", t(key!("report-evidence-year"))))
            .unwrap_or_default()
    );
    let _ = writeln!(
        out,
        "{}: {}",
        t(key!("report-evidence-evidence-file")),
        display_path(&r.manifest)
    );
    if let Some(rb) = &r.rubric {
        let _ = writeln!(
            out,
            "{}: {} [{}]",
            t(key!("report-evidence-rubric")),
            lang.pick(&rb.title, &rb.title_en),
            rb.id
        );
    }

    let mut items = new_table(
        lang,
        vec![
            &t(key!("report-evidence-code")),
            &t(key!("report-evidence-file")),
            &t(key!("report-evidence-size")),
            "SHA-256",
            &t(key!("report-evidence-result")),
        ],
    );
    for (i, it) in r.items.iter().enumerate() {
        let codes: Vec<&str> = r.item_findings(i).map(Problem::code).collect();
        let hash = match it.hash {
            HashStatus::Match => t(key!("report-evidence-matches")),
            HashStatus::Mismatch => t(key!("report-evidence-mismatch")),
            HashStatus::NotRecorded => t(key!("report-evidence-not-recorded")),
            HashStatus::NotChecked => "—".to_string(),
        };
        items.add_row(vec![
            Cell::new(&it.code),
            Cell::new(&it.file),
            Cell::new(it.size.map(|s| size(s, lang)).unwrap_or_else(|| "—".into()))
                .set_alignment(CellAlignment::Right),
            Cell::new(hash),
            Cell::new(if codes.is_empty() {
                "OK".to_string()
            } else {
                codes.join(", ")
            }),
        ]);
    }
    let _ = writeln!(
        out,
        "\n{} ({}):\n{items}",
        t(key!("report-evidence-evidence-items")),
        r.items.len()
    );

    if !r.criteria.is_empty() {
        let mut crit = new_table(
            lang,
            vec![
                &t(key!("report-evidence-id")),
                &t(key!("report-evidence-criterion")),
                &t(key!("report-evidence-evidence")),
                &t(key!("report-evidence-result")),
            ],
        );
        for c in &r.criteria {
            let codes: Vec<&str> = c
                .evidence
                .iter()
                .map(|i| r.items[*i].code.as_str())
                .collect();
            let status = if !c.applicable {
                t(key!("report-evidence-not-applicable")).to_string()
            } else if c.covered() {
                t(key!("report-evidence-covered")).to_string()
            } else {
                format!(
                    "{}\n{}: {}",
                    t(key!("report-evidence-no-evidence")),
                    t(key!("report-evidence-suggested")),
                    c.suggestions.join("; ")
                )
            };
            crit.add_row(vec![
                Cell::new(&c.id),
                Cell::new(lang.pick(&c.title, &c.title_en)),
                Cell::new(if codes.is_empty() {
                    "—".to_string()
                } else {
                    codes.join(", ")
                }),
                Cell::new(status),
            ]);
        }
        let _ = writeln!(
            out,
            "\n{}:\n{crit}",
            t(key!("report-evidence-evidence-criterion"))
        );
    }

    let counts = r.problems();
    if !r.findings.is_empty() {
        let _ = writeln!(out, "\n{}:", t(key!("report-evidence-problems")));
        for p in &r.findings {
            let sev = match p.severity() {
                Severity::Error => t(key!("report-evidence-error")),
                Severity::Warning => t(key!("report-evidence-warning")),
            };
            let at = place(r, p);
            let item = r
                .item_code(p)
                .map(|c| format!("[{c}] "))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {sev} {}: {}{item}{}",
                p.code(),
                if at.is_empty() {
                    String::new()
                } else {
                    format!("{at}: ")
                },
                p.message(lang)
            );
        }
    }
    if !r.hashes_verified {
        let _ = writeln!(
            out,
            "\n{}",
            t(key!("report-evidence-no-hashes-sha-256-digests"))
        );
    }
    let unhashed = r
        .items
        .iter()
        .filter(|i| i.hash == HashStatus::NotRecorded)
        .count();
    let verdict = if counts.errors == 0 && (unhashed > 0 || !r.hashes_verified) {
        let mut v = t(key!("report-evidence-no-problem-files-present-place")).to_string();
        if unhashed > 0 {
            let _ = write!(
                v,
                "; {unhashed} {}",
                t(key!("report-evidence-item-s-without-sha-256"))
            );
        }
        v.push(')');
        v
    } else if counts.errors == 0 {
        t(key!(
            "report-evidence-no-problem-evidence-complete-untampered"
        ))
        .to_string()
    } else {
        format!(
            "{} {}",
            counts.errors,
            t(key!("report-evidence-problem-s-found"))
        )
    };
    let _ = writeln!(
        out,
        "\n{}: {verdict}{}",
        t(key!("report-evidence-result")),
        if counts.warnings > 0 {
            format!(
                " ({} {})",
                counts.warnings,
                t(key!("report-evidence-warning-s"))
            )
        } else {
            String::new()
        }
    );
    out
}

/// The first 12 hex digits of a digest, for tables (the file keeps all 64).
fn short(d: &str) -> String {
    if d.chars().count() > 12 {
        format!("{}…", d.chars().take(12).collect::<String>())
    } else {
        d.to_string()
    }
}

pub fn render_hash(r: &HashReport, lang: Lang) -> String {
    let t = |key: &str| crate::i18n::msg(lang, key, &[]);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {}",
        t(key!("report-evidence-evidence-file")),
        display_path(&r.manifest)
    );
    let mut table = new_table(
        lang,
        vec![
            &t(key!("report-evidence-code")),
            &t(key!("report-evidence-file")),
            &t(key!("report-evidence-action")),
            "SHA-256",
        ],
    );
    for it in &r.items {
        let action = match it.action {
            HashAction::Added => t(key!("report-evidence-added")),
            HashAction::Unchanged => t(key!("report-evidence-unchanged")),
            HashAction::Updated => t(key!("report-evidence-updated-force")),
            HashAction::Changed => t(key!("report-evidence-file-changed-kept-use-force")),
            HashAction::Skipped => t(key!("report-evidence-skipped-file-problem")),
        };
        table.add_row(vec![
            Cell::new(&it.code),
            Cell::new(&it.file),
            Cell::new(action),
            Cell::new(match (it.action, it.old.as_deref(), it.new.as_deref()) {
                (HashAction::Changed | HashAction::Updated, Some(old), Some(new)) => {
                    format!("{} → {}", short(old), short(new))
                }
                (_, old, new) => new.or(old).map(short).unwrap_or_else(|| "—".into()),
            }),
        ]);
    }
    let _ = writeln!(out, "{table}");
    if !r.findings.is_empty() {
        let _ = writeln!(out, "\n{}:", t(key!("report-evidence-problems")));
        for p in &r.findings {
            let item = p
                .item
                .and_then(|i| r.items.get(i))
                .map(|it| format!("[{}] ", it.code))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {}: {}{item}{}",
                p.code(),
                p.line
                    .map(|l| format!("{}:{l}: ", display_path(&r.manifest)))
                    .unwrap_or_default(),
                p.message(lang)
            );
        }
    }
    let count = |a: HashAction| r.items.iter().filter(|i| i.action == a).count();
    let _ = writeln!(
        out,
        "\n{}: {} {}, {} {}, {} {}, {} {}{}",
        t(key!("report-evidence-result")),
        count(HashAction::Added) + count(HashAction::Updated),
        t(key!("report-evidence-written")),
        count(HashAction::Unchanged),
        t(key!("report-evidence-unchanged")),
        count(HashAction::Changed),
        t(key!("report-evidence-changed")),
        count(HashAction::Skipped),
        t(key!("report-evidence-skipped")),
        if r.written {
            format!(
                "; {} {}",
                t(key!("report-evidence-rewrote")),
                display_path(&r.manifest)
            )
        } else {
            format!("; {}", t(key!("report-evidence-file-left-unchanged")))
        }
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_well() {
        assert_eq!(size(0, Lang::En), "0 B");
        assert_eq!(size(1023, Lang::En), "1023 B");
        assert_eq!(size(1536, Lang::Vi), "1,5 KB");
        assert_eq!(size(5 * 1024 * 1024, Lang::En), "5 MB");
    }
}
