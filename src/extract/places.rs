//! Rules that say a name is a place's.
//!
//! Evidence: the name is in the gazetteer (countries and their usual
//! alternative names, GeoNames cities, regions, continents, geographic
//! features); a dash compound whose parts are all places is split
//! ("Afghanistan–Pakistan border" names two places); an unknown single
//! name after "in", "from", "near"… is taken as a place when nothing else
//! in the article says otherwise.

use super::Doc;

/// Prepositions that introduce locations.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "from",
    "near",
    "to",
    "across",
    "outside",
    "inside",
    "toward",
    "towards",
    "into",
    "via",
    "around",
    "throughout",
];

/// True when the chunk's text is a gazetteer entry.
pub(crate) fn in_gazetteer(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    doc.lex.place(doc.span_text(first, last)).is_some()
}

/// The parts of a dash compound ("Afghanistan-Pakistan") when every part
/// is a place; `None` otherwise, so that "IS-K" and "Hewlett-Packard" stay
/// whole.
pub(crate) fn split_dash_compound(
    doc: &Doc<'_>,
    first: usize,
    last: usize,
) -> Option<Vec<(usize, usize)>> {
    let mut parts = Vec::new();
    let mut start = first;
    for i in first..=last {
        if doc.tokens[i].is_dash() && !doc.tokens[i].space_before {
            parts.push((start, i - 1));
            start = i + 1;
        }
    }
    if parts.is_empty() {
        return None;
    }
    parts.push((start, last));
    parts
        .iter()
        .all(|&(a, b)| a <= b && in_gazetteer(doc, a, b))
        .then_some(parts)
}

/// True when a place preposition stands just before `first`.
pub(crate) fn preposition_before(doc: &Doc<'_>, first: usize) -> bool {
    first
        .checked_sub(1)
        .is_some_and(|i| PLACE_PREPOSITIONS.contains(&doc.tokens[i].text))
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::entities_of;

    #[test]
    fn dash_compounds_split_into_places() {
        let e = entities_of("Fighting on the Afghanistan–Pakistan border went on.");
        assert!(e.contains(&("place".into(), "Afghanistan".into())), "{e:?}");
        assert!(e.contains(&("place".into(), "Pakistan".into())), "{e:?}");
    }

    #[test]
    fn possessive_trimmed_and_demonym_not_a_place() {
        let e = entities_of("Turkey's agency held a Turkish national.");
        assert!(e.contains(&("place".into(), "Turkey".into())), "{e:?}");
        assert!(!e.iter().any(|(_, n)| n == "Turkish"), "{e:?}");
    }

    #[test]
    fn preposition_makes_unknown_name_a_place() {
        let e = entities_of("He was born in Qaraqosh and left.");
        assert!(e.contains(&("place".into(), "Qaraqosh".into())), "{e:?}");
    }
}
