//! Hashing evidence files (streamed, in parallel on all cores) and recording their
//! SHA-256 in `evidence.toml` (`dvht evidence hash`), keeping the file's comments
//! and layout (`toml_edit`) and replacing it atomically (temp file + rename).

use super::{inspect, Problem, Progress, Severity};
use crate::error::{Error, Location, Result};
use crate::manifest::FlawKind;
use crate::output::{write_file, Mode};
use rayon::prelude::*;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Counts bytes into the progress bar as they are read.
struct Counting<'a, R> {
    inner: R,
    progress: Option<&'a dyn Progress>,
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(p) = self.progress {
            p.advance(n as u64);
        }
        Ok(n)
    }
}

fn hash_one(root: &Path, path: &Path, progress: Option<&dyn Progress>) -> std::io::Result<String> {
    let file = open_inside(root, path)?;
    crate::digest::sha256_reader(Counting {
        inner: file,
        progress,
    })
}

/// Opens `real` (a canonical path found inside `root`, the canonical unit folder)
/// without following any link, so what is hashed is the file that was checked:
/// on unix each component is opened from the one before with `O_NOFOLLOW`, and a
/// folder swapped for a link (to `/etc`, say) between the check and the read makes
/// the open fail instead of reading outside the unit folder. The handle must be a
/// regular file; it is opened non-blocking, so a FIFO swapped in does not hang.
pub(crate) fn open_inside(root: &Path, real: &Path) -> std::io::Result<std::fs::File> {
    use std::io::{Error, ErrorKind};
    let rel = real.strip_prefix(root).map_err(|_| {
        Error::new(
            ErrorKind::PermissionDenied,
            "the file is outside the unit folder",
        )
    })?;
    #[cfg(unix)]
    let file = {
        use rustix::fs::{openat, Mode, OFlags, CWD};
        use std::path::Component;
        let moved = |e: rustix::io::Errno| -> Error {
            if e == rustix::io::Errno::LOOP || e == rustix::io::Errno::NOTDIR {
                Error::new(
                    ErrorKind::PermissionDenied,
                    "a folder or file on the way became a link after it was checked; refusing to follow it out of the unit folder",
                )
            } else {
                e.into()
            }
        };
        let mut fd = openat(
            CWD,
            root,
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        )?;
        let parts: Vec<&std::ffi::OsStr> = rel
            .components()
            .map(|c| match c {
                Component::Normal(n) => Ok(n),
                _ => Err(Error::new(ErrorKind::InvalidInput, "not a plain path")),
            })
            .collect::<std::io::Result<_>>()?;
        for (i, part) in parts.iter().enumerate() {
            let last = i + 1 == parts.len();
            let kind = if last {
                OFlags::NONBLOCK | OFlags::NOCTTY
            } else {
                OFlags::DIRECTORY
            };
            fd = openat(
                &fd,
                *part,
                OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC | kind,
                Mode::empty(),
            )
            .map_err(moved)?;
        }
        std::fs::File::from(fd)
    };
    #[cfg(not(unix))]
    let file = {
        let _ = rel;
        std::fs::File::open(real)?
    };
    if !file.metadata()?.is_file() {
        return Err(Error::new(ErrorKind::InvalidInput, "not a regular file"));
    }
    Ok(file)
}

/// SHA-256 of each file (path, size in bytes), in order, each opened inside
/// `root` (the canonical unit folder; see `open_inside`). Files are read in
/// chunks, never whole, on `jobs` threads (default: all cores).
pub fn hash_files(
    root: &Path,
    files: &[(PathBuf, u64)],
    jobs: Option<usize>,
    progress: Option<&dyn Progress>,
) -> Vec<std::io::Result<String>> {
    if files.is_empty() {
        return Vec::new();
    }
    if let Some(p) = progress {
        p.start(files.len() as u64, files.iter().map(|(_, s)| *s).sum());
    }
    let run = || {
        files
            .par_iter()
            .with_max_len(1)
            .map(|(path, _)| hash_one(root, path, progress))
            .collect::<Vec<_>>()
    };
    let pool = jobs.and_then(|n| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build()
            .ok()
    });
    let out = match pool {
        Some(pool) => pool.install(run),
        None => run(),
    };
    if let Some(p) = progress {
        p.finish();
    }
    out
}

