//! Checking a unit's evidence (`dvht check-evidence`, and `dvht batch` through
//! `check`): that every `[[evidence]]` item names a file that is there, inside the
//! manifest's folder, unchanged since its SHA-256 was recorded, and that every
//! criterion of a rubric has evidence. Returns a typed `EvidenceReport`; it prints
//! nothing (renderers: `report::evidence`).
//!
//! ```no_run
//! use dvht::evidence::{check, Options};
//! let rubric = dvht::rubric::load("tt24").unwrap();
//! let report = check("examples/mn-hoa-sen/evidence.toml".as_ref(), Some(&rubric), &Options::default()).unwrap();
//! assert_eq!(report.problems().errors, 0);
//! ```
//!
//! Cheapest checks first (bagit-python's `Bag.validate`): the manifest's items
//! (flaws, duplicate codes), path safety on the text alone, existence, type, size
//! and real-path containment (which catches symlinks), completeness against the
//! rubric and unreferenced files, then hashes, streamed and in parallel. Every
//! problem is collected, typed, with a stable code; none stops the others.

pub(crate) mod hash;
pub(crate) mod path;

pub use path::PathIssue;

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::manifest::{self, FlawKind, Manifest};
use crate::rubric::Rubric;
use crate::t;
use crate::text::nfc;
use path::IssueClass;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// Told how hashing advances (a progress bar, in the command). Must be `Sync`:
/// files are hashed on several threads.
pub trait Progress: Sync {
    fn start(&self, _files: u64, _bytes: u64) {}
    fn advance(&self, _bytes: u64) {}
    fn finish(&self) {}
}

#[derive(Clone, Copy)]
pub struct Options<'a> {
    /// Hash files and compare with recorded digests (the dearest step).
    pub verify_hashes: bool,
    /// Hashing threads; `None`: all cores.
    pub jobs: Option<usize>,
    pub progress: Option<&'a dyn Progress>,
}

impl Default for Options<'_> {
    fn default() -> Self {
        Options {
            verify_hashes: true,
            jobs: None,
            progress: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// A problem: `check-evidence` exits 1.
    Error,
    /// Worth a look, not a failure.
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// What is wrong, with the data to say it. `code()` is the stable name scripts use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// `unknown-supports`: a `supports` name that is neither a fact nor a roster column.
    UnknownSupports {
        name: String,
        suggestion: Option<String>,
    },
    /// `invalid-sha256`: a recorded digest that is not 64 hex digits.
    InvalidSha256 { value: String },
    /// `duplicate-code`: a code already used by an earlier item.
    DuplicateCode { first_line: u64 },
    /// `supports-nothing` (warning): an item that supports no fact or column.
    SupportsNothing,
    /// `absolute-path`, `unsafe-path`, `outside-folder` (by `..`): the written path.
    BadPath(PathIssue),
    /// `outside-folder`: the real path (through a symlink) leaves the folder.
    OutsideFolder { target: String },
    /// `duplicate-file`: the same file as an earlier item.
    DuplicateFile { first_code: String },
    /// `missing-file`; `dangling_link` when a symlink points at nothing.
    MissingFile { dangling_link: bool },
    /// `not-a-file`: a folder or a device, not a regular file.
    NotAFile { folder: bool },
    /// `unreadable-file`: the file is there but cannot be read.
    UnreadableFile { reason: String },
    /// `empty-file` (warning): zero bytes.
    EmptyFile,
    /// `name-normalization` (warning): found only by comparing names in NFC; the
    /// name on disk is written in another Unicode form.
    NameNormalization { on_disk: String },
    /// `normalization-conflict`: two names in one folder differ only by Unicode
    /// normalisation; another OS would see one file, or refuse both.
    NormalizationConflict { other: String },
    /// `hash-mismatch`: the file changed since its SHA-256 was recorded.
    HashMismatch { expected: String, actual: String },
    /// `no-evidence-for-criterion`: an applicable criterion with no sound item.
    NoEvidenceForCriterion {
        criterion: String,
        inputs: Vec<&'static str>,
        /// Items that support it but have problems of their own.
        broken: Vec<String>,
        suggestions: Vec<String>,
    },
    /// `unreferenced-file` (warning): a file in an evidence folder no item names.
    UnreferencedFile,
}

/// One problem: what, and where (item, file, line of `evidence.toml`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub kind: ProblemKind,
    /// Index into `EvidenceReport::items`.
    pub item: Option<usize>,
    /// The file concerned, as written (or, for folder findings, relative to the
    /// manifest's folder).
    pub file: Option<String>,
    pub line: Option<u64>,
    pub column: Option<u64>,
}

