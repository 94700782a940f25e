//! Eras: centuries ("the 20th century", "19th-century") and decades ("the
//! 1990s", "the '80s", "the nineties"). TimeML writes a century by its
//! first two digits and a decade by its first three.

use super::*;

/// "the 20th century" → "19": TimeML names a century by its first two
/// digits.
pub(super) fn century(c: &Captures<'_>, _: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    const ORDINALS: [&str; 21] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "twenty-first",
    ];
    let word = c.get(1)?.as_str().to_lowercase();
    let digits = word.trim_end_matches(|ch: char| ch.is_ascii_alphabetic());
    let n: i64 = match digits.parse() {
        Ok(n) => n,
        Err(_) => ORDINALS.iter().position(|o| *o == word)? as i64 + 1,
    };
    if !(1..=30).contains(&n) {
        return None;
    }
    Some((DateType::Date, format!("{:02}", n - 1), Anchor::None))
}

/// "the 1990s", "the 1520s": a decade; "the 1600s", "the 1800s", a whole
/// century ("the 1900s" and "the 2000s" stay decades, as news means
/// them). "the '80s", "the '60's", its century left out, is the latest
/// such decade that has begun by the article's date.
pub(super) fn decade(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    if let Some(full) = c.get(2) {
        let tens = full.as_str();
        let value = match tens.strip_suffix('0') {
            Some(hundreds) if tens < "190" => hundreds,
            _ => tens,
        };
        return Some((DateType::Date, value.to_string(), Anchor::None));
    }
    let tens: i64 = c.get(3)?.as_str().parse().ok()?;
    Some((
        DateType::Date,
        format!("{}{tens}", century_of(tens, ctx)),
        Anchor::Article,
    ))
}

/// The century of a decade named without one ("the nineties", "the
/// '20s"): the article's, unless that decade has not yet begun.
fn century_of(tens: i64, ctx: &Context<'_>) -> i64 {
    let century = ctx.dct.map_or(19, |d| i64::from(d.year()) / 100);
    if century * 100 + tens * 10 > ctx.dct.map_or(9999, |d| d.year().into()) {
        century - 1
    } else {
        century
    }
}

pub(super) fn decade_word(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let tens = match c.get(1)?.as_str().to_lowercase().as_str() {
        "twenties" => 2,
        "thirties" => 3,
        "forties" => 4,
        "fifties" => 5,
        "sixties" => 6,
        "seventies" => 7,
        "eighties" => 8,
        _ => 9,
    };
    Some((
        DateType::Date,
        format!("{}{tens}", century_of(tens, ctx)),
        Anchor::Article,
    ))
}

/// "the class of '71", "since '08": a year with its century left out,
/// after a word that introduces a date; the century is the one that puts
/// it at most twenty years after the article. Not before a percent sign, a
/// letter or another digit group ("in '08-'09" is left to ranges).
pub(super) fn clipped_year(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    if ctx
        .after()
        .starts_with(|ch: char| ch == '%' || ch == '-' || ch.is_alphanumeric())
    {
        return None;
    }
    let y = quarters::full_year(int(c, 2)?, ctx);
    Some((DateType::Date, fmt_year(y), Anchor::Article))
}

