//! Finds an article's own date in the forms news sites and scrapers write.
//!
//! The project's own form comes first: the text starts with `date
//! 2025-12-22` and the body follows on the same line. Real inputs carry
//! the date in many other ways, and an article read without its date
//! leaves every relative date ("on Friday") unresolved, so the reader
//! accepts, in this order of trust:
//!
//! 1. a header at the very start: `date 2025-12-22 …`, `Date: …`,
//!    `Published: 22 December 2025`, or a first line holding only a date;
//! 2. HTML metadata: `<meta property="article:published_time" content=…>`
//!    (or `itemprop="datePublished"`);
//! 3. a `Published:` / `Posted:` / `Date:` line, or a line holding only a
//!    date, among the first lines (after a headline or a byline);
//! 4. an `Updated:` line there, then the first `<time datetime=…>`.
//!
//! Dates are written as ISO (`2025-12-22`, with or without a time and
//! zone), `2025/12/22`, `22 December 2025`, `Dec 22, 2025`, RFC 2822
//! (`Mon, 22 Dec 2025 09:30:00 +0000`), or day/month numbers when only
//! one reading is possible (`22/12/2025`, `12/22/2025`). The date is the
//! one written: a time and zone are read past, never converted, because
//! the article's own calendar day is what its "today" means.

use std::sync::OnceLock;

use crate::pattern::{Captures, Regex};
use jiff::civil::Date;

/// What the reader found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Found {
    /// A real date; `body_start` is where the body begins (0 when the date
    /// was not at the very start of the text).
    Date { date: Date, body_start: usize },
    /// Something written as a date that is not a real or unambiguous one;
    /// the message says what.
    Unusable { message: String, body_start: usize },
}

/// How many bytes from the start are searched for a date line.
const LINES_WINDOW: usize = 2_000;
/// How many non-empty lines from the start are searched for a date line.
const LINES_SEARCHED: usize = 8;

const MONTH: &str = r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const WEEKDAY: &str = r"(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[\ \t]+)";
/// A clock time and zone after a date, read past and not used.
const TIME: &str = r"(?:(?:T|[\ \t]*,?[\ \t]+(?:at[\ \t]+)?)\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?(?:[\ \t]*(?i:[ap]\.?m\.?))?(?:[\ \t]*(?:Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?|[ECMP][SD]T|BST|CES?T|EES?T|IST|JST|AES?T|AEDT|ET|PT))?)?";
const LABEL: &str = r"(?i:date|dated|published(?:[\ \t]+on)?|first[\ \t]+published(?:[\ \t]+on)?|posted(?:[\ \t]+on)?|updated(?:[\ \t]+on)?|last[\ \t]+updated(?:[\ \t]+on)?)";

/// One date in any accepted form, with a time and zone.
fn date_pattern() -> String {
    format!(
        r"{WEEKDAY}?(?P<when>(?P<iy>\d{{4}})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})|(?P<dd>\d{{1,2}})(?i:st|nd|rd|th)?[\ \t]+(?:of[\ \t]+)?(?P<dm>{MONTH})\.?,?[\ \t]+(?P<dy>\d{{4}})|(?P<mm>{MONTH})\.?[\ \t]+(?P<md>\d{{1,2}})(?i:st|nd|rd|th)?,?[\ \t]+(?P<my>\d{{4}})|(?P<n1>\d{{1,2}})[/.](?P<n2>\d{{1,2}})[/.](?P<ny>\d{{4}})){TIME}"
    )
}