impl ProblemKind {
    /// The item's file cannot count as evidence: its path is unsafe, or it is
    /// missing, not a file, unreadable, or changed since it was hashed. (A typo in
    /// `supports` or a duplicate code is a problem of the manifest, not the file.)
    pub fn spoils_file(&self) -> bool {
        matches!(
            self,
            ProblemKind::BadPath(_)
                | ProblemKind::OutsideFolder { .. }
                | ProblemKind::MissingFile { .. }
                | ProblemKind::NotAFile { .. }
                | ProblemKind::UnreadableFile { .. }
                | ProblemKind::HashMismatch { .. }
        )
    }
}

impl Problem {
    pub fn code(&self) -> &'static str {
        match &self.kind {
            ProblemKind::UnknownSupports { .. } => "unknown-supports",
            ProblemKind::InvalidSha256 { .. } => "invalid-sha256",
            ProblemKind::DuplicateCode { .. } => "duplicate-code",
            ProblemKind::SupportsNothing => "supports-nothing",
            ProblemKind::BadPath(issue) => match issue.class() {
                IssueClass::Absolute => "absolute-path",
                IssueClass::Outside => "outside-folder",
                IssueClass::Unsafe => "unsafe-path",
            },
            ProblemKind::OutsideFolder { .. } => "outside-folder",
            ProblemKind::DuplicateFile { .. } => "duplicate-file",
            ProblemKind::MissingFile { .. } => "missing-file",
            ProblemKind::NotAFile { .. } => "not-a-file",
            ProblemKind::UnreadableFile { .. } => "unreadable-file",
            ProblemKind::EmptyFile => "empty-file",
            ProblemKind::NameNormalization { .. } => "name-normalization",
            ProblemKind::NormalizationConflict { .. } => "normalization-conflict",
            ProblemKind::HashMismatch { .. } => "hash-mismatch",
            ProblemKind::NoEvidenceForCriterion { .. } => "no-evidence-for-criterion",
            ProblemKind::UnreferencedFile => "unreferenced-file",
        }
    }

    pub fn severity(&self) -> Severity {
        match self.kind {
            ProblemKind::SupportsNothing
            | ProblemKind::EmptyFile
            | ProblemKind::NameNormalization { .. }
            | ProblemKind::UnreferencedFile => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The problem in words, without its location.
    pub fn message(&self, lang: Lang) -> String {
        let file = self.file.as_deref().unwrap_or("");
        match &self.kind {
            ProblemKind::UnknownSupports {
                name,
                suggestion: Some(s),
            } => t!(
                lang,
                "evidence-unknown-supports-hint",
                name = name,
                suggestion = s
            ),
            ProblemKind::UnknownSupports {
                name,
                suggestion: None,
            } => t!(lang, "evidence-unknown-supports", name = name),
            ProblemKind::InvalidSha256 { value } => {
                t!(lang, "evidence-invalid-sha256", value = value)
            }
            ProblemKind::DuplicateCode { first_line } => t!(
                lang,
                "evidence-duplicate-code",
                first_line = first_line.to_string()
            ),
            ProblemKind::SupportsNothing => t!(lang, "evidence-supports-nothing"),
            ProblemKind::BadPath(issue) => t!(
                lang,
                "evidence-bad-path",
                file = file,
                reason = issue.reason(lang)
            ),
            ProblemKind::OutsideFolder { target } => t!(
                lang,
                "evidence-outside-folder",
                file = file,
                target = target
            ),
            ProblemKind::DuplicateFile { first_code } => t!(
                lang,
                "evidence-duplicate-file",
                file = file,
                first_code = first_code
            ),
            ProblemKind::MissingFile {
                dangling_link: true,
            } => t!(lang, "evidence-dangling-link", file = file),
            ProblemKind::MissingFile {
                dangling_link: false,
            } => t!(lang, "evidence-missing-file", file = file),
            ProblemKind::NotAFile { folder: true } => t!(lang, "evidence-is-folder", file = file),
            ProblemKind::NotAFile { folder: false } => {
                t!(lang, "evidence-not-regular", file = file)
            }
            ProblemKind::UnreadableFile { reason } => t!(
                lang,
                "evidence-unreadable-file",
                file = file,
                reason = reason
            ),
            ProblemKind::EmptyFile => t!(lang, "evidence-empty-file", file = file),
            ProblemKind::NameNormalization { on_disk } => t!(
                lang,
                "evidence-name-normalization",
                file = file,
                on_disk = on_disk
            ),
            ProblemKind::NormalizationConflict { other } => t!(
                lang,
                "evidence-normalization-conflict",
                file = file,
                other = other
            ),
            ProblemKind::HashMismatch { expected, actual } => t!(
                lang,
                "evidence-hash-mismatch",
                file = file,
                actual = actual,
                expected = expected
            ),
            ProblemKind::NoEvidenceForCriterion {
                criterion,
                inputs,
                broken,
                suggestions,
            } => {
                let mut text = t!(
                    lang,
                    "evidence-no-evidence-for-criterion",
                    criterion = criterion,
                    inputs = inputs.join(", ")
                );
                if !broken.is_empty() {
                    text.push_str(&t!(
                        lang,
                        "evidence-no-evidence-broken",
                        items = broken.join(", ")
                    ));
                }
                if !suggestions.is_empty() {
                    text.push_str(&t!(
                        lang,
                        "evidence-no-evidence-suggested",
                        suggestions = suggestions.join("; ")
                    ));
                }
                text
            }
            ProblemKind::UnreferencedFile => t!(lang, "evidence-unreferenced-file", file = file),
        }
    }
}

/// What a SHA-256 comparison found for one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HashStatus {
    Match,
    Mismatch,
    /// No `sha256` recorded: nothing to compare.
    NotRecorded,
    /// Not hashed: hashing was off, or the file had an earlier problem.
    NotChecked,
}

