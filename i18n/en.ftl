# dvht's English message catalog (`--lang en` or DVHT_LANG=en).
# Every key must also be in vi.ftl with the same variables; the catalog test checks it.
# Numbers arrive already formatted by dvht, as text; integers that choose a plural arrive as numbers.

## Errors: the frame

err-prefix = dvht: { $body }
err-at = { $at }: { $body }
did-you-mean = did you mean { $suggestion }?
word-or = or
err-with-hint = { $body } (`{ $suggestion }`?)

## Operating-system errors reading and writing files

err-read = cannot read `{ $path }`: { $reason }
err-write = cannot write `{ $path }`: { $reason }
err-io-not-found = no such file or folder `{ $path }`
io-not-found = no such file or folder
io-permission-denied = permission denied
io-is-a-directory = this is a folder, not a file
io-not-a-directory = part of the path is not a folder
io-already-exists = the file already exists
io-storage-full = the disk is full
io-read-only = the disk or folder is read-only
io-invalid-data = invalid data
io-unexpected-eof = the file ends too early (truncated)
io-interrupted = the operation was interrupted
io-file-too-large = the file is too large
io-other = system error: { $detail }

## Command-line errors

err-bad-date = `{ $flag } { $value }` is not a valid date; write it as { $example }
err-jobs-zero = `--jobs` must be greater than 0
err-threads = cannot start { $jobs } worker threads: { $detail }
err-xlsx-needs-file = an xlsx workbook is binary: write it to a file with `-o REPORT.xlsx`
err-compare-needs-two = `compare` needs exactly two `--rubric` (the old one, then the new one); got { $got }
err-would-overwrite = `{ $path }` already exists: `dvht init` never overwrites a file (nothing was written); choose another folder or rename the old file
err-ambiguous-rubric-id = several different rubric files have the id `{ $id }`: { $files }; give the file's path instead
err-unknown-rubric = unknown rubric `{ $name }`; use `hanoi-2021` (`hanoi`), `tt24-2023` (`tt24`) or a path to a .toml file
err-unknown-rubric-hint = { $body } (did you mean `{ $suggestion }`?)

## Input-file errors

err-is-folder = this is a folder, not a file; give the file itself (a .csv/.xlsx/.xls/.ods roster, or a .toml file)
err-html-not-workbook = this `.{ $ext }` file is really a web page (HTML), not a workbook; open it in Excel and "Save As" → "Excel Workbook (.xlsx)"
err-not-workbook = this `.{ $ext }` file is not an Excel/OpenDocument workbook (damaged or renamed?); open it in Excel and "Save As" → ".xlsx", or save it as "CSV UTF-8"
err-workbook-over-limit = dvht does not read this `.{ $ext }` workbook: { $limit }. The limit keeps a strange file from taking all memory or time; a real roster is far smaller — check it is the right file, delete stray cells far from the list, or save it as "CSV UTF-8"
limit-parts = the archive holds { $found } parts, more than the { $limit } dvht opens
limit-inflated = its parts inflate to more than { $limit }, the limit dvht reads from a zipped workbook
limit-shared-strings = it holds more than { $limit } shared strings, the limit dvht reads from an .xlsx
limit-shared-text = its shared strings hold more than { $limit } of text, the limit dvht reads from an .xlsx
limit-sheet-text = its cells hold more than { $limit } of text (a cell showing a shared string or repeated counted once per copy), the limit dvht reads from a workbook
limit-sheet-cells = a sheet holds or expands to more than { $limit } cells (repeated cells and rows counted), the limit dvht reads from a workbook
limit-sheet-span = a sheet's cells span { $rows } rows × { $cols } columns, more than the { $limit } cells dvht reads (delete stray cells far from the list, or save it as .xlsx)
err-workbook-damaged = cannot open the `.{ $ext }` workbook: { $detail }; it may be damaged: open it in Excel and "Save As" → ".xlsx", or save it as "CSV UTF-8"
err-workbook-locked = cannot open the `.{ $ext }` workbook: { $detail }; it may be damaged or password-protected (remove the password): open it in Excel and "Save As" → ".xlsx", or save it as "CSV UTF-8"
err-no-such-sheet = no sheet named `{ $wanted }`; the sheets are: { $sheets }
err-no-sheet = the workbook has no sheet
err-not-utf8 = byte `{ $byte }` is not UTF-8: save the file as UTF-8 (Notepad: "Save As" → Encoding: UTF-8)
err-not-utf8-legacy = byte `{ $byte }` is not UTF-8: the file was probably saved in a legacy code page; if it is Windows-1258 (old Excel, "CSV (Comma delimited)") run again with `--encoding windows-1258`, or in Excel use "Save As" → "CSV UTF-8"
err-utf16-odd = the UTF-16 file is truncated: { $bytes } bytes after the byte-order mark, an odd number
err-utf16-surrogate = the UTF-16 file holds an invalid character (unpaired surrogate `{ $unit }`); save the file again from Excel as "CSV UTF-8"
err-csv-row = cannot read the CSV row: { $detail }

## Roster errors

err-sheet-on-csv = `--sheet` only applies to workbooks (.xlsx, .xls, .ods); this file is CSV text
err-empty-roster = the file is empty: expected a header row (with a `Họ và tên`/`name` column) and one row per member
err-no-header = no header row found: none of the first { $scanned } rows has a name column; accepted headers: { $accepted }
err-other-sheets = { $body } (the first sheet was read; pick another with `--sheet` ({ $sheets }))
err-duplicate-column = columns `{ $header }` and `{ $other }` (column { $other_column }) both mean `{ $canonical }`; keep one
# The Vietnamese header ($header_vi) is named in the Vietnamese message only.
err-missing-column = missing column `{ $name }`{ $header_vi ->
       *[other] {""}
    }; accepted headers (case, diacritics, kỉ/kỷ and hoá/hóa spellings ignored): { $accepted }
err-ragged-row = the row has { $fields } fields but the header (line { $header_line }) has { $width }; check the delimiters and quotes
err-bad-yes-no = column `{ $column }`: `{ $value }` is not yes/no; accepted: { $accepted }
err-bad-title = column `{ $column }`: `{ $value }` is not an emulation title; accepted: { $accepted }
err-legacy-header = header `{ $value }`: { $advice }
err-legacy-cell = column `{ $column }`: cell `{ $value }`: { $advice }
legacy-advice = the text looks typed with a { $font } font, not Unicode; convert the spreadsheet to Unicode with Unikey's "Chuyển mã" (converter) tool (right-click the Unikey icon → "Công cụ…" [Ctrl+Shift+F6], source: { $source }, destination: Unicode; copy the data to the clipboard, press "Chuyển mã", paste it back), then run again
err-empty-name = the member's name is empty while other columns are filled; fill in the name, or delete the row
err-duplicate-id = id `{ $id }` is also used on { $sheet ->
        [yes] row
       *[no] line
    } { $first }; each member needs their own id
err-no-counted-member = no counted member (header only, or everyone is excluded): nothing to score

## evidence.toml errors

err-unknown-unit-kind = unknown unit kind `{ $value }`; accepted: { $accepted }
err-bad-year = evaluation year `{ $value }` is not valid; expected a year such as 2024
err-bad-recognition-level = recognition level `{ $value }` is not valid; accepted: 1, 2
err-bad-claimed-level = `claimed_level = { $value }` is not valid; accepted: 0 (not reached), 1, 2
err-bad-submitted-on = `submitted_on = { $value }` is not a date; write it as 2025-01-10
err-bad-decided-on = `decided_on = { $value }` is not a date; write it as 2024-01-20
err-unknown-fact = unknown fact `{ $key }`; known facts: { $known }
err-bad-fact-value = `{ $key } = { $value }` is not valid; accepted: { $accepted }
err-unknown-supports = `supports` names `{ $value }`, which is neither a fact nor a roster column; accepted: { $accepted }
err-bad-sha256 = `sha256 = "{ $value }"` is not a SHA-256 digest (64 hex digits)
err-digests-not-recorded = cannot record the digests in this file: { $detail }

## Rubric-file errors

err-rubric-format-missing = missing key `format` (the rubric-file format version; this dvht reads `format = { $format }`)
err-rubric-format-newer = this rubric uses format { $found }, newer than this dvht understands (format { $format }); upgrade dvht
err-rubric-format-invalid = invalid `format = { $found }`; this dvht reads `format = { $format }`
err-rubric-no-classification = rubric `{ $id }`: a points rubric needs a [classification] with at least one grade
err-rubric-no-recognition = rubric `{ $id }`: a levels rubric needs a [recognition] rule
err-rubric-points-overflow = rubric `{ $id }`: the points add up beyond the largest number counted exactly
err-rubric-invalid = { $first } (and { $more ->
        [one] one more error
       *[other] { $more } more errors
    }; `dvht rubric lint { $path }` lists them all)

## TOML

toml-unknown-key = unknown key { $key }; accepted here: { $accepted }
toml-unknown-key-none = unknown key { $key }; no keys are accepted here
toml-missing-key = missing key { $key }
toml-wrong-type = the value { $found } has the wrong type; expected { $expected }
toml-invalid = invalid TOML: { $detail }
toml-type-integer = an integer (without quotes)
toml-type-boolean = true or false
toml-type-string = a string in double quotes
toml-type-list = a list [ … ]
toml-found-string = string { $value }
toml-found-integer = integer { $value }
toml-found-float = number { $value }
toml-found-boolean = boolean { $value }
toml-found-table = table
toml-found-list = list
toml-found-date = date { $value }

## TOML syntax (the toml parser's messages, one entry per message; the English
## entries repeat the parser's words, which `--lang en` shows as they are)

