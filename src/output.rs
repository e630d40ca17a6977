//! The one way `dvht` writes: `emit` to standard output, `write_file` to a file,
//! `Output` for a `-o FILE` the user named.
//!
//! Files are written whole: the bytes go to a temporary file in the target's folder
//! (a random name, created exclusively, so a leftover from a killed run never blocks
//! or is touched), are synced, and only then take the target's name, so a reader
//! never sees half a file and a failed or interrupted run leaves the old file as it
//! was. Temporary files are removed on any error and on SIGINT/SIGTERM. A character
//! device or FIFO named by `-o` is written into, never replaced. Commands and the
//! evidence hasher all write through here.
//!
//! `printable` is the one guard between input values and a terminal: every text
//! meant for people passes through it on the way out.

use crate::error::{display_path, Error, Problem, Result};
use std::borrow::Cow;
use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Writes to standard output; a closed pipe (`dvht … | head`) ends quietly.
pub fn emit<B: AsRef<[u8]> + ?Sized>(out: &B) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(out.as_ref()).and_then(|_| stdout.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Error::BrokenPipe),
        Err(e) => Err(Error::Write {
            path: "<stdout>".into(),
            source: e,
        }),
    }
}

/// Text for people, made safe for a terminal: control characters (C0 but line
/// breaks and tabs, DEL, C1) and bidirectional overrides are shown as `\u{1b}`, so
/// a value from an input file can neither drive the terminal (clear the screen, set
/// the title) nor reorder what is shown. JSON is not passed through here: its
/// encoder escapes control characters and keeps the exact string.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn unsafe_char(c: char) -> bool {
    match c {
        '\n' | '\t' => false,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => true,
        // Bidi embeddings, overrides and isolates, the Arabic letter mark, and the
        // line/paragraph separators some terminals treat as breaks.
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{061c}' => true,
        '\u{2028}' | '\u{2029}' => true,
        _ => false,
    }
}

/// Human text to standard output, through `printable`.
pub fn emit_text(text: &str) -> Result<()> {
    emit(printable(text).as_ref())
}

// ------------------------------------------------------------------ formats by name

/// What a file extension asks for (`-o FILE` without `--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Table,
    Json,
    Csv,
    Html,
    Xlsx,
    Md,
}

impl Kind {
    pub fn extension(self) -> &'static str {
        match self {
            Kind::Table => ".txt",
            Kind::Json => ".json",
            Kind::Csv => ".csv",
            Kind::Html => ".html",
            Kind::Xlsx => ".xlsx",
            Kind::Md => ".md",
        }
    }

    /// The kind an extension names, case-insensitively; `None` for any other name.
    pub fn of_path(path: &Path) -> Option<Kind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Kind::Table,
            "json" => Kind::Json,
            "csv" => Kind::Csv,
            "html" | "htm" => Kind::Html,
            "xlsx" => Kind::Xlsx,
            "md" | "markdown" => Kind::Md,
            _ => return None,
        })
    }
}

/// The format a command writes: `--format` when given, else the `-o` file's
/// extension, else `default`. `can` maps the kinds this command writes onto its
/// format values; `name` is how a format value is spelled on the command line.
/// An extension that contradicts `--format`, or names a kind this command does not
/// write, is a usage error (exit 2) before anything is written. A name with no
/// known extension (`/dev/stdout`, `bao-cao`) takes `--format` or the default.
pub fn choose_format<F: Copy + PartialEq>(
    output: Option<&Path>,
    given: Option<F>,
    default: F,
    can: &[(Kind, F)],
    name: fn(F) -> &'static str,
) -> Result<F> {
    let Some(path) = output else {
        return Ok(given.unwrap_or(default));
    };
    let Some(kind) = Kind::of_path(path) else {
        return Ok(given.unwrap_or(default));
    };
    let shown = display_path(path);
    let Some(&(_, by_ext)) = can.iter().find(|(k, _)| *k == kind) else {
        let list = can
            .iter()
            .map(|(k, f)| format!("{} ({})", k.extension(), name(*f)))
            .collect::<Vec<_>>()
            .join(", ");
        return Err(Error::usage(Problem::OutputKindUnsupported {
            output: shown,
            ext: kind.extension().to_string(),
            list,
        }));
    };
    match given {
        Some(f) if f != by_ext => Err(Error::usage(Problem::OutputFormatMismatch {
            output: shown,
            ext: kind.extension().to_string(),
            format: name(f).to_string(),
        })),
        _ => Ok(by_ext),
    }
}

// ------------------------------------------------------------------ -o FILE

