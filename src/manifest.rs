//! `evidence.toml`: the unit's own facts, its latest recognition and its evidence list
//! (SPEC.md). Unknown keys and bad values are errors with their line and column.

use crate::error::{display_path, suggest, Error, Location, Problem, Result};
use crate::rubric::{fact_choice, FactValue};
use crate::toml_diag::{toml_error, LineIndex};
use crate::vocab::{self, FactKind};
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

#[derive(Debug, Clone)]
pub struct Manifest {
    pub path: PathBuf,
    /// The folder evidence files are relative to.
    pub dir: PathBuf,
    pub unit: Unit,
    /// The latest recognition decision in the file (the one the 12-month rule reads
    /// when no date earlier than it is asked about).
    pub recognition: Option<PriorRecognition>,
    /// Every decision, in file order: one `[recognition]` table or the
    /// `[[recognition]]` history.
    pub recognitions: Vec<PriorRecognition>,
    pub facts: BTreeMap<&'static str, FactValue>,
    pub evidence: Vec<EvidenceItem>,
    pub sha256: String,
}

#[derive(Debug, Clone, Default)]
pub struct Unit {
    pub name: Option<String>,
    pub kind: Option<String>,
    pub year: Option<i32>,
    /// The dossier's date: the default `--as-of`.
    pub submitted_on: Option<NaiveDate>,
    /// The level the unit claims in its own dossier (`claimed_level`), which the
    /// district's list sets beside the level `dvht` verifies.
    pub claimed_level: Option<u8>,
}

/// One recognition decision (`[recognition]` or one `[[recognition]]` table).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PriorRecognition {
    pub level: u8,
    pub decided_on: NaiveDate,
    pub decision: Option<String>,
}

#[derive(Debug, Clone)]
pub struct EvidenceItem {
    pub code: String,
    pub title: String,
    pub file: String,
    pub sha256: Option<String>,
    pub supports: Vec<&'static str>,
    /// The line of the item's `code`, for messages.
    pub line: u64,
    /// Flaws that `parse_lenient` keeps for `check-evidence` to list and `parse`
    /// turns into an error: `supports` names that are neither a fact nor a roster
    /// column, and a `sha256` that is not 64 hex digits.
    pub flaws: Vec<ItemFlaw>,
    /// Set when the item's file was checked (`unit::Unit::verify_evidence`) and
    /// cannot count as support (missing, outside the folder, changed since
    /// hashed): why, in Vietnamese and English, as `check-evidence` says it.
    pub unsound: Option<(String, String)>,
}

/// A problem inside one `[[evidence]]` item that does not stop the file being read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemFlaw {
    pub kind: FlawKind,
    /// The value as written.
    pub value: String,
    pub line: u64,
    pub column: u64,
    /// A close known name, for `supports` typos.
    pub suggestion: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlawKind {
    UnknownSupports,
    InvalidSha256,
}