impl HashStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            HashStatus::Match => "match",
            HashStatus::Mismatch => "mismatch",
            HashStatus::NotRecorded => "not-recorded",
            HashStatus::NotChecked => "not-checked",
        }
    }
}

#[derive(Debug, Clone)]
pub struct ItemReport {
    pub code: String,
    pub title: String,
    /// As written in `evidence.toml`.
    pub file: String,
    pub line: u64,
    pub supports: Vec<&'static str>,
    /// Bytes, when the file was found.
    pub size: Option<u64>,
    /// The recorded digest.
    pub sha256: Option<String>,
    /// The digest computed now, when hashed.
    pub actual_sha256: Option<String>,
    pub hash: HashStatus,
}

#[derive(Debug, Clone)]
pub struct CriterionReport {
    pub id: String,
    pub title: String,
    pub title_en: String,
    /// False when the rubric exempts the unit's kind (TT 24 2.4 for economic bodies).
    pub applicable: bool,
    /// The facts and roster columns the criterion reads.
    pub inputs: Vec<&'static str>,
    /// Items (indices) whose `supports` names one of the inputs.
    pub evidence: Vec<usize>,
    /// Of those, the items whose file is sound (`ProblemKind::spoils_file`).
    pub sound: Vec<usize>,
    pub suggestions: Vec<String>,
}

impl CriterionReport {
    /// Has at least one sound item, or does not apply.
    pub fn covered(&self) -> bool {
        !self.applicable || !self.sound.is_empty()
    }
}

