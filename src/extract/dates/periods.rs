//! Productions for periods longer than a day named relative to the
//! article: "last month", "a year ago", seasons, quarters and halves, and
//! the reported quarter of results stories.

use super::*;

pub(super) fn relative_period(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let which = c.get(2)?.as_str().to_lowercase();
    let which = which.split_whitespace().collect::<Vec<_>>().join(" ");
    let unit = c.get(3)?.as_str().to_lowercase();
    if which == "the new" {
        return the_new_year(c, ctx, &unit);
    }
    // "ABC News' \"This Week\"": a capitalised unit names a programme.
    if c.get(3)?.as_str().starts_with(char::is_uppercase) {
        return None;
    }
    // "the past year" is a length of time; "last year" a date.
    if matches!(
        which.as_str(),
        "the past" | "the last" | "the next" | "the coming"
    ) {
        // "the last week of June" is part of the month, not a week long.
        let mut after = ctx.after().split_whitespace();
        if after.next() == Some("of")
            && after
                .next()
                .is_some_and(|w| MONTHS.contains(&w.trim_end_matches(['.', ',', ';'])))
        {
            return None;
        }
        let (code, times) = unit_code(&unit)?;
        let value = match code {
            "DE" => "P10Y".to_string(),
            "CE" => "P100Y".to_string(),
            _ => match code.strip_prefix('T') {
                Some(time) => format!("PT{times}{time}"),
                None => format!("P{times}{code}"),
            },
        };
        return Some((DateType::Duration, value, Anchor::None));
    }
    let Some(dct) = ctx.dct else {
        let value = match which.as_str() {
            "last" | "previous" | "the previous" => "PAST_REF",
            "next" | "coming" | "the coming" => "FUTURE_REF",
            _ => "PRESENT_REF",
        };
        return Some((DateType::Date, value.to_string(), Anchor::None));
    };
    let n = match which.as_str() {
        "last" | "previous" | "the previous" => -1,
        "next" | "coming" => 1,
        _ => 0,
    };
    // "this time last year": the same day, a year back.
    if c.get(1)
        .is_some_and(|m| m.as_str().to_ascii_lowercase().starts_with("this"))
    {
        let d = shift(dct, &unit, n)?;
        return Some((DateType::Date, period_value(d, "day"), Anchor::Article));
    }
    if unit == "year" && n == -1 && ctx.in_quarter_talk() {
        let d = ctx.reported_quarter?.checked_sub(1.year()).ok()?;
        return Some((DateType::Date, period_value(d, "quarter"), Anchor::Article));
    }
    // "last fortnight" names no calendar period of its own.
    if unit == "fortnight" {
        return None;
    }
    let d = shift(dct, &unit, n)?;
    Some((DateType::Date, period_value(d, &unit), Anchor::Article))
}

/// "the week after next", "the month before last": two periods on or back
/// from the article's.
pub(super) fn period_after_next(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let unit = c.get(1)?.as_str().to_ascii_lowercase();
    let ahead = c.get(2)?.as_str().to_ascii_lowercase().starts_with("after");
    let Some(dct) = ctx.dct else {
        let value = if ahead { "FUTURE_REF" } else { "PAST_REF" };
        return Some((DateType::Date, value.to_string(), Anchor::None));
    };
    let d = shift(dct, &unit, if ahead { 2 } else { -2 })?;
    Some((DateType::Date, period_value(d, &unit), Anchor::Article))
}

/// "in the new year", "the New Year" as British news writes it: the year
/// about to begin, seen from the second half of a year, else the year
/// just begun. Not "the New Year's Day", a
/// holiday, nor "the new fiscal year", whose start varies by company; and
/// no other unit ("the new week" is rarely a date).
fn the_new_year(
    c: &Captures<'_>,
    ctx: &Context<'_>,
    unit: &str,
) -> Option<(DateType, String, Anchor)> {
    let fiscal = c.get(0)?.as_str().to_ascii_lowercase().contains("fiscal");
    if unit != "year" || fiscal || ctx.after().starts_with(['\'', '\u{2019}']) {
        return None;
    }
    let Some(dct) = ctx.dct else {
        return Some((DateType::Date, "FUTURE_REF".to_string(), Anchor::None));
    };
    let y = i64::from(dct.year()) + i64::from(dct.month() >= 7);
    Some((DateType::Date, fmt_year(y), Anchor::Article))
}

