//! Productions for lengths of time and recurrences: durations ("three
//! years", "P2Y6M"), stretches of unknown length ("within weeks"), vague
//! references ("recently", "the coming weeks") and sets ("every Monday",
//! "annually").

use super::*;

pub(super) fn duration(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    if c.get(5)
        .is_some_and(|m| m.as_str().eq_ignore_ascii_case("old"))
    {
        return None;
    }
    // "a day after" is fine; "one of the days" is not a duration.
    let count = c.get(2)?.as_str();
    // "1.5 years": the digits after a decimal point are no count.
    if count.starts_with(|ch: char| ch.is_ascii_digit()) && ctx.follows_decimal_point() {
        return None;
    }
    // "Islam will one day be …": some day ahead, not a length of time.
    let prev_word = ctx.prev_word();
    let next_word = ctx.next_word();
    if count.eq_ignore_ascii_case("one")
        && c.get(4)
            .is_some_and(|u| u.as_str().eq_ignore_ascii_case("day"))
        && matches!(
            prev_word.as_str(),
            "will" | "would" | "could" | "might" | "may" | "he" | "she" | "they" | "we" | "it"
        )
        && !matches!(
            next_word.as_str(),
            "later" | "after" | "before" | "earlier" | "of" | "ago"
        )
    {
        return Some((DateType::Date, "FUTURE_REF".to_string(), Anchor::Article));
    }
    // "37 years old" is an age; "24 hours a day" a rate; "5 min read", a
    // web page's reading time.
    let next = ctx.after().trim_start();
    if next.starts_with("old")
        || next_word.as_str() == "read"
        || ["a day", "a week", "a month", "a year", "per "]
            .iter()
            .any(|r| next.starts_with(r))
    {
        return None;
    }
    // "$1.76 a year", "500 million a year", "700 seats a week": a rate,
    // not a length of time.
    let prev = ctx.prev_word();
    let counted = ctx
        .before()
        .split_whitespace()
        .rev()
        .take(2)
        .any(|w| w.contains(|ch: char| ch.is_ascii_digit()));
    // (No character outside ASCII lower-cases to "a" or "n": compared
    // without a lower-cased copy, #17.)
    if (count.eq_ignore_ascii_case("a") || count.eq_ignore_ascii_case("an"))
        && (counted
            || matches!(
                prev.as_str(),
                "million"
                    | "billion"
                    | "percent"
                    | "cents"
                    | "dollars"
                    | "times"
                    | "once"
                    | "twice"
            )
            || unit_code(&prev).is_some())
    {
        return None;
    }
    // "60 Minutes", "48 Hours": a capitalised unit after digits names a
    // programme or a title.
    if count.starts_with(|ch: char| ch.is_ascii_digit())
        && c.get(4)?.as_str().starts_with(char::is_uppercase)
    {
        return None;
    }
    let half = c.get(3).is_some() || c.get(6).is_some();
    let unit = Word::lower(c.get(4)?.as_str());
    // "half an hour", "half a century": half of one unit.
    if c.get(1).is_some() {
        return half_of(count, &unit);
    }
    if ctx.after().trim_start().starts_with("ago") {
        return None;
    }
    let (code, times) = unit_code(&unit)?;
    let n = number_value(count).map(|n| n * times);
    if n.is_none() && !unit.ends_with('s') || unit == "second" || n.is_some_and(|n| n >= 1000) {
        return None;
    }
    // "a quarter of the shares", "three quarters of voters" are fractions.
    if code == "Q" && (n == Some(1) || ctx.after().trim_start().starts_with("of ")) {
        return None;
    }
    // TimeML writes decades and centuries in years: P20Y, P100Y; "a
    // decade and a half" is fifteen years.
    let (n, code, half) = match (n, code) {
        (Some(n), "DE") => (Some(n * 10 + if half { 5 } else { 0 }), "Y", false),
        (Some(n), "CE") => (Some(n * 100 + if half { 50 } else { 0 }), "Y", false),
        (n, code) => (n, code, half),
    };
    // "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M.
    let half = match (half, code) {
        (true, "Y") => "6M",
        (true, "M") => "15D",
        (true, "D") => "T12H",
        (true, "TH") => "30M",
        (true, "TM") => "30S",
        _ => "",
    };
    // "P" or "PT", the amount, the unit, the half: pushed in turn, as the
    // formatting machinery cost more than the rest of the value (#17).
    let mut value = String::with_capacity(12);
    value.push('P');
    let unit = match code.strip_prefix('T') {
        Some(time) => {
            value.push('T');
            time
        }
        None => code,
    };
    match n {
        Some(n) => push_count(&mut value, n),
        None => value.push('X'),
    }
    value.push_str(unit);
    value.push_str(half);
    Some((DateType::Duration, value, Anchor::None))
}