impl ItemFlaw {
    /// What is wrong, for `dvht score`, which rejects the manifest.
    pub fn problem(&self) -> Problem {
        let value = self.value.clone();
        match self.kind {
            FlawKind::UnknownSupports => Problem::UnknownSupports {
                value,
                suggestion: self.suggestion.clone(),
                accepted: supportable_names().collect(),
            },
            FlawKind::InvalidSha256 => Problem::BadSha256 { value },
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    unit: Option<RawUnit>,
    recognition: Option<OneOrMany>,
    facts: Option<BTreeMap<String, Spanned<toml::Value>>>,
    #[serde(default)]
    evidence: Vec<RawEvidence>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUnit {
    name: Option<String>,
    kind: Option<Spanned<String>>,
    year: Option<Spanned<i64>>,
    submitted_on: Option<Spanned<toml::Value>>,
    claimed_level: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecognition {
    level: Spanned<i64>,
    decided_on: Spanned<toml::Value>,
    decision: Option<String>,
}

/// `[recognition]` (one table) or `[[recognition]]` (an array of tables). Parsed by
/// hand rather than `#[serde(untagged)]` so that an error inside a table keeps its
/// own message and position.
enum OneOrMany {
    One(RawRecognition),
    Many(Vec<RawRecognition>),
}

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a [recognition] table or [[recognition]] tables")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> std::result::Result<OneOrMany, A::Error> {
                RawRecognition::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(OneOrMany::One)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> std::result::Result<OneOrMany, A::Error> {
                Vec::<RawRecognition>::deserialize(serde::de::value::SeqAccessDeserializer::new(
                    seq,
                ))
                .map(OneOrMany::Many)
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvidence {
    code: Spanned<String>,
    title: String,
    file: Spanned<String>,
    sha256: Option<Spanned<String>>,
    #[serde(default)]
    supports: Vec<Spanned<String>>,
}

/// Reads `evidence.toml` from a path.
pub fn read(path: &Path) -> Result<Manifest> {
    parse(&read_text(path)?, path)
}

/// The file's text: UTF-8 (a BOM is dropped); a byte that is not UTF-8 is an error
/// naming its line and column.
fn read_text(path: &Path) -> Result<String> {
    // A FIFO named evidence.toml would block the open forever.
    crate::input::file::check_regular(path)?;
    crate::input::read_utf8_text(path)
}

/// Reads `evidence.toml` like `read`, but keeps item flaws (unknown `supports`
/// names, malformed `sha256`) in `EvidenceItem::flaws` instead of failing, so
/// `check-evidence` can list them with every other problem.
pub(crate) fn read_lenient(path: &Path) -> Result<Manifest> {
    parse_lenient(&read_text(path)?, path)
}

/// Parses `evidence.toml`; an item flaw is an error with its line and column, as
/// SPEC.md wants for `dvht score`.
pub fn parse(text: &str, path: &Path) -> Result<Manifest> {
    let m = parse_lenient(text, path)?;
    if let Some(f) = m.evidence.iter().flat_map(|e| &e.flaws).next() {
        return Err(Error::input(
            Location::at(path, f.line, Some(f.column)),
            f.problem(),
        ));
    }
    Ok(m)
}

/// Facts and yes/no or title roster columns: what `supports` may name.
pub(crate) fn supportable_names() -> impl Iterator<Item = &'static str> + Clone {
    vocab::FACTS.iter().map(|f| f.name).chain(
        vocab::COLUMNS
            .iter()
            .filter(|c| c.kind != vocab::CellKind::Text)
            .map(|c| c.name),
    )
}

pub(crate) fn parse_lenient(text: &str, path: &Path) -> Result<Manifest> {
    let raw: RawManifest = toml::from_str(text).map_err(|e| toml_error(text, path, &e))?;
    // One index for every span reported below: a long evidence list stays linear.
    let lines = LineIndex::new(text);
    let err = |span: std::ops::Range<usize>, problem: Problem| {
        let (l, c) = lines.line_col(span.start);
        Error::input(Location::at(path, l, Some(c)), problem)
    };

    let mut unit = Unit::default();
    if let Some(u) = raw.unit {
        unit.name = u.name.map(|n| crate::text::nfc(n.trim()));
        if let Some(k) = u.kind {
            if !vocab::UNIT_KINDS.contains(&k.get_ref().as_str()) {
                return Err(err(
                    k.span(),
                    Problem::UnknownUnitKind {
                        value: k.get_ref().clone(),
                        accepted: vocab::UNIT_KINDS.to_vec(),
                    },
                ));
            }
            unit.kind = Some(k.into_inner());
        }
        if let Some(y) = u.year {
            let v = *y.get_ref();
            if !(1900..=2200).contains(&v) {
                return Err(err(y.span(), Problem::BadYear { value: v }));
            }
            unit.year = Some(v as i32);
        }
        if let Some(c) = u.claimed_level {
            let v = *c.get_ref();
            if !(0..=2).contains(&v) {
                return Err(err(c.span(), Problem::BadClaimedLevel { value: v }));
            }
            unit.claimed_level = Some(v as u8);
        }
        if let Some(v) = u.submitted_on {
            let d = toml_date(v.get_ref()).ok_or_else(|| {
                err(
                    v.span(),
                    Problem::BadSubmittedOn {
                        value: v.get_ref().to_string(),
                    },
                )
            })?;
            unit.submitted_on = Some(d);
        }
    }

    let raws = match raw.recognition {
        None => Vec::new(),
        Some(OneOrMany::One(r)) => vec![r],
        Some(OneOrMany::Many(rs)) => rs,
    };
    let mut recognitions = Vec::with_capacity(raws.len());
    for r in raws {
        let level = *r.level.get_ref();
        if !(1..=2).contains(&level) {
            return Err(err(
                r.level.span(),
                Problem::BadRecognitionLevel { value: level },
            ));
        }
        let decided_on = toml_date(r.decided_on.get_ref()).ok_or_else(|| {
            err(
                r.decided_on.span(),
                Problem::BadDecidedOn {
                    value: r.decided_on.get_ref().to_string(),
                },
            )
        })?;
        recognitions.push(PriorRecognition {
            level: level as u8,
            decided_on,
            decision: r.decision,
        });
    }
    let recognition = latest_recognition(&recognitions, NaiveDate::MAX).cloned();

    let mut facts = BTreeMap::new();
    for (key, value) in raw.facts.unwrap_or_default() {
        let Some(def) = vocab::fact(&key) else {
            return Err(err(
                value.span(),
                Problem::UnknownFact {
                    suggestion: suggest(&key, vocab::FACTS.iter().map(|f| f.name)),
                    key,
                    known: vocab::FACTS.iter().map(|f| f.name).collect(),
                },
            ));
        };
        let parsed = match (&def.kind, value.get_ref()) {
            (FactKind::Bool, toml::Value::Boolean(b)) => Some(FactValue::Bool(*b)),
            (FactKind::Ordered(_), toml::Value::String(s)) => def
                .value_key(s.trim())
                .and_then(|k| fact_choice(def, k))
                .map(|(v, r)| FactValue::Choice(v, r)),
            _ => None,
        };
        let Some(parsed) = parsed else {
            return Err(err(
                value.span(),
                Problem::BadFactValue {
                    value: value.get_ref().to_string(),
                    key,
                    accepted: def.accepted(),
                },
            ));
        };
        facts.insert(def.name, parsed);
    }

    let mut evidence = Vec::new();
    for e in raw.evidence {
        let (line, _) = lines.line_col(e.code.span().start);
        let mut supports = Vec::new();
        let mut flaws = Vec::new();
        for s in &e.supports {
            let name = s.get_ref().as_str();
            match supportable_names().find(|n| *n == name) {
                Some(n) => supports.push(n),
                None => {
                    let (l, c) = lines.line_col(s.span().start);
                    flaws.push(ItemFlaw {
                        kind: FlawKind::UnknownSupports,
                        value: name.to_string(),
                        line: l,
                        column: c,
                        suggestion: suggest(name, supportable_names()),
                    });
                }
            }
        }
        let sha256 = match e.sha256 {
            None => None,
            Some(h) => {
                let v = h.get_ref().trim().to_ascii_lowercase();
                if v.len() != 64 || !v.bytes().all(|b| b.is_ascii_hexdigit()) {
                    let (l, c) = lines.line_col(h.span().start);
                    flaws.push(ItemFlaw {
                        kind: FlawKind::InvalidSha256,
                        value: h.get_ref().clone(),
                        line: l,
                        column: c,
                        suggestion: None,
                    });
                    None
                } else {
                    Some(v)
                }
            }
        };
        evidence.push(EvidenceItem {
            code: e.code.into_inner(),
            title: e.title,
            file: e.file.into_inner(),
            sha256,
            supports,
            line,
            flaws,
            unsound: None,
        });
    }

    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    Ok(Manifest {
        path: path.to_path_buf(),
        dir: if dir.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            dir
        },
        unit,
        recognition,
        recognitions,
        facts,
        evidence,
        sha256: crate::digest::sha256_hex(text.as_bytes()),
    })
}

/// A TOML date (`2024-01-20`) or a string in ISO or Vietnamese (`20/01/2024`) form.
fn toml_date(v: &toml::Value) -> Option<NaiveDate> {
    match v {
        toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
            let d = dt.date?;
            NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
        }
        toml::Value::String(s) => crate::date::parse_date(s),
        _ => None,
    }
}

/// The decision that counts on `as_of`: the latest level ≥ 1 decision taken on or
/// before it (a later one did not exist yet). Of two on the same day, the higher level.
pub(crate) fn latest_recognition(
    history: &[PriorRecognition],
    as_of: NaiveDate,
) -> Option<&PriorRecognition> {
    history
        .iter()
        .filter(|r| r.level >= 1 && r.decided_on <= as_of)
        .max_by_key(|r| (r.decided_on, r.level))
}

impl Manifest {
    /// How many evidence items support any of `inputs`, and their codes.
    pub fn supporting(&self, inputs: &[&str]) -> Vec<&EvidenceItem> {
        self.evidence
            .iter()
            .filter(|e| e.supports.iter().any(|s| inputs.contains(s)))
            .collect()
    }

    pub fn display_path(&self) -> String {
        display_path(&self.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Result<Manifest> {
        parse(text, Path::new("evidence.toml"))
    }

    #[test]
    fn reads_the_spec_example() {
        let m = p(r#"
[unit]
name = "Trường THPT số 2 Tuy Phước"
kind = "truong-hoc"
year = 2024

[recognition]
level = 1
decided_on = 2024-01-20
decision = "15/QĐ-UBND"

[facts]
learning_plan = "implemented"
training_policy = true
collective_title = "bang-khen"

[[evidence]]
code = "H1-1.1-01"
title = "Kế hoạch"
file = "minh-chung/ke-hoach-2024.pdf"
supports = ["learning_plan", "discipline"]
"#)
        .unwrap();
        assert_eq!(m.unit.year, Some(2024));
        assert_eq!(
            m.recognition.unwrap().decided_on,
            NaiveDate::from_ymd_opt(2024, 1, 20).unwrap()
        );
        assert_eq!(
            m.facts["collective_title"],
            FactValue::Choice("bang-khen", 2)
        );
        assert_eq!(m.evidence[0].line, 18);
    }

    #[test]
    fn unknown_keys_and_values_name_their_line() {
        let e = p("[unit]\nname = \"A\"\ncolour = \"red\"\n")
            .unwrap_err()
            .render(crate::lang::Lang::En);
        assert!(e.contains("evidence.toml:3"), "{e}");
        let e = p("[facts]\nlearning_plan = \"done\"\n")
            .unwrap_err()
            .render(crate::lang::Lang::En);
        assert!(
            e.contains("evidence.toml:2:17") && e.contains("accepted: `none` (none), `issued` (issued, not effective), `implemented` (issued and carried out)"),
            "{e}"
        );
        let e = p("[facts]\nlerning_plan = \"none\"\n")
            .unwrap_err()
            .render(crate::lang::Lang::En);
        assert!(e.contains("`learning_plan`?"), "{e}");
        let e = p(
            "[[evidence]]\ncode = \"A\"\ntitle = \"t\"\nfile = \"f\"\nsupports = [\"disciplin\"]\n",
        )
        .unwrap_err()
        .render(crate::lang::Lang::En);
        assert!(e.contains(":5:") && e.contains("`discipline`?"), "{e}");
    }

    #[test]
    fn recognition_history_and_submitted_on() {
        let m = p(r#"
[unit]
year = 2024
submitted_on = "10/01/2025"

[[recognition]]
level = 1
decided_on = 2021-03-01
decision = "12/QĐ-UBND"

[[recognition]]
level = 2
decided_on = "15/09/2024"

[[recognition]]
level = 1
decided_on = 2022-05-05
"#)
        .unwrap();
        assert_eq!(m.unit.submitted_on, NaiveDate::from_ymd_opt(2025, 1, 10));
        assert_eq!(m.recognitions.len(), 3);
        assert_eq!(m.recognitions[0].decision.as_deref(), Some("12/QĐ-UBND"));
        let latest = m.recognition.unwrap();
        assert_eq!(
            (latest.level, latest.decided_on),
            (2, NaiveDate::from_ymd_opt(2024, 9, 15).unwrap())
        );
        // the single table still reads
        let m = p("[recognition]\nlevel = 1\ndecided_on = 2024-01-20\n").unwrap();
        assert_eq!(m.recognitions.len(), 1);
        assert_eq!(m.recognition.unwrap().level, 1);
        let m = p("[unit]\nyear = 2024\n").unwrap();
        assert!(m.recognitions.is_empty() && m.recognition.is_none());
    }

    #[test]
    fn bad_recognition_entries_name_their_line_and_column() {
        let bad = |text: &str| p(text).unwrap_err().render(crate::lang::Lang::En);
        let e = bad("[[recognition]]\nlevel = 1\ndecided_on = 2021-03-01\n\n[[recognition]]\nlevel = 3\ndecided_on = 2024-09-15\n");
        assert!(e.contains("evidence.toml:6:9") && e.contains("`3`"), "{e}");
        let e = bad("[[recognition]]\nlevel = 1\ndecided_on = 2021-03-01\n\n[[recognition]]\nlevel = 1\ndecided_on = \"31/02/2024\"\n");
        assert!(
            e.contains("evidence.toml:7:14") && e.contains("31/02/2024"),
            "{e}"
        );
        let e = bad("[[recognition]]\nlevel = 1\ndecided_on = 2021-03-01\nquyet_dinh = \"x\"\n");
        assert!(
            e.contains("evidence.toml:4") && e.contains("quyet_dinh"),
            "{e}"
        );
        let e = bad("[[recognition]]\nlevel = 1\n");
        assert!(
            e.contains("evidence.toml:") && e.contains("decided_on"),
            "{e}"
        );
        let e = bad("[unit]\nsubmitted_on = \"sớm\"\n");
        assert!(e.contains("evidence.toml:2:16") && e.contains("sớm"), "{e}");
        let e = bad("recognition = 5\n");
        assert!(e.contains("evidence.toml:1"), "{e}");
    }
}
