//! The one error type of `dvht`: every variant carries what a person needs to fix
//! the input (file, line, column, the value, what was expected) and renders itself
//! in Vietnamese or English. `exit_code` maps it onto SPEC.md's exit status.

use crate::lang::Lang;
use crate::{key, t};
use std::fmt;
use std::path::{Path, PathBuf};

mod limit;
mod problem;
mod toml_syntax;
mod wording;

pub use limit::Limit;
pub use problem::{Problem, TomlProblem, Unscorable, Worded};

/// Named in `Problem`s: a legacy font text seems typed in, a workbook limit passed.
pub use crate::text::legacy::Legacy;

/// Where in an input a problem is: `roster.csv:14:6`, `rubric.toml:3:1`, or a
/// workbook cell `roster.xlsx!Sheet1!D14` (when `sheet` is set, `line` is the row
/// and `column` the spreadsheet column, shown as letters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub path: String,
    pub line: Option<u64>,
    pub column: Option<u64>,
    /// Boxed to keep `Error` small.
    pub sheet: Option<Box<str>>,
}

impl Location {
    pub(crate) fn file(path: &Path) -> Location {
        Location {
            path: display_path(path),
            line: None,
            column: None,
            sheet: None,
        }
    }
    pub(crate) fn at(path: &Path, line: u64, column: Option<u64>) -> Location {
        Location {
            path: display_path(path),
            line: Some(line),
            column,
            sheet: None,
        }
    }
    /// A workbook cell (1-based row and column) or, without a column, a whole row.
    pub(crate) fn cell(path: &Path, sheet: &str, row: u64, column: Option<u64>) -> Location {
        Location {
            path: display_path(path),
            line: Some(row),
            column,
            sheet: Some(sheet.into()),
        }
    }
}

/// A 1-based column number as spreadsheet letters: 1 → `A`, 27 → `AA`.
pub(crate) fn column_letters(mut n: u64) -> String {
    let mut out = Vec::new();
    while n > 0 {
        let d = (n - 1) % 26;
        out.push(b'A' + d as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// A sheet name as Excel writes it in a reference: quoted unless plain.
fn sheet_ref(name: &str) -> String {
    if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
        name.to_string()
    } else {
        format!("'{}'", name.replace('\'', "''"))
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some(sheet) = &self.sheet {
            write!(f, "!{}", sheet_ref(sheet))?;
            return match (self.line, self.column) {
                (Some(row), Some(col)) => write!(f, "!{}{row}", column_letters(col)),
                (Some(row), None) => write!(f, "!{row}:{row}"),
                _ => Ok(()),
            };
        }
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        Ok(())
    }
}

/// `-` is standard input; other paths are shown as given.
pub(crate) fn display_path(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}
/// Everything that can stop a command. Each kind has its exit status
/// (`exit_code`) and is worded in one place (`render`).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A command-line value that makes no sense (bad date, unknown format...).
    #[error("{}", .0.render(Lang::En))]
    Usage(Box<Problem>),

    #[error("cannot read `{}`: {source}", display_path(path))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("cannot write `{}`: {source}", display_path(path))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },

    /// Bad input at a known place.
    #[error("{at}: {}", problem.render(Lang::En))]
    /// Boxed to keep `Result`s small.
    Input { at: Location, problem: Box<Problem> },

    #[error("unknown rubric `{name}`")]
    UnknownRubric {
        name: String,
        suggestion: Option<String>,
    },

    /// Several problems in one input, all reported in one run (every bad cell of a
    /// roster). `more`: problems found beyond those listed.
    #[error("{} problems", errors.len() + more)]
    Many {
        path: String,
        errors: Vec<Error>,
        more: usize,
    },

    /// A broken pipe on stdout: the reader went away, which is not an error.
    #[error("broken pipe")]
    BrokenPipe,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub(crate) fn usage(problem: Problem) -> Error {
        Error::Usage(Box::new(problem))
    }

    pub(crate) fn input(at: Location, problem: Problem) -> Error {
        Error::Input {
            at,
            problem: Box::new(problem),
        }
    }

    /// What went wrong, when it is a problem with the input or the command line.
    pub fn problem(&self) -> Option<&Problem> {
        match self {
            Error::Usage(p) | Error::Input { problem: p, .. } => Some(p),
            _ => None,
        }
    }

    /// SPEC.md: 2 for usage errors and unreadable or invalid input; a broken pipe
    /// is the reader's choice, not a failure.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::BrokenPipe => 0,
            Error::Usage(_)
            | Error::Read { .. }
            | Error::Write { .. }
            | Error::Input { .. }
            | Error::UnknownRubric { .. }
            | Error::Many { .. } => 2,
        }
    }

    /// The message without the `dvht:` prefix.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Error::Usage(p) => p.render(lang),
            Error::Read { path, source } => t!(
                lang,
                "err-read",
                path = display_path(path),
                reason = io_reason(source, lang)
            ),
            Error::Write { path, source } => t!(
                lang,
                "err-write",
                path = display_path(path),
                reason = io_reason(source, lang)
            ),
            Error::Input { at, problem } => t!(
                lang,
                "err-at",
                at = at.to_string(),
                body = problem.render(lang)
            ),
            Error::UnknownRubric { name, suggestion } => {
                let body = t!(lang, "err-unknown-rubric", name = name);
                match suggestion {
                    Some(s) => t!(lang, "err-unknown-rubric-hint", body = body, suggestion = s),
                    None => body,
                }
            }
            Error::Many { .. } => self.render(lang),
            Error::BrokenPipe => String::new(),
        }
    }

    /// The message shown to a person, starting with `dvht:`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Error::Many { path, errors, more } => {
                let mut lines: Vec<String> = errors.iter().map(|e| e.render(lang)).collect();
                if *more > 0 {
                    lines.push(t!(
                        lang,
                        "err-prefix",
                        body = t!(lang, "err-many-more", more = more)
                    ));
                }
                lines.push(t!(
                    lang,
                    "err-prefix",
                    body = t!(
                        lang,
                        "err-many-total",
                        path = path,
                        total = errors.len() + more
                    )
                ));
                lines.join("\n")
            }
            _ => t!(lang, "err-prefix", body = self.message(lang)),
        }
    }

    /// One line: the first problem, and how many others there are.
    pub fn render_line(&self, lang: Lang) -> String {
        match self {
            Error::Many { errors, more, .. } if !errors.is_empty() => {
                let others = errors.len() - 1 + more;
                t!(
                    lang,
                    "err-many-line",
                    first = errors[0].render(lang),
                    others = others
                )
            }
            _ => self.render(lang),
        }
    }

    /// Several problems as one error: none is no error, one is itself.
    pub(crate) fn many(path: &Path, mut errors: Vec<Error>, more: usize) -> Option<Error> {
        match (errors.len(), more) {
            (0, _) => None,
            (1, 0) => errors.pop(),
            _ => Some(Error::Many {
                path: display_path(path),
                errors,
                more,
            }),
        }
    }
}