/// "half an hour", "half a year": half of one unit, in the unit below.
fn half_of(count: &str, unit: &str) -> Option<(DateType, String, Anchor)> {
    if !(count.eq_ignore_ascii_case("a") || count.eq_ignore_ascii_case("an")) {
        return None;
    }
    let value = match unit_code(unit)?.0 {
        "CE" => "P50Y",
        "DE" => "P5Y",
        "Y" => "P6M",
        "M" => "P15D",
        "D" => "PT12H",
        "TH" => "PT30M",
        "TM" => "PT30S",
        _ => return None,
    };
    Some((DateType::Duration, value.to_string(), Anchor::None))
}

/// Pushes `n` in decimal, as `n.to_string()` writes it.
fn push_count(s: &mut String, n: i64) {
    match u32::try_from(n) {
        Ok(n) => {
            let digits = n.checked_ilog10().unwrap_or(0);
            for place in (0..=digits).rev() {
                s.push(char::from(b'0' + (n / 10u32.pow(place) % 10) as u8));
            }
        }
        Err(_) => s.push_str(&n.to_string()),
    }
}

/// "between 12 and 18 months", "two to three weeks": the first half of a
/// range of lengths, in the unit the second half names (the second is an
/// ordinary duration).
pub(super) fn range_start_duration(
    c: &Captures<'_>,
    _: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let (code, times) = unit_code(&c.get(2)?.as_str().to_lowercase())?;
    let n = number_value(c.name("span")?.as_str())? * times;
    let (n, code) = match code {
        "DE" => (n * 10, "Y"),
        "CE" => (n * 100, "Y"),
        code => (n, code),
    };
    let value = match code.strip_prefix('T') {
        Some(time) => format!("PT{n}{time}"),
        None => format!("P{n}{code}"),
    };
    Some((DateType::Duration, value, Anchor::None))
}

/// "for years", "for hours": a stretch of unknown length (PXY, PTXH),
/// unless what follows makes the noun something else ("for years of
/// service", "for years to come" stays a stretch).
pub(super) fn for_a_stretch(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    if matches!(
        ctx.next_word().as_str(),
        "of" | "old" | "ago" | "before" | "after" | "later" | "earlier" | "in"
    ) {
        return None;
    }
    unknown_length(c.get(2)?.as_str())
}

/// "decades later", "months earlier" with no count: an unknown stretch
/// from another event (PXDE, PXM), never resolved against a date. The
/// span leaves out "later" and "earlier", signals in TimeML.
pub(super) fn stretch_later(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let prev = ctx.prev_word();
    let counted = prev.starts_with(|ch: char| ch.is_ascii_digit()) || number_value(&prev).is_some();
    if counted || matches!(prev.as_str(), "few" | "several" | "many" | "some" | "the") {
        return None;
    }
    unknown_length(c.get(2)?.as_str())
}

/// The TIMEX3 value of a length of time in `unit`s of unknown number.
fn unknown_length(unit: &str) -> Option<(DateType, String, Anchor)> {
    let (code, _) = unit_code(&unit.to_lowercase())?;
    let value = match code.strip_prefix('T') {
        Some(time) => format!("PTX{time}"),
        None => format!("PX{code}"),
    };
    Some((DateType::Duration, value, Anchor::None))
}

