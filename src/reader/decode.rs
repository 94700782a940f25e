//! Turns raw bytes into text: UTF-8 (with or without a byte-order mark),
//! UTF-16 (with a byte-order mark, or recognised by its zero bytes), and,
//! on request, single-byte Western text.
//!
//! Scraped archives hold all of these. A file that cannot be read is
//! refused with a message that says what it probably is and which option
//! reads it, rather than read as garbage.

use crate::error::ErrorKind;

/// Text decoded from bytes, with what the user should hear about it.
pub(crate) struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Decodes `bytes`; with `lossy`, invalid UTF-8 is read anyway (as
/// Windows-1252 when it looks like single-byte text, else with U+FFFD).
///
/// # Errors
///
/// Invalid UTF-8 or UTF-16, and binary content (NUL bytes that are not
/// UTF-16).
pub(crate) fn decode(bytes: &[u8], lossy: bool) -> Result<Decoded, ErrorKind> {
    let mut warnings = Vec::new();
    if let Some(little) = utf16_bom(bytes) {
        let text = decode_utf16(&bytes[2..], little)
            .map_err(|offset| ErrorKind::InvalidUtf16 { offset: offset + 2 })?;
        return Ok(Decoded { text, warnings });
    }
    // memchr: a byte-at-a-time search cost about as much as checking the
    // UTF-8 (#17).
    if let Some(offset) = memchr::memchr(0, bytes) {
        return match utf16_without_bom(bytes) {
            Some(little) => {
                let text = decode_utf16(bytes, little)
                    .map_err(|offset| ErrorKind::InvalidUtf16 { offset })?;
                warnings.push(format!(
                    "no byte-order mark; read as UTF-16{}",
                    if little { "LE" } else { "BE" }
                ));
                Ok(Decoded { text, warnings })
            }
            None => Err(ErrorKind::Binary { offset }),
        };
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_string(),
            warnings,
        }),
        Err(e) if lossy && looks_single_byte(bytes) => {
            warnings.push(format!(
                "not valid UTF-8 (first bad byte at offset {}); read as Windows-1252 (Latin-1)",
                e.valid_up_to()
            ));
            Ok(Decoded {
                text: bytes.iter().map(|&b| windows_1252(b)).collect(),
                warnings,
            })
        }
        Err(e) if lossy => {
            warnings.push(format!(
                "not valid UTF-8 (first bad byte at offset {}); bad bytes replaced with U+FFFD",
                e.valid_up_to()
            ));
            Ok(Decoded {
                text: String::from_utf8_lossy(bytes).into_owned(),
                warnings,
            })
        }
        Err(e) => Err(ErrorKind::InvalidUtf8 {
            offset: e.valid_up_to(),
            single_byte: looks_single_byte(bytes),
        }),
    }
}

/// Decodes `bytes` as [`decode`] does, keeping them as the text when they
/// are UTF-8 already (nearly every article): the text of a file read whole
/// was otherwise copied once more, an allocation and a copy per article
/// (#17).
///
/// # Errors
///
/// As [`decode`].
pub(crate) fn decode_owned(bytes: Vec<u8>, lossy: bool) -> Result<Decoded, ErrorKind> {
    if utf16_bom(&bytes).is_some() || memchr::memchr(0, &bytes).is_some() {
        return decode(&bytes, lossy);
    }
    // (A UTF-8 byte-order mark is valid UTF-8: checked with the rest, then
    // dropped.)
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{FEFF}') {
                text.drain(..'\u{FEFF}'.len_utf8());
            }
            Ok(Decoded {
                text,
                warnings: Vec::new(),
            })
        }
        Err(e) => decode(e.as_bytes(), lossy),
    }
}

/// `Some(little_endian)` when the bytes start with a UTF-16 byte-order
/// mark.
fn utf16_bom(bytes: &[u8]) -> Option<bool> {
    match bytes {
        [0xFF, 0xFE, ..] => Some(true),
        [0xFE, 0xFF, ..] => Some(false),
        _ => None,
    }
}

/// `Some(little_endian)` when text without a byte-order mark is UTF-16:
/// mostly-ASCII UTF-16 has a zero in nearly every other byte, on one side
/// only, which binary files do not.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    let pairs = head.len() / 2;
    if pairs < 2 || bytes.len() % 2 == 1 {
        return None;
    }
    let zeros_at = |k: usize| head.iter().skip(k).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (zeros_at(0), zeros_at(1));
    if odd * 10 >= pairs * 7 && even * 20 <= pairs {
        Some(true)
    } else if even * 10 >= pairs * 7 && odd * 20 <= pairs {
        Some(false)
    } else {
        None
    }
}

/// Decodes UTF-16 code units; `Err(offset)` for an odd byte count, an
/// unpaired surrogate or a NUL character.
fn decode_utf16(body: &[u8], little: bool) -> Result<String, usize> {
    if body.len() % 2 == 1 {
        return Err(body.len() - 1);
    }
    let units = body.chunks_exact(2).map(|p| {
        if little {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    let mut text = String::with_capacity(body.len() / 2);
    for (i, c) in char::decode_utf16(units).enumerate() {
        match c {
            Ok('\0') | Err(_) => return Err(2 * i),
            Ok(c) => text.push(c),
        }
    }
    Ok(text)
}

/// True when invalid UTF-8 looks like a single-byte encoding: no valid
/// multi-byte sequence anywhere, only lone high bytes ("caf\xE9").
fn looks_single_byte(bytes: &[u8]) -> bool {
    bytes
        .utf8_chunks()
        .all(|chunk| chunk.valid().is_ascii() && chunk.invalid().len() <= 1)
}

/// Windows-1252, the superset of Latin-1 that Western web pages and
/// office files use.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, little: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| {
                if little {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn utf16_without_a_bom_is_recognised() {
        for little in [true, false] {
            let d = decode(&utf16("date 2025-01-02 Ankara", little), false).unwrap();
            assert_eq!(d.text, "date 2025-01-02 Ankara");
            assert_eq!(d.warnings.len(), 1);
        }
    }

    #[test]
    fn binary_is_still_binary() {
        let e = decode(b"\x7FELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0", false);
        assert!(matches!(e, Err(ErrorKind::Binary { offset: 7 })));
    }

    #[test]
    fn latin1_is_named_and_read_with_lossy() {
        let e = decode(b"caf\xE9 au lait", false);
        assert!(matches!(
            e,
            Err(ErrorKind::InvalidUtf8 {
                offset: 3,
                single_byte: true
            })
        ));
        let d = decode(b"caf\xE9 \x93au lait\x94", true).unwrap();
        assert_eq!(d.text, "café “au lait”");
        // Real UTF-8 with one bad byte is not single-byte text.
        let d = decode(
            "café \u{FF}"
                .as_bytes()
                .iter()
                .chain(b"\xFF")
                .copied()
                .collect::<Vec<_>>()
                .as_slice(),
            true,
        )
        .unwrap();
        assert!(d.text.ends_with('\u{FFFD}'));
    }
}
