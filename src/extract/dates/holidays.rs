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
    let name = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    Some(match name.as_str() {
        "christmas eve" => Date::new(year, 12, 24).ok()?,
        "christmas" | "christmas day" => Date::new(year, 12, 25).ok()?,
        "boxing day" => Date::new(year, 12, 26).ok()?,
        "new year's eve" => Date::new(year, 12, 31).ok()?,
        "new year's day" => Date::new(year, 1, 1).ok()?,
        "valentine's day" => Date::new(year, 2, 14).ok()?,
        "independence day" => Date::new(year, 7, 4).ok()?,
        "halloween" => Date::new(year, 10, 31).ok()?,
        "thanksgiving" | "thanksgiving day" => nth_weekday(11, Weekday::Thursday, 4)?,
        "labor day" => nth_weekday(9, Weekday::Monday, 1)?,
        "memorial day" => nth_weekday(5, Weekday::Monday, -1)?,
        // The Tuesday after the first Monday in November.
        "election day" => nth_weekday(11, Weekday::Monday, 1)?
            .checked_add(1.day())
            .ok()?,
        "easter" | "easter sunday" | "good friday" => {
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
            if name == "good friday" {
                easter.checked_sub(2.days()).ok()?
            } else {
                easter
            }
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
            let future = future_context(ctx);
            candidates
                .iter()
                .flatten()
                .min_by_key(|d| {
                    let days = i64::from(d.since(dct).map_or(i32::MAX, |s| s.get_days()));
                    if days > 0 && !future {
                        days * 3
                    } else {
                        days.abs()
                    }
                })
                .copied()
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
