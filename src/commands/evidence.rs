//! `dvht evidence hash [FILE]`: record each evidence file's SHA-256 in
//! `evidence.toml`, keeping its comments and layout.
//!
//! An item without `sha256` gets one; an item whose file changed since its digest
//! was recorded is reported and only re-hashed with `--force`. Files are streamed
//! and hashed on all cores; the manifest is rewritten atomically, and only when
//! something changed.
//!
//! ```text
//! $ dvht evidence hash examples/mn-hoa-sen/evidence.toml
//! ```
//! Exit status: 0 every item records its file's digest, 1 some could not be hashed
//! or changed without `--force`, 2 bad input.

use crate::cli::{EvidenceCommand, HashArgs};
use crate::error::Result;
use crate::evidence::hash::{rehash, HashOptions};
use crate::evidence::Progress;
use crate::lang::Lang;
use crate::t;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

pub fn run(cmd: &EvidenceCommand, lang: Lang, quiet: bool) -> Result<i32> {
    match cmd {
        EvidenceCommand::Hash(args) => hash(args, lang, quiet),
    }
}

fn hash(args: &HashArgs, lang: Lang, quiet: bool) -> Result<i32> {
    let path = manifest_path(args.file.as_deref());
    let bar = progress_bar(quiet, lang);
    let opts = HashOptions {
        force: args.force,
        jobs: crate::cli::jobs(args.jobs)?,
        progress: bar.as_ref().map(|b| b as &dyn Progress),
    };
    let report = rehash(&path, &opts)?;
    if !quiet {
        crate::output::emit_text(&crate::report::evidence::render_hash(&report, lang))?;
    }
    Ok(if report.complete() { 0 } else { 1 })
}

/// `FILE`, its `evidence.toml` when it is a folder, or `./evidence.toml`.
pub fn manifest_path(given: Option<&Path>) -> PathBuf {
    match given {
        None => PathBuf::from("evidence.toml"),
        Some(p) if p.is_dir() => p.join("evidence.toml"),
        Some(p) => p.to_path_buf(),
    }
}

/// A byte-counting progress bar on stderr, shown only when stderr is a terminal.
pub struct Bar(indicatif::ProgressBar);

impl Progress for Bar {
    fn start(&self, _files: u64, bytes: u64) {
        self.0.set_length(bytes);
    }
    fn advance(&self, bytes: u64) {
        self.0.inc(bytes);
    }
    fn finish(&self) {
        self.0.finish_and_clear();
    }
}

pub fn progress_bar(quiet: bool, lang: Lang) -> Option<Bar> {
    if quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar =
        indicatif::ProgressBar::with_draw_target(Some(0), indicatif::ProgressDrawTarget::stderr());
    let template = format!(
        "{} {{bar:30}} {{bytes}}/{{total_bytes}} {{bytes_per_sec}} {{eta}}",
        t!(lang, "cmd-evidence-hashing")
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    Some(Bar(bar))
}
