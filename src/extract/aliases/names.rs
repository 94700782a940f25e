//! A person's name split into its parts, and when two full names may be
//! one person: "Joseph R. Biden Jr." and "Joseph Biden", "Brock Wyatt
//! Holt" and "Brock Holt", "Jens Otto Harry Jespersen" and "Otto
//! Jespersen"; but not "John Smith Sr." and "John Smith Jr.", nor
//! "Serena Williams" and "Venus Williams".

use super::spelling::{generation, is_name_suffix, skeleton_facts};
use crate::extract::tokens::TokenKind;
use crate::extract::Doc;
use crate::lexicon::Entry;

/// One part of a person's name as grouping compares it: the key of its
/// [`skeleton`](super::spelling::skeleton), its first character and
/// whether it holds more than one (all an initial needs). Kept instead
/// of the skeleton itself: a name is parsed with no `String` built for
/// its parts, and parts are compared by one number (#17).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Part {
    /// [`key_of`](super::spelling::key_of) the skeleton: equal skeletons,
    /// equal keys.
    pub key: u64,
    /// The skeleton's first character (`None`: empty).
    pub first: Option<char>,
    /// The skeleton holds more than one character.
    pub several: bool,
}

impl Part {
    /// The part written `word`.
    pub(crate) fn of(word: &str) -> Part {
        let (key, first, several) = skeleton_facts(word);
        Part {
            key,
            first,
            several,
        }
    }

    /// True when the part is an initial: one character.
    fn is_initial(self) -> bool {
        self.first.is_some() && !self.several
    }

    /// True when `self` and `other` may be the same name part: equal, or
    /// one is the initial of the other.
    fn matches(self, other: Part) -> bool {
        self.key == other.key
            || self.is_initial() && other.first == self.first
            || other.is_initial() && self.first == other.first
    }
}

/// A person's name split into its parts, each as a [`Part`]. Two names
/// are equal when their parts are: where they stand in the article
/// (`given_at`, `surname_at`) does not count.
#[derive(Clone, Debug)]
pub(crate) struct PersonName<'a> {
    /// The first name, or its initial.
    pub given: Part,
    /// The given name as written.
    pub given_raw: &'a str,
    /// Middle names and initials, in order (particles left out).
    pub middles: Vec<Part>,
    /// The surname (hyphenated parts kept together).
    pub surname: Part,
    /// The surname as written.
    pub surname_raw: &'a str,
    /// "jr", "sr", "iii": the generation a suffix names.
    pub generation: Option<&'static str>,
    /// The first and last token of the given name, and of the surname:
    /// the lexicon's answers for one token are asked of the document,
    /// which keeps them (#17).
    pub given_at: (usize, usize),
    pub surname_at: (usize, usize),
}

impl PartialEq for PersonName<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.given == other.given
            && self.given_raw == other.given_raw
            && self.middles == other.middles
            && self.surname == other.surname
            && self.surname_raw == other.surname_raw
            && self.generation == other.generation
    }
}

impl Eq for PersonName<'_> {}

/// What the lexicon holds for the word at tokens `first..=last` as
/// written: the document's answer for one token, asked once.
pub(crate) fn entry_at(doc: &Doc<'_>, (first, last): (usize, usize)) -> Entry {
    doc.entry_at(first, last)
}

/// The same for the word in lower case (titles, function words).
pub(crate) fn lower_entry_at(doc: &Doc<'_>, (first, last): (usize, usize)) -> Entry {
    if first == last {
        doc.lower_word(first)
    } else {
        doc.with_lower(first, last, |w| doc.lex.entry(w))
    }
}

/// A word of a name as text, with its first and last token.
pub(crate) type Word<'a> = (&'a str, (usize, usize));

/// The words of `first..=last` into `out` (emptied first), with
/// hyphenated parts glued ("Armstrong-Jones" is one word).
fn words<'a>(doc: &Doc<'a>, first: usize, last: usize, out: &mut Vec<Word<'a>>) {
    let toks = &doc.tokens;
    out.clear();
    // The first and last token of the word pushed last.
    let mut open = (usize::MAX, usize::MAX);
    for i in first..=last {
        let t = &toks[i];
        if t.kind != TokenKind::Word {
            continue;
        }
        let glued = i >= 2
            && i - 2 >= first
            && toks[i - 1].is_dash()
            && !toks[i - 1].space_before
            && !t.space_before;
        if glued && open.1 == i - 2 {
            open.1 = i;
            out.pop();
        } else {
            open = (i, i);
        }
        out.push((doc.span_text(open.0, open.1), open));
    }
}

