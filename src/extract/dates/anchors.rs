//! Resolution against other dates: calendar arithmetic on periods, and
//! the pass that re-anchors day steps ("two days later") and references
//! ("that year") on the nearest date the text has named.

use super::*;

/// "On March 3 … two days later", "the next day": day-level steps from a
/// date the text has just named are resolved against that date rather than
/// the article's, and say so in their anchor.
pub(super) fn anchor_on_mentions(body: &str, from: usize, dates: &mut [FoundDate]) {
    static STEP: OnceLock<Regex> = OnceLock::new();
    let step = STEP.get_or_init(|| {
        Regex::new(&format!(
            r"(?i)^(?:({NUMBER})\s+(day|week)s?(?:\s+(earlier))?|the\s+(next|following|previous)\s+day|the\s+(day))$"
        ))
        .expect("step pattern compiles")
    });
    static REFER: OnceLock<Regex> = OnceLock::new();
    let refer = REFER.get_or_init(|| {
        Regex::new(
            r"(?i)^(?:(?:earlier|later)\s+|(?P<pre>(?:early|late|earlier|later)\s+(?:in|on)\s+))?(that|the\s+same|that\s+same|the\s+following|the\s+prior|the)\s+(day|week|month|year|quarter)$",
        )
        .expect("reference pattern compiles")
    });
    let mut last_day: Option<(usize, Date)> = None;
    for i in 0..dates.len() {
        let text = &body[dates[i].start - from..dates[i].end - from];
        // TimeML leaves "later", "after" and "before" out of the span (they
        // are signals), so the step's direction is the word after it.
        // "two days later" steps from the day in play; "a week after the
        // vote" from the vote, which is no date here.
        let last = last_ascii_word(text);
        let stepped = may_end_with(last, STEP_ENDS)
            .then(|| step.captures(text))
            .flatten()
            .map(|c| (c, next_word(&body[dates[i].end - from..])))
            .filter(|(c, signal)| {
                c.get(4).is_some()
                    || c.get(3).is_some()
                    || match c.get(5) {
                        Some(_) => matches!(signal.as_str(), "after" | "before"),
                        None => signal == "later",
                    }
            });
        if let Some((c, signal)) = stepped {
            if let Some((k, day)) = last_day {
                let days = match (c.get(1), c.get(4), c.get(5)) {
                    (Some(n), _, _) => {
                        // "a few days later" names no number of days.
                        let Some(n) = number_value(n.as_str()) else {
                            continue;
                        };
                        let unit = if c[2].eq_ignore_ascii_case("week") {
                            7
                        } else {
                            1
                        };
                        let sign = if c.get(3).is_none() { 1 } else { -1 };
                        let Some(days) = n.checked_mul(sign * unit) else {
                            continue;
                        };
                        days
                    }
                    (_, Some(w), _) if w.as_str().eq_ignore_ascii_case("previous") => -1,
                    (_, Some(_), _) => 1,
                    (_, _, Some(_)) if signal == "before" => -1,
                    _ => 1,
                };
                let span = jiff::Span::new().try_days(days);
                if let Some(d) = span.ok().and_then(|s| day.checked_add(s).ok()) {
                    dates[i].ty = DateType::Date;
                    dates[i].value = fmt_date(d);
                    dates[i].anchor = Anchor::Mention(k);
                }
            }
        } else if let Some(c) = may_end_with(last, REFER_ENDS)
            .then(|| refer.captures(text))
            .flatten()
            // "later in the day" is the day in play; "earlier in the year"
            // stays the article's year, as a longer period usually is.
            .filter(|c| match c.name("pre") {
                Some(_) => c[3].eq_ignore_ascii_case("day"),
                None => !c[2].eq_ignore_ascii_case("the"),
            })
        {
            let unit = c[3].to_lowercase();
            // The nearest calendar date before it; when that is coarser
            // than the reference ("last October … that same day"), the
            // value keeps what is known: "1998-10-XX".
            let nearest = (0..i)
                .rev()
                .find(|&k| period_start(&dates[k].value, "year").is_some());
            if let Some(k) = nearest {
                let step = reference_step(&c[2]);
                let value = &dates[k].value;
                if let Some(d) = period_start(value, &unit).and_then(|d| shift(d, &unit, step)) {
                    dates[i].value = period_value(d, &unit);
                    dates[i].anchor = Anchor::Mention(k);
                } else if unit == "day" && step == 0 && period_start(value, "month").is_some() {
                    dates[i].value = format!("{}-XX", &value[..7]);
                    dates[i].anchor = Anchor::Mention(k);
                }
            }
        }
        // The length first: most values are no day, and parsing costs more.
        if dates[i].value.len() == 10 {
            if let Ok(d) = dates[i].value.parse::<Date>() {
                last_day = Some((i, d));
            }
        }
    }
}

