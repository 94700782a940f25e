//! Other names of places: US state abbreviations after a town ("Tulsa,
//! OK", "Fresno, Calif.") and a place with its kind word ("Quezon City"
//! / "Quezon", "Socotra Island" / "Socotra").

use rustc_hash::FxHashMap as HashMap;

use super::group::Groups;
use super::spelling::words_key;
use crate::extract::{Candidate, Doc, EntityType};
use crate::lexicon::PlaceKind;

/// US states with their postal code and news-agency abbreviations,
/// written for newsner from general knowledge.
const STATES: &[(&str, &[&str])] = &[
    ("Alabama", &["AL", "Ala."]),
    ("Alaska", &["AK"]),
    ("Arizona", &["AZ", "Ariz."]),
    ("Arkansas", &["AR", "Ark."]),
    ("California", &["CA", "Calif.", "Cal."]),
    ("Colorado", &["CO", "Colo."]),
    ("Connecticut", &["CT", "Conn."]),
    ("Delaware", &["DE", "Del."]),
    ("Florida", &["FL", "Fla."]),
    ("Georgia", &["GA", "Ga."]),
    ("Hawaii", &["HI"]),
    ("Idaho", &["ID"]),
    ("Illinois", &["IL", "Ill."]),
    ("Indiana", &["IN", "Ind."]),
    ("Iowa", &["IA"]),
    ("Kansas", &["KS", "Kan.", "Kans."]),
    ("Kentucky", &["KY", "Ky."]),
    ("Louisiana", &["LA", "La."]),
    ("Maine", &["ME"]),
    ("Maryland", &["MD", "Md."]),
    ("Massachusetts", &["MA", "Mass."]),
    ("Michigan", &["MI", "Mich."]),
    ("Minnesota", &["MN", "Minn."]),
    ("Mississippi", &["MS", "Miss."]),
    ("Missouri", &["MO", "Mo."]),
    ("Montana", &["MT", "Mont."]),
    ("Nebraska", &["NE", "Neb.", "Nebr."]),
    ("Nevada", &["NV", "Nev."]),
    ("New Hampshire", &["NH", "N.H."]),
    ("New Jersey", &["NJ", "N.J."]),
    ("New Mexico", &["NM", "N.M."]),
    ("New York", &["NY", "N.Y."]),
    ("North Carolina", &["NC", "N.C."]),
    ("North Dakota", &["ND", "N.D."]),
    ("Ohio", &["OH"]),
    ("Oklahoma", &["OK", "Okla."]),
    ("Oregon", &["OR", "Ore.", "Oreg."]),
    ("Pennsylvania", &["PA", "Pa.", "Penn."]),
    ("Rhode Island", &["RI", "R.I."]),
    ("South Carolina", &["SC", "S.C."]),
    ("South Dakota", &["SD", "S.D."]),
    ("Tennessee", &["TN", "Tenn."]),
    ("Texas", &["TX", "Tex."]),
    ("Utah", &["UT"]),
    ("Vermont", &["VT", "Vt."]),
    ("Virginia", &["VA", "Va."]),
    ("Washington", &["WA", "Wash."]),
    ("West Virginia", &["WV", "W.Va."]),
    ("Wisconsin", &["WI", "Wis."]),
    ("Wyoming", &["WY", "Wyo."]),
];

/// The state an abbreviation stands for.
pub(crate) fn state_of(abbreviation: &str) -> Option<&'static str> {
    // Every abbreviation is two letters or ends in a full stop: any other
    // word, most of those asked about, is told without the table being
    // searched (#17).
    if abbreviation.len() != 2 && !abbreviation.ends_with('.') {
        return None;
    }
    STATES
        .iter()
        .find(|(_, abbr)| abbr.contains(&abbreviation))
        .map(|(state, _)| *state)
}

/// Words that name what kind of place a name is, and may be left out.
const KIND_WORDS: &[&str] = &["City", "Island", "Islands", "Town"];

/// Joins the place variants (see the module documentation).
/// `first_named[i]` is the first candidate of candidate `i`'s type and
/// name, as `group` pooled them (`i` itself for the first); `places`
/// lists the places, in text order.
pub(crate) fn join(
    doc: &Doc<'_>,
    cands: &[Candidate],
    groups: &mut Groups,
    first_named: &[usize],
    places: &[usize],
) {
    let toks = &doc.tokens;
    // The names a state abbreviation or a kind word may stand for, asked
    // of a map of every place by its text. Most articles have neither
    // "Tulsa, OK" nor "Quezon City": their places' texts are not hashed
    // at all (#17).
    let after_state = |c: &Candidate| {
        c.first == c.last
            && c.first > 0
            && toks[c.first - 1].is(",")
            && state_of(toks[c.first].text).is_some()
    };
    let with_kind = |c: &Candidate| {
        c.last > c.first
            && KIND_WORDS
                .iter()
                .any(|k| doc.span_text(c.first, c.last).ends_with(k))
    };
    if places.iter().any(|&i| with_kind(&cands[i])) || cands.iter().any(after_state) {
        short_names(doc, cands, groups);
    }
    spellings(doc, cands, groups, first_named, places);
}