/// "within weeks", "over the years", "in the weeks ahead", "for the
/// first time in years": a stretch of unknown length (PXW, PXY).
pub(super) fn unknown_stretch(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let span = c.name("span")?.as_str().to_lowercase();
    let bare = !span.starts_with("the");
    let whole = c.get(0)?.as_str().to_lowercase();
    // "in weeks" and "in years" alone are too loose ("in years of
    // service"); "over years" rarely temporal. Bare forms need "within"
    // or "first time in"; "the" forms need "over"/"in" and either "the
    // years" or "ahead".
    let trusted = if bare {
        whole.starts_with("within") || whole.starts_with("first")
    } else {
        span.ends_with("ahead") || span.starts_with("the years")
    };
    let next = ctx.next_word();
    if !trusted
        || matches!(
            next.as_str(),
            "old" | "ago" | "before" | "after" | "later" | "earlier"
        )
    {
        return None;
    }
    let (code, _) = unit_code(c.get(2)?.as_str())?;
    let code = if code == "DE" { "Y" } else { code };
    Some((DateType::Duration, format!("PX{code}"), Anchor::None))
}

pub(super) fn vague(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let w = c.get(1)?.as_str().to_lowercase();
    // "Now, he says, …": a discourse marker opening the sentence, not a
    // reference to the present.
    if w == "now" && ctx.before().trim().is_empty() && ctx.after().starts_with(',') {
        return None;
    }
    // "current" is the present ("the current system"), except in
    // economics and physics: "current account", "electric current".
    if w == "current"
        && (matches!(
            ctx.next_word().trim_matches(|c: char| !c.is_alphanumeric()),
            "account" | "accounts" | "affairs" | ""
        ) || matches!(
            ctx.prev_word().as_str(),
            "electric" | "alternating" | "direct" | "ocean" | "strong"
        ))
    {
        return None;
    }
    let value = if w.starts_with("recent")
        || w == "the past"
        || w.starts_with("past ")
        || w.starts_with("former")
    {
        "PAST_REF"
    } else if w.contains("coming")
        || w.contains("future")
        || w.contains("later")
        || w.contains("term")
        || w.starts_with("next")
    {
        "FUTURE_REF"
    } else {
        "PRESENT_REF"
    };
    if w.starts_with("former") {
        return None;
    }
    Some((DateType::Date, value.to_string(), Anchor::Article))
}

pub(super) fn every(c: &Captures<'_>, _: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let unit = c.get(1)?.as_str();
    let value = match unit.to_lowercase().as_str() {
        "hour" => "PT1H".to_string(),
        "day" => "P1D".to_string(),
        "week" => "P1W".to_string(),
        "month" => "P1M".to_string(),
        "quarter" => "P1Q".to_string(),
        "year" => "P1Y".to_string(),
        "morning" => "XXXX-XX-XXTMO".to_string(),
        "afternoon" => "XXXX-XX-XXTAF".to_string(),
        "evening" => "XXXX-XX-XXTEV".to_string(),
        "night" => "XXXX-XX-XXTNI".to_string(),
        _ if month_number(unit).is_some() && weekday_number(unit).is_none() => {
            format!("XXXX-{:02}", month_number(unit)?)
        }
        _ => format!("XXXX-WXX-{}", weekday_number(unit)?.to_monday_one_offset()),
    };
    Some((DateType::Set, value, Anchor::None))
}

