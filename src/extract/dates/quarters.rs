//! Quarters and halves of the year: "the third quarter", "Q3 2025",
//! "2H24", "FY26", the quarter a results story reports ("the quarter
//! ended Sept. 30") and the year-ago quarter it compares with.

use super::*;

pub(super) fn quarter(c: &Captures<'_>, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let q = ordinal(c.get(1)?.as_str())?;
    if let Some(y) = int(c, 2) {
        return Some((DateType::Date, format!("{y:04}-Q{q}"), Anchor::None));
    }
    quarter_of_article(q, ctx)
}

/// A quarter named without its year: the latest such quarter begun by the
/// article date, unless the sentence tells of a game.
fn quarter_of_article(q: i64, ctx: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    if in_a_game(ctx) {
        return None;
    }
    let dct = ctx.dct?;
    let current = i64::from((dct.month() - 1) / 3 + 1);
    let y = i64::from(dct.year()) - i64::from(q > current);
    Some((DateType::Date, format!("{y:04}-Q{q}"), Anchor::Article))
}

/// "Q3", "Q1 2026", "Q4 '25", "Q2 FY26", "H1 2025", "1Q25", "2H 2024": a
/// quarter or half as business news abbreviates it. A half needs its year
/// ("H1" alone is as often a heading or a visa); a quarter alone is read
/// as "the third quarter" is.
pub(super) fn period_code(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let n: i64 = c.name("n")?.as_str().parse().ok()?;
    let two_digits = c.name("y2").or_else(|| c.name("fy"));
    let year = match (c.name("y4"), two_digits) {
        (Some(y), _) => Some(y.as_str().parse().ok()?),
        (None, Some(y)) => Some(full_year(y.as_str().parse().ok()?, ctx)),
        (None, None) => None,
    };
    match (c.name("kind")?.as_str(), year) {
        ("H", Some(y)) if n <= 2 => Some((DateType::Date, format!("{y:04}-H{n}"), Anchor::None)),
        ("Q", Some(y)) => Some((DateType::Date, format!("{y:04}-Q{n}"), Anchor::None)),
        ("Q", None) if reads_as_business(ctx) => quarter_of_article(n, ctx),
        _ => None,
    }
}

/// True when a bare "Q3" sits where a quarter of the calendar does ("in
/// Q3", "Q3 earnings") rather than a quartile's ("the third quartile,
/// Q3, is …").
fn reads_as_business(ctx: &Context<'_>) -> bool {
    const BEFORE: &[&str] = &["in", "during", "for", "since", "by", "through", "until"];
    const AFTER: &[&str] = &[
        "results",
        "earnings",
        "revenue",
        "revenues",
        "sales",
        "profit",
        "profits",
        "loss",
        "losses",
        "growth",
        "gdp",
        "deliveries",
        "shipments",
        "guidance",
        "report",
        "figures",
        "numbers",
    ];
    let next = ctx.next_word();
    let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    BEFORE.contains(&ctx.prev_word().as_str())
        || AFTER.contains(&next)
        || after_a_modifier(ctx.before())
}

/// True when `before` ends with a modifier of a period ("late", "mid-",
/// "the end of"): a quartile takes none, so "by the end of Q1" and "late
/// Q2" are quarters of the calendar.
fn after_a_modifier(before: &str) -> bool {
    const PARTS: &[&str] = &["end", "start", "beginning", "middle", "close", "rest"];
    let before = before.to_ascii_lowercase();
    if before.ends_with("mid-") {
        return true;
    }
    let mut words = before.split_whitespace().rev();
    match words.next() {
        Some("early" | "late" | "mid") => true,
        Some("of") => words.next().is_some_and(|w| PARTS.contains(&w)),
        _ => false,
    }
}

/// "FY2025", "FY25", "FY '98": a fiscal year, whose value is its year as
/// for "fiscal 2025".
pub(super) fn fiscal_year_code(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let y = c.name("y4")?.as_str();
    let y: i64 = match y.len() {
        2 => full_year(y.parse().ok()?, ctx),
        _ => y.parse().ok()?,
    };
    Some((DateType::Date, format!("{y:04}"), Anchor::None))
}

/// A year written with two digits ("'25", "FY98"): the one in the century
/// that puts it at most twenty years after the article (or today's
/// century without an article date).
pub(super) fn full_year(two: i64, ctx: &Context<'_>) -> i64 {
    let now = ctx.dct.map_or(2000, |d| i64::from(d.year()));
    let y = now - now.rem_euclid(100) + two;
    if y > now + 20 {
        y - 100
    } else {
        y
    }
}

