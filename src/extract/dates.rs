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

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;
use regex::{Captures, Regex};
use std::collections::BTreeMap;
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
}

type Resolve = fn(&Captures<'_>, &Context<'_>) -> Option<(DateType, String, Anchor)>;

struct Rule {
    regex: Regex,
    resolve: Resolve,
    /// Matches almost every article (years, ISO dates): always run, and
    /// kept out of the set so that the set's pass is cheaper.
    common: bool,
}

/// What a rule may look at besides its own match.
struct Context<'a> {
    dct: Option<Date>,
    /// The text before the match, back to the start of its sentence.
    before: &'a str,
    /// The text after the match, up to the end of its sentence.
    after: &'a str,
    /// The article reports quarterly results, where "a year ago" means
    /// the same quarter a year before.
    quarterly: bool,
    /// The first day of the quarter the article reports on: the first
    /// quarter it names ("its fiscal first quarter"), else the calendar
    /// quarter that ended most recently before the article date.
    reported_quarter: Option<Date>,
}

impl Context<'_> {
    /// The word just before the match, lower-cased.
    fn prev_word(&self) -> String {
        self.before
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_lowercase()
    }

    /// The word just after the match, lower-cased.
    fn next_word(&self) -> String {
        self.after
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase()
    }

    /// True when "a year ago" here compares quarters: the article reports
    /// quarterly results or the sentence names a quarter, and the
    /// sentence is not about the year to date ("for the nine months").
    fn compares_quarters(&self) -> bool {
        let sentence_says = |w: &str| self.before.contains(w) || self.after.contains(w);
        let year_to_date = sentence_says("nine months") || sentence_says("six months");
        !year_to_date && (self.quarterly || sentence_says("quarter"))
    }

    /// True when the sentence around the match talks about a quarter.
    fn in_quarter_talk(&self) -> bool {
        self.quarterly
            && (self.before.contains("quarter")
                || self.after.contains("quarter")
                || self.before.contains("period")
                || self.after.contains("period"))
    }
}

const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)";
const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const NUMBER: &str = r"(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b|(?:[Aa]\s+)?couple\s+of|[Aa]\s+dozen|[Aa]n?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|a\s+few|few|many|some)";
/// A year in words, as broadcast transcripts write them: "nineteen
/// ninety-six", "nineteen oh five", "two thousand and one".
const SPELLED_YEAR: &str = r"(?:(?:[Nn]ineteen|[Ee]ighteen)[-\s](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:oh|o)[-\s](?:one|two|three|four|five|six|seven|eight|nine))|[Tt]wo\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?))?)";
const UNIT: &str = r"(?:second|minute|hour|day|week|month|quarter|year|decade|century|centuries)s?";

/// The rules, and one set of all their patterns that tells in a single
/// pass which rules can match an article at all; most articles need only
/// a handful of the rules, so the others never scan the text.
struct Rules {
    rules: Vec<Rule>,
    any: regex::RegexSet,
}

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        let rules = rule_list();
        // A larger lazy-DFA cache: with thirty patterns in one set the
        // default one fills and is rebuilt over and over.
        let any = regex::RegexSetBuilder::new(rules.iter().map(|r| {
            if r.common {
                "(?-u:\\b)\\x00\\x01\\x02"
            } else {
                r.regex.as_str()
            }
        }))
        .dfa_size_limit(32 << 20)
        .build()
        .expect("date rules compile as a set");
        Rules { rules, any }
    })
}

