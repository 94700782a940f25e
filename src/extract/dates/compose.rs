//! Composition: how the matches of different rules combine. Every rule
//! runs over the whole text, so one expression is often matched several
//! times ("March 3, 2024", "March 3", "2024"); the longest match wins and
//! whatever overlaps it is dropped. Then neighbouring parts join into one
//! expression: a part and its period ("the first quarter" + "of last
//! year"), and a modifier and what it modifies ("the end of" + "this
//! year", with the TIMEX3 `mod` END).

use super::*;

/// A rule's match before its value is worked out.
pub(super) struct Candidate<'h> {
    pub(super) rule: usize,
    /// The date's span in the body: the match or its `span` group,
    /// trimmed.
    pub(super) start: usize,
    pub(super) end: usize,
    /// The whole match.
    pub(super) whole: std::ops::Range<usize>,
    /// Its groups, when they were needed to find the span.
    pub(super) caps: Option<Captures<'h>>,
}

/// True when `text` holds a blank line, unless right after a period: a
/// sentence splitter may have broken "Sept. 24" after the abbreviation's
/// period.
fn crosses_paragraph(text: &str) -> bool {
    paragraph_ends(text).any(|end| !text[..end].trim_end().ends_with('.'))
}

impl<'h> Candidate<'h> {
    /// The match of rule `rule` whose date is `span`, trimmed; `None`
    /// when nothing is left.
    pub(super) fn new(
        body: &str,
        rule: usize,
        span: std::ops::Range<usize>,
        caps: Option<Captures<'h>>,
    ) -> Option<Candidate<'h>> {
        let whole = match &caps {
            Some(caps) => {
                let m = caps.get(0).expect("whole match");
                m.start()..m.end()
            }
            None => span.clone(),
        };
        // Rules may consume one guard character at either end; the span
        // is the meaningful groups, trimmed.
        let (start, end) = trim_span(body, span.start, span.end);
        // A date does not run over a blank line: "4\n\nApril 1996" in a
        // table is a number above a heading.
        (start < end && !crosses_paragraph(&body[start..end])).then_some(Candidate {
            rule,
            start,
            end,
            whole,
            caps,
        })
    }
}

/// Keeps, in the order given (longest first), every candidate that
/// overlaps nothing kept and that `resolve` turns into a date; returns
/// them in text order. A candidate that overlaps a kept one is dropped
/// unresolved, so only the matches that can be kept pay for their
/// values. `resolve` places a date on its candidate's span.
pub(super) fn longest_first<T>(
    found: Vec<T>,
    span: impl Fn(&T) -> (usize, usize),
    mut resolve: impl FnMut(T) -> Option<FoundDate>,
) -> Vec<FoundDate> {
    // The bytes kept dates cover, a bit each from the first candidate's
    // start: an overlap is a test of a word or two, however many dates
    // are kept. (A vector kept in text order paid a shift per insertion,
    // which a page of thousands of dates made quadratic.)
    let lo = found.iter().map(|c| span(c).0).min().unwrap_or(0);
    let hi = found.iter().map(|c| span(c).1).max().unwrap_or(lo);
    let mut covered = Coverage::new(hi - lo);
    let mut kept: Vec<FoundDate> = Vec::with_capacity(found.len());
    for c in found {
        let (start, end) = span(&c);
        if covered.any(start - lo..end - lo) {
            continue;
        }
        if let Some(d) = resolve(c) {
            covered.set(start - lo..end - lo);
            kept.push(d);
        }
    }
    // Kept spans never overlap, so their starts differ.
    kept.sort_unstable_by_key(|d| d.start);
    kept
}

/// A set of byte offsets below a bound, one bit each.
struct Coverage(Vec<u64>);

impl Coverage {
    fn new(len: usize) -> Coverage {
        Coverage(vec![0; len.div_ceil(64)])
    }

    fn any(&self, range: std::ops::Range<usize>) -> bool {
        range
            .into_iter()
            .any(|i| self.0[i / 64] & 1 << (i % 64) != 0)
    }

    fn set(&mut self, range: std::ops::Range<usize>) {
        for i in range {
            self.0[i / 64] |= 1 << (i % 64);
        }
    }
}

