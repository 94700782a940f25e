//! Modifiers: the words that set a date's TIMEX3 `mod` ("early",
//! "the end of", "more than", "or so") and join its span, found inside
//! the span or just before it once composition has settled the dates.

use super::*;

/// "the next two years or so": the hedge after a date joins it, as an
/// approximation.
pub(super) fn or_so(body: &str, from: usize, d: &mut FoundDate) {
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
pub(super) fn modify(body: &str, from: usize, floor: usize, d: &mut FoundDate) {
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
    use super::super::test_support::{one, with_mods};
    use super::*;

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
}