pub(super) fn ago(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    // "12.5 years ago": a fraction's digits are no count.
    if ctx.follows_decimal_point() {
        return None;
    }
    let word = c.get(3)?.as_str().to_lowercase();
    // "a year from now", "two weeks hence": as far ahead.
    let ahead = word.starts_with("from") || word == "hence";
    let (unit, times) = canonical_unit(&c.get(2)?.as_str().to_lowercase())?;
    // "a fortnight ago" is two weeks ago.
    let n = number_value(c.get(1)?.as_str()).map(|n| n * times);
    // "a month earlier than usual" compares with no date: a length of time.
    if ctx.next_word() == "than" {
        if let (Some(n), Some((code, _))) = (n, unit_code(unit)) {
            let value = match code.strip_prefix('T') {
                Some(time) => format!("PT{n}{time}"),
                None => format!("P{n}{code}"),
            };
            return Some((DateType::Duration, value, Anchor::None));
        }
    }
    let dct = ctx.dct?;
    let Some(n) = n else {
        // "a few years ago" is some time back; "several months earlier"
        // measures an unknown stretch from another event.
        if word == "ago" {
            return Some((DateType::Date, "PAST_REF".to_string(), Anchor::Article));
        }
        if ahead {
            return Some((DateType::Date, "FUTURE_REF".to_string(), Anchor::Article));
        }
        let (code, _) = unit_code(unit)?;
        let value = match code.strip_prefix('T') {
            Some(time) => format!("PTX{time}"),
            None => format!("PX{code}"),
        };
        return Some((DateType::Duration, value, Anchor::None));
    };
    // "earlier" without a named anchor is relative to the article date
    // too, as in "a year earlier" in results reports. ("later", "before"
    // and "after" are signals TimeML leaves outside the span: what they
    // follow is a plain duration, "three days" of "three days later".)
    let sign = if ahead { 1 } else { -1 };
    if !ahead && unit == "year" && n == 1 && ctx.compares_quarters() {
        let d = ctx.reported_quarter?.checked_sub(1.year()).ok()?;
        return Some((DateType::Date, period_value(d, "quarter"), Anchor::Article));
    }
    let d = shift(dct, unit, sign * n)?;
    // "a year ago today", "ten years ago this month", "a week from today":
    // that day, week or month, so many units back or ahead.
    let within = match c.get(4).map(|m| m.as_str().to_ascii_lowercase()) {
        _ if word.ends_with("today") => "day",
        Some(at) if at == "today" => "day",
        Some(at) if at.ends_with("week") => "week",
        Some(_) => "month",
        None => unit,
    };
    Some((DateType::Date, period_value(d, within), Anchor::Article))
}

/// "the next day" without an earlier date to lean on: the day after the
/// article's (re-anchored on a named date when there is one).
/// "that year", "the following month": a period named by reference to a
/// date the text has mentioned. Resolved here against the article date;
/// `anchor_on_mentions` re-resolves it against the mention when there is
/// one.
pub(super) fn referred_period(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let dct = ctx.dct?;
    let unit = c.get(2)?.as_str().to_lowercase();
    let d = shift(dct, &unit, reference_step(c.get(1)?.as_str()))?;
    Some((DateType::Date, period_value(d, &unit), Anchor::Article))
}

/// "late in the day", "earlier in the year": part of the period in play,
/// resolved here against the article date; `anchor_on_mentions` moves it
/// to the date last named when there is one. The `mod` (START, END) comes
/// from the modifier inside the span.
pub(super) fn part_of_period_in_play(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let unit = c.get(1)?.as_str().to_lowercase();
    let dct = ctx.dct?;
    Some((DateType::Date, period_value(dct, &unit), Anchor::Article))
}

/// "the year" of a results report: "for the year ended March 31" is a
/// year-long period (P1Y); "for the year", "the full year", "earlier in
/// the year" mean the article's year, "the latest fiscal year" the one
/// before.
pub(super) fn the_year(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let after = ctx.after().trim_start();
    if after.starts_with('-') || after.starts_with("'") {
        return None;
    }
    let next = after.split_whitespace().next().unwrap_or("");
    if matches!(next, "ended" | "ending" | "to") {
        return Some((DateType::Duration, "P1Y".to_string(), Anchor::None));
    }
    let modifier = c.get(1).map(|m| m.as_str().to_lowercase());
    let prev = ctx.prev_word();
    // "Player of the Year", "Newcomer of the Year award": a title.
    if prev == "of" && c.get(0)?.as_str().ends_with("Year") {
        return None;
    }
    let cued = modifier.is_some()
        || matches!(
            prev.as_str(),
            "for" | "during" | "throughout" | "of" | "in" | "through"
        );
    if !cued
        || matches!(
            next,
            "before" | "after" | "when" | "in" | "that" | "he" | "she" | "they"
        )
    {
        return None;
    }
    let dct = ctx.dct?;
    let back = modifier.is_some_and(|m| m.starts_with("latest"));
    let y = i64::from(dct.year()) - i64::from(back);
    Some((DateType::Date, fmt_year(y), Anchor::Article))
}