/// Joins parts into whole expressions: `<part> of <year>` and modifiers.
pub(super) fn combine(body: &str, from: usize, dates: Vec<FoundDate>) -> Vec<FoundDate> {
    let mut out: Vec<FoundDate> = Vec::with_capacity(dates.len());
    for mut d in dates {
        if let Some(last) = out.last_mut() {
            let joined =
                part_of_year(body, from, last, &d).or_else(|| day_of_year(body, from, last, &d));
            if let Some(joined) = joined {
                *last = joined;
                continue;
            }
            if let Some(value) = time_on_its_day(body, from, last, &d) {
                d.value = value;
                d.anchor = last.anchor;
            }
        }
        out.push(d);
    }
    let mut prev_end = from;
    for d in &mut out {
        drop_signal(body, from, d);
        join_fiscal(body, from, prev_end, d);
        join_a_hundred(body, from, prev_end, d);
        drop_adjective_article(body, from, d);
        drop_verb_last(body, from, prev_end, d);
        modify(body, from, prev_end, d);
        or_so(body, from, d);
        its_day_of_the_month(body, from, d);
        prev_end = d.end;
    }
    out
}

/// "Nov. 5 next year", "March 3 last year": a day or month whose year
/// was guessed from the article date, followed by a year in words, takes
/// that year as one expression.
fn day_of_year(body: &str, from: usize, a: &FoundDate, b: &FoundDate) -> Option<FoundDate> {
    // Most neighbouring dates are not one space apart: settled first.
    if b.start - a.end != 1 || &body[a.end - from..b.start - from] != " " {
        return None;
    }
    let words = &body[b.start - from..b.end - from];
    let year_in_words = ["next year", "last year", "this year"]
        .iter()
        .any(|w| words.eq_ignore_ascii_case(w));
    let day_or_month = matches!(a.value.len(), 7 | 10) && a.value.as_bytes()[4] == b'-';
    let year = b.value.as_bytes();
    if !year_in_words
        || !day_or_month
        || a.anchor != Anchor::Article
        || a.ty != DateType::Date
        || year.len() != 4
        || !year.iter().all(u8::is_ascii_digit)
    {
        return None;
    }
    Some(FoundDate {
        start: a.start,
        end: b.end,
        ty: DateType::Date,
        value: format!("{}{}", b.value, &a.value[4..]),
        anchor: b.anchor,
        modifier: None,
    })
}

/// "Friday at noon", "on Tuesday at 9 pm", "21 Dec 2025 18.10 GMT": a
/// clock time right after a day (and "at") is on that day, not the
/// article's. The spans stay apart, as TimeML writes them; only the
/// time's value changes.
fn time_on_its_day(body: &str, from: usize, a: &FoundDate, b: &FoundDate) -> Option<String> {
    if b.ty != DateType::Time || a.ty != DateType::Date || a.value.len() != 10 {
        return None;
    }
    // The gap is "at", or nothing but a comma and spaces, as in the
    // stamps of web pages ("Dec. 21, 10:32 a.m.").
    let gap = &body[a.end - from..b.start - from];
    let word = gap.trim_start_matches(',').trim();
    if !(word.is_empty() || word.eq_ignore_ascii_case("at")) || gap.len() > 5 {
        return None;
    }
    let clock = b.value.get(10..).filter(|t| t.starts_with('T'))?;
    Some(format!("{}{clock}", a.value))
}

/// "the first quarter of last year", "the second half of 2022", "the
/// summer of 2019": a part of a year resolved against the article's year
/// (the rule that found it knew no better) takes the year named after it.
fn part_of_year(body: &str, from: usize, a: &FoundDate, b: &FoundDate) -> Option<FoundDate> {
    let gap = &body[a.end - from..b.start - from];
    if !gap.trim().eq_ignore_ascii_case("of") || gap.len() > 6 {
        return None;
    }
    let year = b.value.as_bytes();
    let is_year = b.value.len() == 4 && year.iter().all(u8::is_ascii_digit);
    let part = a.value.get(4..)?;
    let is_part = a.value.get(..4)?.bytes().all(|c| c.is_ascii_digit())
        && matches!(
            part.as_bytes(),
            [b'-', b'Q' | b'H', _] | [b'-', b'S' | b'F' | b'W', _]
        );
    if !is_year || !is_part || a.ty != DateType::Date {
        return None;
    }
    Some(FoundDate {
        start: a.start,
        end: b.end,
        ty: DateType::Date,
        value: format!("{}{part}", b.value),
        anchor: b.anchor,
        modifier: None,
    })
}

