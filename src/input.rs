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
        if path.is_dir() {
            return Err(Error::input(
                Location::file(path),
                "đây là thư mục, không phải tệp danh sách thành viên",
                "this is a folder, not a roster file",
            ));
        }
        std::fs::read(path).map_err(read_err)
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
pub fn csv_reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
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