struct Patterns {
    /// A header at the very start: a label and a date, the body after it
    /// on the same line.
    start_labelled: Regex,
    /// A first line holding only a date.
    start_bare: Regex,
    /// A labelled date line.
    labelled: Regex,
    /// A line holding only a date.
    bare: Regex,
    /// A whole value: a JSON Lines `date` field.
    value: Regex,
    /// HTML: the publication date in a `<meta>` tag, either attribute
    /// order.
    meta: Regex,
    /// HTML: `<time datetime="…">`.
    time: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let date = date_pattern();
        let re = |s: &str| Regex::new(s).expect("header patterns are valid");
        Patterns {
            start_labelled: re(&format!(
                r"^\s*(?:{LABEL})[\ \t]*:?[\ \t]+(?:{date})\b[\ \t]*(?:\r?\n)?"
            )),
            start_bare: re(&format!(r"^\s*(?:{date})[\ \t]*(?:\r?\n|$)")),
            labelled: re(&format!(
                r"^[\ \t]*(?P<label>{LABEL})[\ \t]*:?[\ \t]+(?:{date})[\ \t]*$"
            )),
            bare: re(&format!(r"^[\ \t]*(?:{date})[\ \t]*$")),
            value: re(&format!(r"^\s*(?:{date})\s*$")),
            meta: re(
                r#"(?i)<meta\s[^>]*?(?:(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|pubdate|publishdate|date)["'][^>]*?content\s*=\s*["'](?P<a>[^"']+)["']|content\s*=\s*["'](?P<b>[^"']+)["'][^>]*?(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|pubdate|publishdate|date)["'])"#,
            ),
            time: re(r#"(?i)<time\s[^>]*?datetime\s*=\s*["'](?P<a>[^"']+)["']"#),
        }
    })
}

/// Finds the article's date in `text` (see the module documentation for
/// the forms and their order); `None` when there is none.
pub(crate) fn find(text: &str) -> Option<Found> {
    if let Some(found) = project_header(text) {
        return Some(found);
    }
    let p = patterns();
    if let Some(caps) = p
        .start_labelled
        .captures(text)
        .or_else(|| p.start_bare.captures(text))
    {
        let end = caps.get(0).expect("whole match").end();
        return Some(found(&caps, end));
    }
    if text.contains('<') {
        if let Some(found) = html_date(&p.meta, text) {
            return Some(found);
        }
    }
    let mut updated = None;
    for line in first_lines(text) {
        if let Some(caps) = p.labelled.captures(line) {
            let label = caps.name("label").map_or("", |m| m.as_str());
            if label.to_ascii_lowercase().contains("updated") {
                updated = updated.or_else(|| Some(found(&caps, 0)));
                continue;
            }
            return Some(found(&caps, 0));
        }
        if let Some(caps) = p.bare.captures(line) {
            return Some(found(&caps, 0));
        }
    }
    if updated.is_some() {
        return updated;
    }
    if text.contains('<') {
        return html_date(&p.time, text);
    }
    None
}

/// The project's own header, `date 2025-12-22 …` or `Date: 2025-12-22`,
/// read by a small pattern first: it is what nearly every input has, and
/// the full set of forms costs some milliseconds to compile, which a run
/// over one article should not pay.
fn project_header(text: &str) -> Option<Found> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^\s*(?i:date)[\ \t]*:?[\ \t]+(?P<when>(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2}))\b[\ \t]*(?:\r?\n)?")
            .expect("the header pattern is valid")
    });
    let plain = plain_header(text);
    let caps = match plain {
        Some(_) => None,
        None => Some(re.captures(text)?),
    };
    let end = match (&plain, &caps) {
        (Some(header), _) => header.end,
        (None, Some(caps)) => caps.get(0).expect("whole match").end(),
        (None, None) => unreachable!("one of the two read the header"),
    };
    let rest = &text.as_bytes()[end..];
    let clock = |n: usize| {
        rest.len() > n + 2
            && rest[..n].iter().all(u8::is_ascii_digit)
            && matches!(rest[n], b':' | b'.')
            && rest[n + 1..n + 3].iter().all(u8::is_ascii_digit)
    };
    if clock(1) || clock(2) {
        // "date 2025-12-22 09:30 …": a time may follow; the full forms
        // read it.
        return None;
    }
    Some(match (plain, caps) {
        (Some(header), _) => settle(header.when, Ok(header.ymd), end),
        (None, Some(caps)) => found(&caps, end),
        (None, None) => unreachable!("one of the two read the header"),
    })
}