/// The last words of steps ("two days earlier", "the next day") and of
/// references ("that same day", "later in the year"): most dates
/// ("March 3", "2024") end with none of them, and need not be tried with
/// the patterns (#17).
const STEP_ENDS: &[&str] = &["day", "days", "week", "weeks", "earlier"];
const REFER_ENDS: &[&str] = &["day", "week", "month", "year", "quarter"];

/// The last word of `text`, read by bytes; `None` when a byte outside
/// ASCII stands in it or in the whitespace before it (which may be
/// wide), as the patterns' case folding reads "ſ" and the Kelvin sign as
/// letters.
fn last_ascii_word(text: &str) -> Option<&[u8]> {
    let b = text.as_bytes();
    match b
        .iter()
        .rposition(|&c| !c.is_ascii() || c.is_ascii_whitespace() || c == 0x0B)
    {
        Some(i) if !b[i].is_ascii() => None,
        cut => Some(&b[cut.map_or(0, |i| i + 1)..]),
    }
}

/// True when `last` (see [`last_ascii_word`]) may end a text that ends
/// with one of `words`.
fn may_end_with(last: Option<&[u8]>, words: &[&str]) -> bool {
    last.is_none_or(|w| words.iter().any(|e| w.eq_ignore_ascii_case(e.as_bytes())))
}

/// "the day before last Tuesday", "the day after Christmas": "the day"
/// (its signal left out of the span, as TimeML does) is one day from the
/// date named right after the signal, not from the day in play, and its
/// anchor names that date. "He was last seen Nov. 3, the day before the
/// raid": set off by a comma after a date, "the day" restates that date.
pub(super) fn day_beside_date(body: &str, from: usize, dates: &mut [FoundDate]) {
    let day_of = |d: &FoundDate| {
        (d.value.len() == 10)
            .then(|| d.value.parse::<Date>().ok())
            .flatten()
    };
    for i in 0..dates.len() {
        let (start, end) = (dates[i].start - from, dates[i].end - from);
        if !body[start..end].eq_ignore_ascii_case("the day") {
            continue;
        }
        let beside = dates.get(i + 1).and_then(|next| {
            let step = match body[end..next.start - from].trim() {
                "before" => -1,
                "after" => 1,
                _ => return None,
            };
            let d = day_of(next)?
                .checked_add(jiff::Span::new().days(step))
                .ok()?;
            Some((d, i + 1))
        });
        let restated = || {
            let prev = &dates[i.checked_sub(1)?];
            let gap = &body[prev.end - from..start];
            (gap.trim() == ",").then_some(())?;
            Some((day_of(prev)?, i - 1))
        };
        if let Some((d, k)) = beside.or_else(restated) {
            dates[i].ty = DateType::Date;
            dates[i].value = fmt_date(d);
            dates[i].anchor = Anchor::Mention(k);
        }
    }
}

/// "The bomb went off on Friday. The blast came at 10:35 a.m.": a clock
/// time that names no day of its own, in a past clause, is on the day in
/// play, the last day named before it, else the article's. News
/// paragraphs are a sentence or two, so the day carries across them.
pub(super) fn clock_on_day_in_play(body: &str, from: usize, dates: &mut [FoundDate]) {
    static BARE: OnceLock<Regex> = OnceLock::new();
    let bare = BARE.get_or_init(|| {
        Regex::new(&format!(
            r"(?i)^(?:(?:about|around|at)\s+)?\d{{1,2}}(?::\d{{2}})?\s*(?:a\.m\.?|p\.m\.?|am|pm)(?:\s+(?:local\s+time|{ZONE}))?$"
        ))
        .expect("bare clock pattern")
    });
    let mut in_play: Option<usize> = None;
    for i in 0..dates.len() {
        let is_day = |v: &str| v.get(..10).is_some_and(|d| d.parse::<Date>().is_ok());
        let text = &body[dates[i].start - from..dates[i].end - from];
        if dates[i].ty == DateType::Time
            && dates[i].anchor == Anchor::Article
            && bare.find(text).is_some()
        {
            // Only a past clause tells of the day in play: "officials will
            // speak at 3 p.m." is still ahead.
            let ctx = Context {
                dct: None,
                before: Around::before(body, dates[i].start - from),
                after: Around::after(body, dates[i].end - from),
                quarterly: false,
                reported_quarter: None,
                day_first: None,
            };
            if tense(&ctx) != Tense::Past {
                continue;
            }
            if let Some(k) = in_play {
                let day = dates[k].value[..10].to_string();
                dates[i].value.replace_range(..10, &day);
                dates[i].anchor = Anchor::Mention(k);
            }
        } else if is_day(&dates[i].value) && dates[i].ty != DateType::Duration {
            in_play = Some(i);
        }
    }
}

