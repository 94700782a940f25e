//! Productions for days counted from the article date: weekdays, "today",
//! "the next day", weekends, and the parts of a day and clock times that
//! attach to them.

use super::*;

pub(super) fn weekday(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let wd = weekday_number(c.get(2)?.as_str())?;
    let modifier = c.get(1).map(|m| m.as_str().to_lowercase());
    let part = part_suffix(c.get(3).map(|m| m.as_str()));
    // "on Tuesdays", "Tuesday nights": every such day.
    if c.get(4).is_some() {
        let value = format!("XXXX-WXX-{}{part}", wd.to_monday_one_offset());
        return Some((DateType::Set, value, Anchor::None));
    }
    let Some(dct) = ctx.dct else {
        let value = format!("XXXX-WXX-{}{part}", wd.to_monday_one_offset());
        return Some((DateType::Date, value, Anchor::None));
    };
    let back = i64::from(
        (dct.weekday().to_monday_zero_offset() - wd.to_monday_zero_offset()).rem_euclid(7),
    );
    let modifier = modifier.map(|m| m.split_whitespace().collect::<Vec<_>>().join(" "));
    let offset = match modifier.as_deref() {
        // "down 4.5% from the previous Friday": the one before the last.
        Some("the previous") => -back - 7,
        Some("last") | Some("past") => {
            if back == 0 {
                -7
            } else {
                -back
            }
        }
        Some("next" | "this coming" | "coming" | "the following") => {
            let fwd = (7 - back) % 7;
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        // The article's own weekday is that day either way: the tense,
        // a scan of the sentence, is read only when it matters (#17).
        _ if back != 0 && future_context(ctx) => (7 - back) % 7,
        _ => -back,
    };
    day_with_part(dct, offset, part)
}

pub(super) fn day_word(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let word = c.get(1)?.as_str().to_lowercase();
    if c.get(2).is_none() && generic_day(&word, ctx) {
        return None;
    }
    let (offset, mut part) = match word.as_str() {
        "yesterday" => (-1, ""),
        "tomorrow" => (1, ""),
        "tonight" => (0, "TNI"),
        _ => (0, ""),
    };
    if let Some(p) = c.get(2) {
        part = part_suffix(Some(p.as_str()));
    }
    let Some(dct) = ctx.dct else {
        let value = if offset == 0 && part.is_empty() {
            "PRESENT_REF"
        } else {
            "XXXX-XX-XX"
        };
        return Some((DateType::Date, value.to_string(), Anchor::None));
    };
    day_with_part(dct, offset, part)
}

/// "today's world", "many of today's computers", "the leaders of
/// tomorrow": the present or the future in general, not a day; the
/// TimeML corpora leave them out, where "today's vote" and "as of today"
/// are days.
fn generic_day(word: &str, ctx: &Context<'_>) -> bool {
    /// Nouns that "today's" makes an era rather than a day.
    const ERA: &[&str] = &[
        "world",
        "society",
        "youth",
        "young",
        "generation",
        "generations",
        "children",
        "kids",
        "teenagers",
        "students",
        "parents",
        "families",
        "workers",
        "consumers",
        "computers",
        "technology",
        "culture",
        "economy",
        "standards",
        "politics",
    ];
    if !matches!(word, "today" | "tomorrow") {
        return false;
    }
    // Only the last two words before are read ("many of", "<owner>
    // of"): they alone are lower-cased, not the sentence (#17).
    let before = ctx.before().trim_end();
    let last = before.rfind(char::is_whitespace).unwrap_or(0);
    let prev = before[..last].trim_end().rfind(char::is_whitespace);
    let before = before[prev.unwrap_or(0)..].to_lowercase();
    let possessive = ctx
        .after()
        .strip_prefix("'s ")
        .or_else(|| ctx.after().strip_prefix("\u{2019}s "));
    if let Some(rest) = possessive {
        let noun = rest
            .split(|c: char| !c.is_alphabetic())
            .find(|w| !w.is_empty())
            .unwrap_or("")
            .to_lowercase();
        let many = ["many of", "most of", "some of", "all of"]
            .iter()
            .any(|w| before.ends_with(w));
        return many || ERA.contains(&noun.as_str());
    }
    // "the people of tomorrow", but "as of today", "the end of today".
    let Some(head) = before.strip_suffix(" of") else {
        return false;
    };
    let owner = head.split_whitespace().last().unwrap_or("");
    !owner.is_empty()
        && !matches!(
            owner,
            "as" | "end" | "start" | "beginning" | "rest" | "morning" | "afternoon" | "evening"
        )
}

pub(super) fn part_of_today(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let dct = ctx.dct?;
    let part = part_suffix(c.get(2).map(|m| m.as_str()));
    let which = c.get(1)?.as_str().to_lowercase();
    let d = if which == "last" && part == "TNI" {
        dct.checked_sub(1.day()).ok()?
    } else {
        dct
    };
    Some((DateType::Time, fmt_date_with(d, part), Anchor::Article))
}

pub(super) fn adjacent_day(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    // "later in the day before returning home": a conjunction.
    let next = ctx.after().split_whitespace().next().unwrap_or("");
    if next.len() > 4 && next.ends_with("ing") {
        return None;
    }
    // "before"/"after" leave the span in composition (TimeML signals).
    let back = c
        .get(1)
        .is_some_and(|w| w.as_str().eq_ignore_ascii_case("previous"))
        || c.get(2)
            .is_some_and(|w| w.as_str().eq_ignore_ascii_case("before"));
    // "the day before yesterday", "the day after tomorrow": one more day
    // from the named one.
    let from = match c.get(3).map(|w| w.as_str().to_ascii_lowercase()) {
        Some(w) if w == "yesterday" => -1,
        Some(_) => 1,
        None => 0,
    };
    let d = ctx
        .dct?
        .checked_add((from + if back { -1 } else { 1 }).days())
        .ok()?;
    Some((DateType::Date, fmt_date(d), Anchor::Article))
}

/// "the second Tuesday of March", "the last Friday in May 2026": a
/// weekday counted in a month, in the year written, else the nearest one
/// as the tense leans.
pub(super) fn nth_weekday_of_month(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let which = c.get(1)?.as_str().to_ascii_lowercase();
    let n: i8 = match which.as_str() {
        "last" => -1,
        "fifth" | "5th" => 5,
        other => ordinal(other)?.try_into().ok()?,
    };
    let wd = weekday_number(c.get(2)?.as_str())?;
    // "the first Monday of next month": the month counted from the
    // article's.
    if let Some(which) = c.get(5) {
        let step = match which.as_str().to_ascii_lowercase().as_str() {
            "next" => 1,
            "last" => -1,
            _ => 0,
        };
        let dct = ctx.dct?;
        let first = dct.first_of_month().checked_add(step.months()).ok()?;
        let d = first.nth_weekday_of_month(n, wd).ok()?;
        return Some((DateType::Date, fmt_date(d), Anchor::Article));
    }
    let m = month_number(c.get(3)?.as_str())?;
    let (y, anchor) = match int(c, 4) {
        Some(y) => (y, Anchor::None),
        None => {
            let dct = ctx.dct?;
            let about = if n < 0 { 25 } else { 7 * n - 3 };
            let y = nearest_year(dct, m, about, deadline_tense(ctx), 1);
            (y, Anchor::Article)
        }
    };
    let first = ymd(y, m.into(), 1)?;
    let d = first.nth_weekday_of_month(n, wd).ok()?;
    Some((DateType::Date, fmt_date(d), anchor))
}

/// "the weekend": the one just past early in the week, else the coming
/// one; "last"/"next" move a week.
pub(super) fn weekend(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let dct = ctx.dct?;
    let word = c.get(0)?.as_str().to_lowercase();
    let mut d = if dct.weekday().to_monday_one_offset() <= 3 {
        dct.checked_sub(7.days()).ok()?
    } else {
        dct
    };
    // "this past weekend": the latest one over by the article's day, so
    // from Friday on, the one before.
    let past = word.split_whitespace().any(|w| w == "past");
    if past && dct.weekday().to_monday_one_offset() >= 5 {
        d = dct.checked_sub(7.days()).ok()?;
    } else if word.starts_with("last") {
        d = d.checked_sub(7.days()).ok()?;
    } else if word.starts_with("next") {
        d = d.checked_add(7.days()).ok()?;
    } else if word.starts_with("the") {
        // "the weekend" is the nearest one, unless the tense says which:
        // "are due by the weekend" written on a Monday is the coming one,
        // "fans gathered at the weekend" written on a Friday the last.
        let weekday = dct.weekday().to_monday_one_offset();
        match tense(ctx) {
            Tense::Future if weekday <= 3 => d = dct,
            Tense::Past if (4..=5).contains(&weekday) => d = dct.checked_sub(7.days()).ok()?,
            _ => {}
        }
    }
    Some((
        DateType::Date,
        format!("{}-WE", fmt_week(d)),
        Anchor::Article,
    ))
}

pub(super) fn part_suffix(part: Option<&str>) -> &'static str {
    match part.map(str::to_lowercase).as_deref() {
        Some("morning") => "TMO",
        Some("afternoon") => "TAF",
        Some("evening") => "TEV",
        Some("night") => "TNI",
        _ => "",
    }
}