/// The project's header read by hand when it is plain ASCII, as the
/// pattern of [`project_header`] reads it: a regex search with groups
/// cost a few thousand instructions an article (#17). `None` when the
/// text does not start so, or holds anything outside ASCII where the
/// pattern's Unicode classes (`\s`, `\d`, `\b`) might read it otherwise:
/// the pattern then decides.
fn plain_header(text: &str) -> Option<PlainHeader<'_>> {
    let b = text.as_bytes();
    let blank = |c: u8| c == b' ' || c == b'\t';
    let digits = |from: usize, most: usize| {
        let n = b[from..]
            .iter()
            .take(most)
            .take_while(|c| c.is_ascii_digit())
            .count();
        (n > 0).then_some(from + n)
    };
    let mut i = b
        .iter()
        .position(|&c| !matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'))?;
    if !b.get(i..i + 4)?.eq_ignore_ascii_case(b"date") {
        return None;
    }
    i += 4;
    let spaced = i;
    while b.get(i).copied().is_some_and(blank) {
        i += 1;
    }
    if b.get(i) == Some(&b':') {
        i += 1;
        let after_colon = i;
        while b.get(i).copied().is_some_and(blank) {
            i += 1;
        }
        if i == after_colon {
            return None;
        }
    } else if i == spaced {
        return None;
    }
    let when = i;
    let year = digits(i, 4).filter(|&e| e == i + 4)?;
    if b.get(year) != Some(&b'-') {
        return None;
    }
    let month = digits(year + 1, 2)?;
    if b.get(month) != Some(&b'-') {
        return None;
    }
    let day = digits(month + 1, 2)?;
    // `\b` after the day: what follows is no word character (outside
    // ASCII the pattern decides).
    if b.get(day)
        .is_some_and(|&c| !c.is_ascii() || c.is_ascii_alphanumeric() || c == b'_')
    {
        return None;
    }
    let mut end = day;
    while b.get(end).copied().is_some_and(blank) {
        end += 1;
    }
    if b[end..].starts_with(b"\r\n") {
        end += 2;
    } else if b[end..].starts_with(b"\n") {
        end += 1;
    }
    let num = |from: usize, to: usize| text[from..to].parse::<i32>().ok();
    Some(PlainHeader {
        when: &text[when..day],
        ymd: (num(when, year)?, num(year + 1, month), num(month + 1, day)),
        end,
    })
}

/// What [`plain_header`] reads.
struct PlainHeader<'t> {
    /// The date as written.
    when: &'t str,
    ymd: (i32, Option<i32>, Option<i32>),
    /// Where the header ends.
    end: usize,
}

/// Reads a whole value as a date, as a JSON Lines `date` field is given:
/// any accepted form, with or without a time and zone.
///
/// # Errors
///
/// Fails with a message when `s` is not a date or not a real one.
pub(crate) fn parse_value(s: &str) -> Result<Date, String> {
    match patterns().value.captures(s) {
        Some(caps) => match found(&caps, 0) {
            Found::Date { date, .. } => Ok(date),
            Found::Unusable { message, .. } => Err(message),
        },
        None => Err(format!("'{s}' is not a date")),
    }
}

/// The first non-empty lines of the text, within a window.
fn first_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut end = text.len().min(LINES_WINDOW);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end]
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(LINES_SEARCHED)
}

/// The first date that `re` captures (group `a` or `b`) in HTML.
fn html_date(re: &Regex, text: &str) -> Option<Found> {
    let caps = re.captures(text)?;
    let raw = caps.name("a").or_else(|| caps.name("b"))?.as_str();
    match parse_value(raw) {
        Ok(date) => Some(Found::Date {
            date,
            body_start: 0,
        }),
        Err(message) => Some(Found::Unusable {
            message,
            body_start: 0,
        }),
    }
}

