//! Many units at once: finding them under a folder, scoring each one exactly as
//! `dvht score` would (`unit::load` then `score::assess`), and keeping only a small
//! row per unit so memory does not grow with the number of units.
//!
//! A unit is a folder that holds a `roster.csv` (or, failing that, a `roster.xlsx`,
//! `roster.xls` or `roster.ods` workbook, read like `dvht score` reads it). The search goes down through
//! sub-folders at any depth (a province folder may hold district folders that hold
//! units) and stops at a unit: a unit's own sub-folders (`minh-chung/`) are its
//! evidence, never other units. Hidden folders (`.git`) and symbolic links to folders
//! are not followed. Units come out in folder-name order, compared path component by
//! path component, so `huyen-01/b` comes before `huyen-01-moi/a`.
//!
//! `walk` finds the units, `run` scores one, `summary` counts outcomes as rows go
//! by, and `compact` is the small per-unit result the district report renders
//! (`DistrictUnit`).

mod compact;
mod run;
mod summary;
mod walk;

#[cfg(test)]
pub use compact::{compact, UnitResult};
pub use compact::{Cell, DistrictRow, DistrictUnit};
pub use run::{score, BatchOptions, UnitRow};
pub use summary::Summary;
pub use walk::{find_units, roster_in, Found};