/// "the day before", "the day after": TimeML leaves the signal outside the
/// span ("the day"); the anchoring pass reads it from the text after.
fn drop_signal(body: &str, from: usize, d: &mut FoundDate) {
    let text = &body[d.start - from..d.end - from];
    for signal in [" before", " after"] {
        let Some(head) = text.strip_suffix(signal) else {
            continue;
        };
        if head.len() == "the day".len() && head.eq_ignore_ascii_case("the day") {
            d.end -= signal.len();
        }
    }
}

/// "Friday the 19th": a day followed by its own day of the month joins
/// it, when the number is the day's (a weekday picked the date).
fn its_day_of_the_month(body: &str, from: usize, d: &mut FoundDate) {
    let is_day = d.ty == DateType::Date && d.value.len() == 10;
    let Some(rest) = body[d.end - from..].strip_prefix(" the ") else {
        return;
    };
    if !is_day {
        return;
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = rest[digits..].get(..2).unwrap_or("");
    let after = rest.as_bytes().get(digits + 2).copied();
    let ends = after.is_none_or(|b| !b.is_ascii_alphanumeric());
    let ordinal = matches!(suffix, "st" | "nd" | "rd" | "th");
    let same_day = &rest[..digits] == d.value[8..].trim_start_matches('0');
    if (1..=2).contains(&digits) && ordinal && ends && same_day {
        d.end += " the ".len() + digits + 2;
    }
}

/// "a hundred years": the article is the count's ("hundred" alone is
/// already a count; the pattern of counts stays without "a hundred", which
/// would slow every rule that uses it).
fn join_a_hundred(body: &str, from: usize, floor: usize, d: &mut FoundDate) {
    let text = &body[d.start - from..d.end - from];
    let counted = text
        .get(..8)
        .is_some_and(|w| w.eq_ignore_ascii_case("hundred "));
    let before = &body[floor - from..d.start - from];
    if counted && (before.ends_with(" a ") || before.ends_with(" A ") || before == "A ") {
        d.start -= 2;
    }
}

/// "fiscal 1989", "the fiscal first quarter": "fiscal" names which kind of
/// year and joins the span, with the article before it for a quarter (a
/// year stays bare: "the fiscal 1989 budget" is about the budget).
fn join_fiscal(body: &str, from: usize, floor: usize, d: &mut FoundDate) {
    let before = &body[floor - from..d.start - from];
    let Some(head) = before
        .len()
        .checked_sub("fiscal ".len())
        .and_then(|i| before.get(i..))
        .filter(|w| {
            w.get(..6).is_some_and(|f| f.eq_ignore_ascii_case("fiscal")) && w.ends_with([' ', '-'])
        })
    else {
        return;
    };
    let rest = &before[..before.len() - head.len()];
    let word_start = rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric());
    let is_year = d.value.len() == 4 && d.value.bytes().all(|b| b.is_ascii_digit());
    let is_quarter = d.value.len() == 7 && d.value[4..].starts_with("-Q");
    if !word_start || !(is_year || is_quarter) {
        return;
    }
    d.start -= head.len();
    if is_quarter && (rest.ends_with("the ") || rest.ends_with("The ")) {
        d.start -= "the ".len();
    }
}

/// "expected to last several weeks", "it may last two years": "last" is
/// the verb there, not the adjective of "the last two years", and leaves
/// the duration's span.
fn drop_verb_last(body: &str, from: usize, floor: usize, d: &mut FoundDate) {
    const HELPERS: &[&str] = &[
        "to", "will", "would", "could", "may", "might", "can", "should", "must", "not", "did",
        "does", "didn't", "won't", "cannot",
    ];
    let text = &body[d.start - from..d.end - from];
    let starts_last = text
        .get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case("last "));
    if d.ty != DateType::Duration || !starts_last {
        return;
    }
    let before = &body[floor - from..d.start - from];
    let prev = before.split_whitespace().next_back().unwrap_or("");
    if HELPERS.iter().any(|h| prev.eq_ignore_ascii_case(h)) {
        d.start += "last ".len();
    }
}