/// Turns the captures of a date pattern into a date.
fn found(caps: &Captures<'_>, body_start: usize) -> Found {
    let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<i32>().ok());
    let raw = caps.name("when").map_or("", |m| m.as_str());
    let ymd = if let Some(y) = num("iy") {
        Ok((y, num("im"), num("id")))
    } else if let Some(y) = num("dy") {
        Ok((
            y,
            caps.name("dm").and_then(|m| month(m.as_str())),
            num("dd"),
        ))
    } else if let Some(y) = num("my") {
        Ok((
            y,
            caps.name("mm").and_then(|m| month(m.as_str())),
            num("md"),
        ))
    } else {
        let (a, b, y) = (num("n1"), num("n2"), num("ny"));
        match (a, b, y) {
            (Some(a), Some(b), Some(y)) if a > 12 && b <= 12 => Ok((y, Some(b), Some(a))),
            (Some(a), Some(b), Some(y)) if b > 12 && a <= 12 => Ok((y, Some(a), Some(b))),
            (Some(a), Some(b), Some(y)) if a == b => Ok((y, Some(a), Some(b))),
            _ => Err(format!(
                "ambiguous date '{raw}' (day/month or month/day?); give the date with --date"
            )),
        }
    };
    settle(raw, ymd, body_start)
}

/// The date of year, month and day as read from `raw`, or why there is
/// none.
fn settle(
    raw: &str,
    ymd: Result<(i32, Option<i32>, Option<i32>), String>,
    body_start: usize,
) -> Found {
    let date = ymd.and_then(|(y, m, d)| match (m, d) {
        (Some(m), Some(d)) => {
            Date::new(y as i16, m as i8, d as i8).map_err(|_| format!("impossible date '{raw}'"))
        }
        _ => Err(format!("impossible date '{raw}'")),
    });
    match date {
        Ok(date) => Found::Date { date, body_start },
        Err(message) => Found::Unusable {
            message,
            body_start,
        },
    }
}

