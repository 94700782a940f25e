//! Dates, times, durations and sets, normalised to TimeML TIMEX3 values
//! against the article date.
//!
//! Each rule is a regular expression plus a function that turns its match
//! into a value. All rules run over the body; where matches overlap the
//! longest wins, so "March 3, 2024" beats "March 3" and "2024". News
//! reports the past, so a bare weekday means the nearest earlier (or same)
//! day unless the sentence speaks of the future ("will", "next").
//! Relative expressions without an article date get TimeML's
//! underspecified forms ("XXXX-WXX-5") and the anchor `none`.
//!
//! The folder follows the pipeline:
//!
//! - `grammar`: the word classes and the table of patterns, each with the
//!   words that trigger it;
//! - `triggers`: which rules an article needs, from one pass over its
//!   words, so that the others neither scan it nor get compiled;
//! - `windows`: the parts of the article each of those rules searches;
//! - the productions that turn a match into a value, by what they name:
//!   `calendar` (dates, months, years), `eras` (centuries, decades),
//!   `numeric` (dates in numbers, and "9/11"),
//!   `days` (weekdays, the days around today), `clocks` (clock times,
//!   zones, noon and midnight), `periods` (relative weeks to years,
//!   seasons), `quarters`
//!   (quarters, halves, fiscal years, the reported quarter), `ranges`
//!   (both ends of a range), `spans` (durations, vague references, sets),
//!   `holidays`;
//! - `numbers`: counts, ordinals, month and weekday names;
//! - `compose`: how overlapping matches combine into one expression;
//! - resolution: `tense` (which way an unyeared date leans, with the verb
//!   lists in `verbs` and the future markers and modals in
//!   `future_cues`), `anchors` (steps and references resolved on an
//!   earlier date) and `narrative` (dates without a year in a passage set
//!   in another year);
//! - `context`: what a rule may read besides its match.

mod anchors;
mod calendar;
mod clauses;
mod clocks;
mod compose;
mod context;
mod days;
mod eras;
mod future_cues;
mod grammar;
mod holidays;
mod modifiers;
mod narrative;
mod numbers;
mod numeric;
mod periods;
mod quarters;
mod ranges;
mod sentences;
mod spans;
mod tense;
mod trigger_words;
mod triggers;
mod verbs;
mod windows;

pub(crate) use anchors::iso_date_digits;
use anchors::*;
use calendar::*;
use clauses::*;
use clocks::*;
use context::Context;
use days::*;
use eras::*;
use future_cues::*;
use grammar::*;
use holidays::*;
use modifiers::{modify, or_so};
use narrative::narrative_year;
use numbers::*;
use numeric::*;
use periods::*;
use quarters::*;
use ranges::*;
use sentences::*;
use spans::*;
use tense::*;
use trigger_words::MONTHS;
use triggers::{Trigger, Triggers};
use verbs::*;
#[cfg(test)]
use windows::check_triggers;
use windows::for_each_window;

use crate::pattern::{Captures, Known, LengthBound, Regex};
use jiff::civil::{Date, Weekday};
use jiff::ToSpan;
use std::sync::OnceLock;

/// The TIMEX3 type of a date expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateType {
    /// A calendar date or period ("Monday", "March 2024", "2021").
    Date,
    /// A time of day ("3 p.m.", "Monday night" is a date with a part).
    Time,
    /// A length of time ("three years" → P3Y).
    Duration,
    /// A recurrence ("every Monday", "annually").
    Set,
}

impl DateType {
    /// The lower-case name used in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            DateType::Date => "date",
            DateType::Time => "time",
            DateType::Duration => "duration",
            DateType::Set => "set",
        }
    }
}

/// What a relative value was computed from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The value is written out in full ("22 December 2025", "P3Y").
    None,
    /// The value was resolved against the article's date.
    Article,
    /// The value was resolved against an earlier date in the text ("On
    /// March 3 … two days later"): its index among the article's dates.
    Mention(usize),
}

impl Anchor {
    /// The name used in the output: `none`, `article`, or `dates[N]`.
    pub fn label(self) -> String {
        match self {
            Anchor::None => "none".to_string(),
            Anchor::Article => "article".to_string(),
            Anchor::Mention(i) => format!("dates[{i}]"),
        }
    }
}

/// A TIMEX3 `mod`: how an expression narrows or loosens its value
/// ("early 2023" is 2023 with `START`, "about two years" P2Y with
/// `APPROX`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mod {
    /// "early", "the start of", "the beginning of", "earlier".
    Start,
    /// "late", "the end of", "later".
    End,
    /// "mid", "the middle of".
    Mid,
    /// "about", "around", "roughly", "some".
    Approx,
    /// "less than", "nearly", "almost", "under".
    LessThan,
    /// "more than" ("over" is too often "during": "over the past year").
    MoreThan,
    /// "up to", "no more than", "at most", "within".
    EqualOrLess,
    /// "at least", "no less than".
    EqualOrMore,
}