#[derive(Debug, Clone)]
pub struct RubricRef {
    pub id: String,
    pub title: String,
    pub title_en: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ProblemCounts {
    pub errors: usize,
    pub warnings: usize,
}

#[derive(Debug, Clone)]
pub struct EvidenceReport {
    pub manifest: PathBuf,
    pub manifest_sha256: String,
    pub unit_name: Option<String>,
    pub unit_year: Option<i32>,
    pub rubric: Option<RubricRef>,
    /// Whether recorded digests were compared (`--no-hashes` turns it off).
    pub hashes_verified: bool,
    pub items: Vec<ItemReport>,
    /// Empty without a rubric.
    pub criteria: Vec<CriterionReport>,
    /// Files in the evidence folders that no item names, relative to the folder.
    pub unreferenced: Vec<String>,
    /// Every problem, in the order the checks ran (cheapest first).
    pub findings: Vec<Problem>,
    /// `findings` indexes by item, built on first use: a scan of every finding
    /// per item was quadratic on a long manifest.
    by_item: std::sync::OnceLock<Vec<Vec<usize>>>,
}

impl EvidenceReport {
    pub fn problems(&self) -> ProblemCounts {
        let mut c = ProblemCounts::default();
        for p in &self.findings {
            match p.severity() {
                Severity::Error => c.errors += 1,
                Severity::Warning => c.warnings += 1,
            }
        }
        c
    }

    /// No error (warnings allowed): `check-evidence` exits 0.
    pub fn is_clean(&self) -> bool {
        self.problems().errors == 0
    }

    /// The findings about one item.
    pub fn item_findings(&self, item: usize) -> impl Iterator<Item = &Problem> {
        let index = self.by_item.get_or_init(|| {
            let mut v = vec![Vec::new(); self.items.len()];
            for (k, p) in self.findings.iter().enumerate() {
                if let Some(slot) = p.item.and_then(|i| v.get_mut(i)) {
                    slot.push(k);
                }
            }
            v
        });
        index
            .get(item)
            .into_iter()
            .flatten()
            .map(|&k| &self.findings[k])
    }

