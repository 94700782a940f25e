//! Typing the short forms of people's names, document-wide, before a
//! name's type is settled by votes: "Goren" after "Mehmet Goren" is the
//! person, and so is "Serena" after "Serena Williams" when no one else
//! in the article has that first name. Grouping then joins them
//! ([`super::persons::join`]).

use rustc_hash::FxHashSet as HashSet;

use super::full_names::{Evidence, FullNames};
use super::names::{entry_at, Part};
use super::persons::{is_role_or_people, speaks_or_titled};
use super::spelling::{skeleton_key, SkeletonInitials};
use crate::extract::evidence::{self, Ev, Rule};
use crate::extract::{places, Candidate, Doc, EntityType};

/// Names of people named in full: their surnames, and each first name
/// with the one surname it goes with (`None` when several); each with
/// whether the full name had evidence of its own. Lists sorted by the
/// key of the skeleton ([`Part::key`]), for binary searches: an article names a
/// few people, and maps of them cost more (#17).
struct Known {
    /// (surname, evidence).
    surnames: Vec<(Part, bool)>,
    /// (first name, the key of its one surname and evidence).
    given: Vec<(Part, Option<(u64, bool)>)>,
    /// The last tokens of full names that open with a known given name
    /// (their surnames): tokens, whose lexicon answers the document
    /// keeps, not words to look up again (#17).
    after_given_name: Vec<usize>,
}

impl Known {
    /// The evidence for the surname whose skeleton's key is `key`.
    fn surname(&mut self, key: u64) -> Option<&mut bool> {
        let k = self.surnames.binary_search_by_key(&key, |s| s.0.key);
        Some(&mut self.surnames[k.ok()?].1)
    }

    /// The one surname of the first name whose skeleton's key is `key`, with
    /// its evidence (`Some(None)`: several surnames).
    fn given(&self, key: u64) -> Option<Option<(u64, bool)>> {
        let k = self.given.binary_search_by_key(&key, |g| g.0.key);
        Some(self.given[k.ok()?].1)
    }
}

fn known_people<'a>(doc: &Doc<'a>, cands: &[Candidate], names: &mut FullNames<'a>) -> Known {
    let full =
        |c: &Candidate| c.ty == Some(EntityType::Person) && c.last() > c.first() && c.strength >= 1;
    // (Picked out once: two more passes tested every candidate, a test
    // that mispredicted in each, #17.)
    let fulls: Vec<&Candidate> = cands.iter().filter(|c| full(c)).collect();
    let n = fulls.len();
    // Sized once: growing the map moved every parsed name again (#17).
    names.reserve(n);
    let mut known = Known {
        surnames: Vec::with_capacity(n),
        given: Vec::with_capacity(n),
        after_given_name: Vec::new(),
    };
    for &c in &fulls {
        names.parse(doc, c);
    }
    let names: &FullNames<'a> = names;
    for &c in &fulls {
        let Some((name, level)) = names.get(c) else {
            continue;
        };
        let evidence = level > Evidence::None;
        if name.given.several {
            let one = Some((name.surname.key, evidence));
            known.given.push((name.given, one));
        }
        if entry_at(doc, name.given_at).is_given_name() {
            known.after_given_name.push(c.last());
        }
        known.surnames.push((name.surname, evidence));
    }
    // One entry per name: evidence from any of its full names; a first
    // name with two surnames has none.
    known.surnames.sort_unstable_by_key(|s| s.0.key);
    known.surnames.dedup_by(|next, kept| {
        let same = next.0 == kept.0;
        kept.1 |= same && next.1;
        same
    });
    known.given.sort_unstable_by_key(|g| g.0.key);
    known.given.dedup_by(|next, kept| {
        let same = next.0 == kept.0;
        if same {
            kept.1 = match (kept.1, next.1) {
                (Some((s, e)), Some((t, f))) if s == t => Some((s, e || f)),
                _ => None,
            };
        }
        same
    });
    known
}