fn rule_list() -> Vec<Rule> {
    {
        let r = |pattern: &str, resolve: Resolve| Rule {
            common: false,
            regex: regex::RegexBuilder::new(
                &pattern
                    .replace("{M}", MONTH)
                    .replace("{W}", WEEKDAY)
                    .replace("{N}", NUMBER)
                    .replace("{U}", UNIT)
                    .replace("{Y}", SPELLED_YEAR)
                    // ASCII word boundaries keep the fast DFA engines in
                    // play; Unicode ones force the slow PikeVM on non-ASCII
                    // text. Date words are ASCII.
                    .replace(r"\b", r"(?-u:\b)"),
            )
            .dfa_size_limit(8 << 20)
            .build()
            .expect("date rule compiles"),
            resolve,
        };
        let common = |pattern: &str, resolve: Resolve| Rule {
            common: true,
            ..r(pattern, resolve)
        };
        vec![
            common(r"\b(\d{4})-(\d{2})-(\d{2})\b", iso_date),
            r(
                r"\b({M})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b",
                month_day_year,
            ),
            r(
                r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?({M}),?\s+(\d{4})\b",
                day_month_year,
            ),
            r(r"\b({M})\s+(\d{1,2})(?:st|nd|rd|th)?\b", month_day),
            r(
                r"\b({M})\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|and|to|through|or)\s*(?P<span>\d{1,2})(?:st|nd|rd|th)?\b",
                month_day,
            ),
            r(
                r"\b(?i:(last|next|this))\s+({M})\s+(\d{1,2})(?:st|nd|rd|th)?\b",
                relative_month_day,
            ),
            r(
                r"(?i)\bthe\s+week\s+of\s+((?-i:{M}))\s+(\d{1,2})(?:st|nd|rd|th)?\b",
                week_of,
            ),
            r(
                r"(?i)\b(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\s+century\b",
                century,
            ),
            r(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?({M})", day_month),
            r(
                r"\b(?:(?i:(early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of))[-\s]+)?({M}),?\s+(?:of\s+)?(\d{4})\b",
                month_year,
            ),
            r(
                r#"\b(?:(?i:(early|mid|late|last|next|this|the\s+middle\s+of|the\s+end\s+of|the\s+beginning\s+of))[-\s]+)?({M})(?:\s+(?i:(last\s+year|this\s+year|next\s+year)))?(?:[\s,.;:)"'!?]|$)"#,
                month_alone,
            ),
            common(r"(?:^|[^\w$£€.,\-/])(1[6-9]\d\d|20\d\d)\b", year),
            r(
                r"\b(?:({M}|(?i:(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+of|the\s+year))\s+)?({Y})\b",
                spelled_year,
            ),
            r(
                r"(?i)\b(?:early|mid|late|pre|post)-(1[6-9]\d\d|20\d\d)\b",
                hyphened_year,
            ),
            r(
                r"(?i)\b(?:the\s+)?(?:(early|mid|late)[-\s]+)?(1[89]\d|20\d)0'?s\b",
                decade,
            ),
            r(
                r"\b{W},?\s+({M})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b",
                weekday_dated,
            ),
            r(
                r"\b(?:(?i:(last|next|this|past|this\s+coming|coming|the\s+previous|the\s+following))\s+)?({W})(?:\s+(morning|afternoon|evening|night))?(s)?\b",
                weekday,
            ),
            r(
                r"(?i)\b(today|yesterday|tomorrow|tonight)(?:\s+(morning|afternoon|evening|night))?\b",
                day_word,
            ),
            r(
                r"(?i)\b(this|last)\s+(morning|afternoon|evening|night)\b",
                part_of_today,
            ),
            r(
                r"(?i)\b(?:(earlier|later)\s+)?(this|last|next|the\s+past|the\s+last|the\s+coming|the\s+next|the\s+previous|previous|coming|current|the\s+current)\s+(?:fiscal\s+)?(week|month|year|quarter|weekend|decade|century)\b",
                relative_period,
            ),
            r(r"(?i)\b({N})\s+({U})\s+(ago|earlier|before|later)\b", ago),
            r(
                r"(?i)\b(?:the\s+)?(?:(?:past|last|next|first|previous|coming|following|final|latest)\s+)?({N})(\s+1/2|\s+and\s+a\s+half)?[-\s](?:(?:more|additional|extra|trading|business|working|straight|consecutive|full)\s+)?({U})(?:-(long|old))?(\s+and\s+a\s+half)?\b",
                duration,
            ),
            r(
                r"(?i)\b(recent\s+(?:years|months|weeks|days|decades)|recently|now|currently|the\s+(?:near\s+|distant\s+)?future|the\s+past|nowadays|these\s+days|the\s+(?:near|short)\s+term|(?:the\s+)?(?:coming|future|next\s+few|weeks\s+and)\s+(?:days|weeks|months|quarters|years)|past\s+(?:years|decades)|a\s+later\s+date|current|former(?:ly)?)\b",
                vague,
            ),
            r(
                r"(?i)\b(?:within|over|(?:first\s+time\s+)?in)\s+(?P<span>(?:the\s+)?(days|weeks|months|years|decades)(?:\s+or\s+(?:days|weeks|months|years))?(?:\s+ahead)?)\b",
                unknown_stretch,
            ),
            r(
                r"(?i)\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b(?:\s+of\s+(\d{4}))?",
                quarter,
            ),
            r(
                r"(?i)\b(?:the\s+)?(first|second|last)\s+half\s+of\s+(\d{4})\b",
                half,
            ),
            r(
                r"(?i)\b(?:the\s+)?(\d{4})(?:'s)?\s+(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b",
                year_quarter,
            ),
            r(
                r"(?i)\b(this|last|next)\s+year's\s+(first|second|third|fourth)[-\s]quarter\b",
                relative_year_quarter,
            ),
            r(
                r"(?i)\bthe\s+(?:latest|most\s+recent|recent|same|current|just-ended|fiscal)?\s*(quarter|period)\b",
                reported_quarter,
            ),
            r(
                r"(?i)\bthe\s+(?:comparable\s+|same\s+)?(\d{4})\s+(?:quarter|period)\b",
                dated_quarter,
            ),
            r(
                r"(?i)\b(?:the\s+)?year-(?:earlier|ago)(?:\s+(?:quarter|period))?\b|\bthe\s+(?:same\s+)?(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|of\s+last\s+year|last\s+year)\b",
                year_ago_quarter,
            ),
            r(r"(?i)\b(?:the|this|last|next)\s+weekend\b", weekend),
            r(
                r"\b(?:(?i:(last|next|this))\s+)?(Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year's\s+Eve|New\s+Year's\s+Day|Thanksgiving\s+Day|Thanksgiving|Easter\s+Sunday|Easter|Good\s+Friday|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Election\s+Day|Valentine's\s+Day|Halloween|Boxing\s+Day)\b(?:\s+(\d{4}))?",
                holiday,
            ),
            r(
                r"(?i)\bthe\s+(?:(next|following|previous)\s+day|day\s+(before|after))\b",
                adjacent_day,
            ),
            r(
                r"(?i)\b(?:(?:earlier|later)\s+)?(that|the\s+same|that\s+same|the\s+following|the\s+prior)\s+(day|week|month|year|quarter)\b",
                referred_period,
            ),
            r(
                r"(?i)\bthe\s+(full\s+|fiscal\s+|current\s+fiscal\s+|latest\s+fiscal\s+)?year\b",
                the_year,
            ),
            r(
                r"(?i)\bthe\s+(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
                decade_word,
            ),
            r(
                r"(?i)\b(this\s+past|this|last|past|next|the|in|during|early|late)\s+(?:(?:early|late|mid)[-\s]?)?(spring|summer|autumn|fall|winter)(?:\s+of)?(?:\s+(\d{4}))?\b",
                season,
            ),
            r(
                r"(?i)\b(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b|in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b)(?:\s+(?:local\s+time|EST|EDT|GMT|PST|PDT|CST|CDT|ET))?(?:\s*,?\s+(?:on\s+)?((?-i:{W})|today|yesterday|tomorrow|(?-i:{M})\s+\d{1,2}))?",
                clock_time,
            ),
            r(
                r"(?i)\b(noon|midnight|mid[-\s]?morning|mid[-\s]?afternoon|mid-?day)(?:\s+(?:on\s+)?((?-i:{W})|today|yesterday|tomorrow))?\b",
                named_time,
            ),
            r(
                r"(?i)\b(?:every|each)\s+(day|week|month|year|morning|night|{W}|(?-i:{M}))\b",
                every,
            ),
            r(
                r"(?i)\b(hourly|daily|weekly|monthly|quarterly|annually|yearly)\b",
                frequency,
            ),
        ]
    }
}

/// Finds every date expression in `text[from..]`, resolved against `dct`.
pub fn find_dates(text: &str, from: usize, dct: Option<Date>) -> Vec<FoundDate> {
    let body = &text[from..];
    let quarterly = body.matches("quarter").take(2).count() == 2;
    let reported_quarter = dct.and_then(|dct| reported_quarter_start(body, dct));
    let mut found: Vec<FoundDate> = Vec::new();
    let rules = rules();
    let hits = rules.any.matches(body);
    let runs = |k: &usize| rules.rules[*k].common || hits.matched(*k);
    for rule in (0..rules.rules.len()).filter(runs).map(|k| &rules.rules[k]) {
        for caps in rule.regex.captures_iter(body) {
            // A rule may mark the part that is the date with a group named
            // `span`; the rest of the match is context.
            let m = caps
                .name("span")
                .unwrap_or_else(|| caps.get(0).expect("whole match"));
            // Rules may consume one guard character at either end; the
            // span is the meaningful groups, trimmed.
            let (start, end) = trim_span(body, m.start(), m.end());
            if start >= end {
                continue;
            }
            let ctx = Context {
                dct,
                before: sentence_before(body, start),
                after: sentence_after(body, end),
                quarterly,
                reported_quarter,
            };
            if let Some((ty, value, anchor)) = (rule.resolve)(&caps, &ctx) {
                found.push(FoundDate {
                    start: from + start,
                    end: from + end,
                    ty,
                    value,
                    anchor,
                });
            }
        }
    }
    // Longest first, then earliest; keep those that overlap nothing kept.
    // Kept spans never overlap, so only the neighbours by start need a look.
    found.sort_by_key(|d| (std::cmp::Reverse(d.end - d.start), d.start));
    let mut kept: BTreeMap<usize, FoundDate> = BTreeMap::new();
    for d in found {
        let before = kept.range(..d.end).next_back();
        if before.is_some_and(|(_, k)| k.end > d.start) {
            continue;
        }
        kept.insert(d.start, d);
    }
    let mut dates: Vec<FoundDate> = kept.into_values().collect();
    anchor_on_mentions(body, from, &mut dates);
    dates
}

/// "On March 3 … two days later", "the next day": day-level steps from a
/// date the text has just named are resolved against that date rather than
/// the article's, and say so in their anchor.
fn anchor_on_mentions(body: &str, from: usize, dates: &mut [FoundDate]) {
    static STEP: OnceLock<Regex> = OnceLock::new();
    let step = STEP.get_or_init(|| {
        Regex::new(&format!(
            r"(?i)^(?:({NUMBER})\s+(day|week)s?\s+(later|earlier|after|before)|the\s+(next|following|previous)\s+day|the\s+day\s+(before|after))$"
        ))
        .expect("step pattern compiles")
    });
    static REFER: OnceLock<Regex> = OnceLock::new();
    let refer = REFER.get_or_init(|| {
        Regex::new(
            r"(?i)^(?:(?:earlier|later)\s+)?(that|the\s+same|that\s+same|the\s+following|the\s+prior)\s+(day|week|month|year|quarter)$",
        )
        .expect("reference pattern compiles")
    });
    let mut last_day: Option<(usize, Date)> = None;
    for i in 0..dates.len() {
        let text = &body[dates[i].start - from..dates[i].end - from];
        if let Some(c) = step.captures(text) {
            if let Some((k, day)) = last_day {
                let days = match (c.get(1), c.get(4), c.get(5)) {
                    (Some(n), _, _) => {
                        // "a few days later" names no number of days.
                        let Some(n) = number_value(n.as_str()) else {
                            continue;
                        };
                        let unit = if c[2].eq_ignore_ascii_case("week") {
                            7
                        } else {
                            1
                        };
                        let sign = if matches!(c[3].to_lowercase().as_str(), "later" | "after") {
                            1
                        } else {
                            -1
                        };
                        sign * n * unit
                    }
                    (_, Some(w), _) if w.as_str().eq_ignore_ascii_case("previous") => -1,
                    (_, Some(_), _) => 1,
                    (_, _, Some(w)) if w.as_str().eq_ignore_ascii_case("before") => -1,
                    _ => 1,
                };
                if let Ok(d) = day.checked_add(days.days()) {
                    dates[i].ty = DateType::Date;
                    dates[i].value = fmt_date(d);
                    dates[i].anchor = Anchor::Mention(k);
                }
            }
        } else if let Some(c) = refer.captures(text) {
            let unit = c[2].to_lowercase();
            // The nearest calendar date before it; when that is coarser
            // than the reference ("last October … that same day"), the
            // value keeps what is known: "1998-10-XX".
            let nearest = (0..i)
                .rev()
                .find(|&k| period_start(&dates[k].value, "year").is_some());
            if let Some(k) = nearest {
                let step = reference_step(&c[1]);
                let value = &dates[k].value;
                if let Some(d) = period_start(value, &unit).and_then(|d| shift(d, &unit, step)) {
                    dates[i].value = period_value(d, &unit);
                    dates[i].anchor = Anchor::Mention(k);
                } else if unit == "day" && step == 0 && period_start(value, "month").is_some() {
                    dates[i].value = format!("{}-XX", &value[..7]);
                    dates[i].anchor = Anchor::Mention(k);
                }
            }
        }
        if let Ok(d) = dates[i].value.parse::<Date>() {
            if dates[i].value.len() == 10 {
                last_day = Some((i, d));
            }
        }
    }
}

/// The first day of the `unit`-long period a value names, when the value
/// is at least that precise: "1998-10-23" names a day, a week, a month and
/// a year; "1998-10" only a month and a year; "1998-Q3" a quarter and a year.
fn period_start(value: &str, unit: &str) -> Option<Date> {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    if !digits(0..4) || b.get(4).is_some_and(|&c| c != b'-') {
        return None;
    }
    let year: i16 = value[..4].parse().ok()?;
    let day = digits(5..7) && b.get(7) == Some(&b'-') && digits(8..10);
    let month = digits(5..7) && b.get(7).is_none_or(|&c| c == b'-');
    let quarter = b.get(5) == Some(&b'Q') && digits(6..7);
    match unit {
        "day" | "week" if day => value[..10].parse().ok(),
        "month" if day || month => Date::new(year, value[5..7].parse().ok()?, 1).ok(),
        "quarter" if quarter => {
            Date::new(year, (value[6..7].parse::<i8>().ok()? - 1) * 3 + 1, 1).ok()
        }
        "quarter" if day || month => {
            let m: i8 = value[5..7].parse().ok()?;
            Date::new(year, (m - 1) / 3 * 3 + 1, 1).ok()
        }
        "year" => Date::new(year, 1, 1).ok(),
        _ => None,
    }
}

/// Trims leading non-alphanumerics and trailing spaces or punctuation
/// other than a period that ends an abbreviation ("a.m.").
fn trim_span(body: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let s = &body[start..end];
    let lead = s.len() - s.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    start += lead;
    let s = &body[start..end];
    let mut trimmed = s.trim_end_matches(|c: char| c.is_whitespace() || ",;:)\"'!?".contains(c));
    if trimmed.ends_with('.') && !trimmed.ends_with("m.") && !is_month_abbrev(trimmed) {
        trimmed = &trimmed[..trimmed.len() - 1];
    }
    end = start + trimmed.len();
    (start, end)
}

fn is_month_abbrev(s: &str) -> bool {
    let last = s.rsplit(' ').next().unwrap_or(s);
    let name = last.trim_end_matches('.');
    last.ends_with('.')
        && name.len() <= 4
        && !matches!(name, "June" | "July")
        && month_number(name).is_some()
}

/// How far rules look around a match for context, in bytes. Bounded so
/// that a long line without punctuation costs linear time, not quadratic.
const CONTEXT_WINDOW: usize = 200;

fn sentence_before(body: &str, start: usize) -> &str {
    let mut lo = start.saturating_sub(CONTEXT_WINDOW);
    while !body.is_char_boundary(lo) {
        lo += 1;
    }
    let window = &body[lo..start];
    let cut = window
        .rmatch_indices(['.', '\n', '!', '?'])
        .find(|&(i, _)| ends_sentence(window, i))
        .map_or(0, |(i, _)| i + 1);
    &window[cut..]
}

/// A period between digits ("$1.61", "9.5 million"), after an initial
/// ("Daniel P. Davison") or after a title ("Mr.", "Gen.") does not end a
/// sentence; other stops do.
fn ends_sentence(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    if b[i] != b'.' {
        return true;
    }
    if b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let word = text[..i]
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let initial = word.len() == 1 && word.starts_with(|c: char| c.is_ascii_uppercase());
    const TITLES: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Sgt",
        "Capt", "Prof", "Rev", "No", "vs",
    ];
    !(initial || TITLES.contains(&word))
}

