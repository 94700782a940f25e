//! Productions for calendar dates: full and partial dates, months, years,
//! decades and centuries, written out or counted from the article date;
//! and the year that puts a month and day nearest the article date under
//! a tense (`nearest_year`).

use super::*;

pub(super) fn month_day_year(
    c: &Captures<'_>,
    _: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let m = month_number(c.get(1)?.as_str())?;
    let d = ymd(int(c, 3)?, m.into(), int(c, 2)?)?;
    Some((DateType::Date, fmt_date(d), Anchor::None))
}

pub(super) fn day_month_year(
    c: &Captures<'_>,
    _: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let m = month_number(c.get(2)?.as_str())?;
    let d = ymd(int(c, 3)?, m.into(), int(c, 1)?)?;
    Some((DateType::Date, fmt_date(d), Anchor::None))
}

pub(super) fn month_day_value(
    m: i8,
    day: i64,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    if !(1..=31).contains(&day) {
        return None;
    }
    let Some(dct) = ctx.dct else {
        let value = format!("XXXX-{m:02}-{day:02}");
        return Some((DateType::Date, value, Anchor::None));
    };
    let day_of_month = day.try_into().ok()?;
    let y = year_within(dct, m, day_of_month, 1)
        .unwrap_or_else(|| nearest_year(dct, m, day_of_month, deadline_tense(ctx), 1));
    let d = ymd(y, m.into(), day)?;
    Some((DateType::Date, fmt_date(d), Anchor::Article))
}

pub(super) fn month_day(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    // "May 5 votes" is not a date; a following digit or "%" is a number.
    if ctx
        .after()
        .starts_with(|ch: char| ch.is_ascii_digit() || ch == '%')
    {
        return None;
    }
    month_day_value(month_number(c.get(1)?.as_str())?, int(c, 2)?, ctx)
}

/// "on the 18th": a day of the article's month, or of the month before
/// or after when the tense says so ("it rose on the 28th", written on the
/// 3rd, is last month's). Only at the end of a phrase: "on the 18th
/// hole", "on the 18th floor" or "on the 15th and 17th holes" is no day.
pub(super) fn day_of_the_month(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let ends_phrase = ctx.after().is_empty()
        || ctx.after().starts_with(['.', ',', ';', ':', ')', '!', '?'])
        || matches!(
            ctx.next_word().as_str(),
            "when" | "at" | "in" | "after" | "before" | "until" | "to"
        );
    let day = int(c, 2)?;
    let dct = ctx.dct?;
    if !ends_phrase || !(1..=31).contains(&day) {
        return None;
    }
    let month_start = dct.first_of_month();
    let candidates = [-1, 0, 1].map(|k| {
        let first = month_start.checked_add(k.months()).ok()?;
        ymd(first.year().into(), first.month().into(), day)
    });
    let days_from_article = |d: Date| -> i64 { d.since(dct).map_or(0, |s| s.get_days().into()) };
    let tense = tense(ctx);
    let best = candidates.into_iter().flatten().min_by_key(|&d| {
        let days = days_from_article(d);
        match tense {
            Tense::Past if days > 0 => i64::MAX,
            Tense::Future if days < 0 => i64::MAX,
            Tense::Unknown if days > 0 => days * 3,
            _ => days.abs(),
        }
    })?;
    Some((DateType::Date, fmt_date(best), Anchor::Article))
}

/// "last Oct. 23", "next March 5": the nearest such day before or after
/// the article date; "this" keeps the article's year.
pub(super) fn relative_month_day(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let m = month_number(c.get(2)?.as_str())?;
    let day = int(c, 3)?;
    let dct = ctx.dct?;
    let y = i64::from(dct.year());
    let d = match c.get(1)?.as_str().to_lowercase().as_str() {
        "last" => [y, y - 1]
            .into_iter()
            .filter_map(|y| ymd(y, m.into(), day))
            .find(|d| *d < dct)?,
        "next" => [y, y + 1]
            .into_iter()
            .filter_map(|y| ymd(y, m.into(), day))
            .find(|d| *d > dct)?,
        _ => ymd(y, m.into(), day)?,
    };
    Some((DateType::Date, fmt_date(d), Anchor::Article))
}

