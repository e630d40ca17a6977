//! The one terminal-table style of every text report (score, compare, batch,
//! check-evidence, rubric list): box-drawing lines, condensed rows.

use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};

/// A table that comfy-table wraps to the terminal. When output is not a terminal (a
/// pipe, a file, a script), it is laid out `fallback` columns wide, so what a script
/// saves does not depend on the window it ran in.
pub fn wrapped(fallback: u16) -> Table {
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if table.width().is_none() {
        table.set_width(fallback);
    }
    table
}

/// A table whose cells the caller has already wrapped to its own widths:
/// comfy-table must not wrap them again.
pub fn prewrapped() -> Table {
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled);
    table
}

/// The terminal's width, when output goes to one.
pub fn terminal_width() -> Option<u16> {
    Table::new().width()
}
