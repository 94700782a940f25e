//! Turns raw bytes into an [`Article`]: decodes the text ([`decode`]),
//! strips a byte-order mark and finds the article's date ([`header`]).
//!
//! The header the project writes is what articles start with: optional
//! whitespace, `date 2025-12-22`, then the body on the same line. The
//! reader also takes the forms news sites and scrapers write (ISO with a
//! time and zone, `Published:` lines, "22 December 2025", RFC 2822, HTML
//! metadata); see [`header`]. A header at the start stays part of
//! [`Article::text`] so that offsets count from the first character of
//! the input as read, but extraction starts after it.

mod decode;
mod header;

use jiff::civil::Date;

use crate::error::{Error, ErrorKind, Result};

/// One dated news article, ready for extraction.
#[derive(Clone, Debug)]
pub struct Article {
    /// Where the article came from (a path as given, `-` for stdin, or an
    /// identifier chosen by the caller).
    pub source: String,
    /// The whole text as read, without a byte-order mark.
    pub text: String,
    /// The article's own date: from the header, else the caller's default.
    pub date: Option<Date>,
    /// Byte offset in `text` where the body starts (just after the header).
    pub body_start: usize,
    /// Problems that did not stop the article from being read, such as an
    /// impossible header date. Each is one line without the source prefix.
    pub warnings: Vec<String>,
}

/// Reads an article from raw bytes.
///
/// `default_date` is used when the text has no date header (the
/// command line's `--date`).
///
/// # Errors
///
/// Fails when the bytes hold a NUL byte (binary content), are not valid
/// UTF-8, or hold nothing but whitespace. An impossible header date
/// (`2025-13-45`) is not an error: the article gets no date and a warning.
///
/// # Example
///
/// ```
/// let a = newsner::parse_article("a.txt", b" date 2025-12-22 Hello.", None).unwrap();
/// assert_eq!(a.date.unwrap().to_string(), "2025-12-22");
/// assert_eq!(&a.text[a.body_start..], "Hello.");
/// ```
pub fn parse_article(source: &str, bytes: &[u8], default_date: Option<Date>) -> Result<Article> {
    let options = ReadOptions {
        default_date,
        lossy: false,
    };
    parse_article_with(source, bytes, &options)
}

/// How raw input is read.
#[derive(Clone, Copy, Debug, Default)]
pub struct ReadOptions {
    /// Article date for inputs without a date header.
    pub default_date: Option<Date>,
    /// Replace invalid UTF-8 with U+FFFD (and warn) instead of failing.
    pub lossy: bool,
}

/// Reads an article from raw bytes, as [`parse_article`] does, with
/// options. Text starting with a UTF-16 byte-order mark is decoded.
///
/// # Errors
///
/// As [`parse_article`]; with `lossy`, invalid UTF-8 is not an error.
pub fn parse_article_with(source: &str, bytes: &[u8], options: &ReadOptions) -> Result<Article> {
    let decoded = decode::decode(bytes, options.lossy);
    article_of(source, decoded, options)
}