/// "by year-end", "by year's end", "by the end of the month": the end of
/// the article's year or month ("since year-end" looks back to the last
/// one). The `mod` END comes with "the end of" from composition.
pub(super) fn period_end(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let dct = ctx.dct?;
    // "the end of the month", "… of the decade", "… of the century": the
    // article's own.
    if let Some(unit) = c.get(1) {
        let value = match unit.as_str().to_ascii_lowercase().as_str() {
            "decade" => format!("{:03}", dct.year() / 10),
            "century" => format!("{:02}", dct.year() / 100),
            _ => format!("{:04}-{:02}", dct.year(), dct.month()),
        };
        return Some((DateType::Date, value, Anchor::Article));
    }
    let back = ctx.prev_word() == "since";
    let y = i64::from(dct.year()) - i64::from(back);
    Some((DateType::Date, fmt_year(y), Anchor::Article))
}

pub(super) fn season(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    // "Summer 2026" needs no word before it (groups 4 and 5); without a
    // year, a season needs one ("this summer"): "prices fall", "a spring
    // in his step" are none.
    let season = c.get(2).or_else(|| c.get(4))?;
    let code = match season.as_str().to_lowercase().as_str() {
        "spring" => "SP",
        "summer" => "SU",
        "autumn" | "fall" => "FA",
        _ => "WI",
    };
    if let Some(y) = int(c, 3).or_else(|| int(c, 5)) {
        return Some((DateType::Date, format!("{y:04}-{code}"), Anchor::None));
    }
    let which = c.get(1)?.as_str().to_lowercase();
    let which = which.split_whitespace().collect::<Vec<_>>().join(" ");
    let dct = ctx.dct?;
    let mut y = i64::from(dct.year());
    match which.as_str() {
        "last" => y -= 1,
        "next" => y += 1,
        "this" | "in" | "during" | "early" | "late" | "the" => {}
        // "this past spring": the latest spring begun by the article date.
        "past" | "this past" => {
            let starts = match code {
                "SP" => 3,
                "SU" => 6,
                "FA" => 9,
                _ => 12,
            };
            if dct.month() < starts {
                y -= 1;
            }
        }
        _ => return None,
    }
    Some((DateType::Date, format!("{y:04}-{code}"), Anchor::Article))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn relative_periods_cross_year_and_week_boundaries() {
        // 2021-01-03 is a Sunday in ISO week 2020-W53.
        let v = values("last week and last month and next year", "2021-01-03");
        assert_eq!(
            v,
            [
                pair("last week", "2020-W52"),
                pair("last month", "2020-12"),
                pair("next year", "2022")
            ]
        );
        let v = values("yesterday", "2024-03-01");
        assert_eq!(v, [pair("yesterday", "2024-02-29")]);
    }

    #[test]
    fn a_time_ago_on_the_same_day_or_month() {
        let v = values(
            "He was freed a year ago today. It opened ten years ago this month, and \
             sales have doubled since this time last year.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("a year ago today", "2024-12-22"),
                pair("ten years ago this month", "2015-12"),
                pair("this time last year", "2024-12-22"),
            ]
        );
        // Counted from today, it is a day too.
        let v = values("It ends a week from today.", "2025-12-22");
        assert_eq!(v, [pair("a week from today", "2025-12-29")]);
    }

    /// Two periods on or back, across the year's end.
    #[test]
    fn the_week_after_next_and_the_month_before_last() {
        let v = values(
            "The vote is the week after next; prices peaked the month before last.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("the week after next", "2026-W02"),
                pair("the month before last", "2025-10"),
            ]
        );
    }

    #[test]
    fn the_last_week_of_a_month_is_no_length_of_time() {
        let v = values("Sales slumped in the last week of June.", "2025-12-22");
        assert_eq!(v, [pair("June", "2025-06")]);
        let v = values("Sales slumped in the last week.", "2025-12-22");
        assert_eq!(v, [pair("the last week", "P1W")]);
    }

    #[test]
    fn the_new_year_is_the_next_one_late_in_a_year() {
        let v = values(
            "Talks resume in the new year. The New Year's Day parade and the new \
             fiscal year are no such dates.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("the new year", "2026"),
                pair("New Year's Day", "2026-01-01")
            ]
        );
        let v = values("Prices rose early in the New Year.", "2026-01-09");
        assert_eq!(v, [pair("the New Year", "2026")]);
    }

    #[test]
    fn a_season_with_its_year_needs_no_word_before_it() {
        let v = values(
            "Summer 2026 will be hot; the note was issued as of fall 2004. Prices fall \
             2% as spring arrives.",
            "2025-12-17",
        );
        assert_eq!(
            v,
            [pair("Summer 2026", "2026-SU"), pair("fall 2004", "2004-FA")]
        );
    }

    #[test]
    fn seasons_fiscal_years_and_hyphened_years() {
        let v = values(
            "This past spring was warm; last spring too. In the early summer. \
             Sales for the current fiscal year rose after mid-1996. In mid afternoon.",
            "1989-10-30",
        );
        assert_eq!(
            v,
            [
                pair("This past spring", "1989-SP"),
                pair("last spring", "1988-SP"),
                pair("the early summer", "1989-SU"),
                pair("the current fiscal year", "1989"),
                pair("mid-1996", "1996"),
                pair("mid afternoon", "1989-10-30TAF"),
            ]
        );
        // A past spring seen from February is last year's.
        let v = values("This past spring was warm.", "1990-02-01");
        assert_eq!(v, [pair("This past spring", "1989-SP")]);
        // Punctuation after a month stays out of the span; "June." is no
        // abbreviation.
        let v = values("Since early September; until next June.", "1989-10-30");
        assert_eq!(
            v,
            [
                pair("early September", "1989-09"),
                pair("next June", "1990-06")
            ]
        );
    }

    #[test]
    fn the_end_of_the_year_or_month() {
        let v = values(
            "The deal should close by year-end; jobs go by year's end and troops \
             arrive by the end of the month. Shares rose since year end.",
            "1989-10-26",
        );
        assert_eq!(
            v,
            [
                pair("year-end", "1989"),
                pair("year's end", "1989"),
                pair("the end of the month", "1989-10"),
                pair("year end", "1988"),
            ]
        );
        let v = with_mods(
            "Emissions must halve by the end of the decade, and by the end of the century.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                one("the end of the decade", "202", Some(Mod::End)),
                one("the end of the century", "20", Some(Mod::End)),
            ]
        );
    }

    #[test]
    fn the_year_of_a_results_report() {
        let v = values(
            "Net for the year ended March 31 rose. Sales for the full year grew, \
             and earlier in the year rains hurt. In the latest fiscal year it lost money.",
            "1989-10-26",
        );
        assert_eq!(
            v,
            [
                pair("the year", "P1Y"),
                pair("March 31", "1989-03-31"),
                pair("the full year", "1989"),
                pair("earlier in the year", "1989"),
                pair("the latest fiscal year", "1988"),
            ]
        );
        // Other uses of "the year" are left alone, titles among them.
        assert!(values("He was named Player of the Year.", "1989-10-26").is_empty());
        assert!(values("The year he was born was hard.", "1989-10-26").is_empty());
        // "Now," opening a sentence is a discourse marker.
        let v = values(
            "Now, he says, it is over. Prices are now higher.",
            "1989-10-26",
        );
        assert_eq!(v, [pair("now", "PRESENT_REF")]);
    }

    /// Issue 14: lengths before "after" or "than" are durations, never
    /// resolved against an unrelated date.
    #[test]
    fn comparisons_are_lengths() {
        let v = values(
            "Two weeks after the election he resigned; the crop came a month earlier than usual.",
            "2024-05-01",
        );
        assert_eq!(
            v,
            [pair("Two weeks", "P2W"), pair("a month earlier", "P1M")]
        );
    }

    /// "a year from now" counts ahead as "a year ago" counts back.
    #[test]
    fn from_now_counts_ahead() {
        let v = values(
            "A year from now, two weeks from now, a few years from now, ten years hence.",
            "2025-12-24",
        );
        assert_eq!(
            v,
            [
                pair("A year from now", "2026"),
                pair("two weeks from now", "2026-W02"),
                pair("a few years from now", "FUTURE_REF"),
                pair("ten years hence", "2035"),
            ]
        );
    }
}