impl Mod {
    /// The TIMEX3 name used in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Mod::Start => "START",
            Mod::End => "END",
            Mod::Mid => "MID",
            Mod::Approx => "APPROX",
            Mod::LessThan => "LESS_THAN",
            Mod::MoreThan => "MORE_THAN",
            Mod::EqualOrLess => "EQUAL_OR_LESS",
            Mod::EqualOrMore => "EQUAL_OR_MORE",
        }
    }
}

/// A date expression found in the text, with byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundDate {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// TIMEX3 type.
    pub ty: DateType,
    /// TIMEX3 value ("2025-12-19", "2024-03", "P3Y", "PAST_REF").
    pub value: String,
    /// What the value was resolved against.
    pub anchor: Anchor,
    /// The TIMEX3 modifier, when the expression has one.
    pub modifier: Option<Mod>,
}

type Resolve = fn(&Captures<'_>, &Context<'_>) -> Option<(DateType, String, Anchor)>;

struct Rule {
    /// The pattern, with the word classes filled in.
    pattern: String,
    /// The compiled pattern: compiled when an article first triggers the
    /// rule, so a run that never needs a rule never pays for it.
    regex: OnceLock<Regex>,
    span: OnceLock<bool>,
    resolve: Resolve,
    /// What an article must hold for the rule to be worth running.
    trigger: Trigger,
    /// A byte every match holds directly before a digit (the "/" of
    /// "12/22/2025"), or one of two, when there is one the trigger cannot
    /// see: a window without it is not searched.
    needs: Option<(u8, u8)>,
}

impl Rule {
    /// The rule, whose every match holds `byte` directly before an ASCII
    /// digit.
    fn needing(self, byte: u8) -> Rule {
        self.needing_either(byte, byte)
    }

    /// The rule, whose every match holds `a` or `b` directly before an
    /// ASCII digit (the straight apostrophe of "'08", or the last byte of
    /// the curly one of "’08").
    fn needing_either(self, a: u8, b: u8) -> Rule {
        Rule {
            needs: Some((a, b)),
            ..self
        }
    }

    /// The pattern's bound on the length of a match (see
    /// [`Regex::length_bound`]): tighter in text all in ASCII, where a
    /// class such as `\d` matches one byte rather than up to four, so
    /// that the windows searched are smaller (#17).
    fn length_bound(&self, known: Known) -> Option<LengthBound> {
        match known {
            Known::Ascii => self.regex().ascii_length_bound(),
            Known::Unknown => self.regex().length_bound(),
        }
    }

    /// True when the pattern marks the date with a group named `span`.
    fn has_span(&self) -> bool {
        *self.span.get_or_init(|| self.regex().has_group("span"))
    }

    fn regex(&self) -> &Regex {
        self.regex
            .get_or_init(|| Regex::windowed(&self.pattern, 8 << 20).expect("date rule compiles"))
    }
}

/// The rules, and the words that trigger them: one pass over an
/// article's words tells which rules can match it at all; most articles
/// need only some of the rules, so the others never scan the text.
struct Rules {
    rules: Vec<Rule>,
    triggers: Triggers,
}

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        let rules = rule_list();
        let triggers = Triggers::new(rules.iter().map(|r| r.trigger));
        Rules { rules, triggers }
    })
}

