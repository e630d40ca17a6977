//! Any bytes as an .xlsx, .xls or .ods roster (chosen by the first byte; the seed
//! corpus holds real workbooks): an error or a roster, never a panic.
#![no_main]

use dvht::fuzzing::read_sheet;
use dvht::input::{Format, Options};
use dvht::roster;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let format = match first % 3 {
        0 => Format::Xlsx,
        1 => Format::Xls,
        _ => Format::Ods,
    };
    // The sheet reader alone, whatever the magic bytes say...
    let _ = read_sheet(rest, format, Path::new("r.xlsx"), None);
    // ...and the whole path, as `dvht score` runs it.
    let opts = Options::default();
    if let Err(e) = roster::from_bytes(rest, Path::new("r.xlsx"), &["discipline", "emulation_title"], &opts) {
        let _ = e.render(dvht::Lang::En);
    }
});
