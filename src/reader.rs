//! Turns raw bytes into an [`Article`]: checks that they are text, strips a
//! byte-order mark and reads the date header.
//!
//! The header is what the user's articles start with: optional whitespace,
//! `date 2025-12-22`, then the body on the same line. `Date: 2025-12-22`
//! and a first line holding only an ISO date are accepted too. The header
//! stays part of [`Article::text`] so that offsets count from the first
//! character of the input as read, but extraction starts after it.

use jiff::civil::Date;
use regex::Regex;
use std::sync::OnceLock;

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

fn header_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?x)^\s*
              (?:
                (?i:date)\s*:?[\ \t]+(?P<d1>\d{4}-\d{1,2}-\d{1,2})\b[\ \t]*
              | (?P<d2>\d{4}-\d{1,2}-\d{1,2})[\ \t]*(?:\r?\n|$)
              )",
        )
        .expect("header regex is valid")
    })
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
    let default_date = options.default_date;
    let mut warnings = Vec::new();
    let text = if let Some(text) = decode_utf16(bytes) {
        text.map_err(|offset| Error::new(ErrorKind::InvalidUtf16 { offset }).with_path(source))?
    } else {
        if let Some(offset) = memchr_nul(bytes) {
            return Err(Error::new(ErrorKind::Binary { offset }).with_path(source));
        }
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        match std::str::from_utf8(bytes) {
            Ok(t) => t.to_string(),
            Err(e) if options.lossy => {
                warnings.push(format!(
                    "not valid UTF-8 (first bad byte at offset {}); bad bytes replaced with U+FFFD",
                    e.valid_up_to()
                ));
                String::from_utf8_lossy(bytes).into_owned()
            }
            Err(e) => {
                return Err(Error::new(ErrorKind::InvalidUtf8 {
                    offset: e.valid_up_to(),
                })
                .with_path(source))
            }
        }
    };
    if text.trim().is_empty() {
        return Err(Error::new(ErrorKind::Empty).with_path(source));
    }
    let (date, body_start) = match header_regex().captures(&text) {
        Some(caps) => {
            let raw = caps.name("d1").or(caps.name("d2")).expect("one date group");
            let date = match raw.as_str().parse::<Date>() {
                Ok(d) => Some(d),
                Err(_) => {
                    warnings.push(format!(
                        "impossible date '{}' in the header; the record's date is null",
                        raw.as_str()
                    ));
                    None
                }
            };
            (date, caps.get(0).expect("whole match").end())
        }
        None => (default_date, 0),
    };
    Ok(Article {
        source: source.to_string(),
        text,
        date,
        body_start,
        warnings,
    })
}

/// Decodes text that starts with a UTF-16 byte-order mark: `None` when
/// there is none, `Some(Err(offset))` for an unpaired surrogate or an odd
/// number of bytes.
fn decode_utf16(bytes: &[u8]) -> Option<std::result::Result<String, usize>> {
    let little = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return None,
    };
    let body = &bytes[2..];
    if body.len() % 2 == 1 {
        return Some(Err(bytes.len() - 1));
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
            Ok(c) => text.push(c),
            Err(_) => return Some(Err(2 + 2 * i)),
        }
    }
    if text.contains('\0') {
        return Some(Err(2 + 2 * text.chars().take_while(|&c| c != '\0').count()));
    }
    Some(Ok(text))
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
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
        assert!(matches!(e.kind(), ErrorKind::InvalidUtf8 { offset: 2 }));
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
        assert_eq!(a.text, "caf\u{FFFD} au lait");
        assert_eq!(a.warnings.len(), 1);
    }

    #[test]
    fn user_dates_are_checked() {
        assert!(parse_date("2025-12-22").is_ok());
        assert!(parse_date("2025-2-2").is_err());
        assert!(parse_date("2025-02-30").is_err());
    }
}
