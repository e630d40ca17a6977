//! The one place that decides how an input file's bytes become text and fields:
//! byte-order marks, UTF-16, UTF-8 validation, and the CSV delimiter. Commands
//! never open a CSV themselves.

use crate::error::{Error, Location, Problem, Result};
use std::io::Read;
use std::path::Path;

/// What kind of file a roster is, decided from its first bytes (then its name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CSV or tab-separated text.
    Delimited,
    /// Office Open XML workbook (`.xlsx`, `.xlsm`): a zip, `PK\x03\x04`.
    Xlsx,
    /// Legacy Excel 97–2003 workbook (`.xls`): an OLE file, `D0 CF 11 E0`.
    Xls,
    /// OpenDocument spreadsheet (`.ods`): a zip whose `mimetype` says so.
    Ods,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Delimited => "csv",
            Format::Xlsx => "xlsx",
            Format::Xls => "xls",
            Format::Ods => "ods",
        }
    }
}

/// How a text roster's bytes are read (`--encoding`). A byte-order mark always wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-8, or UTF-16 when the file starts with a byte-order mark.
    #[default]
    Auto,
    Utf8,
    /// UTF-16 little-endian (Excel's "Unicode text").
    Utf16le,
    Utf16be,
    /// Windows-1258, the Vietnamese code page of old Windows Excel.
    Windows1258,
}

/// How to read a roster: `--encoding` and `--sheet`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    pub encoding: Encoding,
    /// The workbook sheet to read; the first sheet when `None`.
    pub sheet: Option<String>,
}

/// What was detected about an input, reported back to the user when useful.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dialect {
    pub format: Format,
    /// The text encoding (`UTF-8`, `UTF-16LE`, `windows-1258`); for a workbook, the
    /// workbook's own (`xlsx`...).
    pub encoding: &'static str,
    pub bom: bool,
    /// The CSV delimiter; 0 for a workbook.
    pub delimiter: u8,
}

impl Dialect {
    /// A delimited-text dialect.
    pub fn text(encoding: &'static str, bom: bool, delimiter: u8) -> Dialect {
        Dialect {
            format: Format::Delimited,
            encoding,
            bom,
            delimiter,
        }
    }
}

/// Decides what kind of file `bytes` is: magic bytes first, the file name second.
/// A file named like a workbook that is not one is an error saying what it is.
pub fn sniff(bytes: &[u8], path: &Path) -> Result<Format> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if bytes.starts_with(b"PK\x03\x04") {
        let head = &bytes[..bytes.len().min(128)];
        let ods = head.get(30..38) == Some(b"mimetype".as_slice())
            && head
                .windows(11)
                .any(|w| w == b"opendocumen" || w == b"spreadsheet");
        return Ok(if ods || ext == "ods" {
            Format::Ods
        } else {
            Format::Xlsx
        });
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return Ok(Format::Xls);
    }
    if matches!(ext.as_str(), "xlsx" | "xlsm" | "xls" | "ods") {
        let start = bytes
            .iter()
            .position(|b| !b.is_ascii_whitespace() && !matches!(b, 0xEF | 0xBB | 0xBF))
            .and_then(|i| bytes.get(i..))
            .unwrap_or_default();
        let html = start.first() == Some(&b'<');
        return Err(Error::input(
            Location::file(path),
            Problem::NotAWorkbook {
                ext: ext.to_string(),
                html,
            },
        ));
    }
    Ok(Format::Delimited)
}

/// Reads a whole roster, or standard input for `-`, within its byte budget.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    crate::input::file::read_capped(path, crate::input::file::MAX_ROSTER_BYTES)
}