/// Splits the name at `first..=last` into its parts: titles and
/// honorifics before it and suffixes after it are left out. `None` when
/// fewer than two name words remain. `w` is a buffer for the words, lent
/// by the caller so that parsing the names of an article allocates it
/// once (#17).
pub(crate) fn parse<'a>(
    doc: &Doc<'a>,
    first: usize,
    last: usize,
    w: &mut Vec<Word<'a>>,
) -> Option<PersonName<'a>> {
    words(doc, first, last, w);
    let is_title = |word: &(&str, (usize, usize))| lower_entry_at(doc, word.1).is_title();
    while w.len() > 2 && is_title(&w[0]) {
        w.remove(0);
    }
    // "Robert Smith Vice President": a role after the name, when two
    // name words stay ("Billie Jean King" keeps her surname).
    let n = w.len();
    if n > 3 && doc.lex.is_title(&format!("{} {}", w[n - 2].0, w[n - 1].0)) {
        w.truncate(n - 2);
    } else if n > 3 && is_title(&w[n - 1]) {
        w.pop();
    }
    let mut gen = None;
    // "Napoleon III" keeps no surname: a regnal name is no full name.
    while w.len() >= 2 && is_name_suffix(w[w.len() - 1].0) {
        gen = gen.or(generation(w[w.len() - 1].0));
        w.pop();
    }
    if w.len() < 2 || !w[w.len() - 1].0.starts_with(char::is_uppercase) {
        return None;
    }
    // "Louis XV of France", "Catherine of Aragon": the last word is a
    // place the person is of, not a surname.
    if w[w.len() - 2].0 == "of" {
        return None;
    }
    let middles = w[1..w.len() - 1]
        .iter()
        .filter(|m| m.0.starts_with(char::is_uppercase))
        .map(|m| Part::of(m.0))
        .collect();
    let (given, surname) = (w[0], w[w.len() - 1]);
    Some(PersonName {
        given: Part::of(given.0),
        given_raw: given.0,
        middles,
        surname: Part::of(surname.0),
        surname_raw: surname.0,
        generation: gen,
        given_at: given.1,
        surname_at: surname.1,
    })
}

/// True when two full names with the same surname may name one person:
/// same first name (or its initial), middle names of one found in order
/// in the other, and no two different generations.
pub(crate) fn compatible(a: &PersonName, b: &PersonName) -> bool {
    if a.surname != b.surname || !a.given.matches(b.given) {
        return false;
    }
    // "Jr." may be dropped, a numeral may not: "Henry VIII" is not
    // "Henry VII".
    let numeral = |g: Option<&str>| matches!(g, Some("ii" | "iii" | "iv"));
    match (a.generation, b.generation) {
        (Some(x), Some(y)) if x != y => return false,
        (x, y) if x != y && (numeral(x) || numeral(y)) => return false,
        _ => {}
    }
    let (short, long) = if a.middles.len() <= b.middles.len() {
        (&a.middles, &b.middles)
    } else {
        (&b.middles, &a.middles)
    };
    let mut it = long.iter();
    short.iter().all(|m| it.any(|l| m.matches(*l)))
}

/// True when `short` is the name `long` goes by when it uses a middle
/// name: "Otto Jespersen" for "Jens Otto Harry Jespersen" (same surname,
/// the short form's first name one of the long form's middle names,
/// which has at least two), the name without a word before it that is
/// no given name ("Julien Solomita" in "YouTuber Julien Solomita"), or a
/// double surname without the given name ("Martínez Cantón" for "Clara
/// Martínez Cantón"); but "Paul Smith" is not "John Paul Smith".
pub(crate) fn goes_by_middle_name(
    short: &PersonName,
    long: &PersonName,
    long_given_known: bool,
    short_given_known: bool,
) -> bool {
    short.surname == long.surname
        && short.middles.is_empty()
        && short.generation == long.generation
        && short.given.several
        && long.middles.contains(&short.given)
        && (long.middles.len() >= 2 || !long_given_known || !short_given_known)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(
        given: &'static str,
        middles: &[&str],
        surname: &'static str,
        gen: Option<&'static str>,
    ) -> PersonName<'static> {
        PersonName {
            given: Part::of(given),
            given_raw: given,
            middles: middles.iter().map(|m| Part::of(m)).collect(),
            surname: Part::of(surname),
            surname_raw: surname,
            generation: gen,
            given_at: (0, 0),
            surname_at: (1, 1),
        }
    }

    #[test]
    fn middle_names_and_initials_are_compatible() {
        let full = name("Joseph", &["R"], "Biden", Some("jr"));
        assert!(compatible(&full, &name("Joseph", &[], "Biden", None)));
        assert!(compatible(
            &full,
            &name("Joseph", &["Robinette"], "Biden", None)
        ));
        assert!(compatible(&full, &name("J", &[], "Biden", None)));
        assert!(!compatible(&full, &name("Joseph", &["P"], "Biden", None)));
    }

    #[test]
    fn relatives_are_not_compatible() {
        let son = name("John", &[], "Smith", Some("jr"));
        assert!(!compatible(&son, &name("John", &[], "Smith", Some("sr"))));
        assert!(!compatible(
            &name("Serena", &[], "Williams", None),
            &name("Venus", &[], "Williams", None)
        ));
    }

    #[test]
    fn middle_names_people_go_by() {
        let long = name("Jens", &["Otto", "Harry"], "Jespersen", None);
        assert!(goes_by_middle_name(
            &name("Otto", &[], "Jespersen", None),
            &long,
            true,
            true
        ));
        // "Paul Smith" is not "John Paul Smith"…
        let john = name("John", &["Paul"], "Smith", None);
        assert!(!goes_by_middle_name(
            &name("Paul", &[], "Smith", None),
            &john,
            true,
            true
        ));
        // …but "Martínez Cantón" is "Clara Martínez Cantón".
        let clara = name("Clara", &["Martínez"], "Cantón", None);
        assert!(goes_by_middle_name(
            &name("Martínez", &[], "Cantón", None),
            &clara,
            true,
            false
        ));
    }
}