#[derive(Clone, Copy)]
pub struct HashOptions<'a> {
    /// Re-hash items whose file no longer matches the recorded digest.
    pub force: bool,
    pub jobs: Option<usize>,
    pub progress: Option<&'a dyn Progress>,
}

/// What `evidence hash` did with one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HashAction {
    /// No digest was recorded; one is now.
    Added,
    /// The recorded digest matches the file.
    Unchanged,
    /// The file changed (or the recorded value was malformed) and `--force`
    /// recorded the new digest.
    Updated,
    /// The file changed since its digest was recorded; kept as is (use `--force`).
    Changed,
    /// The file could not be hashed (missing, unsafe path, outside the folder…).
    Skipped,
}

#[derive(Debug, Clone)]
pub struct HashedItem {
    pub code: String,
    pub file: String,
    pub action: HashAction,
    /// The value recorded before (as written).
    pub old: Option<String>,
    /// The digest of the file now.
    pub new: Option<String>,
}

#[derive(Debug, Clone)]
pub struct HashReport {
    pub manifest: PathBuf,
    pub items: Vec<HashedItem>,
    /// Why skipped items could not be hashed (path and file problems).
    pub findings: Vec<Problem>,
    /// Whether `evidence.toml` was rewritten.
    pub written: bool,
}

impl HashReport {
    /// Every item now carries the digest of its file.
    pub fn complete(&self) -> bool {
        self.items
            .iter()
            .all(|i| !matches!(i.action, HashAction::Changed | HashAction::Skipped))
    }
}

/// Fills in or refreshes each item's `sha256` in the manifest at `manifest_path`.
pub fn rehash(manifest_path: &Path, opts: &HashOptions) -> Result<HashReport> {
    let ins = inspect(manifest_path)?;
    let files: Vec<(PathBuf, u64)> = ins
        .located
        .iter()
        .flatten()
        .map(|l| (l.real.clone(), l.size))
        .collect();
    let mut digests = hash_files(&ins.root, &files, opts.jobs, opts.progress).into_iter();
    let mut findings: Vec<Problem> = ins
        .findings
        .into_iter()
        .filter(|p| {
            p.severity() == Severity::Error
                && !matches!(
                    p.kind,
                    super::ProblemKind::UnknownSupports { .. }
                        | super::ProblemKind::DuplicateCode { .. }
                        | super::ProblemKind::DuplicateFile { .. }
                        | super::ProblemKind::InvalidSha256 { .. }
                        | super::ProblemKind::NormalizationConflict { .. }
                )
        })
        .collect();
    let mut items = Vec::new();
    let mut edits: Vec<(usize, String)> = Vec::new();
    for (i, e) in ins.manifest.evidence.iter().enumerate() {
        let malformed = e
            .flaws
            .iter()
            .find(|f| f.kind == FlawKind::InvalidSha256)
            .map(|f| f.value.clone());
        let old = e.sha256.clone().or(malformed);
        let mut item = HashedItem {
            code: e.code.clone(),
            file: e.file.clone(),
            action: HashAction::Skipped,
            old: old.clone(),
            new: None,
        };
        if ins.located[i].is_some() {
            match digests.next() {
                Some(Ok(new)) => {
                    item.action = match (&e.sha256, &old) {
                        (Some(rec), _) if *rec == new => HashAction::Unchanged,
                        (_, None) => HashAction::Added,
                        _ if opts.force => HashAction::Updated,
                        _ => HashAction::Changed,
                    };
                    if matches!(item.action, HashAction::Added | HashAction::Updated) {
                        edits.push((i, new.clone()));
                    }
                    item.new = Some(new);
                }
                Some(Err(err)) => findings.push(Problem {
                    kind: super::ProblemKind::UnreadableFile {
                        reason: err.to_string(),
                    },
                    item: Some(i),
                    file: Some(e.file.clone()),
                    line: Some(e.line),
                    column: None,
                }),
                None => {}
            }
        }
        items.push(item);
    }

    let mut written = false;
    if !edits.is_empty() {
        crate::input::file::check_regular(manifest_path)?;
        let raw = crate::input::read_bytes(manifest_path)?;
        // The layout is kept byte for byte: a UTF-8 BOM is set aside and put back.
        let (bom, body) = match raw.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => (true, rest),
            None => (false, raw.as_slice()),
        };
        let text = std::str::from_utf8(body).map_err(|e| Error::Read {
            path: manifest_path.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::InvalidData, e),
        })?;
        let new_text = set_digests(text, &edits).map_err(|msg| {
            Error::input(
                Location::file(manifest_path),
                crate::error::Problem::DigestsNotRecorded { detail: msg },
            )
        })?;
        if new_text != text {
            let mut bytes = Vec::with_capacity(new_text.len() + 3);
            if bom {
                bytes.extend_from_slice(b"\xEF\xBB\xBF");
            }
            bytes.extend_from_slice(new_text.as_bytes());
            write_file(manifest_path, &bytes, Mode::Update)?;
            written = true;
        }
    }
    Ok(HashReport {
        manifest: manifest_path.to_path_buf(),
        items,
        findings,
        written,
    })
}

