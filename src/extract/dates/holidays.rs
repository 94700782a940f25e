//! Holidays: fixed ones, US ones counted in weekdays, and Easter by the
//! Gregorian computus, in the nearest year leaning to the past.

use super::*;

/// The date of a holiday in `year`: fixed ones, US ones counted in
/// weekdays, and Easter by the Gregorian computus.
pub(super) fn holiday_date(name: &str, year: i16) -> Option<Date> {
    let nth_weekday = |month: i8, wd: Weekday, n: i8| -> Option<Date> {
        let first = Date::new(year, month, 1).ok()?;
        first.nth_weekday_of_month(n, wd).ok()
    };
    let fixed = |month: i8, day: i8| Date::new(year, month, day).ok();
    // The name's letters, lower-cased, one space between words: "New
    // Year’s Day" and "New Year's Day" are "new years day", "St. Patrick's
    // Day" is "st patricks day".
    let name = name
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphabetic)
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    Some(match name.as_str() {
        "christmas eve" => fixed(12, 24)?,
        "christmas" | "christmas day" => fixed(12, 25)?,
        "boxing day" => fixed(12, 26)?,
        "new years eve" => fixed(12, 31)?,
        "new years day" => fixed(1, 1)?,
        "valentines day" => fixed(2, 14)?,
        "st patricks day" | "saint patricks day" => fixed(3, 17)?,
        "anzac day" => fixed(4, 25)?,
        "may day" => fixed(5, 1)?,
        "juneteenth" => fixed(6, 19)?,
        "canada day" => fixed(7, 1)?,
        "independence day" => fixed(7, 4)?,
        "bastille day" => fixed(7, 14)?,
        "halloween" => fixed(10, 31)?,
        "guy fawkes night" | "bonfire night" => fixed(11, 5)?,
        "veterans day" | "armistice day" | "remembrance day" => fixed(11, 11)?,
        "australia day" => fixed(1, 26)?,
        "martin luther king day" | "martin luther king jr day" => {
            nth_weekday(1, Weekday::Monday, 3)?
        }
        "presidents day" => nth_weekday(2, Weekday::Monday, 3)?,
        "columbus day" => nth_weekday(10, Weekday::Monday, 2)?,
        "remembrance sunday" => nth_weekday(11, Weekday::Sunday, 2)?,
        "thanksgiving" | "thanksgiving day" => nth_weekday(11, Weekday::Thursday, 4)?,
        // The shopping days after Thanksgiving.
        "black friday" => nth_weekday(11, Weekday::Thursday, 4)?
            .checked_add(1.day())
            .ok()?,
        "cyber monday" => nth_weekday(11, Weekday::Thursday, 4)?
            .checked_add(4.days())
            .ok()?,
        "labor day" => nth_weekday(9, Weekday::Monday, 1)?,
        "memorial day" => nth_weekday(5, Weekday::Monday, -1)?,
        // The Tuesday after the first Monday in November.
        "election day" => nth_weekday(11, Weekday::Monday, 1)?
            .checked_add(1.day())
            .ok()?,
        "easter" | "easter sunday" | "easter monday" | "good friday" | "palm sunday"
        | "ash wednesday" => {
            let y = i32::from(year);
            let (a, b, c) = (y % 19, y / 100, y % 100);
            let (d, e) = (b / 4, b % 4);
            let g = (8 * b + 13) / 25;
            let h = (19 * a + b - d - g + 15) % 30;
            let (i, k) = (c / 4, c % 4);
            let l = (32 + 2 * e + 2 * i - h - k) % 7;
            let m = (a + 11 * h + 19 * l) / 433;
            let month = (h + l - 7 * m + 90) / 25;
            let day = (h + l - 7 * m + 33 * month + 19) % 32;
            let easter = Date::new(year, month as i8, day as i8).ok()?;
            let from_easter: i32 = match name.as_str() {
                "good friday" => -2,
                "palm sunday" => -7,
                "ash wednesday" => -46,
                "easter monday" => 1,
                _ => 0,
            };
            easter.checked_add(from_easter.days()).ok()?
        }
        _ => return None,
    })
}

pub(super) fn holiday(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let (ty, value, anchor) = holiday_day(c, ctx)?;
    // "Easter week", "the Thanksgiving weekend": the ISO week, or its
    // weekend, that holds the holiday.
    let Some(week) = c.get(4) else {
        return Some((ty, value, anchor));
    };
    let d: Date = value.parse().ok()?;
    let value = if week.as_str().trim().eq_ignore_ascii_case("weekend") {
        format!("{}-WE", fmt_week(d))
    } else {
        fmt_week(d)
    };
    Some((ty, value, anchor))
}

