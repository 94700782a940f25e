//! The grammar: the word classes (months, weekdays, counts, units, years
//! in words) and the table of patterns, each paired with the production in
//! a sibling module that turns its match into a value. The order of the
//! table matters only between matches of the same span and start, where
//! the earlier rule wins.

use super::trigger_words::*;
use super::*;

/// A month name in full or with an abbreviation's period ("Dec."): safe
/// to read as a month alone.
pub(super) const MONTH_FULL: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)";
/// A month name, also abbreviated without a period ("Dec 22", "Sep 5
/// 2025") or in capitals, as datelines and headlines write it ("MARCH 3,
/// 2021"); bare "Jan" or "Mar" is a name or a verb too often, and "MAY" a
/// shouted verb, so this form is only used next to a day or a year.
pub(super) const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b|(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b)";
pub(super) const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
pub(super) const NUMBER: &str = r"(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b|(?:[Aa]\s+)?couple\s+of|[Aa]\s+dozen|[Aa]n?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|a\s+few|few|many|some)";
/// A year in words, as broadcast transcripts write them: "nineteen
/// ninety-six", "nineteen oh five", "two thousand and one".
pub(super) const SPELLED_YEAR: &str = r"(?:(?:[Nn]ineteen|[Ee]ighteen)[-\s](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:oh|o)[-\s](?:one|two|three|four|five|six|seven|eight|nine))|[Tt]wo\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?))?)";
/// A weekday in full or cut short, as listings and datelines write it
/// before a date ("Wed., Dec. 17", "Sat 20 Dec"); alone, the short forms
/// are too often other words ("Sun", "Sat").
pub(super) const WEEKDAY_OR_SHORT: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?)";
/// A time zone written after a clock time. An offset after GMT or UTC
/// ("GMT+1") stays out of the pattern, which it would make dearer to
/// compile for every article with a clock time (#17); `days::zone_suffix`
/// reads it from the text after.
pub(super) const ZONE: &str = r"(?:GMT|UTC|EST|EDT|PST|PDT|CST|CDT|MST|MDT|ET|BST|CET|CEST)";
pub(super) const UNIT: &str = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centuries|hr|min|yr)s?";

