//! Evidence read over the whole article rather than at one span: which
//! acronyms spell an organisation's name or are written in the plural, and
//! which short forms name an organisation given in full. Each pass runs
//! once per article over the names found (linear in their number).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::{Kind, Rule};
use crate::extract::tokens::TokenKind;
use crate::extract::{aliases, places, Candidate, Doc, EntityType};

/// The acronym evidence of the article: [`spelled_acronyms`] (twice, so
/// that an acronym that lost its evidence spells nothing) and
/// [`plural_acronyms`]. The second pass reads the same names as the first
/// unless the first took evidence away, so it runs only then (#17).
pub(crate) fn acronyms(doc: &Doc<'_>, cands: &mut [Candidate]) {
    if spelled_acronyms(doc, cands) {
        spelled_acronyms(doc, cands);
    }
    plural_acronyms(doc, cands);
}

/// An unknown acronym is an organisation's only when it spells the
/// initials of an organisation's name in the article ("the Democratic
/// Progressive Party … the DPP") or stands in brackets beside one;
/// otherwise it is as often a term ("LED", "UV", "CFL") and says nothing.
/// The initials of a term ("Digital Humanities … DH", "Household Energy
/// Survey (HES)") make no organisation either. True when it took the
/// evidence from any name.
fn spelled_acronyms(doc: &Doc<'_>, cands: &mut [Candidate]) -> bool {
    if !cands.iter().any(|c| c.ev.has(Rule::Acronym)) {
        return false;
    }
    // The thread's memo of decisions is looked for once, not once a name
    // (#17).
    super::memo::with(|memo| spelled_with(doc, cands, memo))
}

/// [`spelled_acronyms`] with the thread's memo of decisions at hand.
fn spelled_with(doc: &Doc<'_>, cands: &mut [Candidate], memo: &super::memo::Memo) -> bool {
    let kind_of = |c: &Candidate| super::decide_in(memo, c.ev, c.ev).0;
    let is_org = |c: &Candidate| kind_of(c) == Some(Kind::Organisation);
    // The initials of each name, with and without its small words, and
    // the letters of each acronym, compared by their keys: no `String` is
    // built for them (#17; the keys grouping matches acronyms by).
    let mut initials: HashSet<u64> = HashSet::default();
    for c in cands.iter().filter(|c| c.last() > c.first() && is_org(c)) {
        initials.extend(aliases::initials(doc, c));
    }
    // Once in brackets beside a name, every mention counts.
    let letters_of = |c: &Candidate| -> u64 {
        let mut letters = aliases::LettersKey::default();
        doc.span_text(c.first(), c.last())
            .chars()
            .filter(|ch| ch.is_alphabetic())
            .for_each(|ch| letters.push(ch));
        letters.finish()
    };
    // In brackets, beside a name that is no term ("Khorasan (IS-K)", but
    // not "Ultraviolet (UV)"). Few articles have an acronym in brackets:
    // the others need not decide every name (#17).
    let in_brackets = |c: &&Candidate| {
        c.ev.has(Rule::Acronym) && c.first() > 1 && doc.tokens[c.first() - 1].is("(")
    };
    if cands.iter().any(|c| in_brackets(&c)) {
        // (A flag per token: a set of positions cost more to build.)
        let mut name_ends = vec![false; doc.tokens.len()];
        for c in cands.iter() {
            if kind_of(c) != Some(Kind::NotName) {
                name_ends[c.last()] = true;
            }
        }
        for c in cands.iter().filter(in_brackets) {
            if name_ends[c.first() - 2] {
                initials.insert(letters_of(c));
            }
        }
    }
    let mut changed = false;
    for c in cands.iter_mut().filter(|c| c.ev.has(Rule::Acronym)) {
        if !initials.contains(&letters_of(c)) {
            c.ev.remove(Rule::Acronym);
            changed = true;
        }
    }
    changed
}