/// The identity of a file on disk: device and inode on unix (so hard links and
/// symlinks compare equal), the canonical path elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
struct FileId(#[cfg(unix)] (u64, u64), #[cfg(not(unix))] PathBuf);

fn file_id(path: &Path) -> Option<(FileId, std::fs::Metadata)> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((FileId((meta.dev(), meta.ino())), meta))
    }
    #[cfg(not(unix))]
    {
        Some((FileId(std::fs::canonicalize(path).ok()?), meta))
    }
}

/// A `-o FILE` target, checked before any work is done.
#[derive(Debug)]
pub struct Output {
    path: PathBuf,
    /// What is at the path now (following links), if anything.
    existing: Option<FileId>,
    /// A character device or FIFO: written into, never replaced.
    special: bool,
}

impl Output {
    /// Checks that `path` can be written: its folder exists, it is not a folder,
    /// and it is a regular file, a character device or a FIFO if it exists.
    pub fn new(path: &Path) -> Result<Output> {
        let shown = display_path(path);
        let folder = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if !folder.is_dir() {
            return Err(Error::usage(Problem::OutputNoFolder {
                output: shown,
                folder: folder.display().to_string(),
            }));
        }
        let Some((id, meta)) = file_id(path) else {
            return Ok(Output {
                path: path.to_path_buf(),
                existing: None,
                special: false,
            });
        };
        let ft = meta.file_type();
        let special = is_char_device_or_fifo(&ft);
        if ft.is_dir() {
            return Err(Error::usage(Problem::OutputIsFolder { output: shown }));
        }
        if !ft.is_file() && !special {
            return Err(Error::usage(Problem::OutputNotWritable { output: shown }));
        }
        Ok(Output {
            path: path.to_path_buf(),
            existing: Some(id),
            special,
        })
    }

    /// Refuses a target that is `input` (the same file by device and inode, also
    /// through symlinks and hard links): writing it would destroy an input of
    /// this run. `what` is the catalog key that names the input (the roster,
    /// evidence.toml…).
    pub fn guard(&self, input: &Path, what: &'static str) -> Result<()> {
        let Some(existing) = &self.existing else {
            return Ok(());
        };
        if input == Path::new("-") {
            return Ok(());
        }
        match file_id(input) {
            Some((id, _)) if &id == existing => {
                let (o, i) = (display_path(&self.path), display_path(input));
                Err(Error::usage(Problem::OutputIsInput {
                    output: o,
                    what,
                    input: i,
                }))
            }
            _ => Ok(()),
        }
    }

    /// Writes `bytes` as the whole output: atomically to a file, or straight into
    /// a character device or FIFO.
    pub fn write(&self, bytes: &[u8]) -> Result<()> {
        if self.special {
            write_into(&self.path, bytes)
        } else {
            write_file(&self.path, bytes, Mode::Replace)
        }
    }
}

#[cfg(unix)]
fn is_char_device_or_fifo(ft: &std::fs::FileType) -> bool {
    use std::os::unix::fs::FileTypeExt;
    ft.is_char_device() || ft.is_fifo()
}

#[cfg(not(unix))]
fn is_char_device_or_fifo(_: &std::fs::FileType) -> bool {
    false
}

/// Writes into a device or FIFO without truncating or replacing it. A FIFO is
/// opened non-blocking first: with no reader the open fails at once (ENXIO)
/// instead of hanging, and that is an error saying so.
#[cfg(unix)]
fn write_into(path: &Path, bytes: &[u8]) -> Result<()> {
    use rustix::fs::OFlags;
    use std::os::unix::fs::OpenOptionsExt;
    let werr = |source: std::io::Error| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let opened = OpenOptions::new()
        .write(true)
        .custom_flags((OFlags::NONBLOCK | OFlags::NOCTTY).bits() as i32)
        .open(path);
    let mut f = match opened {
        Ok(f) => f,
        Err(e) if e.raw_os_error() == Some(rustix::io::Errno::NXIO.raw_os_error()) => {
            let shown = display_path(path);
            return Err(Error::usage(Problem::OutputFifoNoReader { output: shown }));
        }
        Err(e) => return Err(werr(e)),
    };
    // Blocking again for the write itself: a slow reader is waited for.
    rustix::fs::fcntl_setfl(&f, OFlags::empty()).map_err(|e| werr(e.into()))?;
    match f.write_all(bytes).and_then(|_| f.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Error::BrokenPipe),
        Err(e) => Err(werr(e)),
    }
}

#[cfg(not(unix))]
fn write_into(path: &Path, bytes: &[u8]) -> Result<()> {
    let werr = |source: std::io::Error| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let mut f = OpenOptions::new().write(true).open(path).map_err(werr)?;
    f.write_all(bytes).map_err(werr)
}

// ------------------------------------------------------------------ atomic files