/// True when the sentence tells of a game ("scored 12 points in the fourth
/// quarter"): its quarters are periods of play, not of the calendar.
fn in_a_game(ctx: &Context<'_>) -> bool {
    const PLAY: &[&str] = &[
        "points",
        "scored",
        "rebounds",
        "assists",
        "touchdown",
        "field goal",
        "halftime",
        "buzzer",
        "basket",
        "free throw",
        "three-pointer",
        "the lead",
        "seconds left",
        "minutes left",
        "game",
    ];
    const MONEY: &[&str] = &[
        "profit",
        "earnings",
        "revenue",
        "sales",
        "fiscal",
        "net income",
        "loss",
    ];
    let sentence = format!("{} {}", ctx.before(), ctx.after()).to_lowercase();
    PLAY.iter().any(|w| sentence.contains(w)) && !MONEY.iter().any(|w| sentence.contains(w))
}

/// "the quarter" in results reporting: the last quarter that has ended,
/// or nearly ended, at the article date.
pub(super) fn reported_quarter(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    // A bare "the period" is a quarter only in a story about quarters:
    // elsewhere it is any stretch ("the period from 2010 to 2015"). "The
    // latest period" of a results story is one whatever it counts in.
    let period = c.get(1)?.as_str().eq_ignore_ascii_case("period");
    let bare = c.get(0)?.as_str().split_whitespace().count() == 2;
    if period && bare && !ctx.quarterly {
        return None;
    }
    let d = ctx.reported_quarter?;
    Some((DateType::Date, period_value(d, "quarter"), Anchor::Article))
}

/// A day inside the quarter that results published at `dct` report on.
///
/// "the quarter ended Sept. 30" says which quarter outright, so it wins
/// over the first quarter the article names, which may be a fiscal one
/// ("the fiscal first quarter") or a forecast ("the fourth quarter").
/// A named quarter that ends on a month ("the second quarter ended Oct.
/// 31") keeps its name; an unnamed one is the calendar quarter of its
/// middle month, so a quarter ended July 31 (May to July) is the second.
/// A "fiscal first quarter" keeps the company's own numbering, as TimeML
/// writes it, even when it ended in September.
pub(super) fn reported_quarter_start(body: &str, dct: Date) -> Option<Date> {
    // Every pattern below spells "quarter" in ASCII letters (no other
    // character folds to them), and most articles do not: a byte search
    // for the word's first letter finds where the patterns need start,
    // if anywhere.
    let b = body.as_bytes();
    let spelled = memchr::memchr2_iter(b'q', b'Q', b).find(|&i| {
        b.get(i + 1..i + 7)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"uarter"))
    });
    // Then a plain substring test: most articles name no such quarter,
    // and it costs far less than the pattern.
    let fiscal = || {
        [
            "fiscal first",
            "fiscal second",
            "fiscal third",
            "fiscal fourth",
        ]
        .iter()
        .any(|w| body.contains(w))
    };
    let ends = spelled.is_some_and(|at| body[at..].contains("quarter end"));
    if ends && !fiscal() {
        if let Some(d) = quarter_ended(body, dct) {
            return Some(d);
        }
    }
    static NAMED: OnceLock<Regex> = OnceLock::new();
    let named = NAMED.get_or_init(|| {
        Regex::new(r"(?i)\b(first|second|third|fourth)[-\s]quarter\b").expect("quarter pattern")
    });
    let named_first = spelled.and_then(|at| {
        let mut lo = at.saturating_sub(16);
        while !body.is_char_boundary(lo) {
            lo -= 1;
        }
        named
            .captures_iter_in(body, lo..body.len(), Known::Unknown)
            .next()
    });
    if let Some(c) = named_first {
        let q = ordinal(&c[1])?;
        let current = i64::from((dct.month() - 1) / 3 + 1);
        let y = i64::from(dct.year()) - i64::from(q > current);
        return ymd(y, (q - 1) * 3 + 1, 1);
    }
    dct.checked_sub(45.days()).ok()
}

/// The quarter "the quarter ended <month>" names, as a day inside it.
fn quarter_ended(body: &str, dct: Date) -> Option<Date> {
    static ENDED: OnceLock<Regex> = OnceLock::new();
    let ended = ENDED.get_or_init(|| {
        Regex::new(&format!(
            r"(?i)\b(?:(first|second|third|fourth)[-\s])?quarter\s+end(?:ed|ing)\s+(?:on\s+)?((?-i:{MONTH_FULL}))"
        ))
        .expect("quarter-ended pattern")
    });
    let c = ended.captures(body)?;
    let current = i64::from((dct.month() - 1) / 3 + 1);
    if let Some(named) = c.get(1) {
        let q = ordinal(named.as_str())?;
        let y = i64::from(dct.year()) - i64::from(q > current);
        return ymd(y, (q - 1) * 3 + 1, 1);
    }
    let end = i64::from(month_number(c.get(2)?.as_str().trim_end_matches('.'))?);
    let y = i64::from(dct.year()) - i64::from(end > i64::from(dct.month()));
    // The middle month of the three that end with `end`.
    let (y, middle) = if end == 1 { (y - 1, 12) } else { (y, end - 1) };
    ymd(y, middle, 1)
}

