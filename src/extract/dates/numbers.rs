//! Numbers and names: month and weekday names, counts in digits or words
//! ("twenty-four", "a couple of"), ordinals, years in words ("nineteen
//! ninety-six") and the unit codes of TIMEX3 durations.

use super::*;

pub(super) fn month_number(name: &str) -> Option<i8> {
    let key = match ascii_start(name) {
        Some(key) => key,
        // A short name is no month.
        None if name.is_ascii() => return None,
        None => {
            let key = name.chars().take(3).collect::<String>().to_lowercase();
            key.as_bytes().try_into().ok()?
        }
    };
    let n = match &key {
        b"jan" => 1,
        b"feb" => 2,
        b"mar" => 3,
        b"apr" => 4,
        b"may" => 5,
        b"jun" => 6,
        b"jul" => 7,
        b"aug" => 8,
        b"sep" => 9,
        b"oct" => 10,
        b"nov" => 11,
        b"dec" => 12,
        _ => return None,
    };
    Some(n)
}

/// The first three bytes of `name` lower-cased, when they are ASCII (as
/// nearly always): read off the bytes, where lower-casing the name into
/// a new string cost an allocation or two for each date (#17). `None`
/// for any other name, which the callers read as before.
fn ascii_start(name: &str) -> Option<[u8; 3]> {
    let start: [u8; 3] = name.as_bytes().get(..3)?.try_into().ok()?;
    start
        .is_ascii()
        .then(|| start.map(|c| c.to_ascii_lowercase()))
}

pub(super) fn is_month_abbrev(s: &str) -> bool {
    let last = s.rsplit(' ').next().unwrap_or(s);
    let name = last.trim_end_matches('.');
    last.ends_with('.')
        && name.len() <= 4
        && !matches!(name, "May" | "June" | "July")
        && month_number(name).is_some()
}

pub(super) fn weekday_number(name: &str) -> Option<Weekday> {
    let (start, lower);
    start = ascii_start(name);
    let key = match &start {
        Some(key) => key.as_slice(),
        None => {
            lower = name.to_lowercase();
            lower.as_bytes().get(..3)?
        }
    };
    Some(match key {
        b"mon" => Weekday::Monday,
        b"tue" => Weekday::Tuesday,
        b"wed" => Weekday::Wednesday,
        b"thu" => Weekday::Thursday,
        b"fri" => Weekday::Friday,
        b"sat" => Weekday::Saturday,
        b"sun" => Weekday::Sunday,
        _ => return None,
    })
}

