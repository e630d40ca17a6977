//! The one way `dvht` opens an input file it reads whole: a byte budget, and
//! only regular files (or `-`, standard input).
//!
//! `dvht score /dev/zero` used to grow without bound, and a FIFO given as a file
//! blocked forever in `open`. So the file type is asked before opening (opening
//! a FIFO blocks), the open itself does not block (a FIFO swapped in after the
//! check), the opened handle is asked again, and at most `cap + 1` bytes are read
//! whatever the file claims its size is.

use crate::error::{Error, Location, Problem, Result};
use std::io::Read;
use std::path::Path;

/// A roster (`.csv`, `.xlsx`, `.xls`, `.ods`), read whole.
pub const MAX_ROSTER_BYTES: u64 = 64 << 20;
/// A TOML file read whole: `evidence.toml`, a rubric, a unit's self-assessment.
pub const MAX_TOML_BYTES: u64 = 16 << 20;

fn too_big(path: &Path, cap: u64) -> Error {
    Error::input(
        Location::file(path),
        Problem::FileTooLarge {
            limit: crate::text::size_label(cap),
        },
    )
}

fn not_regular(path: &Path, kind: &str) -> Error {
    Error::input(
        Location::file(path),
        Problem::NotRegular {
            kind: kind.to_string(),
        },
    )
}

fn folder(path: &Path) -> Error {
    Error::input(Location::file(path), Problem::IsFolder)
}

/// What a non-regular file is, as the catalog's selector (`err-not-regular`).
fn kind(ft: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "fifo";
        }
        if ft.is_char_device() {
            return "char-device";
        }
        if ft.is_block_device() {
            return "block-device";
        }
        if ft.is_socket() {
            return "socket";
        }
    }
    if ft.is_dir() {
        return "folder";
    }
    "other"
}

/// Checks that `path` names a regular file (links followed) without opening it.
/// `-` passes. The error says what it is instead.
pub fn check_regular(path: &Path) -> Result<()> {
    if path == Path::new("-") {
        return Ok(());
    }
    let meta = std::fs::metadata(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let ft = meta.file_type();
    if ft.is_dir() {
        return Err(folder(path));
    }
    if !ft.is_file() {
        return Err(not_regular(path, kind(ft)));
    }
    Ok(())
}

/// Reads a whole regular file, or standard input for `-`, refusing more than `cap`
/// bytes (exit 2, naming the limit) and anything that is not a regular file.
pub fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>> {
    let read_err = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let mut buf = Vec::new();
    if path == Path::new("-") {
        std::io::stdin()
            .lock()
            .take(cap.saturating_add(1))
            .read_to_end(&mut buf)
            .map_err(read_err)?;
    } else {
        check_regular(path)?;
        let mut options = std::fs::OpenOptions::new();
        options.read(true);
        #[cfg(unix)]
        {
            // A FIFO put in place after the check must not block the open.
            use std::os::unix::fs::OpenOptionsExt;
            options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
        }
        let file = options.open(path).map_err(read_err)?;
        let meta = file.metadata().map_err(read_err)?;
        if !meta.is_file() {
            return Err(not_regular(path, kind(meta.file_type())));
        }
        if meta.len() > cap {
            return Err(too_big(path, cap));
        }
        buf.reserve(meta.len() as usize);
        file.take(cap.saturating_add(1))
            .read_to_end(&mut buf)
            .map_err(read_err)?;
    }
    if buf.len() as u64 > cap {
        return Err(too_big(path, cap));
    }
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_and_file_types() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.csv");
        std::fs::write(&p, b"0123456789").unwrap();
        assert_eq!(read_capped(&p, 10).unwrap(), b"0123456789");
        let e = read_capped(&p, 9).unwrap_err().to_string();
        assert!(e.contains("9 bytes limit"), "{e}");
        let e = read_capped(dir.path(), 9).unwrap_err().to_string();
        assert!(e.contains("folder"), "{e}");
        #[cfg(unix)]
        {
            let e = read_capped(Path::new("/dev/zero"), 1 << 20)
                .unwrap_err()
                .to_string();
            assert!(e.contains("character device"), "{e}");
        }
        assert_eq!(crate::text::size_label(64 << 20), "64 MiB");
        assert_eq!(crate::text::size_label(2048), "2 KiB");
    }
}