/// An abbreviation the article also writes in the plural ("LEDs",
/// "CFLs") names a kind of thing, not a body: bodies have no plural. One
/// pass over the names (plurals are capitalised, so they are names too).
fn plural_acronyms(doc: &Doc<'_>, cands: &mut [Candidate]) {
    let single_caps =
        |c: &Candidate| c.first() == c.last() && doc.tokens[c.first()].text.len() <= 7;
    let plurals: HashSet<&str> = cands
        .iter()
        .filter(|c| single_caps(c))
        .filter_map(|c| doc.tokens[c.first()].text.strip_suffix('s'))
        .filter(|stem| stem.len() >= 2 && stem.chars().all(|ch| ch.is_ascii_uppercase()))
        .collect();
    if plurals.is_empty() {
        return;
    }
    for c in cands.iter_mut().filter(|c| single_caps(c)) {
        if plurals.contains(doc.tokens[c.first()].text) {
            c.ev.add(Rule::DefinedTerm);
        }
    }
}

/// Short forms of organisations named in full, once the names are typed:
/// the distinctive first word ("Tesla" after "Tesla Inc") and the clipped
/// name without its organisation word ("Penn State" after "Pennsylvania
/// State University").
pub(crate) fn org_short_forms(doc: &Doc<'_>, cands: &mut [Candidate]) {
    // "Tesla" after "Tesla Inc": the distinctive first word of a company
    // name used alone.
    let mut org_heads: HashSet<&str> = HashSet::default();
    for c in cands.iter() {
        if c.ty == Some(EntityType::Organisation) && c.last() > c.first() && c.rule == "org_word" {
            // (The document's entry for the word, asked once for both
            // questions, #17.)
            let entry = doc.word(c.first());
            if entry.place().is_none() && entry.demonym().is_none() {
                org_heads.insert(doc.tokens[c.first()].text);
            }
        }
    }
    // "ICT Authority … National ICT Policy": a head word that other names
    // hold inside them is a term they share, not a company's name.
    if !org_heads.is_empty() {
        for c in cands.iter() {
            for k in c.first() + 1..=c.last() {
                org_heads.remove(doc.tokens[k].text);
            }
        }
    }
    // (Most articles have no head word left: their names are not read
    // again, #17.)
    if !org_heads.is_empty() {
        for c in cands.iter_mut() {
            // "in Ashford" after "Ashford Holdings Ltd" is the town (issue 13).
            if c.first() == c.last()
                && c.strength <= 1
                && org_heads.contains(doc.tokens[c.first()].text)
                && !places::preposition_before(doc, c.first())
            {
                c.ev.add(Rule::ShortFormOrganisation);
            }
        }
    }
    clipped_names(doc, cands);
}

/// "Penn State" after "Pennsylvania State University", "Ohio State" after
/// "Ohio State University": a name of two words or more that repeats, or
/// shortens word by word, an organisation's full name without its closing
/// organisation word is a short form of it. Full names are looked up by
/// the first two letters of their first word and their length, a few per
/// key, so the pass stays linear.
fn clipped_names(doc: &Doc<'_>, cands: &mut [Candidate]) {
    let toks = &doc.tokens;
    let all_words = |first: usize, last: usize| {
        (first..=last).all(|k| toks[k].kind == TokenKind::Word && toks[k].is_capitalised())
    };
    let key = |first: usize, n: usize| {
        let w = toks[first].text;
        Head(w.get(..2).unwrap_or(w), n)
    };
    let mut full: HashMap<Head<'_>, Vec<usize>> = HashMap::default();
    for c in cands.iter() {
        let n = c.last() - c.first();
        if c.ty == Some(EntityType::Organisation)
            && n >= 2
            && doc.word(c.last()).is_org_end()
            && all_words(c.first(), c.last())
        {
            let heads = full.entry(key(c.first(), n)).or_default();
            if heads.len() < 4 {
                heads.push(c.first());
            }
        }
    }
    if full.is_empty() {
        return;
    }
    let clips = |short: &str, long: &str| {
        short == long || short.len() >= 3 && long.len() > short.len() && long.starts_with(short)
    };
    for c in cands.iter_mut() {
        let n = c.last() - c.first() + 1;
        if n < 2 || c.ty == Some(EntityType::Organisation) || !all_words(c.first(), c.last()) {
            continue;
        }
        let Some(heads) = full.get(&key(c.first(), n)) else {
            continue;
        };
        // "John Smith" after "John Smith Foundation" is the man the body is
        // named after: a name repeated whole that opens with a given name,
        // before a word that names bodies after people, is no short form
        // ("Sun Microsystems" after "Sun Microsystems Inc" is; so is a
        // clipped name, "Penn State").
        let person = doc.word(c.first()).is_given_name();
        let short_of = |f: usize| {
            let whole = (0..n).all(|i| toks[c.first() + i].text == toks[f + i].text);
            (0..n).all(|i| clips(toks[c.first() + i].text, toks[f + i].text))
                && !(person && whole && is_named_after_people(toks[f + n].text))
        };
        if heads.iter().any(|&f| f != c.first() && short_of(f)) {
            c.ev.add(Rule::ShortFormOrganisation);
        }
    }
}