/// What `write_file` may do to a file already at the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Replace it (a report the user asked for with `-o`).
    Replace,
    /// Update it in place: a symlink is written through to its target and the
    /// file's permissions are kept (an `evidence.toml` the user keeps).
    Update,
    /// Never replace it: an existing name is an error and nothing is written
    /// (`dvht init`).
    CreateNew,
}

/// Writes `bytes` as the whole of `path` (see the module comment), as `mode` says.
/// A character device or FIFO at the path is written into, never renamed over;
/// any other non-regular file (a folder, a socket) is refused.
pub fn write_file(path: &Path, bytes: &[u8], mode: Mode) -> Result<()> {
    let target = match mode {
        Mode::Update => std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()),
        Mode::Replace | Mode::CreateNew => path.to_path_buf(),
    };
    let werr = |source: std::io::Error| Error::Write {
        path: target.clone(),
        source,
    };
    if mode != Mode::CreateNew {
        if let Ok(meta) = std::fs::metadata(&target) {
            let ft = meta.file_type();
            if is_char_device_or_fifo(&ft) {
                return write_into(&target, bytes);
            }
            if !ft.is_file() {
                return Err(werr(std::io::Error::other(
                    "not a regular file; refusing to replace it",
                )));
            }
        }
    }
    let mut temp = TempFile::create(&target).map_err(werr)?;
    let written = (|| -> std::io::Result<()> {
        let f = &mut temp.file;
        f.write_all(bytes)?;
        if mode == Mode::Update {
            if let Ok(meta) = std::fs::metadata(&target) {
                f.set_permissions(meta.permissions())?;
            }
        }
        f.sync_all()
    })();
    written.map_err(werr)?;
    match mode {
        Mode::Replace | Mode::Update => {
            temp.rename_to(&target).map_err(werr)?;
            sync_folder(&target);
            Ok(())
        }
        Mode::CreateNew => {
            // A hard link fails if the name exists, so it never replaces a file.
            let linked = std::fs::hard_link(&temp.path, &target);
            drop(temp);
            match linked {
                Ok(()) => {
                    sync_folder(&target);
                    Ok(())
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(werr(e)),
                // Where hard links are not supported, `create_new` refuses an
                // existing name too.
                Err(_) => {
                    let mut f = OpenOptions::new()
                        .write(true)
                        .create_new(true)
                        .open(&target)
                        .map_err(werr)?;
                    f.write_all(bytes).map_err(werr)
                }
            }
        }
    }
}

/// After a rename, the folder entry itself is made durable (unix; best effort).
fn sync_folder(target: &Path) {
    #[cfg(unix)]
    if let Some(dir) = target.parent() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = target;
}

/// Temporary files being written: removed by the SIGINT/SIGTERM handler.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn pending() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(|e| e.into_inner())
}

/// On SIGINT or SIGTERM (Ctrl-C, `kill`), removes the temporary files being
/// written and exits with 130. Installed once, the first time a file is written.
fn install_signal_cleanup() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // If another handler is already set (a host program), keep it.
        let _ = ctrlc::set_handler(|| {
            remove_pending();
            std::process::exit(130);
        });
    });
}

/// Removes every temporary file still being written (the signal handler's work).
fn remove_pending() {
    remove_pending_where(|_| true);
}

fn remove_pending_where(which: impl Fn(&Path) -> bool) {
    pending().retain(|p| {
        if which(p) {
            let _ = std::fs::remove_file(p);
            false
        } else {
            true
        }
    });
}

/// A random 64-bit value from the standard library's per-process random keys, the
/// clock and a counter: enough that a temporary name is never guessed or reused.
fn random_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    h.write_u32(std::process::id());
    if let Ok(d) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        h.write_u128(d.as_nanos());
    }
    h.finish()
}

/// A temporary file beside the target, registered for removal until renamed.
struct TempFile {
    path: PathBuf,
    /// The handle created with the name: written through, never reopened by name.
    file: std::fs::File,
    done: bool,
}