/// The date a time of day belongs to: a named day after it, else the
/// article date.
pub(super) fn day_of_time(day: Option<&str>, ctx: &Context<'_>) -> Option<String> {
    let Some(day) = day else {
        return Some(ctx.dct.map_or("XXXX-XX-XX".to_string(), fmt_date));
    };
    let dct = ctx.dct?;
    let lower = day.to_lowercase();
    let d = match lower.as_str() {
        "today" => dct,
        "yesterday" => dct.checked_sub(1.day()).ok()?,
        "tomorrow" => dct.checked_add(1.day()).ok()?,
        _ => {
            if let Some(wd) = weekday_number(day)
                .filter(|_| month_number(day).is_none() || lower.ends_with("day"))
            {
                let back = i64::from(
                    (dct.weekday().to_monday_zero_offset() - wd.to_monday_zero_offset())
                        .rem_euclid(7),
                );
                let offset = if back != 0 && future_context(ctx) {
                    (7 - back) % 7
                } else {
                    -back
                };
                dct.checked_add(offset.days()).ok()?
            } else {
                let mut parts = day.split_whitespace();
                let m = month_number(parts.next()?)?;
                let dd: i64 = parts.next()?.parse().ok()?;
                let day_of_month = dd.try_into().ok()?;
                let y = year_within(dct, m, day_of_month, 1)
                    .unwrap_or_else(|| nearest_year(dct, m, day_of_month, deadline_tense(ctx), 1));
                ymd(y, m.into(), dd)?
            }
        }
    };
    Some(fmt_date(d))
}

