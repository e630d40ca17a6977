//! A structural check of an OLE compound file (the `.xls` container) before
//! calamine reads it.
//!
//! calamine follows sector chains without guarding against loops or sector ids
//! past the allocation table, so a damaged `.xls` whose chain points back on
//! itself makes it allocate until memory runs out (found by fuzzing,
//! `tests/fixtures/regress-*.xls` are the inputs it found). This
//! walks the same chains calamine will walk — DIFAT, FAT, directory, mini stream,
//! mini FAT, every stream — and refuses a file where any chain leaves the file,
//! leaves its table, or runs longer than the file has sectors.

use super::limit::{Limit, Refusal};

const ENDOFCHAIN: u32 = 0xFFFF_FFFE;
const DIFSECT: u32 = 0xFFFF_FFFC;
const RESERVED: u32 = 0xFFFF_FFFA;

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn words(b: &[u8]) -> impl Iterator<Item = u32> + '_ {
    b.chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
}

struct File<'a> {
    bytes: &'a [u8],
    size: usize,
}

impl File<'_> {
    /// Sector `id`, possibly cut short by the end of the file; `None` past it.
    fn sector(&self, id: u32) -> Option<&[u8]> {
        let start = (id as usize).checked_add(1)?.checked_mul(self.size)?;
        if start >= self.bytes.len() {
            return None;
        }
        self.bytes
            .get(start..(start + self.size).min(self.bytes.len()))
    }

    fn sectors(&self) -> usize {
        self.bytes.len() / self.size
    }
}

/// Follows a chain in `table`, reading up to `len` bytes of `unit`-sized sectors
/// that `present` says exist; returns the bytes read, or why the chain is bad.
fn chain(
    start: u32,
    table: &[u32],
    unit: usize,
    len: usize,
    max_steps: usize,
    mut present: impl FnMut(u32) -> Option<Vec<u8>>,
) -> Result<Vec<u8>, &'static str> {
    let mut out = Vec::new();
    let mut id = start;
    let mut steps = 0usize;
    while id != ENDOFCHAIN {
        steps += 1;
        if steps > max_steps {
            return Err("a sector chain loops");
        }
        let data = present(id).ok_or("a sector chain points past the end of the file")?;
        let take = data.len().min(len.saturating_sub(out.len())).min(unit);
        out.extend_from_slice(data.get(..take).unwrap_or_default());
        if out.len() >= len {
            break;
        }
        id = *table
            .get(id as usize)
            .ok_or("a sector chain leaves the allocation table")?;
    }
    Ok(out)
}