/// Decodes bytes to text: UTF-8 (BOM optional) or UTF-16 with a BOM, or the
/// encoding asked for. Returns the text (in NFC for legacy code pages, whose
/// Vietnamese letters are base letters plus combining tone marks), the encoding's
/// name, and whether there was a BOM.
pub fn decode_as(
    bytes: &[u8],
    path: &Path,
    encoding: Encoding,
) -> Result<(String, &'static str, bool)> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok((utf8(rest, path)?, "UTF-8", true));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok((utf16(rest, path, u16::from_le_bytes)?, "UTF-16LE", true));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok((utf16(rest, path, u16::from_be_bytes)?, "UTF-16BE", true));
    }
    match encoding {
        // UTF-16 without a BOM shows as a NUL in every other byte of ASCII text.
        Encoding::Auto if utf16_without_bom(bytes, 1) => {
            Ok((utf16(bytes, path, u16::from_le_bytes)?, "UTF-16LE", false))
        }
        Encoding::Auto if utf16_without_bom(bytes, 0) => {
            Ok((utf16(bytes, path, u16::from_be_bytes)?, "UTF-16BE", false))
        }
        Encoding::Auto | Encoding::Utf8 => Ok((utf8(bytes, path)?, "UTF-8", false)),
        Encoding::Utf16le => Ok((utf16(bytes, path, u16::from_le_bytes)?, "UTF-16LE", false)),
        Encoding::Utf16be => Ok((utf16(bytes, path, u16::from_be_bytes)?, "UTF-16BE", false)),
        Encoding::Windows1258 => {
            // Every byte has a meaning in windows-1258, so this cannot fail.
            let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(bytes);
            Ok((crate::text::nfc(&text), "windows-1258", false))
        }
    }
}

/// Whether `bytes` look like UTF-16 without a BOM: in the first 256 bytes, the
/// byte at `zero` (1: little-endian, 0: big-endian) of most pairs is NUL and the
/// other is not — what mostly-ASCII text (headers, delimiters) gives.
fn utf16_without_bom(bytes: &[u8], zero: usize) -> bool {
    let pairs: Vec<&[u8]> = bytes.chunks_exact(2).take(128).collect();
    let hits = pairs
        .iter()
        .filter(|p| p[zero] == 0 && p[1 - zero] != 0)
        .count();
    pairs.len() >= 4 && bytes.len().is_multiple_of(2) && hits * 4 >= pairs.len() * 3
}

/// A UTF-8 text file such as `evidence.toml` or a rubric: a BOM is dropped, and a
/// byte that is not UTF-8 is an error naming its line and column.
pub fn read_utf8_text(path: &Path) -> Result<String> {
    let bytes = crate::input::file::read_capped(path, crate::input::file::MAX_TOML_BYTES)?;
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let (at, bad) = bad_byte(body, &e, path);
            Err(Error::input(
                at,
                Problem::NotUtf8 {
                    byte: bad.to_string(),
                    legacy: false,
                },
            ))
        }
    }
}

/// Where the first byte that is not UTF-8 is, and the byte(s) as `\xNN`.
fn bad_byte(bytes: &[u8], e: &std::str::Utf8Error, path: &Path) -> (Location, String) {
    let good = bytes.get(..e.valid_up_to()).unwrap_or_default();
    let line = 1 + good.iter().filter(|b| **b == b'\n').count() as u64;
    let col = good
        .rsplit(|b| *b == b'\n')
        .next()
        .map_or(0, |l| String::from_utf8_lossy(l).chars().count()) as u64
        + 1;
    let bad: String = bytes
        .get(e.valid_up_to()..)
        .unwrap_or_default()
        .iter()
        .take(e.error_len().unwrap_or(1).max(1))
        .map(|b| format!("\\x{b:02X}"))
        .collect();
    (Location::at(path, line, Some(col)), bad)
}

fn utf8(bytes: &[u8], path: &Path) -> Result<String> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let (at, bad) = bad_byte(bytes, &e, path);
            Err(Error::input(
                at,
                Problem::NotUtf8 {
                    byte: bad.to_string(),
                    legacy: true,
                },
            ))
        }
    }
}

