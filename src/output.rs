//! The one way `dvht` writes: `emit` to standard output, `write_file` to a file.
//!
//! Files are written whole: the bytes go to a temporary file in the target's folder,
//! are synced, and only then take the target's name, so a reader never sees half a
//! file and a failed run leaves the old file as it was. Commands and the evidence
//! hasher both write through here.

use crate::error::{Error, Result};
use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

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
pub fn write_file(path: &Path, bytes: &[u8], mode: Mode) -> Result<()> {
    let target = match mode {
        Mode::Update => std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()),
        Mode::Replace | Mode::CreateNew => path.to_path_buf(),
    };
    let werr = |source: std::io::Error| Error::Write {
        path: target.clone(),
        source,
    };
    let tmp = temp_name(&target);
    let written = (|| -> std::io::Result<()> {
        let mut f = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        f.write_all(bytes)?;
        if mode == Mode::Update {
            if let Ok(meta) = std::fs::metadata(&target) {
                f.set_permissions(meta.permissions())?;
            }
        }
        f.sync_all()
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(werr(e));
    }
    match mode {
        Mode::Replace | Mode::Update => {
            let renamed = std::fs::rename(&tmp, &target);
            if renamed.is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
            renamed.map_err(werr)
        }
        Mode::CreateNew => {
            // A hard link fails if the name exists, so it never replaces a file.
            let linked = std::fs::hard_link(&tmp, &target);
            let _ = std::fs::remove_file(&tmp);
            match linked {
                Ok(()) => Ok(()),
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

/// The temporary file beside `target`: hidden, and named after it and this process.
fn temp_name(target: &Path) -> PathBuf {
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "dvht".into());
    dir.join(format!(".{name}.dvht-{}.tmp", std::process::id()))
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
