//! Ranges: both ends of "2019-2020", "the 2022-23 season", "3-4 March",
//! and the order of a range's ends ("from Monday to Friday": the second
//! lies after the first).

use super::*;

/// "3-4 March", "25 and 26 March 2019": the first day of a range written
/// day first, in the year given after the month, else as "3 March" is.
pub(super) fn day_range_start(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let m = month_number(c.get(2)?.as_str())?;
    let day = int(c, 1)?;
    match int(c, 3) {
        Some(y) => Some((
            DateType::Date,
            fmt_date(ymd(y, m.into(), day)?),
            Anchor::None,
        )),
        None => month_day_value(m, day, ctx),
    }
}

/// "2019-2020", "1990/1991": the second year of a range, which the plain
/// year rule skips after a hyphen ("1990-91" stays one year).
pub(super) fn year_range_end(
    c: &Captures<'_>,
    _: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let (first, last) = (int(c, 1)?, int(c, 2)?);
    if last <= first || last - first > 100 {
        return None;
    }
    Some((DateType::Date, format!("{last:04}"), Anchor::None))
}

/// "the 2022-23 season", "fiscal 1999/00", "the 2019-21 drought": the
/// second year of a range written with its last two digits. It is the year
/// after the first, or a later year of the same century whose two digits
/// cannot be a month ("2019-21"; "2019-11" is November 2019), after a
/// dash only ("No 1663/96" is a regulation's number). "2011-12" with more
/// after it is a day, "2025-12" a month.
pub(super) fn clipped_year_range_end(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let first = int(c, 1)?;
    let last: i64 = c.name("span")?.as_str().parse().ok()?;
    if ctx.after().starts_with(['-', '/', '–']) {
        return None;
    }
    let year = if last == (first + 1) % 100 {
        first + 1
    } else if last > 12 && last > first % 100 && !c.get(0)?.as_str().contains('/') {
        first - first % 100 + last
    } else {
        return None;
    };
    Some((DateType::Date, format!("{year:04}"), Anchor::None))
}

/// "from Monday to Friday", "Dec. 28 to Jan. 3", "from November through
/// February": a range's second end, resolved alone against the article
/// date, may fall before its first, or a year after it ("rose from
/// January to March", written in December: the first end went to the
/// past, the second alone to the coming March). It is the next such
/// weekday, day or month after the first end, which it is then anchored
/// on. Ends written out in full keep their values.
pub(super) fn order_range_ends(body: &str, from: usize, dates: &mut [FoundDate]) {
    for i in 1..dates.len() {
        let (head, tail) = dates.split_at_mut(i);
        let (a, b) = (&head[i - 1], &mut tail[0]);
        let gap = body[a.end - from..b.start - from].trim();
        let joins = ["to", "through", "thru", "until", "till", "-", "–"]
            .iter()
            .any(|w| gap.eq_ignore_ascii_case(w));
        let shape = |v: &str| v.bytes().map(|c| c.is_ascii_digit()).collect::<Vec<_>>();
        if !joins
            || a.ty != DateType::Date
            || b.ty != DateType::Date
            || b.anchor != Anchor::Article
            || shape(&a.value) != shape(&b.value)
        {
            continue;
        }
        let text = &body[b.start - from..b.end - from];
        let next = match b.value.len() {
            // A day: a weekday moves by weeks, a day of a month by years.
            10 => {
                let (Ok(first), Ok(mut end)) = (a.value.parse::<Date>(), b.value.parse::<Date>())
                else {
                    continue;
                };
                let step = if weekday_number(text).is_some() {
                    7.days()
                } else {
                    12.months()
                };
                while end <= first {
                    let Ok(later) = end.checked_add(step) else {
                        break;
                    };
                    end = later;
                }
                // Pulled back only after an end of its own kind: "from
                // Sept. 14 to Thursday" means the Thursday nearest the
                // article, not the one after Sept. 14.
                let first_text = &body[a.start - from..a.end - from];
                let same_kind =
                    weekday_number(first_text).is_some() == weekday_number(text).is_some();
                while let (true, Ok(earlier)) = (same_kind, end.checked_sub(step)) {
                    if earlier <= first {
                        break;
                    }
                    end = earlier;
                }
                end.to_string()
            }
            // A month: the first such month after the first end.
            7 if b.value.as_bytes()[4] == b'-' => {
                let (Ok(first_year), Ok(month)) =
                    (a.value[..4].parse::<i64>(), b.value[5..].parse::<i64>())
                else {
                    continue;
                };
                let first_month = a.value[5..].parse::<i64>().unwrap_or(13);
                let year = if month > first_month {
                    first_year
                } else {
                    first_year + 1
                };
                fmt_year_month(year, month)
            }
            _ => continue,
        };
        if next > a.value && next != b.value {
            b.value = next;
            b.anchor = Anchor::Mention(i - 1);
        }
    }
}