/// "the year-earlier quarter": the reported quarter a year before.
/// "the 1988 quarter" in a results report: the reported quarter of 1988.
pub(super) fn dated_quarter(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let y = int(c, 1)?;
    if !ctx.quarterly {
        return None;
    }
    let q = ctx.reported_quarter?;
    let n = (q.month() - 1) / 3 + 1;
    Some((DateType::Date, format!("{y:04}-Q{n}"), Anchor::Article))
}

/// "the year-ago quarter", "the quarter a year earlier": the reported
/// quarter a year before; "the year-earlier third quarter" names its
/// quarter, the one of the year before the latest such quarter.
pub(super) fn year_ago_quarter(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    if let Some(named) = c.get(1) {
        let q = ordinal(named.as_str())?;
        let dct = ctx.dct?;
        let current = i64::from((dct.month() - 1) / 3 + 1);
        let y = i64::from(dct.year()) - i64::from(q > current) - 1;
        return Some((DateType::Date, format!("{y:04}-Q{q}"), Anchor::Article));
    }
    if !ctx.compares_quarters() && ctx.quarterly {
        let y = i64::from(ctx.dct?.year()) - 1;
        return Some((DateType::Date, format!("{y:04}"), Anchor::Article));
    }
    let d = ctx.reported_quarter?.checked_sub(1.year()).ok()?;
    Some((DateType::Date, period_value(d, "quarter"), Anchor::Article))
}

pub(super) fn year_quarter(
    c: &Captures<'_>,
    _: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let y = int(c, 1)?;
    let q = ordinal(c.get(2)?.as_str())?;
    Some((DateType::Date, format!("{y:04}-Q{q}"), Anchor::None))
}

