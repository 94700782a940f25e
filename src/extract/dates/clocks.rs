//! Times of day: clock times with their zones and days ("16:15 GMT on
//! Monday", "10 a.m. EDT", "7.30pm"), and the named ones (noon, midnight).

use super::*;

pub(super) fn named_time(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let word = c.get(1)?.as_str().to_lowercase();
    let word: String = word.chars().filter(char::is_ascii_alphabetic).collect();
    // "High Noon" the film, "high noon comes": a figure of speech.
    if word == "noon" && ctx.before().trim_end().to_lowercase().ends_with("high") {
        return None;
    }
    let suffix = match word.as_str() {
        "noon" | "midday" => "T12:00",
        "midnight" => "T24:00",
        "midmorning" => "TMO",
        _ => "TAF",
    };
    let day = match (word.as_str(), c.get(2), ctx.dct) {
        // "the fire broke out after midnight": the midnight that has
        // passed, the end of the day before the article's (TIMEX3 writes
        // a midnight as hour 24 of the day it ends).
        ("midnight", None, Some(dct)) if tense(ctx) == Tense::Past => {
            fmt_date(dct.checked_sub(1.day()).ok()?)
        }
        _ => day_of_time(c.get(2).map(|m| m.as_str()), ctx)?,
    };
    let anchor = if ctx.dct.is_some() {
        Anchor::Article
    } else {
        Anchor::None
    };
    Some((DateType::Time, format!("{day}{suffix}"), anchor))
}

pub(super) fn clock_time(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let mut h = int(c, 1)?;
    let m = int(c, 2).unwrap_or(0);
    let marker = c.get(3)?.as_str().to_lowercase();
    // "4 in the morning"; "9 at night" and "2 in the afternoon" are p.m.
    let pm = marker.starts_with('p')
        || marker.ends_with("afternoon")
        || marker.ends_with("evening")
        || marker.ends_with("night") && h != 12 && h >= 6;
    if !(1..=12).contains(&h) || m > 59 {
        return None;
    }
    if pm && h != 12 {
        h += 12;
    } else if !pm && h == 12 {
        h = 0;
    }
    clock_value(h, m, c.get(4), c.get(5), ctx)
}

/// "16:15 GMT on Monday", "0800 UTC Tuesday": a 24-hour clock, which
/// needs its zone to be told from a score or a number.
pub(super) fn clock_24(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let (h, m) = (int(c, 1)?, int(c, 2)?);
    // "1990 EST" is a year; a four-digit clock has a leading zero or a
    // colon, or an hour the years of news never take.
    let colon = c.get(2)?.start() > c.get(1)?.end();
    if !colon && c.get(1)?.as_str().len() < 2 {
        return None;
    }
    clock_value(h, m, c.get(3), c.get(4), ctx)
}

/// "at 16:15", "by 10:30 on Tuesday": a clock time with neither zone nor
/// "a.m.", which only a preposition of time before it tells from a score
/// or a verse ("won 6:30" is none).
pub(super) fn clock_after_preposition(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    clock_value(int(c, 2)?, int(c, 3)?, None, c.get(4), ctx)
}

/// The value of a clock time `h:m` with its zone and day, as captured.
fn clock_value(
    h: i64,
    m: i64,
    zone: Option<crate::pattern::Match<'_>>,
    day: Option<crate::pattern::Match<'_>>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    // An offset can follow only a zone that ends the match: with a day
    // after it, the zone was followed by a space.
    let after = if day.is_none() { ctx.after() } else { "" };
    let zone = zone_suffix(zone.map(|m| m.as_str()), after);
    let day = day_of_time(day.map(|m| m.as_str()), ctx)?;
    let anchor = if ctx.dct.is_some() {
        Anchor::Article
    } else {
        Anchor::None
    };
    Some((DateType::Time, format!("{day}T{h:02}:{m:02}{zone}"), anchor))
}

