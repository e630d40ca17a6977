//! Any bytes as a CSV roster, in every encoding: an error or a roster, never a panic.
#![no_main]

use dvht::input::{Encoding, Options};
use dvht::roster;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

/// Every column a rubric can read, so every cell kind is parsed.
const ALL: &[&str] = &[
    "self_study_plan", "discipline", "mandatory_training", "digital_training", "language_cert",
    "emulation_title", "learning_citizen", "law_abiding", "lifelong_commitment",
    "family_learning", "healthy_lifestyle", "language_and_it", "critical_thinking",
    "gender_equality", "cultural_diversity", "knowledge_sharing",
];

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let encoding = match first % 4 {
        0 => Encoding::Auto,
        1 => Encoding::Windows1258,
        2 => Encoding::Utf16le,
        _ => Encoding::Utf16be,
    };
    let needed = &ALL[..usize::from(first / 4) % (ALL.len() + 1)];
    let opts = Options { encoding, sheet: None };
    if let Err(e) = roster::from_bytes(rest, Path::new("r.csv"), needed, &opts) {
        let _ = e.render(dvht::Lang::Vi);
    }
});
