//! The one place that decides how an input file's bytes become text and fields:
//! byte-order marks, UTF-16, UTF-8 validation, and the CSV delimiter. Commands
//! never open a CSV themselves.

use crate::error::{Error, Location, Result};
use std::io::Read;
use std::path::Path;

/// What was detected about a text input, reported back to the user when useful.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dialect {
    pub encoding: &'static str,
    pub bom: bool,
    pub delimiter: u8,
}

/// Reads a whole file, or standard input for `-`.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    let read_err = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    if path == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .map_err(read_err)?;
        Ok(buf)
    } else {
        // Ask whether it is a folder only when reading fails: one system call less
        // per file, which counts over a batch of thousands of small rosters.
        std::fs::read(path).map_err(|e| {
            if path.is_dir() {
                Error::input(
                    Location::file(path),
                    "đây là thư mục, không phải tệp danh sách thành viên",
                    "this is a folder, not a roster file",
                )
            } else {
                read_err(e)
            }
        })
    }
}

/// Decodes bytes to text: UTF-8 (BOM optional) or UTF-16 with a BOM.
pub fn decode(bytes: &[u8], path: &Path) -> Result<(String, &'static str, bool)> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok((utf8(rest, path, 1)?, "UTF-8", true));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok((utf16(rest, path, u16::from_le_bytes)?, "UTF-16LE", true));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok((utf16(rest, path, u16::from_be_bytes)?, "UTF-16BE", true));
    }
    Ok((utf8(bytes, path, 1)?, "UTF-8", false))
}

fn utf8(bytes: &[u8], path: &Path, first_line: u64) -> Result<String> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = first_line + good.iter().filter(|b| **b == b'\n').count() as u64;
            let col = good
                .rsplit(|b| *b == b'\n')
                .next()
                .map_or(0, |l| String::from_utf8_lossy(l).chars().count())
                as u64
                + 1;
            Err(Error::input(
                Location::at(path, line, Some(col)),
                "văn bản không phải UTF-8 (có thể tệp được lưu bằng bảng mã cũ như Windows-1258); trong Excel hãy chọn \"Lưu thành\" → \"CSV UTF-8\"",
                "the text is not UTF-8 (perhaps saved in a legacy code page such as Windows-1258); in Excel use \"Save As\" → \"CSV UTF-8\"",
            ))
        }
    }
}

fn utf16(bytes: &[u8], path: &Path, word: fn([u8; 2]) -> u16) -> Result<String> {
    if !bytes.len().is_multiple_of(2) {
        return Err(Error::input(
            Location::file(path),
            "tệp UTF-16 bị cắt cụt (số byte lẻ)",
            "the UTF-16 file is truncated (odd number of bytes)",
        ));
    }
    let words: Vec<u16> = bytes.chunks_exact(2).map(|c| word([c[0], c[1]])).collect();
    String::from_utf16(&words).map_err(|_| {
        Error::input(
            Location::file(path),
            "tệp UTF-16 có ký tự không hợp lệ",
            "the UTF-16 file holds an invalid character",
        )
    })
}

/// Picks `,`, `;` or tab: whichever occurs most in the header line outside quotes.
pub fn detect_delimiter(text: &str) -> u8 {
    let header = first_line(text);
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for b in header.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let delimiters = [b',', b';', b'\t'];
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    if counts[best] == 0 {
        b','
    } else {
        delimiters[best]
    }
}

fn first_line(text: &str) -> &str {
    text.split('\n')
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
}

/// Reads and decodes a delimited text file, returning its text and dialect.
pub fn read_delimited(path: &Path) -> Result<(String, Dialect, Vec<u8>)> {
    let bytes = read_bytes(path)?;
    let (text, encoding, bom) = decode(&bytes, path)?;
    let delimiter = detect_delimiter(&text);
    Ok((
        text,
        Dialect {
            encoding,
            bom,
            delimiter,
        },
        bytes,
    ))
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
        let e = decode(b"a,b\nc,\xE0x\n", p)
            .unwrap_err()
            .render(crate::lang::Lang::En);
        assert!(e.contains("r.csv:2:3"), "{e}");
    }
}