/// The key of a name in [`clipped_names`]: the first two letters of its
/// first word (the word when they are not two bytes) in any ASCII case,
/// and its length in words. Compared and hashed as the lower case of the
/// letters, without the copy `to_ascii_lowercase` makes: every name of
/// two capitalised words or more is looked up by it (#17).
#[derive(Clone, Copy)]
struct Head<'a>(&'a str, usize);

impl std::hash::Hash for Head<'_> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.0
            .bytes()
            .for_each(|b| h.write_u8(b.to_ascii_lowercase()));
        h.write_usize(self.1);
    }
}

impl PartialEq for Head<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.1 == other.1 && self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for Head<'_> {}

/// Words that close the names of bodies named after a person ("the John
/// Smith Foundation").
fn is_named_after_people(word: &str) -> bool {
    matches!(
        word,
        "Foundation"
            | "Institute"
            | "Center"
            | "Centre"
            | "Trust"
            | "Fund"
            | "Museum"
            | "Library"
            | "School"
            | "College"
            | "University"
            | "Hospital"
            | "Society"
            | "Prize"
    )
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{entities_of, groups_of};

    #[test]
    fn acronyms_need_a_name_they_spell() {
        let e = entities_of(
            "The Democratic Progressive Party won. The DPP said so. Old LED bulbs \
             and UV lamps were banned.",
        );
        assert!(
            e.contains(&(
                "organisation".to_string(),
                "Democratic Progressive Party".to_string()
            )),
            "{e:?}"
        );
        assert!(!e.iter().any(|(_, n)| n == "LED" || n == "UV"), "{e:?}");
    }

    #[test]
    fn acronyms_written_in_the_plural_are_terms() {
        // "ABC" is a broadcaster in the media list, but not where the
        // article speaks of "the ABCs".
        let text = "The ABC of cooking is salt.";
        let has_abc = |groups: Vec<Vec<String>>| groups.iter().flatten().any(|m| m == "ABC");
        assert!(has_abc(groups_of(text)));
        assert!(!has_abc(groups_of(&format!(
            "{text} Learn the ABCs first."
        ))));
    }

    #[test]
    fn a_head_word_other_names_share_is_no_short_form() {
        let text = "The Tesla Authority met. Tesla grew.";
        assert!(entities_of(text)
            .iter()
            .any(|(ty, n)| ty == "organisation" && n == "Tesla Authority"));
        assert!(groups_of(text).iter().flatten().any(|m| m == "Tesla"));
        // Also inside another name: the word is a shared term.
        let e = groups_of("The QXT Authority met. The National QXT Policy failed. QXT grew.");
        assert!(!e.iter().flatten().any(|m| m == "QXT"), "{e:?}");
    }

    #[test]
    fn a_clipped_name_is_the_organisation_named_in_full() {
        let text = "She studied at Wexmoor State University. Later, Wex State hired her.";
        let e = entities_of(text);
        assert!(
            e.contains(&(
                "organisation".to_string(),
                "Wexmoor State University".to_string()
            )),
            "{e:?}"
        );
        assert!(!e.iter().any(|(ty, _)| ty == "place"), "{e:?}");
        assert!(groups_of(text).iter().flatten().any(|m| m == "Wex State"));
        // The man a foundation is named after stays a man.
        let e = entities_of("The Peter Quorlin Foundation gave. Later, Peter Quorlin said so.");
        assert!(
            e.contains(&("person".to_string(), "Peter Quorlin".to_string())),
            "{e:?}"
        );
    }
}