pub(super) fn rule_list() -> Vec<Rule> {
    {
        let r = |trigger: Trigger, pattern: &str, resolve: Resolve| Rule {
            pattern: pattern
                .replace("{MF}", MONTH_FULL)
                .replace("{M}", MONTH)
                .replace("{WS}", WEEKDAY_OR_SHORT)
                .replace("{W}", WEEKDAY)
                .replace("{N}", NUMBER)
                .replace("{U}", UNIT)
                .replace("{Y}", SPELLED_YEAR)
                .replace("{Z}", ZONE)
                // ASCII word boundaries keep the fast DFA engines in
                // play; Unicode ones force the slow PikeVM on non-ASCII
                // text. Date words are ASCII.
                .replace(r"\b", r"(?-u:\b)"),
            regex: OnceLock::new(),
            span: OnceLock::new(),
            resolve,
            trigger,
            needs: None,
        };
        use Trigger::{Any, Pair, Words};
        vec![
            r(
                Pair(&["#4"], &["#"]),
                r"\b(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(Z|[+-]\d\d:?\d\d)?|\b)",
                iso_date,
            )
            .needing(b'-'),
            r(
                Any(&[Pair(&["#"], &["#4"]), Pair(&["#4"], &["#"])]),
                r"\b(?:(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})\.(\d{2})\.(\d{2}))\b",
                dotted_date,
            )
            .needing(b'.'),
            r(
                Pair(&["#4"], &["#"]),
                r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b",
                slashed_ymd,
            )
            .needing(b'/'),
            r(
                Pair(&["#"], &["#4"]),
                r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b",
                slashed_date,
            )
            .needing(b'/'),
            // Two-digit years and "9/11" share one rule: the trigger of
            // two numbers in a row is met in nearly every article, and
            // one rule on it costs half what two do (#17).
            r(
                Pair(&["#"], &["#"]),
                r"\b((\d{1,2})/(\d{1,2})/(\d{2})|9/11)\b",
                short_slashed,
            )
            .needing(b'/'),
            r(
                Pair(MONTHS, &["#"]),
                r"\b({M})(?:\s+|-)(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+|-)(\d{4})\b",
                month_day_year,
            ),
            r(
                Pair(MONTHS, &["#4"]),
                r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-)({M})(?:,?\s+|-)(\d{4})\b",
                day_month_year,
            ),
            r(
                Pair(MONTHS, &["#"]),
                r"\b({M})\s+(\d{1,2})(?:st|nd|rd|th)?\b",
                month_day,
            ),
            r(
                Pair(MONTHS, &["#"]),
                r"\b({M})\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|and|to|through|or)\s*(?P<span>\d{1,2})(?:st|nd|rd|th)?\b",
                month_day,
            ),
            r(
                Pair(&["#", "st", "nd", "rd", "th", "of"], MONTHS),
                r"\b(?P<span>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|and|to|through|or)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?({M})(?:,?\s+(\d{4}))?\b",
                day_range_start,
            ),
            r(
                Pair(&["#"], &["st", "nd", "rd", "th"]),
                r"(?i)\bon\s+(?P<span>the\s+(\d{1,2})(?:st|nd|rd|th))\b",
                day_of_the_month,
            ),
            r(
                Pair(&["last", "next", "this"], MONTHS),
                r"\b(?i:(last|next|this))\s+({M})\s+(\d{1,2})(?:st|nd|rd|th)?\b",
                relative_month_day,
            ),
            r(
                Pair(MONTHS, MONTHS),
                r"\b(?:(?i:the)\s+)?({MF})[-–]({MF})(?:\s+(\d{4}))?(?:\s+(?i:(quarter|period|half)))?\b",
                months_of_a_quarter,
            ),
            r(
                Pair(MONTHS, MONTHS),
                r"\b(?P<span>{MF})[-–]({MF})(?:,?\s+(\d{4}))?\b",
                month_range_start,
            ),
            r(
                Pair(&["week"], &["of"]),
                r"(?i)\bthe\s+week\s+of\s+((?-i:{M}))\s+(\d{1,2})(?:st|nd|rd|th)?\b",
                week_of,
            ),
            r(
                Words(&["century"]),
                r"(?i)\b(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]+century\b",
                century,
            ),
            r(
                Pair(&["#", "st", "nd", "rd", "th", "of"], MONTH_STARTS),
                r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?({M})",
                day_month,
            ),
            r(
                Any(&[Pair(MONTHS_OR_OF, &["#4"]), Pair(MONTHS, &["#"])]),
                r"\b(?:(?i:(early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|end-|start-))[-\s]*)?({M}),?\s+(?:of\s+)?(?:(\d{4})|['\x{2019}](\d{2}))\b",
                month_year,
            ),
            r(
                Words(MONTHS),
                r#"\b(?:(?i:(early|mid|late|last|next|this|the\s+middle\s+of|the\s+end\s+of|the\s+beginning\s+of|end-|start-))[-\s]*)?({MF})(?:\s+(?i:(last\s+year|this\s+year|next\s+year)))?(?:[\s,.;:)"'!?]|$)"#,
                month_alone,
            ),
            r(
                Words(&["#4"]),
                r"(?:^|[^\w$£€.,\-/])(1\d\d\d|20\d\d)\b",
                year,
            ),
            r(
                Pair(&["#4"], &["#4"]),
                r"\b(1[6-9]\d\d|20\d\d)\s*[-–/]\s*(?P<span>(?:1[6-9]|20)\d\d)\b",
                year_range_end,
            ),
            r(
                Pair(&["in", "of", "since", "from", "until", "and"], &["#"]),
                r"(?i)\b(?:in|of|since|from|until|and)\s+(?P<span>['\x{2019}](\d\d))\b",
                clipped_year,
            )
            .needing_either(b'\'', 0x99),
            r(
                Pair(&["#4"], &["#"]),
                r"\b(1[6-9]\d\d|20\d\d)(?:[-–/]|\s+[-–]\s+)(?P<span>\d\d)\b",
                clipped_year_range_end,
            ),
            r(
                Pair(&["for"], STRETCHES),
                r"(?i)\bfor\s+(?P<span>(years|months|weeks|days|decades|hours))\b",
                for_a_stretch,
            ),
            r(
                Pair(STRETCHES, &["later", "earlier"]),
                r"(?i)\b(?P<span>(years|months|weeks|days|decades|hours))\s+(?:later|earlier)\b",
                stretch_later,
            ),
            r(
                Words(&["between"]),
                r"(?i)\bbetween\s+(?P<span>{N})\s+and\s+{N}\s+({U})\b",
                range_start_duration,
            ),
            r(
                Pair(COUNTS, UNITS),
                r"(?i)\b(?P<span>\d+|two|three|four|five|six|seven|eight|nine|ten)\s*(?:to|-|–)\s*{N}\s+({U})\b",
                range_start_duration,
            ),
            r(
                Words(&["nineteen", "eighteen", "thousand"]),
                r"\b(?:({M}|(?i:(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+of|the\s+year))\s+)?({Y})\b",
                spelled_year,
            ),
            r(
                Pair(&["early", "mid", "late", "pre", "post", "end", "start"], &["#4"]),
                r"(?i)\b(?:early|mid|late|pre|post|end|start)-(1[6-9]\d\d|20\d\d)\b",
                hyphened_year,
            )
            .needing(b'-'),
            r(
                Any(&[Pair(&["#4"], &["s"]), Pair(&["#"], &["s"])]),
                r"(?i)(?:\bthe\s+)?(?:\b(early|mid|late)[-\s]+)?(?:\b(1[0-9]\d|20\d)0'?s|['’](\d)0'?s)\b",
                decade,
            ),
            r(
                Any(&[
                    Pair(WEEKDAYS_OR_SHORT, MONTHS),
                    Pair(WEEKDAYS_OR_SHORT, &["#", "the"]),
                ]),
                r"\b{WS},?\s+(?:({M})\s+(\d{1,2})(?:st|nd|rd|th)?|(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?({M}))(?:,?\s+(\d{4}))?\b",
                weekday_dated,
            ),
            r(
                Pair(WEEKDAYS, &["of", "in"]),
                r"(?i)\bthe\s+(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+((?-i:{W}))\s+(?:of|in)\s+(?:((?-i:{M}))(?:,?\s+(\d{4}))?|(this|next|last)\s+month)\b",
                nth_weekday_of_month,
            ),

            r(
                Words(WEEKDAYS),
                r"\b(?:(?i:(last|next|this|past|this\s+coming|coming|the\s+previous|the\s+following))\s+)?({W})(?:\s+(morning|afternoon|evening|night))?(s)?\b",
                weekday,
            ),
            r(
                Words(&["today", "yesterday", "tomorrow", "tonight"]),
                r"(?i)\b(today|yesterday|tomorrow|tonight)(?:\s+(morning|afternoon|evening|night))?\b",
                day_word,
            ),
            r(
                Pair(&["this", "last"], PARTS_OF_DAY),
                r"(?i)\b(this|last)\s+(morning|afternoon|evening|night)\b",
                part_of_today,
            ),
            r(
                Pair(
                    &[
                        "this", "last", "next", "past", "coming", "previous", "current", "fiscal",
                        "new",
                    ],
                    &[
                        "week", "fortnight", "month", "year", "quarter", "weekend", "decade",
                        "century",
                    ],
                ),
                r"(?i)\b(?:(earlier|later|this\s+time)\s+)?(this|last|next|the\s+past|the\s+last|the\s+coming|the\s+next|the\s+previous|previous|coming|current|the\s+current|the\s+new)\s+(?:fiscal\s+)?(week|fortnight|month|year|quarter|weekend|decade|century)\b",
                relative_period,
            ),
            r(
                Any(&[
                    Pair(UNITS, &["ago", "earlier", "from", "hence"]),
                    Pair(&["so"], &["ago", "earlier", "from", "hence"]),
                ]),
                r"(?i)\b({N})\s+({U})(?:\s+or\s+so)?\s+(ago|earlier|from\s+(?:now|today)|hence)(?:\s+(today|this\s+week|this\s+month))?\b",
                ago,
            ),
            r(
                Pair(BEFORE_UNIT, UNITS),
                r"(?i)\b(?:the\s+)?(?:(?:past|last|next|first|previous|coming|following|final|latest)\s+)?(?:(half)\s+)?({N})(\s+1/2|\s+and\s+a\s+half)?[-\s](?:(?:more|additional|extra|trading|business|working|straight|consecutive|full)\s+)?({U})(?:-(long|old))?(\s+and\s+a\s+half)?\b",
                duration,
            ),
            r(
                Words(VAGUE),
                r"(?i)\b(recent\s+(?:years|months|weeks|days|decades)|recently|now|currently|the\s+(?:near\s+|distant\s+)?future|the\s+past|nowadays|these\s+days|the\s+(?:near|short)\s+term|(?:the\s+)?(?:coming|future|next\s+few|weeks\s+and)\s+(?:days|weeks|months|quarters|years)|past\s+(?:years|decades)|a\s+later\s+date|current|former(?:ly)?)\b",
                vague,
            ),
            r(
                Pair(&["within", "over", "in", "the"], PLURAL_UNITS),
                r"(?i)\b(?:within|over|(?:first\s+time\s+)?in)\s+(?P<span>(?:the\s+)?(days|weeks|months|years|decades)(?:\s+or\s+(?:days|weeks|months|years))?(?:\s+ahead)?)\b",
                unknown_stretch,
            ),
            r(
                Pair(ORDINALS, QUARTER),
                r"(?i)\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b(?:\s+of\s+(\d{4}))?",
                quarter,
            ),
            r(
                Pair(&["first", "second", "last"], &["half"]),
                r"(?i)\b(?:the\s+)?(first|second|last)\s+half\s+of\s+(\d{4})\b",
                half,
            ),
            r(
                Pair(&["first", "second", "last"], &["half"]),
                r"(?i)\b(?P<span>(?:the\s+)?(first|second|last)\s+half(?P<whole>\s+of\s+the\s+year\b)?)(?:\s+of\s+(?:this|last|next|the\s+(?:past|previous|current|coming|following))\s+year\b)?",
                half_of_year_in_words,
            ),
            r(
                Pair(&["Q", "H"], &["#"]),
                r"\b(?P<kind>Q|H)(?P<n>[1-4])(?:\s+(?:of\s+)?(?:FY\s?)?(?P<y4>(?:19|20)\d\d)|\s?['’](?P<y2>\d\d)|\s+FY\s?(?P<fy>\d\d))?\b",
                period_code,
            ),
            r(
                Pair(&["#"], &["Q", "H"]),
                r"\b(?P<n>[1-4])(?P<kind>Q|H)(?:\s?['’]?(?P<y2>\d\d)|\s+(?P<y4>(?:19|20)\d\d))\b",
                period_code,
            ),
            r(
                Pair(&["fy"], &["#"]),
                r"\bFY\s?['’]?(?P<y4>(?:19|20)\d\d|\d\d)\b",
                fiscal_year_code,
            ),
            r(
                Pair(ORDINALS, QUARTER),
                r"(?i)\b(?:the\s+)?(\d{4})(?:'s)?\s+(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b",
                year_quarter,
            ),
            r(
                Pair(ORDINALS, QUARTER),
                r"(?i)\b(this|last|next)\s+year's\s+(first|second|third|fourth)[-\s]quarter\b",
                relative_year_quarter,
            ),
            r(
                Any(&[
                    Pair(
                        &[
                            "the", "latest", "recent", "same", "current", "ended", "fiscal",
                        ],
                        QUARTER_OR_PERIOD,
                    ),
                    Words(QUARTER_JOINED),
                ]),
                r"(?i)\bthe\s+(?:latest|most\s+recent|recent|same|current|just-ended|fiscal)?\s*(quarter|period)\b",
                reported_quarter,
            ),
            r(
                Pair(&["#4"], QUARTER_OR_PERIOD),
                r"(?i)\bthe\s+(?:comparable\s+|same\s+)?(\d{4})\s+(?:quarter|period)\b",
                dated_quarter,
            ),
            r(
                Any(&[
                    Pair(&["year"], &["earlier", "ago"]),
                    Pair(&["the", "same"], QUARTER_OR_PERIOD),
                ]),
                r"(?i)\b(?:the\s+)?year-(?:earlier|ago)(?:\s+(?:(first|second|third|fourth)[-\s])?(?:quarter|period))?\b|\bthe\s+(?:same\s+)?(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|of\s+last\s+year|last\s+year)\b",
                year_ago_quarter,
            ),
            r(
                Any(&[Pair(&["after"], &["next"]), Pair(&["before"], &["last"])]),
                r"(?i)\bthe\s+(week|month|year)\s+(after\s+next|before\s+last)\b",
                period_after_next,
            ),
            r(
                Pair(&["the", "this", "last", "next", "past"], &["weekend"]),
                r"(?i)\b(?:(?:this|the)\s+past|the|this|last|next|past)\s+weekend\b",
                weekend,
            ),
            r(
                Any(&[
                    Words(HOLIDAY_WORDS),
                    Pair(HOLIDAY_FIRSTS, HOLIDAY_SECONDS),
                ]),
                r"\b(?:(?i:(last|next|this))\s+)?(Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year['’]s\s+Eve|New\s+Year['’]s\s+Day|Thanksgiving\s+Day|Thanksgiving|Easter\s+Sunday|Easter\s+Monday|Easter|Good\s+Friday|Palm\s+Sunday|Ash\s+Wednesday|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Election\s+Day|Valentine['’]s\s+Day|Halloween|Boxing\s+Day|Black\s+Friday|Cyber\s+Monday|Veterans['’]?\s+Day|Juneteenth|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Presidents['’]?\s+Day|Columbus\s+Day|(?:St\.?|Saint)\s+Patrick['’]s\s+Day|Bastille\s+Day|Canada\s+Day|Australia\s+Day|Anzac\s+Day|Remembrance\s+(?:Day|Sunday)|Armistice\s+Day|Guy\s+Fawkes\s+Night|Bonfire\s+Night|May\s+Day)\b(?:\s+(\d{4}))?(\s+week(?:end)?\b)?",
                holiday,
            ),
            r(
                Any(&[
                    Pair(&["next", "following", "previous"], &["day"]),
                    Pair(&["day"], &["before", "after"]),
                ]),
                r"(?i)\bthe\s+(?:(next|following|previous)\s+day|day\s+(before|after))(?:\s+(yesterday|tomorrow))?\b",
                adjacent_day,
            ),
            r(
                Pair(&["that", "same", "following", "prior"], DAY_TO_QUARTER),
                r"(?i)\b(?:(?:earlier|later)\s+)?(that|the\s+same|that\s+same|the\s+following|the\s+prior)\s+(day|week|month|year|quarter)\b",
                referred_period,
            ),
            r(
                Pair(&["early", "late", "earlier", "later"], &["in", "on"]),
                r"(?i)\b(?:early|late|earlier|later)\s+(?:in|on)\s+the\s+(day|week|month|year)\b",
                part_of_period_in_play,
            ),
            r(
                Pair(&["the", "full", "fiscal"], &["year"]),
                r"(?i)\bthe\s+(full\s+|fiscal\s+|current\s+fiscal\s+|latest\s+fiscal\s+)?year\b",
                the_year,
            ),
            r(
                Any(&[
                    Pair(&["year"], &["end"]),
                    Pair(&["s"], &["end"]),
                    Pair(&["the"], &["month", "decade", "century"]),
                ]),
                r"(?i)\b(?:year(?:-|\s+|'s\s+)end|the\s+end\s+of\s+the\s+(month|decade|century))\b",
                period_end,
            ),
            r(
                Words(DECADES),
                r"(?i)\bthe\s+(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
                decade_word,
            ),
            r(
                Any(&[
                    Pair(
                        &[
                            "this", "last", "past", "next", "the", "in", "during", "early", "late",
                            "mid",
                        ],
                        SEASONS,
                    ),
                    Words(SEASONS_JOINED),
                    Pair(SEASONS, &["#4"]),
                ]),
                r"(?i)\b(?:(this\s+past|this|last|past|next|the|in|during|early|late)\s+(?:(?:early|late|mid)[-\s]?)?(spring|summer|autumn|fall|winter)(?:\s+of)?(?:\s+(\d{4}))?|(?:(?:early|late|mid)[-\s]?)?(spring|summer|autumn|fall|winter)\s+(\d{4}))\b",
                season,
            ),
            r(
                Any(&[
                    Words(&["am", "pm"]),
                    Pair(&["a", "p"], &["m"]),
                    Pair(&["the"], &["morning", "afternoon", "evening"]),
                    Pair(&["at"], &["night"]),
                ]),
                r"(?i)\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b|in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b)(?:\s+(local\s+time|{Z}))?(?:\s*,?\s+(?:on\s+)?((?-i:{W})|today|yesterday|tomorrow|(?-i:{M})\s+\d{1,2}))?",
                clock_time,
            ),
            r(
                Pair(&["#", "hours"], ZONES),
                r"\b([01]?\d|2[0-3])[:.]?([0-5]\d)(?::[0-5]\d)?\s+(?:hours\s+)?((?-i:{Z}))\b(?:\s*,?\s+(?:on\s+)?((?-i:{W})|today|yesterday|tomorrow|(?-i:{M})\s+\d{1,2}))?",
                clock_24,
            ),
            r(
                Pair(
                    &["at", "by", "until", "till", "from", "around", "about", "before", "after", "since"],
                    &["#"],
                ),
                r"(?i)\b(?:at|by|until|till|from|around|about|before|after|since)\s+(?P<span>([01]?\d|2[0-3]):([0-5]\d)(?:\s*,?\s+(?:on\s+)?((?-i:{W})|today|yesterday|tomorrow|(?-i:{M})\s+\d{1,2}))?)\b",
                clock_after_preposition,
            )
            .needing(b':'),
            r(
                Words(&[
                    "noon",
                    "midnight",
                    "mid",
                    "midmorning",
                    "midafternoon",
                    "midday",
                ]),
                r"(?i)\b(noon|midnight|mid[-\s]?morning|mid[-\s]?afternoon|mid-?day)(?:\s+(?:on\s+)?((?-i:{W})|today|yesterday|tomorrow))?\b",
                named_time,
            ),
            r(
                Words(&["every", "each"]),
                r"(?i)\b(?:every|each)\s+(hour|day|week|month|quarter|year|morning|afternoon|evening|night|{W}|(?-i:{MF}))\b",
                every,
            ),
            r(
                Words(&[
                    "hourly",
                    "daily",
                    "weekly",
                    "monthly",
                    "quarterly",
                    "annually",
                    "yearly",
                ]),
                r"(?i)\b(hourly|daily|weekly|monthly|quarterly|annually|yearly)\b",
                frequency,
            ),
        ]
    }
}