    pub fn item_code(&self, p: &Problem) -> Option<&str> {
        p.item
            .and_then(|i| self.items.get(i))
            .map(|i| i.code.as_str())
    }
}

/// Checks the manifest at `manifest_path` (and, with a rubric, its completeness).
/// An unreadable or invalid manifest is an `Err` (exit 2); everything else is a
/// finding in the report.
pub fn check(
    manifest_path: &Path,
    rubric: Option<&Rubric>,
    opts: &Options,
) -> Result<EvidenceReport> {
    let mut ins = inspect(manifest_path)?;
    let mut stages = std::mem::take(&mut ins.findings);

    // Stage 5 runs before completeness is judged, so a tampered file does not count
    // as evidence; its findings are still listed last.
    let mut hash_findings = Vec::new();
    if opts.verify_hashes {
        let todo: Vec<(usize, PathBuf, u64)> = ins
            .located
            .iter()
            .enumerate()
            .filter_map(|(i, loc)| {
                let loc = loc.as_ref()?;
                ins.items[i].sha256.as_ref()?;
                Some((i, loc.real.clone(), loc.size))
            })
            .collect();
        let files: Vec<(PathBuf, u64)> = todo.iter().map(|(_, p, s)| (p.clone(), *s)).collect();
        let results = hash::hash_files(&ins.root, &files, opts.jobs, opts.progress);
        for ((i, _, _), result) in todo.iter().zip(results) {
            let item = &mut ins.items[*i];
            match result {
                Ok(actual) => {
                    let expected = item.sha256.clone().unwrap_or_default();
                    item.hash = if actual == expected {
                        HashStatus::Match
                    } else {
                        hash_findings.push(Problem {
                            kind: ProblemKind::HashMismatch {
                                expected,
                                actual: actual.clone(),
                            },
                            item: Some(*i),
                            file: Some(item.file.clone()),
                            line: Some(item.line),
                            column: None,
                        });
                        HashStatus::Mismatch
                    };
                    item.actual_sha256 = Some(actual);
                }
                Err(e) => hash_findings.push(Problem {
                    kind: ProblemKind::UnreadableFile {
                        reason: e.to_string(),
                    },
                    item: Some(*i),
                    file: Some(item.file.clone()),
                    line: Some(item.line),
                    column: None,
                }),
            }
        }
    }

    // Stage 4: completeness against the rubric, then the folder's unreferenced files.
    // An item whose file is unsafe, missing or changed proves nothing.
    // One pass over the findings: a scan per item was quadratic (40 000 items, 33 s).
    let mut broken = vec![false; ins.items.len()];
    for p in stages.iter().chain(&hash_findings) {
        if let Some(i) = p.item.filter(|_| p.kind.spoils_file()) {
            if let Some(b) = broken.get_mut(i) {
                *b = true;
            }
        }
    }
    let mut criteria = Vec::new();
    if let Some(rubric) = rubric {
        for c in &rubric.criteria {
            let inputs = c.inputs();
            let evidence: Vec<usize> = ins
                .items
                .iter()
                .enumerate()
                .filter(|(_, it)| it.supports.iter().any(|s| inputs.contains(s)))
                .map(|(i, _)| i)
                .collect();
            let sound: Vec<usize> = evidence.iter().copied().filter(|i| !broken[*i]).collect();
            let report = CriterionReport {
                id: c.id.clone(),
                title: c.title.clone(),
                title_en: c.title_en.clone(),
                applicable: c.applies_to(ins.manifest.unit.kind.as_deref()),
                inputs: inputs.clone(),
                evidence,
                sound,
                suggestions: c.evidence_suggestions.clone(),
            };
            if !report.covered() {
                stages.push(Problem {
                    kind: ProblemKind::NoEvidenceForCriterion {
                        criterion: c.id.clone(),
                        inputs,
                        broken: report
                            .evidence
                            .iter()
                            .map(|i| ins.items[*i].code.clone())
                            .collect(),
                        suggestions: c.evidence_suggestions.clone(),
                    },
                    item: None,
                    file: None,
                    line: None,
                    column: None,
                });
            }
            criteria.push(report);
        }
    }
    let referenced: std::collections::HashSet<String> = ins
        .manifest
        .evidence
        .iter()
        .filter(|e| path::check(&e.file).is_none())
        .map(|e| path::key(&e.file))
        .collect();
    let unreferenced: Vec<String> = ins
        .disk
        .files
        .iter()
        .filter(|f| f.in_subfolder && !referenced.contains(&f.key))
        .map(|f| f.rel.clone())
        .collect();
    for f in &unreferenced {
        stages.push(Problem {
            kind: ProblemKind::UnreferencedFile,
            item: None,
            file: Some(f.clone()),
            line: None,
            column: None,
        });
    }
    stages.extend(hash_findings);

    Ok(EvidenceReport {
        manifest: manifest_path.to_path_buf(),
        manifest_sha256: ins.manifest.sha256.clone(),
        unit_name: ins.manifest.unit.name.clone(),
        unit_year: ins.manifest.unit.year,
        rubric: rubric.map(|r| RubricRef {
            id: r.id.clone(),
            title: r.title.clone(),
            title_en: r.title_en.clone(),
        }),
        hashes_verified: opts.verify_hashes,
        items: ins.items,
        criteria,
        unreferenced,
        findings: stages,
        by_item: Default::default(),
    })
}

/// Where an item's file really is, once it is known safe, inside and a regular file.
#[derive(Debug, Clone)]
pub(crate) struct Located {
    pub real: PathBuf,
    pub size: u64,
}

/// The cheap stages (1–3), shared by `check` and `evidence hash`.
pub(crate) struct Inspection {
    pub manifest: Manifest,
    /// The manifest's folder, canonical: every located file is inside it.
    pub root: PathBuf,
    pub items: Vec<ItemReport>,
    pub located: Vec<Option<Located>>,
    pub findings: Vec<Problem>,
    pub disk: DiskIndex,
}

pub(crate) fn inspect(manifest_path: &Path) -> Result<Inspection> {
    let manifest = manifest::read_lenient(manifest_path)?;
    let dir = &manifest.dir;
    let canon_dir = std::fs::canonicalize(dir).map_err(|source| Error::Read {
        path: dir.clone(),
        source,
    })?;
    let mut findings = Vec::new();
    let mut items: Vec<ItemReport> = manifest
        .evidence
        .iter()
        .map(|e| ItemReport {
            code: e.code.clone(),
            title: e.title.clone(),
            file: e.file.clone(),
            line: e.line,
            supports: e.supports.clone(),
            size: None,
            sha256: e.sha256.clone(),
            actual_sha256: None,
            hash: if e.sha256.is_some() {
                HashStatus::NotChecked
            } else {
                HashStatus::NotRecorded
            },
        })
        .collect();
    let at = |i: usize, kind: ProblemKind| Problem {
        kind,
        item: Some(i),
        file: Some(manifest.evidence[i].file.clone()),
        line: Some(manifest.evidence[i].line),
        column: None,
    };

    // Stage 1: the items themselves.
    let mut codes: HashMap<String, u64> = HashMap::new();
    for (i, e) in manifest.evidence.iter().enumerate() {
        for f in &e.flaws {
            let kind = match f.kind {
                FlawKind::UnknownSupports => ProblemKind::UnknownSupports {
                    name: f.value.clone(),
                    suggestion: f.suggestion.clone(),
                },
                FlawKind::InvalidSha256 => ProblemKind::InvalidSha256 {
                    value: f.value.clone(),
                },
            };
            findings.push(Problem {
                line: Some(f.line),
                column: Some(f.column),
                ..at(i, kind)
            });
        }
        let key = nfc(e.code.trim());
        if let Some(first_line) = codes.get(&key) {
            findings.push(at(
                i,
                ProblemKind::DuplicateCode {
                    first_line: *first_line,
                },
            ));
        } else {
            codes.insert(key, e.line);
        }
        if e.supports.is_empty() && !e.flaws.iter().any(|f| f.kind == FlawKind::UnknownSupports) {
            findings.push(at(i, ProblemKind::SupportsNothing));
        }
    }

    // Stage 2: path safety on the text, and the same path named twice.
    let mut safe = vec![false; manifest.evidence.len()];
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for (i, e) in manifest.evidence.iter().enumerate() {
        if let Some(issue) = path::check(&e.file) {
            findings.push(at(i, ProblemKind::BadPath(issue)));
            continue;
        }
        safe[i] = true;
        let key = path::key(&e.file);
        if let Some(first) = by_key.get(&key) {
            findings.push(at(
                i,
                ProblemKind::DuplicateFile {
                    first_code: manifest.evidence[*first].code.clone(),
                },
            ));
        } else {
            by_key.insert(key, i);
        }
    }

    // Stage 3: existence, containment of the real path, type and size.
    let disk = DiskIndex::walk(dir);
    let mut located: Vec<Option<Located>> = vec![None; manifest.evidence.len()];
    let mut by_real: HashMap<PathBuf, usize> = HashMap::new();
    for (i, e) in manifest.evidence.iter().enumerate() {
        if !safe[i] {
            continue;
        }
        let mut candidate = dir.join(&e.file);
        match std::fs::symlink_metadata(&candidate) {
            Ok(_) => {}
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                // The name may be on disk in another Unicode form (NFD from a Mac).
                match disk.lookup(&path::key(&e.file)) {
                    Some(f) => {
                        findings.push(at(
                            i,
                            ProblemKind::NameNormalization {
                                on_disk: f.rel.clone(),
                            },
                        ));
                        candidate = dir.join(&f.rel_os);
                    }
                    None => {
                        findings.push(at(
                            i,
                            ProblemKind::MissingFile {
                                dangling_link: false,
                            },
                        ));
                        continue;
                    }
                }
            }
            Err(err) => {
                findings.push(at(
                    i,
                    ProblemKind::UnreadableFile {
                        reason: err.to_string(),
                    },
                ));
                continue;
            }
        }
        let real = match std::fs::canonicalize(&candidate) {
            Ok(r) => r,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                findings.push(at(
                    i,
                    ProblemKind::MissingFile {
                        dangling_link: true,
                    },
                ));
                continue;
            }
            Err(err) => {
                findings.push(at(
                    i,
                    ProblemKind::UnreadableFile {
                        reason: err.to_string(),
                    },
                ));
                continue;
            }
        };
        if !real.starts_with(&canon_dir) {
            findings.push(at(
                i,
                ProblemKind::OutsideFolder {
                    target: real.display().to_string(),
                },
            ));
            continue;
        }
        let meta = match std::fs::metadata(&real) {
            Ok(m) => m,
            Err(err) => {
                findings.push(at(
                    i,
                    ProblemKind::UnreadableFile {
                        reason: err.to_string(),
                    },
                ));
                continue;
            }
        };
        if !meta.is_file() {
            findings.push(at(
                i,
                ProblemKind::NotAFile {
                    folder: meta.is_dir(),
                },
            ));
            continue;
        }
        if let Some(first) = by_real.get(&real) {
            // Same real file under two different names (a link, or NFC/NFD).
            if path::key(&manifest.evidence[*first].file) != path::key(&e.file) {
                findings.push(at(
                    i,
                    ProblemKind::DuplicateFile {
                        first_code: manifest.evidence[*first].code.clone(),
                    },
                ));
            }
        } else {
            by_real.insert(real.clone(), i);
        }
        let size = meta.len();
        if size == 0 {
            findings.push(at(i, ProblemKind::EmptyFile));
        }
        items[i].size = Some(size);
        located[i] = Some(Located { real, size });
    }
    for (a, b) in disk.conflicts() {
        findings.push(Problem {
            kind: ProblemKind::NormalizationConflict { other: b.clone() },
            item: None,
            file: Some(a.clone()),
            line: None,
            column: None,
        });
    }

    Ok(Inspection {
        manifest,
        root: canon_dir,
        items,
        located,
        findings,
        disk,
    })
}