/// Sets `sha256` in the `index`-th `[[evidence]]` item for each edit, keeping every
/// comment and the layout; a new key goes right after the item's `file`.
pub fn set_digests(text: &str, edits: &[(usize, String)]) -> std::result::Result<String, String> {
    use toml_edit::{DocumentMut, Item, Value};
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| e.message().to_string())?;
    let evidence = doc
        .get_mut("evidence")
        .ok_or_else(|| "no `evidence` list".to_string())?;
    for (index, digest) in edits {
        match evidence {
            Item::ArrayOfTables(tables) => {
                let t = tables
                    .get_mut(*index)
                    .ok_or_else(|| format!("no evidence item {index}"))?;
                if let Some(v) = t.get_mut("sha256").and_then(Item::as_value_mut) {
                    replace_keeping_decor(v, digest);
                } else {
                    let order = key_order(t.iter().map(|(k, _)| k.to_string()).collect());
                    t.insert("sha256", toml_edit::value(digest.as_str()));
                    t.sort_values_by(|a, _, b, _| order(a.get()).cmp(&order(b.get())));
                }
            }
            Item::Value(Value::Array(list)) => {
                let Some(Value::InlineTable(t)) = list.get_mut(*index) else {
                    return Err(format!("evidence item {index} is not a table"));
                };
                if let Some(v) = t.get_mut("sha256") {
                    replace_keeping_decor(v, digest);
                } else {
                    let order = key_order(t.iter().map(|(k, _)| k.to_string()).collect());
                    t.insert("sha256", Value::from(digest.as_str()));
                    t.sort_values_by(|a, _, b, _| order(a.get()).cmp(&order(b.get())));
                }
            }
            _ => return Err("`evidence` is not a list of tables".to_string()),
        }
    }
    let out = doc.to_string();
    // Keep a CRLF file CRLF: new lines from toml_edit are LF.
    if text.contains("\r\n") {
        Ok(out.replace("\r\n", "\n").replace('\n', "\r\n"))
    } else {
        Ok(out)
    }
}

fn replace_keeping_decor(v: &mut toml_edit::Value, digest: &str) {
    let decor = v.decor().clone();
    *v = toml_edit::Value::from(digest);
    *v.decor_mut() = decor;
}