pub(super) fn relative_year_quarter(
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

pub(super) fn half(c: &Captures<'_>, _: &Context<'_>) -> Option<(DateType, String, Anchor)> {
    let h = match c.get(1)?.as_str().to_lowercase().as_str() {
        "last" => 2,
        other => ordinal(other)?,
    };
    let y = int(c, 2)?;
    Some((DateType::Date, format!("{y:04}-H{h}"), Anchor::None))
}

/// "the second half of next year": the half, in the article's year for now;
/// composition joins it to the year named after "of" and takes that year.
pub(super) fn half_of_year_in_words(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    // "the first half of the year" is one span; "the first half of last
    // year" joins its year in composition; "the first half" alone is
    // of a match or a book.
    let span = c.name("span")?;
    if c.name("whole").is_none() && span.end() == c.get(0)?.end() {
        return None;
    }
    let h = match c.get(2)?.as_str().to_lowercase().as_str() {
        "last" => 2,
        other => ordinal(other)?,
    };
    let y = ctx.dct?.year();
    Some((DateType::Date, format!("{y:04}-H{h}"), Anchor::Article))
}

/// "the July-September quarter", "January-June 1996": months that make
/// up a quarter or a half of the year are that quarter or half, in the
/// year given, else the year the tense puts the last month in. Other
/// spans of months are left to `month_range_start` and the month rules.
pub(super) fn months_of_a_quarter(
    c: &Captures<'_>,
    ctx: &Context<'_>,
) -> Option<(DateType, String, Anchor)> {
    let first = month_number(c.get(1)?.as_str())?;
    let last = month_number(c.get(2)?.as_str())?;
    let part = match (first, last - first) {
        (1 | 4 | 7 | 10, 2) => format!("Q{}", (first - 1) / 3 + 1),
        (1 | 7, 5) => format!("H{}", (first - 1) / 6 + 1),
        _ => return None,
    };
    if let Some(y) = int(c, 3) {
        return Some((DateType::Date, format!("{y:04}-{part}"), Anchor::None));
    }
    let dct = ctx.dct?;
    let y = nearest_year(dct, last, 15, tense(ctx), 16);
    Some((DateType::Date, format!("{y:04}-{part}"), Anchor::Article))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

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

    /// "the quarter ended <month>" names the reported quarter outright,
    /// ahead of a forecast quarter named earlier in the story.
    #[test]
    fn the_quarter_ended_a_month_is_the_reported_one() {
        let text = "Acme expects a weak fourth quarter. In the quarter ended July 31, \
                    profit rose. The year-ago quarter was weaker.";
        let v = values(text, "1989-10-30");
        assert!(v.contains(&pair("the quarter", "1989-Q2")), "{v:?}");
        assert!(
            v.contains(&pair("The year-ago quarter", "1988-Q2")),
            "{v:?}"
        );
        let text = "Profit in the second quarter ended Oct. 31 doubled, while the \
                    third quarter looks flat. The year-ago quarter was weak.";
        let v = values(text, "1989-11-20");
        assert!(
            v.contains(&pair("The year-ago quarter", "1988-Q2")),
            "{v:?}"
        );
        // A fiscal quarter keeps the company's numbering.
        let text = "Profit rose in the fiscal first quarter. For the quarter ended \
                    Sept. 30, sales grew. In the quarter, costs fell.";
        let v = values(text, "1989-10-26");
        assert!(v.contains(&pair("the quarter", "1989-Q1")), "{v:?}");
    }

    #[test]
    fn a_year_ago_quarter_with_its_name_is_one_expression() {
        let text = "Sales rose 5% from the year-earlier third quarter, and profit beat \
                    the year-ago second quarter.";
        let v = values(text, "1989-11-02");
        assert_eq!(
            v,
            [
                pair("the year-earlier third quarter", "1988-Q3"),
                pair("the year-ago second quarter", "1988-Q2"),
            ]
        );
    }

    /// Issue 14: a game's quarters are not calendar quarters.
    #[test]
    fn quarters_of_a_game_are_not_dates() {
        let v = values(
            "She scored 12 points in the fourth quarter. Profit rose in the fourth quarter.",
            "2025-12-22",
        );
        assert_eq!(v, [pair("the fourth quarter", "2025-Q4")]);
    }

    /// Quarters and halves as business news abbreviates them; a bare "Q3"
    /// only where a quarter of the calendar sits, not a quartile's.
    #[test]
    fn abbreviated_quarters_halves_and_fiscal_years() {
        let v = values(
            "Q1 2026 sales rose; Q4 '24 and Q2 FY26 fell. H1 2025 was slow, 2H24 better. \
             Its Q3 results beat forecasts. In FY2025 and FY26 profit rose.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("Q1 2026", "2026-Q1"),
                pair("Q4 '24", "2024-Q4"),
                pair("Q2 FY26", "2026-Q2"),
                pair("H1 2025", "2025-H1"),
                pair("2H24", "2024-H2"),
                pair("Q3", "2025-Q3"),
                pair("FY2025", "2025"),
                pair("FY26", "2026"),
            ]
        );
        // A modifier of a period marks a quarter of the calendar too.
        let v = with_mods(
            "The deal expires at the end of Q1. Shipments slip to late Q2; guidance \
             for mid-Q3 is weak.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                one("the end of Q1", "2025-Q1", Some(Mod::End)),
                one("late Q2", "2025-Q2", Some(Mod::End)),
                one("mid-Q3", "2025-Q3", Some(Mod::Mid)),
            ]
        );
        let v = values(
            "The first quartile, Q1, is the median of the lower half. The H1N1 virus and an H1 visa.",
            "2025-12-22",
        );
        assert_eq!(v, []);
    }

    /// "the second half of next year": the half joins the year in words.
    #[test]
    fn a_half_of_a_year_in_words() {
        let v = values(
            "Demand should recover in the second half of next year, after the first half of last year.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("the second half of next year", "2026-H2"),
                pair("the first half of last year", "2024-H1"),
            ]
        );
        // A game's half is no date.
        assert_eq!(values("He scored in the second half.", "2025-12-22"), []);
        assert_eq!(
            values("He played the first half of the match.", "2025-12-22"),
            []
        );
        // "of the year" is the article's year, whatever follows it.
        let v = values(
            "It expects losses in the second half of the year after gains.",
            "2025-12-22",
        );
        assert_eq!(v, [pair("the second half of the year", "2025-H2")]);
    }

    /// "the July-September quarter": months that make a quarter or a half.
    #[test]
    fn months_that_make_a_quarter_or_a_half() {
        let v = values(
            "Revenue in the July-September quarter rose; the April-June period and \
             January-June 1996 were weaker.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("the July-September quarter", "2025-Q3"),
                pair("the April-June period", "2025-Q2"),
                pair("January-June 1996", "1996-H1"),
            ]
        );
    }
}