/// `Ok` when calamine can walk every chain of this compound file safely, with
/// the workbook stream (`Workbook` or `Book`) when there is one.
pub fn check(bytes: &[u8]) -> Result<Option<Vec<u8>>, &'static str> {
    let too_short = "the file is too short for an OLE compound file";
    let size = match u16_at(bytes, 30).ok_or(too_short)? {
        9 => 512,
        12 => 4096,
        _ => return Err("unknown sector size"),
    };
    if bytes.len() < size {
        return Err(too_short);
    }
    let f = File { bytes, size };
    let max_steps = f.sectors() + 1;
    let dir_start = u32_at(bytes, 48).ok_or(too_short)?;
    let mini_fat_start = u32_at(bytes, 60).ok_or(too_short)?;
    let mini_fat_len = u32_at(bytes, 64).ok_or(too_short)? as usize;
    let difat_start = u32_at(bytes, 68).ok_or(too_short)?;

    // DIFAT: 109 entries in the header, then a chain whose last word links on.
    let mut difat: Vec<u32> = words(bytes.get(76..512).ok_or(too_short)?).collect();
    let mut id = difat_start;
    let mut steps = 0;
    while id < RESERVED {
        steps += 1;
        if steps > max_steps {
            return Err("the DIFAT chain loops");
        }
        difat.extend(words(
            f.sector(id)
                .ok_or("the DIFAT points past the end of the file")?,
        ));
        id = difat.pop().ok_or("empty DIFAT sector")?;
    }
    let mut fat = Vec::new();
    for id in difat.into_iter().filter(|id| *id < DIFSECT) {
        fat.extend(words(
            f.sector(id)
                .ok_or("the allocation table points past the end of the file")?,
        ));
    }

    let sector = |id: u32| f.sector(id).map(<[u8]>::to_vec);
    let dirs = chain(dir_start, &fat, size, usize::MAX, max_steps, sector)?;
    let entries: Vec<&[u8]> = dirs.chunks_exact(128).collect();
    let root = entries.first().ok_or("no directory")?;
    let entry_len = |e: &[u8]| -> usize {
        let low = u32_at(e, 120).unwrap_or(0) as usize;
        if size == 512 {
            low
        } else {
            low | (u32_at(e, 124).unwrap_or(0) as usize) << 32
        }
    };

    let (mini_fat, ministream) = if mini_fat_len > 0 {
        let ministream = chain(
            u32_at(root, 116).unwrap_or(ENDOFCHAIN),
            &fat,
            size,
            entry_len(root),
            max_steps,
            sector,
        )?;
        let mini_fat = chain(
            mini_fat_start,
            &fat,
            size,
            mini_fat_len.saturating_mul(size),
            max_steps,
            sector,
        )?;
        (words(&mini_fat).collect::<Vec<u32>>(), ministream)
    } else {
        (Vec::new(), Vec::new())
    };

    // The streams calamine reads, by name as it decodes names (all 64 bytes as
    // UTF-16, cut at the first NUL, any entry type): the first entry of each name.
    let names: Vec<String> = entries
        .iter()
        .map(|e| {
            let units: Vec<u16> = e
                .get(..64)
                .unwrap_or_default()
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect();
            let name = String::from_utf16_lossy(&units);
            name.split('\0').next().unwrap_or_default().to_string()
        })
        .collect();
    let read_stream = |name: &str| -> Result<Option<Vec<u8>>, &'static str> {
        let Some(i) = names.iter().position(|n| n.eq_ignore_ascii_case(name)) else {
            return Ok(None);
        };
        let e = entries[i];
        let start = u32_at(e, 116).unwrap_or(ENDOFCHAIN);
        let len = entry_len(e);
        let data = if len < 4096 {
            let mini = |id: u32| {
                let at = (id as usize).checked_mul(64)?;
                ministream.get(at..at.checked_add(64)?).map(<[u8]>::to_vec)
            };
            chain(start, &mini_fat, 64, len, ministream.len() / 64 + 1, mini)?
        } else {
            chain(start, &fat, size, len, max_steps, sector)?
        };
        Ok(Some(data))
    };
    read_stream("\u{5}SummaryInformation")?;
    read_stream("\u{5}DocumentSummaryInformation")?;
    // calamine reads `Workbook`, else `Book`.
    match read_stream("Workbook")? {
        Some(w) => Ok(Some(w)),
        None => read_stream("Book"),
    }
}

/// Cells a sheet may span: calamine makes a dense grid of every sheet (and
/// reserves what its DIMENSIONS record declares), so a stray or forged cell far
/// from the others could ask for gigabytes. 4 Mi cells is 16 384 rows × 256
/// columns, far beyond any roster.
pub const MAX_SHEET_CELLS: usize = 4 << 20;

/// The BIFF records of a workbook stream: (type, data), CONTINUE records joined
/// to the record they continue, as calamine reads them.
fn records(stream: &[u8]) -> impl Iterator<Item = (u16, Vec<u8>)> + '_ {
    let mut pos = 0usize;
    std::iter::from_fn(move || {
        let typ = u16_at(stream, pos)?;
        let len = usize::from(u16_at(stream, pos + 2)?);
        let mut data = stream.get(pos + 4..pos + 4 + len)?.to_vec();
        pos += 4 + len;
        while let (Some(0x003C), Some(l)) = (u16_at(stream, pos), u16_at(stream, pos + 2)) {
            let Some(more) = stream.get(pos + 4..pos + 4 + usize::from(l)) else {
                break;
            };
            data.extend_from_slice(more);
            pos += 4 + usize::from(l);
        }
        Some((typ, data))
    })
}