/// "the week of March 6": the ISO week holding that day.
pub(super) fn week_of(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let m = month_number(c.get(1)?.as_str())?;
    let (ty, value, anchor) = month_day_value(m, int(c, 2)?, ctx)?;
    let week = value
        .parse::<Date>()
        .map_or_else(|_| "XXXX-WXX".to_string(), fmt_week);
    Some((ty, week, anchor))
}

pub(super) fn day_month(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    month_day_value(month_number(c.get(2)?.as_str())?, int(c, 1)?, ctx)
}

/// "March 2025", "Dec '24": a month of a year, written in full or, as
/// headlines do, with two digits.
pub(super) fn month_year(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let m = month_number(c.get(2)?.as_str())?;
    let y = match int(c, 3) {
        Some(y) => y,
        None => quarters::full_year(int(c, 4)?, ctx),
    };
    Some((DateType::Date, fmt_year_month(y, m), Anchor::None))
}

pub(super) fn month_alone(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let name = c.get(2)?.as_str();
    // "end-March" and "start-March" take their year as a bare month does
    // ("by end-October" looks ahead); their `mod` comes from composition.
    let modifier = c.get(1).map(|m| m.as_str().to_lowercase());
    // "may" and "march" are verbs too: take them only with a cue.
    if matches!(name, "May" | "March") && modifier.is_none() {
        let prev = ctx.prev_word();
        // "the March accession": a month used as a modifier.
        let next = ctx.after().split_whitespace().next().unwrap_or("");
        let modifies = prev == "the" && next.starts_with(char::is_lowercase) && next != "of";
        // "between January and March", "February or May": the second
        // month of a pair.
        let paired = matches!(prev.as_str(), "and" | "or" | "to")
            && ctx
                .before()
                .split_whitespace()
                .rev()
                .nth(1)
                .is_some_and(|w| MONTHS.contains(&w.trim_end_matches([',', '.'])));
        if !modifies
            && !paired
            && !matches!(
                prev.as_str(),
                "in" | "since"
                    | "until"
                    | "by"
                    | "of"
                    | "from"
                    | "through"
                    | "during"
                    | "before"
                    | "after"
                    | "early"
                    | "late"
                    | "mid"
                    // "until at least March"
                    | "least"
                    | "till"
            )
        {
            return None;
        }
    }
    // "10 January next year": the day's rule reads "10 January", and
    // composition joins the year in words to it (`day_of_year`).
    if c.get(3).is_some() && ends_with_a_day(ctx.before()) {
        return None;
    }
    let m = month_number(name)?;
    let Some(dct) = ctx.dct else {
        return Some((DateType::Date, format!("XXXX-{m:02}"), Anchor::None));
    };
    let this_year = i64::from(dct.year());
    let y = match (
        modifier.as_deref(),
        c.get(3).map(|x| x.as_str().to_lowercase()),
    ) {
        (_, Some(rel)) if rel.starts_with("last") => this_year - 1,
        (_, Some(rel)) if rel.starts_with("next") => this_year + 1,
        (_, Some(_)) => this_year,
        (Some("last"), _) if m >= dct.month() => this_year - 1,
        (Some("last"), _) => this_year,
        (Some("next"), _) => this_year + 1,
        (Some("this"), _) => this_year,
        // A month within half a month of the article date is of its
        // year, whatever the tense (see `year_within`).
        _ if year_within(dct, m, 15, 16).is_some() => this_year,
        (Some("early" | "mid" | "late"), _) => nearest_year(dct, m, 15, tense(ctx), 16),
        _ => {
            // "changed … in December": a past event in a named month.
            let t = match deadline_tense(ctx) {
                Tense::Past if !in_month_word(ctx.before()) => Tense::Unknown,
                t => t,
            };
            // "pay down the loan by February": a limit with no tense to
            // say otherwise is the nearest such month, up to half a year
            // back, without the lean to the past.
            let limit = matches!(ctx.prev_word().as_str(), "by" | "until" | "till");
            if t == Tense::Unknown && limit {
                nearest_year(dct, m, 15, Tense::Future, 183)
            } else {
                nearest_year(dct, m, 15, t, 16)
            }
        }
    };
    Some((DateType::Date, fmt_year_month(y, m), Anchor::Article))
}