/// "Tulsa, OK" and "Quezon City" / "Quezon": abbreviations and short
/// names joined to the place written out in full.
fn short_names(doc: &Doc<'_>, cands: &[Candidate], groups: &mut Groups) {
    let mut places: HashMap<&str, usize> = HashMap::default();
    for (i, c) in cands.iter().enumerate() {
        if c.ty == Some(EntityType::Place) {
            places.entry(doc.span_text(c.first, c.last)).or_insert(i);
        }
    }
    if places.is_empty() {
        return;
    }
    let toks = &doc.tokens;
    for (i, c) in cands.iter().enumerate() {
        let text = doc.span_text(c.first, c.last);
        // "Tulsa, OK": an abbreviation after a town and a comma.
        let after_comma = c.first > 0 && toks[c.first - 1].is(",");
        if after_comma && c.first == c.last {
            if let Some(&state) = state_of(text).and_then(|s| places.get(s)) {
                groups.union(i, state);
            }
        }
        // "Quezon City" / "Quezon", "Socotra Island" / "Socotra", unless
        // the short name is a country ("Mexico City" is not Mexico).
        if c.ty == Some(EntityType::Place) && c.last > c.first {
            for kind in KIND_WORDS {
                let Some(short) = text
                    .strip_suffix(kind)
                    .map(str::trim_end)
                    .filter(|s| !s.is_empty())
                else {
                    continue;
                };
                // "Oklahoma City" is not Oklahoma either: a city keeps
                // "City" apart from a region of that name.
                let kind_of = doc.lex.place(short).map(|p| p.kind);
                let apart = match *kind {
                    "City" => kind_of.is_some_and(|k| k != PlaceKind::City),
                    _ => kind_of == Some(PlaceKind::Country),
                };
                if let Some(&other) = places.get(short).filter(|_| !apart) {
                    groups.union(i, other);
                }
            }
        }
    }
}

/// "Tåsinge" / "Taasinge", "Safavid" / "Saffavid": two spellings of one
/// place that reduce to the same skeleton (accents folded, doubled
/// letters single, in words of six letters or more; vowels never change,
/// so "Austria" stays apart from "Australia").
fn spellings(
    doc: &Doc<'_>,
    cands: &[Candidate],
    groups: &mut Groups,
    first_named: &[usize],
    places: &[usize],
) {
    // Keyed by a hash of the skeletons of a name's words, built on the
    // stack: no key is copied into a `String` (#17).
    let mut by_skeleton: HashMap<u64, usize> = HashMap::default();
    for &i in places {
        let c = &cands[i];
        // A place written as its type and name's first mention was is in
        // that mention's group already, so its spelling is not reduced
        // again: told by `group`'s pooling, without a map of texts (#17).
        let text = doc.span_text(c.first, c.last);
        // A name of fewer than six ASCII letters has no word long enough
        // to be reduced ("Iraq", "Gaza"): no key is worked out (#17).
        if text.len() < 6 && doc.is_ascii() {
            continue;
        }
        let first = first_named[i];
        if first != i && doc.span_text(cands[first].first, cands[first].last) == text {
            continue;
        }
        // (A token holds no space: one word is not searched for them.)
        let (key, long) = if c.first == c.last {
            words_key(std::iter::once(text))
        } else {
            words_key(text.split(' '))
        };
        if long {
            let first = *by_skeleton.entry(key).or_insert(i);
            groups.union(i, first);
        }
    }
}

#[cfg(test)]
mod tests {

    use crate::extract::tests::groups_of;

    #[test]
    fn every_state_abbreviation_passes_the_quick_test() {
        for (_, abbreviations) in super::STATES {
            for a in *abbreviations {
                assert!(a.len() == 2 || a.ends_with('.'), "{a}");
            }
        }
    }

    #[test]
    fn state_abbreviations_after_a_town() {
        let g = groups_of("Oklahoma grew fast. The firm moved to Tulsa, OK, last year.");
        assert!(
            g.iter()
                .any(|m| m.contains(&"Oklahoma".into()) && m.contains(&"OK".into())),
            "{g:?}"
        );
    }

    #[test]
    fn a_city_named_after_its_country_stays_apart() {
        let g = groups_of("Mexico sent aid. Mexico City was quiet.");
        assert!(!g.iter().any(|m| m.len() > 1), "{g:?}");
    }

    #[test]
    fn two_spellings_of_one_place() {
        let g = groups_of("We stayed in Tåsinge for a week. The roads in Taasinge are quiet.");
        assert!(
            g.iter()
                .any(|m| m.contains(&"Tåsinge".into()) && m.contains(&"Taasinge".into())),
            "{g:?}"
        );
    }
}