/// A sort key that keeps the existing keys in place and puts `sha256` after `file`.
fn key_order(keys: Vec<String>) -> impl Fn(&str) -> usize {
    move |k: &str| {
        if k == "sha256" {
            keys.iter()
                .position(|o| o == "file")
                .map_or(usize::MAX, |p| p * 2 + 1)
        } else {
            keys.iter()
                .position(|o| o == k)
                .map_or(usize::MAX, |p| p * 2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMENTED: &str = r#"# Hồ sơ năm 2024 — ghi chú đầu tệp
[unit]
name = "Trường A"   # tên đầy đủ

# Minh chứng thứ nhất
[[evidence]]
code = "MC-01"      # mã của đơn vị
title = "Kế hoạch"
file = "minh-chung/a.txt"   # bản quét
# các dữ kiện
supports = ["learning_plan"]

[[evidence]]
code = "MC-02"
title = "Quy chế"
file = "minh-chung/b.txt"
sha256 = "0000000000000000000000000000000000000000000000000000000000000000" # cũ
supports = ["training_policy"]
"#;

    #[test]
    fn digests_go_after_file_and_comments_stay() {
        let a = "a".repeat(64);
        let b = "b".repeat(64);
        let out = set_digests(COMMENTED, &[(0, a.clone()), (1, b.clone())]).unwrap();
        for line in COMMENTED.lines().filter(|l| !l.starts_with("sha256")) {
            assert!(out.contains(line), "lost {line:?} in\n{out}");
        }
        assert!(
            out.contains(&format!(
            "file = \"minh-chung/a.txt\"   # bản quét\nsha256 = \"{a}\"\n# các dữ kiện\nsupports"
        )),
            "{out}"
        );
        assert!(out.contains(&format!("sha256 = \"{b}\" # cũ\n")), "{out}");
        // Parses back to the same items.
        let m = crate::manifest::parse(&out, Path::new("evidence.toml")).unwrap();
        assert_eq!(m.evidence[0].sha256.as_deref(), Some(a.as_str()));
        assert_eq!(m.evidence[1].sha256.as_deref(), Some(b.as_str()));
    }

    #[test]
    fn inline_tables_and_crlf() {
        let text = "evidence = [\r\n  { code = \"A\", title = \"t\", file = \"f.txt\", supports = [] },\r\n]\r\n";
        let d = "c".repeat(64);
        let out = set_digests(text, &[(0, d.clone())]).unwrap();
        assert!(
            out.contains(&format!("file = \"f.txt\", sha256 = \"{d}\", supports")),
            "{out}"
        );
        assert!(!out.replace("\r\n", "").contains('\n'), "{out:?}");
    }

    /// The race from issue 12: the path is checked, then a folder on it (or the
    /// file itself) becomes a link out of the unit folder before it is read.
    #[cfg(unix)]
    #[test]
    fn a_path_swapped_for_a_link_after_the_check_is_not_followed() {
        use std::os::unix::fs::symlink;
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("a.txt"), "bí mật").unwrap();
        let unit = tempfile::tempdir().unwrap();
        let mc = unit.path().join("minh-chung");
        std::fs::create_dir(&mc).unwrap();
        std::fs::write(mc.join("a.txt"), "của trường").unwrap();
        let manifest = unit.path().join("evidence.toml");
        std::fs::write(
            &manifest,
            "[unit]\nname = \"A\"\n\n[[evidence]]\ncode = \"MC-01\"\ntitle = \"t\"\nfile = \"minh-chung/a.txt\"\nsupports = [\"learning_plan\"]\n",
        )
        .unwrap();
        let ins = inspect(&manifest).unwrap();
        let loc = ins.located[0].clone().expect("checked and inside");
        let files = [(loc.real.clone(), loc.size)];
        let ours = hash_files(&ins.root, &files, Some(1), None);
        assert_eq!(
            ours[0].as_ref().unwrap(),
            &crate::digest::sha256_hex("của trường".as_bytes())
        );

        // An intermediate folder becomes a link to a folder outside.
        std::fs::rename(&mc, unit.path().join("cu")).unwrap();
        symlink(outside.path(), &mc).unwrap();
        let got = hash_files(&ins.root, &files, Some(1), None);
        assert!(got[0].is_err(), "followed the link: {got:?}");

        // The file itself becomes a link to a file outside.
        std::fs::remove_file(&mc).unwrap();
        std::fs::create_dir(&mc).unwrap();
        symlink(outside.path().join("a.txt"), mc.join("a.txt")).unwrap();
        let got = hash_files(&ins.root, &files, Some(1), None);
        assert!(got[0].is_err(), "followed the link: {got:?}");
    }
}