/// True when `before` ends with a day of the month and a space ("10 ",
/// "3rd ", "the 5th of "): the month after it belongs to that day.
fn ends_with_a_day(before: &str) -> bool {
    let head = before.strip_suffix(' ').unwrap_or(before);
    let head = head.strip_suffix(" of").unwrap_or(head);
    let word = head.rsplit(' ').next().unwrap_or("");
    let digits = word.trim_end_matches(|c: char| c.is_ascii_lowercase());
    (1..=2).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(&word[digits.len()..], "" | "st" | "nd" | "rd" | "th")
}

/// True when the text before a month ends with "in", "since", "during",
/// "from" or "between": a past verb before such a month tells of an event
/// in it ("rose from January", "fell between January and March").
pub(super) fn in_month_word(before: &str) -> bool {
    let mut words = before.trim_end().rsplit(' ');
    let mut prev = words.next().unwrap_or("");
    // "in February and March": the second month of a pair shares the
    // first one's preposition.
    if matches!(prev, "and" | "or") {
        let month = words.next().unwrap_or("");
        if MONTHS.contains(&month.trim_end_matches([',', '.'])) {
            prev = words.next().unwrap_or("");
        }
    }
    ["in", "since", "during", "from", "between"]
        .iter()
        .any(|w| prev.eq_ignore_ascii_case(w))
}

pub(super) fn year(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let y = int(c, 1)?;
    if y < 1600 && !is_early_year(ctx) {
        return None;
    }
    let after = ctx.after();
    // Numbers, not years: "2,021", "2021%", "1990-91" stays a year.
    if after.starts_with(|ch: char| ch == '%' || ch.is_ascii_digit())
        || after.starts_with(",0")
        || after.starts_with(",1")
        || after.starts_with(".") && after[1..].starts_with(|ch: char| ch.is_ascii_digit())
    {
        return None;
    }
    let prev = ctx.prev_word();
    let next = ctx.next_word();
    const NOUNS: &[&str] = &[
        "people",
        "persons",
        "votes",
        "troops",
        "soldiers",
        "members",
        "shares",
        "cars",
        "units",
        "jobs",
        "workers",
        "tons",
        "tonnes",
        "feet",
        "metres",
        "meters",
        "miles",
        "kilometres",
        "km",
        "dollars",
        "euros",
        "pounds",
        "yen",
        "points",
        "homes",
        "deaths",
        "cases",
        "students",
        "children",
        "men",
        "women",
        "residents",
        "employees",
        "families",
    ];
    if NOUNS.contains(&next.trim_matches(|ch: char| !ch.is_alphanumeric())) {
        return None;
    }
    if matches!(
        prev.as_str(),
        "no." | "number" | "page" | "flight" | "room" | "$" | "route"
    ) {
        return None;
    }
    Some((DateType::Date, fmt_year(y), Anchor::None))
}