/// The day `offset` days from the article's, with a part of the day
/// ("TNI", "TMO") making it a time.
fn day_with_part(dct: Date, offset: i64, part: &str) -> Option<(DateType, String, Anchor)> {
    let d = dct.checked_add(offset.days()).ok()?;
    let ty = if part.is_empty() {
        DateType::Date
    } else {
        DateType::Time
    };
    Some((ty, fmt_date_with(d, part), Anchor::Article))
}

/// "Monday, Dec 15", "Wed., Dec. 17, 2025", and day first: "Sat 20
/// Dec", "Tuesday, 16 December 2025".
pub(super) fn weekday_dated(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let (m, day) = match c.get(1) {
        Some(month) => (month_number(month.as_str())?, int(c, 2)?),
        None => (month_number(c.get(4)?.as_str())?, int(c, 3)?),
    };
    if let Some(y) = int(c, 5) {
        let d = ymd(y, m.into(), day)?;
        return Some((DateType::Date, fmt_date(d), Anchor::None));
    }
    // "Monday, Dec 15": the weekday picks the year, among the article's and
    // its neighbours, in which that day falls on it, when one lies within
    // half a year of the article; else the weekday is taken as a slip.
    let wd = weekday_number(c.get(0)?.as_str())?;
    let dct = ctx.dct;
    let fits = dct.and_then(|dct| {
        let y = i64::from(dct.year());
        [y, y - 1, y + 1]
            .into_iter()
            .filter_map(|y| ymd(y, m.into(), day))
            .filter(|d| d.weekday() == wd)
            .map(|d| (d.since(dct).map_or(i32::MAX, |s| s.get_days().abs()), d))
            .filter(|(days, _)| *days <= 183)
            .min()
            .map(|(_, d)| d)
    });
    match fits {
        Some(d) => Some((DateType::Date, fmt_date(d), Anchor::Article)),
        // A short form that fits no year is likely another word ("The
        // Sun, Dec 15 edition"): the date stands alone.
        None if !c
            .get(0)?
            .as_str()
            .split([',', ' '])
            .next()?
            .ends_with("day") =>
        {
            None
        }
        None => month_day_value(m, day, ctx),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    /// Issue 14: "today" of an era is no day.
    #[test]
    fn today_of_an_era_is_no_day() {
        let v = values(
            "In today's world, many of today's phones are cheap; the leaders of tomorrow \
             agree. Today's vote, as of today, was close.",
            "2024-05-01",
        );
        assert_eq!(
            v,
            [pair("Today", "2024-05-01"), pair("today", "2024-05-01")]
        );
    }

    /// Only the two words before "today" are lower-cased: capitals there
    /// read as in lower case, whatever stands before them.
    #[test]
    fn today_of_an_era_reads_the_words_before_in_any_case() {
        let v = values(
            "The 3 MANY OF today's kids play. The Leaders Of tomorrow agree. \
             We opened, As Of today, at dawn.",
            "2024-05-01",
        );
        assert_eq!(v, [pair("today", "2024-05-01")]);
    }

    #[test]
    fn times_attach_to_their_day() {
        // 1998-02-13 is a Friday.
        let v = values(
            "The vote was at 10 p.m. Wednesday and ended at noon Thursday.",
            "1998-02-13",
        );
        assert_eq!(
            v,
            [
                pair("10 p.m. Wednesday", "1998-02-11T22:00"),
                pair("noon Thursday", "1998-02-12T12:00")
            ]
        );
        let v = values("Police came Sunday night.", "2000-03-28");
        assert_eq!(v, [pair("Sunday night", "2000-03-26TNI")]);
        // The day written first: two expressions, the time on that day.
        let v = values(
            "The vote was Wednesday at 10 p.m. and ended on Feb. 12, at noon.",
            "1998-02-13",
        );
        assert_eq!(
            v,
            [
                pair("Wednesday", "1998-02-11"),
                pair("10 p.m.", "1998-02-11T22:00"),
                pair("Feb. 12", "1998-02-12"),
                pair("noon", "1998-02-12T12:00")
            ]
        );
    }

    #[test]
    fn without_article_date_values_stay_underspecified() {
        let d = find_dates("on Friday", 0, None);
        assert_eq!(d[0].value, "XXXX-WXX-5");
        assert_eq!(d[0].anchor, Anchor::None);
    }

    #[test]
    fn a_weekday_counted_in_a_month() {
        let v = values(
            "Polls open on the first Tuesday in March. The fair is held on the last \
             Friday of May 2026; it met on the second Monday of November.",
            "2025-12-17",
        );
        assert_eq!(
            v,
            [
                pair("the first Tuesday in March", "2026-03-03"),
                pair("the last Friday of May 2026", "2026-05-29"),
                pair("the second Monday of November", "2025-11-10"),
            ]
        );
        let v = values(
            "It takes place on the first Monday of next month, after the last Friday \
             of this month.",
            "2025-12-17",
        );
        assert_eq!(
            v,
            [
                pair("the first Monday of next month", "2026-01-05"),
                pair("the last Friday of this month", "2025-12-26"),
            ]
        );
    }

    #[test]
    fn two_days_off_is_one_expression() {
        let v = values(
            "The day before yesterday, he left. He returns the day after tomorrow.",
            "2025-12-17",
        );
        assert_eq!(
            v,
            [
                pair("The day before yesterday", "2025-12-15"),
                pair("the day after tomorrow", "2025-12-19"),
            ]
        );
    }

    #[test]
    fn this_past_weekend_is_over() {
        // 2025-12-22 is a Monday, 2025-12-26 a Friday.
        let v = values("This past weekend, protesters gathered.", "2025-12-22");
        assert_eq!(v, [pair("This past weekend", "2025-W51-WE")]);
        let v = values("The past weekend was calm.", "2025-12-26");
        assert_eq!(v, [pair("The past weekend", "2025-W51-WE")]);
    }

    /// "the weekend" is the nearest one, unless the tense points to the
    /// other.
    #[test]
    fn the_weekend_follows_the_tense() {
        // 2025-12-22 is a Monday, 2025-12-26 a Friday.
        let v = values("Fans gathered at the weekend.", "2025-12-22");
        assert_eq!(v, [pair("the weekend", "2025-W51-WE")]);
        let v = values("Results are due by the weekend.", "2025-12-22");
        assert_eq!(v, [pair("the weekend", "2025-W52-WE")]);
        let v = values("Fans gathered at the weekend.", "2025-12-26");
        assert_eq!(v, [pair("the weekend", "2025-W51-WE")]);
        let v = values("They meet at the weekend.", "2025-12-26");
        assert_eq!(v, [pair("the weekend", "2025-W52-WE")]);
    }

    #[test]
    fn weekday_and_date_are_one_expression() {
        let v = values("On Monday, Dec 15 the envoy arrived.", "2025-12-22");
        assert_eq!(v, [pair("Monday, Dec 15", "2025-12-15")]);
        // Short weekdays and day-first dates, as listings write them; the
        // weekday picks the year ("Sat 20 Dec" of a past-tense sentence
        // is still this month's Saturday).
        let v = values(
            "On Wed., Dec. 17 he met them. On Sat 20 Dec they left. The Sun, Dec 15 \
             edition ran it. Tuesday, 16 December 2025 was wet.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("Wed., Dec. 17", "2025-12-17"),
                pair("Sat 20 Dec", "2025-12-20"),
                pair("Dec 15", "2025-12-15"),
                pair("Tuesday, 16 December 2025", "2025-12-16"),
            ]
        );
        // Seen from early January, a Friday Dec. 26 is last year's.
        let v = values("It opened Friday, Dec. 26.", "2026-01-05");
        assert_eq!(v, [pair("Friday, Dec. 26", "2025-12-26")]);
        // "the" before a day-first date.
        let v = values(
            "Results come on Thursday, the 8th of January.",
            "2025-12-22",
        );
        assert_eq!(v, [pair("Thursday, the 8th of January", "2026-01-08")]);
    }
}
