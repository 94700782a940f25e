//! Rules that say a name is a place's.
//!
//! Evidence: the name is in the gazetteer (countries and their usual
//! alternative names, GeoNames cities, regions, continents, geographic
//! features); a dash compound whose parts are all places is split
//! ("Afghanistan–Pakistan border" names two places); an unknown single
//! name after "in", "from", "near"… is taken as a place when nothing else
//! in the article says otherwise.

use super::tokens::TokenKind;
use super::{Candidate, Doc};

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
    super::evidence::span_entry(doc, first, last).is_place()
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

/// True when "in", "near", "outside", "across" or "throughout" stands just
/// before `first`: prepositions that, unlike "from" or "to", rarely come
/// before a person's name.
pub(crate) fn location_preposition_before(doc: &Doc<'_>, first: usize) -> bool {
    first.checked_sub(1).is_some_and(|i| {
        matches!(
            doc.tokens[i].text,
            "in" | "near" | "outside" | "across" | "throughout"
        )
    })
}

/// True when a place preposition stands just before `first`.
pub(crate) fn preposition_before(doc: &Doc<'_>, first: usize) -> bool {
    first
        .checked_sub(1)
        .is_some_and(|i| PLACE_PREPOSITIONS.contains(&doc.tokens[i].text))
}

/// Datelines open wire stories: "LONDON 1996-08-30", "TAVILDARA,
/// Tajikistan 1996-08-30", "ISTANBUL (Reuters) -". A name at the start of
/// a line followed by a date, a comma or a bracket there is a place.
pub(crate) fn datelines(doc: &Doc<'_>, cands: &mut [Candidate]) {
    let toks = &doc.tokens;
    for c in cands.iter_mut() {
        let at_line_start = toks[c.first()].line_start
            || c.first() > 0
                && toks[c.first() - 1].line_start
                && toks[c.first() - 1].kind == TokenKind::Punct;
        let caps = (c.first()..=c.last())
            .all(|i| toks[i].kind != TokenKind::Word || toks[i].is_all_caps());
        if !at_line_start || !caps {
            continue;
        }
        let rest: Vec<&str> = toks[c.last() + 1..]
            .iter()
            .take_while(|t| !t.line_start)
            .take(6)
            .map(|t| t.text)
            .collect();
        let dated = rest
            .iter()
            .any(|t| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()));
        let credited = rest.first() == Some(&"(") || rest.first() == Some(&",");
        if dated || credited && rest.len() >= 2 {
            c.ev.add(super::evidence::Rule::Dateline);
        }
    }
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
    fn datelines_are_places() {
        let e = entities_of("TAVILDARA, Tajikistan 1996-08-30\n\nTroops held the town.");
        assert!(e.contains(&("place".into(), "TAVILDARA".into())), "{e:?}");
        assert!(e.contains(&("place".into(), "Tajikistan".into())), "{e:?}");
    }

    #[test]
    fn ambiguous_names_follow_context() {
        // Washington the place, Jordan the person named in full.
        let e = entities_of("Michael Jordan flew to Washington. Jordan said he was tired.");
        assert!(
            e.contains(&("person".into(), "Michael Jordan".into())),
            "{e:?}"
        );
        assert!(e.contains(&("place".into(), "Washington".into())), "{e:?}");
        assert!(!e.contains(&("place".into(), "Jordan".into())), "{e:?}");
    }

    #[test]
    fn chelsea_the_club_the_person() {
        let sports = "SOCCER - LEAGUE RESULTS\n\nChelsea beat Arsenal 2-1 in the league match. \
            Chelsea scored twice in the second half and the striker's goals won the game.";
        let e = entities_of(sports);
        assert!(
            e.contains(&("organisation".into(), "Chelsea".into())),
            "{e:?}"
        );
        let e = entities_of("Chelsea Clinton said the foundation would grow.");
        assert!(
            e.contains(&("person".into(), "Chelsea Clinton".into())),
            "{e:?}"
        );
    }

    #[test]
    fn preposition_makes_unknown_name_a_place() {
        let e = entities_of("He was born in Qaraqosh and left.");
        assert!(e.contains(&("place".into(), "Qaraqosh".into())), "{e:?}");
    }
}
