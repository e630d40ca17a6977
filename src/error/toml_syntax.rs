//! The toml parser's syntax messages (toml_parser, toml, toml_datetime) in
//! Vietnamese: a message is read as "description, expected a, b, …" and each part
//! is looked up in the catalog. English keeps the parser's own text, so only the
//! Vietnamese reader sees new words.

use crate::lang::Lang;
use crate::{key, t};

/// The parser's descriptions, word for word, and their catalog keys.
const DESCRIPTIONS: &[(&str, &str)] = &[
    (
        "carriage return must be followed by newline",
        key!("toml-syntax-cr-alone"),
    ),
    ("missing opening quote", key!("toml-syntax-no-open-quote")),
    (
        "missing comma between array elements",
        key!("toml-syntax-array-no-comma"),
    ),
    (
        "integers with a radix cannot be signed",
        key!("toml-syntax-radix-signed"),
    ),
    ("radix must be lowercase", key!("toml-syntax-radix-case")),
    (
        "missing assignment between key-value pairs",
        key!("toml-syntax-no-assignment"),
    ),
    ("unexpected leading zero", key!("toml-syntax-leading-zero")),
    (
        "unclosed array table",
        key!("toml-syntax-unclosed-array-table"),
    ),
    (
        "missing key for inline table element",
        key!("toml-syntax-inline-no-key"),
    ),
    (
        "missing inline table opening",
        key!("toml-syntax-inline-no-open"),
    ),
    ("missing escaped value", key!("toml-syntax-no-escape")),
    ("missing array opening", key!("toml-syntax-array-no-open")),
    ("invalid unquoted key", key!("toml-syntax-bad-bare-key")),
    (
        "cannot recurse further; max recursion depth met",
        key!("toml-syntax-too-deep"),
    ),
    ("recursion limit", key!("toml-syntax-recursion-limit")),
    (
        "unquoted keys cannot be empty",
        key!("toml-syntax-empty-key"),
    ),
    ("unexpected sign", key!("toml-syntax-stray-sign")),
    (
        "unexpected key or value",
        key!("toml-syntax-stray-key-value"),
    ),
    ("unexpected content", key!("toml-syntax-stray-content")),
    (
        "unexpected content between comment and newline",
        key!("toml-syntax-comment-content"),
    ),
    ("unexpected `=` in array", key!("toml-syntax-array-equals")),
    ("unclosed table", key!("toml-syntax-unclosed-table")),
    (
        "unclosed inline table",
        key!("toml-syntax-unclosed-inline-table"),
    ),
    ("unclosed array", key!("toml-syntax-unclosed-array")),
    (
        "too few unicode value digits",
        key!("toml-syntax-unicode-short"),
    ),
    (
        "string values must be quoted",
        key!("toml-syntax-unquoted-string"),
    ),
    ("redundant numeric sign", key!("toml-syntax-double-sign")),
    (
        "redundant integer number prefix",
        key!("toml-syntax-double-prefix"),
    ),
    ("missing value", key!("toml-syntax-no-value")),
    ("missing value for key", key!("toml-syntax-key-no-value")),
    ("missing table open", key!("toml-syntax-table-no-open")),
    (
        "missing comment start",
        key!("toml-syntax-comment-no-start"),
    ),
    (
        "missing comma between key-value pairs",
        key!("toml-syntax-pairs-no-comma"),
    ),
    (
        "keys cannot be multi-line literal strings",
        key!("toml-syntax-key-multiline-literal"),
    ),
    (
        "keys cannot be multi-line basic strings",
        key!("toml-syntax-key-multiline-basic"),
    ),
    ("key with no value", key!("toml-syntax-key-without-value")),
    ("invalid value", key!("toml-syntax-bad-value")),
    ("invalid key-value pair", key!("toml-syntax-bad-pair")),
    (
        "invalid inline table element",
        key!("toml-syntax-bad-inline-element"),
    ),
    (
        "invalid comment character",
        key!("toml-syntax-bad-comment-char"),
    ),
    (
        "extra comma in inline table",
        key!("toml-syntax-inline-extra-comma"),
    ),
    (
        "extra comma in array",
        key!("toml-syntax-array-extra-comma"),
    ),
    (
        "extra assignment between key-value pairs",
        key!("toml-syntax-extra-assignment"),
    ),
    ("extra `=`", key!("toml-syntax-extra-equals")),
    (
        "`_` may only go between digits",
        key!("toml-syntax-underscore"),
    ),
    ("invalid key", key!("toml-syntax-bad-key")),
    ("invalid table", key!("toml-syntax-bad-table")),
    ("invalid string", key!("toml-syntax-bad-string")),
    ("invalid boolean", key!("toml-syntax-bad-boolean")),
    ("invalid date-time", key!("toml-syntax-bad-date-time")),
    ("invalid float", key!("toml-syntax-bad-float")),
    ("invalid mantissa", key!("toml-syntax-bad-mantissa")),
    ("invalid fraction", key!("toml-syntax-bad-fraction")),
    ("invalid exponent", key!("toml-syntax-bad-exponent")),
    ("invalid integer number", key!("toml-syntax-bad-integer")),
    ("invalid hexadecimal number", key!("toml-syntax-bad-hex")),
    ("invalid octal number", key!("toml-syntax-bad-octal")),
    ("invalid binary number", key!("toml-syntax-bad-binary")),
    (
        "invalid literal string",
        key!("toml-syntax-bad-literal-string"),
    ),
    (
        "invalid multi-line literal string",
        key!("toml-syntax-bad-ml-literal-string"),
    ),
    ("invalid basic string", key!("toml-syntax-bad-basic-string")),
    (
        "invalid multi-line basic string",
        key!("toml-syntax-bad-ml-basic-string"),
    ),
    (
        "could not allocate for string",
        key!("toml-syntax-no-memory"),
    ),
    ("duplicate key", key!("toml-syntax-duplicate-key")),
    (
        "integer number overflowed",
        key!("toml-syntax-integer-overflow"),
    ),
    (
        "floating-point number overflowed",
        key!("toml-syntax-float-overflow"),
    ),
    ("invalid datetime", key!("toml-syntax-bad-datetime")),
    ("invalid date", key!("toml-syntax-bad-date")),
    ("invalid time", key!("toml-syntax-bad-time")),
    ("invalid offset", key!("toml-syntax-bad-offset")),
];