fn sentence_after(body: &str, end: usize) -> &str {
    let mut hi = (end + CONTEXT_WINDOW).min(body.len());
    while !body.is_char_boundary(hi) {
        hi -= 1;
    }
    let window = &body[end..hi];
    let cut = window
        .match_indices(['.', '\n', '!', '?'])
        .find(|&(i, _)| ends_sentence(window, i))
        .map_or(window.len(), |(i, _)| i);
    &window[..cut]
}

fn month_number(name: &str) -> Option<i8> {
    let key: String = name.chars().take(3).collect::<String>().to_lowercase();
    let n = match key.as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(n)
}

fn number_value(word: &str) -> Option<i64> {
    let w = word.to_lowercase();
    let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
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
    let n = match w.as_str() {
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

fn ymd(y: i64, m: i64, d: i64) -> Option<Date> {
    Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()
}

fn fmt_date(d: Date) -> String {
    d.to_string()
}

fn fmt_week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn int(caps: &Captures<'_>, i: usize) -> Option<i64> {
    caps.get(i)?.as_str().parse().ok()
}

/// What the sentence around a date says about when it happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tense {
    /// A past-tense verb governs the date: "changed … in December".
    Past,
    /// Nothing decides; news leans to the past.
    Unknown,
    /// "will", "expects to", "as soon as": the date lies ahead.
    Future,
}

/// Reads the tense of the clause a date sits in.
fn tense(ctx: &Context<'_>) -> Tense {
    /// Words that put what follows in the future.
    const MARKERS: &[&[&str]] = &[
        &["will"],
        &["shall"],
        &["scheduled"],
        &["expected", "to"],
        &["expects", "to"],
        &["expect", "to"],
        &["plans", "to"],
        &["plan", "to"],
        &["intends", "to"],
        &["aims", "to"],
        &["hopes", "to"],
        &["agreed", "to"],
        &["due", "to"],
        &["going", "to"],
        &["is", "to"],
        &["are", "to"],
        &["set", "to"],
        &["due"],
        &["next"],
        &["planned"],
        &["starting"],
        &["upcoming"],
        &["effective"],
        &["would", "be"],
        &["as", "early", "as"],
        &["planning", "to"],
        &["wants", "to"],
        &["want", "to"],
        &["hoping", "to"],
        &["ready", "to"],
        &["set", "for"],
        &["as", "soon", "as"],
    ];
    // Only the clause the date sits in counts: "Exiles will fight the
    // ruling, Cuba predicted Wednesday" reports the past.
    let clause = ctx
        .before
        .rsplit([',', '"', ';', ':', '“', '”', '(', '—'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    // The cue nearest the date governs it: in "will begin … since he was
    // rescued in late November" the date belongs to "was rescued".
    let words: Vec<&str> = clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .collect();
    for i in (0..words.len()).rev() {
        let spatial = words[i] == "next" && words.get(i + 1) == Some(&"to");
        if words[i].ends_with("'ll")
            || !spatial && MARKERS.iter().any(|m| words[i..].starts_with(m))
        {
            // "It had been due to expire Friday": a plan already past.
            let past_plan = i > 0 && matches!(words[i - 1], "been" | "had");
            return if past_plan {
                Tense::Past
            } else {
                Tense::Future
            };
        }
        // "postponed until Tuesday": the deadline lies ahead whatever
        // the verb's tense.
        if i + 1 == words.len() && i > 0 && words[i] == "until" {
            return Tense::Future;
        }
        // A present-tense verb nearer the date than any past one: "when
        // the case is heard in May".
        if matches!(words[i], "is" | "are" | "am") {
            return Tense::Unknown;
        }
        // A participle takes its tense from its auxiliary ("is heard",
        // "would be paid"), which the next step reads; after a determiner
        // it is an adjective ("the proposed merger").
        let after_helper = i > 0
            && (is_determiner(words[i - 1])
                || matches!(
                    words[i - 1],
                    "is" | "are"
                        | "be"
                        | "been"
                        | "being"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                ));
        if is_past_verb(words[i]) && !after_helper {
            return Tense::Past;
        }
    }
    // A date that opens its sentence ("On Tuesday, the league plans to
    // …") takes its tense from the rest of the sentence.
    let opens = words
        .iter()
        .all(|w| matches!(*w, "" | "on" | "by" | "until" | "from" | "in"));
    if !opens {
        return Tense::Unknown;
    }
    const STRONG: &[&[&str]] = &[
        &["will"],
        &["plans", "to"],
        &["plan", "to"],
        &["is", "scheduled"],
        &["are", "scheduled"],
        &["is", "expected", "to"],
        &["are", "expected", "to"],
        &["is", "due", "to"],
        &["are", "due", "to"],
        &["is", "set", "to"],
        &["are", "set", "to"],
    ];
    // The first cue after the date decides: "In September, it announced
    // plans to …" is past.
    let rest = ctx.after.to_lowercase();
    let rest: Vec<&str> = rest
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .collect();
    for i in 0..rest.len() {
        if rest[i].ends_with("'ll") || STRONG.iter().any(|m| rest[i..].starts_with(m)) {
            return Tense::Future;
        }
        if is_past_verb(rest[i]) && !(i > 0 && is_determiner(rest[i - 1])) {
            return Tense::Past;
        }
    }
    Tense::Unknown
}

/// Words after which an "-ed" form is an adjective: "the proposed
/// merger", "9.5 million preferred shares".
fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "your"
            | "this"
            | "these"
            | "those"
            | "million"
            | "billion"
            | "some"
            | "any"
            | "no"
            | "newly"
            | "recently"
    ) || word.starts_with(|c: char| c.is_ascii_digit())
}

/// The tense for a full date: a past-tense verb often sets a date still
/// ahead ("extended the offer to Nov. 20"), so only the future counts.
fn deadline_tense(ctx: &Context<'_>) -> Tense {
    match tense(ctx) {
        Tense::Past => Tense::Unknown,
        t => t,
    }
}

/// True when the sentence around a match speaks of the future.
fn future_context(ctx: &Context<'_>) -> bool {
    tense(ctx) == Tense::Future
}

/// A past-tense verb: one of the common irregular ones, or a regular
/// "-ed" form that is not a common adjective or a future cue.
fn is_past_verb(word: &str) -> bool {
    const NOT_VERBS: &[&str] = &[
        "united",
        "scheduled",
        "expected",
        "planned",
        "proposed",
        "based",
        "related",
        "limited",
        "hundred",
        "indeed",
        "proceed",
        "exceed",
        "succeed",
        "detailed",
        "advanced",
        "concerned",
        "supposed",
        "alleged",
        "so-called",
        "armed",
        "unarmed",
        "interested",
        "combined",
        "estimated",
        "required",
        "renewed",
        "embattled",
        "beloved",
        "wicked",
        "naked",
    ];
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    if PAST_VERBS.contains(&word) {
        return true;
    }
    // "unspecified", "unchanged" are adjectives.
    word.len() > 4 && word.ends_with("ed") && !word.starts_with("un") && !NOT_VERBS.contains(&word)
}

/// Common irregular past-tense verbs of news reporting.
const PAST_VERBS: &[&str] = &[
    "said",
    "told",
    "met",
    "left",
    "came",
    "went",
    "saw",
    "took",
    "gave",
    "held",
    "began",
    "won",
    "lost",
    "made",
    "was",
    "were",
    "had",
    "did",
    "sent",
    "spoke",
    "wrote",
    "fell",
    "rose",
    "ran",
    "struck",
    "hit",
    "brought",
    "bought",
    "sold",
    "paid",
    "led",
    "shot",
    "fought",
    "caught",
    "kept",
    "got",
    "put",
    "set",
    "found",
    "thought",
    "felt",
    "heard",
    "tore",
    "broke",
    "drove",
    "flew",
    "grew",
    "knew",
    "threw",
    "wore",
    "chose",
    "rode",
    "stole",
    "swore",
    "woke",
    "froze",
    "became",
    "drew",
    "hid",
    "built",
    "spent",
    "meant",
    "stood",
    "sat",
    "sank",
    "fled",
    "dealt",
    "hung",
    "stuck",
    "swung",
    "withdrew",
    "arose",
    "underwent",
    "overtook",
    "has",
    "have",
];

fn iso_date(c: &Captures<'_>, _: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let d = ymd(int(c, 1)?, int(c, 2)?, int(c, 3)?)?;
    Some((DateType::Date, fmt_date(d), Anchor::None))
}

fn month_day_year(c: &Captures<'_>, _: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let m = month_number(c.get(1)?.as_str())?;
    let d = ymd(int(c, 3)?, m.into(), int(c, 2)?)?;
    Some((DateType::Date, fmt_date(d), Anchor::None))
}

fn day_month_year(c: &Captures<'_>, _: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let m = month_number(c.get(2)?.as_str())?;
    let d = ymd(int(c, 3)?, m.into(), int(c, 1)?)?;
    Some((DateType::Date, fmt_date(d), Anchor::None))
}

fn month_day_value(m: i8, day: i64, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    if !(1..=31).contains(&day) {
        return None;
    }
    let Some(dct) = ctx.dct else {
        let value = format!("XXXX-{m:02}-{day:02}");
        return Some((DateType::Date, value, Anchor::None));
    };
    let y = nearest_year(dct, m, day.try_into().ok()?, deadline_tense(ctx), 1);
    let d = ymd(y, m.into(), day)?;
    Some((DateType::Date, fmt_date(d), Anchor::Article))
}

/// The year that puts month `m`, day `day` nearest the article date. News
/// looks back more than ahead, so a date in the future must be less than
/// a third as far as its past alternative to win. The tense settles it
/// when known: a past-tense sentence rules out dates more than `slack`
/// days ahead ("changed … in December" written in October), a future one
/// dates more than `slack` days behind.
fn nearest_year(dct: Date, m: i8, day: i8, tense: Tense, slack: i64) -> i64 {
    let y = i64::from(dct.year());
    let distance = |year: i64| -> Option<i64> {
        let d = ymd(year, m.into(), day.into()).or_else(|| ymd(year, m.into(), 28))?;
        Some(d.since(dct).ok()?.get_days().into())
    };
    let candidates = [y - 1, y, y + 1];
    candidates
        .into_iter()
        .filter_map(|year| {
            let days = distance(year)?;
            let cost = match tense {
                Tense::Past if days > slack => return None,
                Tense::Future if days < -slack => return None,
                Tense::Future | Tense::Past => days.abs(),
                Tense::Unknown if days > 0 => days * 3,
                Tense::Unknown => days.abs(),
            };
            Some((cost, year))
        })
        .min()
        .map_or(y, |(_, year)| year)
}

fn month_day(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    // "May 5 votes" is not a date; a following digit or "%" is a number.
    if ctx
        .after
        .starts_with(|ch: char| ch.is_ascii_digit() || ch == '%')
    {
        return None;
    }
    month_day_value(month_number(c.get(1)?.as_str())?, int(c, 2)?, ctx)
}

/// "last Oct. 23", "next March 5": the nearest such day before or after
/// the article date; "this" keeps the article's year.
fn relative_month_day(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let m = month_number(c.get(2)?.as_str())?;
    let day = int(c, 3)?;
    let dct = ctx.dct?;
    let y = i64::from(dct.year());
    let d = match c.get(1)?.as_str().to_lowercase().as_str() {
        "last" => [y, y - 1]
            .into_iter()
            .filter_map(|y| ymd(y, m.into(), day))
            .find(|d| *d < dct)?,
        "next" => [y, y + 1]
            .into_iter()
            .filter_map(|y| ymd(y, m.into(), day))
            .find(|d| *d > dct)?,
        _ => ymd(y, m.into(), day)?,
    };
    Some((DateType::Date, fmt_date(d), Anchor::Article))
}

/// "the week of March 6": the ISO week holding that day.
fn week_of(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let m = month_number(c.get(1)?.as_str())?;
    let (ty, value, anchor) = month_day_value(m, int(c, 2)?, ctx)?;
    let week = value
        .parse::<Date>()
        .map_or_else(|_| "XXXX-WXX".to_string(), fmt_week);
    Some((ty, week, anchor))
}

/// "the 20th century" → "19": TimeML names a century by its first two
/// digits.
fn century(c: &Captures<'_>, _: &Context<'_>) -> Option<(DateType, String, Anchor)> {
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

fn day_month(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    month_day_value(month_number(c.get(2)?.as_str())?, int(c, 1)?, ctx)
}

fn month_year(c: &Captures<'_>, _: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let m = month_number(c.get(2)?.as_str())?;
    let y = int(c, 3)?;
    Some((DateType::Date, format!("{y:04}-{m:02}"), Anchor::None))
}

fn month_alone(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let name = c.get(2)?.as_str();
    let modifier = c.get(1).map(|m| m.as_str().to_lowercase());
    // "may" and "march" are verbs too: take them only with a cue.
    if matches!(name, "May" | "March") && modifier.is_none() {
        let prev = ctx.prev_word();
        // "the March accession": a month used as a modifier.
        let next = ctx.after.split_whitespace().next().unwrap_or("");
        let modifies = prev == "the" && next.starts_with(char::is_lowercase) && next != "of";
        if !modifies
            && !matches!(
                prev.as_str(),
                "in" | "since"
                    | "until"
                    | "by"
                    | "of"
                    | "from"
                    | "through"
                    | "during"
                    | "before"
                    | "after"
                    | "early"
                    | "late"
                    | "mid"
            )
        {
            return None;
        }
    }
    let m = month_number(name)?;
    let Some(dct) = ctx.dct else {
        return Some((DateType::Date, format!("XXXX-{m:02}"), Anchor::None));
    };
    let this_year = i64::from(dct.year());
    let y = match (
        modifier.as_deref(),
        c.get(3).map(|x| x.as_str().to_lowercase()),
    ) {
        (_, Some(rel)) if rel.starts_with("last") => this_year - 1,
        (_, Some(rel)) if rel.starts_with("next") => this_year + 1,
        (_, Some(_)) => this_year,
        (Some("last"), _) if m >= dct.month() => this_year - 1,
        (Some("last"), _) => this_year,
        (Some("next"), _) => this_year + 1,
        (Some("this"), _) => this_year,
        (Some("early" | "mid" | "late"), _) => nearest_year(dct, m, 15, tense(ctx), 16),
        _ => {
            // "changed … in December": a past event in a named month.
            let t = match tense(ctx) {
                Tense::Past if !in_month_word(ctx.before) => Tense::Unknown,
                t => t,
            };
            nearest_year(dct, m, 15, t, 16)
        }
    };
    Some((DateType::Date, format!("{y:04}-{m:02}"), Anchor::Article))
}

/// True when the text before a month ends with "in", "since" or "during".
fn in_month_word(before: &str) -> bool {
    let prev = before.trim_end().rsplit(' ').next().unwrap_or("");
    ["in", "since", "during"]
        .iter()
        .any(|w| prev.eq_ignore_ascii_case(w))
}

fn year(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let y = int(c, 1)?;
    let after = ctx.after;
    // Numbers, not years: "2,021", "2021%", "1990-91" stays a year.
    if after.starts_with(|ch: char| ch == '%' || ch.is_ascii_digit())
        || after.starts_with(",0")
        || after.starts_with(",1")
        || after.starts_with(".") && after[1..].starts_with(|ch: char| ch.is_ascii_digit())
    {
        return None;
    }
    let prev = ctx.prev_word();
    let next = ctx.next_word();
    const NOUNS: &[&str] = &[
        "people",
        "persons",
        "votes",
        "troops",
        "soldiers",
        "members",
        "shares",
        "cars",
        "units",
        "jobs",
        "workers",
        "tons",
        "tonnes",
        "feet",
        "metres",
        "meters",
        "miles",
        "kilometres",
        "km",
        "dollars",
        "euros",
        "pounds",
        "yen",
        "points",
        "homes",
        "deaths",
        "cases",
        "students",
        "children",
        "men",
        "women",
        "residents",
        "employees",
        "families",
    ];
    if NOUNS.contains(&next.trim_matches(|ch: char| !ch.is_alphanumeric())) {
        return None;
    }
    if matches!(
        prev.as_str(),
        "no." | "number" | "page" | "flight" | "room" | "$" | "route"
    ) {
        return None;
    }
    Some((DateType::Date, format!("{y:04}"), Anchor::None))
}

/// The value of a year written in words ("nineteen ninety-six" → 1996).
fn spelled_year_value(words: &str) -> Option<i64> {
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

fn spelled_year(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let words = c.get(2)?.as_str();
    let y = spelled_year_value(words)?;
    let lead = c.get(1).map(|m| m.as_str().to_lowercase());
    // "two thousand" is more often a count than a year: only after "the
    // year", a month or a preposition of time, and not before a noun.
    if words.to_lowercase().starts_with("two") && lead.is_none() {
        let prev = ctx.before.split_whitespace().last().unwrap_or("");
        let next = ctx.after.split_whitespace().next().unwrap_or("");
        let cued = ["in", "by", "since", "until", "of", "before", "after"]
            .iter()
            .any(|w| prev.eq_ignore_ascii_case(w));
        let counted = next.starts_with(char::is_lowercase)
            && !matches!(next, "and" | "or" | "when" | "to" | "the" | "as");
        if !cued || counted {
            return None;
        }
    }
    let value = match lead.as_deref() {
        Some(l) if month_number(l).is_some() && !l.starts_with("the") => {
            let m = month_number(l)?;
            format!("{y:04}-{m:02}")
        }
        Some(l) if l.ends_with(" of") => {
            let code = if l.contains("spring") {
                "SP"
            } else if l.contains("summer") {
                "SU"
            } else if l.contains("winter") {
                "WI"
            } else {
                "FA"
            };
            format!("{y:04}-{code}")
        }
        _ => format!("{y:04}"),
    };
    Some((DateType::Date, value, Anchor::None))
}

/// "mid-1996": the year, which the plain year rule skips after a hyphen.
fn hyphened_year(c: &Captures<'_>, _: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    Some((DateType::Date, c.get(1)?.as_str().to_string(), Anchor::None))
}

fn decade(c: &Captures<'_>, _: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    Some((DateType::Date, c.get(2)?.as_str().to_string(), Anchor::None))
}

fn weekday_number(name: &str) -> Option<Weekday> {
    let lower = name.to_lowercase();
    Some(match lower.get(..3)? {
        "mon" => Weekday::Monday,
        "tue" => Weekday::Tuesday,
        "wed" => Weekday::Wednesday,
        "thu" => Weekday::Thursday,
        "fri" => Weekday::Friday,
        "sat" => Weekday::Saturday,
        "sun" => Weekday::Sunday,
        _ => return None,
    })
}

fn part_suffix(part: Option<&str>) -> &'static str {
    match part.map(str::to_lowercase).as_deref() {
        Some("morning") => "TMO",
        Some("afternoon") => "TAF",
        Some("evening") => "TEV",
        Some("night") => "TNI",
        _ => "",
    }
}

fn weekday(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let wd = weekday_number(c.get(2)?.as_str())?;
    let modifier = c.get(1).map(|m| m.as_str().to_lowercase());
    let part = part_suffix(c.get(3).map(|m| m.as_str()));
    // "on Tuesdays", "Tuesday nights": every such day.
    if c.get(4).is_some() {
        let value = format!("XXXX-WXX-{}{part}", wd.to_monday_one_offset());
        return Some((DateType::Set, value, Anchor::None));
    }
    let Some(dct) = ctx.dct else {
        let value = format!("XXXX-WXX-{}{part}", wd.to_monday_one_offset());
        return Some((DateType::Date, value, Anchor::None));
    };
    let back = i64::from(
        (dct.weekday().to_monday_zero_offset() - wd.to_monday_zero_offset()).rem_euclid(7),
    );
    let modifier = modifier.map(|m| m.split_whitespace().collect::<Vec<_>>().join(" "));
    let offset = match modifier.as_deref() {
        // "down 4.5% from the previous Friday": the one before the last.
        Some("the previous") => -back - 7,
        Some("last") | Some("past") => {
            if back == 0 {
                -7
            } else {
                -back
            }
        }
        Some("next" | "this coming" | "coming" | "the following") => {
            let fwd = (7 - back) % 7;
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        _ if future_context(ctx) => (7 - back) % 7,
        _ => -back,
    };
    let d = dct.checked_add(offset.days()).ok()?;
    let ty = if part.is_empty() {
        DateType::Date
    } else {
        DateType::Time
    };
    Some((ty, format!("{}{part}", fmt_date(d)), Anchor::Article))
}

fn day_word(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let word = c.get(1)?.as_str().to_lowercase();
    let (offset, mut part) = match word.as_str() {
        "yesterday" => (-1, ""),
        "tomorrow" => (1, ""),
        "tonight" => (0, "TNI"),
        _ => (0, ""),
    };
    if let Some(p) = c.get(2) {
        part = part_suffix(Some(p.as_str()));
    }
    let Some(dct) = ctx.dct else {
        let value = if offset == 0 && part.is_empty() {
            "PRESENT_REF"
        } else {
            "XXXX-XX-XX"
        };
        return Some((DateType::Date, value.to_string(), Anchor::None));
    };
    let d = dct.checked_add(offset.days()).ok()?;
    let ty = if part.is_empty() {
        DateType::Date
    } else {
        DateType::Time
    };
    Some((ty, format!("{}{part}", fmt_date(d)), Anchor::Article))
}

fn part_of_today(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let dct = ctx.dct?;
    let part = part_suffix(c.get(2).map(|m| m.as_str()));
    let which = c.get(1)?.as_str().to_lowercase();
    let d = if which == "last" && part == "TNI" {
        dct.checked_sub(1.day()).ok()?
    } else {
        dct
    };
    Some((
        DateType::Time,
        format!("{}{part}", fmt_date(d)),
        Anchor::Article,
    ))
}

fn shift(dct: Date, unit: &str, n: i64) -> Option<Date> {
    let span = match unit {
        "day" => n.days(),
        "week" | "weekend" => n.weeks(),
        "month" => n.months(),
        "quarter" => (3 * n).months(),
        "year" => n.years(),
        "decade" => (10 * n).years(),
        "century" => (100 * n).years(),
        _ => return None,
    };
    dct.checked_add(span).ok()
}

fn period_value(d: Date, unit: &str) -> String {
    match unit {
        "day" => fmt_date(d),
        "week" => fmt_week(d),
        "weekend" => format!("{}-WE", fmt_week(d)),
        "month" => format!("{:04}-{:02}", d.year(), d.month()),
        "quarter" => format!("{:04}-Q{}", d.year(), (d.month() - 1) / 3 + 1),
        "decade" => format!("{:03}", d.year() / 10),
        "century" => format!("{:02}", d.year() / 100),
        _ => format!("{:04}", d.year()),
    }
}

fn unit_code(unit: &str) -> Option<(&'static str, i64)> {
    let u = unit.trim_end_matches('s');
    Some(match u {
        "second" => ("TS", 1),
        "minute" => ("TM", 1),
        "hour" => ("TH", 1),
        "day" => ("D", 1),
        "week" => ("W", 1),
        "month" => ("M", 1),
        "quarter" => ("Q", 1),
        "year" => ("Y", 1),
        "decade" => ("DE", 1),
        "century" | "centurie" => ("CE", 1),
        _ => return None,
    })
}

fn relative_period(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    // "ABC News' \"This Week\"": a capitalised unit names a programme.
    if c.get(3)?.as_str().starts_with(char::is_uppercase) {
        return None;
    }
    let which = c.get(2)?.as_str().to_lowercase();
    let which = which.split_whitespace().collect::<Vec<_>>().join(" ");
    let unit = c.get(3)?.as_str().to_lowercase();
    // "the past year" is a length of time; "last year" a date.
    if matches!(
        which.as_str(),
        "the past" | "the last" | "the next" | "the coming"
    ) {
        let (code, _) = unit_code(&unit)?;
        let value = match code {
            "DE" => "P10Y".to_string(),
            "CE" => "P100Y".to_string(),
            _ => match code.strip_prefix('T') {
                Some(time) => format!("PT1{time}"),
                None => format!("P1{code}"),
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
    if unit == "year" && n == -1 && ctx.in_quarter_talk() {
        let d = ctx.reported_quarter?.checked_sub(1.year()).ok()?;
        return Some((DateType::Date, period_value(d, "quarter"), Anchor::Article));
    }
    let d = shift(dct, &unit, n)?;
    Some((DateType::Date, period_value(d, &unit), Anchor::Article))
}

fn ago(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let word = c.get(3)?.as_str().to_lowercase();
    let unit = c.get(2)?.as_str().to_lowercase();
    let unit = unit.trim_end_matches('s');
    let unit = if unit == "centurie" { "century" } else { unit };
    let n = number_value(c.get(1)?.as_str());
    let dct = ctx.dct?;
    let Some(n) = n else {
        // "a few years ago" is some time back; "several months before" and
        // "a few days later" measure an unknown stretch from another event.
        if word == "ago" {
            return Some((DateType::Date, "PAST_REF".to_string(), Anchor::Article));
        }
        let (code, _) = unit_code(unit)?;
        let value = match code.strip_prefix('T') {
            Some(time) => format!("PTX{time}"),
            None => format!("PX{code}"),
        };
        return Some((DateType::Duration, value, Anchor::None));
    };
    // "earlier"/"later" without a named anchor are relative to the
    // article date too, as in "a year earlier" in results reports.
    let sign = if word == "later" { 1 } else { -1 };
    if unit == "year" && n == 1 && ctx.compares_quarters() {
        let d = ctx.reported_quarter?.checked_sub(1.year()).ok()?;
        return Some((DateType::Date, period_value(d, "quarter"), Anchor::Article));
    }
    let d = shift(dct, unit, sign * n)?;
    Some((DateType::Date, period_value(d, unit), Anchor::Article))
}

fn duration(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    if c.get(4)
        .is_some_and(|m| m.as_str().eq_ignore_ascii_case("old"))
    {
        return None;
    }
    // "a day after" is fine; "one of the days" is not a duration.
    let count = c.get(1)?.as_str();
    // "Islam will one day be …": some day ahead, not a length of time.
    let prev_word = ctx.prev_word();
    let next_word = ctx.next_word();
    if count.eq_ignore_ascii_case("one")
        && c.get(3)
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
    // "37 years old" is an age; "24 hours a day" a rate.
    let next = ctx.after.trim_start();
    if next.starts_with("old")
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
        .before
        .split_whitespace()
        .rev()
        .take(2)
        .any(|w| w.contains(|ch: char| ch.is_ascii_digit()));
    if matches!(count.to_lowercase().as_str(), "a" | "an")
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
        && c.get(3)?.as_str().starts_with(char::is_uppercase)
    {
        return None;
    }
    let half = c.get(2).is_some() || c.get(5).is_some();
    let unit = c.get(3)?.as_str().to_lowercase();
    if ctx.after.trim_start().starts_with("ago") {
        return None;
    }
    let (code, _) = unit_code(&unit)?;
    let n = number_value(count);
    if n.is_none() && !unit.ends_with('s') || unit == "second" || n.is_some_and(|n| n >= 1000) {
        return None;
    }
    // "a quarter of the shares", "three quarters of voters" are fractions.
    if code == "Q" && (n == Some(1) || ctx.after.trim_start().starts_with("of ")) {
        return None;
    }
    // TimeML writes decades and centuries in years: P20Y, P100Y.
    let (n, code) = match (n, code) {
        (Some(n), "DE") => (Some(n * 10), "Y"),
        (Some(n), "CE") => (Some(n * 100), "Y"),
        other => other,
    };
    let amount = n.map_or("X".to_string(), |n| n.to_string());
    // "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M.
    let half = match (half, code) {
        (true, "Y") => "6M",
        (true, "M") => "15D",
        (true, "D") => "T12H",
        (true, "TH") => "30M",
        (true, "TM") => "30S",
        _ => "",
    };
    let value = if let Some(time) = code.strip_prefix('T') {
        format!("PT{amount}{time}{half}")
    } else {
        format!("P{amount}{code}{half}")
    };
    Some((DateType::Duration, value, Anchor::None))
}

/// "within weeks", "over the years", "in the weeks ahead", "for the
/// first time in years": a stretch of unknown length (PXW, PXY).
fn unknown_stretch(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
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

fn vague(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let w = c.get(1)?.as_str().to_lowercase();
    // "Now, he says, …": a discourse marker opening the sentence, not a
    // reference to the present.
    if w == "now" && ctx.before.trim().is_empty() && ctx.after.starts_with(',') {
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

fn ordinal(word: &str) -> Option<i64> {
    Some(match word.to_lowercase().as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

fn quarter(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let q = ordinal(c.get(1)?.as_str())?;
    if let Some(y) = int(c, 2) {
        return Some((DateType::Date, format!("{y:04}-Q{q}"), Anchor::None));
    }
    let dct = ctx.dct?;
    let current = i64::from((dct.month() - 1) / 3 + 1);
    let y = i64::from(dct.year()) - i64::from(q > current);
    Some((DateType::Date, format!("{y:04}-Q{q}"), Anchor::Article))
}

/// "the quarter" in results reporting: the last quarter that has ended,
/// or nearly ended, at the article date.
fn reported_quarter(_: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let d = ctx.reported_quarter?;
    Some((DateType::Date, period_value(d, "quarter"), Anchor::Article))
}

/// A day inside the quarter that results published at `dct` report on.
fn reported_quarter_start(body: &str, dct: Date) -> Option<Date> {
    static NAMED: OnceLock<Regex> = OnceLock::new();
    let named = NAMED.get_or_init(|| {
        Regex::new(r"(?i)\b(first|second|third|fourth)[-\s]quarter\b").expect("quarter pattern")
    });
    if let Some(c) = named.captures(body) {
        let q = ordinal(&c[1])?;
        let current = i64::from((dct.month() - 1) / 3 + 1);
        let y = i64::from(dct.year()) - i64::from(q > current);
        return ymd(y, (q - 1) * 3 + 1, 1);
    }
    dct.checked_sub(45.days()).ok()
}

/// "the year-earlier quarter": the reported quarter a year before.
/// "the 1988 quarter" in a results report: the reported quarter of 1988.
fn dated_quarter(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let y = int(c, 1)?;
    if !ctx.quarterly {
        return None;
    }
    let q = ctx.reported_quarter?;
    let n = (q.month() - 1) / 3 + 1;
    Some((DateType::Date, format!("{y:04}-Q{n}"), Anchor::Article))
}

fn year_ago_quarter(_: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    if !ctx.compares_quarters() && ctx.quarterly {
        let y = i64::from(ctx.dct?.year()) - 1;
        return Some((DateType::Date, format!("{y:04}"), Anchor::Article));
    }
    let d = ctx.reported_quarter?.checked_sub(1.year()).ok()?;
    Some((DateType::Date, period_value(d, "quarter"), Anchor::Article))
}

/// "the weekend": the one just past early in the week, else the coming
/// one; "last"/"next" move a week.
fn weekend(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let dct = ctx.dct?;
    let word = c.get(0)?.as_str().to_lowercase();
    let mut d = if dct.weekday().to_monday_one_offset() <= 3 {
        dct.checked_sub(7.days()).ok()?
    } else {
        dct
    };
    if word.starts_with("last") {
        d = d.checked_sub(7.days()).ok()?;
    } else if word.starts_with("next") {
        d = d.checked_add(7.days()).ok()?;
    }
    Some((
        DateType::Date,
        format!("{}-WE", fmt_week(d)),
        Anchor::Article,
    ))
}

/// "the next day" without an earlier date to lean on: the day after the
/// article's (re-anchored on a named date when there is one).
/// "that year", "the following month": a period named by reference to a
/// date the text has mentioned. Resolved here against the article date;
/// `anchor_on_mentions` re-resolves it against the mention when there is
/// one.
fn referred_period(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let dct = ctx.dct?;
    let unit = c.get(2)?.as_str().to_lowercase();
    let d = shift(dct, &unit, reference_step(c.get(1)?.as_str()))?;
    Some((DateType::Date, period_value(d, &unit), Anchor::Article))
}

/// "the year" of a results report: "for the year ended March 31" is a
/// year-long period (P1Y); "for the year", "the full year", "earlier in
/// the year" mean the article's year, "the latest fiscal year" the one
/// before.
fn the_year(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let after = ctx.after.trim_start();
    if after.starts_with('-') || after.starts_with("'") {
        return None;
    }
    let next = after.split_whitespace().next().unwrap_or("");
    if matches!(next, "ended" | "ending" | "to") {
        return Some((DateType::Duration, "P1Y".to_string(), Anchor::None));
    }
    let modifier = c.get(1).map(|m| m.as_str().to_lowercase());
    let prev = ctx.prev_word();
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
    Some((DateType::Date, format!("{y:04}"), Anchor::Article))
}

/// How many periods a reference word steps: "the following" one ahead,
/// "the prior" one back, "that" and "the same" none.
fn reference_step(word: &str) -> i64 {
    let lower = word.to_lowercase();
    if lower.contains("following") {
        1
    } else if lower.contains("prior") {
        -1
    } else {
        0
    }
}

fn adjacent_day(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    // "later in the day before returning home": a conjunction.
    let next = ctx.after.split_whitespace().next().unwrap_or("");
    if next.len() > 4 && next.ends_with("ing") {
        return None;
    }
    let back = c
        .get(1)
        .is_some_and(|w| w.as_str().eq_ignore_ascii_case("previous"))
        || c.get(2)
            .is_some_and(|w| w.as_str().eq_ignore_ascii_case("before"));
    let d = ctx
        .dct?
        .checked_add((if back { -1 } else { 1 }).days())
        .ok()?;
    Some((DateType::Date, fmt_date(d), Anchor::Article))
}

/// The date of a holiday in `year`: fixed ones, US ones counted in
/// weekdays, and Easter by the Gregorian computus.
fn holiday_date(name: &str, year: i16) -> Option<Date> {
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

fn holiday(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
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

fn decade_word(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
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
    let century = ctx.dct.map_or(19, |d| i64::from(d.year()) / 100);
    let century = if century * 100 + tens * 10 > ctx.dct.map_or(9999, |d| d.year().into()) {
        century - 1
    } else {
        century
    };
    Some((DateType::Date, format!("{century}{tens}"), Anchor::Article))
}

fn weekday_dated(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let m = month_number(c.get(1)?.as_str())?;
    let day = int(c, 2)?;
    match int(c, 3) {
        Some(y) => Some((
            DateType::Date,
            fmt_date(ymd(y, m.into(), day)?),
            Anchor::None,
        )),
        None => month_day_value(m, day, ctx),
    }
}

/// The date a time of day belongs to: a named day after it, else the
/// article date.
fn day_of_time(day: Option<&str>, ctx: &Context<'_>) -> Option<String> {
    let Some(day) = day else {
        return Some(ctx.dct.map_or("XXXX-XX-XX".to_string(), fmt_date));
    };
    let dct = ctx.dct?;
    let lower = day.to_lowercase();
    let d = match lower.as_str() {
        "today" => dct,
        "yesterday" => dct.checked_sub(1.day()).ok()?,
        "tomorrow" => dct.checked_add(1.day()).ok()?,
        _ => {
            if let Some(wd) = weekday_number(day)
                .filter(|_| month_number(day).is_none() || lower.ends_with("day"))
            {
                let back = i64::from(
                    (dct.weekday().to_monday_zero_offset() - wd.to_monday_zero_offset())
                        .rem_euclid(7),
                );
                let offset = if future_context(ctx) {
                    (7 - back) % 7
                } else {
                    -back
                };
                dct.checked_add(offset.days()).ok()?
            } else {
                let mut parts = day.split_whitespace();
                let m = month_number(parts.next()?)?;
                let dd: i64 = parts.next()?.parse().ok()?;
                ymd(
                    nearest_year(dct, m, dd.try_into().ok()?, deadline_tense(ctx), 1),
                    m.into(),
                    dd,
                )?
            }
        }
    };
    Some(fmt_date(d))
}

fn named_time(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let word = c.get(1)?.as_str().to_lowercase();
    let word: String = word.chars().filter(char::is_ascii_alphabetic).collect();
    // "High Noon" the film, "high noon comes": a figure of speech.
    if word == "noon" && ctx.before.trim_end().to_lowercase().ends_with("high") {
        return None;
    }
    let suffix = match word.as_str() {
        "noon" | "midday" => "T12:00",
        "midnight" => "T24:00",
        "midmorning" => "TMO",
        _ => "TAF",
    };
    let day = day_of_time(c.get(2).map(|m| m.as_str()), ctx)?;
    let anchor = if ctx.dct.is_some() {
        Anchor::Article
    } else {
        Anchor::None
    };
    Some((DateType::Time, format!("{day}{suffix}"), anchor))
}

fn year_quarter(c: &Captures<'_>, _: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let y = int(c, 1)?;
    let q = ordinal(c.get(2)?.as_str())?;
    Some((DateType::Date, format!("{y:04}-Q{q}"), Anchor::None))
}

fn relative_year_quarter(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let y = i64::from(ctx.dct?.year())
        + match c.get(1)?.as_str().to_lowercase().as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
    let q = ordinal(c.get(2)?.as_str())?;
    Some((DateType::Date, format!("{y:04}-Q{q}"), Anchor::Article))
}

fn half(c: &Captures<'_>, _: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let h = match c.get(1)?.as_str().to_lowercase().as_str() {
        "last" => 2,
        other => ordinal(other)?,
    };
    let y = int(c, 2)?;
    Some((DateType::Date, format!("{y:04}-H{h}"), Anchor::None))
}

fn season(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let which = c.get(1)?.as_str().to_lowercase();
    let which = which.split_whitespace().collect::<Vec<_>>().join(" ");
    let code = match c.get(2)?.as_str().to_lowercase().as_str() {
        "spring" => "SP",
        "summer" => "SU",
        "autumn" | "fall" => "FA",
        _ => "WI",
    };
    if let Some(y) = int(c, 3) {
        return Some((DateType::Date, format!("{y:04}-{code}"), Anchor::None));
    }
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

fn clock_time(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let mut h = int(c, 1)?;
    let m = int(c, 2).unwrap_or(0);
    let marker = c.get(3)?.as_str().to_lowercase();
    // "4 in the morning"; "9 at night" and "2 in the afternoon" are p.m.
    let pm = marker.starts_with('p')
        || marker.ends_with("afternoon")
        || marker.ends_with("evening")
        || marker.ends_with("night") && h != 12 && h >= 6;
    if !(1..=12).contains(&h) || m > 59 {
        return None;
    }
    if pm && h != 12 {
        h += 12;
    } else if !pm && h == 12 {
        h = 0;
    }
    let day = day_of_time(c.get(4).map(|m| m.as_str()), ctx)?;
    let anchor = if ctx.dct.is_some() {
        Anchor::Article
    } else {
        Anchor::None
    };
    Some((DateType::Time, format!("{day}T{h:02}:{m:02}"), anchor))
}

fn every(c: &Captures<'_>, _: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let unit = c.get(1)?.as_str();
    let value = match unit.to_lowercase().as_str() {
        "day" => "P1D".to_string(),
        "week" => "P1W".to_string(),
        "month" => "P1M".to_string(),
        "year" => "P1Y".to_string(),
        "morning" => "XXXX-XX-XXTMO".to_string(),
        "night" => "XXXX-XX-XXTNI".to_string(),
        _ if month_number(unit).is_some() && weekday_number(unit).is_none() => {
            format!("XXXX-{:02}", month_number(unit)?)
        }
        _ => format!("XXXX-WXX-{}", weekday_number(unit)?.to_monday_one_offset()),
    };
    Some((DateType::Set, value, Anchor::None))
}

fn frequency(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let word = c.get(1)?.as_str();
    // "the quarterly dividend" names a kind of report, not a recurrence.
    if word == "quarterly" && ctx.after.trim_start().starts_with(char::is_lowercase) {
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
    use super::*;

    fn values(text: &str, dct: &str) -> Vec<(String, String)> {
        find_dates(text, 0, Some(dct.parse().unwrap()))
            .into_iter()
            .map(|d| (text[d.start..d.end].to_string(), d.value))
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn weekdays_lean_to_the_past() {
        // 2025-12-22 is a Monday.
        let v = values(
            "It was reported on Monday. He spoke on Friday.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [pair("Monday", "2025-12-22"), pair("Friday", "2025-12-19")]
        );
    }

    #[test]
    fn a_sentence_opening_date_takes_the_sentence_tense() {
        // 1998-10-26 is a Monday.
        let v = values(
            "On Tuesday, the league plans to hold a news conference.",
            "1998-10-26",
        );
        assert_eq!(v, [pair("Tuesday", "1998-10-27")]);
        let v = values(
            "On Friday, the government planned to pay the claims.",
            "1998-10-26",
        );
        assert_eq!(v, [pair("Friday", "1998-10-23")]);
    }

    #[test]
    fn weekdays_in_future_sentences_go_forward() {
        let v = values("The court will rule on Friday.", "2025-12-22");
        assert_eq!(v, [pair("Friday", "2025-12-26")]);
        let v = values("They meet next Monday.", "2025-12-22");
        assert_eq!(v, [pair("next Monday", "2025-12-29")]);
    }

    #[test]
    fn the_nearest_verb_sets_the_tense() {
        // 1989-10-27 is a Friday, late in the year.
        let dct = "1989-10-27";
        // A past verb governs the month: last December, not this one.
        let v = values("The firm changed its fiscal year in December.", dct);
        assert_eq!(v, [pair("December", "1988-12")]);
        // A future cue sends it forward, even far ahead.
        let v = values("Mr. Smith will succeed him Feb. 1.", dct);
        assert_eq!(v, [pair("Feb. 1", "1990-02-01")]);
        let v = values(
            "Collins will be named commander for a mission in August.",
            dct,
        );
        assert_eq!(v, [pair("August", "1990-08")]);
        // "will" far back loses to the nearer past verb.
        let v = values(
            "It will start caring for him since he was rescued in late September.",
            dct,
        );
        assert_eq!(v, [pair("late September", "1989-09")]);
        // A past verb may set a deadline still ahead.
        let v = values("The group extended to Nov. 20 its offer.", dct);
        assert_eq!(v, [pair("Nov. 20", "1989-11-20")]);
        // Deadlines and hopes lie ahead; "Until" opening a past sentence does not.
        let v = values("Officials postponed until Tuesday any action.", dct);
        assert_eq!(v, [pair("Tuesday", "1989-10-31")]);
        let v = values("The father could arrive as soon as Tuesday.", dct);
        assert_eq!(v, [pair("Tuesday", "1989-10-31")]);
        let v = values("Until Thursday, they had not called him a suspect.", dct);
        assert_eq!(v, [pair("Thursday", "1989-10-26")]);
        // A plan already past; an initial does not end the sentence; "next
        // to" is a place.
        let v = values("The offer had been due to expire Friday evening.", dct);
        assert_eq!(v, [pair("Friday evening", "1989-10-27TEV")]);
        let v = values("Mr. Schwarz will succeed Daniel P. Davison Feb. 1.", dct);
        assert_eq!(v, [pair("Feb. 1", "1990-02-01")]);
        let v = values(
            "People were killed next to the U.S. embassy on Tuesday.",
            dct,
        );
        assert_eq!(v, [pair("Tuesday", "1989-10-24")]);
        let v = values("Shares fell 4.5% from the previous Friday.", "1989-10-30");
        assert_eq!(v, [pair("the previous Friday", "1989-10-20")]);
        // A participle after "be" takes the auxiliary's tense.
        let v = values(
            "The case would be heard on a still unspecified date in January.",
            dct,
        );
        assert_eq!(v, [pair("January", "1990-01")]);
    }

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

    #[test]
    fn references_resolve_against_the_mentioned_date() {
        let v = values(
            "The plant opened in 1995. The following year it closed. \
             Sales fell in March 1996; the following month they rose. \
             He was shot on Oct. 23, 1998. Earlier that day he spoke.",
            "2000-01-28",
        );
        assert_eq!(
            v,
            [
                pair("1995", "1995"),
                pair("The following year", "1996"),
                pair("March 1996", "1996-03"),
                pair("the following month", "1996-04"),
                pair("Oct. 23, 1998", "1998-10-23"),
                pair("Earlier that day", "1998-10-23"),
            ]
        );
        // Only the month known: the day stays unspecified.
        let v = values(
            "He died last October. The site was closed that same day.",
            "1999-02-06",
        );
        assert_eq!(
            v,
            [
                pair("last October", "1998-10"),
                pair("that same day", "1998-10-XX")
            ]
        );
        // Nothing to refer to: the article's own period.
        let v = values("Sales rose that year.", "1999-02-06");
        assert_eq!(v, [pair("that year", "1999")]);
    }

    #[test]
    fn named_days_weeks_and_centuries() {
        // Leap day: "last Feb. 29" from March 2001 is 2000-02-29.
        let v = values(
            "He left last Feb. 29 and returns next Jan. 5.",
            "2001-03-10",
        );
        assert_eq!(
            v,
            [
                pair("last Feb. 29", "2000-02-29"),
                pair("next Jan. 5", "2002-01-05")
            ]
        );
        // The week of Jan. 1, 2021 belongs to ISO year 2020.
        let v = values("A hearing the week of Jan. 1.", "2020-12-20");
        assert_eq!(v, [pair("the week of Jan. 1", "2020-W53")]);
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
                pair("the year", "1989"),
                pair("the latest fiscal year", "1988"),
            ]
        );
        // Other uses of "the year" are left alone.
        assert!(values("The year he was born was hard.", "1989-10-26").is_empty());
        // "Now," opening a sentence is a discourse marker.
        let v = values(
            "Now, he says, it is over. Prices are now higher.",
            "1989-10-26",
        );
        assert_eq!(v, [pair("now", "PRESENT_REF")]);
    }

    #[test]
    fn ages_rates_and_programmes_are_not_dates() {
        let dct = "1990-08-13";
        assert!(values("Howes, 37 years old, was kidnapped.", dct).is_empty());
        assert!(values("It saves $500 million a year in costs.", dct).is_empty());
        assert!(values("Baker, speaking on ABC News' \"This Week,\" said so.", dct).is_empty());
        assert!(values("He appeared on 60 Minutes.", dct).is_empty());
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
        assert!(values("Later in the day before returning home.", "1999-02-10").is_empty());
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
                pair("A few days later", "PXD"),
                pair("two days later", "1989-10-05"),
            ]
        );
        assert!(values("For Poland, high noon comes.", "1999-02-10").is_empty());
        // "the March accession" is the month; "the March of Dimes" is not.
        let v = values("The March accession follows post-1959 rules.", "1999-02-10");
        assert_eq!(v, [pair("March", "1999-03"), pair("post-1959", "1959")]);
        assert!(values("He gave to the March of Dimes.", "1999-02-10").is_empty());
    }

    #[test]
    fn absolute_and_partial_dates() {
        let v = values(
            "In March 2024, on 22 December 2025 and in 2021.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("March 2024", "2024-03"),
                pair("22 December 2025", "2025-12-22"),
                pair("2021", "2021")
            ]
        );
        let v = values("Talks resumed on Jan. 5 and Sept. 30, 1998.", "1998-10-02");
        assert_eq!(
            v,
            [
                pair("Jan. 5", "1998-01-05"),
                pair("Sept. 30, 1998", "1998-09-30")
            ]
        );
    }

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
    fn months_without_year_take_the_nearest_year_leaning_past() {
        // Early January: "October" is last October, "Feb. 1" next month.
        let v = values("Sales fell in October. Talks resume Feb. 1.", "1998-01-08");
        assert_eq!(
            v,
            [pair("October", "1997-10"), pair("Feb. 1", "1998-02-01")]
        );
        let v = values("It happened in June last year.", "1998-03-02");
        assert_eq!(v, [pair("June last year", "1997-06")]);
        let v = values("Prices rose last April.", "1989-10-26");
        assert_eq!(v, [pair("last April", "1989-04")]);
    }

    #[test]
    fn quarterly_results_speak_in_quarters() {
        let text = "Net income rose in the third quarter. Profit was $5 a share \
                    in the quarter, up from $4 a year ago. The year-earlier quarter was weak.";
        let v = values(text, "1989-10-25");
        assert!(v.contains(&pair("the third quarter", "1989-Q3")), "{v:?}");
        assert!(v.contains(&pair("the quarter", "1989-Q3")), "{v:?}");
        assert!(v.contains(&pair("a year ago", "1988-Q3")), "{v:?}");
        assert!(
            v.contains(&pair("The year-earlier quarter", "1988-Q3")),
            "{v:?}"
        );
        let v = values("the 1988 second quarter", "1989-10-25");
        assert_eq!(v, [pair("the 1988 second quarter", "1988-Q2")]);
        let v = values(
            "Profit fell in the third quarter. For the quarter a year ago, it earned more.",
            "1989-10-25",
        );
        assert!(
            v.contains(&pair("the quarter a year ago", "1988-Q3")),
            "{v:?}"
        );
        // The year to date compares years; a decimal point does not end
        // the sentence that says so.
        let text = "Third-quarter profit rose. For the nine months, net was $2.5 billion, \
                    or $8.46 a share, up from $1.69 billion a year earlier.";
        let v = values(text, "1989-10-25");
        assert!(v.contains(&pair("a year earlier", "1988")), "{v:?}");
        // A quarter named in the sentence is enough, even in a story that
        // mentions quarters only once.
        let text = "Citadel posted a third-quarter loss of $2.3 million, versus net income \
                    of $5.3 million, or $1.61 a share, a year earlier.";
        let v = values(text, "1989-11-02");
        assert!(v.contains(&pair("a year earlier", "1988-Q3")), "{v:?}");
    }

    #[test]
    fn times_attach_to_their_day() {
        // 1998-02-13 is a Friday.
        let v = values(
            "The vote was at 10 p.m. Wednesday and ends at noon Thursday.",
            "1998-02-13",
        );
        assert_eq!(
            v,
            [
                pair("10 p.m. Wednesday", "1998-02-11T22:00"),
                pair("noon Thursday", "1998-02-12T12:00")
            ]
        );
        let v = values("Police came Sunday night.", "2000-03-28");
        assert_eq!(v, [pair("Sunday night", "2000-03-26TNI")]);
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

    #[test]
    fn steps_from_a_named_date_anchor_on_it() {
        let dates = find_dates(
            "On March 3 the talks opened. Two days later they failed, and the next day \
             the envoy left.",
            0,
            Some("2024-03-20".parse().unwrap()),
        );
        let got: Vec<(String, String)> = dates
            .iter()
            .map(|d| (d.value.clone(), d.anchor.label()))
            .collect();
        assert_eq!(
            got,
            [
                ("2024-03-03".to_string(), "article".to_string()),
                ("2024-03-05".to_string(), "dates[0]".to_string()),
                ("2024-03-06".to_string(), "dates[1]".to_string()),
            ]
        );
    }

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
    fn false_dates_are_refused() {
        assert!(values("You may go. 2,021 people and 100M.", "2025-12-22").is_empty());
        assert!(values("Troops march on. It was 2021%.", "2025-12-22").is_empty());
    }

    #[test]
    fn without_article_date_values_stay_underspecified() {
        let d = find_dates("on Friday", 0, None);
        assert_eq!(d[0].value, "XXXX-WXX-5");
        assert_eq!(d[0].anchor, Anchor::None);
    }
}