/// Finds every date expression in `text[from..]`, resolved against `dct`.
pub fn find_dates(text: &str, from: usize, dct: Option<Date>) -> Vec<FoundDate> {
    let body = &text[from..];
    // The searcher is built once: building it for each article cost as
    // much as the search (#17).
    static QUARTER: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let quarter = QUARTER.get_or_init(|| memchr::memmem::Finder::new("quarter"));
    let quarterly = quarter.find_iter(body.as_bytes()).take(2).count() == 2;
    let reported_quarter = dct.and_then(|dct| reported_quarter_start(body, dct));
    let day_first = numeric_order(body);
    let rules = rules();
    let located = rules.triggers.locate(body);
    let known = located.known();
    #[cfg(test)]
    check_triggers(rules, body, &located);
    // Every match, with its rule and its span, but most without their
    // groups: where matches overlap only the longest is kept, and only a
    // match that may be kept is worth its groups and its value.
    let mut found: Vec<compose::Candidate<'_>> = Vec::new();
    for_each_window(rules, body, &located, |k, window| {
        let rule = &rules.rules[k];
        if !rule.has_span() {
            for whole in rule.regex().find_iter_in(body, window.range.clone(), known) {
                let end = whole.end;
                found.extend(compose::Candidate::new(body, k, whole, None));
                if window.done_after(end) {
                    break;
                }
            }
            return;
        }
        // A rule may mark the part that is the date with a group named
        // `span`; the rest of the match is context.
        for caps in rule
            .regex()
            .captures_iter_in(body, window.range.clone(), known)
        {
            let whole = caps.get(0).expect("whole match");
            let m = caps.name("span").unwrap_or(whole);
            found.extend(compose::Candidate::new(
                body,
                k,
                m.start()..m.end(),
                Some(caps),
            ));
            if window.done_after(whole.end()) {
                break;
            }
        }
    });
    // Longest first, then earliest; between matches of the same span the
    // earlier rule wins, as if each rule ran over the whole text in turn.
    // No two matches of one rule share a start, so the key is total. It
    // is packed into one integer, which compares in one step (#17): a
    // rule's index fits in a byte, and a start in the 56 bits above.
    found.sort_unstable_by_key(|c| {
        let longest = u128::from(u64::MAX - (c.end - c.start) as u64);
        longest << 64 | (c.start as u128) << 8 | c.rule as u128
    });
    let dates = compose::longest_first(
        found,
        |c| (from + c.start, from + c.end),
        |c| {
            let rule = &rules.rules[c.rule];
            let caps = match c.caps {
                Some(caps) => caps,
                None => rule.regex().captures_of(body, c.whole, known)?,
            };
            let ctx = Context {
                dct,
                before: Around::before(body, c.start),
                after: Around::after(body, c.end),
                quarterly,
                reported_quarter,
                day_first,
            };
            let (ty, value, anchor) = (rule.resolve)(&caps, &ctx)?;
            Some(FoundDate {
                start: from + c.start,
                end: from + c.end,
                ty,
                value,
                anchor,
                modifier: None,
            })
        },
    );
    let mut dates = compose::combine(body, from, dates);
    narrative_year(body, from, &mut dates);
    anchor_on_mentions(body, from, &mut dates);
    anchors::day_beside_date(body, from, &mut dates);
    anchors::clock_on_day_in_play(body, from, &mut dates);
    order_range_ends(body, from, &mut dates);
    dates
}

#[cfg(test)]
pub(super) mod test_support {
    //! Helpers shared by the unit tests of every date module.
    pub(crate) use super::*;

    /// Each date found in `text` as (its text, its value), resolved
    /// against the article date `dct`.
    pub(crate) fn values(text: &str, dct: &str) -> Vec<(String, String)> {
        find_dates(text, 0, Some(dct.parse().unwrap()))
            .into_iter()
            .map(|d| (text[d.start..d.end].to_string(), d.value))
            .collect()
    }

    /// An owned (text, value) pair, to compare with [`values`].
    pub(crate) fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    /// Each date found in `text` as (its text, its value, its `mod`).
    pub(crate) fn with_mods(text: &str, dct: &str) -> Vec<(String, String, Option<Mod>)> {
        find_dates(text, 0, Some(dct.parse().unwrap()))
            .into_iter()
            .map(|d| (text[d.start..d.end].to_string(), d.value, d.modifier))
            .collect()
    }

