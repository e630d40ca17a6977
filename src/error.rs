//! The one error type of `dvht`: every variant carries what a person needs to fix
//! the input (file, line, column, the value, what was expected) and renders itself
//! in Vietnamese or English. `exit_code` maps it onto SPEC.md's exit status.

use crate::lang::Lang;
use crate::{key, t};
use std::fmt;
use std::path::{Path, PathBuf};

/// Named in `Problem`s: a legacy font text seems typed in, a workbook limit passed.
pub use crate::input::{legacy::Legacy, workbook::limit::Limit};

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

/// What went wrong, with the values a person needs to fix it: the value found,
/// what is accepted, a suggestion. Worded in one place, `Problem::render`, through
/// the message catalog (`i18n/*.ftl`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    // ---- the command line
    /// `--as-of` / `--date` is not a date.
    BadDate {
        flag: &'static str,
        value: String,
        example: &'static str,
    },
    JobsZero,
    Threads {
        jobs: usize,
        detail: String,
    },
    /// A binary workbook asked for on a terminal.
    XlsxNeedsFile,
    CompareNeedsTwo {
        got: usize,
    },
    /// `init` found a file where it would write one.
    WouldOverwrite {
        path: String,
    },
    AmbiguousRubricId {
        id: String,
        files: Vec<String>,
    },

    // ---- `-o FILE`
    OutputKindUnsupported {
        output: String,
        ext: String,
        list: String,
    },
    OutputFormatMismatch {
        output: String,
        ext: String,
        format: String,
    },
    OutputNoFolder {
        output: String,
        folder: String,
    },
    OutputIsFolder {
        output: String,
    },
    OutputNotWritable {
        output: String,
    },
    /// `what`: the catalog key naming the input (the roster, evidence.toml...).
    OutputIsInput {
        output: String,
        what: &'static str,
        input: String,
    },
    OutputFifoNoReader {
        output: String,
    },

    // ---- any input file
    IsFolder,
    /// A FIFO, device or socket given as an input file.
    NotRegular {
        kind: String,
    },
    /// A file named like a workbook that is not one (`html`: a web page saved as .xls).
    NotAWorkbook {
        ext: String,
        html: bool,
    },
    /// The workbook library could not open it; `detail` is its (English) reason.
    /// A workbook past a documented limit (README, "limits").
    WorkbookOverLimit {
        ext: String,
        limit: crate::input::workbook::limit::Limit,
    },
    WorkbookDamaged {
        ext: String,
        detail: String,
        maybe_encrypted: bool,
    },
    NoSuchSheet {
        wanted: String,
        suggestion: Option<String>,
        sheets: Vec<String>,
    },
    NoSheet,
    /// `--sheet ""`: no name given; `workbook` is the file's name.
    SheetNameEmpty {
        workbook: String,
        sheets: Vec<String>,
    },
    /// The sheet read has no cell with anything in it.
    SheetEmpty {
        sheet: String,
        workbook: String,
        sheets: Vec<String>,
    },
    /// A byte that is not UTF-8; `legacy`: the text looks like an old code page.
    NotUtf8 {
        byte: String,
        legacy: bool,
    },
    Utf16Odd {
        bytes: usize,
    },
    Utf16Surrogate {
        unit: String,
    },
    CsvRow {
        detail: String,
    },

    // ---- the roster
    SheetOnCsv,
    EmptyRoster,
    /// `other_sheets`: when the first sheet was read by default, the sheets to try.
    NoHeader {
        scanned: usize,
        accepted: Vec<String>,
        other_sheets: Option<Vec<String>>,
    },
    DuplicateColumn {
        header: String,
        other: String,
        other_column: String,
        canonical: &'static str,
    },
    MissingColumn {
        name: String,
        header_vi: &'static str,
        accepted: Vec<String>,
        other_sheets: Option<Vec<String>>,
    },
    RaggedRow {
        fields: usize,
        header_line: u64,
        width: usize,
    },
    BadYesNo {
        column: String,
        value: String,
        accepted: &'static str,
    },
    BadTitle {
        column: String,
        value: String,
        accepted: &'static str,
    },
    /// Text typed with a legacy Vietnamese font; `column` is `None` for a header cell.
    LegacyFont {
        column: Option<String>,
        value: String,
        font: crate::input::legacy::Legacy,
    },
    EmptyName,
    DuplicateId {
        id: String,
        first: u64,
        sheet: bool,
    },
    NoCountedMember,

    // ---- evidence.toml
    UnknownUnitKind {
        value: String,
        accepted: Vec<&'static str>,
    },
    BadYear {
        value: i64,
    },
    BadClaimedLevel {
        value: i64,
    },
    BadSubmittedOn {
        value: String,
    },
    BadRecognitionLevel {
        value: i64,
    },
    BadDecidedOn {
        value: String,
    },
    UnknownFact {
        key: String,
        suggestion: Option<String>,
        known: Vec<&'static str>,
    },
    BadFactValue {
        key: String,
        value: String,
        accepted: String,
    },
    UnknownSupports {
        value: String,
        suggestion: Option<String>,
        accepted: Vec<&'static str>,
    },
    BadSha256 {
        value: String,
    },
    DigestsNotRecorded {
        detail: String,
    },

    // ---- rubric files
    RubricFormatMissing {
        format: i64,
    },
    RubricFormatNewer {
        found: i64,
        format: i64,
    },
    RubricFormatInvalid {
        found: i64,
        format: i64,
    },
    /// A rubric with errors: the first one, worded by the rubric checker, and how
    /// many more `dvht rubric lint` lists.
    RubricInvalid {
        first: Worded,
        more: usize,
        path: String,
    },
    Toml(TomlProblem),
    /// A rubric the engine cannot score. `rubric::load` refuses such a file, so
    /// only a rubric built in code gets here.
    RubricUnscorable {
        id: String,
        lack: Unscorable,
    },

    // ---- batch
    NoUnits,
    /// `--list-proposed` without `-o` naming a .docx or .xlsx file.
    ListProposedNeedsOutput,

    // ---- more command-line values
    /// `DVHT_TODAY` is set but is not a date.
    BadTodayVar {
        var: &'static str,
        value: String,
    },
    /// `--jobs` outside 1..=`max`.
    JobsOutOfRange {
        jobs: String,
        max: String,
    },
    /// An input larger than dvht reads for its kind; `limit` as `size_label` shows it.
    FileTooLarge {
        limit: String,
    },
    /// A folder given for a roster holds none of `names`.
    FolderNoRoster {
        names: String,
    },
    /// A row `dvht init` wrote as an example, left in the roster.
    SampleRow,

    // ---- `dvht dossier`
    DossierFolderNoRoster {
        names: String,
    },
    DossierNoUnit,
    /// Files of the dossier already there, without `--force`.
    DossierExists {
        count: usize,
        files: String,
    },
    DossierNoDefaultFolder,
    DossierOutputIsFile {
        output: String,
    },
    DossierOutputHoldsInput {
        output: String,
        input: String,
    },

    // ---- tu-danh-gia.toml (the self-assessment words)
    NarrativeNotUtf8,
    NarrativeNotRegular,
    NarrativeTooLarge {
        kb: String,
    },
    /// A field given twice, under its English and Vietnamese names.
    NarrativeDuplicateKey {
        section: String,
        en: &'static str,
        vi: &'static str,
    },
    NarrativeUnknownKey {
        key: String,
        section: String,
        suggestion: Option<String>,
        accepted: String,
    },
    NarrativeNotText {
        key: String,
    },
    NarrativeNotTable {
        name: String,
    },
    NarrativeUnknownCriterion {
        rubric: String,
        id: String,
        ids: String,
    },
    NarrativeNotCriterion {
        rubric: String,
        id: String,
    },
    NarrativeBadDate {
        value: String,
    },
    NarrativeBadPresent {
        value: String,
    },
    NarrativePresentNotNumber,
}