const EXPECTED: &[(&str, &str)] = &[
    ("key", key!("toml-expected-key")),
    ("value", key!("toml-expected-value")),
    ("numbers", key!("toml-expected-numbers")),
    ("digits", key!("toml-expected-digits")),
    ("letters", key!("toml-expected-letters")),
    ("characters", key!("toml-expected-characters")),
    ("printable characters", key!("toml-expected-printable")),
    (
        "non-single-quote visible characters",
        key!("toml-expected-visible-not-single-quote"),
    ),
    (
        "non-single-quote characters",
        key!("toml-expected-not-single-quote"),
    ),
    (
        "non-double-quote visible characters",
        key!("toml-expected-visible-not-double-quote"),
    ),
    (
        "unicode hexadecimal value",
        key!("toml-expected-unicode-hex"),
    ),
    ("literal string", key!("toml-expected-literal-string")),
    ("basic string", key!("toml-expected-basic-string")),
    (
        "multi-line literal string",
        key!("toml-expected-ml-literal-string"),
    ),
    (
        "multi-line basic string",
        key!("toml-expected-ml-basic-string"),
    ),
    ("unquoted string", key!("toml-expected-unquoted-string")),
    ("newline", key!("toml-expected-newline")),
    ("year or hour", key!("toml-expected-year-or-hour")),
    ("month", key!("toml-expected-month")),
    ("day", key!("toml-expected-day")),
    ("hour", key!("toml-expected-hour")),
    ("minute", key!("toml-expected-minute")),
    ("second", key!("toml-expected-second")),
    ("nanosecond", key!("toml-expected-nanosecond")),
    ("`-` (MM-DD)", key!("toml-expected-dash-month-day")),
    ("`:` (HH:MM)", key!("toml-expected-colon-hour-minute")),
    (
        "`-` (YYYY-MM) or `:` (HH:MM)",
        key!("toml-expected-dash-or-colon"),
    ),
    ("a four-digit year (YYYY)", key!("toml-expected-year-4")),
    ("a two-digit month (MM)", key!("toml-expected-month-2")),
    ("a two-digit day (DD)", key!("toml-expected-day-2")),
    ("a two-digit hour (HH)", key!("toml-expected-hour-2")),
    ("a two-digit minute (MM)", key!("toml-expected-minute-2")),
    ("a two-digit second (SS)", key!("toml-expected-second-2")),
    ("month between 01 and 12", key!("toml-expected-month-range")),
    ("day between 01 and 28", key!("toml-expected-day-28")),
    ("day between 01 and 29", key!("toml-expected-day-29")),
    ("day between 01 and 30", key!("toml-expected-day-30")),
    ("day between 01 and 31", key!("toml-expected-day-31")),
    ("hour between 00 and 23", key!("toml-expected-hour-range")),
    (
        "minute between 00 and 59",
        key!("toml-expected-minute-range"),
    ),
    (
        "second between 00 and 60",
        key!("toml-expected-second-range"),
    ),
    (
        "hours between 00 and 23",
        key!("toml-expected-offset-hour-range"),
    ),
    (
        "minutes between 00 and 59",
        key!("toml-expected-offset-minute-range"),
    ),
    (
        "nanoseconds overflowed",
        key!("toml-expected-nanosecond-overflow"),
    ),
];

