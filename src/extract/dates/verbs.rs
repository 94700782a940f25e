//! The past-tense verbs that `tense` reads a clause's time from.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// A past-tense verb: one of the common irregular ones, or a regular
/// "-ed" form that is not a common adjective or a future cue.
pub(super) fn is_past_verb(word: &str) -> bool {
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
        "preferred",
        "renewed",
        "embattled",
        "beloved",
        "wicked",
        "naked",
    ];
    // Words come trimmed but for apostrophes: most end with an ASCII
    // letter or digit at both ends, and skip the character scan (#17).
    let b = word.as_bytes();
    let word = match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_alphanumeric() && l.is_ascii_alphanumeric() => word,
        _ => word.trim_matches(|c: char| !c.is_alphanumeric()),
    };
    if word.len() >= 3 && past_verbs().contains(word) {
        return true;
    }
    // "unspecified", "unchanged" are adjectives.
    word.len() > 4 && word.ends_with("ed") && !word.starts_with("un") && !NOT_VERBS.contains(&word)
}

/// [`PAST_VERBS`] as a set, for the words of three letters or more (none
/// is shorter; most words of a clause are, and skip the hash, #17).
fn past_verbs() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| PAST_VERBS.iter().copied().collect())
}

/// Common irregular past-tense verbs of news reporting.
pub(super) const PAST_VERBS: &[&str] = &[
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
    // Regular forms too short for the "-ed" rule, which skips words of
    // four letters or fewer ("seed", "need", "shed" are no verbs).
    "died",
    "tied",
    "owed",
    "eyed",
    "fed",
    "bled",
    "sped",
    "arose",
    "underwent",
    "overtook",
    "has",
    "have",
];
/// The timetable verbs of [`is_timetable_verb`] with a plural subject ("the talks resume on
/// Monday", "ministers meet Friday"). These are infinitives too, so the
/// caller refuses them after "to", "did not" and a determiner. Not
/// "open", "end", "close" or "vote": adjectives and nouns too often
/// ("shops were open on Sunday", "the vote on Sunday").
pub(super) fn is_plural_timetable_verb(word: &str) -> bool {
    matches!(
        word,
        "begin"
            | "start"
            | "reopen"
            | "resume"
            | "convene"
            | "arrive"
            | "meet"
            | "visit"
            | "face"
            | "head"
            | "travel"
            | "return"
            | "fly"
            | "go"
    )
}

/// Verbs of a timetable in the third person present, which news uses for
/// what is to come ("the summit ends on Sunday"). Only the "-s" forms:
/// "the open", "the close" are nouns too often. Not "runs": "the sale
/// runs from November to February" tells of a period already under way.
/// Not "reports", "votes" or "hosts" either: as nouns they stand before
/// past dates ("news reports on Monday said").
pub(super) fn is_timetable_verb(word: &str) -> bool {
    matches!(
        word,
        "begins"
            | "starts"
            | "opens"
            | "reopens"
            | "resumes"
            | "ends"
            | "closes"
            | "expires"
            | "arrives"
            | "departs"
            | "convenes"
            | "kicks"
            | "takes"
            | "heads"
            | "travels"
            | "meets"
            | "visits"
            | "plays"
            | "faces"
            | "holds"
            | "goes"
            | "speaks"
            | "testifies"
            | "announces"
            | "unveils"
            | "launches"
            | "returns"
            | "leaves"
            | "flies"
    )
}