/// An operating-system error in the user's language. Kinds a person can act on get
/// a sentence; the rest keep the system's own text after "lỗi hệ thống:".
pub(crate) fn io_reason(e: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind as K;
    let key = match e.kind() {
        K::NotFound => key!("io-not-found"),
        K::PermissionDenied => key!("io-permission-denied"),
        K::IsADirectory => key!("io-is-a-directory"),
        K::NotADirectory => key!("io-not-a-directory"),
        K::AlreadyExists => key!("io-already-exists"),
        K::StorageFull => key!("io-storage-full"),
        K::ReadOnlyFilesystem => key!("io-read-only"),
        K::InvalidData => key!("io-invalid-data"),
        K::UnexpectedEof => key!("io-unexpected-eof"),
        K::Interrupted => key!("io-interrupted"),
        K::FileTooLarge => key!("io-file-too-large"),
        _ => return t!(lang, "io-other", detail = e.to_string()),
    };
    t!(lang, key)
}

/// Edit distance, for "did you mean" suggestions.
pub(crate) fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The closest candidate to `word`, if it is close enough to be a likely typo.
pub(crate) fn suggest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    candidates
        .into_iter()
        .map(|c| (levenshtein(word, c), c))
        .filter(|(d, c)| *d <= 2.max(c.chars().count() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_written_as_excel_references() {
        assert_eq!(column_letters(1), "A");
        assert_eq!(column_letters(4), "D");
        assert_eq!(column_letters(26), "Z");
        assert_eq!(column_letters(27), "AA");
        assert_eq!(column_letters(256), "IV");
        let p = Path::new("roster.xlsx");
        assert_eq!(
            Location::cell(p, "Sheet1", 14, Some(4)).to_string(),
            "roster.xlsx!Sheet1!D14"
        );
        assert_eq!(
            Location::cell(p, "Danh sách", 5, None).to_string(),
            "roster.xlsx!'Danh sách'!5:5"
        );
        assert_eq!(
            Location::cell(p, "It's", 1, Some(1)).to_string(),
            "roster.xlsx!'It''s'!A1"
        );
        assert_eq!(
            Location::at(Path::new("r.csv"), 3, Some(2)).to_string(),
            "r.csv:3:2"
        );
    }
}
