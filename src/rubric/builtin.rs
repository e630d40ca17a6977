//! The rubrics built into the binary, by id and alias.

/// Built-in rubrics: (id, short alias, TOML text).
pub static BUILTINS: &[(&str, &str, &str)] = &[
    (
        "hanoi-2021",
        "hanoi",
        include_str!("../../rubrics/hanoi-2021.toml"),
    ),
    (
        "tt24-2023",
        "tt24",
        include_str!("../../rubrics/tt24-2023.toml"),
    ),
];

/// The id and TOML text of a built-in rubric, by id or alias.
pub fn builtin_text(name: &str) -> Option<(&'static str, &'static str)> {
    BUILTINS
        .iter()
        .find(|(id, alias, _)| {
            id.eq_ignore_ascii_case(name.trim()) || alias.eq_ignore_ascii_case(name.trim())
        })
        .map(|(id, _, text)| (*id, *text))
}

/// The path messages give for a built-in rubric: its source file in the repository.
pub fn builtin_path(id: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(format!("rubrics/{id}.toml"))
}
