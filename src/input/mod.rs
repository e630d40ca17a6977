//! Everything between a file's bytes and rows of text cells.
//!
//! - `dialect`: the format (CSV or a workbook), byte-order marks, UTF-16, the
//!   encoding and the CSV delimiter — the one place that decides how bytes become text;
//! - `file`: opening an input file read whole — regular files only, within a byte budget;
//! - `text`: folding typed text into matching keys, NFC;
//! - `legacy`: recognising text typed with the legacy VNI / TCVN3 fonts;
//! - `sheet`: the `Row`/`Cells`/`RowSource` type both readers produce;
//! - `workbook`: `.xlsx`/`.xls`/`.ods` sheets through calamine, behind the `cfb`
//!   and `ods` structural guards.
//!
//! Nothing here knows what a roster column means (that is `roster`).
//!
//! Public: how to read a roster ([`Options`]: `--encoding`, `--sheet`) and what was
//! detected about it ([`Dialect`], [`Format`]).

mod dialect;
pub(crate) mod file;
pub(crate) mod sheet;
pub(crate) mod workbook;

pub(crate) use dialect::*;
pub use dialect::{Dialect, Encoding, Format, Options};