    /// An owned (text, value, `mod`) triple, to compare with [`with_mods`].
    pub(crate) fn one(text: &str, value: &str, m: Option<Mod>) -> (String, String, Option<Mod>) {
        (text.to_string(), value.to_string(), m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 14's article, written for the issue, expression by
    /// expression: (text, type, value, anchor, mod).
    #[test]
    fn issue_14_article() {
        let text = "Sales rose in the first quarter of last year and will fall by the end of \
                    this year. The talks began at 16:15 GMT on Monday and resumed at 0800 UTC \
                    Tuesday. Prices climbed in early 2023. The 2019-2020 season was cancelled. \
                    Contracts run between 12 and 18 months. He served for years, and decades \
                    later returned. In 2019 the company expanded. In March it opened a plant, \
                    and in June it closed another. The talks lasted until late in the day.";
        let got: Vec<(&str, &str, String, String, Option<&str>)> =
            find_dates(text, 0, Some("2024-05-01".parse().unwrap()))
                .iter()
                .map(|d| {
                    (
                        &text[d.start..d.end],
                        d.ty.as_str(),
                        d.value.clone(),
                        d.anchor.label(),
                        d.modifier.map(Mod::as_str),
                    )
                })
                .collect();
        let want: &[(&str, &str, &str, &str, Option<&str>)] = &[
            (
                "the first quarter of last year",
                "date",
                "2023-Q1",
                "article",
                None,
            ),
            (
                "the end of this year",
                "date",
                "2024",
                "article",
                Some("END"),
            ),
            (
                "16:15 GMT on Monday",
                "time",
                "2024-04-29T16:15Z",
                "article",
                None,
            ),
            (
                "0800 UTC Tuesday",
                "time",
                "2024-04-30T08:00Z",
                "article",
                None,
            ),
            ("early 2023", "date", "2023", "none", Some("START")),
            ("2019", "date", "2019", "none", None),
            ("2020", "date", "2020", "none", None),
            ("12", "duration", "P12M", "none", None),
            ("18 months", "duration", "P18M", "none", None),
            ("years", "duration", "PXY", "none", None),
            ("decades", "duration", "PXDE", "none", None),
            ("2019", "date", "2019", "none", None),
            // The passage is set in 2019: its months are 2019's.
            ("March", "date", "2019-03", "dates[11]", None),
            ("June", "date", "2019-06", "dates[11]", None),
            // The day in play is in June 2019; which day is not said.
            (
                "late in the day",
                "date",
                "2019-06-XX",
                "dates[13]",
                Some("END"),
            ),
        ];
        assert_eq!(got.len(), want.len(), "{got:#?}");
        for (g, w) in got.iter().zip(want) {
            assert_eq!((g.0, g.1, g.2.as_str(), g.3.as_str(), g.4), *w, "{got:#?}");
        }
    }

    /// The quarter an article reports on is found where the pattern says,
    /// however the search is narrowed.
    #[test]
    fn reported_quarter_as_the_whole_pattern_finds_it() {
        let dct: Date = "2024-05-01".parse().unwrap();
        let whole = regex::Regex::new(r"(?i)\b(first|second|third|fourth)[-\s]quarter\b").unwrap();
        for text in [
            "",
            "Quarterly results beat the third quarter.",
            "a quarterback's fourth quarter",
            "the ſecond\u{3000}quarter and FIRST-QUARTER",
            "firstquarter, then the Quarter; then the first  quarter",
            "équarter second quarterly fourth quarter",
        ] {
            let want = whole.captures(text).map(|c| ordinal(&c[1]));
            let quarter = |q: i64| ymd(if q > 2 { 2023 } else { 2024 }, (q - 1) * 3 + 1, 1);
            let got = reported_quarter_start(text, dct);
            let expected = match want {
                Some(q) => q.and_then(quarter),
                None => dct.checked_sub(45.days()).ok(),
            };
            assert_eq!(got, expected, "{text}");
        }
    }

    /// The triggers are sound on random date talk: `find_dates` checks in
    /// tests that no rule left out by the scan would have matched.
    #[test]
    fn triggers_are_sound_on_random_date_talk() {
        const PIECES: &[&str] = &[
            "the",
            "The",
            "in",
            "In",
            "of",
            "on",
            "at",
            "for",
            "by",
            "to",
            "and",
            "a",
            "an",
            "this",
            "last",
            "next",
            "that",
            "same",
            "following",
            "prior",
            "previous",
            "past",
            "coming",
            "current",
            "fiscal",
            "full",
            "early",
            "late",
            "mid",
            "mid-",
            "earlier",
            "later",
            "ago",
            "before",
            "after",
            "within",
            "over",
            "between",
            "every",
            "each",
            "first",
            "second",
            "third",
            "fourth",
            "half",
            "quarter",
            "period",
            "year",
            "years",
            "Year's",
            "month",
            "months",
            "week",
            "weeks",
            "weekend",
            "day",
            "days",
            "hour",
            "hours",
            "decade",
            "decades",
            "century",
            "morning",
            "night",
            "evening",
            "noon",
            "midnight",
            "today",
            "tomorrow",
            "Monday",
            "Fridays",
            "monday",
            "March",
            "May",
            "may",
            "Sept.",
            "Dec",
            "Mayors",
            "Christmas",
            "New",
            "Good",
            "Friday",
            "spring",
            "fall",
            "summer",
            "two",
            "twenty-one",
            "couple",
            "few",
            "several",
            "trading",
            "nineteen",
            "ninety-six",
            "two thousand",
            "nineties",
            "recent",
            "recently",
            "now",
            "former",
            "term",
            "future",
            "daily",
            "GMT",
            "UTC",
            "a.m.",
            "p.m.",
            "am",
            "pm",
            "1",
            "3",
            "12",
            "24",
            "0800",
            "16:15",
            "1996",
            "2019",
            "1990s",
            "1990's",
            "2024-05-01",
            "12/22/2025",
            "2025/12/22",
            "5th",
            "1st",
            "1/2",
            "year-earlier",
            "just-ended",
            "latest",
            "comparable",
            "-",
            "–",
            ",",
            ".",
            "'s",
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..3000 {
            let words: Vec<&str> = (0..10).map(|_| PIECES[next(PIECES.len())]).collect();
            let sep = [" ", " ", " ", "-", ""][next(5)];
            find_dates(&words.join(sep), 0, Some("2024-05-01".parse().unwrap()));
        }
    }
}