/// The day of a holiday: in the year written after it, else the nearest
/// one to the article date, leaning to the past unless the sentence
/// speaks of the future.
fn holiday_day(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let name = c.get(2)?.as_str();
    if let Some(y) = int(c, 3) {
        let d = holiday_date(name, i16::try_from(y).ok()?)?;
        return Some((DateType::Date, fmt_date(d), Anchor::None));
    }
    let dct = ctx.dct?;
    let y = dct.year();
    let candidates = [y - 1, y, y + 1].map(|year| holiday_date(name, year));
    let modifier = c.get(1).map(|m| m.as_str().to_lowercase());
    let pick = match modifier.as_deref() {
        Some("last") => candidates
            .iter()
            .flatten()
            .filter(|d| **d < dct)
            .max()
            .copied(),
        Some("next") => candidates
            .iter()
            .flatten()
            .filter(|d| **d > dct)
            .min()
            .copied(),
        _ => {
            // "On Christmas Eve he left", written a week before it: a
            // past-tense verb rules out the holiday still to come, as it
            // does for a month's day (unless the date is a limit,
            // "extended the deadline to Christmas Eve"). A holiday's week
            // or weekend may have begun before the day itself ("as Easter
            // week began").
            let tense = deadline_tense(ctx);
            let slack = if c.get(4).is_some() { 7 } else { 0 };
            candidates
                .iter()
                .flatten()
                .filter_map(|d| {
                    let days = i64::from(d.since(dct).ok()?.get_days());
                    let cost = match tense {
                        Tense::Past if days > slack => return None,
                        Tense::Future => days.abs(),
                        _ if days > 0 => days * 3,
                        _ => days.abs(),
                    };
                    Some((cost, *d))
                })
                .min_by_key(|(cost, _)| *cost)
                .map(|(_, d)| d)
        }
    }?;
    Some((DateType::Date, fmt_date(pick), Anchor::Article))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn holidays() {
        let v = values(
            "over Thanksgiving and at Easter 2024; last Christmas",
            "1999-12-01",
        );
        assert_eq!(
            v,
            [
                pair("Thanksgiving", "1999-11-25"),
                pair("Easter 2024", "2024-03-31"),
                pair("last Christmas", "1998-12-25")
            ]
        );
    }

    /// 2025-12-17 is a Wednesday, a week before Christmas Eve.
    #[test]
    fn a_past_verb_sends_a_holiday_to_the_past() {
        let v = values(
            "On Christmas Eve he left. Shops will open on Boxing Day. New Year's Day was quiet.",
            "2025-12-17",
        );
        assert_eq!(
            v,
            [
                pair("Christmas Eve", "2024-12-24"),
                pair("Boxing Day", "2025-12-26"),
                pair("New Year's Day", "2025-01-01"),
            ]
        );
    }

    #[test]
    fn holidays_of_several_countries_and_churches() {
        let v = values(
            "Black Friday and Cyber Monday sales rose. Juneteenth, Bastille Day, \
             Anzac Day, Remembrance Sunday, Martin Luther King Jr. Day, Presidents' Day, \
             St. Patrick's Day, Ash Wednesday and New Year’s Eve.",
            "2025-12-17",
        );
        assert_eq!(
            v,
            [
                pair("Black Friday", "2025-11-28"),
                pair("Cyber Monday", "2025-12-01"),
                pair("Juneteenth", "2025-06-19"),
                pair("Bastille Day", "2025-07-14"),
                pair("Anzac Day", "2025-04-25"),
                pair("Remembrance Sunday", "2025-11-09"),
                pair("Martin Luther King Jr. Day", "2026-01-19"),
                pair("Presidents' Day", "2026-02-16"),
                pair("St. Patrick's Day", "2026-03-17"),
                pair("Ash Wednesday", "2026-02-18"),
                pair("New Year’s Eve", "2025-12-31"),
            ]
        );
    }

    /// Every holiday of two words or more is found, each alone in its
    /// text: their trigger is a pair of neighbouring words, and
    /// `find_dates` checks in tests that no match lacks its trigger. A
    /// name alone ("Canada") triggers none.
    #[test]
    fn holidays_of_two_words_trigger_by_their_pair() {
        for holiday in [
            "Good Friday",
            "Palm Sunday",
            "Easter Monday",
            "Christmas Day",
            "Thanksgiving Day",
            "Independence Day",
            "Labor Day",
            "Memorial Day",
            "Election Day",
            "Valentine\u{2019}s Day",
            "Valentine's Day",
            "Halloween",
            "Veterans Day",
            "Veterans' Day",
            "Columbus Day",
            "Canada Day",
            "Australia Day",
            "Armistice Day",
            "Remembrance Day",
            "Guy Fawkes Night",
            "Bonfire Night",
            "May Day",
            "Saint Patrick's Day",
            "Presidents Day",
            "New Year's Day",
            "Martin Luther King Day",
        ] {
            let found = values(&format!("It was {holiday} again."), "2025-12-17");
            assert_eq!(found.len(), 1, "{holiday}: {found:?}");
            assert_eq!(found[0].0, holiday);
        }
        assert!(values("Canada beat Australia; Good and King said", "2025-12-17").is_empty());
    }

    #[test]
    fn the_week_of_a_holiday() {
        let v = values(
            "During Easter week and the Thanksgiving weekend.",
            "2000-04-17",
        );
        assert_eq!(
            v,
            [
                pair("Easter week", "2000-W16"),
                pair("Thanksgiving weekend", "1999-W47-WE")
            ]
        );
    }
}