/// The rows × columns a DIMENSIONS record makes calamine reserve, as it computes them.
fn declared_cells(d: &[u8]) -> Result<usize, String> {
    let (rf, rl, mut cf, cl) = match d.len() {
        10 => (
            u32::from(u16_at(d, 0).unwrap_or(0)),
            u32::from(u16_at(d, 2).unwrap_or(0)),
            u32::from(u16_at(d, 4).unwrap_or(0)),
            u32::from(u16_at(d, 6).unwrap_or(0)),
        ),
        14 | 16 => (
            u32_at(d, 0).unwrap_or(0),
            u32_at(d, 4).unwrap_or(0),
            u32::from(u16_at(d, 8).unwrap_or(0)),
            u32::from(u16_at(d, 10).unwrap_or(0)),
        ),
        _ => return Ok(0), // calamine rejects it cleanly
    };
    if 0xFF < cf || cl < cf {
        cf = 0;
    }
    let (end_r, end_c) = if rl >= 1 && cl >= 1 {
        (rl - 1, cl - 1)
    } else {
        (rf, cf)
    };
    if end_r < rf || end_c < cf {
        return Err(format!(
            "a sheet declares its last row or column ({end_r}, {end_c}) before its first ({rf}, {cf})"
        ));
    }
    Ok(((end_r - rf) as usize + 1).saturating_mul((end_c - cf) as usize + 1))
}

/// The bounding box of the cells one sheet holds.
#[derive(Default)]
struct Span {
    rows: Option<(u16, u16)>,
    cols: Option<(u16, u16)>,
}

impl Span {
    fn add(&mut self, row: u16, col: u16) {
        let widen = |r: &mut Option<(u16, u16)>, v: u16| {
            *r = Some(r.map_or((v, v), |(a, b)| (a.min(v), b.max(v))));
        };
        widen(&mut self.rows, row);
        widen(&mut self.cols, col);
    }

    fn check(&self) -> Result<(), Limit> {
        if let (Some((r0, r1)), Some((c0, c1))) = (self.rows, self.cols) {
            let rows = usize::from(r1 - r0) + 1;
            let cols = usize::from(c1 - c0) + 1;
            if rows.saturating_mul(cols) > MAX_SHEET_CELLS {
                return Err(Limit::SheetSpan {
                    rows,
                    cols,
                    limit: MAX_SHEET_CELLS,
                });
            }
        }
        Ok(())
    }
}

/// The records of a stream with each CONTINUE kept apart: (type, data, continues).
/// The shared-string table needs the boundaries: a string that crosses one
/// restarts with a flags byte (MS-XLS 2.5.293), as calamine reads it.
fn records_split(stream: &[u8]) -> impl Iterator<Item = (u16, Vec<&[u8]>)> + '_ {
    let mut pos = 0usize;
    std::iter::from_fn(move || {
        let typ = u16_at(stream, pos)?;
        let len = usize::from(u16_at(stream, pos + 2)?);
        let mut parts = vec![stream.get(pos + 4..pos + 4 + len)?];
        pos += 4 + len;
        while let (Some(0x003C), Some(l)) = (u16_at(stream, pos), u16_at(stream, pos + 2)) {
            let Some(more) = stream.get(pos + 4..pos + 4 + usize::from(l)) else {
                break;
            };
            parts.push(more);
            pos += 4 + usize::from(l);
        }
        Some((typ, parts))
    })
}

/// An upper bound of the UTF-8 bytes of each string in the shared-string table
/// (SST), read the way calamine reads it. Where calamine would fail on the
/// table, the strings read so far are returned (the workbook fails to open).
fn shared_string_sizes(parts: &[&[u8]]) -> Vec<u64> {
    let mut sizes = Vec::new();
    let mut next = parts.iter().skip(1);
    let Some(mut data) = parts.first().and_then(|d| d.get(8..)) else {
        return sizes;
    };
    'strings: loop {
        if data.is_empty() {
            match next.next() {
                Some(d) => data = d,
                None => break,
            }
            continue;
        }
        if data.len() < 3 {
            break;
        }
        let cch = usize::from(u16_at(data, 0).unwrap_or(0));
        let flags = data[2];
        data = &data[3..];
        let mut skip = 0usize;
        if flags & 0x8 != 0 {
            let Some(runs) = u16_at(data, 0) else { break };
            skip += usize::from(runs) * 4;
            data = &data[2..];
        }
        if flags & 0x4 != 0 {
            let Some(ext) = u32_at(data, 0) else { break };
            skip = skip.saturating_add(ext as usize);
            data = &data[4..];
        }
        // Characters, 1 or 2 bytes each; a CONTINUE restarts with a flags byte.
        let mut left = cch;
        let mut width = if flags & 0x1 != 0 { 2 } else { 1 };
        loop {
            let here = left.min(data.len() / width);
            data = &data[here * width..];
            left -= here;
            if left == 0 {
                break;
            }
            match next.next() {
                Some(d) if !d.is_empty() => {
                    width = if d[0] & 0x1 != 0 { 2 } else { 1 };
                    data = &d[1..];
                }
                _ => break 'strings,
            }
        }
        // A UTF-16 code unit, or a byte of a code page, is at most 3 bytes of UTF-8.
        sizes.push(cch as u64 * 3);
        while skip > 0 {
            if data.is_empty() {
                match next.next() {
                    Some(d) => data = d,
                    None => break 'strings,
                }
                continue;
            }
            let l = skip.min(data.len());
            data = &data[l..];
            skip -= l;
        }
    }
    sizes
}

