//! Finding the units under a folder, in folder-name order.

use crate::error::{Error, Result};
use crate::unit::{ROSTER, ROSTERS};
use std::path::{Path, PathBuf};

/// A folder found under the batch folder: a unit, or a folder that could not be listed.
#[derive(Debug)]
pub struct Found {
    /// The folder, as a path to open (the batch folder joined with `folder`).
    pub dir: PathBuf,
    /// The folder relative to the batch folder, with `/` between components (`.` for
    /// the batch folder itself).
    pub folder: String,
    /// Set when the folder could not be listed: reported as a unit that cannot be read.
    pub error: Option<Error>,
    /// The unit's roster file (`roster.csv`, or a `roster.xlsx`/`.xls`/`.ods`).
    pub roster: PathBuf,
}

/// Every unit under `root`, in folder-name order, found as the caller goes (see
/// `Walk`). `root` itself is a unit when it holds a `roster.csv`. An unreadable
/// `root` is an error; an unreadable folder below it comes out with its error so the
/// run can report it and go on.
pub fn find_units(root: &Path) -> Result<Walk> {
    let mut walk = Walk {
        root: root.to_path_buf(),
        stack: Vec::new(),
        root_unit: false,
        skipped: Default::default(),
    };
    if roster_in(root).is_some() {
        walk.root_unit = true;
    } else {
        walk.stack = subfolders(root)?.into_iter().rev().collect();
    }
    Ok(walk)
}

/// The units under a folder, depth first over sorted sub-folders, which is
/// folder-name order. It holds only the sorted names of the folders on the current
/// path, so memory does not grow with the number of units in a tree of districts.
#[derive(Debug)]
pub struct Walk {
    root: PathBuf,
    /// Folders still to visit, relative to `root`, the next one last.
    stack: Vec<PathBuf>,
    root_unit: bool,
    /// Folders with no roster and no sub-folder: not units, noted for the user.
    skipped: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Walk {
    /// The folders skipped so far because they hold no roster and no sub-folder
    /// (shared: read it after the walk is consumed).
    pub fn skipped(&self) -> std::sync::Arc<std::sync::Mutex<Vec<String>>> {
        self.skipped.clone()
    }
}

impl Iterator for Walk {
    type Item = Found;

    fn next(&mut self) -> Option<Found> {
        if std::mem::take(&mut self.root_unit) {
            return Some(Found {
                roster: roster_in(&self.root).unwrap_or_else(|| self.root.join(ROSTER)),
                dir: self.root.clone(),
                folder: ".".to_string(),
                error: None,
            });
        }
        while let Some(rel) = self.stack.pop() {
            let dir = self.root.join(&rel);
            if let Some(roster) = roster_in(&dir) {
                return Some(Found {
                    dir,
                    folder: slash_path(&rel),
                    error: None,
                    roster,
                });
            }
            match subfolders(&dir) {
                Ok(subs) if subs.is_empty() => self
                    .skipped
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(slash_path(&rel)),
                Ok(subs) => self
                    .stack
                    .extend(subs.into_iter().rev().map(|s| rel.join(s))),
                Err(error) => {
                    return Some(Found {
                        roster: dir.join(ROSTER),
                        dir,
                        folder: slash_path(&rel),
                        error: Some(error),
                    })
                }
            }
        }
        None
    }
}

/// A folder is a unit when it holds anything by a roster's name: a file, a link
/// (even a dangling one), a folder, a FIFO. Whatever it is, the unit is listed and
/// an unreadable roster becomes its error row: a unit is never silently dropped.
/// One `lstat` per name tried (one for a `roster.csv` unit), so a unit's folder
/// is never listed.
pub fn roster_in(dir: &Path) -> Option<PathBuf> {
    ROSTERS
        .iter()
        .map(|name| dir.join(name))
        .find(|p| std::fs::symlink_metadata(p).is_ok())
}

/// The names of a folder's sub-folders, sorted: not hidden, not links, and not a
/// folder named `roster.csv`.
fn subfolders(dir: &Path) -> Result<Vec<PathBuf>> {
    let read_err = |source| Error::Read {
        path: dir.to_path_buf(),
        source,
    };
    let mut subdirs = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(read_err)? {
        let entry = entry.map_err(read_err)?;
        let name = entry.file_name();
        // `file_type` comes with the listing and does not follow links.
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if is_dir && !name.to_string_lossy().starts_with('.') {
            subdirs.push(PathBuf::from(name));
        }
    }
    subdirs.sort();
    Ok(subdirs)
}

/// `a/b` on every OS.
fn slash_path(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(p: &Path) {
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, "name\n").unwrap();
    }

    #[test]
    fn finds_units_at_any_depth_in_folder_order() {
        let t = tempfile::tempdir().unwrap();
        let r = t.path();
        for f in [
            "b/roster.csv",
            "a-moi/roster.csv",
            "a/x/roster.csv",
            "a/x/minh-chung/roster.csv", // inside a unit: not a unit
            "a/y/notes.txt",
            ".git/roster.csv",
            "c/d/e/roster.csv",
        ] {
            touch(&r.join(f));
        }
        let folders: Vec<String> = find_units(r).unwrap().map(|f| f.folder).collect();
        assert_eq!(folders, ["a/x", "a-moi", "b", "c/d/e"]);
    }

    #[test]
    fn the_folder_itself_can_be_a_unit() {
        let t = tempfile::tempdir().unwrap();
        touch(&t.path().join("roster.csv"));
        touch(&t.path().join("sub/roster.csv"));
        let found: Vec<Found> = find_units(t.path()).unwrap().collect();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].folder, ".");
    }

    #[test]
    fn a_missing_folder_is_an_error() {
        let e = find_units(Path::new("/no/such/folder")).unwrap_err();
        assert_eq!(e.exit_code(), 2);
    }
}
