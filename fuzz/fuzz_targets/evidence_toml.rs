//! Any text as `evidence.toml`: an error or a manifest, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(e) = dvht::manifest::parse(text, Path::new("evidence.toml")) {
            let _ = e.render(dvht::Lang::Vi);
        }
    }
});