toml-syntax-expected = { $problem }, expected { $expected }
toml-syntax-or = { $first }, { $last }
toml-syntax-unknown = { $detail }
toml-syntax-duplicate-key-named = duplicate key: { $key }
toml-syntax-dotted-extends = cannot extend value of type { $kind } with a dotted key
toml-syntax-cr-alone = carriage return must be followed by newline
toml-syntax-no-open-quote = missing opening quote
toml-syntax-array-no-comma = missing comma between array elements
toml-syntax-radix-signed = integers with a radix cannot be signed
toml-syntax-radix-case = radix must be lowercase
toml-syntax-no-assignment = missing assignment between key-value pairs
toml-syntax-leading-zero = unexpected leading zero
toml-syntax-unclosed-array-table = unclosed array table
toml-syntax-inline-no-key = missing key for inline table element
toml-syntax-inline-no-open = missing inline table opening
toml-syntax-no-escape = missing escaped value
toml-syntax-array-no-open = missing array opening
toml-syntax-bad-bare-key = invalid unquoted key
toml-syntax-too-deep = cannot recurse further; max recursion depth met
toml-syntax-recursion-limit = recursion limit
toml-syntax-empty-key = unquoted keys cannot be empty
toml-syntax-stray-sign = unexpected sign
toml-syntax-stray-key-value = unexpected key or value
toml-syntax-stray-content = unexpected content
toml-syntax-comment-content = unexpected content between comment and newline
toml-syntax-array-equals = unexpected `=` in array
toml-syntax-unclosed-table = unclosed table
toml-syntax-unclosed-inline-table = unclosed inline table
toml-syntax-unclosed-array = unclosed array
toml-syntax-unicode-short = too few unicode value digits
toml-syntax-unquoted-string = string values must be quoted
toml-syntax-double-sign = redundant numeric sign
toml-syntax-double-prefix = redundant integer number prefix
toml-syntax-no-value = missing value
toml-syntax-key-no-value = missing value for key
toml-syntax-table-no-open = missing table open
toml-syntax-comment-no-start = missing comment start
toml-syntax-pairs-no-comma = missing comma between key-value pairs
toml-syntax-key-multiline-literal = keys cannot be multi-line literal strings
toml-syntax-key-multiline-basic = keys cannot be multi-line basic strings
toml-syntax-key-without-value = key with no value
toml-syntax-bad-value = invalid value
toml-syntax-bad-pair = invalid key-value pair
toml-syntax-bad-inline-element = invalid inline table element
toml-syntax-bad-comment-char = invalid comment character
toml-syntax-inline-extra-comma = extra comma in inline table
toml-syntax-array-extra-comma = extra comma in array
toml-syntax-extra-assignment = extra assignment between key-value pairs
toml-syntax-extra-equals = extra `=`
toml-syntax-underscore = `_` may only go between digits
toml-syntax-bad-key = invalid key
toml-syntax-bad-table = invalid table
toml-syntax-bad-string = invalid string
toml-syntax-bad-boolean = invalid boolean
toml-syntax-bad-date-time = invalid date-time
toml-syntax-bad-float = invalid float
toml-syntax-bad-mantissa = invalid mantissa
toml-syntax-bad-fraction = invalid fraction
toml-syntax-bad-exponent = invalid exponent
toml-syntax-bad-integer = invalid integer number
toml-syntax-bad-hex = invalid hexadecimal number
toml-syntax-bad-octal = invalid octal number
toml-syntax-bad-binary = invalid binary number
toml-syntax-bad-literal-string = invalid literal string
toml-syntax-bad-ml-literal-string = invalid multi-line literal string
toml-syntax-bad-basic-string = invalid basic string
toml-syntax-bad-ml-basic-string = invalid multi-line basic string
toml-syntax-no-memory = could not allocate for string
toml-syntax-duplicate-key = duplicate key
toml-syntax-integer-overflow = integer number overflowed
toml-syntax-float-overflow = floating-point number overflowed
toml-syntax-bad-datetime = invalid datetime
toml-syntax-bad-date = invalid date
toml-syntax-bad-time = invalid time
toml-syntax-bad-offset = invalid offset
toml-expected-key = key
toml-expected-value = value
toml-expected-numbers = numbers
toml-expected-digits = digits
toml-expected-letters = letters
toml-expected-characters = characters
toml-expected-printable = printable characters
toml-expected-visible-not-single-quote = non-single-quote visible characters
toml-expected-not-single-quote = non-single-quote characters
toml-expected-visible-not-double-quote = non-double-quote visible characters
toml-expected-unicode-hex = unicode hexadecimal value
toml-expected-literal-string = literal string
toml-expected-basic-string = basic string
toml-expected-ml-literal-string = multi-line literal string
toml-expected-ml-basic-string = multi-line basic string
toml-expected-unquoted-string = unquoted string
toml-expected-newline = newline
toml-expected-year-or-hour = year or hour
toml-expected-month = month
toml-expected-day = day
toml-expected-hour = hour
toml-expected-minute = minute
toml-expected-second = second
toml-expected-nanosecond = nanosecond
toml-expected-dash-month-day = `-` (MM-DD)
toml-expected-colon-hour-minute = `:` (HH:MM)
toml-expected-dash-or-colon = `-` (YYYY-MM) or `:` (HH:MM)
toml-expected-year-4 = a four-digit year (YYYY)
toml-expected-month-2 = a two-digit month (MM)
toml-expected-day-2 = a two-digit day (DD)
toml-expected-hour-2 = a two-digit hour (HH)
toml-expected-minute-2 = a two-digit minute (MM)
toml-expected-second-2 = a two-digit second (SS)
toml-expected-month-range = month between 01 and 12
toml-expected-day-28 = day between 01 and 28
toml-expected-day-29 = day between 01 and 29
toml-expected-day-30 = day between 01 and 30
toml-expected-day-31 = day between 01 and 31
toml-expected-hour-range = hour between 00 and 23
toml-expected-minute-range = minute between 00 and 59
toml-expected-second-range = second between 00 and 60
toml-expected-offset-hour-range = hours between 00 and 23
toml-expected-offset-minute-range = minutes between 00 and 59
toml-expected-nanosecond-overflow = nanoseconds overflowed
toml-kind-array = array
toml-kind-inline-table = inline table
toml-kind-table = table
toml-kind-string = string
toml-kind-integer = integer
toml-kind-float = float
toml-kind-boolean = boolean
toml-kind-datetime = datetime

## Unit folders (batch)

err-no-units = no folder here holds a roster.csv: no unit to score

## The command line: help texts and clap's words

cli-about = Score Vietnamese "Đơn vị học tập" (learning unit) evaluations
cli-long-about =
    Scores a Vietnamese "learning unit" (Đơn vị học tập) from its staff roster (CSV, or an .xlsx/.xls/.ods workbook) and its evidence.toml against a versioned rubric (Hà Nội 2021, Thông tư 24/2023/TT-BGDĐT), criterion by criterion, with the total and the recognition outcome.
cli-after =
    Exit status:
      0  the command ran; score: the unit is recognised; check-evidence: no problem found
      1  the command ran; score: not recognised; check-evidence: problems found
      2  usage error or unreadable / invalid input (the message names file, line and column)

    Built-in rubrics: hanoi-2021 (alias hanoi), tt24-2023 (alias tt24); or a path to a rubric .toml.
    Language: --lang en or the environment variable DVHT_LANG=en for English (default: Vietnamese).

    Examples:
      dvht score examples/thpt-so-2-tuy-phuoc/roster.csv --rubric tt24
      dvht score roster.csv --rubric hanoi --format json --lang en
      dvht score roster.csv --rubric tt24 --as-of 2025-09-15 --explain
      dvht check-evidence examples/mn-hoa-sen --rubric tt24
      dvht evidence hash evidence.toml
      dvht score danh-sach.xlsx --rubric tt24 --sheet "Danh sách"
      dvht score danh-sach.csv --rubric hanoi --encoding windows-1258
cli-help = Print help (-h: a summary, --help: everything)
cli-version = Print the version and the built-in rubrics' versions
cli-heading-commands = Commands
cli-value-command = COMMAND
cli-heading-usage = Usage:
cli-heading-options = Options:
cli-heading-arguments = Arguments:
cli-default-open = {"[default: "}
cli-aliases-open = {"[aliases: "}
cli-value-options = {"[OPTIONS]"}