/// One file found under the manifest's folder.
#[derive(Debug, Clone)]
pub(crate) struct DiskFile {
    /// Relative to the folder, `/`-separated, as named on disk (lossy if not UTF-8).
    pub rel: String,
    pub rel_os: PathBuf,
    /// `rel` in NFC: what names are compared by.
    pub key: String,
    /// Inside a subfolder (an evidence folder such as `minh-chung/`), not beside
    /// `evidence.toml`, whose neighbours are the unit's own data files.
    pub in_subfolder: bool,
}

/// The files under the manifest's folder. Symlinked folders are not entered;
/// hidden names (`.git`, `.DS_Store`) and `Thumbs.db`, `desktop.ini` are skipped.
#[derive(Debug, Default)]
pub(crate) struct DiskIndex {
    pub files: Vec<DiskFile>,
    /// Every entry (files and folders) by NFC key, for conflicts.
    names: BTreeMap<String, Vec<String>>,
}

impl DiskIndex {
    fn walk(dir: &Path) -> DiskIndex {
        let mut index = DiskIndex::default();
        index.visit(dir, "", &PathBuf::new());
        index.files.sort_by(|a, b| a.rel.cmp(&b.rel));
        index
    }

    fn visit(&mut self, dir: &Path, prefix: &str, prefix_os: &Path) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name_os = entry.file_name();
            let name = name_os.to_string_lossy().into_owned();
            if name.starts_with('.') || name == "Thumbs.db" || name == "desktop.ini" {
                continue;
            }
            let rel = if prefix.is_empty() {
                name.clone()
            } else {
                format!("{prefix}/{name}")
            };
            let rel_os = prefix_os.join(&name_os);
            self.names.entry(nfc(&rel)).or_default().push(rel.clone());
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                self.visit(&entry.path(), &rel, &rel_os);
            } else {
                self.files.push(DiskFile {
                    key: nfc(&rel),
                    in_subfolder: !prefix.is_empty(),
                    rel,
                    rel_os,
                });
            }
        }
    }

    /// The one file whose NFC name is `key`.
    fn lookup(&self, key: &str) -> Option<&DiskFile> {
        let mut found = self.files.iter().filter(|f| f.key == key);
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }

    /// Pairs of names that differ only by Unicode normalisation.
    fn conflicts(&self) -> Vec<(String, String)> {
        self.names
            .values()
            .filter(|v| v.len() > 1)
            .map(|v| {
                let mut v = v.clone();
                v.sort();
                (v[0].clone(), v[1].clone())
            })
            .collect()
    }
}
