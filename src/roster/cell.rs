//! Reading one cell: yes/no, an emulation title, a `Không tính` (excluded) cell,
//! text. A bad cell is not fatal here: it goes into `Problems`, so a roster with
//! six bad cells is fixed in one run, not six.

use crate::error::Error;
use crate::input::sheet::cell_text;
use crate::text::fold_cell;
use crate::vocab::ColumnDef;
use std::path::Path;

/// How many problems one run lists; beyond that, only how many more there are.
pub const MAX_PROBLEMS: usize = 50;

/// How many characters of a cell a message shows.
const SHOWN_CHARS: usize = 80;

/// A cell's value as a message shows it: trimmed, control and invisible
/// direction characters escaped (`\n`, `\u{202e}`), and at most 80 characters,
/// counted in characters, not bytes (`…` marks a cut). A 10 MB cell gives an
/// 80-character message.
pub fn shown(v: &str) -> String {
    let mut out = String::new();
    let mut n = 0usize;
    let mut whole = true;
    for c in v.trim().chars() {
        if n > SHOWN_CHARS {
            whole = false;
            break;
        }
        let before = out.len();
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control()
                || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}') =>
            {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
        n += out[before..].chars().count();
    }
    if whole && n <= SHOWN_CHARS {
        return out;
    }
    let mut cut: String = out.chars().take(SHOWN_CHARS - 1).collect();
    cut.push('…');
    cut
}

/// Problems found so far: the first `MAX_PROBLEMS`, and how many more.
#[derive(Debug, Default)]
pub(super) struct Problems {
    pub errors: Vec<Error>,
    pub more: usize,
}

impl Problems {
    pub fn push(&mut self, e: Error) {
        if self.errors.len() < MAX_PROBLEMS {
            self.errors.push(e);
        } else {
            self.more += 1;
        }
    }

    pub fn into_error(self, path: &Path) -> Option<Error> {
        Error::many(path, self.errors, self.more)
    }
}

/// A column found in the header: where it is and what it means.
pub(super) struct Found {
    pub index: usize,
    /// The last cell it covers: the header cell may be merged over several cells
    /// (`Họ và tên` over "Họ đệm" and "Tên"), whose texts are then joined.
    pub end: usize,
    pub def: &'static ColumnDef,
    /// The header as written (shortened for messages).
    pub header: String,
    pub bit: u32,
    /// Cells already read in this column and what they meant: a column holds a few
    /// spellings (`Có`, `x`, `LĐTT`) over and over, and folding each one again was
    /// the main cost of reading a roster. Reading a cell is a pure function of its
    /// text, so remembering it changes nothing but the time.
    memo: Vec<(Box<[u8]>, u8)>,
}

/// How many spellings a column remembers; more are read the long way.
const MEMO_SIZE: usize = 16;

impl Found {
    pub fn new(index: usize, end: usize, def: &'static ColumnDef, header: String) -> Found {
        Found {
            index,
            end,
            def,
            header,
            bit: crate::vocab::yes_no_bit(def.name).unwrap_or(0),
            memo: Vec::new(),
        }
    }

    /// Reads a cell through `parse` (which gets the folded text), remembering the answer.
    pub fn read(&mut self, raw: &[u8], parse: impl Fn(&str) -> Option<u8>) -> Option<u8> {
        if let Some((_, v)) = self.memo.iter().find(|(k, _)| **k == *raw) {
            return Some(*v);
        }
        let v = parse(&fold_cell(std::str::from_utf8(raw).ok()?))?;
        if self.memo.len() < MEMO_SIZE {
            self.memo.push((raw.into(), v));
        }
        Some(v)
    }
}

/// The text of a cell, trimmed.
pub(super) fn trimmed(raw: &[u8]) -> &str {
    cell_text(raw).trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_values_are_short_and_visible() {
        assert_eq!(shown("  maybe "), "maybe");
        assert_eq!(shown("a\nb\tc"), "a\\nb\\tc");
        assert_eq!(shown("x\u{202e}y"), "x\\u{202e}y");
        let long = "ệ".repeat(10_000);
        let s = shown(&long);
        assert_eq!(s.chars().count(), 80);
        assert!(s.ends_with('…'));
        let exact = "a".repeat(80);
        assert_eq!(shown(&exact), exact);
        let over = "a".repeat(81);
        assert_eq!(shown(&over).chars().count(), 80);
        let controls = "\u{1}".repeat(100);
        assert!(shown(&controls).chars().count() <= 80);
    }
}
