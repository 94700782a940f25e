//! Dates written in numbers: ISO dates and web-page timestamps, slashed
//! dates either way round (decided by the values, then by the article's
//! other numeric dates), and dotted European dates.

use super::*;

/// "2025-12-22", and the timestamps of web pages, "2025-12-22T10:15:00Z":
/// a time to the minute, `Z` kept for UTC (an offset such as "+01:00"
/// leaves the clock time as written, as local zones do).
pub(super) fn iso_date(c: &Captures<'_>, _: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let d = ymd(int(c, 1)?, int(c, 2)?, int(c, 3)?)?;
    let (Some(h), Some(m)) = (int(c, 4), int(c, 5)) else {
        return Some((DateType::Date, fmt_date(d), Anchor::None));
    };
    let utc = c
        .get(6)
        .is_some_and(|z| matches!(z.as_str(), "Z" | "+00:00" | "+0000" | "-00:00"));
    let zone = if utc { "Z" } else { "" };
    let value = format!("{}T{h:02}:{m:02}{zone}", fmt_date(d));
    Some((DateType::Time, value, Anchor::None))
}

/// "22.12.2025": day, month and year with dots, as much of Europe writes
/// them (never month first); or "2025.12.22", year first, as East Asian
/// sites do, with two-digit month and day (so "2024.1.1" stays a version).
pub(super) fn dotted_date(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    // "22.12.2025" is day first; "2025.12.22" year first.
    match c.get(1) {
        Some(_) => day_in_fixed_order(c, ctx, [3, 2, 1]),
        None => day_in_fixed_order(c, ctx, [4, 5, 6]),
    }
}

/// "2025/12/22": year, month, day.
pub(super) fn slashed_ymd(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    day_in_fixed_order(c, ctx, [1, 2, 3])
}

/// A numeric date whose parts have one order: the groups of its year,
/// month and day, in that order. Never inside a web address.
fn day_in_fixed_order(
    c: &Captures<'_>,
    ctx: &Context<'_>,
    [y, m, d]: [usize; 3],
) -> Option<(DateType, String, Anchor)> {
    if in_path(ctx) {
        return None;
    }
    let day = ymd(int(c, y)?, int(c, m)?, int(c, d)?)?;
    Some((DateType::Date, fmt_date(day), Anchor::None))
}

/// "22/12/2025" or "12/22/2025": a part above 12 can only be the day;
/// when both could be the month, the article's other numeric dates decide
/// (`Context::day_first`), else the month comes first, as in American
/// usage.
pub(super) fn slashed_date(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    if in_path(ctx) {
        return None;
    }
    slashed_value(int(c, 1)?, int(c, 2)?, int(c, 3)?, ctx)
}

/// "12/22/25", "08/26/96": a slashed date with a two-digit year, or "9/11",
/// the day of the attacks (see [`slashed_date`] for the order of day and
/// month).
pub(super) fn short_slashed(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    if in_path(ctx) {
        return None;
    }
    let Some(yy) = int(c, 4) else {
        return nine_eleven(c, ctx);
    };
    slashed_value(int(c, 2)?, int(c, 3)?, full_year(yy, ctx.dct), ctx)
}

/// "the 9/11 attacks": the day of the attacks on the United States, as
/// news means it, not the 11th of September of the article's year.
fn nine_eleven(_: &Captures<'_>, _: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    Some((DateType::Date, "2001-09-11".to_string(), Anchor::None))
}

/// The date of the slashed parts `a/b` in year `y`.
fn slashed_value(a: i64, b: i64, y: i64, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let day_first = match (a > 12, b > 12) {
        (true, true) => return None,
        (true, false) => true,
        (false, true) => false,
        (false, false) => ctx.day_first.unwrap_or(false),
    };
    let (m, d) = if day_first { (b, a) } else { (a, b) };
    Some((DateType::Date, fmt_date(ymd(y, m, d)?), Anchor::None))
}

/// The year a two-digit year ("12/22/25") names: the one of its century
/// and the next or last nearest the article's year; without an article
/// date, the 1950s to 2040s.
fn full_year(yy: i64, dct: Option<Date>) -> i64 {
    let near = dct.map_or(2000, |d| i64::from(d.year()));
    let century = near - near.rem_euclid(100);
    [century - 100, century, century + 100]
        .map(|c| c + yy)
        .into_iter()
        .min_by_key(|y| (y - near).abs())
        .unwrap_or(century + yy)
}

/// True inside a web address or a file path ("nytimes.com/2017/04/16/"):
/// a numeric date there names a folder, not a time.
fn in_path(ctx: &Context<'_>) -> bool {
    ctx.before().ends_with('/') || ctx.after().starts_with('/')
}