/// What keeps the engine from scoring a rubric.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unscorable {
    /// A points rubric with no `[classification]`, or one without grades.
    Classification,
    /// A levels rubric with no `[recognition]` rule.
    Recognition,
    /// Points that add up beyond the largest decimal.
    PointsOverflow,
}

/// Text already worded in both languages by a module whose own findings are listed
/// elsewhere too (the rubric checker's findings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Worded {
    pub vi: String,
    pub en: String,
}

/// The toml crate's error, understood: its English text is read once, here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TomlProblem {
    /// `key` is shown as the toml crate quotes it (with backticks).
    UnknownKey {
        key: String,
        accepted: Option<String>,
    },
    MissingKey {
        key: String,
    },
    WrongType {
        found: String,
        expected: String,
    },
    Other(String),
}

impl TomlProblem {
    /// Reads the toml crate's message.
    pub(crate) fn parse(msg: &str) -> TomlProblem {
        let msg = msg.trim();
        if let Some(rest) = msg.strip_prefix("unknown field ") {
            let (key, accepted) = rest.split_once(", ").unwrap_or((rest, ""));
            let accepted = accepted
                .strip_prefix("expected one of ")
                .or_else(|| accepted.strip_prefix("expected "));
            return TomlProblem::UnknownKey {
                key: key.to_string(),
                accepted: accepted.map(str::to_string),
            };
        }
        if let Some(key) = msg.strip_prefix("missing field ") {
            return TomlProblem::MissingKey {
                key: key.to_string(),
            };
        }
        if let Some(rest) = msg.strip_prefix("invalid type: ") {
            if let Some((found, expected)) = rest.split_once(", expected ") {
                return TomlProblem::WrongType {
                    found: found.to_string(),
                    expected: expected.to_string(),
                };
            }
        }
        TomlProblem::Other(msg.to_string())
    }

