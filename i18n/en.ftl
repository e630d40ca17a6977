# dvht's English message catalog (`--lang en` or DVHT_LANG=en).
# Every key must also be in vi.ftl with the same variables; the catalog test checks it.
# Numbers arrive already formatted by dvht, as text; integers that choose a plural arrive as numbers.

## Errors: the frame

err-prefix = dvht: { $body }
err-at = { $at }: { $body }
did-you-mean = did you mean `{ $suggestion }`?
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
err-missing-column = missing column `{ $name }` ({ $header_vi }); accepted headers: { $accepted }
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

## Unit folders (batch)

err-no-units = no folder here holds a roster.csv: no unit to score