/// The bytes of the file at `path`. Unlike `std::fs::read`, it asks the
/// file system for no size first: an article is read whole into a buffer
/// of 16 KiB, which holds most, and one more read finds its end. A batch
/// of small files spent an eighth of its system time on those size
/// queries (#17).
pub(crate) fn read_file(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::with_capacity(16 * 1024);
    // `File::read_to_end` itself asks for the size (and the position) to
    // size its buffer; read through `Take`, it is the plain loop of reads.
    std::fs::File::open(path)?
        .take(u64::MAX)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Reads an article from bytes it may keep, as [`parse_article_with`]
/// does: UTF-8 bytes (a file read whole) become the text without a copy.
///
/// # Errors
///
/// As [`parse_article_with`].
pub(crate) fn parse_article_owned(
    source: &str,
    bytes: Vec<u8>,
    options: &ReadOptions,
) -> Result<Article> {
    let decoded = decode::decode_owned(bytes, options.lossy);
    article_of(source, decoded, options)
}

/// The article of decoded text: its date and where its body starts.
fn article_of(
    source: &str,
    decoded: std::result::Result<decode::Decoded, ErrorKind>,
    options: &ReadOptions,
) -> Result<Article> {
    let decoded = decoded.map_err(|kind| Error::new(kind).with_path(source))?;
    let (text, mut warnings) = (decoded.text, decoded.warnings);
    if text.trim().is_empty() {
        return Err(Error::new(ErrorKind::Empty).with_path(source));
    }
    let (date, body_start) = match header::find(&text) {
        Some(header::Found::Date { date, body_start }) => (Some(date), body_start),
        Some(header::Found::Unusable {
            message,
            body_start,
        }) => {
            warnings.push(format!(
                "{message} in the header; the record's date is null"
            ));
            (None, body_start)
        }
        None => {
            if options.default_date.is_none() {
                warnings.push(
                    "no date found (header, Published: line or HTML metadata); relative dates \
                     stay unresolved: give one with --date YYYY-MM-DD"
                        .to_string(),
                );
            }
            (options.default_date, 0)
        }
    };
    Ok(Article {
        source: source.to_string(),
        text,
        date,
        body_start,
        warnings,
    })
}

/// Reads a date as news feeds give it (a JSON Lines `date` field): ISO
/// with or without a time and zone (`2025-12-22T10:00:00Z`), "22 December
/// 2025", "Dec 22, 2025", RFC 2822 and the other header forms.
///
/// # Errors
///
/// Fails with [`ErrorKind::InvalidArgument`] when `s` is not a real date.
pub fn parse_feed_date(s: &str) -> Result<Date> {
    header::parse_value(s).map_err(|e| Error::new(ErrorKind::InvalidArgument(e)))
}

/// Parses a `YYYY-MM-DD` date given by the user.
///
/// # Errors
///
/// Fails with [`ErrorKind::InvalidArgument`] when `s` is not a real date.
pub fn parse_date(s: &str) -> Result<Date> {
    let shape_ok = s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
    match s.parse::<Date>() {
        Ok(d) if shape_ok => Ok(d),
        _ => Err(Error::new(ErrorKind::InvalidArgument(format!(
            "invalid date '{s}': expected a real date as YYYY-MM-DD"
        )))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Article {
        parse_article("t", s.as_bytes(), None).unwrap()
    }

    #[test]
    fn seed_header_with_leading_space() {
        let a = read(" date 2025-12-22 Turkey's agency");
        assert_eq!(a.date.unwrap().to_string(), "2025-12-22");
        assert_eq!(&a.text[a.body_start..], "Turkey's agency");
    }

    #[test]
    fn colon_header_and_date_only_line() {
        let a = read("Date: 2024-02-29\nBody");
        assert_eq!(a.date.unwrap().to_string(), "2024-02-29");
        let b = read("2024-03-01\r\nBody");
        assert_eq!(b.date.unwrap().to_string(), "2024-03-01");
        assert_eq!(&b.text[b.body_start..], "Body");
    }

    #[test]
    fn no_header_uses_default() {
        let d: Date = "2020-01-01".parse().unwrap();
        let a = parse_article("t", b"Plain text.", Some(d)).unwrap();
        assert_eq!(a.date, Some(d));
        assert_eq!(a.body_start, 0);
        // A date inside the first sentence is not a header.
        let b = read("On 2020-01-02 it rained.");
        assert_eq!(b.date, None);
    }

    #[test]
    fn impossible_header_date_warns() {
        let a = read("date 2025-13-45 Body");
        assert_eq!(a.date, None);
        assert_eq!(a.warnings.len(), 1);
        assert_eq!(&a.text[a.body_start..], "Body");
    }

    #[test]
    fn bom_stripped_and_bad_bytes_refused() {
        let a = parse_article("t", b"\xEF\xBB\xBFdate 2025-01-01 x", None).unwrap();
        assert!(a.text.starts_with("date"));
        let e = parse_article("t", b"ab\xFFcd", None).unwrap_err();
        assert!(matches!(e.kind(), ErrorKind::InvalidUtf8 { offset: 2, .. }));
        let e = parse_article("t", b"ab\0cd", None).unwrap_err();
        assert!(matches!(e.kind(), ErrorKind::Binary { offset: 2 }));
        let e = parse_article("t", b" \n ", None).unwrap_err();
        assert!(matches!(e.kind(), ErrorKind::Empty));
    }

    #[test]
    fn utf16_is_decoded_and_lossy_replaces() {
        let mut le = vec![0xFF, 0xFE];
        for u in "date 2025-01-02 Ankara".encode_utf16() {
            le.extend(u.to_le_bytes());
        }
        let a = parse_article("t", &le, None).unwrap();
        assert_eq!(&a.text[a.body_start..], "Ankara");
        let e = parse_article("t", &[0xFF, 0xFE, 0x41], None).unwrap_err();
        assert!(matches!(e.kind(), ErrorKind::InvalidUtf16 { .. }));
        let opts = ReadOptions {
            default_date: None,
            lossy: true,
        };
        let a = parse_article_with("t", b"caf\xE9 au lait", &opts).unwrap();
        assert_eq!(a.text, "café au lait", "Latin-1 is read as Windows-1252");
        assert!(a.warnings[0].contains("Windows-1252"), "{:?}", a.warnings);
        assert!(a.warnings[1].contains("--date"), "no date, so a hint");
    }

    #[test]
    fn owned_bytes_read_as_borrowed_ones() {
        let opts = ReadOptions::default();
        let inputs: [&[u8]; 6] = [
            b"\xEF\xBB\xBFdate 2025-01-01 x",
            b"date 2025-01-01 caf\xC3\xA9",
            b"ab\xFFcd",
            b"ab\0cd",
            b" \n ",
            &[0xFF, 0xFE, b'A', 0],
        ];
        for bytes in inputs {
            let borrowed = parse_article_with("t", bytes, &opts);
            let owned = parse_article_owned("t", bytes.to_vec(), &opts);
            match (borrowed, owned) {
                (Ok(a), Ok(b)) => {
                    assert_eq!(
                        (a.text, a.date, a.body_start),
                        (b.text, b.date, b.body_start)
                    );
                    assert_eq!(a.warnings, b.warnings);
                }
                (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
                (a, b) => panic!("{bytes:?}: {a:?} against {b:?}"),
            }
        }
    }

    #[test]
    fn user_dates_are_checked() {
        assert!(parse_date("2025-12-22").is_ok());
        assert!(parse_date("2025-2-2").is_err());
        assert!(parse_date("2025-02-30").is_err());
    }
}