pub(super) fn number_value(word: &str) -> Option<i64> {
    // Lower case, single spaces: most words are so already, and are read
    // as they stand, where the copies cost three allocations (#17).
    let w = if is_plain(word) {
        std::borrow::Cow::Borrowed(word)
    } else {
        let lower = word.to_lowercase();
        std::borrow::Cow::Owned(lower.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    let w = w.as_ref();
    if let Ok(n) = w.parse::<i64>() {
        return Some(n);
    }
    // "twenty-four", "twenty four"
    if let Some((tens, unit)) = w.split_once(['-', ' ']) {
        if let (Some(tens), Some(unit)) = (number_value(tens), number_value(unit)) {
            if tens >= 20 && tens % 10 == 0 && unit < 10 {
                return Some(tens + unit);
            }
        }
    }
    let n = match w {
        "a" | "an" | "one" => 1,
        "a couple of" | "couple of" => 2,
        "a dozen" => 12,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        _ => return None,
    };
    Some(n)
}

/// True when `word` reads the same lower-cased with its whitespace
/// collapsed to single spaces: ASCII without capitals or whitespace other
/// than single spaces between words.
fn is_plain(word: &str) -> bool {
    let b = word.as_bytes();
    b.iter()
        .all(|&c| c.is_ascii() && !c.is_ascii_uppercase() && !(b'\t'..=b'\r').contains(&c))
        && !word.starts_with(' ')
        && !word.ends_with(' ')
        && !word.contains("  ")
}

/// The value of a year written in words ("nineteen ninety-six" → 1996).
pub(super) fn spelled_year_value(words: &str) -> Option<i64> {
    let lower = words.to_lowercase().replace('-', " ");
    let mut parts = lower.split_whitespace().filter(|w| *w != "and");
    let head = parts.next()?;
    let rest: Vec<&str> = parts.collect();
    if head == "two" {
        // "two thousand [and] N"
        let n: i64 = rest[1..]
            .iter()
            .map(|w| number_value(w))
            .sum::<Option<i64>>()?;
        return Some(2000 + n);
    }
    let century = number_value(head)? * 100;
    let n: i64 = match rest.as_slice() {
        ["oh" | "o", unit] => number_value(unit)?,
        words => words.iter().map(|w| number_value(w)).sum::<Option<i64>>()?,
    };
    Some(century + n)
}

pub(super) fn ordinal(word: &str) -> Option<i64> {
    Some(match word.to_lowercase().as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

pub(super) fn int(caps: &Captures<'_>, i: usize) -> Option<i64> {
    caps.get(i)?.as_str().parse().ok()
}

/// A unit word as [`UNIT`](super::grammar::UNIT) matches it ("weeks",
/// "hrs", "fortnight"), read as a standard unit and how many of that unit
/// one of it makes: a fortnight is two weeks. `shift` and `period_value`
/// know only the standard units.
pub(super) fn canonical_unit(word: &str) -> Option<(&'static str, i64)> {
    Some(match word.trim_end_matches('s') {
        "second" => ("second", 1),
        "minute" | "min" => ("minute", 1),
        "hour" | "hr" => ("hour", 1),
        "day" => ("day", 1),
        "week" => ("week", 1),
        "fortnight" => ("week", 2),
        "month" => ("month", 1),
        "quarter" => ("quarter", 1),
        "year" | "yr" => ("year", 1),
        "decade" => ("decade", 1),
        "century" | "centurie" => ("century", 1),
        _ => return None,
    })
}

/// The TIMEX3 code of a unit word ("TH" for hours, "W" for weeks) and how
/// many of that unit one of the word makes (2 for a fortnight).
pub(super) fn unit_code(word: &str) -> Option<(&'static str, i64)> {
    let (unit, times) = canonical_unit(word)?;
    let code = match unit {
        "second" => "TS",
        "minute" => "TM",
        "hour" => "TH",
        "day" => "D",
        "week" => "W",
        "month" => "M",
        "quarter" => "Q",
        "year" => "Y",
        "decade" => "DE",
        _ => "CE",
    };
    Some((code, times))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn years_in_words() {
        let v = values(
            "Atlanta, nineteen ninety-six. January nineteen ninety-seven. \
             In the winter of nineteen oh five. By the year two thousand.",
            "1998-02-27",
        );
        assert_eq!(
            v,
            [
                pair("nineteen ninety-six", "1996"),
                pair("January nineteen ninety-seven", "1997-01"),
                pair("the winter of nineteen oh five", "1905-WI"),
                pair("the year two thousand", "2000"),
            ]
        );
        // Counts stay counts.
        assert!(values("He paid two thousand dollars.", "1998-02-27").is_empty());
        let v = values("Elected in two thousand and one.", "2005-01-01");
        assert_eq!(v, [pair("two thousand and one", "2001")]);
    }

    /// A plain word is its own normal form; any other is not.
    #[test]
    fn plain_words_need_no_copy() {
        use super::is_plain;
        for w in ["twenty four", "a dozen", "12", "", "x-y"] {
            assert!(is_plain(w), "{w:?}");
        }
        for w in [
            "Two",
            " a",
            "a ",
            "a  dozen",
            "a\tdozen",
            "a\x0bdozen",
            "café",
        ] {
            assert!(!is_plain(w), "{w:?}");
        }
        assert_eq!(number_value("A  Dozen"), Some(12));
        assert_eq!(number_value("twenty-four"), Some(24));
    }
}