impl TempFile {
    /// Creates `.NAME.<random>.dvht-tmp` in the target's folder with `create_new`
    /// (O_EXCL): a name already taken, by a leftover or another run, is skipped.
    fn create(target: &Path) -> std::io::Result<TempFile> {
        install_signal_cleanup();
        let dir = target
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name: String = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "dvht".into())
            .chars()
            .take(80)
            .collect();
        let mut last = None;
        for _ in 0..32 {
            let path = dir.join(format!(".{name}.{:016x}.dvht-tmp", random_u64()));
            // Registered before it exists, so a signal between the two still
            // removes it.
            pending().push(path.clone());
            match OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(file) => {
                    return Ok(TempFile {
                        path,
                        file,
                        done: false,
                    })
                }
                Err(e) => {
                    pending().retain(|p| p != &path);
                    if e.kind() != std::io::ErrorKind::AlreadyExists {
                        return Err(e);
                    }
                    last = Some(e);
                }
            }
        }
        Err(last.unwrap_or_else(|| std::io::Error::other("no free temporary name")))
    }

    fn rename_to(mut self, target: &Path) -> std::io::Result<()> {
        std::fs::rename(&self.path, target)?;
        self.done = true;
        Ok(())
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_file(&self.path);
        }
        let path = &self.path;
        pending().retain(|p| p != path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn printable_escapes_controls_and_bidi_but_keeps_text() {
        assert_eq!(printable("Trường Hoa Sen\n\tx"), "Trường Hoa Sen\n\tx");
        assert_eq!(
            printable("a\u{1b}]0;t\u{7}b\u{9b}c\u{202e}d\r"),
            "a\\u{1b}]0;t\\u{7}b\\u{9b}c\\u{202e}d\\u{d}"
        );
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum F {
        Html,
        Md,
    }

    fn name(f: F) -> &'static str {
        match f {
            F::Html => "html",
            F::Md => "md",
        }
    }

    #[test]
    fn formats_follow_the_extension_and_refuse_contradictions() {
        let can = [(Kind::Html, F::Html), (Kind::Md, F::Md)];
        let p = |s: &str| Some(Path::new(s).to_path_buf());
        let pick = |o: Option<PathBuf>, g| choose_format(o.as_deref(), g, F::Html, &can, name);
        assert_eq!(pick(None, None).unwrap(), F::Html);
        assert_eq!(pick(None, Some(F::Md)).unwrap(), F::Md);
        assert_eq!(pick(p("a.MD"), None).unwrap(), F::Md);
        assert_eq!(pick(p("a.htm"), None).unwrap(), F::Html);
        assert_eq!(pick(p("a.md"), Some(F::Md)).unwrap(), F::Md);
        assert_eq!(pick(p("/dev/stdout"), Some(F::Md)).unwrap(), F::Md);
        assert_eq!(pick(p("bao-cao.v2"), None).unwrap(), F::Html);
        assert!(pick(p("a.md"), Some(F::Html)).is_err());
        assert!(pick(p("a.xlsx"), None).is_err());
        assert!(pick(p("a.json"), Some(F::Html)).is_err());
    }

    #[test]
    fn a_pending_temp_file_is_removed_by_the_signal_cleanup() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("bao-cao.html");
        let temp = TempFile::create(&target).unwrap();
        assert!(temp.path.exists());
        assert!(pending().contains(&temp.path));
        // Only this test's folder: other tests write in parallel.
        remove_pending_where(|p| p.starts_with(dir.path()));
        assert!(!temp.path.exists());
        drop(temp);
        assert!(names(dir.path()).is_empty());
    }

    #[test]
    fn temp_names_are_random_and_never_reuse_a_leftover() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("x.html");
        let a = TempFile::create(&target).unwrap();
        let b = TempFile::create(&target).unwrap();
        assert_ne!(a.path, b.path);
        std::fs::write(dir.path().join(".x.html.dvht-1.tmp"), "old").unwrap();
        write_file(&target, b"new", Mode::Replace).unwrap();
        drop((a, b));
        assert_eq!(names(dir.path()), [".x.html.dvht-1.tmp", "x.html"]);
    }

    #[test]
    fn replace_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("evidence.toml");
        std::fs::write(&p, "old").unwrap();
        write_file(&p, b"new", Mode::Replace).unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
        assert_eq!(names(dir.path()), ["evidence.toml"]);
    }

    #[test]
    fn create_new_refuses_an_existing_file_and_keeps_it() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("roster.csv");
        write_file(&p, b"first", Mode::CreateNew).unwrap();
        let e = write_file(&p, b"second", Mode::CreateNew).unwrap_err();
        assert!(matches!(e, Error::Write { .. }), "{e:?}");
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "first");
        assert_eq!(names(dir.path()), ["roster.csv"]);
    }

    #[cfg(unix)]
    #[test]
    fn update_writes_through_a_symlink_and_keeps_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.toml");
        let link = dir.path().join("evidence.toml");
        std::fs::write(&real, "old").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_file(&link, b"new", Mode::Update).unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        let mode = std::fs::metadata(&real).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
        assert_eq!(names(dir.path()), ["evidence.toml", "real.toml"]);
    }

    #[test]
    fn a_missing_folder_is_a_write_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("no-such-dir").join("out.html");
        let e = write_file(&p, b"x", Mode::Replace).unwrap_err();
        match e {
            Error::Write { path, .. } => assert_eq!(path, p),
            other => panic!("{other:?}"),
        }
    }
}