/// The first word of `rest`, lowercased, without trailing punctuation.
fn next_word(rest: &str) -> String {
    rest.split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// The first day of the `unit`-long period a value names, when the value
/// is at least that precise: "1998-10-23" names a day, a week, a month and
/// a year; "1998-10" only a month and a year; "1998-Q3" a quarter and a year.
pub(super) fn period_start(value: &str, unit: &str) -> Option<Date> {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    if !digits(0..4) || b.get(4).is_some_and(|&c| c != b'-') {
        return None;
    }
    let year: i16 = value[..4].parse().ok()?;
    let day = digits(5..7) && b.get(7) == Some(&b'-') && digits(8..10);
    let month = digits(5..7) && b.get(7).is_none_or(|&c| c == b'-');
    let quarter = b.get(5) == Some(&b'Q') && digits(6..7);
    match unit {
        "day" | "week" if day => value[..10].parse().ok(),
        "month" if day || month => Date::new(year, value[5..7].parse().ok()?, 1).ok(),
        "quarter" if quarter => {
            Date::new(year, (value[6..7].parse::<i8>().ok()? - 1) * 3 + 1, 1).ok()
        }
        "quarter" if day || month => {
            let m: i8 = value[5..7].parse().ok()?;
            Date::new(year, (m - 1) / 3 * 3 + 1, 1).ok()
        }
        "year" => Date::new(year, 1, 1).ok(),
        _ => None,
    }
}

/// How many periods a reference word steps: "the following" one ahead,
/// "the prior" one back, "that" and "the same" none.
pub(super) fn reference_step(word: &str) -> i64 {
    let lower = word.to_lowercase();
    if lower.contains("following") {
        1
    } else if lower.contains("prior") {
        -1
    } else {
        0
    }
}

pub(super) fn ymd(y: i64, m: i64, d: i64) -> Option<Date> {
    Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()
}

pub(super) fn fmt_date(d: Date) -> String {
    fmt_date_with(d, "")
}

/// `d` as `fmt_date` writes it, followed by `suffix` ("TNI" of a night),
/// in one string.
pub(super) fn fmt_date_with(d: Date, suffix: &str) -> String {
    let Some(digits) = iso_date_digits(d) else {
        return format!("{d}{suffix}");
    };
    let mut s = String::with_capacity(10 + suffix.len());
    // (As a string in one copy: pushed char by char, each was encoded on
    // its own, #17.)
    s.push_str(std::str::from_utf8(&digits).expect("ASCII digits"));
    s.push_str(suffix);
    s
}

/// `format!("{y:04}")`: a year of four digits is written digit by digit,
/// as most values are made of years and months and the formatting
/// machinery cost more than the rest of their making (#17).
pub(super) fn fmt_year(y: i64) -> String {
    let mut s = String::with_capacity(8);
    match u16::try_from(y).ok().filter(|y| *y <= 9999) {
        Some(y) => push_digits(&mut s, y, 4),
        None => s.push_str(&format!("{y:04}")),
    }
    s
}

/// `format!("{y:04}-{m:02}")`, the same way.
pub(super) fn fmt_year_month(y: i64, m: impl Into<i64>) -> String {
    let (mut s, m) = (fmt_year(y), m.into());
    s.push('-');
    match u16::try_from(m).ok().filter(|m| *m <= 99) {
        Some(m) => push_digits(&mut s, m, 2),
        None => s.push_str(&format!("{m:02}")),
    }
    s
}

/// Pushes the `width` last decimal digits of `n`.
fn push_digits(s: &mut String, n: u16, width: u32) {
    for place in (0..width).rev() {
        s.push(char::from(b'0' + (n / 10u16.pow(place) % 10) as u8));
    }
}

/// `d` as `Date`'s `Display` writes it ("2025-12-22"), digit by digit:
/// most dates found get a value so, and so does every record's article
/// date, and `Display` went through the formatting machinery (#17).
/// `None` for years outside 0 to 9999, which `Display` writes with a sign
/// and six digits.
pub(crate) fn iso_date_digits(d: Date) -> Option<[u8; 10]> {
    let year = u16::try_from(d.year()).ok().filter(|y| *y <= 9999)?;
    let digit = |n: u16| b'0' + (n % 10) as u8;
    let (month, day) = (u16::from(d.month() as u8), u16::from(d.day() as u8));
    Some([
        digit(year / 1000),
        digit(year / 100),
        digit(year / 10),
        digit(year),
        b'-',
        digit(month / 10),
        digit(month),
        b'-',
        digit(day / 10),
        digit(day),
    ])
}

pub(super) fn fmt_week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// `dct` moved by `n` units, or `None` past the calendar's range ("2019
/// decades earlier" is a count, not a date, and must not panic).
pub(super) fn shift(dct: Date, unit: &str, n: i64) -> Option<Date> {
    let span = jiff::Span::new();
    let span = match unit {
        "day" => span.try_days(n),
        "week" | "weekend" => span.try_weeks(n),
        "month" => span.try_months(n),
        "quarter" => span.try_months(n.checked_mul(3)?),
        "year" => span.try_years(n),
        "decade" => span.try_years(n.checked_mul(10)?),
        "century" => span.try_years(n.checked_mul(100)?),
        _ => return None,
    };
    dct.checked_add(span.ok()?).ok()
}

pub(super) fn period_value(d: Date, unit: &str) -> String {
    match unit {
        "day" => fmt_date(d),
        "week" => fmt_week(d),
        "weekend" => format!("{}-WE", fmt_week(d)),
        "month" => fmt_year_month(d.year().into(), d.month()),
        "quarter" => format!("{:04}-Q{}", d.year(), (d.month() - 1) / 3 + 1),
        "decade" => format!("{:03}", d.year() / 10),
        "century" => format!("{:02}", d.year() / 100),
        _ => fmt_year(d.year().into()),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::{fmt_date_with, last_ascii_word, may_end_with, REFER_ENDS, STEP_ENDS};

    #[test]
    fn years_and_months_are_written_as_format_writes_them() {
        for y in [-12345, -5, 0, 7, 99, 1996, 9999, 10000, 123456] {
            assert_eq!(super::fmt_year(y), format!("{y:04}"));
            for m in [-3i8, 0, 1, 9, 12, 99, 100] {
                assert_eq!(super::fmt_year_month(y, m), format!("{y:04}-{m:02}"));
            }
        }
    }

    /// Dates are written as `Date`'s `Display` writes them, suffix and all.
    #[test]
    fn dates_are_written_as_display_writes_them() {
        for (y, m, d) in [
            (2024, 5, 1),
            (1996, 12, 31),
            (7, 1, 9),
            (0, 2, 29),
            (9999, 12, 31),
        ] {
            let date = Date::new(y, m, d).unwrap();
            assert_eq!(fmt_date(date), date.to_string());
            assert_eq!(fmt_date_with(date, "TNI"), format!("{date}TNI"));
        }
        let bc = Date::new(-44, 3, 15).unwrap();
        assert_eq!(fmt_date_with(bc, "MO"), format!("{bc}MO"));
    }

    /// The guard lets through every step and reference, and the words the
    /// patterns fold to from outside ASCII.
    #[test]
    fn steps_and_references_pass_the_guard() {
        for text in [
            "two days",
            "three WEEKS earlier",
            "the next day",
            "that same Quarter",
            "the following month",
            "later in the year",
            "two wee\u{212A}s",
            "the da\u{3000}day",
        ] {
            let last = last_ascii_word(text);
            assert!(
                may_end_with(last, STEP_ENDS) || may_end_with(last, REFER_ENDS),
                "{text}"
            );
        }
        for text in ["March 3", "2024", "Monday", "the day before", ""] {
            let last = last_ascii_word(text);
            assert!(!may_end_with(last, STEP_ENDS), "{text}");
            assert!(!may_end_with(last, REFER_ENDS), "{text}");
        }
        // Each guard lets through only what its own pattern may match.
        let years = last_ascii_word("two years");
        assert!(!may_end_with(years, STEP_ENDS) && !may_end_with(years, REFER_ENDS));
        assert!(!may_end_with(last_ascii_word("that year"), STEP_ENDS));
        assert_eq!(last_ascii_word("the da\u{3000}day"), None);
    }

    /// A day beside a named date steps from that date.
    /// A clock time without a day is on the day in play.
    #[test]
    fn a_bare_clock_time_is_on_the_day_in_play() {
        // 2024-05-01 is a Wednesday.
        let v = values(
            "The dam burst on Monday. Water reached the town at 4:10 a.m. local time.\n\n\
             Officials will speak at 3 p.m.",
            "2024-05-01",
        );
        assert_eq!(
            v,
            [
                pair("Monday", "2024-04-29"),
                pair("4:10 a.m. local time", "2024-04-29T04:10"),
                pair("3 p.m.", "2024-05-01T15:00")
            ]
        );
    }

    #[test]
    fn the_day_before_a_named_date() {
        // 2024-05-01 is a Wednesday.
        let v = values(
            "The day before last Tuesday's vote, rivals met. The day after Christmas was calm.",
            "2024-05-01",
        );
        assert!(v.contains(&pair("The day", "2024-04-29")), "{v:?}");
        assert!(v.contains(&pair("The day", "2023-12-26")), "{v:?}");
        let v = values(
            "The ship was last seen on March 3, the day before the storm.",
            "2024-05-01",
        );
        assert_eq!(
            v,
            [pair("March 3", "2024-03-03"), pair("the day", "2024-03-03")]
        );
    }

    #[test]
    fn references_resolve_against_the_mentioned_date() {
        let v = values(
            "The plant opened in 1995. The following year it closed. \
             Sales fell in March 1996; the following month they rose. \
             He was shot on Oct. 23, 1998. Earlier that day he spoke.",
            "2000-01-28",
        );
        assert_eq!(
            v,
            [
                pair("1995", "1995"),
                pair("The following year", "1996"),
                pair("March 1996", "1996-03"),
                pair("the following month", "1996-04"),
                pair("Oct. 23, 1998", "1998-10-23"),
                pair("Earlier that day", "1998-10-23"),
            ]
        );
        // Only the month known: the day stays unspecified.
        let v = values(
            "He died last October. The site was closed that same day.",
            "1999-02-06",
        );
        assert_eq!(
            v,
            [
                pair("last October", "1998-10"),
                pair("that same day", "1998-10-XX")
            ]
        );
        // Nothing to refer to: the article's own period.
        let v = values("Sales rose that year.", "1999-02-06");
        assert_eq!(v, [pair("that year", "1999")]);
    }

    #[test]
    fn signals_stay_out_of_the_span() {
        // "later", "before" and "after" are TimeML signals: the span is the
        // length; only "later" steps from the day in play, as "a week after
        // the vote" steps from the vote.
        let v = values(
            "On March 3 the polls opened. Three days later they closed, a week after \
             the vote and five months before the runoff. The day before, it rained.",
            "2024-03-20",
        );
        assert_eq!(
            v,
            [
                pair("March 3", "2024-03-03"),
                pair("Three days", "2024-03-06"),
                pair("a week", "P1W"),
                pair("five months", "P5M"),
                pair("The day", "2024-03-05"),
            ]
        );
    }

    #[test]
    fn steps_from_a_named_date_anchor_on_it() {
        let dates = find_dates(
            "On March 3 the talks opened. Two days later they failed, and the next day \
             the envoy left.",
            0,
            Some("2024-03-20".parse().unwrap()),
        );
        let got: Vec<(String, String)> = dates
            .iter()
            .map(|d| (d.value.clone(), d.anchor.label()))
            .collect();
        assert_eq!(
            got,
            [
                ("2024-03-03".to_string(), "article".to_string()),
                ("2024-03-05".to_string(), "dates[0]".to_string()),
                ("2024-03-06".to_string(), "dates[1]".to_string()),
            ]
        );
    }

    /// Issue 14: "late in the day" is the day in play, else the article's.
    #[test]
    fn the_day_in_play() {
        let v = values(
            "On Monday they met; later in the day they left.",
            "2024-05-01",
        );
        assert_eq!(
            v,
            [
                pair("Monday", "2024-04-29"),
                pair("later in the day", "2024-04-29")
            ]
        );
        let v = values("Late in the day, lawyers emerged.", "2024-05-01");
        assert_eq!(v, [pair("Late in the day", "2024-05-01")]);
        // A longer period stays the article's: "earlier in the year".
        let v = values(
            "It rose in 1998 and fell earlier in the year.",
            "2024-05-01",
        );
        assert_eq!(v[1], pair("earlier in the year", "2024"));
    }

    /// Counts past the calendar's range are read without a panic.
    #[test]
    fn counts_past_the_calendar_do_not_panic() {
        for text in [
            "It was 2019 decades earlier.",
            "Prices fell 99999999999 months ago.",
            "On March 3 it began; 99999999 days later it ended.",
            "It ends 9223372036854775807 centuries later.",
        ] {
            let v = values(text, "2024-05-01");
            assert!(v.iter().all(|(_, value)| !value.starts_with('-')), "{v:?}");
        }
    }
}
