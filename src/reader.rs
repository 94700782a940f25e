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
    if let Some(offset) = memchr_nul(bytes) {
        return Err(Error::new(ErrorKind::Binary { offset }).with_path(source));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(e) => {
            return Err(Error::new(ErrorKind::InvalidUtf8 {
                offset: e.valid_up_to(),
            })
            .with_path(source))
        }
    };
    if text.trim().is_empty() {
        return Err(Error::new(ErrorKind::Empty).with_path(source));
    }
    let mut warnings = Vec::new();
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
    fn user_dates_are_checked() {
        assert!(parse_date("2025-12-22").is_ok());
        assert!(parse_date("2025-2-2").is_err());
        assert!(parse_date("2025-02-30").is_err());
    }
}
