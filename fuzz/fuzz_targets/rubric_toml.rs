//! Any text as a rubric TOML: an error or a checked rubric, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(e) = dvht::rubric::parse(text, Path::new("rubric.toml")) {
            let _ = e.render(dvht::Lang::En);
        }
    }
});