    /// Whether the toml crate's text was understood (else it is quoted as it is).
    pub fn understood(&self) -> bool {
        !matches!(self, TomlProblem::Other(_))
    }

    fn render(&self, lang: Lang) -> String {
        match self {
            TomlProblem::UnknownKey {
                key,
                accepted: Some(a),
            } => t!(lang, "toml-unknown-key", key = key, accepted = a),
            TomlProblem::UnknownKey {
                key,
                accepted: None,
            } => t!(lang, "toml-unknown-key-none", key = key),
            TomlProblem::MissingKey { key } => t!(lang, "toml-missing-key", key = key),
            TomlProblem::WrongType { found, expected } => {
                let expected = match expected.as_str() {
                    "i64" | "u64" | "i32" | "u32" | "u8" | "u16" => {
                        t!(lang, "toml-type-integer")
                    }
                    "a boolean" => t!(lang, "toml-type-boolean"),
                    "a string" => t!(lang, "toml-type-string"),
                    "a sequence" => t!(lang, "toml-type-list"),
                    other => other.to_string(),
                };
                let (kind, value) = found.split_once(' ').unwrap_or((found, ""));
                let found = match kind {
                    "string" => t!(lang, "toml-found-string", value = value),
                    "integer" => t!(lang, "toml-found-integer", value = value),
                    "floating" => t!(
                        lang,
                        "toml-found-float",
                        value = value.trim_start_matches("point ")
                    ),
                    "boolean" => t!(lang, "toml-found-boolean", value = value),
                    "map" => t!(lang, "toml-found-table"),
                    "sequence" => t!(lang, "toml-found-list"),
                    "datetime" | "date" => t!(lang, "toml-found-date", value = value),
                    _ => found.clone(),
                };
                t!(lang, "toml-wrong-type", found = found, expected = expected)
            }
            TomlProblem::Other(detail) => t!(lang, "toml-invalid", detail = detail),
        }
    }
}

