//! The words that put a date ahead: future markers ("will", "plans
//! to", "is expected"), modals of what may yet happen ("must", "may"),
//! and "'ll" and "won't". `tense` reads them from the nearest word back.

/// Words that put what follows in the future.
pub(super) const MARKERS: &[&[&str]] = &[
    &["will"],
    &["shall"],
    &["scheduled"],
    &["slated"],
    // "Forecasters predict snow on Wednesday": a forecast is of the future.
    &["predict"],
    &["predicts"],
    &["forecast"],
    &["forecasts"],
    &["poised", "to"],
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
    // "Results are expected Wednesday": an expectation is of what is to
    // come ("was expected" is not, and "more than expected" has no "are").
    &["is", "expected"],
    &["are", "expected"],
    &["due"],
    &["next"],
    &["planned"],
    &["starting"],
    &["upcoming"],
    &["effective"],
    &["would", "be"],
    // "said it would raise prices in January" (see `tense`).
    &["would"],
    &["as", "early", "as"],
    &["planning", "to"],
    &["wants", "to"],
    &["want", "to"],
    &["hoping", "to"],
    &["ready", "to"],
    &["set", "for"],
    &["as", "soon", "as"],
    // "ahead of Sunday's election", "in the run-up to Friday's vote".
    &["ahead", "of"],
    &["run-up", "to"],
];

/// True when `word` is the first word of one of `tense`'s future markers:
/// most words are not, and this one test spares them the comparison with
/// each marker (a unit test checks the list against the markers).
pub(super) fn opens_marker(word: &str) -> bool {
    matches!(
        word,
        "will"
            | "ahead"
            | "run-up"
            | "shall"
            | "scheduled"
            | "slated"
            | "predict"
            | "predicts"
            | "forecast"
            | "forecasts"
            | "poised"
            | "expected"
            | "expects"
            | "expect"
            | "plans"
            | "plan"
            | "intends"
            | "aims"
            | "hopes"
            | "agreed"
            | "due"
            | "going"
            | "is"
            | "are"
            | "set"
            | "next"
            | "planned"
            | "starting"
            | "upcoming"
            | "effective"
            | "would"
            | "as"
            | "planning"
            | "wants"
            | "want"
            | "hoping"
            | "ready"
    )
}

/// True when `words[i]` is a modal of what is still to happen ("must",
/// "should", "may", "might", "can", "likely to", "need to") and not one
/// that looks back ("may have gone"). "could" is left out: it is as often
/// the past of "can" ("could not attend on Friday"). "may" after a
/// preposition or before a number is the month ("in May", "May 3").
pub(super) fn is_modal_ahead(words: &[&str], i: usize) -> bool {
    let next = words.get(i + 1).copied();
    if next == Some("have") {
        return false;
    }
    match words[i] {
        "must" | "should" | "might" | "can" => true,
        "may" => {
            next.is_some_and(|n| {
                n.starts_with(|c: char| c.is_ascii_lowercase())
                    && !matches!(n, "and" | "or" | "to" | "through" | "until")
            }) && !(i > 0
                && matches!(
                    words[i - 1],
                    "in" | "of"
                        | "since"
                        | "until"
                        | "by"
                        | "on"
                        | "from"
                        | "to"
                        | "between"
                        | "early"
                        | "late"
                        | "mid"
                        | "last"
                        | "next"
                        | "this"
                        | "and"
                        | "or"
                        | "through"
                ))
        }
        "likely" | "need" | "needs" => next == Some("to"),
        _ => false,
    }
}

/// "he'll", "won't" (with a straight or a curly apostrophe): the future.
pub(super) fn says_will(word: &str) -> bool {
    word.ends_with("'ll") || word.ends_with("’ll") || matches!(word, "won't" | "won’t")
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_marker_opens_with_a_listed_word() {
        use super::{opens_marker, MARKERS};
        for m in MARKERS {
            assert!(opens_marker(m[0]), "{m:?}");
        }
    }
}
