//! Byte budgets of a zipped workbook (`.xlsx`, `.ods`) checked before calamine
//! reads it.
//!
//! A zip part inflates up to ~1000× its stored size, and calamine keeps every
//! shared string of an `.xlsx` in memory: a 2 MB file holding 1 GB of `<c/>`
//! took 42 s, and 30 million tiny shared strings in a 1.2 MB file took 1.6 GB.
//! So before calamine opens the archive, this inflates every part into nothing,
//! counting the bytes that really come out (the sizes a zip declares can lie),
//! and counts the shared strings and their text.

use quick_xml::events::Event;
use std::io::{BufReader, Cursor, Read};

/// Parts in the archive.
pub const MAX_ENTRIES: usize = 10_000;
/// All parts together, inflated.
pub const MAX_INFLATED_BYTES: u64 = 128 << 20;
/// Shared strings of an `.xlsx`.
pub const MAX_SHARED_STRINGS: u64 = 1_000_000;
/// The text of an `.xlsx`'s shared strings, together (as stored, an upper bound
/// of what calamine keeps).
pub const MAX_SHARED_STRING_BYTES: u64 = 32 << 20;

use super::limit::Limit;

/// `Ok` when the archive in `bytes` is within the budgets; an archive the zip
/// reader cannot open is left to calamine, which fails on it too.
pub fn check(bytes: &[u8]) -> Result<(), Limit> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    if zip.len() > MAX_ENTRIES {
        return Err(Limit::Parts {
            found: zip.len(),
            limit: MAX_ENTRIES,
        });
    }
    let over = || Limit::Inflated {
        limit: MAX_INFLATED_BYTES,
    };
    let mut declared = 0u64;
    for i in 0..zip.len() {
        if let Ok(f) = zip.by_index_raw(i) {
            declared = declared.saturating_add(f.size());
        }
    }
    if declared > MAX_INFLATED_BYTES {
        return Err(over());
    }
    let mut total = 0u64;
    for i in 0..zip.len() {
        let Ok(f) = zip.by_index(i) else {
            continue; // calamine fails on it if it needs it
        };
        let shared = f
            .name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default()
            .ends_with("sharedstrings.xml");
        let left = MAX_INFLATED_BYTES - total;
        let mut counted = Counter {
            inner: f.take(left + 1),
            n: 0,
        };
        if shared {
            shared_strings(&mut counted)?;
        }
        // A part that fails to inflate part-way is left to calamine.
        let _ = std::io::copy(&mut counted, &mut std::io::sink());
        total += counted.n;
        if total > MAX_INFLATED_BYTES {
            return Err(over());
        }
    }
    Ok(())
}

/// Counts the bytes read through it.
struct Counter<R> {
    inner: R,
    n: u64,
}

impl<R: Read> Read for Counter<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let k = self.inner.read(buf)?;
        self.n += k as u64;
        Ok(k)
    }
}

/// Counts `<si>` elements and their text in a shared-strings part, the way
/// calamine finds them (any `si` by local name, empty ones too).
fn shared_strings(part: &mut impl Read) -> Result<(), Limit> {
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(part));
    xml.config_mut().check_end_names = false;
    xml.config_mut().check_comments = false;
    let mut buf = Vec::new();
    let (mut count, mut bytes) = (0u64, 0u64);
    loop {
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "si" => {
                count += 1;
                if count > MAX_SHARED_STRINGS {
                    return Err(Limit::SharedStrings {
                        limit: MAX_SHARED_STRINGS,
                    });
                }
            }
            Ok(Event::Text(t)) => bytes += t.len() as u64,
            Ok(Event::CData(t)) => bytes += t.len() as u64,
            Ok(Event::GeneralRef(_)) => bytes += 4,
            Ok(Event::Eof) | Err(_) => return Ok(()),
            Ok(_) => {}
        }
        if bytes > MAX_SHARED_STRING_BYTES {
            return Err(Limit::SharedText {
                limit: MAX_SHARED_STRING_BYTES,
            });
        }
        buf.clear();
    }
}