const KINDS: &[(&str, &str)] = &[
    ("array", key!("toml-kind-array")),
    ("inline table", key!("toml-kind-inline-table")),
    ("table", key!("toml-kind-table")),
    ("string", key!("toml-kind-string")),
    ("integer", key!("toml-kind-integer")),
    ("float", key!("toml-kind-float")),
    ("boolean", key!("toml-kind-boolean")),
    ("datetime", key!("toml-kind-datetime")),
];

fn lookup(table: &[(&str, &'static str)], english: &str) -> Option<&'static str> {
    table.iter().find(|(e, _)| *e == english).map(|(_, k)| *k)
}

/// The parser's message in Vietnamese, or `None` when a part of it is not known
/// (the caller then quotes the message in a generic sentence).
fn vietnamese(msg: &str) -> Option<String> {
    let lang = Lang::Vi;
    let (description, expected) = match msg.split_once(", expected ") {
        Some((d, e)) => (d, Some(e)),
        None => (msg, None),
    };
    let problem = describe(description)?;
    let Some(expected) = expected.filter(|e| *e != "nothing") else {
        return Some(problem);
    };
    let mut items = expected
        .split(", ")
        .map(expected_item)
        .collect::<Option<Vec<_>>>()?;
    // "thiếu dấu `]` đóng danh sách" already says what is expected.
    if items
        .iter()
        .all(|i| i.starts_with('`') && problem.contains(i.as_str()))
    {
        return Some(problem);
    }
    let last = items.pop()?;
    let expected = if items.is_empty() {
        last
    } else {
        t!(
            lang,
            "toml-syntax-or",
            first = items.join(", "),
            last = last
        )
    };
    Some(t!(
        lang,
        "toml-syntax-expected",
        problem = problem,
        expected = expected
    ))
}

fn describe(description: &str) -> Option<String> {
    let lang = Lang::Vi;
    if let Some(k) = lookup(DESCRIPTIONS, description) {
        return Some(t!(lang, k));
    }
    // serde's map check: "duplicate key: `name`".
    if let Some(name) = description.strip_prefix("duplicate key: ") {
        return Some(t!(lang, "toml-syntax-duplicate-key-named", key = name));
    }
    let kind = description
        .strip_prefix("cannot extend value of type ")?
        .strip_suffix(" with a dotted key")?;
    let kind = t!(lang, lookup(KINDS, kind)?);
    Some(t!(lang, "toml-syntax-dotted-extends", kind = kind))
}

/// One thing the parser expected: a literal stays as code (a line break as a
/// word), a description becomes words.
fn expected_item(item: &str) -> Option<String> {
    if let Some(k) = lookup(EXPECTED, item) {
        return Some(t!(Lang::Vi, k));
    }
    let code = item.len() >= 2 && item.starts_with('`') && item.ends_with('`');
    // The toml crate shows a lone backtick as '`'.
    (code || item == "'`'").then(|| item.to_string())
}

/// The detail shown after "TOML không hợp lệ:" / "invalid TOML:".
pub(super) fn detail(msg: &str, lang: Lang) -> String {
    match lang {
        Lang::En => msg.to_string(),
        Lang::Vi => {
            vietnamese(msg).unwrap_or_else(|| t!(lang, "toml-syntax-unknown", detail = msg))
        }
    }
}

/// Whether the whole message has Vietnamese words (else it is quoted).
#[cfg(test)]
pub(super) fn translated(msg: &str) -> bool {
    vietnamese(msg).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{Problem, TomlProblem};

    /// The whole error line after the location, as the user reads it.
    fn shown(msg: &str, lang: Lang) -> String {
        Problem::Toml(TomlProblem::parse(msg)).render(lang)
    }

    /// English is the toml crate's text as it always was; Vietnamese has none of it.
    fn check(msg: &str, vi_words: &[&str]) {
        assert_eq!(shown(msg, Lang::En), format!("invalid TOML: {msg}"));
        let vi = shown(msg, Lang::Vi);
        assert!(vi.starts_with("TOML không hợp lệ: "), "{vi}");
        for w in vi_words {
            assert!(vi.contains(w), "{vi:?} lacks {w:?}");
        }
        assert!(!vi.contains("expected"), "{vi}");
        assert!(translated(msg), "{msg}");
    }

    #[test]
    fn a_description_with_an_expected_list() {
        check(
            "unquoted keys cannot be empty, expected letters, numbers, `-`, `_`",
            &["khóa không được để trống); cần chữ cái, chữ số, `-` hoặc `_`"],
        );
        check(
            "string values must be quoted, expected literal string",
            &["giá trị chuỗi phải đặt trong dấu ngoặc kép", "cần chuỗi"],
        );
        check(
            "unexpected key or value, expected newline, `#`",
            &["khóa hoặc giá trị đặt sai chỗ; cần xuống dòng hoặc `#`"],
        );
        // "expected nothing" adds nothing in Vietnamese.
        check(
            "invalid float, expected nothing",
            &["TOML không hợp lệ: số thập phân không hợp lệ"],
        );
        assert!(!shown("invalid float, expected nothing", Lang::Vi).contains(';'));
        // The literal the words already name is not repeated.
        assert_eq!(
            shown("unclosed table, expected `]`", Lang::Vi),
            "TOML không hợp lệ: thiếu dấu `]` đóng tiêu đề bảng"
        );
        check(
            "unclosed inline table, expected `}`",
            &["bảng viết trên một dòng; cần `}`"],
        );
    }

    #[test]
    fn duplicate_keys() {
        check("duplicate key", &["khóa bị trùng"]);
        check("duplicate key: `name`", &["khóa `name` bị trùng"]);
        check(
            "cannot extend value of type inline table with a dotted key",
            &["giá trị kiểu bảng viết trên một dòng"],
        );
    }

    #[test]
    fn invalid_dates_and_times() {
        check(
            "invalid date, expected month between 01 and 12",
            &["ngày không hợp lệ; cần tháng từ 01 đến 12"],
        );
        check(
            "invalid time, expected minute between 00 and 59",
            &["giờ không hợp lệ; cần phút từ 00 đến 59"],
        );
        check(
            "invalid datetime, expected `-` (YYYY-MM) or `:` (HH:MM)",
            &["ngày giờ không hợp lệ; cần `-` (YYYY-MM) hoặc `:` (HH:MM)"],
        );
    }

    #[test]
    fn an_unknown_message_keeps_the_parser_text() {
        for msg in [
            "a message no parser version has sent",
            // A known description with an unknown expectation is not half translated.
            "unclosed table, expected a brand new thing",
        ] {
            assert!(!translated(msg));
            assert_eq!(shown(msg, Lang::En), format!("invalid TOML: {msg}"));
            let vi = shown(msg, Lang::Vi);
            assert!(vi.contains("chưa có lời giải thích tiếng Việt"), "{vi}");
            assert!(vi.ends_with(&format!(": {msg})")), "{vi}");
        }
    }

    /// The English catalog entries repeat the parser's words, so the tables and the
    /// catalog cannot drift apart; the Vietnamese ones are other words.
    #[test]
    fn the_tables_match_the_catalog() {
        for (english, key) in DESCRIPTIONS.iter().chain(EXPECTED).chain(KINDS) {
            assert_eq!(&t!(Lang::En, key), english, "{key}");
            let vi = t!(Lang::Vi, key);
            let literal = english.starts_with('`');
            assert!(literal || vi != *english, "{key} is not translated");
        }
    }

    /// What the toml crate really says about broken files: every message has
    /// Vietnamese words (a parser upgrade that changes one fails here).
    #[test]
    fn the_parser_messages_are_all_translated() {
        let broken = [
            "x = \n",
            "a = \"unterminated\n",
            "[unit\nname = \"x\"\n",
            "a = 1\na = 2\n",
            "d = 2024-13-01\n",
            "x = [1, 2\n",
            "x = { a = 1\n",
            "= 3\n",
            "k = tru\n",
            "k = 'abc\n",
            "x = 1.2.3\n",
            "a.b = 1\na = 2\n",
            "x = \"\"\"\n",
            "key with space = 1\n",
            "x = 0x\n",
            "x = 1979-05-27T07:32:00Zjunk\n",
            "x = [1 2]\n",
            "x = [1,,2]\n",
            "x = {a = 1,, b = 2}\n",
            "x = 012\n",
            "x = 1__0\n",
            "x = \"\\q\"\n",
            "x = 1\r\ny = 2\r",
            "[[a]\n",
            "a = 1\na.b = 2\n",
            "d = 2023-02-30\n",
            "t = 25:00:00\n",
            "x = +0x10\n",
            "x = \"\\u12\"\n",
            "a == 1\n",
            "x = [a = 1]\n",
            "\"\"\"k\"\"\" = 1\n",
            "x = 1 # c\u{1}\n",
            "x = 0X1\n",
            "x = --1\n",
            "a = [1]\n[[a]]\n",
            "x = 1 y = 2\n",
            "x = 1979-05-27T07:32:00+25:00\n",
            "x = \"a\"\n[x.y]\n",
            "x = 1e\n",
            "x = nan1\n",
        ];
        let mut untranslated = Vec::new();
        for text in broken {
            let e = toml::from_str::<toml::Table>(text).expect_err(text);
            let msg = e.message().trim();
            if !translated(msg) {
                untranslated.push(format!("{text:?}: {msg}"));
            }
        }
        assert!(untranslated.is_empty(), "{}", untranslated.join("\n"));
    }
}