fn utf16(bytes: &[u8], path: &Path, word: fn([u8; 2]) -> u16) -> Result<String> {
    if !bytes.len().is_multiple_of(2) {
        return Err(Error::input(
            Location::file(path),
            Problem::Utf16Odd { bytes: bytes.len() },
        ));
    }
    let words: Vec<u16> = bytes.chunks_exact(2).map(|c| word([c[0], c[1]])).collect();
    let mut out = String::with_capacity(words.len());
    let mut line = 1u64;
    let mut col = 1u64;
    for r in char::decode_utf16(words.iter().copied()) {
        match r {
            Ok(c) => {
                out.push(c);
                if c == '\n' {
                    line += 1;
                    col = 1;
                } else {
                    col += 1;
                }
            }
            Err(e) => {
                let unit = e.unpaired_surrogate();
                return Err(Error::input(
                    Location::at(path, line, Some(col)),
                    Problem::Utf16Surrogate {
                        unit: format!("{unit:04X}"),
                    },
                ));
            }
        }
    }
    Ok(out)
}

/// Picks `,`, `;` or tab: whichever occurs most often outside quotes in one of the
/// first lines. Looking past the first line matters: an office roster may start
/// with a title block (`TRƯỜNG MẦM NON HOA SEN`, `Hà Nội, ngày …`) above the header.
pub fn detect_delimiter(text: &str) -> u8 {
    /// Lines looked at; the header search looks at as many.
    const LINES: usize = 30;
    let mut best = [0usize; 3];
    for line in text
        .split(['\n', '\r'])
        .filter(|l| !l.trim().is_empty())
        .take(LINES)
    {
        let mut counts = [0usize; 3];
        let mut quoted = false;
        for b in line.bytes() {
            match b {
                b'"' => quoted = !quoted,
                b',' if !quoted => counts[0] += 1,
                b';' if !quoted => counts[1] += 1,
                b'\t' if !quoted => counts[2] += 1,
                _ => {}
            }
        }
        for i in 0..3 {
            best[i] = best[i].max(counts[i]);
        }
    }
    let delimiters = [b',', b';', b'\t'];
    let pick = (0..3).max_by_key(|&i| (best[i], 3 - i)).unwrap_or(0);
    if best[pick] == 0 {
        b','
    } else {
        delimiters[pick]
    }
}

/// Decodes a delimited text file's bytes and detects its delimiter.
pub fn decode_delimited(
    bytes: &[u8],
    path: &Path,
    encoding: Encoding,
) -> Result<(String, Dialect)> {
    let (text, encoding, bom) = decode_as(bytes, path, encoding)?;
    let delimiter = detect_delimiter(&text);
    Ok((text, Dialect::text(encoding, bom, delimiter)))
}

/// A CSV reader over decoded text that leaves headers and ragged rows to the caller.
pub fn csv_reader<R: Read>(input: R, delimiter: u8) -> csv::Reader<R> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(input)
}

/// A reader kept for reuse: its input is replaced for each file.
type Reusable = csv::Reader<std::io::Cursor<Vec<u8>>>;

