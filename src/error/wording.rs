//! The one place a `Problem` becomes words, in Vietnamese or English, from the
//! message catalog.

use super::*;
use crate::lang::Lang;
use crate::{key, t};

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
            TomlProblem::Other(msg) => {
                t!(
                    lang,
                    "toml-invalid",
                    detail = super::toml_syntax::detail(msg, lang)
                )
            }
        }
    }
}
