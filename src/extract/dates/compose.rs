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
        (start < end).then_some(Candidate {
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

/// "Friday at noon", "on Tuesday at 9 pm": a clock time right after a day
/// and "at" is on that day, not the article's. The spans stay apart, as
/// TimeML writes them; only the time's value changes.
fn time_on_its_day(body: &str, from: usize, a: &FoundDate, b: &FoundDate) -> Option<String> {
    if b.ty != DateType::Time || a.ty != DateType::Date || a.value.len() != 10 {
        return None;
    }
    let gap = &body[a.end - from..b.start - from];
    if !gap
        .trim_start_matches(',')
        .trim()
        .eq_ignore_ascii_case("at")
        || gap.len() > 5
    {
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

/// "the next two years or so": the hedge after a date joins it, as an
/// approximation.
fn or_so(body: &str, from: usize, d: &mut FoundDate) {
    let rest = &body[d.end - from..];
    let Some(after) = rest.strip_prefix(" or so") else {
        return;
    };
    if after.starts_with(|c: char| c.is_alphanumeric()) {
        return;
    }
    d.end += " or so".len();
    d.modifier.get_or_insert(Mod::Approx);
}

/// Sets the TIMEX3 `mod` of a date from a modifier inside its span
/// ("early November") or just before it, which then joins the span ("the
/// end of this year", "more than four hours"). `floor` is where the
/// previous date ends: a modifier is never taken from it.
fn modify(body: &str, from: usize, floor: usize, d: &mut FoundDate) {
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    let before = BEFORE.get_or_init(|| {
        Regex::new(
            r"(?i)(?:\b(early|late|mid|earlier|later)[-\s]+|\bthe\s+(start|beginning|end|middle)\s+of\s+|\b(about|around|approximately|roughly|nearly|almost|less\s+than|more\s+than|over|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|some)\s+)$",
        )
        .expect("modifier pattern compiles")
    });
    static INSIDE: OnceLock<Regex> = OnceLock::new();
    let inside = INSIDE.get_or_init(|| {
        Regex::new(
            r"(?i)^(?:the\s+)?(?:(early|late|mid|earlier|later)[-\s]|(start|beginning|end|middle)(?:\s+of\s|-))",
        )
        .expect("modifier pattern compiles")
    });
    let text = &body[d.start - from..d.end - from];
    if let Some(c) = may_open_with_modifier(text)
        .then(|| inside.captures(text))
        .flatten()
    {
        d.modifier = modifier_of(&c);
        return;
    }
    let mut lo = (d.start - from).saturating_sub(24).max(floor - from);
    while !body.is_char_boundary(lo) {
        lo += 1;
    }
    let window = &body[lo..d.start - from];
    let Some(c) = may_end_with_modifier(window)
        .then(|| before.captures(window))
        .flatten()
    else {
        return;
    };
    let Some(m) = modifier_of(&c) else {
        return;
    };
    let duration = d.ty == DateType::Duration;
    let counted_back = text.to_lowercase().ends_with(" ago");
    let word = c.get(0).map_or("", |w| w.as_str()).to_lowercase();
    // "around Wednesday's ruling": a date in the possessive qualifies the
    // noun after it, and the modifier before it goes with that noun.
    let rest = &body[d.end - from..];
    if rest.starts_with("'s") || rest.starts_with("\u{2019}s") {
        return;
    }
    // "over a week" is more than one; "over the weekend", "over several
    // years" are "during".
    let lower = text.to_lowercase();
    if word.starts_with("over") && !(lower.starts_with("a ") || lower.starts_with("an ")) {
        return;
    }
    let fits = match m {
        Mod::Start | Mod::End | Mod::Mid => !duration && d.ty != DateType::Set,
        // "about the future" is a topic, not an approximation.
        Mod::Approx => (!word.starts_with("some") || duration) && !text.starts_with("the "),
        _ if word.starts_with("under") => duration,
        _ => duration || counted_back,
    };
    if fits {
        d.modifier = Some(m);
        d.start = from + lo + c.get(0).map_or(0, |w| w.start());
    }
}

/// False when `text` cannot open with a modifier (`modify`'s `INSIDE`
/// pattern): its first word is none of [`MODIFIER_STARTS`]. Most dates
/// fail this test, which costs far less than a search (#17). Text outside
/// ASCII, where case folding reaches further ("ſ" is "s"), is left to the
/// pattern.
fn may_open_with_modifier(text: &str) -> bool {
    let b = text.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    b.get(letters).is_some_and(|c| !c.is_ascii()) || is_word_of(&b[..letters], MODIFIER_STARTS)
}

/// The first word of every text `modify`'s `INSIDE` pattern matches.
const MODIFIER_STARTS: &[&str] = &[
    "the",
    "early",
    "late",
    "mid",
    "earlier",
    "later",
    "start",
    "beginning",
    "end",
    "middle",
];

/// False when `window` cannot end with a modifier (`modify`'s `BEFORE`
/// pattern): every modifier ends with one of [`MODIFIER_ENDS`], a whole
/// word, and then spacing. Most dates have no modifier before them, and
/// this test costs far less than a search (#17). Text outside ASCII,
/// where case folding and word characters reach further, is left to the
/// pattern.
fn may_end_with_modifier(window: &str) -> bool {
    if !window.is_ascii() {
        return true;
    }
    let head = window.trim_end_matches(crate::pattern::is_spacing);
    if head.len() == window.len() {
        return false;
    }
    // The word is bounded by `\b` or spacing before it: a run of word
    // characters longer than the word is no match.
    let start = head.trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
    is_word_of(&head.as_bytes()[start.len()..], MODIFIER_ENDS)
}

/// The last word of every modifier `modify`'s `BEFORE` pattern matches
/// ("more than" ends with "than", "the end of" with "of").
const MODIFIER_ENDS: &[&str] = &[
    "early",
    "late",
    "mid",
    "earlier",
    "later",
    "of",
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "than",
    "over",
    "under",
    "least",
    "most",
    "to",
    "some",
];

/// True when the ASCII `word`, lower-cased, is one of the lower-case
/// `words`.
fn is_word_of(word: &[u8], words: &[&str]) -> bool {
    let mut lower = [0; 16];
    let Some(lower) = lower.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    words.iter().any(|w| w.as_bytes() == lower)
}

/// The `mod` a modifier's words name.
fn modifier_of(c: &Captures<'_>) -> Option<Mod> {
    if let Some(w) = c.get(1) {
        let w = w.as_str().to_lowercase();
        return Some(if w.starts_with("early") || w.starts_with("earlier") {
            Mod::Start
        } else if w.starts_with("mid") {
            Mod::Mid
        } else {
            Mod::End
        });
    }
    if let Some(w) = c.get(2) {
        return Some(match w.as_str().to_lowercase().as_str() {
            "start" | "beginning" => Mod::Start,
            "middle" => Mod::Mid,
            _ => Mod::End,
        });
    }
    let w = c.get(3)?.as_str().to_lowercase();
    let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(match w.as_str() {
        "about" | "around" | "approximately" | "roughly" | "some" => Mod::Approx,
        "nearly" | "almost" | "less than" | "under" => Mod::LessThan,
        "more than" | "over" => Mod::MoreThan,
        "at least" | "no less than" => Mod::EqualOrMore,
        _ => Mod::EqualOrLess,
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{pair, values};
    use super::*;

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

    fn with_mods(text: &str, dct: &str) -> Vec<(String, String, Option<Mod>)> {
        find_dates(text, 0, Some(dct.parse().unwrap()))
            .into_iter()
            .map(|d| (text[d.start..d.end].to_string(), d.value, d.modifier))
            .collect()
    }

    fn one(text: &str, value: &str, m: Option<Mod>) -> (String, String, Option<Mod>) {
        (text.to_string(), value.to_string(), m)
    }

    /// The cheap tests before `modify`'s searches never turn away a text
    /// the patterns would match.
    #[test]
    fn modifier_prefilters_pass_what_the_patterns_match() {
        let texts = [
            "",
            " ",
            "early ",
            "Early-",
            "the end of ",
            "THE START OF\t",
            "more than ",
            "no\nless than ",
            "up to ",
            "some ",
            "Some",
            "awesome ",
            "lover ",
            "almoſt ",
            "\u{17F}ome ",
            "the Middle of ",
            "mid-",
            "later  ",
            "at least\u{a0}",
            "x ",
            "of",
            "roughly - ",
            "the ",
            "beginning of ",
            "5about ",
            "_over ",
            "The\u{a0}",
            "midsummer ",
            "Mid-",
            "endless ",
            "over\u{2003}",
        ];
        let before = Regex::new(
            r"(?i)(?:\b(early|late|mid|earlier|later)[-\s]+|\bthe\s+(start|beginning|end|middle)\s+of\s+|\b(about|around|approximately|roughly|nearly|almost|less\s+than|more\s+than|over|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|some)\s+)$",
        )
        .unwrap();
        let inside = Regex::new(
            r"(?i)^(?:the\s+)?(?:(early|late|mid|earlier|later)[-\s]|(start|beginning|end|middle)(?:\s+of\s|-))",
        )
        .unwrap();
        for t in texts {
            if before.captures(t).is_some() {
                assert!(may_end_with_modifier(t), "{t:?}");
            }
            let opened = format!("{t}May");
            if inside.captures(&opened).is_some() {
                assert!(may_open_with_modifier(&opened), "{opened:?}");
            }
        }
        assert!(!may_end_with_modifier("he said "));
        assert!(!may_end_with_modifier("5about "));
        assert!(!may_open_with_modifier("Thursday"));
        assert!(may_open_with_modifier("The end"));
        assert!(!may_end_with_modifier("early"));
        assert!(!may_open_with_modifier("2024"));
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

    #[test]
    fn modifiers_join_the_span_with_their_mod() {
        let v = with_mods(
            "Prices fall by the end of this year, rose in early 2023 and late last week; \
             talks ran more than four hours, nearly two years ago, around 7:15 p.m.",
            "2024-05-01",
        );
        assert_eq!(
            v,
            [
                one("the end of this year", "2024", Some(Mod::End)),
                one("early 2023", "2023", Some(Mod::Start)),
                one("late last week", "2024-W17", Some(Mod::End)),
                one("more than four hours", "PT4H", Some(Mod::MoreThan)),
                one("nearly two years ago", "2022", Some(Mod::LessThan)),
                one("around 7:15 p.m.", "2024-05-01T19:15", Some(Mod::Approx)),
            ]
        );
        // Reuters' "end-March", "start-2026": the modifier hyphened on.
        let v = with_mods(
            "Debt at end-2024 was high; gold will hit $395 by end-October and rise from \
             start-2026. The deal will end March 31.",
            "2025-08-20",
        );
        assert_eq!(
            v,
            [
                one("end-2024", "2024", Some(Mod::End)),
                one("end-October", "2025-10", Some(Mod::End)),
                one("start-2026", "2026", Some(Mod::Start)),
                one("March 31", "2026-03-31", None),
            ]
        );
        // "over the past year" is "during"; "about the future" a topic.
        let v = with_mods(
            "It grew over the past year; he spoke about the future.",
            "2024-05-01",
        );
        assert_eq!(
            v,
            [
                one("the past year", "P1Y", None),
                one("the future", "FUTURE_REF", None),
            ]
        );
        // "over a/an" is more than; a possessive date leaves the modifier
        // to its noun; "the" of a hyphened adjective stays out.
        let v = with_mods(
            "The strike lasted over a week. Lawyers sought a way around Monday's order \
             before the 10-day deadline and the fiscal second-quarter report.",
            "2024-05-01",
        );
        assert_eq!(
            v,
            [
                one("over a week", "P1W", Some(Mod::MoreThan)),
                one("Monday", "2024-04-29", None),
                one("10-day", "P10D", None),
                one("fiscal second-quarter", "2024-Q2", None),
            ]
        );
        let v = with_mods(
            "It will take the next two years or so, after almost a hundred years.",
            "2024-05-01",
        );
        assert_eq!(
            v,
            [
                one("the next two years or so", "P2Y", Some(Mod::Approx)),
                one("almost a hundred years", "P100Y", Some(Mod::LessThan)),
            ]
        );
        let v = with_mods("A week or so ago it rained.", "2024-05-01");
        assert_eq!(v, [one("A week or so ago", "2024-W17", None)]);
        let v = with_mods(
            "Sales fell in fiscal 2021 and in the third quarter.",
            "2024-05-01",
        );
        assert_eq!(
            v,
            [
                one("fiscal 2021", "2021", None),
                one("the third quarter", "2023-Q3", None),
            ]
        );
        // A modifier inside the span sets the mod too.
        let v = with_mods("It opened in early November.", "2024-12-01");
        assert_eq!(v, [one("early November", "2024-11", Some(Mod::Start))]);
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