/// Document-level typing of the short forms of people's names, run before
/// a name's type is settled by votes: a surname alone becomes the person
/// ("Goren" after "Mehmet Goren", "Biden" after "Joseph R. Biden Jr.",
/// "Zelenskiy" after "Volodymyr Zelensky"); a first name alone too, when
/// one person has it ("Serena" after "Serena Williams"); and a title word
/// alone after a full name that ends in it ("King" after "Martin Luther
/// King"), which chunking drops as a title.
pub(crate) fn type_short_forms<'a>(
    doc: &Doc<'a>,
    cands: &mut Vec<Candidate>,
    names: &mut FullNames<'a>,
) {
    let mut known = known_people(doc, cands, names);
    // Without a person named in full there is nothing to type (every
    // parsed name gives a surname).
    if known.surnames.is_empty() {
        return;
    }
    // The key of the skeleton of each one-word name that may be a known
    // surname or first name, worked out once (#17). A word whose first
    // letter starts none of the known skeletons gets none: most of an
    // article's names are not people's.
    let mut initials = SkeletonInitials::default();
    known
        .surnames
        .iter()
        .for_each(|s| initials.add_first(s.0.first));
    known
        .given
        .iter()
        .for_each(|g| initials.add_first(g.0.first));
    // (Only the names with a key are listed, in text order: the passes
    // below walk them alone, without a test of every candidate that
    // mispredicted in each, #17.)
    // (A loop, not an iterator's `filter_map`, which the build left out
    // of line.)
    let mut keyed: Vec<(usize, u64)> = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        let word = doc.tokens[c.first()].text;
        if c.first() == c.last() && initials.may_start(word) {
            let key = skeleton_key(word);
            // (Kept for grouping, which asks for it again, #17.)
            names.keep_skeleton(c.first(), key);
            keyed.push((i, key));
        }
    }
    // A surname that speaks anywhere in the article is a person's. Only
    // surnames are asked whether they speak.
    for &(i, key) in &keyed {
        if let Some(e) = known.surname(key) {
            if !*e && speaks_or_titled(doc, &cands[i]) {
                *e = true;
            }
        }
    }
    // (A one-word name without a key is neither a known surname nor a
    // known first name.)
    for &(i, key) in &keyed {
        let c = &mut cands[i];
        if c.rule == "org_lexicon" || c.rule == "alias" {
            continue;
        }
        // A word that is neither a known surname nor the first name of
        // one person gets nothing: told before the lexicon is probed for
        // roles and peoples, which costs more (#17).
        let surname = known.surname(key).map(|e| *e);
        let given = known.given(key);
        if surname.is_none() && !matches!(given, Some(Some(_))) {
            continue;
        }
        if is_role_or_people(doc, c.first()) {
            continue;
        }
        if let Some(evidence) = surname {
            // "in Jordan" after "Mark Jordan" is still the country.
            // "to Chevalier" after "Auguste Chevalier" is the person: only
            // a known place stays one.
            let located = c.ty == Some(EntityType::Place)
                && places::preposition_before(doc, c.first())
                && doc.word(c.first()).place().is_some();
            if !located && evidence {
                c.ev.add(Rule::ShortFormPerson);
            }
            continue;
        }
        let weak = c.ty.is_none() || c.strength <= 1;
        let one_person = match given {
            Some(Some((_, evidence))) => evidence || speaks_or_titled(doc, c),
            _ => false,
        };
        // (The document's entry for the word: one probe, kept, #17.)
        let entry = doc.word(c.first());
        if weak && one_person && entry.place().is_none() && entry.organisation().is_none() {
            c.ev.add(Rule::ShortFormWeak);
        }
    }
    // Title words used as surnames: "Major said", after "John Major".
    if !known
        .after_given_name
        .iter()
        .any(|&k| doc.lower_word(k).is_title())
    {
        return;
    }
    let after_given_name: HashSet<&str> = known
        .after_given_name
        .iter()
        .map(|&k| doc.tokens[k].text)
        .collect();
    let mut covered = vec![false; doc.tokens.len()];
    for c in cands.iter() {
        covered[c.first()..=c.last()].fill(true);
    }
    let toks = &doc.tokens;
    let mut added = false;
    for (i, t) in toks.iter().enumerate() {
        if covered[i] || !after_given_name.contains(t.text) || !doc.lower_word(i).is_title() {
            continue;
        }
        let before_name = toks
            .get(i + 1)
            .is_some_and(|n| n.is_capitalised() && !n.line_start && !n.sentence_start);
        let after_the = i > 0 && toks[i - 1].text.eq_ignore_ascii_case("the");
        // "Major" after "John Major", not "President" after "Vice
        // President".
        if before_name || after_the {
            continue;
        }
        let mut ev = Ev::default();
        ev.add(Rule::ShortFormPerson);
        cands.push(Candidate {
            key: evidence::name_key(t.text),
            ..Candidate::new(i, i, ev)
        });
        added = true;
    }
    if added {
        cands.sort_by_key(|c| (c.first(), c.last()));
    }
}
