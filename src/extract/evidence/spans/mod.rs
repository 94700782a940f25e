//! The evidence functions: each looks at one span of tokens and its
//! neighbours and returns the [`Rule`] it stands for, or `None`. They are
//! independent of one another; [`super::decide`] weighs what they say.
//!
//! This module holds the table of rules and the engine that runs them,
//! with the lexicon evidence and the tests the rules share; the rules
//! live by family in `not_name`, `org`, `person` and `place` (and the
//! word-level ones in [`super::words`]).

pub(super) mod bytes;
mod not_name;
mod org;
mod person;
mod place;

pub(crate) use org::ampersand;

use super::lists::{caps_title_entry, listed_with, lookup, span_entry};
use super::{Ev, Rule};
use crate::extract::tokens::TokenKind;
use crate::extract::{Candidate, Doc, EntityType};
use crate::lexicon::Entry;

/// The evidence functions that look at one span and its neighbours. Each
/// returns the rule it stands for, or `None`. (Called directly, see
/// `rule_group!`; the type names them in the tests.)
#[cfg(test)]
type EvidenceFn = fn(&Doc<'_>, usize, usize) -> Option<Rule>;

/// A group of evidence functions: the list itself (for the tests) and a
/// function that calls each in turn and adds what it says to the
/// evidence. The calls are written out, not made through a table of
/// function pointers: about twenty indirect calls a span cost more than
/// most of the rules they called, and direct calls let the compiler
/// inline the small rules (#17). The rules are marked `#[inline]`: each
/// is called from its group only, and a build in several codegen units
/// inlined some and not others depending on where they fell, a swing of
/// five instructions a byte between builds of the same code.
macro_rules! rule_group {
    ($(#[$meta:meta])* $list:ident, $run:ident: [$($f:path),* $(,)?]) => {
        $(#[$meta])*
        #[cfg(test)]
        const $list: &[EvidenceFn] = &[$($f),*];

        #[doc = concat!("Adds the evidence of the rules of `", stringify!($list), "`.")]
        #[inline(always)]
        fn $run(doc: &Doc<'_>, first: usize, last: usize, ev: &mut Ev) {
            $(
                if let Some(r) = $f(doc, first, last) {
                    ev.add(r);
                }
            )*
        }
    };
}

rule_group! {
    /// Every evidence function but the lexicon ones, which [`local`] runs
    /// first because the name lists need their answers, grouped by the
    /// spans they can speak of: each rule also checks its own span, but a
    /// span of one token need not call the ~18 rules that want several,
    /// nor a longer span the ~10 that want one (#17). The order does not
    /// matter: the evidence is a set.
    ANY_SPAN, any_span: [
        not_name::title_only,
        super::words::nationality,
        not_name::common_words,
        super::words::dictionary_words,
        org::acronym,
        org::company_context,
        person::age,
        person::reporting_verb,
        super::words::quoted,
    ]
}

rule_group! {
    /// The rules that speak only of a span of one token.
    ONE_TOKEN, one_token: [
        not_name::numbered,
        not_name::label,
        org::the_body,
        place::compass,
        org::camel_case,
        person::given_name_alone,
        place::preposition,
        person::surname,
        super::words::defined_term,
        place::state_after_town,
        super::words::administration,
    ]
}

rule_group! {
    /// The rules that speak only of a span of several tokens (an
    /// organisation word, a given name, need another word beside them).
    SEVERAL_TOKENS, several_tokens: [
        org::org_word,
        person::given_name,
        not_name::event_word,
        not_name::event_head,
        org::ampersand,
        super::words::citation,
        org::for_phrase,
        org::feature_of,
        person::particle,
        org::plural_team,
        place::feature,
        place::landmark,
        org::place_in_name,
        place::preposition_short,
        person::name_shape,
        not_name::product,
        super::words::place_city,
        super::words::compass_place,
    ]
}

/// Adds to each candidate the evidence of every span-level function
/// ([`local`]), the spans of one token first and the longer ones after.
///
/// Which rules run, and which way most of their tests go, follows from
/// whether a span is one token: taken in text order, where the two kinds
/// alternate with no pattern, that was a mispredicted branch in three
/// spans and more inside the rules; taken kind by kind, the branches of
/// the same kind follow one another (#17). The evidence of a span does
/// not depend on the order spans are asked in.
pub(crate) fn add_local(doc: &Doc<'_>, cands: &mut [Candidate]) {
    let n = cands.len();
    // The candidates' places, one-token spans from the front and the
    // others from the back, each written without a branch on its kind.
    let mut order = vec![0u32; n];
    let (mut ones, mut longer) = (0, n);
    for (i, c) in cands.iter().enumerate() {
        let one = c.first() == c.last();
        order[if one { ones } else { longer - 1 }] = i as u32;
        ones += usize::from(one);
        longer -= usize::from(!one);
    }
    for &i in &order {
        let c = &mut cands[i as usize];
        let ev = local(doc, c.first(), c.last());
        c.ev.add_all(ev);
    }
}

/// Collects the evidence of every span-level function for the span.
pub(crate) fn local(doc: &Doc<'_>, first: usize, last: usize) -> Ev {
    let found = lookup(doc, first, last, true);
    let mut ev = listed_with(doc, first, last, &found);
    if found.org {
        ev.add(Rule::OrgLexicon);
    }
    if found.place {
        ev.add(Rule::Gazetteer);
    }
    any_span(doc, first, last, &mut ev);
    if first == last {
        one_token(doc, first, last, &mut ev);
    } else {
        several_tokens(doc, first, last, &mut ev);
    }
    ev
}

/// True when `f` holds of the lexicon's entry for the span's text, or for
/// its title case when it is written in capitals.
fn known(doc: &Doc<'_>, first: usize, last: usize, f: impl Fn(Entry) -> bool) -> bool {
    f(span_entry(doc, first, last)) || f(caps_title_entry(doc, first, last))
}

/// The organisation lexicon's evidence alone (the rules ask [`lookup`]
/// or [`lexicons`], which answer it with the gazetteer's).
#[cfg(test)]
pub(crate) fn org_lexicon(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    known(doc, first, last, |e| e.is_organisation()).then_some(Rule::OrgLexicon)
}

pub(crate) fn gazetteer(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    known(doc, first, last, |e| e.is_place()).then_some(Rule::Gazetteer)
}

/// [`org_lexicon`] and [`gazetteer`] together, for headlines, which try
/// every span of capitals: the span is title-cased once for both (#17).
pub(crate) fn lexicons(doc: &Doc<'_>, first: usize, last: usize) -> Ev {
    // One probe of the lexicon answers for both (#17).
    let entry = span_entry(doc, first, last);
    let (mut org, mut place) = (entry.is_organisation(), entry.is_place());
    if !(org && place) {
        let title = caps_title_entry(doc, first, last);
        org = org || title.is_organisation();
        place = place || title.is_place();
    }
    let mut ev = Ev::default();
    if org {
        ev.add(Rule::OrgLexicon);
    }
    if place {
        ev.add(Rule::Gazetteer);
    }
    ev
}

/// `word` without its final "s", when it ends in one ("Senators",
/// "Americans"): told by its last byte, inline. `str::strip_suffix` with
/// a `char` was a call for every span, several times (#17).
#[inline]
pub(crate) fn without_final_s(word: &str) -> Option<&str> {
    match word.as_bytes() {
        [rest @ .., b's'] => Some(&word[..rest.len()]),
        _ => None,
    }
}

/// True when the span has lower-case letters: spans in capitals (table
/// headers, shouted slugs) get no guesses from their shape.
pub(super) fn mixed_case(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    // Most rules ask this of every span: the document counts it (#17).
    // What lies between the tokens is white space, which has no case.
    doc.has_lowercase_in(first, last)
}

fn words(doc: &Doc<'_>, first: usize, last: usize) -> usize {
    (first..=last)
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .count()
}

/// The coordination rule for a type.
pub(crate) fn coordination_rule(ty: EntityType) -> Rule {
    match ty {
        EntityType::Person => Rule::CoordPerson,
        EntityType::Organisation => Rule::CoordOrganisation,
        EntityType::Place => Rule::CoordPlace,
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// Runs an evidence function on the span of `text` that spells `name`
    /// (its first occurrence). Shared by the evidence modules' tests.
    pub(crate) fn on(f: EvidenceFn, text: &str, name: &str) -> Option<Rule> {
        let doc = Doc::new(text, 0);
        let (first, last) = span_of(&doc, name);
        f(&doc, first, last)
    }

    /// The first and last token of the first span of the text spelling
    /// `name`.
    pub(crate) fn span_of(doc: &Doc<'_>, name: &str) -> (usize, usize) {
        let start = doc.text.find(name).expect("name in text");
        let end = start + name.len();
        let first = doc.tokens.iter().position(|t| t.start == start);
        let last = doc.tokens.iter().position(|t| t.end() == end);
        (first.expect("token starts"), last.expect("token ends"))
    }

    /// The rules grouped by shape in [`local`] say nothing of spans of
    /// the other shape, so skipping them changes nothing.
    #[test]
    fn shaped_rules_keep_to_their_shape() {
        let text = "Mr. Vane, 45, of Marks & Spencer Ltd said in Main Street \
                    that the Court (KPRF) met Smith of Tulsa, OK, and the North, \
                    then Fort Lee, \"Lanterns\", the Carter administration, \
                    West Texas, Mexico City and Dow Jones & Co 2004 spoke.";
        let doc = Doc::new(text, 0);
        let n = doc.tokens.len();
        for first in 0..n {
            for last in first..n.min(first + 5) {
                let wrong = if first == last {
                    SEVERAL_TOKENS
                } else {
                    ONE_TOKEN
                };
                for f in wrong {
                    assert_eq!(f(&doc, first, last), None, "{}", doc.span_text(first, last));
                }
            }
        }
    }

    /// [`local`] calls the rules of its lists, as a loop over them would.
    #[test]
    fn groups_call_the_rules_they_list() {
        let text = "Mr. Vane, 45, of Marks & Spencer Ltd said in Main Street \
                    that the Court (KPRF) met Smith of Tulsa, OK, and Reuters.";
        let doc = Doc::new(text, 0);
        let n = doc.tokens.len();
        for first in 0..n {
            for last in first..n.min(first + 4) {
                let mut want = local(&doc, first, last);
                let shaped = if first == last {
                    ONE_TOKEN
                } else {
                    SEVERAL_TOKENS
                };
                let mut listed = Ev::default();
                for f in ANY_SPAN.iter().chain(shaped) {
                    if let Some(r) = f(&doc, first, last) {
                        listed.add(r);
                    }
                }
                // What the rules add to the lexicon evidence.
                want.remove(Rule::OrgLexicon);
                want.remove(Rule::Gazetteer);
                listed.remove(Rule::OrgLexicon);
                listed.remove(Rule::Gazetteer);
                let lists = listed_with(&doc, first, last, &lookup(&doc, first, last, true));
                listed.add_all(lists);
                assert_eq!(want, listed, "{}", doc.span_text(first, last));
            }
        }
    }

    #[test]
    fn lexicons() {
        assert_eq!(
            on(org_lexicon, "Reuters reported it.", "Reuters"),
            Some(Rule::OrgLexicon)
        );
        assert_eq!(
            on(org_lexicon, "REUTERS SAYS SO", "REUTERS"),
            Some(Rule::OrgLexicon)
        );
        assert_eq!(on(org_lexicon, "Zorvex reported it.", "Zorvex"), None);
        assert_eq!(
            on(gazetteer, "He flew to Turkey.", "Turkey"),
            Some(Rule::Gazetteer)
        );
        assert_eq!(
            on(gazetteer, "NEW YORK 2025-01-01", "NEW YORK"),
            Some(Rule::Gazetteer)
        );
    }
}
