//! The one way `dvht` opens an input file it reads whole: only regular files
//! (or `-`, standard input).
//!
//! A FIFO given as a file blocked forever in `open`. So the file type is asked
//! before opening (opening a FIFO blocks).

use crate::error::{Error, Location, Result};
use std::path::Path;

fn not_regular(path: &Path, kind: &str) -> Error {
    Error::input(
        Location::file(path),
        format!("không phải tệp thông thường ({kind}); hãy chỉ tới một tệp trên đĩa, hoặc `-` để đọc từ đầu vào chuẩn"),
        format!("not a regular file ({kind}); give a file on disk, or `-` to read standard input"),
    )
}

fn folder(path: &Path) -> Error {
    Error::input(
        Location::file(path),
        "đây là thư mục, không phải tệp; hãy chỉ tới tệp (danh sách .csv/.xlsx/.xls/.ods, hoặc tệp .toml)",
        "this is a folder, not a file; give the file itself (a .csv/.xlsx/.xls/.ods roster, or a .toml file)",
    )
}

/// What a non-regular file is, for messages.
fn kind(ft: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "FIFO";
        }
        if ft.is_char_device() {
            return "character device";
        }
        if ft.is_block_device() {
            return "block device";
        }
        if ft.is_socket() {
            return "socket";
        }
    }
    if ft.is_dir() {
        return "folder";
    }
    "special file"
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