cli-arg-lang = Language of messages, tables and help: vi (Vietnamese, the default) or en; also the environment variable DVHT_LANG
cli-arg-quiet = Print nothing but errors (the exit status is unchanged)
cli-arg-rubrics_dir = A folder of rubric .toml files that --rubric ID and `dvht rubric list` also search (repeatable) [default: $DVHT_RUBRICS, else ./rubrics when present]
cli-arg-rubric = Rubric: hanoi-2021 (hanoi), tt24-2023 (tt24), or a path to a rubric .toml
cli-arg-evidence = The unit's evidence.toml [default: evidence.toml beside the roster, if present]
cli-arg-as_of = Date at which level-2 eligibility is judged (YYYY-MM-DD or dd/mm/yyyy) [default: the dossier's date, else today]
cli-arg-strict_evidence = Score a criterion with no supporting evidence as 0 points / not reached, as an assessment council would
cli-arg-sheet = Workbook rosters: the sheet to read [default: the first sheet]
cli-arg-encoding = CSV rosters: the text encoding (a byte-order mark always wins): auto (UTF-8, or UTF-16 with a byte-order mark), utf-8, utf-16le (Excel's "Unicode text"), utf-16be, windows-1258 (old Windows Excel, "CSV (Comma delimited)")
cli-arg-roster = The roster (one row per member): CSV, or an .xlsx/.xls/.ods workbook; - for standard input
cli-arg-bom = CSV output: start with a UTF-8 byte-order mark so Excel reads Vietnamese correctly
cli-arg-output = Write the output to FILE (atomically) instead of standard output; its extension (.txt, .csv, .json, .html, .xlsx) chooses the format when --format is not given; - is standard output
cli-arg-jobs = Threads working at once, 1 to 256 [default: one per processor]
cli-score-about = Score one unit: criterion table, total, recognition outcome, warnings
cli-score-after = { cli-after }
cli-score-arg-format = Output format: table (for people), json (one object, schema dvht.assessment/1, decimals as strings), csv (one row per criterion, for a spreadsheet) [default: from the -o file's extension, else table]
cli-score-arg-explain = List, per criterion, the members (id and name) who do not meet it

cli-batch-about = Score every unit under a folder (each folder with a roster): one row per unit and a summary by outcome
cli-batch-after =
    A unit is a folder holding roster.csv (or roster.xlsx/.xls/.ods) and usually evidence.toml, at any depth under DIR; a unit's own sub-folders are not searched. Units are listed in folder-name order.

    Exit status:
      0  every unit was scored (whatever their outcomes)
      2  a unit could not be read (it is reported with its error; the others are scored), or a usage error

    Examples:
      dvht batch huyen-tuy-phuoc/ --rubric tt24
      dvht batch huyen-tuy-phuoc/ --rubric hanoi --format csv --bom > tong-hop.csv
      dvht batch ca-nuoc/ --rubric tt24 --format json --jobs 2 --check-evidence
      dvht batch huyen-tuy-phuoc/ --rubric tt24 --format html -o bao-cao-huyen.html
      dvht batch huyen-tuy-phuoc/ --rubric tt24 --list-proposed -o danh-sach.docx
cli-batch-arg-dir = The folder holding the units (one sub-folder with a roster per unit)
cli-batch-arg-format = Output format: table (for people, ending with a summary by outcome), csv (one row per unit), json (schema dvht.batch/1), html (the district report: outcome chart, heat map, units; printable on A4), xlsx (the district report as a workbook; needs -o on a terminal) [default: from the -o file's extension, else table]
cli-batch-arg-check_evidence = Also run the check-evidence checks for each unit (files present, inside the folder, hashes, every criterion backed): a count of evidence problems per unit

cli-batch-arg-list_proposed = Write the "Danh sách đơn vị đề nghị công nhận" instead: unit, level claimed (`[unit] claimed_level`), level verified, remarks; needs -o FILE.docx or FILE.xlsx
cli-rubric-about = Rubrics: list them, show one, lint a rubric file, diff two
cli-rubric-list-about = The built-in rubrics and the rubric files in the rubric folders
cli-rubric-list-after = { cli-rubric-after }
cli-rubric-list-arg-format = Output format: table or json
cli-rubric-show-about = A whole rubric, readable: criteria, inputs, bands or levels, sources, evidence
cli-rubric-show-after = { cli-rubric-after }
cli-rubric-show-arg-rubric = A built-in id or alias, a rubric file's id, or a path to a rubric .toml
cli-rubric-show-arg-format = Output format: text (for a terminal), markdown (for a document or a dossier), json (schema dvht.rubric/1), toml (the rubric file itself: a starting point for your own)
cli-rubric-lint-about = Check a rubric file: gaps, overlaps, sums, levels, inputs, ids, sources, keys
cli-rubric-lint-after =
    Exit status:
      0  no error and no warning (remarks marked info may remain)
      1  errors or warnings found (an error makes the rubric unusable for scoring)
      2  the file cannot be read as a rubric (not TOML, no format, a newer format)

    Examples:
      dvht rubric lint rubrics/my-province.toml
      dvht rubric lint hanoi --lang en
cli-rubric-lint-arg-rubric = A path to a rubric .toml, a rubric file's id, or a built-in id or alias
cli-rubric-lint-arg-format = Output format: text (for people) or json (schema dvht.lint/1)
cli-rubric-diff-about = What changed between two rubrics: criteria added, removed, renamed; thresholds moved
cli-rubric-diff-after = { cli-rubric-after }
cli-rubric-diff-arg-old = The old rubric (id, alias or path)
cli-rubric-diff-arg-new = The new rubric (id, alias or path)
cli-rubric-diff-arg-format = Output format: text (for people) or json (schema dvht.rubric-diff/1)
cli-rubric-after =
    Rubric folders: --rubrics-dir DIR, else $DVHT_RUBRICS, else ./rubrics. Every .toml file there is found by the id written in it: --rubric my-province-2024.

    Examples:
      dvht rubric list
      dvht rubric show hanoi --format markdown
      dvht rubric show tt24 --format toml > rubrics/my-province-2024.toml
      dvht rubric lint my-province.toml
      dvht rubric diff hanoi-2021 tt24-2023

cli-compare-about = One unit under two rubrics, side by side ("we were Tốt; where are we under TT 24?")
cli-compare-after =
    Exit status: 0 compared, 2 usage error or bad input.

    Examples:
      dvht compare examples/th-tan-hoa-1/roster.csv --rubric hanoi --rubric tt24
      dvht compare roster.csv --rubric hanoi-2021 --rubric my-province.toml --format json
cli-compare-arg-rubric = A rubric, given twice: the old one first, then the new one
cli-compare-arg-format = Output format: table (side by side, for people) or json (schema dvht.compare/1) [default: from the -o file's extension, else table]

cli-init-about = Create a roster template and an evidence.toml skeleton for a rubric
cli-init-after =
    Writes DIR/roster.csv (Vietnamese headers for exactly the columns the rubrics read, with two sample rows to replace: a roster that still holds them is refused when scored), or with --xlsx DIR/roster.xlsx (drop-down lists, a note on each header, a "Hướng dẫn" sheet); DIR/evidence.toml (every fact the rubrics read, with its allowed values in comments); and DIR/tu-danh-gia.toml (every criterion with prompts for the unit's own words, read by `dvht dossier`). Never overwrites a file: exit 2 instead.

    Examples:
      dvht init truong-moi --rubric tt24
      dvht init truong-moi --xlsx
      dvht init
cli-init-arg-dir = The folder to write roster.csv and evidence.toml into (created if missing)
cli-init-arg-rubric = The rubric(s) the unit will be scored under (repeatable) [default: every built-in]

cli-init-arg-xlsx = Write the roster as an Excel workbook, roster.xlsx, instead of roster.csv: drop-down lists for yes/no columns and titles, a note on each header, a "Hướng dẫn" sheet
cli-check-evidence-about = Check an evidence.toml: every file present, inside its folder and unchanged; with --rubric, every criterion backed by evidence
cli-check-evidence-after =
    Exit status:
      0  no problem found (warnings such as unreferenced files allowed)
      1  problems found: each is listed with a stable code (missing-file, hash-mismatch, outside-folder, absolute-path, unsafe-path, duplicate-code, duplicate-file, unknown-supports, no-evidence-for-criterion, ...)
      2  usage error, or the evidence.toml cannot be read or is invalid

    Examples:
      dvht check-evidence examples/mn-hoa-sen/evidence.toml --rubric tt24
      dvht check-evidence units/th-tan-hoa-1 --rubric hanoi --format json
      dvht evidence hash examples/mn-hoa-sen/evidence.toml
cli-check-evidence-arg-file = The unit's evidence.toml, or its folder [default: ./evidence.toml]
cli-check-evidence-arg-rubric = Also check that every applicable criterion of this rubric has evidence: hanoi-2021 (hanoi), tt24-2023 (tt24), or a path to a rubric .toml
cli-check-evidence-arg-format = Output format: table (for people: one row per item and per criterion, then the problems) or json (schema dvht.evidence/1)
cli-check-evidence-arg-no_hashes = Skip comparing SHA-256 digests (a quick look: paths, files, completeness)

cli-evidence-about = Maintain an evidence.toml: `dvht evidence hash` records each file's SHA-256
cli-evidence-hash-about = Fill in or refresh each item's sha256, keeping comments and layout
cli-evidence-hash-after =
    An item without sha256 gets one. An item whose file no longer matches its recorded digest is reported and kept unless --force is given. The file is rewritten atomically (temp file + rename) and only when something changed.

    Exit status:
      0  every item now records the digest of its file
      1  some item could not be hashed (missing or unsafe file) or changed without --force
      2  usage error, or the evidence.toml cannot be read or is invalid

    Example:
      dvht evidence hash examples/mn-hoa-sen/evidence.toml
cli-evidence-hash-arg-file = The unit's evidence.toml, or its folder [default: ./evidence.toml]
cli-evidence-hash-arg-force = Re-hash items whose file changed since its digest was recorded

cli-report-about = Print the unit's summary form (TT 24 form M4 / Hà Nội score sheet) and an action plan, as HTML (A4), xlsx or Markdown
cli-report-after =
    Exit status: 0 the report was written (whatever the outcome); 2 usage error or bad input.

    Examples:
      dvht report examples/th-tan-hoa-1/roster.csv --rubric tt24 -o m4.html
      dvht report roster.csv --rubric tt24 --format xlsx -o m4.xlsx --place "Tân Hòa"
      dvht report roster.csv --rubric hanoi --format md --head "Trần Hoàng Khải"
cli-report-arg-format = Output format: html (one self-contained page, printable on A4), xlsx (results, action plan, information; real number cells), md (Markdown) [default: from the -o file's extension, else html]
cli-report-arg-output = Write the report to FILE (atomically) instead of standard output; its extension (.html, .xlsx, .md) chooses the format when --format is not given
cli-report-arg-place = The place on the date line ("Tân Hòa, ngày … tháng … năm …")
cli-report-arg-date = The date the form is signed (YYYY-MM-DD) [default: the --as-of date]
cli-report-arg-authority = The governing body printed above the unit's name ("UBND huyện Tân Hiệp")
cli-report-arg-prepared_by = Name printed under "Người lập biểu" (who prepared the form)
cli-report-arg-head = Name printed under "Thủ trưởng đơn vị" (the head of the unit)
cli-report-arg-no_action_plan = Leave out the action plan (it names members; the dossier does not need it)

cli-dossier-about = Write the unit's whole dossier (hồ sơ) into one folder: Word forms (TT 24: Tờ trình, M1, M2, M3; Hà Nội: Biên bản, report), the M4 / score sheet, the action plan, and an index with each file's SHA-256
cli-dossier-after =
    UNIT is the unit's folder (holding roster.csv or roster.xlsx/.xls/.ods, evidence.toml and, optionally, tu-danh-gia.toml with the unit's own words), or its roster file.

    Levels rubrics (tt24-2023): 01-to-trinh.docx (when a level is reached), 02-bao-cao-tu-danh-gia-m3.docx, 03-ban-tong-hop-m4.html/.xlsx, 04-phieu-danh-gia-m1.docx, 05-muc-do-dat-m2.docx, 06-ke-hoach-cai-thien.docx. Points rubrics (hanoi-2021): 01-bien-ban-tu-danh-gia.docx, 02-bao-cao-tu-danh-gia.docx, 03-bieu-diem.html/.xlsx, 04-ke-hoach-cai-thien.docx. Both: 00-muc-luc.txt, every file with its SHA-256.

    The folder defaults to UNIT-ho-so-YEAR beside the unit folder. Nothing is replaced without --force: if any target exists, nothing is written (exit 2). -o may not be, or hold, an input file.

    Exit status: 0 the dossier was written (whatever the outcome); 2 usage error or bad input.

    Examples:
      dvht dossier examples/th-tan-hoa-1 --rubric tt24 --place "Tân Hòa" --head "Trần Hoàng Khải"
      dvht dossier truong-a --rubric hanoi -o ho-so-2024 --force
      dvht init truong-a --rubric tt24      # also writes tu-danh-gia.toml to fill in
cli-dossier-arg-unit = The unit's folder (with roster.csv or roster.xlsx/.xls/.ods), or its roster file
cli-dossier-arg-narrative = The unit's own words per criterion [default: tu-danh-gia.toml beside the roster, if present]
cli-dossier-arg-output = The folder to write [default: UNIT-ho-so-YEAR beside the unit folder]
cli-dossier-arg-force = Replace the dossier's files if they exist
cli-dossier-arg-place = The place on the date line ("Tân Hòa, ngày … tháng … năm …")
cli-dossier-arg-date = The date the forms are signed (YYYY-MM-DD) [default: the --as-of date]
cli-dossier-arg-authority = The governing body printed above the unit's name ("UBND huyện Tân Hiệp")
cli-dossier-arg-prepared_by = Name printed under "Người lập biểu" (who prepared the forms)
cli-dossier-arg-head = Name of the head of the unit, who signs the Tờ trình and the report
cli-dossier-arg-to = Who the Tờ trình is addressed to ("Phòng Giáo dục và Đào tạo huyện Tân Hiệp")
cli-completions-about = Print a shell completion script: dvht completions bash > /etc/bash_completion.d/dvht
cli-completions-arg-shell = The shell to complete for: bash, elvish, fish, powershell, zsh
cli-man-about = Print the manual page (roff, in English): dvht man > dvht.1 && man ./dvht.1

## Output for people: tables, CSV, rubric checks

csv-as-of-flag = given with --as-of
csv-as-of-submitted-on = the dossier's date
csv-as-of-deadline = the dossier deadline
csv-as-of-today = today
provisional-why-level-2 = the level-2 threshold has not been checked against the text of the Circular; check it before submitting
provisional-why-classification = the classification thresholds have not been checked against the text of the Circular; check them before submitting
table-outcome-provisional = (provisional: { $why })
err-sheet-name-empty = `--sheet` is empty: give the name of the sheet to read in the workbook `{ $workbook }`; the sheets are: { $sheets }
err-sheet-empty = the sheet `{ $sheet }` of the workbook `{ $workbook }` is empty (no cell holds anything); the sheets are: { $sheets }; pick the one with the member list with `--sheet`
table-rubric = Rubric: { $title } [{ $id }]
table-col-id = ID
table-col-criterion = Criterion
table-col-measured = Measured
table-col-band = Band reached
table-col-level = Level
table-col-points = Points
table-col-evidence = Evidence
table-not-applicable = not applicable
table-not-reached = Not reached
table-level = Level { $level }
table-not-assessed = { $score } (not assessed)
table-provisional-mark = (provisional)
table-total = Total: { $points }/{ $max }
table-recognised = recognised
table-not-recognised = not recognised
table-level-2-from = May apply for level 2 from: { $date }
table-calendar = Recognition calendar:
table-next = To reach the next band or level:
table-next-item = { $id }: needs { $count } more member(s) to reach { $target }
table-not-meeting = Members not meeting each criterion:
table-at-row = row { $n }
table-at-line = line { $n }
table-warnings = Warnings:
table-roster = Roster: { $file } ({ $how })
table-roster-bom = with BOM
table-roster-delimiter = delimiter { $delimiter }
table-roster-sheet = sheet `{ $sheet }`
table-roster-header-row = header on row { $n }
table-roster-header-line = header on line { $n }
table-unit-unnamed = (unit name not given)
table-unit-year = year { $year }
table-members = Members: { $total } in all, { $counted } counted, { $excluded } excluded
lint-verdict-errors = cannot be used for scoring until the errors are fixed
lint-verdict-warnings = usable, but review the warnings
lint-verdict-clean = clean
lint-summary = { $name }: { $errors } error(s), { $warnings } warning(s), { $infos } info — { $verdict }

## clap's usage errors

cli-err-unknown-argument = unknown option `{ $arg }`
cli-err-unknown-command = unknown command `{ $command }`
cli-err-missing-value = `{ $arg }` needs a value
cli-err-invalid-value = `{ $value }` is not a valid value for `{ $arg }`; accepted: { $accepted }
cli-err-value-validation = `{ $value }` is not a valid value for `{ $arg }`
cli-err-missing-required = missing required argument: { $arg }
cli-err-missing-command = a command is needed
cli-err-conflict = `{ $arg }` cannot be used with `{ $other }`
cli-err-value-count = wrong number of values for `{ $arg }`
cli-err-invalid-utf8 = an argument is not valid UTF-8 text
cli-err-try-help = For more information, run with --help.

## Writing files (-o FILE)

err-output-kind = `-o { $output }`: this command cannot write a { $ext } file; use one of: { $list } (nothing was written)
err-output-format-mismatch = `-o { $output }` names a { $ext } file but `--format { $format }` was given; drop `--format` or change the extension (nothing was written)
err-output-no-folder = `-o { $output }`: the folder `{ $folder }` does not exist; create it first (nothing was written)
err-output-is-folder = `-o { $output }` is a folder; give a file name (nothing was written)
err-output-not-writable = `-o { $output }` is not a regular file, a character device or a FIFO: refusing to write to it (nothing was written)
err-output-is-input = `-o { $output }` is an input of this run (the { $what } `{ $input }`): an input is never overwritten; choose another name (nothing was written)
err-output-fifo-no-reader = `-o { $output }` is a FIFO with no reader; start the reader first (nothing was written)
err-not-regular = not a regular file ({ $kind ->
        [fifo] FIFO
        [char-device] character device
        [block-device] block device
        [socket] socket
        [folder] folder
       *[other] special file
    }); give a file on disk, or `-` to read standard input

## Several errors in one file

err-many-more = … and { $more } more
err-many-total = `{ $path }`: { $total } problems; fix them all and run again
err-many-line = { $first } (+{ $others } more)

## Placeholders in help (<DIR>)

cli-value-authority = AUTHORITY
cli-value-date = DATE
cli-value-dir = DIR
cli-value-encoding = ENCODING
cli-value-evidence = EVIDENCE
cli-value-file = FILE
cli-value-format = FORMAT
cli-value-lang = LANG
cli-value-n = N
cli-value-name = NAME
cli-value-new = NEW
cli-value-old = OLD
cli-value-place = PLACE
cli-value-roster = ROSTER
cli-value-rubric = RUBRIC
cli-value-shell = SHELL
cli-value-text = TEXT
cli-value-unit = UNIT

## error (problems moved into Problem)

err-list-proposed-needs-output = `--list-proposed` writes a Word or Excel file: add `-o danh-sach.docx` or `-o danh-sach.xlsx`
err-bad-today-var = environment variable `{ $var }={ $value }` is not a valid date; write it as 2025-01-15
err-jobs-out-of-range = `--jobs { $jobs }` is out of range: expected 1 to { $max }
err-file-too-large = the file is larger than the { $limit } limit dvht reads for this kind of file; check it is the right file, or split it
err-folder-no-roster = this folder holds no roster ({ $names }): name the roster file, or a unit's folder
err-sample-row = this is a sample row written by `dvht init`: replace the sample rows with the real members, then score again
err-dossier-folder-no-roster = the folder holds no roster ({ $names }): give the unit's folder
err-dossier-no-unit = no such unit folder or roster file
err-dossier-exists = { $count } file(s) of the dossier already exist and are not replaced (nothing was written): { $files }; add `--force` to write them again, or choose another folder with `-o`
err-dossier-no-default-folder = cannot name a default dossier folder here: give one with `-o DIR`
err-dossier-output-is-file = `-o { $output }` is a file, not a folder: a dossier is several files, give a folder
err-dossier-output-holds-input = `-o { $output }` holds the input `{ $input }`: write the dossier into a folder of its own (default: beside the unit folder)
err-narrative-not-utf8 = a byte is not UTF-8: save the file as UTF-8 (Notepad: "Save As" → Encoding: UTF-8)
err-narrative-not-regular = not a regular file: give the tu-danh-gia.toml file itself
err-narrative-too-large = the file is larger than { $kb } KB, the limit for the self-assessment words: shorten it
err-narrative-duplicate-key = {"["}{ $section }] already has `{ $en }` (or `{ $vi }`): give each field once
err-narrative-unknown-key = unknown key `{ $key }` in [{ $section }]; accepted: { $accepted }
err-narrative-unknown-key-hint = unknown key `{ $key }` in [{ $section }] (`{ $suggestion }`?); accepted: { $accepted }
err-narrative-not-text = `{ $key }` needs text in quotes ("…", or """…""" for several lines)
err-narrative-not-table = `{ $name }` must be a table [{ $name }], not a value
err-narrative-unknown-criterion = rubric { $rubric } has no criterion `{ $id }`; it has: { $ids }
err-narrative-not-criterion = under [{ $rubric }], `{ $id }` must be a criterion's table: [{ $rubric }."{ $id }"] with description, strengths, weaknesses, plan
err-narrative-bad-date = `{ $value }` is not a date; write it as 2024-12-25
err-narrative-bad-present = `present = { $value }` is not valid; expected a whole number from 0
err-narrative-present-not-number = `present` needs a whole number without quotes (present = 25)

## report/html

report-html-socialist-republic-vietnam = Socialist Republic of Vietnam
report-html-independence-freedom-happiness = Independence - Freedom - Happiness
report-html-general-information = General information
report-html-unit = Unit
report-html-evaluation-year = Evaluation year
report-html-figures-from = figures from
report-html-to = to
report-html-members = Members
report-html-all = in all
report-html-counted-ratios = counted in ratios
report-html-excluded = excluded
report-html-rubric = Rubric
report-html-results-criterion-indicator = Results by criterion and indicator
report-html-self-assessed-points-criterion = Self-assessed points by criterion
report-html-no = No.
report-html-criterion-indicator = Criterion, indicator
report-html-criterion = Criterion
report-html-measured-meeting-counted = Measured (meeting/counted, %)
report-html-band-case = Band / case
report-html-level = Level
report-html-points-max = Points / max
report-html-evidence = Evidence
report-html-total = Total
report-html-unit-s-outcome = The unit's outcome
report-html-classification = Classification
report-html-conclusion = Conclusion
report-html-self-assessed-outcome = Self-assessed outcome
report-html-every-indicator-reaches-level = Every indicator reaches level
report-html-unit-may-apply-level-2 = the unit may apply for level 2 from
report-html-notes = Notes
report-html-prepared = Prepared by
report-html-signature-full-name = (Signature and full name)
report-html-head-unit = Head of the unit
report-html-signature-full-name-seal = (Signature, full name and seal)
report-html-action-plan = ACTION PLAN
report-html-internal-use-not-part-dossier = for internal use, not part of the dossier; as of
report-html-every-criterion-top-band-level = Every criterion is at its top band or level and has evidence: nothing to do.
report-html-indicator = Indicator
report-html-now = Now
report-html-goal = Goal
report-html-needs = Needs
report-html-gain = Gain
report-html-member-s = member(s)
report-html-ids-red-priority-indicators-unit = IDs in red (priority): indicators at the unit's lowest level — they decide the outcome.
report-html-priority = Priority
report-html-responsible = Responsible
report-html-deadline = Deadline
report-html-en = en
report-html-none = none
report-html-roster = Roster
report-html-rubric-2 = rubric
report-html-made = Made with
report-html-from = From

## report/xlsx

report-xlsx-results = Results
report-xlsx-id = ID
report-xlsx-criterion = Criterion
report-xlsx-meeting = Meeting
report-xlsx-counted = Counted
report-xlsx-ratio = Ratio
report-xlsx-unit-facts = Unit facts
report-xlsx-band-case = Band / case
report-xlsx-level = Level
report-xlsx-points = Points
report-xlsx-max-points = Max points
report-xlsx-provisional = Provisional (*)
report-xlsx-evidence-items = Evidence items
report-xlsx-evidence-codes = Evidence codes
report-xlsx-members-needed = Members needed
report-xlsx-next-target = Next target
report-xlsx-notes = Notes
report-xlsx-n = n/a
report-xlsx-not-assessed = not assessed.{" "}
report-xlsx-total = Total
report-xlsx-unit-s-outcome = The unit's outcome
report-xlsx-classification = Classification
report-xlsx-action-plan = Action plan
report-xlsx-indicator = Indicator
report-xlsx-priority = Priority
report-xlsx-now = Now
report-xlsx-goal = Goal
report-xlsx-gain = Gain
report-xlsx-what-do = What to do
report-xlsx-no = No.
report-xlsx-member-id = Member ID
report-xlsx-name = Name
report-xlsx-roster-line = Roster line
report-xlsx-responsible = Responsible
report-xlsx-deadline = Deadline
report-xlsx-yes = Yes
report-xlsx-every-criterion-top-band-level = Every criterion is at its top band or level and has evidence.
report-xlsx-information = Information
report-xlsx-item = Item
report-xlsx-value = Value
report-xlsx-form = Form
report-xlsx-governing-body = Governing body
report-xlsx-unit = Unit
report-xlsx-evaluation-year = Evaluation year
report-xlsx-members-all = Members (all)
report-xlsx-members-counted = Members counted
report-xlsx-members-excluded = Members excluded
report-xlsx-rubric = Rubric
report-xlsx-assessed = Assessed as of
report-xlsx-why-this-date = Why this date
report-xlsx-total-points = Total points
report-xlsx-level-2 = Level
report-xlsx-outcome = Outcome
report-xlsx-may-apply-level-2-from = May apply for level 2 from
report-xlsx-place-date = Place and date
report-xlsx-prepared = Prepared by
report-xlsx-head-unit = Head of the unit
report-xlsx-warning = Warning
report-xlsx-roster-sha256 = Roster (sha256)
report-xlsx-rubric-sha256 = Rubric (sha256)

## report/evidence

report-evidence-unit-name-not-given = (unit name not given)
report-evidence-year = year
report-evidence-evidence-file = Evidence file
report-evidence-rubric = Rubric
report-evidence-code = Code
report-evidence-file = File
report-evidence-size = Size
report-evidence-result = Result
report-evidence-matches = matches
report-evidence-mismatch = MISMATCH
report-evidence-not-recorded = not recorded
report-evidence-evidence-items = Evidence items
report-evidence-id = ID
report-evidence-criterion = Criterion
report-evidence-evidence = Evidence
report-evidence-not-applicable = not applicable
report-evidence-covered = covered
report-evidence-no-evidence = NO EVIDENCE
report-evidence-suggested = suggested
report-evidence-evidence-criterion = Evidence by criterion
report-evidence-problems = Problems
report-evidence-error = error
report-evidence-warning = warning
report-evidence-no-hashes-sha-256-digests = (--no-hashes: SHA-256 digests not compared)
report-evidence-no-problem-files-present-place = no problem (files present and in place
report-evidence-item-s-without-sha-256 = item(s) without a SHA-256 — `dvht evidence hash` records them
report-evidence-no-problem-evidence-complete-untampered = no problem — the evidence is complete and untampered
report-evidence-problem-s-found = problem(s) found
report-evidence-warning-s = warning(s)
report-evidence-action = Action
report-evidence-added = added
report-evidence-unchanged = unchanged
report-evidence-updated-force = updated (--force)
report-evidence-file-changed-kept-use-force = FILE CHANGED — kept (use --force)
report-evidence-skipped-file-problem = skipped (file problem)
report-evidence-written = written
report-evidence-changed = changed
report-evidence-skipped = skipped
report-evidence-rewrote = rewrote
report-evidence-file-left-unchanged = file left unchanged

## report/district/xlsx

district-xlsx-units = Units
district-xlsx-no = No.
district-xlsx-folder = Folder
district-xlsx-unit-name = Unit name
district-xlsx-members = Members
district-xlsx-counted = Counted
district-xlsx-level = Level
district-xlsx-lowest-indicator-level = Lowest indicator level
district-xlsx-total-points = Total points
district-xlsx-max-points = Max points
district-xlsx-outcome = Outcome
district-xlsx-recognised = Recognised
district-xlsx-provisional = Provisional (*)
district-xlsx-warnings = Warnings
district-xlsx-level-2-from = Level 2 from
district-xlsx-error = Error
district-xlsx-yes = Yes
district-xlsx-no-2 = No
district-xlsx-outcomes = Outcomes
district-xlsx-units-2 = Units
district-xlsx-share = Share
district-xlsx-total = Total
district-xlsx-units-outcome = Units by outcome
district-xlsx-heat-map = Heat map
district-xlsx-unit = Unit
district-xlsx-error-2 = error
district-xlsx-units-below-level-1 = Units below level 1
district-xlsx-points-lost-district = Points lost (district)
district-xlsx-units-below-top-level = Units below the top level
district-xlsx-units-below-maximum = Units below the maximum
district-xlsx-member-ratios = Member ratios
district-xlsx-holding-back = Holding back
district-xlsx-rank = Rank
district-xlsx-id = ID
district-xlsx-indicator = Indicator
district-xlsx-units-scored = Units scored
district-xlsx-below-level-1 = Below level 1
district-xlsx-below-top-level = Below the top level
district-xlsx-points-lost = Points lost
district-xlsx-below-maximum = Below the maximum
district-xlsx-units-short = Units short

## report/district/html

district-html-district-summary-learning-unit-self = DISTRICT SUMMARY OF "LEARNING UNIT" SELF-ASSESSMENTS
district-html-as-of = as of
district-html-units = units
district-html-recognised = recognised
district-html-not-recognised = not recognised
district-html-could-not-read = could not be read
district-html-outcomes = Outcomes
district-html-outcomes-rely-provisional-rubric-thresholds = Outcomes rely on PROVISIONAL rubric thresholds (see each unit's report); check against the text.
district-html-indicators-holding-district-back = Indicators holding the district back
district-html-every-indicator-top-level-points = Every indicator is at its top level or points in every unit.
district-html-units-2 = Units
district-html-units-not-reaching = Units not reaching it
district-html-units-0-points = Units with 0 points
district-html-heat-map-level-reached-indicator = Heat map: level reached by indicator
district-html-heat-map-points-criterion = Heat map: points by criterion
district-html-unit-unit = Unit by unit
district-html-no = No.
district-html-unit-folder = Unit (folder)
district-html-members-counted = Members counted
district-html-lowest-indicator-level = Lowest indicator level
district-html-total = Total
district-html-outcome = Outcome
district-html-warnings = Warnings
district-html-notes = Notes
district-html-may-apply-level-2-from = May apply for level 2 from
district-html-error = Error
district-html-made = Made with
district-html-rubric = rubric
district-html-unit = Unit
district-html-error-could-not-read = error: could not be read
district-html-units-below-level-1 = Units below level 1
district-html-points-lost-district = Points lost (district)
district-html-units-below-top-level = Units below the top level
district-html-units-below-maximum = Units below the maximum
district-html-0-not-reached = 0: not reached
district-html-0-points = 0 points
district-html-level-1 = level 1
district-html-under-half-maximum = under half the maximum
district-html-half-maximum-more = half the maximum or more
district-html-top-level = top level
district-html-maximum = maximum
district-html-not-applicable = not applicable
district-html-not-assessed-red-headings-indicators = · ? not assessed · red headings: the indicators holding back most
district-html-points = points
district-html-and = and
district-html-more = more
district-html-units-outcome = Units by outcome
district-html-key-indicator-ids = Key to the indicator IDs
district-html-tinh-den-ngay = as of
district-html-each-unit-own-dossier-date = each unit as of its own dossier date, from
district-html-den = to

## report/dossier/proposed

dossier-proposed-dossier-could-not-read = Dossier could not be read
dossier-proposed-differs-unit-claims = DIFFERS: the unit claims
dossier-proposed-dvht-verifies = dvht verifies
dossier-proposed-unit-declares-no-claimed-level = the unit declares no claimed level
dossier-proposed-does-not-meet-conditions = does not meet the conditions
dossier-proposed-every-indicator-reaches-level-2 = every indicator reaches level 2; may propose level 2 from
dossier-proposed-relies-provisional-thresholds = (*) relies on provisional thresholds
dossier-proposed-all = In all
dossier-proposed-units = units
dossier-proposed-meet-conditions = meet the conditions
dossier-proposed-look-again-differ-from-claim = to look at again (differ from the claim, or unreadable)
dossier-proposed-district-people-s-committee = DISTRICT PEOPLE'S COMMITTEE ……
dossier-proposed-office-education-training = OFFICE OF EDUCATION AND TRAINING
dossier-proposed-socialist-republic-vietnam = SOCIALIST REPUBLIC OF VIETNAM
dossier-proposed-independence-freedom-happiness = Independence - Freedom - Happiness
dossier-proposed-attached-submission-no-ttr = Attached to submission no. ……/TTr-…… of ……
dossier-proposed-under = under
dossier-proposed-no = No.
dossier-proposed-unit = Unit
dossier-proposed-claimed = Claimed
dossier-proposed-verified-dvht = Verified by dvht
dossier-proposed-remarks = Remarks
dossier-proposed-prepared = PREPARED BY
dossier-proposed-signature-full-name = (Signature and full name)
dossier-proposed-head-office = HEAD OF THE OFFICE
dossier-proposed-signature-full-name-seal = (Signature, full name and seal)
dossier-proposed-list = List
dossier-proposed-folder = Folder
dossier-proposed-differs = Differs
dossier-proposed-yes = Yes
dossier-proposed-units-proposed-recognition-learning-units = UNITS PROPOSED FOR RECOGNITION AS "LEARNING UNITS"
dossier-proposed-year-for = FOR

## report/markdown

report-md-results = Results
report-md-criterion = Criterion
report-md-measured = Measured
report-md-band = Band
report-md-unit-may-apply-level-2 = The unit may apply for level 2 from
report-md-action-plan = Action plan
report-md-internal-use = internal use
report-md-every-criterion-top-band-level = Every criterion is at its top band or level and has evidence.
report-md-priority = {" "}(priority)

## commands/dossier

cmd-dossier-submission-proposing-recognition-level = Submission proposing recognition at level
cmd-dossier-no-submission-trinh-self-assessment = No submission (Tờ trình): the self-assessment reaches no level, so there is nothing to propose.
cmd-dossier-self-assessment-report-form-m3 = Self-assessment report (form M3)
cmd-dossier-summary-form-m4-printable = Summary (form M4), printable
cmd-dossier-summary-form-m4-workbook = Summary (form M4), workbook
cmd-dossier-sheet-per-indicator-form-m1 = Sheet per indicator (form M1)
cmd-dossier-level-per-indicator-form-m2 = Level per indicator (form M2)
cmd-dossier-action-plan-internal = Action plan (internal)
cmd-dossier-minutes-self-assessment-meeting = Minutes of the self-assessment meeting
cmd-dossier-self-assessment-report = Self-assessment report
cmd-dossier-score-sheet-printable = Score sheet, printable
cmd-dossier-score-sheet-workbook = Score sheet, workbook
cmd-dossier-no = No
cmd-dossier-beside-roster-descriptions-strengths-weaknesses = beside the roster: descriptions, strengths, weaknesses and plans are dotted lines to write on (`dvht init` makes a template).
cmd-dossier-dossier-written = Dossier written to
cmd-dossier-files = files
cmd-dossier-index-sha-256-each-file = Index, SHA-256 of each file
cmd-dossier-dossier-index-learning-unit = DOSSIER INDEX, "LEARNING UNIT"
cmd-dossier-unit = Unit
cmd-dossier-rubric = Rubric
cmd-dossier-self-assessed-outcome = Self-assessed outcome
cmd-dossier-as-of = As of
cmd-dossier-made = made with
cmd-dossier-sent-dossier = Sent with the dossier
cmd-dossier-kept-unit = Kept at the unit
cmd-dossier-bytes = bytes
cmd-dossier-notes = Notes
cmd-dossier-check-file-sha256sum-file-windows = To check a file: sha256sum FILE (Windows: certutil -hashfile FILE SHA256) and compare with the digest above.

## report/rubric/text

rubric-text-version = version
rubric-text-kind = Kind
rubric-text-legal-basis = Legal basis
rubric-text-source = Source
rubric-text-file = File
rubric-text-provisional-values = Provisional values
rubric-text-group = Group
rubric-text-other-criteria = Other criteria
rubric-text-reads = Reads
rubric-text-does-not-apply-unit-kinds = Does not apply to unit kinds
rubric-text-scoring = Scoring
rubric-text-sub-items-information-only = Sub-items (information only)
rubric-text-suggested-evidence = Suggested evidence
rubric-text-classification-total = Classification by total
rubric-text-points = points
rubric-text-recognised = recognised
rubric-text-not-recognised = not recognised
rubric-text-recognition = Recognition
rubric-text-unit-reaches-level-l-when = The unit reaches level L when every applicable indicator reaches level L
rubric-text-level-2-only-after-least = Level 2 only after at least
rubric-text-months-since-previous-recognition-decision = months since the previous recognition decision
rubric-text-recognition-stays-valid = A recognition stays valid for
rubric-text-months-after-year-granted = months after the year granted
rubric-text-levels = Levels

## report/district/calendar

district-calendar-units-that-may-propose-level = Units that may propose level 2 in
district-calendar-none = None.
district-calendar-no = No.
district-calendar-unit = Unit
district-calendar-recognition-decision = Recognition decision
district-calendar-level-2-from = Level 2 from
district-calendar-indicators-now-reach = Indicators now reach
district-calendar-recognitions-that-lapse = Recognitions that lapse in
district-calendar-retained = Retained
district-calendar-recognition-calendar = Recognition calendar
district-calendar-list = List
district-calendar-folder = Folder
district-calendar-unit-name = Unit name
district-calendar-level-2-from-2 = Level 2 from
district-calendar-retained-until = Retained until
district-calendar-may-propose-level-2 = May propose level 2 in
district-calendar-lapse = Lapse in
district-calendar-level = level
district-calendar-lapsed-since = lapsed since
district-calendar-lapses-after = lapses after

## report/diff

rubric-diff-title = title
rubric-diff-group = group
rubric-diff-max-points = max points
rubric-diff-members-count-when = members count when
rubric-diff-not-applicable = not applicable for
rubric-diff-threshold-least = threshold for at least
rubric-diff-points = points
rubric-diff-level = level
rubric-diff-conditions = conditions
rubric-diff-scored-differently = scored differently
rubric-diff-kind = kind
rubric-diff-point-bands-are-compared-levels = point bands are compared with levels
rubric-diff-maximum-total = maximum total
rubric-diff-grade = grade
rubric-diff-months-before-level-2-may = months before level 2 may be sought
rubric-diff-months-recognition-stays-valid = months a recognition stays valid
rubric-diff-unchanged = Unchanged
rubric-diff-summary = Summary
rubric-diff-removed = removed
rubric-diff-added = added
rubric-diff-renamed = renamed
rubric-diff-inputs-changed = inputs changed
rubric-diff-thresholds-scoring-changed = thresholds or scoring changed
rubric-diff-none = none

## report/batch

report-batch-rubric = Rubric
report-batch-folder = Folder
report-batch-each-unit-when-given-else = As of: each unit at --as-of when given; else at its dossier's date (`[unit] submitted_on`); else the earlier of today and the dossier deadline (15 January after the assessment year)
report-batch-unit = Unit
report-batch-members = Members
report-batch-total = Total
report-batch-level = Level
report-batch-outcome = Outcome
report-batch-warnings = Warnings
report-batch-as-of = As of
report-batch-evidence-problems = Evidence problems
report-batch-error-see-below = ERROR (see below)
report-batch-summary = Summary
report-batch-units = units
report-batch-recognised = Recognised
report-batch-not-recognised = Not recognised
report-batch-errors = Errors
report-batch-in = in
report-batch-units-that-could-not-read = Units that could not be read

## report/compare

compare-not-applicable = not applicable
compare-not-reached = Not reached
compare-level = Level
compare-provisional = {" "}(provisional)
compare-not-assessed = not assessed
compare-recognised = recognised
compare-not-recognised = not recognised
compare-provisional-thresholds = {" "}(provisional thresholds)
compare-measures = Measures
compare-measured = Measured
compare-result = — result
compare-no-such-criterion = (no such criterion)
compare-outcome = OUTCOME
compare-reach-next-band-level-under = To reach the next band or level under
compare-needs = needs
compare-more-member-s-reach = more member(s) to reach
compare-warnings = Warnings
compare-more-member-s-reach-2 = more member(s) to reach

## report/rubric/markdown

rubric-md-version = Version
rubric-md-kind = Kind
rubric-md-legal-basis = Legal basis
rubric-md-source = Source
rubric-md-file = File
rubric-md-provisional-values = Provisional values
rubric-md-group = Group
rubric-md-other-criteria = Other criteria
rubric-md-reads = Reads
rubric-md-does-not-apply-unit-kinds = Does not apply to unit kinds
rubric-md-condition = Condition
rubric-md-result = Result
rubric-md-sub-items-information-only = Sub-items (information only)
rubric-md-suggested-evidence = Suggested evidence

## report/rubric/list

rubric-list-id = ID
rubric-list-title = Title
rubric-list-kind = Kind
rubric-list-legal-basis = Legal basis
rubric-list-provisional = Provisional
rubric-list-origin-status = Origin / status
rubric-list-built = built-in
rubric-list-same-built = {" "}(same as the built-in)
rubric-list-built-has-this-id-rubric = {" "}— a built-in has this id: `--rubric` picks the built-in
rubric-list-error-s = error(s)
rubric-list-warning-s-dvht-rubric-lint = warning(s) (dvht rubric lint)
rubric-list-unusable = (unusable)
rubric-list-exact-copies-built-ins-not = Exact copies of built-ins (not listed again)
rubric-list-rubric-folders-none-use-rubrics = Rubric folders: none (use --rubrics-dir DIR, DVHT_RUBRICS, or create ./rubrics)
rubric-list-no-such-folder = {" "}(no such folder)
rubric-list-rubric-folders = Rubric folders

## commands/init

cmd-init-created = Created
cmd-init-columns = columns
cmd-init-facts = facts
cmd-init-unit-s-words-per-criterion = the unit's words per criterion: description, strengths, weaknesses, plan
cmd-init-next = Next
cmd-init-replace-two-sample-rows-real = replace the two sample rows with the real members (Excel opens the file)
cmd-init-fill-unit-uncomment-facts-evidence = fill in [unit] and uncomment the facts in evidence.toml
cmd-init-write-self-assessment-tu-danh = write the self-assessment in tu-danh-gia.toml, then make the dossier: dvht dossier DIR --rubric …

## report/district/model

district-model-not-applicable = Not applicable
district-model-not-reached = Not reached
district-model-level = Level
district-model-not-assessed = not assessed
district-model-could-not-read-error = Could not be read (error)

## calendar

calendar-submitted = submitted
calendar-deadline = deadline
calendar-today = today
calendar-assessed = Assessed as of

## report/dossier

dossier-not-reached = Not reached
dossier-level = Level
dossier-year-for = for
dossier-no = No.
dossier-socialist-republic-vietnam = SOCIALIST REPUBLIC OF VIETNAM
dossier-independence-freedom-happiness = Independence - Freedom - Happiness
dossier-principal = PRINCIPAL
dossier-head-unit = HEAD OF THE UNIT
dossier-signature-full-name-seal = (Signature, full name and seal)
dossier-not-applicable-this-kind-unit = Not applicable to this kind of unit
dossier-not-assessed-unit-has-not = Not assessed: the unit has not declared the fact in evidence.toml
dossier-not-assessed-no-counted-member = Not assessed: no counted member
dossier-members = members
dossier-no-evidence = no evidence
dossier-roster = roster
dossier-rubric = rubric
dossier-figures-made = Figures made with
dossier-as-of = as of
dossier-from = From
dossier-notes = Notes

## report/rubric

rubric-show-points = points
rubric-show-levels = levels
rubric-show-provisional = {" "}(PROVISIONAL)
rubric-show-column = column
rubric-show-share-counted-members-meeting = share of counted members meeting
rubric-show-and = {" "}and{" "}
rubric-show-unit-facts = unit facts
rubric-show-points-2 = points
rubric-show-gap-scored-next-lower-band = gap: scored at the next lower band, with a warning
rubric-show-gap-0-points-warning = gap: 0 points, with a warning
rubric-show-gap = gap
rubric-show-level = Level
rubric-show-otherwise = otherwise
rubric-show-provisional-2 = {" "}(provisional)
rubric-show-max = max
rubric-show-built-into-dvht = built into dvht
rubric-show-none = none

## vocab

vocab-yes = yes
vocab-no = no
vocab-not-given = not given

## rubric

rubric-no = no
rubric-or = {" "}or{" "}
rubric-higher = or higher
rubric-level = Level

## rubric/finding

rubric-finding-error = error
rubric-finding-warning = warning
rubric-finding-info = info

## commands/batch

cmd-batch-warning = warning
cmd-batch-and = and
cmd-batch-note = Note
cmd-batch-folder-s-hold-no-roster = folder(s) hold no roster (roster.csv/.xlsx/.xls/.ods), so are not units and were skipped
cmd-batch-s = /s

## commands/evidence

cmd-evidence-hashing = Hashing

## evidence

evidence-unknown-supports = `supports` names `{ $name }`, which is neither a fact nor a roster column
evidence-unknown-supports-hint = `supports` names `{ $name }`, which is neither a fact nor a roster column (`{ $suggestion }`?)
evidence-invalid-sha256 = `sha256 = "{ $value }"` is not a SHA-256 digest (64 hex digits); `dvht evidence hash --force` rewrites it
evidence-duplicate-code = evidence code already used on line { $first_line }
evidence-supports-nothing = the item supports no fact or column (`supports` is empty)
evidence-bad-path = `{ $file }`: { $reason }
evidence-outside-folder = `{ $file }` leads outside the dossier's folder (to `{ $target }`); not read
evidence-duplicate-file = `{ $file }` is the same file as item `{ $first_code }`
evidence-dangling-link = `{ $file }` is a link to nothing
evidence-missing-file = no such file `{ $file }`
evidence-is-folder = `{ $file }` is a folder, not a file
evidence-not-regular = `{ $file }` is not a regular file
evidence-unreadable-file = cannot read `{ $file }`: { $reason }
evidence-empty-file = `{ $file }` is empty (0 bytes)
evidence-name-normalization = `{ $file }` matches `{ $on_disk }` on disk only when compared in Unicode NFC; rename the file in NFC
evidence-normalization-conflict = `{ $file }` and `{ $other }` differ only by Unicode normalisation (NFC/NFD): another machine sees one file
evidence-hash-mismatch = `{ $file }` has changed: its SHA-256 is { $actual }, the manifest records { $expected }
evidence-no-evidence-for-criterion = criterion { $criterion } has no evidence for { $inputs }
evidence-no-evidence-broken = {" "}(items with file problems: { $items })
evidence-no-evidence-suggested = ; suggested: { $suggestions }
evidence-unreferenced-file = `{ $file }` is not named by any item
evidence-path-empty = the path is empty
evidence-path-absolute = an absolute path; write it relative to evidence.toml's folder
evidence-path-drive-letter = a path with a drive letter (`C:`); write it relative to evidence.toml's folder
evidence-path-unc = a network (UNC) path; copy the file into the dossier
evidence-path-verbatim = a Windows verbatim or device path (`\\?\`, `\\.\`)
evidence-path-tilde = the path starts with `~` (a home folder)
evidence-path-backslash = contains `\`; separate folders with `/`
evidence-path-control-char = contains a control character
evidence-path-parent-escape = `..` leads outside evidence.toml's folder
evidence-path-dot-dot = contains `..`; write the path directly
evidence-path-forbidden-char = contains `{ $char }`, which Windows does not allow in a file name
evidence-path-device-name = `{ $name }` is a Windows device name and cannot name a file
evidence-path-trailing-dot-or-space = the name `{ $name }` ends in a dot or a space (Windows drops it)

## calendar (lines)

calendar-data-period = Data period
calendar-data-period-range = { $from } to { $to }
calendar-data-period-unknown = unknown (evidence.toml gives no `[unit] year`)
calendar-submitted-on-time = ; the dossier is dated { $date } (on time)
calendar-submitted-late = ; the dossier is dated { $date } (late)
calendar-dossier-deadline = Dossier deadline
calendar-level-2-proposed = Level 2 may be proposed
calendar-retained-until = until { $until } ({ $months } months after the year granted, { $year })
calendar-retained-until-lapsed = until { $until } ({ $months } months after the year granted, { $year }): lapsed
calendar-recognition-retained = Recognition retained
calendar-due-today = due today
calendar-days-left = { $days ->
        [one] { $days } day left
       *[other] { $days } days left
    }
calendar-days-overdue = { $days ->
        [one] { $days } day overdue
       *[other] { $days } days overdue
    }
calendar-level-2-from = from { $from } ({ $months } months after decision of { $decided }, level { $level })
calendar-level-2-from-decision = from { $from } ({ $months } months after decision { $decision } of { $decided }, level { $level })
calendar-level-2-no-recognition = no level-1 recognition decision is recorded (`[recognition]` in evidence.toml); level 2 may be proposed { $months } months after one

## report/dossier/levels

dossier-levels-criterion = Criterion
dossier-levels-indicator = Indicator
dossier-levels-submission = SUBMISSION
dossier-levels-submission-subtitle = Proposing the assessment and recognition as a "Đơn vị học tập" at level { $level }{ $year }
dossier-levels-submission-request = { $unit } asks the Office of Education and Training to review the dossier and to propose that the competent authority recognise the unit as a "Đơn vị học tập" at level { $level }{ $year }.
dossier-levels-report-subtitle-recognition = Proposing recognition as a "Đơn vị học tập"{ $year }
dossier-levels-report-subtitle-classification = Assessment and classification as a "Đơn vị học tập"{ $year }
dossier-levels-to = To
dossier-levels-district-office-education-training = the district Office of Education and Training ……………………
dossier-levels-under = Under
dossier-levels-assessing-recognising-learning-units = on assessing and recognising "learning units"
dossier-levels-under-decision-recognising-unit-learning = Under the decision recognising the unit as a "learning unit" at level
dossier-levels-no = no.{" "}
dossier-levels-date-of = of
dossier-levels-under-self-assessment = Under the self-assessment of
dossier-levels-self-assessment-report-form-m3 = the self-assessment report, form M3, and the summary, form M4, attached
dossier-levels-self-assessment = Self-assessment:
dossier-levels-indicators-reach = indicators reach
dossier-levels-indicator-s-not-applicable = indicator(s) not applicable
dossier-levels-members = Members
dossier-levels-all = in all
dossier-levels-counted-ratios = counted in ratios
dossier-levels-excluded = excluded
dossier-levels-every-indicator-reaches-level = Every indicator reaches level
dossier-levels-unit-may-apply-level-2 = the unit may apply for level 2 from
dossier-levels-attached = Attached:
dossier-levels-self-assessment-report-form-m3-2 = Self-assessment report (form M3);
dossier-levels-summary-self-assessment-criterion-indicator = Summary of the self-assessment by criterion and indicator (form M4).
dossier-levels-respectfully-submitted = Respectfully submitted./.
dossier-levels-copies = Copies:
dossier-levels-above = As above;
dossier-levels-file-office = File: office.
dossier-levels-form-m1 = Form M1
dossier-levels-indicator-self-assessment-sheet = INDICATOR SELF-ASSESSMENT SHEET
dossier-levels-unit = Unit
dossier-levels-1-description-what-indicator-means = 1. Description (what the indicator means for the unit)
dossier-levels-2-figures = 2. Figures
dossier-levels-3-strengths = 3. Strengths
dossier-levels-4-weaknesses = 4. Weaknesses
dossier-levels-5-improvement-plan = 5. Improvement plan
dossier-levels-6-evidence = 6. Evidence
dossier-levels-no-evidence-listed-evidence-toml = No evidence listed in evidence.toml.
dossier-levels-code = Code
dossier-levels-title = Title
dossier-levels-7-self-assessment = 7. Self-assessment
dossier-levels-assessor = ASSESSOR
dossier-levels-signature-full-name = (Signature and full name)
dossier-levels-form-m2 = Form M2
dossier-levels-level-reached-each-indicator = LEVEL REACHED BY EACH INDICATOR
dossier-levels-no-2 = No.
dossier-levels-criterion-indicator = Criterion, indicator
dossier-levels-not-reached = Not reached
dossier-levels-level-2 = Level
dossier-levels-note = Note
dossier-levels-not-applicable = Not applicable
dossier-levels-not-assessed = not assessed
dossier-levels-unit-s-outcome = The unit's outcome
dossier-levels-self-assessment-team = FOR THE SELF-ASSESSMENT TEAM
dossier-levels-team-leader = TEAM LEADER
dossier-levels-form-m3 = Form M3
dossier-levels-self-assessment-report = SELF-ASSESSMENT REPORT
dossier-levels-i-general-information = I. GENERAL INFORMATION
dossier-levels-evaluation-year = Evaluation year
dossier-levels-figures-from = figures from
dossier-levels-date-to = to
dossier-levels-excluded-reason = excluded (with a reason)
dossier-levels-rubric = Rubric
dossier-levels-introduction = Introduction
dossier-levels-ii-self-assessment = II. SELF-ASSESSMENT
dossier-levels-description = a) Description
dossier-levels-b-figures = b) Figures
dossier-levels-band = Band
dossier-levels-c-strengths = c) Strengths
dossier-levels-d-weaknesses = d) Weaknesses
dossier-levels-e-improvement-plan = e) Improvement plan
dossier-levels-f-evidence = f) Evidence
dossier-levels-g-self-assessed = g) Self-assessed
dossier-levels-iii-conclusion = III. CONCLUSION
dossier-levels-item = Item
dossier-levels-result = Result
dossier-levels-indicators = Indicators
dossier-levels-indicators-not-applicable = Indicators not applicable
dossier-levels-total = Total
dossier-levels-self-assessed-outcome = Self-assessed outcome
dossier-levels-against-rules = Against the rules,
dossier-levels-self-assesses = self-assesses as
dossier-levels-does-not-yet-meet-conditions = does not yet meet the conditions for recognition as a "learning unit".
dossier-levels-conclusion-request = Conclusion and request
dossier-levels-b-figures-2 = b) Figures
dossier-levels-band-2 = Band

## report/dossier/plan

dossier-plan-action-plan = ACTION PLAN
dossier-plan-internal-use-not-part-dossier = For internal use, not part of the dossier; as of
dossier-plan-every-criterion-top-band-level = Every criterion is at its top band or level and has evidence: nothing to do.
dossier-plan-member-s = member(s)
dossier-plan-no = No.
dossier-plan-indicator = Indicator
dossier-plan-now = Now
dossier-plan-goal = Goal
dossier-plan-needs = Needs
dossier-plan-ids-bold-priority-indicators-unit = IDs in bold (priority): indicators at the unit's lowest level — they decide the outcome.
dossier-plan-priority = {" "}(priority)
dossier-plan-members-not-meeting = Members not meeting it
dossier-plan-unit-s-plan = The unit's plan
dossier-plan-responsible = Responsible
dossier-plan-deadline = Deadline
dossier-plan-signature-full-name = (Signature and full name)

## report/dossier/points

dossier-points-minutes = MINUTES
dossier-points-meeting-self-assessment-council-learning = Meeting of the self-assessment council of the "learning unit"
dossier-points-at-time = At
dossier-points-at-place = at
dossier-points-held-meeting-self-assessment-council = held the meeting of its self-assessment council.
dossier-points-i-present = I. PRESENT
dossier-points-chair = Chair
dossier-points-secretary = Secretary
dossier-points-members-present = Members present
dossier-points-members-unit = members of the unit
dossier-points-ii-business = II. BUSINESS
dossier-points-council-reviewed-members-self-assessments = The council reviewed the members' self-assessments and the evidence against
dossier-points-agreed-points-each-criterion-follows = and agreed the points for each criterion as follows:
dossier-points-no = No.
dossier-points-criterion = Criterion
dossier-points-measured = Measured
dossier-points-points = Points
dossier-points-total = Total
dossier-points-discussion = Discussion
dossier-points-iii-conclusion = III. CONCLUSION
dossier-points-council-agreed-that = The council agreed that
dossier-points-scores = scores
dossier-points-classified = classified
dossier-points-reaches = reaches
dossier-points-minutes-were-read-approved-council = The minutes were read and approved by the council; the meeting closed at …… the same day./.
dossier-points-secretary-2 = SECRETARY
dossier-points-signature-full-name = (Signature and full name)
dossier-points-chair-2 = CHAIR
dossier-points-signature-full-name-seal = (Signature, full name and seal)

## report/district (figures)

district-html-figure-levels = { $failing } of { $scored } units below level 1, { $short } of { $scored } below the top level
district-html-figure-points = { $lost } points lost across the district; { $short } of { $scored } units below the maximum

## report/dossier (levels)

dossier-levels-self-assesses-level = self-assesses as a "learning unit" at level { $level }.

## rubric/validity

rubric-validity-superseded-by = ; superseded by `{ $by }`

## report/summary

summary-not-applicable = Not applicable
summary-not-reached = Not reached
summary-level = Level
summary-not-assessed = not assessed
summary-add-unit-s-facts-facts = Add the unit's facts to [facts] in evidence.toml so the criterion can be assessed.
summary-roster-has-no-counted-member = The roster has no counted member.
summary-points = points
summary-unit-level-needs = Unit level: needs
summary-add-evidence-this-criterion-council = Add evidence for this criterion (the council needs specific evidence).
summary-year-for = FOR
summary-form-m4 = Form M4
summary-summary-self-assessment-learning-unit = SUMMARY OF THE SELF-ASSESSMENT OF "LEARNING UNIT" CRITERIA AND INDICATORS
summary-self-assessment-score-sheet-learning = SELF-ASSESSMENT SCORE SHEET OF THE "LEARNING UNIT"
summary-unit-name-not-given = (unit name not given)
summary-recognised = recognised
summary-not-recognised = not recognised
summary-classification = Classification
summary-outcome = Outcome
summary-under = Under
summary-relies-provisional-thresholds-tool-has = (*) Relies on PROVISIONAL thresholds: the tool has not checked the level-2 thresholds of Circular 24/2023/TT-BGDĐT against its text; check them before submitting.
summary-relies-provisional-thresholds-tool-has-2 = (*) Relies on PROVISIONAL thresholds: the tool has not checked the classification by total (Circular 22/2020/TT-BGDĐT) against its text; check it before submitting.
summary-level-2 = Level
summary-points-2 = points
summary-points-3 = points

## output (-o FILE: the input it would overwrite)

output-input-folder = folder
output-input-roster = roster
output-input-rubric = rubric
output-input-evidence-toml = evidence.toml
output-input-evidence-file = evidence file

## report/diff (sections)

rubric-diff-section-removed = Removed
rubric-diff-section-added = Added
rubric-diff-section-renamed = Renamed (same inputs)
rubric-diff-section-inputs-changed = Same id, inputs changed
rubric-diff-section-same = Same id and inputs

## report/reached

report-reached-not-met = not met
report-reached-provisional = {" "}(provisional)
report-reached-level-not-met-provisional = ; level { $level } not met (provisional threshold)

## warnings (score, roster: the `warnings` of every report)

roster-line-word = line { $line }
roster-row-word = row { $line }
warning-likely-duplicate = { $at }: likely duplicate: `{ $name }` ({ $role }) on { $first } and { $line }, with no id to tell them apart; if it is one person delete a row, if two give them ids
warning-roster-footer = { $at }: the member list ends on { $line } (`{ $text }`): that row and the rows after it are not members{ $more }
warning-roster-footer-more = ; note: { $after } row(s) after it hold a name and data — if they are members, remove the ending row
warning-excluded-no-reason = { $at }: `{ $name }` is not counted (the excluded cell says `{ $typed }`) but no reason is given; write the reason, or `Không` if this member counts
warning-rubric-not-in-force-until = rubric `{ $rubric }` applies to assessment years whose data end by { $until }; the assessment year { $year } is outside it{ $cite }
warning-rubric-not-in-force-from = rubric `{ $rubric }` applies from { $from }; the assessment year { $year } ends before it{ $source }
warning-missing-fact = [facts] lacks { $facts }: not assessed
warning-no-case = the value matches none of the rubric's cases: 0 points
warning-empty-denominator = no counted member: not assessed
warning-band-gap = { $num }/{ $den } falls in a gap of the scale; { $note } → { $points } points
warning-band-gap-note = the ratio falls in no published band
warning-not-applicable = does not apply to unit kind `{ $kind }`
warning-no-evidence-broken = ; items that cannot count — { $items }
warning-no-evidence-strict = no valid supporting evidence (--strict-evidence): scored 0 points / not reached{ $why }
warning-no-evidence = no valid evidence item supports it ({ $inputs }){ $why }
warning-excluded-members = { $count } member(s) not counted in any ratio: { $reasons }
warning-rubric-differs-from-builtin = the rubric file `{ $file }` claims the built-in id `{ $id }` but differs from the built-in rubric: these results are not those of the official `{ $id }`; give the file an id of its own (`id = "..."`)
warning-no-manifest = no evidence.toml: unit-level criteria are "not assessed" (0 points / not reached) and no evidence is counted
warning-evidence-file = evidence item { $code } does not count: { $reason }
warning-provisional-classification = the classification thresholds ({ $grades }) are PROVISIONAL: { $source }
warning-level-2-too-soon = every indicator reaches level 2, but the recognition of { $decided } is less than { $months } months old on { $as_of }: the unit is recognised at level 1 and may apply for level 2 from { $from }
warning-prior-recognition-expired = the recognition of { $decided } lapsed ({ $months } months after the year it was granted, until { $until }): the unit is assessed at level 1
warning-level-2-needs-prior-recognition = every indicator reaches level 2, but no recognition decision is recorded up to { $as_of } (`[recognition]` in evidence.toml); level 2 needs at least { $months } months since a level-1 decision: the unit is assessed at level 1
warning-provisional-level-2 = the level-2 thresholds are PROVISIONAL (the level-2 article of Circular 24/2023/TT-BGDĐT has not been checked); check level-2 results against the text

## rubric lint: findings (rubric/validate, ctx, keys, range, validity)

rubric-lint-in-criterion = criterion `{ $id }`: { $message }
rubric-lint-not-exact-decimal = `{ $value }` is not an exact decimal; write it as a string such as "7.5", or an integer
rubric-lint-negative-points = `{ $points }` points is negative; points are 0 or more
rubric-lint-missing-source = { $what } has no `source`: cite the document, section and wording it comes from
rubric-lint-ignored-key = key `{ $key }` is ignored: { $why }
rubric-lint-did-you-mean = {" "}(did you mean `{ $suggestion }`?)
rubric-lint-unknown-fact = unknown fact `{ $name }`{ $hint }; known facts: { $known }
rubric-lint-not-yes-no-column = `{ $name }` is not a yes/no roster column{ $hint }; known columns: { $known }
rubric-lint-not-a-value = `{ $value }` is not a value of `{ $fact }`; accepted: { $accepted }
rubric-lint-condition-one-test = a condition needs exactly one of `equals`, `one_of`, `at_least`
rubric-lint-condition-not-ordered = `{ $key }` needs a fact with listed values; `{ $fact }` is true/false: use `equals = true`
rubric-lint-condition-compares-with = `{ $fact }` compares with: { $accepted }
rubric-lint-toml-shape = a value of the wrong type or a missing required key: { $message }
rubric-lint-invalid-file = invalid rubric file
rubric-lint-shadows-builtin = id `{ $id }` is also the built-in `{ $builtin }`: `--rubric { $id }` picks the built-in; give this rubric its own id (e.g. `{ $builtin }-province`)
rubric-lint-provisional = values marked provisional (`provisional = true`): { $list }; every result that relies on them says so
rubric-lint-invalid-kind = invalid `kind = "{ $kind }"`; accepted: points, levels
rubric-lint-invalid-rubric-id = invalid rubric id `{ $id }`: use unaccented letters, digits and `-`, `_`, `.` between them, such as `my-province-2024`
rubric-lint-invalid-group-id = invalid group id `{ $id }`: number it as the document does, parts of letters or digits joined by single dots, such as `2.4`
rubric-lint-invalid-criterion-id = invalid criterion id `{ $id }`: number it as the document does, parts of letters or digits joined by single dots, such as `2.4`
rubric-lint-what-rubric = the rubric
rubric-lint-missing-legal-basis = the rubric has no `legal_basis`: name the legal documents it rests on (circular, plan, letter)
rubric-lint-why-levels-no-points = a levels rubric has no points
rubric-lint-duplicate-group = duplicate group id `{ $id }`
rubric-lint-what-group = group `{ $id }`
rubric-lint-duplicate-criterion = duplicate criterion id `{ $id }`
rubric-lint-unknown-group = group `{ $group }` is not declared in [[groups]] (declared: { $declared })
rubric-lint-no-criteria = the rubric has no criteria ([[criteria]])
rubric-lint-empty-group = group `{ $id }` has no criteria
rubric-lint-group-sum = group `{ $id }`: its criteria's max_points ({ $criteria }) add up to { $sum }, but the group's `max_points` is { $max }
rubric-lint-rubric-sum = the { $count } criteria's max_points add up to { $sum }, but the rubric's `max_points` is { $max }
rubric-lint-needs-classification = a points rubric needs a [classification] table (grades by total)
rubric-lint-why-levels-use-recognition = a levels rubric uses [recognition]
rubric-lint-duplicate-grade = duplicate grade id `{ $id }`
rubric-lint-grade-unreachable = grade `{ $id }` needs { $points } points, more than the maximum { $max }: it can never be reached
rubric-lint-needs-zero-grade = {"["}classification] needs a grade with `min_points = "0"` so every total has a grade
rubric-lint-needs-recognition = a levels rubric needs a [recognition] table (the recognition rule)
rubric-lint-why-points-use-classification = a points rubric uses [classification]
rubric-lint-duplicate-level = level `{ $level }` is declared twice
rubric-lint-what-criterion = the criterion
rubric-lint-missing-max = `max_points` (the criterion's maximum) is missing
rubric-lint-unknown-unit-kind = unknown unit kind `{ $kind }`; accepted: { $accepted }
rubric-lint-why-levels-use-levels = a levels rubric uses `level_1`/`level_2`
rubric-lint-why-only-with-bands = only used with `bands`
rubric-lint-why-points-use-bands-or-cases = a points rubric uses `bands` or `cases`
rubric-lint-why-members-use-bands = a criterion with `members` is scored by `bands`
rubric-lint-why-only-with-members-and-bands = only used with `members` and `bands`
rubric-lint-why-bands-need-members = `bands` needs `members` (a member ratio)
rubric-lint-duplicate-sub-item = duplicate sub-item id `{ $id }`
rubric-lint-sub-items-sum = the sub-items' points add up to { $sum }, the criterion's max_points is { $max }
rubric-lint-unknown-title = unknown title `{ $title }`; accepted: { $accepted }
rubric-lint-members-needs-test = `members` needs `all_of` (yes/no columns) or `title_at_least` (a minimum title)
rubric-lint-needs-bands = a member-ratio criterion needs `bands` (ranges of the ratio and their points)
rubric-lint-points-exceed-max = { $points } points exceed the criterion's max_points { $max }
rubric-lint-what-band = band { $range }
rubric-lint-bands-empty = `bands` is empty
rubric-lint-invalid-gap-policy = invalid `gap_policy = "{ $policy }"`; accepted: next-lower, zero
rubric-lint-band-overlap = bands { $first } and { $second } overlap: a ratio falls in both
rubric-lint-band-gap = { $gap } ({ $label }) falls in no band; declare `gap_policy` (next-lower or zero) or add a band
rubric-lint-gap-effect-next-lower = scored at the next lower band { $band } ({ $points } points)
rubric-lint-gap-effect-zero = scored 0 points
rubric-lint-band-gap-declared = { $gap } ({ $label }) falls in no band; the file declares `gap_policy = "{ $policy }"`: { $effect }, with a warning
rubric-lint-why-bands-cover-all = the bands already cover 0–100 %
rubric-lint-band-order = band { $band } gives { $points } points, fewer than the lower band { $lower } ({ $lower_points } points): points fall as the ratio rises
rubric-lint-equal-bands = adjacent bands { $lower } and { $upper } give the same { $points } points (redundant, but valid)
rubric-lint-best-band-below-max = its best band gives { $top } points, but `max_points` is { $max }: the maximum can never be reached
rubric-lint-best-case-below-max = its best case gives { $top } points, but `max_points` is { $max }: the maximum can never be reached
rubric-lint-why-members-use-min-percent = a criterion with `members` uses `min_percent`
rubric-lint-level-needs-min-percent = `level_{ $level }` needs `min_percent`
rubric-lint-min-percent-range = `min_percent` must be between 0 and 100
rubric-lint-needs-level-1-threshold = needs `level_1` (the level-1 threshold)
rubric-lint-level-order-percent = the level-2 threshold ({ $level_2 } %) is below the level-1 threshold ({ $level_1 } %)
rubric-lint-needs-members-or-cases = needs `members` (a member ratio, with `bands`) or `cases` (unit facts)
rubric-lint-cases-empty = `cases` is empty
rubric-lint-why-unit-level-uses-when = a unit-level criterion uses `when`
rubric-lint-level-needs-when = `level_{ $level }` needs `when` (conditions on facts)
rubric-lint-needs-level-1-conditions = needs `level_1` (the level-1 conditions)
rubric-lint-level-order-fact = level 2 asks `{ $fact } ≥ { $level_2 }`, less than level 1 (`≥ { $level_1 }`)
rubric-validity-not-a-date = {"["}validity] `{ $key } = { $value }` is not a date; write it as 2024-01-01
rubric-validity-from-after-until = {"["}validity] `valid_from = { $from }` is after `valid_until = { $until }`
rubric-validity-superseded-by-itself = {"["}validity] `superseded_by = "{ $name }"` is this rubric itself
rubric-validity-superseded-by-unknown = {"["}validity] `superseded_by = "{ $name }"` is neither a known rubric ({ $known }) nor a numbered document (such as "Thông tư 24/2023/TT-BGDĐT")
rubric-validity-empty = {"["}validity] gives none of `valid_from`, `valid_until`, `superseded_by`
rubric-validity-missing-source = {"["}validity] has no `source`: cite the document that sets when the rubric applies
rubric-lint-unknown-key = unknown key `{ $key }`{ $hint }; keys allowed here: { $known }
rubric-range-not-a-range = `{ $range }` is not a range: write interval notation over percentages, e.g. "[80,100)" for 80 % ≤ ratio < 100 % or "[100,100]" for exactly 100 %
rubric-range-bounds = range `{ $range }` must satisfy 0 ≤ low ≤ high ≤ 100
rubric-range-empty = range `{ $range }` is empty; a single value is written "[100,100]"

## calendar (as-of reason, long dates)

calendar-as-of-flag = given with --as-of
calendar-as-of-submitted-on = the dossier's date in evidence.toml (`[unit] submitted_on`)
calendar-as-of-deadline = the dossier deadline: evidence.toml gives no `[unit] submitted_on` and today is past the deadline
calendar-as-of-today-before-deadline = today: evidence.toml gives no `[unit] submitted_on` and the deadline has not passed
calendar-as-of-today-no-year = today: there is no assessment year ([unit] year) to take the deadline from
# $month is the month's English name.
calendar-long-date = { $day } { $month } { $year }

## report/summary (place and date, members needed)

summary-place-date = { $place }, { $date }
summary-date-blank = date ……………
summary-members-needed = Needs { $needed } more member(s) to meet it.
summary-members-needed-of-listed = Needs { $needed } more member(s) to meet it, out of the { $listed } listed below.

## report/dossier/points (meeting date)

dossier-points-meeting-date-blank = on ……………

## narrative

narrative-no-rubric-section = { $path }: no [{ $rubric }."…"] section for the rubric in use (found: { $found }); descriptions, strengths and weaknesses are left as dotted lines

## commands/batch (progress bar)

cmd-batch-progress-units = units
cmd-batch-progress-eta = { $eta } left