pub(super) fn spelled_year(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let words = c.get(2)?.as_str();
    let y = spelled_year_value(words)?;
    let lead = c.get(1).map(|m| m.as_str().to_lowercase());
    // "two thousand" is more often a count than a year: only after "the
    // year", a month or a preposition of time, and not before a noun.
    if words.to_lowercase().starts_with("two") && lead.is_none() {
        let prev = ctx.before().split_whitespace().next_back().unwrap_or("");
        let next = ctx.after().split_whitespace().next().unwrap_or("");
        let cued = ["in", "by", "since", "until", "of", "before", "after"]
            .iter()
            .any(|w| prev.eq_ignore_ascii_case(w));
        let counted = next.starts_with(char::is_lowercase)
            && !matches!(next, "and" | "or" | "when" | "to" | "the" | "as");
        if !cued || counted {
            return None;
        }
    }
    let value = match lead.as_deref() {
        Some(l) if month_number(l).is_some() && !l.starts_with("the") => {
            let m = month_number(l)?;
            fmt_year_month(y, m)
        }
        Some(l) if l.ends_with(" of") => {
            let code = if l.contains("spring") {
                "SP"
            } else if l.contains("summer") {
                "SU"
            } else if l.contains("winter") {
                "WI"
            } else {
                "FA"
            };
            format!("{y:04}-{code}")
        }
        _ => fmt_year(y),
    };
    Some((DateType::Date, value, Anchor::None))
}

/// "mid-1996": the year, which the plain year rule skips after a hyphen.
pub(super) fn hyphened_year(
    c: &Captures<'_>,
    _: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    Some((DateType::Date, c.get(1)?.as_str().to_string(), Anchor::None))
}

/// The article's own year, when month `m`, day `day` of it lies within
/// `slack` days of the article date: [`nearest_year`] then picks that
/// year under every tense (the other years' dates lie some 350 days off,
/// and a slack under 91 days keeps even the lean to the past from
/// overturning it), so a caller that finds it here need not read the
/// tense, which costs a scan of the sentence (#17).
pub(super) fn year_within(dct: Date, m: i8, day: i8, slack: i64) -> Option<i64> {
    debug_assert!(slack < 91, "the shortcut holds for short slacks only");
    let y = i64::from(dct.year());
    let d = ymd(y, m.into(), day.into()).or_else(|| ymd(y, m.into(), 28))?;
    let days = i64::from(d.since(dct).ok()?.get_days());
    (days.abs() <= slack).then_some(y)
}

