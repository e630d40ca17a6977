//! What went wrong, as data: each kind of problem with the values a person needs
//! (the value found, what is accepted, a suggestion). Worded in `wording`.

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
        limit: super::Limit,
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
        font: crate::text::legacy::Legacy,
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