/// The zone a TIMEX3 value carries: `Z` for GMT and UTC, which name one
/// instant everywhere. Local zones ("10 a.m. EDT"), and GMT or UTC with
/// an offset after them ("GMT+1", read from the text `after` the match),
/// keep the clock time as written and no offset, as the TimeML corpora
/// annotate local times and as web-page stamps with an offset are read
/// (`numeric::iso_date`).
fn zone_suffix(zone: Option<&str>, after: &str) -> &'static str {
    let utc = zone.is_some_and(|z| z.eq_ignore_ascii_case("GMT") || z.eq_ignore_ascii_case("UTC"));
    let b = after.as_bytes();
    let offset = matches!(b.first(), Some(b'+' | b'-')) && b.get(1).is_some_and(u8::is_ascii_digit);
    if utc && !offset {
        "Z"
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    /// Issue 14: clock time, zone and day as one expression; GMT and UTC
    /// give `Z`, local zones keep the clock time as written.
    #[test]
    fn clock_times_with_zones() {
        // 2024-05-01 is a Wednesday.
        let v = values(
            "Talks began at 16:15 GMT on Monday and resumed at 0800 UTC Tuesday; \
             a vote is due at 10 a.m. EDT.",
            "2024-05-01",
        );
        assert_eq!(
            v,
            [
                pair("16:15 GMT on Monday", "2024-04-29T16:15Z"),
                pair("0800 UTC Tuesday", "2024-04-30T08:00Z"),
                pair("10 a.m. EDT", "2024-05-01T10:00"),
            ]
        );
        // A year before a zone-like word is still a year.
        let v = values("In 1990 EST rose.", "2024-05-01");
        assert_eq!(v, [pair("1990", "1990")]);
    }

    /// "10:00:00 GMT" is one clock time with its seconds, not "00:00 GMT";
    /// "7.30pm" and "09.41 GMT" are the British way to write clock times.
    #[test]
    fn clocks_with_seconds_or_a_dot() {
        let v = values(
            "Posted 10:00:00 GMT; the show is at 7.30pm; updated 09.41 GMT.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("10:00:00 GMT", "2025-12-22T10:00Z"),
                pair("7.30pm", "2025-12-22T19:30"),
                pair("09.41 GMT", "2025-12-22T09:41Z"),
            ]
        );
    }

    /// A bare midnight in a past clause is the one just gone: hour 24 of
    /// the day before the article's; ahead, or with its day, it is that
    /// day's.
    #[test]
    fn a_past_midnight_ends_the_day_before() {
        let dct = "2025-12-22";
        let v = values("The fire broke out shortly after midnight.", dct);
        assert_eq!(v, [pair("midnight", "2025-12-21T24:00")]);
        let v = values("The deadline expires at midnight.", dct);
        assert_eq!(v, [pair("midnight", "2025-12-22T24:00")]);
        let v = values("It ended at midnight Friday.", dct);
        assert_eq!(v, [pair("midnight Friday", "2025-12-19T24:00")]);
    }

    /// GMT and UTC with an offset keep the clock time as written, as local
    /// zones do.
    #[test]
    fn zones_with_an_offset() {
        let v = values(
            "It ended at 11:45 PM GMT+1, resumed at 08:30 UTC-05:30 and closed at 10:00 GMT.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("11:45 PM GMT", "2025-12-22T23:45"),
                pair("08:30 UTC", "2025-12-22T08:30"),
                pair("10:00 GMT", "2025-12-22T10:00Z"),
            ]
        );
    }

    /// A clock time without zone or "a.m." needs a preposition of time
    /// before it: a score or a verse is none.
    #[test]
    fn a_bare_clock_after_a_preposition_of_time() {
        let v = values(
            "Talks began at 16:15 and resumed at 10:30 on Tuesday. He won 6:30; see John 3:16.",
            "2025-12-17",
        );
        assert_eq!(
            v,
            [
                pair("16:15", "2025-12-17T16:15"),
                pair("10:30 on Tuesday", "2025-12-16T10:30"),
            ]
        );
    }
}