/// `a`, `b`: values in backticks, joined with commas.
fn ticked<S: AsRef<str>>(items: &[S]) -> String {
    items
        .iter()
        .map(|s| format!("`{}`", s.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A body followed by "(`suggestion`?)" when there is a suggestion.
fn with_hint(lang: Lang, body: String, suggestion: &Option<String>) -> String {
    match suggestion {
        Some(s) => t!(lang, "err-with-hint", body = body, suggestion = s),
        None => body,
    }
}

/// A header problem in a sheet read by default also names the other sheets.
fn with_sheets(lang: Lang, body: String, sheets: &Option<Vec<String>>) -> String {
    match sheets {
        Some(s) => t!(lang, "err-other-sheets", body = body, sheets = ticked(s)),
        None => body,
    }
}

impl Problem {
    /// The one place a problem becomes words.
    pub fn render(&self, lang: Lang) -> String {
        use Problem::*;
        match self {
            BadDate {
                flag,
                value,
                example,
            } => t!(
                lang,
                "err-bad-date",
                flag = *flag,
                value = value,
                example = *example
            ),
            JobsZero => t!(lang, "err-jobs-zero"),
            Threads { jobs, detail } => t!(lang, "err-threads", jobs = jobs, detail = detail),
            XlsxNeedsFile => t!(lang, "err-xlsx-needs-file"),
            CompareNeedsTwo { got } => t!(lang, "err-compare-needs-two", got = got),
            WouldOverwrite { path } => t!(lang, "err-would-overwrite", path = path),
            AmbiguousRubricId { id, files } => t!(
                lang,
                "err-ambiguous-rubric-id",
                id = id,
                files = ticked(files)
            ),
            OutputKindUnsupported { output, ext, list } => t!(
                lang,
                "err-output-kind",
                output = output,
                ext = ext,
                list = list
            ),
            OutputFormatMismatch {
                output,
                ext,
                format,
            } => t!(
                lang,
                "err-output-format-mismatch",
                output = output,
                ext = ext,
                format = format
            ),
            OutputNoFolder { output, folder } => t!(
                lang,
                "err-output-no-folder",
                output = output,
                folder = folder
            ),
            OutputIsFolder { output } => t!(lang, "err-output-is-folder", output = output),
            OutputNotWritable { output } => {
                t!(lang, "err-output-not-writable", output = output)
            }
            OutputIsInput {
                output,
                what,
                input,
            } => t!(
                lang,
                "err-output-is-input",
                output = output,
                what = t!(lang, what),
                input = input
            ),
            OutputFifoNoReader { output } => {
                t!(lang, "err-output-fifo-no-reader", output = output)
            }
            IsFolder => t!(lang, "err-is-folder"),
            NotRegular { kind } => t!(lang, "err-not-regular", kind = kind),
            NotAWorkbook { ext, html: true } => t!(lang, "err-html-not-workbook", ext = ext),
            NotAWorkbook { ext, html: false } => t!(lang, "err-not-workbook", ext = ext),
            WorkbookOverLimit { ext, limit } => t!(
                lang,
                "err-workbook-over-limit",
                ext = ext,
                limit = limit.render(lang)
            ),
            WorkbookDamaged {
                ext,
                detail,
                maybe_encrypted,
            } => {
                let key = if *maybe_encrypted {
                    key!("err-workbook-locked")
                } else {
                    key!("err-workbook-damaged")
                };
                t!(lang, key, ext = ext, detail = detail)
            }
            NoSuchSheet {
                wanted,
                suggestion,
                sheets,
            } => {
                let body = t!(
                    lang,
                    "err-no-such-sheet",
                    wanted = wanted,
                    sheets = ticked(sheets)
                );
                match suggestion {
                    // The hint stands right after the name asked for.
                    Some(s) => {
                        body.replacen(&format!("`{wanted}`"), &format!("`{wanted}` (`{s}`?)"), 1)
                    }
                    None => body,
                }
            }
            NoSheet => t!(lang, "err-no-sheet"),
            SheetNameEmpty { workbook, sheets } => t!(
                lang,
                "err-sheet-name-empty",
                workbook = workbook,
                sheets = ticked(sheets)
            ),
            SheetEmpty {
                sheet,
                workbook,
                sheets,
            } => t!(
                lang,
                "err-sheet-empty",
                sheet = sheet,
                workbook = workbook,
                sheets = ticked(sheets)
            ),
            NotUtf8 { byte, legacy: true } => t!(lang, "err-not-utf8-legacy", byte = byte),
            NotUtf8 {
                byte,
                legacy: false,
            } => t!(lang, "err-not-utf8", byte = byte),
            Utf16Odd { bytes } => t!(lang, "err-utf16-odd", bytes = bytes),
            Utf16Surrogate { unit } => t!(lang, "err-utf16-surrogate", unit = unit),
            CsvRow { detail } => t!(lang, "err-csv-row", detail = detail),
            SheetOnCsv => t!(lang, "err-sheet-on-csv"),
            EmptyRoster => t!(lang, "err-empty-roster"),
            NoHeader {
                scanned,
                accepted,
                other_sheets,
            } => with_sheets(
                lang,
                t!(
                    lang,
                    "err-no-header",
                    scanned = scanned,
                    accepted = ticked(accepted)
                ),
                other_sheets,
            ),
            DuplicateColumn {
                header,
                other,
                other_column,
                canonical,
            } => t!(
                lang,
                "err-duplicate-column",
                header = header,
                other = other,
                other_column = other_column,
                canonical = *canonical
            ),
            MissingColumn {
                name,
                header_vi,
                accepted,
                other_sheets,
            } => with_sheets(
                lang,
                t!(
                    lang,
                    "err-missing-column",
                    name = name,
                    header_vi = *header_vi,
                    accepted = ticked(accepted)
                ),
                other_sheets,
            ),
            RaggedRow {
                fields,
                header_line,
                width,
            } => t!(
                lang,
                "err-ragged-row",
                fields = fields,
                header_line = header_line,
                width = width
            ),
            BadYesNo {
                column,
                value,
                accepted,
            } => t!(
                lang,
                "err-bad-yes-no",
                column = column,
                value = value,
                accepted = *accepted
            ),
            BadTitle {
                column,
                value,
                accepted,
            } => t!(
                lang,
                "err-bad-title",
                column = column,
                value = value,
                accepted = *accepted
            ),
            LegacyFont {
                column,
                value,
                font,
            } => {
                let advice = t!(
                    lang,
                    "legacy-advice",
                    font = font.name(),
                    source = font.converter_source()
                );
                match column {
                    Some(c) => t!(
                        lang,
                        "err-legacy-cell",
                        column = c,
                        value = value,
                        advice = advice
                    ),
                    None => t!(lang, "err-legacy-header", value = value, advice = advice),
                }
            }
            EmptyName => t!(lang, "err-empty-name"),
            DuplicateId { id, first, sheet } => t!(
                lang,
                "err-duplicate-id",
                id = id,
                first = first,
                sheet = if *sheet { "yes" } else { "no" }
            ),
            NoCountedMember => t!(lang, "err-no-counted-member"),
            UnknownUnitKind { value, accepted } => t!(
                lang,
                "err-unknown-unit-kind",
                value = value,
                accepted = accepted.join(", ")
            ),
            BadYear { value } => t!(lang, "err-bad-year", value = value.to_string()),
            BadRecognitionLevel { value } => {
                t!(lang, "err-bad-recognition-level", value = value.to_string())
            }
            BadDecidedOn { value } => t!(lang, "err-bad-decided-on", value = value),
            BadClaimedLevel { value } => {
                t!(lang, "err-bad-claimed-level", value = value.to_string())
            }
            BadSubmittedOn { value } => t!(lang, "err-bad-submitted-on", value = value),
            UnknownFact {
                key,
                suggestion,
                known,
            } => {
                let body = t!(
                    lang,
                    "err-unknown-fact",
                    key = key,
                    known = known.join(", ")
                );
                hint_after_value(body, key, suggestion)
            }
            BadFactValue {
                key,
                value,
                accepted,
            } => t!(
                lang,
                "err-bad-fact-value",
                key = key,
                value = value,
                // What to type, in backticks, with its words: `implemented` (Đã ban hành …).
                accepted = accepted
                    .split(" | ")
                    .map(|v| format!("`{v}` ({})", crate::vocab::value_words(v, lang)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            UnknownSupports {
                value,
                suggestion,
                accepted,
            } => {
                let body = t!(
                    lang,
                    "err-unknown-supports",
                    value = value,
                    accepted = accepted.join(", ")
                );
                // The hint closes the clause that names the value.
                match suggestion {
                    Some(s) => match body.find(';') {
                        Some(i) => format!("{} (`{s}`?){}", &body[..i], &body[i..]),
                        None => with_hint(lang, body, suggestion),
                    },
                    None => body,
                }
            }
            BadSha256 { value } => t!(lang, "err-bad-sha256", value = value),
            DigestsNotRecorded { detail } => t!(lang, "err-digests-not-recorded", detail = detail),
            RubricFormatMissing { format } => {
                t!(
                    lang,
                    "err-rubric-format-missing",
                    format = format.to_string()
                )
            }
            RubricFormatNewer { found, format } => t!(
                lang,
                "err-rubric-format-newer",
                found = found.to_string(),
                format = format.to_string()
            ),
            RubricFormatInvalid { found, format } => t!(
                lang,
                "err-rubric-format-invalid",
                found = found.to_string(),
                format = format.to_string()
            ),
            RubricInvalid { first, more, path } => {
                let first = lang.pick(&first.vi, &first.en).to_string();
                if *more == 0 {
                    first
                } else {
                    t!(
                        lang,
                        "err-rubric-invalid",
                        first = first,
                        more = more,
                        path = path
                    )
                }
            }
            Toml(p) => p.render(lang),
            RubricUnscorable { id, lack } => {
                let k = match lack {
                    Unscorable::Classification => key!("err-rubric-no-classification"),
                    Unscorable::Recognition => key!("err-rubric-no-recognition"),
                    Unscorable::PointsOverflow => key!("err-rubric-points-overflow"),
                };
                t!(lang, k, id = id)
            }
            NoUnits => t!(lang, "err-no-units"),
            ListProposedNeedsOutput => t!(lang, "err-list-proposed-needs-output"),
            BadTodayVar { var, value } => {
                t!(lang, "err-bad-today-var", var = *var, value = value)
            }
            JobsOutOfRange { jobs, max } => {
                t!(lang, "err-jobs-out-of-range", jobs = jobs, max = max)
            }
            FileTooLarge { limit } => t!(lang, "err-file-too-large", limit = limit),
            FolderNoRoster { names } => t!(lang, "err-folder-no-roster", names = names),
            SampleRow => t!(lang, "err-sample-row"),
            DossierFolderNoRoster { names } => {
                t!(lang, "err-dossier-folder-no-roster", names = names)
            }
            DossierNoUnit => t!(lang, "err-dossier-no-unit"),
            DossierExists { count, files } => {
                t!(lang, "err-dossier-exists", count = count, files = files)
            }
            DossierNoDefaultFolder => t!(lang, "err-dossier-no-default-folder"),
            DossierOutputIsFile { output } => {
                t!(lang, "err-dossier-output-is-file", output = output)
            }
            DossierOutputHoldsInput { output, input } => t!(
                lang,
                "err-dossier-output-holds-input",
                output = output,
                input = input
            ),
            NarrativeNotUtf8 => t!(lang, "err-narrative-not-utf8"),
            NarrativeNotRegular => t!(lang, "err-narrative-not-regular"),
            NarrativeTooLarge { kb } => t!(lang, "err-narrative-too-large", kb = kb),
            NarrativeDuplicateKey { section, en, vi } => t!(
                lang,
                "err-narrative-duplicate-key",
                section = section,
                en = *en,
                vi = *vi
            ),
            NarrativeUnknownKey {
                key,
                section,
                suggestion: Some(s),
                accepted,
            } => t!(
                lang,
                "err-narrative-unknown-key-hint",
                key = key,
                section = section,
                suggestion = s,
                accepted = accepted
            ),
            NarrativeUnknownKey {
                key,
                section,
                suggestion: None,
                accepted,
            } => t!(
                lang,
                "err-narrative-unknown-key",
                key = key,
                section = section,
                accepted = accepted
            ),
            NarrativeNotText { key } => t!(lang, "err-narrative-not-text", key = key),
            NarrativeNotTable { name } => t!(lang, "err-narrative-not-table", name = name),
            NarrativeUnknownCriterion { rubric, id, ids } => t!(
                lang,
                "err-narrative-unknown-criterion",
                rubric = rubric,
                id = id,
                ids = ids
            ),
            NarrativeNotCriterion { rubric, id } => t!(
                lang,
                "err-narrative-not-criterion",
                rubric = rubric,
                id = id
            ),
            NarrativeBadDate { value } => t!(lang, "err-narrative-bad-date", value = value),
            NarrativeBadPresent { value } => {
                t!(lang, "err-narrative-bad-present", value = value)
            }
            NarrativePresentNotNumber => t!(lang, "err-narrative-present-not-number"),
        }
    }
}

/// "(`suggestion`?)" right after the first mention of `value` in backticks.
fn hint_after_value(body: String, value: &str, suggestion: &Option<String>) -> String {
    match suggestion {
        Some(s) => body.replacen(&format!("`{value}`"), &format!("`{value}` (`{s}`?)"), 1),
        None => body,
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