pub(super) fn frequency(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let word = c.get(1)?.as_str();
    // "the quarterly dividend" names a kind of report, not a recurrence.
    if word == "quarterly" && ctx.after().trim_start().starts_with(char::is_lowercase) {
        return None;
    }
    let value = match word.to_lowercase().as_str() {
        "hourly" => "PT1H",
        "daily" => "P1D",
        "weekly" => "P1W",
        "quarterly" => "P3M",
        "monthly" => "P1M",
        _ => "P1Y",
    };
    Some((DateType::Set, value.to_string(), Anchor::None))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn counts_are_pushed_as_to_string_writes_them() {
        for n in [
            -7,
            0,
            1,
            9,
            10,
            99,
            100,
            1000,
            123_456,
            i64::from(u32::MAX),
            1 << 40,
        ] {
            let mut s = String::new();
            super::push_count(&mut s, n);
            assert_eq!(s, n.to_string());
        }
    }

    #[test]
    fn durations_with_compound_and_colloquial_counts() {
        let v = values(
            "In the last twenty four hours, a minute and a half, a couple of years, \
             20 more years, eight trading days, an additional year.",
            "2000-02-24",
        );
        let got: Vec<&str> = v.iter().map(|(_, value)| value.as_str()).collect();
        assert_eq!(got, ["PT24H", "PT1M30S", "P2Y", "P20Y", "P8D", "P1Y"]);
        let v = values(
            "In coming quarters, unlike past years, at a later date.",
            "1989-10-30",
        );
        assert_eq!(
            v,
            [
                pair("coming quarters", "FUTURE_REF"),
                pair("past years", "PAST_REF"),
                pair("a later date", "FUTURE_REF"),
            ]
        );
        let v = values(
            "Under current rules the current-account deficit and electric current stay.",
            "1989-10-30",
        );
        assert_eq!(v, [pair("current", "PRESENT_REF")]);
        let v = values(
            "Islam will one day be the largest. It lasted one day.",
            "1998-03-03",
        );
        assert_eq!(v, [pair("one day", "FUTURE_REF"), pair("one day", "P1D")]);
    }

    #[test]
    fn fortnights_and_abbreviated_units() {
        let v = values(
            "The ceasefire was agreed a fortnight ago. Over the past fortnight, talks \
             stalled. Repairs take two fortnights. The climb is a 3 hr walk; the \
             descent took 45 mins. He served 10 yrs in prison.",
            "2025-12-17",
        );
        assert_eq!(
            v,
            [
                pair("a fortnight ago", "2025-W49"),
                pair("the past fortnight", "P2W"),
                pair("two fortnights", "P4W"),
                pair("3 hr", "PT3H"),
                pair("45 mins", "PT45M"),
                pair("10 yrs", "P10Y"),
            ]
        );
        // The short units stay whole words: "two ministers" is no duration.
        assert!(values(
            "Two ministers and three administrators resigned.",
            "2025-12-17"
        )
        .is_empty());
    }

    /// Half of one unit, and half of a decade or century, in years.
    #[test]
    fn halves_of_units() {
        let dct = "2025-12-22";
        let v = values(
            "He waited half an hour; it took half a day; a decade and a half passed; \
             half a century.",
            dct,
        );
        assert_eq!(
            v,
            [
                pair("half an hour", "PT30M"),
                pair("half a day", "PT12H"),
                pair("a decade and a half", "P15Y"),
                pair("half a century", "P50Y"),
            ]
        );
    }

    #[test]
    fn ages_rates_and_programmes_are_not_dates() {
        let dct = "1990-08-13";
        assert!(values("Howes, 37 years old, was kidnapped.", dct).is_empty());
        assert!(values("It saves $500 million a year in costs.", dct).is_empty());
        assert!(values("Baker, speaking on ABC News' \"This Week,\" said so.", dct).is_empty());
        assert!(values("He appeared on 60 Minutes.", dct).is_empty());
        // The digits after a decimal point are no count.
        let v = values(
            "It took 1.5 years; he ran 10.97 seconds, 12.5 years ago.",
            dct,
        );
        assert!(v.is_empty(), "{v:?}");
        // A web page's reading time.
        assert!(values("5 min read. A 10-minute read.", dct).is_empty());
        let v = values("He stayed a year. This week he left.", dct);
        assert_eq!(v, [pair("a year", "P1Y"), pair("This week", "1990-W33")]);
    }

    #[test]
    fn ranges_rates_and_figures_of_speech() {
        let v = values("The summit on April 24 and 25 was cut short.", "1999-02-10");
        assert_eq!(
            v,
            [pair("April 24", "1999-04-24"), pair("25", "1999-04-25")]
        );
        assert!(values("Guards stand 24 hours a day, twice a week.", "1999-02-10").is_empty());
        // "the day before returning" is no date; "Later in the day" is.
        let v = values("Later in the day before returning home.", "1999-02-10");
        assert_eq!(v, [pair("Later in the day", "1999-02-10")]);
        assert!(values("This adds 700 seats a week.", "1999-02-10").is_empty());
        // Bare plurals after "within", "over the", "first time in".
        let v = values(
            "Troops go within weeks or months. Over the years it grew; in the weeks \
             ahead it rises for the first time in years. In years of service.",
            "1989-10-26",
        );
        assert_eq!(
            v,
            [
                pair("weeks or months", "PXW"),
                pair("the years", "PXY"),
                pair("the weeks ahead", "PXW"),
                pair("years", "PXY"),
            ]
        );
        // A vague count measures an unknown stretch and anchors nothing.
        let v = values(
            "On Oct. 3 he left. A few days later he returned; two days later he spoke.",
            "1989-10-26",
        );
        assert_eq!(
            v,
            [
                pair("Oct. 3", "1989-10-03"),
                pair("A few days", "PXD"),
                pair("two days", "1989-10-05"),
            ]
        );
        assert!(values("For Poland, high noon comes.", "1999-02-10").is_empty());
        // "the March accession" is the month; "the March of Dimes" is not.
        let v = values("The March accession follows post-1959 rules.", "1999-02-10");
        assert_eq!(v, [pair("March", "1999-03"), pair("post-1959", "1959")]);
        assert!(values("He gave to the March of Dimes.", "1999-02-10").is_empty());
    }

    #[test]
    fn vague_references_and_durations() {
        let v = values("in recent years, for three years, now", "2025-12-22");
        assert_eq!(
            v,
            [
                pair("recent years", "PAST_REF"),
                pair("three years", "P3Y"),
                pair("now", "PRESENT_REF")
            ]
        );
        let v = values("two days ago", "2024-03-01");
        assert_eq!(v, [pair("two days ago", "2024-02-28")]);
    }

    #[test]
    fn weekends_decades_and_sets() {
        // 2024-02-29 (leap day) is a Thursday.
        let v = values("over the weekend, in the nineties, each July", "2024-02-29");
        assert_eq!(
            v,
            [
                pair("the weekend", "2024-W09-WE"),
                pair("the nineties", "199"),
                pair("each July", "XXXX-07")
            ]
        );
        let v = values(
            "The board meets every quarter, checks the pumps every hour and walks \
             the dog every evening.",
            "2024-02-29",
        );
        assert_eq!(
            v,
            [
                pair("every quarter", "P1Q"),
                pair("every hour", "PT1H"),
                pair("every evening", "XXXX-XX-XXTEV")
            ]
        );
        let v = values("a year ago, two decades", "2024-02-29");
        assert_eq!(v, [pair("a year ago", "2023"), pair("two decades", "P20Y")]);
        let v = values("for 2 1/2 years, the past decade", "2024-02-29");
        assert_eq!(
            v,
            [
                pair("2 1/2 years", "P2Y6M"),
                pair("the past decade", "P10Y")
            ]
        );
        // Plural weekdays recur.
        let v = values("Flights leave on Tuesday nights and Sundays.", "2024-02-29");
        assert_eq!(
            v,
            [
                pair("Tuesday nights", "XXXX-WXX-2TNI"),
                pair("Sundays", "XXXX-WXX-7")
            ]
        );
    }

    /// Issue 14: both halves of a range, and stretches of unknown length.
    #[test]
    fn ranges_and_unknown_stretches() {
        let v = values(
            "The 2019-2020 season was cancelled. Contracts run between 12 and 18 months. \
             He served for years, and decades later returned.",
            "2024-05-01",
        );
        assert_eq!(
            v,
            [
                pair("2019", "2019"),
                pair("2020", "2020"),
                pair("12", "P12M"),
                pair("18 months", "P18M"),
                pair("years", "PXY"),
                pair("decades", "PXDE"),
            ]
        );
        let v = values("It takes two to three weeks.", "2024-05-01");
        assert_eq!(v, [pair("two", "P2W"), pair("three weeks", "P3W")]);
        // Counted stretches keep their count (a length: "later" is a signal and
        // no day is in play); "for years of" is a noun.
        let v = values(
            "Two weeks later he wrote, after years of service.",
            "2024-05-01",
        );
        assert_eq!(v, [pair("Two weeks", "P2W")]);
        assert!(values("He was thanked for years of service.", "2024-05-01").is_empty());
    }
}