/// "January-July", "April-July 1996": the first month of a span of
/// months, in the year written after the last, else as the last month's
/// tense puts it; the last month is the month rules' own.
pub(super) fn month_range_start(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let first = month_number(c.name("span")?.as_str())?;
    // Group 1 is the span itself.
    let last = month_number(c.get(2)?.as_str())?;
    if last <= first {
        return None;
    }
    if let Some(y) = int(c, 3) {
        return Some((DateType::Date, format!("{y:04}-{first:02}"), Anchor::None));
    }
    let dct = ctx.dct?;
    let y = nearest_year(dct, last, 15, tense(ctx), 16);
    Some((
        DateType::Date,
        format!("{y:04}-{first:02}"),
        Anchor::Article,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    /// "the 2022-23 season": the clipped second year is the year after the
    /// first; a year and month or a day is not a range.
    #[test]
    fn a_clipped_year_range_names_both_years() {
        let v = values(
            "The 2022-23 season ended; fiscal 1999/00 was worse.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("2022", "2022"),
                pair("23", "2023"),
                pair("fiscal 1999", "1999"),
                pair("00", "2000"),
            ]
        );
        let v = values(
            "The 2019–21 drought; the 2015-18 plan; in 1890 – 91.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("2019", "2019"),
                pair("21", "2021"),
                pair("2015", "2015"),
                pair("18", "2018"),
                pair("1890", "1890"),
                pair("91", "1891"),
            ]
        );
        // Two digits that could be a month, or an earlier year, are no
        // range; nor a number after a slash (a regulation's "No 1663/96").
        let v = values("In 2019-11, 2019-05, 2019-17 by No 1663/96.", "2025-12-22");
        assert!(
            v.iter()
                .all(|(_, value)| !["2011", "2005", "2017", "1696"].contains(&value.as_str())),
            "{v:?}"
        );
        let v = values("It was filed on 2011-12-05 and in 2025-12.", "2025-12-22");
        assert!(
            v.iter()
                .all(|(_, value)| value != "2012" && value != "2026"),
            "{v:?}"
        );
    }

    /// A range's second end comes after its first.
    #[test]
    fn a_range_ends_after_it_starts() {
        // 2025-12-22 is a Monday.
        let v = values("Roads close from Monday through Friday.", "2025-12-22");
        assert_eq!(
            v,
            [pair("Monday", "2025-12-22"), pair("Friday", "2025-12-26")]
        );
        let v = values("The sale runs from November to February.", "2025-12-22");
        assert_eq!(
            v,
            [pair("November", "2025-11"), pair("February", "2026-02")]
        );
        // The second end follows the first, also when alone it would
        // lie a year on; a weekday after a date stays nearest the article.
        let v = values("Prices rose from January to March.", "2025-12-22");
        assert_eq!(v, [pair("January", "2025-01"), pair("March", "2025-03")]);
        let v = values("Shares bought from Sept. 14 to Thursday.", "2025-12-22");
        assert_eq!(
            v,
            [
                pair("Sept. 14", "2025-09-14"),
                pair("Thursday", "2025-12-18")
            ]
        );
        // Ends written in full keep their values, however odd.
        let v = values("It ran from March 2024 to February 2023.", "2025-12-22");
        assert_eq!(
            v,
            [
                pair("March 2024", "2024-03"),
                pair("February 2023", "2023-02")
            ]
        );
    }

    /// "April-July 1996": both months, the first in the year written after
    /// the last.
    #[test]
    fn a_span_of_months_names_both() {
        let v = values(
            "Imports for April-July 1996 fell; the July-August games ended.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("April", "1996-04"),
                pair("July 1996", "1996-07"),
                pair("July", "2025-07"),
                pair("August", "2025-08"),
            ]
        );
    }
}