/// Checks a BIFF workbook stream before calamine reads it, walking it the way
/// calamine does: the globals up to their EOF for the sheets' offsets
/// (BOUNDSHEET) and the shared strings (SST), then each sheet from its offset to
/// its EOF, skipping nested substreams (charts). Every DIMENSIONS record and
/// every sheet's cells must fit in `MAX_SHEET_CELLS`; the text that cells showing
/// a shared string copy out of the table, over all sheets (calamine reads them
/// all), must fit in `MAX_SHEET_TEXT_BYTES` — 1.4 million cells pointing at one
/// 64 000-character string fit in a 20 MB file and would copy 270 GB.
pub fn check_sheets(stream: &[u8]) -> Result<(), Refusal> {
    let mut offsets = Vec::new();
    let mut sst = Vec::new();
    for (typ, parts) in records_split(stream) {
        match typ {
            0x0085 => offsets.extend(u32_at(parts[0], 0)),
            0x00FC => sst = shared_string_sizes(&parts),
            0x000A => break,
            _ => {}
        }
    }
    let mut copied = 0u64;
    for pos in offsets {
        let Some(sheet) = stream.get(pos as usize..) else {
            continue; // calamine fails on it (caught in `workbook::read`)
        };
        check_sheet(sheet, &sst, &mut copied)?;
    }
    Ok(())
}