/// "in 1492", "c. 1580": a year before 1600 is more often a number, so
/// the plain year rule (`calendar::year`) asks this first. Only after "in",
/// "circa" or "c.", and only before punctuation, a capitalised word or a
/// word that opens a clause ("in 1500 homes" is a count). Part of the plain
/// year rule rather than a rule of its own, whose pattern every article
/// with "in 2025" would compile (#17).
pub(super) fn is_early_year(ctx: &Context<'_>) -> bool {
    // Read from the body's bytes: the sentence splitter ends a sentence
    // at "c.", and a cue is compared byte by byte, whatever comes before.
    let before = ctx.before.raw_before().trim_ascii_end();
    let cued = [&b"in"[..], b"circa", b"c."].iter().any(|cue| {
        before.len() >= cue.len()
            && before[before.len() - cue.len()..].eq_ignore_ascii_case(cue)
            && !before[..before.len() - cue.len()]
                .last()
                .is_some_and(u8::is_ascii_alphanumeric)
    });
    if !cued {
        return false;
    }
    let next = ctx.after().split_whitespace().next().unwrap_or("");
    let closes = next.is_empty()
        || ctx.after().starts_with(|ch: char| ",.;:)–-".contains(ch))
        || next.starts_with(char::is_uppercase)
        || matches!(
            next,
            "and" | "when" | "the" | "to" | "he" | "she" | "it" | "they" | "a" | "as" | "after"
        );
    // "c. 1230 BC" is no year of the common era.
    let before_christ =
        next.trim_end_matches([',', '.', ')']).starts_with("BC") || next.starts_with("B.C");
    closes
        && !before_christ
        && !ctx
            .after()
            .starts_with(|ch: char| ch.is_ascii_digit() || ch == '%')
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    /// A decade without its century takes the latest one begun.
    #[test]
    fn decades_with_a_clipped_century() {
        let v = values(
            "Prices soared in the '80s and early '90s, as in the ’20s.",
            "1999-06-01",
        );
        assert_eq!(
            v,
            [
                pair("the '80s", "198"),
                pair("early '90s", "199"),
                pair("the ’20s", "192")
            ]
        );
        let v = values("Unlike the '20s, the '90s were calm.", "2024-06-01");
        assert_eq!(v, [pair("the '20s", "202"), pair("the '90s", "199")]);
    }

    #[test]
    fn centuries_in_words_digits_and_hyphens() {
        let v = values(
            "In the 20th century and the eleventh century.",
            "2001-03-10",
        );
        assert_eq!(
            v,
            [
                pair("the 20th century", "19"),
                pair("the eleventh century", "10")
            ]
        );
        let v = values(
            "A 19th-century house near a 17th-century church.",
            "2025-12-22",
        );
        assert_eq!(v, [pair("19th-century", "18"), pair("17th-century", "16")]);
    }

    /// A decade may be written with an apostrophe ("the 1600's", "the
    /// '60's"); the hundreds before 1900 are whole centuries.
    #[test]
    fn decades_of_any_century_and_centuries_as_hundreds() {
        let v = values(
            "In the 1520s and the 1600's, as in the 1800s, the 1990s and the '60's.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("the 1520s", "152"),
                pair("the 1600's", "16"),
                pair("the 1800s", "18"),
                pair("the 1990s", "199"),
                pair("the '60's", "196"),
            ]
        );
    }

    /// A year with its century left out, after a word that introduces a
    /// date, keeps its apostrophe in the span; a quoted full year does not.
    #[test]
    fn clipped_years_after_a_cue() {
        let v = values(
            "The class of '71 met; since ’08 rents rose; the '90s; he said '1999 was fine'.",
            "2019-06-01",
        );
        assert_eq!(
            v,
            [
                pair("'71", "1971"),
                pair("’08", "2008"),
                pair("the '90s", "199"),
                pair("1999", "1999"),
            ]
        );
        assert!(values("It rose by '12% in '08-'09.", "2019-06-01")
            .iter()
            .all(|(text, _)| text != "'12"));
    }

    /// Years before 1600 only after "in", "circa" or "c.", not as counts
    /// or before Christ.
    #[test]
    fn early_years_after_a_cue() {
        let v = values(
            "In 1492 Columbus sailed; it was built c. 1580, and in 1423, granted.",
            "2019-06-01",
        );
        assert_eq!(
            v,
            [
                pair("1492", "1492"),
                pair("1580", "1580"),
                pair("1423", "1423")
            ]
        );
        let v = values(
            "In 1500 homes power failed; a kingdom (c. 1230 BC); page 1225.",
            "2019-06-01",
        );
        assert!(v.is_empty(), "{v:?}");
    }
}