/// Whether the article writes numeric dates day first: `Some(true)` when
/// more of its "d/d/yyyy" dates can only be day-first than month-first,
/// `Some(false)` for the reverse, `None` when none can only be one.
pub(super) fn numeric_order(body: &str) -> Option<bool> {
    static SLASHED: OnceLock<Regex> = OnceLock::new();
    // Every such date holds a "/", one or two digits and another "/":
    // memchr finds the few articles with one, and only they are searched
    // (#17). A digit outside ASCII (the pattern's `\d` reads them) is
    // taken to be one.
    let b = body.as_bytes();
    let shaped = memchr::memchr_iter(b'/', b).any(|i| {
        let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
        let digit = |c: u8| c.is_ascii_digit() || !c.is_ascii();
        !at(1).is_ascii()
            || at(1).is_ascii_digit()
                && (at(2) == b'/' || !at(2).is_ascii() || digit(at(2)) && at(3) == b'/')
    });
    if !shaped {
        return None;
    }
    let re = SLASHED.get_or_init(|| {
        Regex::new(r"(?-u:\b)(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?-u:\b)")
            .expect("slashed date pattern")
    });
    let (mut dmy, mut mdy) = (0, 0);
    for c in re.captures_iter(body) {
        let (a, b) = (int(&c, 1)?, int(&c, 2)?);
        match (a > 12 && b <= 12, b > 12 && a <= 12) {
            (true, _) => dmy += 1,
            (_, true) => mdy += 1,
            _ => {}
        }
    }
    match dmy.cmp(&mdy) {
        std::cmp::Ordering::Greater => Some(true),
        std::cmp::Ordering::Less => Some(false),
        std::cmp::Ordering::Equal => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    /// Issue 14: numeric dates; a part above 12 can only be the day, else
    /// the article's other numeric dates decide, else month first.
    #[test]
    fn numeric_dates_either_way_round() {
        let v = values(
            "Filed 2025/12/22, signed 22/12/2025, sent 12/22/2025.",
            "2025-12-22",
        );
        let got: Vec<&str> = v.iter().map(|(_, value)| value.as_str()).collect();
        assert_eq!(got, ["2025-12-22", "2025-12-22", "2025-12-22"]);
        let v = values("Signed 25/04/2025, paid 03/04/2025.", "2025-12-22");
        assert_eq!(v[1], pair("03/04/2025", "2025-04-03"));
        let v = values("Signed 04/25/2025, paid 03/04/2025.", "2025-12-22");
        assert_eq!(v[1], pair("03/04/2025", "2025-03-04"));
        let v = values("Paid 03/04/2025.", "2025-12-22");
        assert_eq!(v, [pair("03/04/2025", "2025-03-04")]);
        // Two-digit years: the century nearest the article's year.
        let v = values("As of 08/26/96, sent 12/22/25.", "2025-12-22");
        assert_eq!(
            v,
            [
                pair("08/26/96", "1996-08-26"),
                pair("12/22/25", "2025-12-22")
            ]
        );
        let v = values("As of 3/1/90, due 5/1/98.", "2025-12-22");
        assert_eq!(v[0], pair("3/1/90", "1990-03-01"));
        let v = values("As of 3/1/90, due 5/1/98.", "1997-01-02");
        assert_eq!(v[1], pair("5/1/98", "1998-05-01"));
        // A folder of a web address is not a date.
        assert!(values("See example.com/2017/04/16/story for more.", "2025-12-22").is_empty());
    }

    /// Web-page stamps and European dots: "2025-12-22T10:15:00Z",
    /// "22.12.2025".
    #[test]
    fn timestamps_and_dotted_dates() {
        let v = values(
            "Updated 2025-12-22T10:15:00Z; filed 2025-12-21T23:59:59+01:00; met on 22.12.2025. \
             Filed 2025.12.20 by staff, with release 2024.1.1.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("2025-12-22T10:15:00Z", "2025-12-22T10:15Z"),
                pair("2025-12-21T23:59:59+01:00", "2025-12-21T23:59"),
                pair("22.12.2025", "2025-12-22"),
                pair("2025.12.20", "2025-12-20"),
            ]
        );
    }

    /// "9/11" is the day of the attacks, not a day of this year; a longer
    /// slashed number is not it.
    #[test]
    fn nine_eleven_is_the_day_of_the_attacks() {
        let v = values(
            "Since the 9/11 attacks, and after 9/11, rules changed.",
            "2025-12-22",
        );
        assert_eq!(v, [pair("9/11", "2001-09-11"), pair("9/11", "2001-09-11")]);
        let v = values("Codes 19/11 and 9/112 and 9/11/2025.", "2025-12-22");
        assert!(v.iter().all(|(text, _)| text != "9/11"), "{v:?}");
    }
}