fn check_sheet(sheet: &[u8], sst: &[u64], copied: &mut u64) -> Result<(), Refusal> {
    let mut span = Span::default();
    let mut seen_bof = false;
    let mut depth = 0usize;
    for (typ, d) in records(sheet) {
        if depth > 0 {
            match typ {
                0x0809 => depth += 1,
                0x000A => depth -= 1,
                _ => {}
            }
            continue;
        }
        let at = |i: usize| (u16_at(&d, i), u16_at(&d, i + 2));
        match typ {
            0x0809 if seen_bof => depth += 1,
            0x0809 => seen_bof = true,
            0x000A => break,
            0x0200 => {
                let cells = declared_cells(&d)?;
                if cells > MAX_SHEET_CELLS {
                    return Err(Limit::SheetCells {
                        limit: MAX_SHEET_CELLS,
                    }
                    .into());
                }
            }
            // Number, Label, RString, BoolErr, Rk, LabelSst, Formula: row, column first.
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006 => {
                if let (Some(row), Some(col)) = at(0) {
                    span.add(row, col);
                }
                if typ == 0x00FD && d.len() >= 10 {
                    let i = u32_at(&d, 6).unwrap_or(u32::MAX) as usize;
                    *copied = copied.saturating_add(sst.get(i).copied().unwrap_or(0));
                    if *copied > super::MAX_SHEET_TEXT_BYTES {
                        return Err(Limit::SheetText {
                            limit: super::MAX_SHEET_TEXT_BYTES,
                        }
                        .into());
                    }
                }
            }
            // MulRk: row, first column, …, last column.
            0x00BD => {
                if let ((Some(row), Some(first)), Some(last)) =
                    (at(0), d.len().checked_sub(2).and_then(|i| u16_at(&d, i)))
                {
                    span.add(row, first);
                    span.add(row, last.max(first));
                }
            }
            _ => {}
        }
    }
    Ok(span.check()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(typ: u16, data: &[u8]) -> Vec<u8> {
        let mut r = typ.to_le_bytes().to_vec();
        r.extend((data.len() as u16).to_le_bytes());
        r.extend_from_slice(data);
        r
    }

    /// A workbook stream: an SST of one `cch`-character string (split over
    /// CONTINUE records as Excel writes it) and one sheet of `cells` cells all
    /// showing that string.
    fn sst_bomb(cch: u16, cells: u16) -> Vec<u8> {
        let mut sst = vec![1, 0, 0, 0, 1, 0, 0, 0];
        sst.extend(cch.to_le_bytes());
        sst.push(0); // 1 byte per character
        let mut chars = vec![b'x'; usize::from(cch)];
        let first = chars.len().min(8000);
        sst.extend(chars.drain(..first));
        let mut globals = record(0x0809, &[0; 16]);
        let mut tail = record(0x00FC, &sst);
        while !chars.is_empty() {
            let n = chars.len().min(8000);
            let mut cont = vec![0]; // the flags byte a crossing string restarts with
            cont.extend(chars.drain(..n));
            tail.extend(record(0x003C, &cont));
        }
        tail.extend(record(0x000A, &[]));
        let sheet_name = [5, 0, b'S', b'h', b'e', b'e', b't'];
        let bound_len = 4 + 4 + 2 + sheet_name.len();
        let offset = (globals.len() + bound_len + tail.len()) as u32;
        let mut bound = offset.to_le_bytes().to_vec();
        bound.extend([0, 0]);
        bound.extend(sheet_name);
        globals.extend(record(0x0085, &bound));
        globals.extend(tail);
        assert_eq!(globals.len() as u32, offset);
        globals.extend(record(0x0809, &[0; 16]));
        for row in 0..cells {
            let mut c = row.to_le_bytes().to_vec();
            c.extend([0, 0, 0, 0]); // column 0, format 0
            c.extend(0u32.to_le_bytes()); // shared string 0
            globals.extend(record(0x00FD, &c));
        }
        globals.extend(record(0x000A, &[]));
        globals
    }

    #[test]
    fn cells_copying_a_long_shared_string_are_bounded() {
        // 60 000 characters (≤ 180 000 bytes of text) shown by 100 cells: 18 MB, read.
        assert_eq!(check_sheets(&sst_bomb(60_000, 100)), Ok(()));
        // … by 600 cells: 108 MB of copies, refused before calamine makes them.
        let e = check_sheets(&sst_bomb(60_000, 600))
            .unwrap_err()
            .to_string();
        assert!(e.contains("32 MiB"), "{e}");
    }

    #[test]
    fn shared_strings_are_measured_across_continue_records() {
        // "ab" (1 byte each), then "cdé" starting in 1-byte characters and crossing
        // a CONTINUE into 2-byte ones, then a rich string with 1 run: sizes 2, 3, 1.
        let mut sst = vec![3, 0, 0, 0, 3, 0, 0, 0];
        sst.extend([2, 0, 0, b'a', b'b']);
        sst.extend([3, 0, 0, b'c']);
        let mut cont = vec![1];
        cont.extend([b'd', 0, 0xE9, 0]);
        cont.extend([1, 0, 0x8, 1, 0, b'z', 0, 0, 0, 0]);
        assert_eq!(shared_string_sizes(&[&sst, &cont]), vec![6, 9, 3]);
        // A table cut short keeps what it read.
        assert_eq!(shared_string_sizes(&[&sst]), vec![6]);
        assert_eq!(shared_string_sizes(&[&[1, 2]]), Vec::<u64>::new());
    }

    #[test]
    fn accepts_a_real_xls() {
        let xls = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/roster.xls"
        ))
        .unwrap();
        let stream = check(&xls).unwrap().expect("a Workbook stream");
        assert_eq!(check_sheets(&stream), Ok(()));
    }

    #[test]
    fn refuses_loops_and_garbage() {
        let mut xls = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/roster.xls"
        ))
        .unwrap();
        // Point the directory chain's first sector back at itself in the FAT.
        let dir_start = u32_at(&xls, 48).unwrap() as usize;
        let fat0 = u32_at(&xls, 76).unwrap() as usize;
        let at = (fat0 + 1) * 512 + dir_start * 4;
        xls[at..at + 4].copy_from_slice(&(dir_start as u32).to_le_bytes());
        assert!(check(&xls).is_err());
        assert!(check(b"\xD0\xCF\x11\xE0").is_err());
        assert!(check(&[0u8; 600]).is_err());
    }
}
