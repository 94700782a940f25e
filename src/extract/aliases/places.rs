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
        c.first() == c.last()
            && c.first() > 0
            && toks[c.first() - 1].is(",")
            && state_of(toks[c.first()].text).is_some()
    };
    let with_kind = |c: &Candidate| {
        c.last() > c.first()
            && KIND_WORDS
                .iter()
                .any(|k| doc.span_text(c.first(), c.last()).ends_with(k))
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
            places
                .entry(doc.span_text(c.first(), c.last()))
                .or_insert(i);
        }
    }
    if places.is_empty() {
        return;
    }
    let toks = &doc.tokens;
    for (i, c) in cands.iter().enumerate() {
        let text = doc.span_text(c.first(), c.last());
        // "Tulsa, OK": an abbreviation after a town and a comma.
        let after_comma = c.first() > 0 && toks[c.first() - 1].is(",");
        if after_comma && c.first() == c.last() {
            if let Some(&state) = state_of(text).and_then(|s| places.get(s)) {
                groups.union(i, state);
            }
        }
        // "Quezon City" / "Quezon", "Socotra Island" / "Socotra", unless
        // the short name is a country ("Mexico City" is not Mexico).
        if c.ty == Some(EntityType::Place) && c.last() > c.first() {
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
    // The names worth a key: not the first mention's text again (a place
    // written as its type and name's first mention was is in that
    // mention's group already: told by `group`'s pooling, without a map
    // of texts, #17), nor shorter than six ASCII letters, too short for
    // any word to be reduced ("Iraq", "Gaza").
    let reducible = |i: usize| {
        let c = &cands[i];
        let text = doc.span_text(c.first(), c.last());
        let first = first_named[i];
        let repeated =
            || first != i && doc.span_text(cands[first].first(), cands[first].last()) == text;
        let short = text.len() < 6 && doc.is_ascii();
        (!short && !repeated()).then_some(text)
    };
    // Two names of one skeleton start with the same letter: a name whose
    // first letter no other name may start with is not reduced, most of
    // them (#17).
    let (mut seen, mut twice) = (0u64, 0u64);
    for &i in places {
        if let Some(text) = reducible(i) {
            let bits = initial_bits(text);
            twice |= seen & bits;
            seen |= bits;
        }
    }
    if twice == 0 {
        return;
    }
    // Keyed by a hash of the skeletons of a name's words, built on the
    // stack: no key is copied into a `String` (#17).
    // (Sized once, not grown: #17.)
    let mut by_skeleton: HashMap<u64, usize> =
        HashMap::with_capacity_and_hasher(places.len(), Default::default());
    for &i in places {
        let Some(text) = reducible(i).filter(|t| initial_bits(t) & twice != 0) else {
            continue;
        };
        // (A token holds no space: one word is not searched for them.)
        let (key, long) = if cands[i].first() == cands[i].last() {
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

/// The bits of the bytes the key of `name` ([`words_key`]) may start
/// from: two names of one key share one. The first letter or digit,
/// lower-cased (bit `b % 64`, which several bytes share: that only lets
/// more through), or also the byte `spelling::reduce` may write for it ("ks" →
/// "x", "ou" → "u", a word reduced to "iy" or "ij" → "y"); bit 0 for a
/// name without any; every bit for a name not in ASCII, which folding
/// may start with any letter.
fn initial_bits(name: &str) -> u64 {
    if !name.is_ascii() {
        return u64::MAX;
    }
    let bit = |b: u8| 1u64 << (b % 64);
    match name.bytes().find(u8::is_ascii_alphanumeric) {
        None => 1,
        Some(b) => match b.to_ascii_lowercase() {
            b'k' => bit(b'k') | bit(b'x'),
            b'o' => bit(b'o') | bit(b'u'),
            b'i' => bit(b'i') | bit(b'y'),
            b => bit(b),
        },
    }
}

#[cfg(test)]
mod tests {

    use super::{initial_bits, words_key};
    use crate::extract::tests::groups_of;

    #[test]
    fn names_of_one_skeleton_share_an_initial() {
        let key = |s: &str| words_key(s.split(' ')).0;
        for (a, b) in [
            ("Ouarzazate", "Uarzazate"),
            ("Ksarhellal", "Xarhellal"),
            ("Iiiiiy", "Yyyyyy"),
            ("Saffavid Realm", "Safavid Realm"),
        ] {
            assert_eq!(key(a), key(b), "{a} / {b}");
            assert_ne!(initial_bits(a) & initial_bits(b), 0, "{a} / {b}");
        }
        assert_eq!(initial_bits("Paris") & initial_bits("Berlin"), 0);
        assert_eq!(initial_bits("Tåsinge"), u64::MAX);
    }

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