/// The year that puts month `m`, day `day` nearest the article date. News
/// looks back more than ahead, so a date in the future must be less than
/// a third as far as its past alternative to win. The tense settles it
/// when known: a past-tense sentence rules out dates more than `slack`
/// days ahead ("changed … in December" written in October), a future one
/// dates more than `slack` days behind.
pub(super) fn nearest_year(dct: Date, m: i8, day: i8, tense: Tense, slack: i64) -> i64 {
    let y = i64::from(dct.year());
    let distance = |year: i64| -> Option<i64> {
        let d = ymd(year, m.into(), day.into()).or_else(|| ymd(year, m.into(), 28))?;
        Some(d.since(dct).ok()?.get_days().into())
    };
    let candidates = [y - 1, y, y + 1];
    candidates
        .into_iter()
        .filter_map(|year| {
            let days = distance(year)?;
            let cost = match tense {
                Tense::Past if days > slack => return None,
                Tense::Future if days < -slack => return None,
                Tense::Future | Tense::Past => days.abs(),
                Tense::Unknown if days > 0 => days * 3,
                Tense::Unknown => days.abs(),
            };
            Some((cost, year))
        })
        .min()
        .map_or(y, |(_, year)| year)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn absolute_and_partial_dates() {
        let v = values(
            "In March 2024, on 22 December 2025 and in 2021.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("March 2024", "2024-03"),
                pair("22 December 2025", "2025-12-22"),
                pair("2021", "2021")
            ]
        );
        let v = values("Talks resumed on Jan. 5 and Sept. 30, 1998.", "1998-10-02");
        assert_eq!(
            v,
            [
                pair("Jan. 5", "1998-01-05"),
                pair("Sept. 30, 1998", "1998-09-30")
            ]
        );
    }

    #[test]
    fn named_days_and_weeks() {
        // Leap day: "last Feb. 29" from March 2001 is 2000-02-29.
        let v = values(
            "He left last Feb. 29 and returns next Jan. 5.",
            "2001-03-10",
        );
        assert_eq!(
            v,
            [
                pair("last Feb. 29", "2000-02-29"),
                pair("next Jan. 5", "2002-01-05")
            ]
        );
        // The week of Jan. 1, 2021 belongs to ISO year 2020.
        let v = values("A hearing the week of Jan. 1.", "2020-12-20");
        assert_eq!(v, [pair("the week of Jan. 1", "2020-W53")]);
    }

    #[test]
    fn false_dates_are_refused() {
        assert!(values("You may go. 2,021 people and 100M.", "2025-12-22").is_empty());
        assert!(values("Troops march on. It was 2021%.", "2025-12-22").is_empty());
    }

    /// Issue 14: abbreviated months with and without a comma or a year.
    #[test]
    fn abbreviated_months_without_a_period() {
        let v = values(
            "Talks ended on Dec 22, 2025. Polls opened 22 Dec 2025 and closed Sep 5 2025; \
             a vote came Dec 22.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("Dec 22, 2025", "2025-12-22"),
                pair("22 Dec 2025", "2025-12-22"),
                pair("Sep 5 2025", "2025-09-05"),
                pair("Dec 22", "2025-12-22"),
            ]
        );
        // Bare "Jan" or "Mar" stays a name or a verb.
        assert!(values("Jan Novak said the troops would Mar on.", "2025-12-22").is_empty());
        let v = values(
            "Back in Dec '24 and in March \u{2019}25 prices fell.",
            "2025-12-23",
        );
        assert_eq!(
            v,
            [
                pair("Dec '24", "2024-12"),
                pair("March \u{2019}25", "2025-03")
            ]
        );
        // A day before "January next year" keeps its day.
        let v = values(
            "The case was adjourned until 10 January next year.",
            "2025-12-22",
        );
        assert_eq!(v, [pair("10 January next year", "2026-01-10")]);
        // Hyphens, as web pages and filings write dates.
        let v = values("Posted 22-Dec-2025, updated Dec-23-2025.", "2025-12-23");
        assert_eq!(
            v,
            [
                pair("22-Dec-2025", "2025-12-22"),
                pair("Dec-23-2025", "2025-12-23"),
            ]
        );
    }

    /// Issue 14: a weekday and a date are one expression, and the weekday
    /// picks the year the date falls on it.
    #[test]
    fn the_second_month_of_a_pair() {
        // "March" and "May" are verbs too; after "and" a month makes them
        // months.
        let v = values(
            "Bombings in February and March killed 59. Prices may fall.",
            "1996-08-20",
        );
        assert_eq!(v, [pair("February", "1996-02"), pair("March", "1996-03")]);
        let v = values("It ends 10 days from today.", "2025-12-17");
        assert_eq!(v, [pair("10 days from today", "2025-12-27")]);
    }

    /// A month after "by" or "until" is a limit: the nearest such month,
    /// without the lean to the past.
    #[test]
    fn a_month_as_a_limit_is_the_nearest() {
        let v = values(
            "The sale is part of a program to pay the loan by February.",
            "1989-10-30",
        );
        assert_eq!(v, [pair("February", "1990-02")]);
        let v = values(
            "The sale is part of a program begun in February.",
            "1989-10-30",
        );
        assert_eq!(v, [pair("February", "1989-02")]);
        // "March" after "at least" is a month, and still a limit.
        let v = values("The ban lasts until at least March.", "2025-12-22");
        assert_eq!(v, [pair("March", "2026-03")]);
    }

    /// "3-4 March" names both days, as "March 3-4" does; "on the 18th" is
    /// a day of the article's month, or of the month before in the past.
    #[test]
    fn day_first_ranges_and_days_of_the_month() {
        let v = values(
            "Talks were held on 25 and 26 March 2019; the summit will meet on 3-4 March.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("25", "2019-03-25"),
                pair("26 March 2019", "2019-03-26"),
                pair("3", "2026-03-03"),
                pair("4 March", "2026-03-04"),
            ]
        );
        let v = values(
            "Prices fell on the 18th. He had left on the 28th. He putted on the 18th hole. \
             He birdied on the 15th and 17th holes.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("the 18th", "2025-12-18"),
                pair("the 28th", "2025-11-28")
            ]
        );
    }
}
