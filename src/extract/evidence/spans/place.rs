//! Evidence that a span names a place: geographic features, landmarks,
//! compass regions, state abbreviations after a town and prepositions of
//! location before it.

use super::{mixed_case, words};
use crate::extract::evidence::Rule;
use crate::extract::{places, segment, Doc};
use crate::lexicon::WordList;

#[inline]
pub(crate) fn feature(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let found = last > first
        && mixed_case(doc, first, last)
        && (segment::is_feature_word(toks[last].text)
            || segment::is_feature_word(toks[first].text));
    found.then_some(Rule::Feature)
}

/// The words that close the name of a street, a building or a site
/// ([`landmark`]): a [`WordList`], not a `match`, since the last word of
/// most names is none of them and the list's filter says so in one
/// branch, where the match mispredicted in a chain of them (#17).
static LANDMARK_ENDS: WordList = WordList::new(&[
    "Street",
    "Avenue",
    "Road",
    "Boulevard",
    "Square",
    "Park",
    "Cemetery",
    "Bridge",
    "Castle",
    "Palace",
    "Cathedral",
    "Airport",
    "Station",
    "Beach",
    "Harbour",
    "Harbor",
    "Forest",
    "Falls",
    "Canyon",
    "Reserve",
    "Tunnel",
    "Quarter",
    "Empire",
    "Gardens",
    "Plaza",
    "Lane",
    "Highway",
    "Temple",
    "Mosque",
    "Abbey",
]);

/// Streets, parks and buildings that are places to go: "Main Street",
/// "Fenway Park", "Oakland Bay Bridge", "Fort Lee".
#[inline]
pub(crate) fn landmark(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let closing = LANDMARK_ENDS.contains(&toks[last].text);
    let opening = matches!(toks[first].text, "Fort" | "Port" | "County");
    let found = last > first && mixed_case(doc, first, last) && (closing || opening);
    found.then_some(Rule::Landmark)
}

/// "the North", "the Midwest": a compass region named alone.
#[inline]
pub(crate) fn compass(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let t = &doc.tokens[first];
    let found = first == last
        && first > 0
        && doc.tokens[first - 1].text.eq_ignore_ascii_case("the")
        && matches!(
            t.text,
            "North"
                | "South"
                | "East"
                | "West"
                | "Midwest"
                | "Northeast"
                | "Northwest"
                | "Southeast"
                | "Southwest"
                | "Arctic"
                | "Antarctic"
                | "Tropics"
        );
    found.then_some(Rule::Compass)
}

/// "Tulsa, OK", "Fresno, Calif.": a state's abbreviation after a
/// capitalised town and a comma, which on its own would be an unknown
/// acronym.
#[inline]
pub(crate) fn state_after_town(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let after_town = first >= 2 && toks[first - 1].is(",") && toks[first - 2].is_capitalised();
    (first == last && after_town && crate::extract::aliases::state_of(toks[first].text).is_some())
        .then_some(Rule::StateAfterTown)
}

#[inline]
pub(crate) fn preposition_short(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let n = words(doc, first, last);
    ((2..=3).contains(&n)
        && mixed_case(doc, first, last)
        && places::location_preposition_before(doc, first))
    .then_some(Rule::PrepositionShort)
}

#[inline]
pub(crate) fn preposition(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    // "to" and "from" come before people as often ("a letter from X",
    // "according to X"): only the prepositions of location speak.
    (first == last
        && mixed_case(doc, first, last)
        && places::location_preposition_before(doc, first))
    .then_some(Rule::Preposition)
}

#[cfg(test)]
mod tests {
    use super::super::tests::on;
    use super::*;
    use crate::extract::evidence::words::compass_place;

    #[test]
    fn places() {
        assert_eq!(
            on(compass, "Rain fell across the North today.", "North"),
            Some(Rule::Compass)
        );
        assert_eq!(
            on(
                compass_place,
                "Drought hit farms in West Texas.",
                "West Texas"
            ),
            Some(Rule::CompassPlace)
        );
        assert_eq!(
            on(
                compass_place,
                "West Bromwich Albion won.",
                "West Bromwich Albion"
            ),
            None
        );
        assert_eq!(
            on(landmark, "They walked down Main Street.", "Main Street"),
            Some(Rule::Landmark)
        );
        assert_eq!(
            on(landmark, "They met Fort Lee officials.", "Fort Lee"),
            Some(Rule::Landmark)
        );
        assert_eq!(
            on(feature, "climbed Mount Kenya", "Mount Kenya"),
            Some(Rule::Feature)
        );
        assert_eq!(
            on(preposition_short, "fighting in Khan Younis", "Khan Younis"),
            Some(Rule::PrepositionShort)
        );
        assert_eq!(
            on(preposition, "born in Qaraqosh", "Qaraqosh"),
            Some(Rule::Preposition)
        );
        // People follow "from" and "to" as often as places do.
        assert_eq!(on(preposition, "a letter from Quillan", "Quillan"), None);
    }
}