/// "the 14-day strike", "the (fiscal) third-quarter results": a hyphened length
/// or part of a year is an adjective, and "the" belongs to the noun it
/// qualifies, so it leaves the span ("the third quarter" keeps it).
fn drop_adjective_article(body: &str, from: usize, d: &mut FoundDate) {
    let text = &body[d.start - from..d.end - from];
    let Some(rest) = text
        .strip_prefix("the ")
        .or_else(|| text.strip_prefix("The "))
    else {
        return;
    };
    let mut words = rest.split_whitespace();
    let mut word = words.next().unwrap_or("");
    if word.eq_ignore_ascii_case("fiscal") {
        word = words.next().unwrap_or("");
    }
    let head = word.rsplit('-').next().unwrap_or("").to_lowercase();
    let unit = head.trim_end_matches('s');
    let adjective = word.contains('-')
        && matches!(
            unit,
            "hour" | "day" | "week" | "month" | "quarter" | "year" | "decade" | "century"
        );
    if adjective && words.next().is_none() {
        d.start += 4;
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{one, pair, values, with_mods};
    use super::*;

    /// A blank line ends any date; a single line break, as in
    /// hard-wrapped text, does not.
    #[test]
    fn dates_do_not_cross_a_blank_line() {
        let v = values("Table 4\n\nApril 1996 figures.", "1996-08-30");
        assert_eq!(v, [pair("April 1996", "1996-04")]);
        let v = values("It fell on Sept.\n24 to a low.", "1996-08-30");
        assert_eq!(v, [pair("Sept.\n24", "1995-09-24")]);
        let v = values("It fell on Sept.\n\n24 to a low.", "1996-08-30");
        assert_eq!(v, [pair("Sept.\n\n24", "1995-09-24")]);
    }

    fn at(start: usize, end: usize, value: &str) -> FoundDate {
        FoundDate {
            start,
            end,
            ty: DateType::Date,
            value: value.to_string(),
            anchor: Anchor::None,
            modifier: None,
        }
    }

    #[test]
    fn a_day_joins_its_day_of_the_month() {
        let v = values(
            "It happened on Friday the 19th. On Friday the 20th is wrong.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("Friday the 19th", "2025-12-19"),
                pair("Friday", "2025-12-19")
            ]
        );
    }

    #[test]
    fn the_longest_match_wins_and_order_is_textual() {
        let mut found = vec![
            at(0, 7, "2024-03"),
            at(0, 13, "2024-03-03"),
            at(9, 13, "2024"),
            at(20, 24, "2025"),
            at(30, 34, "none"),
            at(31, 33, "20"),
        ];
        found.sort_by_key(|d| (std::cmp::Reverse(d.end - d.start), d.start));
        // A candidate that resolves to nothing leaves room for a shorter
        // one.
        let kept = longest_first(
            found,
            |d| (d.start, d.end),
            |d| (d.value != "none").then_some(d),
        );
        let values: Vec<&str> = kept.iter().map(|d| d.value.as_str()).collect();
        assert_eq!(values, ["2024-03-03", "2025", "20"]);
    }

    #[test]
    fn a_part_takes_the_year_named_after_it() {
        let v = with_mods(
            "Sales rose in the first quarter of last year and the second half of 2022.",
            "2024-05-01",
        );
        assert_eq!(
            v,
            [
                one("the first quarter of last year", "2023-Q1", None),
                one("the second half of 2022", "2022-H2", None),
            ]
        );
    }

    /// "to last several weeks": the verb leaves the span.
    #[test]
    fn the_verb_last_is_no_part_of_a_duration() {
        let v = values(
            "The trial is expected to last several weeks; it may last two years, over the last two years.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("several weeks", "PXW"),
                pair("two years", "P2Y"),
                pair("the last two years", "P2Y"),
            ]
        );
    }

    /// A web page's stamp: the clock time after a date is on that date.
    #[test]
    fn a_stamp_s_time_is_on_its_date() {
        let v = values(
            "Last modified on Sun 21 Dec 2025 18.10 GMT. Posted Dec. 20, 10:32 a.m.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("Sun 21 Dec 2025", "2025-12-21"),
                pair("18.10 GMT", "2025-12-21T18:10Z"),
                pair("Dec. 20", "2025-12-20"),
                pair("10:32 a.m.", "2025-12-20T10:32"),
            ]
        );
    }

    /// "Nov. 5 next year": one expression in the year named.
    #[test]
    fn a_day_takes_the_year_in_words_after_it() {
        let v = values(
            "Voters go to the polls on Nov. 5 next year; he left on March 3 last year.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("Nov. 5 next year", "2026-11-05"),
                pair("March 3 last year", "2024-03-03"),
            ]
        );
    }
}
