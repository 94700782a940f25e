//! The trigger words of the rules (see `triggers`): for each pattern of
//! `grammar`, words that every text it matches holds. A rule whose words
//! do not occur in an article is never run on it.

/// The months as [`MONTH`](super::grammar::MONTH) writes them, without their periods, and any
/// extra words a rule's trigger list needs beside them.
macro_rules! month_words {
    ($($extra:literal),* $(,)?) => {
        &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sept",
    "Sep",
    "Oct",
    "Nov",
    "Dec", $($extra),*]
    };
}
/// The months as [`MONTH`](super::grammar::MONTH) writes them, without their periods.
pub(super) const MONTHS: &[&str] = month_words!();
/// The start of any capitalised word a month may begin: for the one
/// pattern that does not bound the month on the right.
pub(super) const MONTH_STARTS: &[&str] = &[
    "Jan*", "Feb*", "Mar*", "Apr*", "May*", "Jun*", "Jul*", "Aug*", "Sep*", "Oct*", "Nov*", "Dec*",
];
/// The weekdays, also plural ("on Mondays").
pub(super) const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mondays",
    "Tuesdays",
    "Wednesdays",
    "Thursdays",
    "Fridays",
    "Saturdays",
    "Sundays",
];
/// The weekdays as [`WEEKDAY_OR_SHORT`](super::grammar::WEEKDAY_OR_SHORT) writes them, without periods.
pub(super) const WEEKDAYS_OR_SHORT: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mon",
    "Tue",
    "Tues",
    "Wed",
    "Thu",
    "Thur",
    "Thurs",
    "Fri",
    "Sat",
    "Sun",
];
/// Every word [`UNIT`](super::grammar::UNIT) matches.
pub(super) const UNITS: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "quarter",
    "quarters",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centurys",
    "centuries",
    "centuriess",
    "hr",
    "hrs",
    "min",
    "mins",
    "yr",
    "yrs",
];
/// Declares a list of the words of counts ("a couple of", "twenty-one",
/// digits as `#`), followed by any extra words.
macro_rules! count_words {
    ($($extra:literal),* $(,)?) => {
        &[
    "#",
    "a",
    "an",
    "of",
    "dozen",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "several",
    "few",
    "many",
    "some", $($extra),*]
    };
}
/// The last word of every count [`NUMBER`] matches ("a couple of",
/// "twenty-one"), digits included.
pub(super) const COUNTS: &[&str] = count_words!();
/// What may stand just before the unit of a duration: its count, "and a
/// half", or a word such as "trading" ("five trading days").
pub(super) const BEFORE_UNIT: &[&str] = count_words!(
    "half",
    "more",
    "additional",
    "extra",
    "trading",
    "business",
    "working",
    "straight",
    "consecutive",
    "full"
);
/// A month, or the "of" of "March of 2019".
pub(super) const MONTHS_OR_OF: &[&str] = month_words!("of");
pub(super) const STRETCHES: &[&str] = &["years", "months", "weeks", "days", "decades", "hours"];
pub(super) const PLURAL_UNITS: &[&str] = &["days", "weeks", "months", "years", "decades"];
pub(super) const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];
pub(super) const ORDINALS: &[&str] =
    &["first", "second", "third", "fourth", "st", "nd", "rd", "th"];
pub(super) const QUARTER: &[&str] = &["quarter"];
pub(super) const QUARTER_OR_PERIOD: &[&str] = &["quarter", "period"];
pub(super) const DAY_TO_QUARTER: &[&str] = &["day", "week", "month", "year", "quarter"];
/// One necessary word of each of the vague expressions' alternatives.
pub(super) const VAGUE: &[&str] = &[
    "recent",
    "recently",
    "now",
    "currently",
    "future",
    "past",
    "nowadays",
    "these",
    "term",
    "days",
    "weeks",
    "months",
    "quarters",
    "years",
    "later",
    "current",
    "former",
    "formerly",
];
/// "the quarter" also run together with its adjective ("the
/// latestquarter"), which the pattern's `\s*` allows.
pub(super) const QUARTER_JOINED: &[&str] = &[
    "latestquarter",
    "latestperiod",
    "recentquarter",
    "recentperiod",
    "samequarter",
    "sameperiod",
    "currentquarter",
    "currentperiod",
    "endedquarter",
    "endedperiod",
    "fiscalquarter",
    "fiscalperiod",
];
/// The holidays of one word ("Christmas Eve" holds "Christmas" too).
pub(super) const HOLIDAY_WORDS: &[&str] = &[
    "Christmas",
    "Thanksgiving",
    "Easter",
    "Halloween",
    "Juneteenth",
];
/// A word of each holiday of two or more words that the next word of
/// [`HOLIDAY_SECONDS`] follows ("Canada" of "Canada Day", "Valentine"
/// of "Valentine's Day", "Luther" of "Martin Luther King Day"): a name
/// alone ("Canada", "King", "Good") is no holiday, and news is full of
/// them (#17).
pub(super) const HOLIDAY_FIRSTS: &[&str] = &[
    "New",
    "Good",
    "Palm",
    "Ash",
    "Independence",
    "Labor",
    "Memorial",
    "Election",
    "Valentine",
    "Boxing",
    "Black",
    "Cyber",
    "Veterans",
    "Luther",
    "Presidents",
    "Columbus",
    "Patrick",
    "Bastille",
    "Canada",
    "Australia",
    "Anzac",
    "Remembrance",
    "Armistice",
    "Fawkes",
    "Bonfire",
    "May",
];
/// The words that follow those of [`HOLIDAY_FIRSTS`].
pub(super) const HOLIDAY_SECONDS: &[&str] = &[
    "Year",
    "Friday",
    "Sunday",
    "Monday",
    "Wednesday",
    "Day",
    "s",
    "King",
    "Night",
];
pub(super) const DECADES: &[&str] = &[
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
];
pub(super) const SEASONS: &[&str] = &["spring", "summer", "autumn", "fall", "winter"];
/// The seasons run together with "early", "late" or "mid" ("midsummer").
pub(super) const SEASONS_JOINED: &[&str] = &[
    "earlyspring",
    "earlysummer",
    "earlyautumn",
    "earlyfall",
    "earlywinter",
    "latespring",
    "latesummer",
    "lateautumn",
    "latefall",
    "latewinter",
    "midspring",
    "midsummer",
    "midautumn",
    "midfall",
    "midwinter",
];
/// Every zone [`ZONE`](super::grammar::ZONE) names.
pub(super) const ZONES: &[&str] = &[
    "gmt", "utc", "est", "edt", "pst", "pdt", "cst", "cdt", "mst", "mdt", "et", "bst", "cet",
    "cest",
];