/// The month number of an English month name or abbreviation.
fn month(name: &str) -> Option<i32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| lower.starts_with(m))
        .map(|i| i as i32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The header read by hand is the one the pattern reads, and the
    /// hand gives way wherever it is unsure.
    #[test]
    fn plain_header_reads_as_the_pattern() {
        let re = regex::Regex::new(r"^\s*(?i:date)[\ \t]*:?[\ \t]+(?P<when>(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2}))\b[\ \t]*(?:\r?\n)?").unwrap();
        let texts = [
            "date 2025-12-22 Title",
            "DATE:\t2025-1-2\r\nBody",
            "\n date  :  2025-12-2  \nBody",
            "Date 2025-12-22\rBody",
            "date 2025-12-22",
            "date:2025-12-22 x",
            "dated 2025-12-22 x",
            "date 2025-12-223 x",
            "date 2025-123-22 x",
            "date 20251-12-22 x",
            "date 2025-12-22x",
            "date 2025-12-22_",
            "date 2025-12-22é",
            "date 2025-12-",
            "date 2025-",
            "date 2025",
            "date ",
            "\u{3000}date 2025-12-22 x",
            "date 2025-12-2\u{663} x",
            "date 2025-12-22.",
        ];
        for text in texts {
            let plain = plain_header(text);
            if let Some(h) = &plain {
                let caps = re.captures(text).unwrap_or_else(|| panic!("{text:?}"));
                let num = |g: &str| caps.name(g).unwrap().as_str().parse::<i32>().ok();
                assert_eq!(h.when, &caps["when"], "{text:?}");
                assert_eq!(
                    h.ymd,
                    (num("iy").unwrap(), num("im"), num("id")),
                    "{text:?}"
                );
                assert_eq!(h.end, caps.get(0).unwrap().end(), "{text:?}");
            }
        }
        for text in &texts[..5] {
            assert!(plain_header(text).is_some(), "{text:?}");
        }
    }

    fn date_of(text: &str) -> Option<String> {
        match find(text)? {
            Found::Date { date, .. } => Some(date.to_string()),
            Found::Unusable { message, .. } => Some(format!("unusable: {message}")),
        }
    }

    fn body_of(text: &str) -> &str {
        match find(text) {
            Some(Found::Date { body_start, .. } | Found::Unusable { body_start, .. }) => {
                &text[body_start..]
            }
            None => text,
        }
    }

    #[test]
    fn the_projects_own_headers() {
        assert_eq!(
            date_of(" date 2025-12-22 Body").as_deref(),
            Some("2025-12-22")
        );
        assert_eq!(body_of(" date 2025-12-22 Body"), "Body");
        assert_eq!(
            date_of("Date: 2024-02-29\nBody").as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(body_of("2024-03-01\r\nBody"), "Body");
    }

    #[test]
    fn iso_with_time_and_zone() {
        for h in [
            "2025-12-22T09:30:00Z\nBody",
            "date 2025-12-22T09:30:00+01:00 Body",
            "Date: 2025-12-22 09:30 UTC\nBody",
            "2025-12-22T09:30:00.123-05:00\nBody",
        ] {
            assert_eq!(date_of(h).as_deref(), Some("2025-12-22"), "{h}");
            assert_eq!(body_of(h), "Body", "{h}");
        }
    }

    #[test]
    fn written_forms_and_labels() {
        for h in [
            "Published: 22 December 2025\nBody",
            "Posted on Dec 22, 2025\nBody",
            "Dec 22, 2025\nBody",
            "December 22 2025 10:15 a.m. EST\nBody",
            "2025/12/22\nBody",
            "Monday, 22nd December 2025\nBody",
            "Date: Mon, 22 Dec 2025 09:30:00 +0000\nBody",
            "22/12/2025\nBody",
            "12/22/2025\nBody",
        ] {
            assert_eq!(date_of(h).as_deref(), Some("2025-12-22"), "{h}");
        }
    }

    #[test]
    fn a_date_line_after_a_headline_and_byline() {
        let text = "Storm hits coast\nBy Jane Roe\nPublished: 22 December 2025\n\nThe storm…";
        assert_eq!(date_of(text).as_deref(), Some("2025-12-22"));
        assert_eq!(body_of(text), text, "the headline stays in the body");
    }

    #[test]
    fn published_wins_over_updated() {
        let text = "Title\nUpdated: 23 December 2025\nPublished: 22 December 2025\nBody";
        assert_eq!(date_of(text).as_deref(), Some("2025-12-22"));
        let text = "Title\nUpdated: 23 December 2025\nBody";
        assert_eq!(date_of(text).as_deref(), Some("2025-12-23"));
    }

    #[test]
    fn html_metadata() {
        let meta = r#"<html><head><meta property="article:published_time" content="2025-12-22T09:30:00Z"></head><body><p>Body</p></body></html>"#;
        assert_eq!(date_of(meta).as_deref(), Some("2025-12-22"));
        let swapped = r#"<meta content="2025-12-21" itemprop="datePublished"><p>Body"#;
        assert_eq!(date_of(swapped).as_deref(), Some("2025-12-21"));
        let time = r#"<p>Body <time datetime="2025-12-20T08:00:00Z">Saturday</time></p>"#;
        assert_eq!(date_of(time).as_deref(), Some("2025-12-20"));
    }

    #[test]
    fn prose_is_not_a_header() {
        assert_eq!(date_of("On 2020-01-02 it rained."), None);
        assert_eq!(date_of("Dec 22, 2025 was a Monday."), None);
        let late = "a\nb\nc\nd\ne\nf\ng\nh\ni\nPublished: 22 December 2025\n";
        assert_eq!(date_of(late), None, "too far from the start");
    }

    #[test]
    fn ambiguous_and_impossible_dates_are_unusable() {
        assert!(date_of("05/06/2025\nBody")
            .unwrap()
            .starts_with("unusable: ambiguous"));
        assert!(date_of("date 2025-13-45 Body")
            .unwrap()
            .starts_with("unusable: impossible"));
        assert_eq!(body_of("date 2025-13-45 Body"), "Body");
    }

    #[test]
    fn values_as_json_lines_give_them() {
        assert_eq!(
            parse_value("2025-12-22T10:00:00Z").unwrap().to_string(),
            "2025-12-22"
        );
        assert_eq!(
            parse_value("22 December 2025").unwrap().to_string(),
            "2025-12-22"
        );
        assert!(parse_value("yesterday").is_err());
        assert!(parse_value("2025-02-30").is_err());
    }
}