/// Runs `f` with a CSV reader (as `csv_reader` makes) over `text`.
///
/// Building a CSV parser (`csv_core` compiles its state machine) costs more than
/// parsing a 30-member roster, which showed in `dvht batch` over thousands of units.
/// So each thread keeps one reader per delimiter, loads the next file into it and
/// rewinds it with `seek_raw`, which resets the parser and its line count: the
/// records and positions are those a fresh reader gives.
pub fn with_csv_reader<T>(text: &str, delimiter: u8, f: impl FnOnce(&mut Reusable) -> T) -> T {
    use std::cell::RefCell;
    use std::io::{Cursor, SeekFrom};
    thread_local! {
        static READERS: RefCell<Vec<(u8, Reusable)>> = const { RefCell::new(Vec::new()) };
    }
    /// A file larger than this is not kept in memory after it has been read.
    const KEEP: usize = 1 << 20;
    let fresh = || csv_reader(Cursor::new(text.as_bytes().to_vec()), delimiter);
    READERS.with(|cell| {
        let Ok(mut readers) = cell.try_borrow_mut() else {
            return f(&mut fresh()); // re-entered from inside `f`
        };
        let i = match readers.iter().position(|(d, _)| *d == delimiter) {
            Some(i) => i,
            None => {
                readers.push((delimiter, csv_reader(Cursor::new(Vec::new()), delimiter)));
                readers.len() - 1
            }
        };
        let reader = &mut readers[i].1;
        let buf = reader.get_mut().get_mut();
        buf.clear();
        buf.extend_from_slice(text.as_bytes());
        if reader
            .seek_raw(SeekFrom::Start(0), csv::Position::new())
            .is_err()
        {
            readers.swap_remove(i);
            return f(&mut fresh());
        }
        let out = f(reader);
        let buf = reader.get_mut().get_mut();
        buf.clear();
        buf.shrink_to(KEEP);
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `decode_as` with automatic detection.
    fn decode(bytes: &[u8], path: &Path) -> Result<(String, &'static str, bool)> {
        decode_as(bytes, path, Encoding::Auto)
    }

    #[test]
    fn detects_delimiters() {
        assert_eq!(detect_delimiter("a,b,c\n1,2,3"), b',');
        assert_eq!(detect_delimiter("a;b;c\n"), b';');
        assert_eq!(detect_delimiter("a\tb\n"), b'\t');
        assert_eq!(detect_delimiter("\"a;b\",c\n"), b',');
        assert_eq!(detect_delimiter("name\n"), b',');
    }

    /// Every record with its starting line, as a reader gives them.
    fn records<R: Read>(r: &mut csv::Reader<R>) -> Vec<(u64, Vec<String>)> {
        let mut out = Vec::new();
        let mut rec = csv::ByteRecord::new();
        while r.read_byte_record(&mut rec).unwrap() {
            let line = rec.position().unwrap().line();
            let fields = rec
                .iter()
                .map(|f| String::from_utf8_lossy(f).into_owned())
                .collect();
            out.push((line, fields));
        }
        out
    }

    #[test]
    fn a_reused_reader_reads_like_a_fresh_one() {
        let texts = [
            "a,b\n1,2\n",
            "x;y;z\n\n\"m\nn\";2;3\r\n4;5\n\n",
            "",
            "h\n\"open quote\n",
            "one,two,three\n\"q,\"\"x\"\"\",2,3\nlast,row,no-newline",
            "a,b\n1,2\n",
        ];
        for round in 0..2 {
            for text in texts {
                let delimiter = detect_delimiter(text);
                let fresh = records(&mut csv_reader(text.as_bytes(), delimiter));
                let reused = with_csv_reader(text, delimiter, records);
                assert_eq!(reused, fresh, "round {round}: {text:?}");
            }
        }
    }

    #[test]
    fn decodes_boms_and_reports_bad_utf8_line() {
        let p = Path::new("r.csv");
        assert_eq!(
            decode(b"\xEF\xBB\xBFa", p).unwrap(),
            ("a".to_string(), "UTF-8", true)
        );
        assert_eq!(decode(b"\xFF\xFEa\x00", p).unwrap().0, "a");
        assert_eq!(decode(b"\xFE\xFF\x00a", p).unwrap().0, "a");
        // UTF-16 without a BOM, both byte orders; plain text stays UTF-8.
        let le: Vec<u8> = "name,ok\nA,x\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(
            decode(&le, p).unwrap(),
            ("name,ok\nA,x\n".into(), "UTF-16LE", false)
        );
        let be: Vec<u8> = "name,ok\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(decode(&be, p).unwrap().1, "UTF-16BE");
        assert_eq!(decode(b"name,ok\nA,x\n", p).unwrap().1, "UTF-8");
        let e = decode(b"a,b\nc,\xE0x\n", p)
            .unwrap_err()
            .render(crate::lang::Lang::En);
        assert!(e.contains("r.csv:2:3"), "{e}");
    }
}
