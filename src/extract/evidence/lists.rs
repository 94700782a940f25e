//! What the lexicons and the open name lists know about a span, looked
//! up once per span (the title-cased form of text in capitals included),
//! and the list evidence that follows from it.

use super::spans::mixed_case;
use super::{Ev, Rule};
use crate::extract::tokens::TokenKind;
use crate::extract::{segment, Doc};
use crate::lexicon::Entry;

/// What the open and curated name lists say about the span (see
/// [`crate::lexicon::knowledge`]). A list entry of one word that is also
/// a given name or a surname ("Ford", "Lincoln") says nothing, and
/// acronyms, which collide across lists, count only from curated lists.
/// The lists do not repeat what the hand-written lexicons already say: a
/// place in the gazetteer is not made more of a place by WordNet, since
/// both say the same thing.
#[cfg(test)]
pub(super) fn listed(doc: &Doc<'_>, first: usize, last: usize) -> Ev {
    listed_with(doc, first, last, &lookup(doc, first, last, true))
}

/// What the lexicons (and, with `lists`, the name lists) know about a
/// span, as written or title-cased from capitals ("NEW YORK" → New York).
pub(crate) struct Lookup {
    /// A well-known organisation.
    pub org: bool,
    /// A gazetteer entry.
    pub place: bool,
    /// The name lists that hold it.
    pub kinds: Option<crate::lexicon::Kinds>,
}

/// Looks the span up everywhere at once, title-casing it at most once.
pub(crate) fn lookup(doc: &Doc<'_>, first: usize, last: usize, lists: bool) -> Lookup {
    let lex = doc.lex;
    let know = crate::lexicon::Knowledge::get();
    // One probe of the lexicon answers for the organisations and the
    // gazetteer both (#17).
    // (Cut from the text only when asked: most spans looked up without
    // the lists need no text, and a cut checks both ends, #17.)
    let text = || doc.span_text(first, last);
    // (For one token, what the document already knows of it.)
    let entry = span_entry(doc, first, last);
    let mut found = Lookup {
        org: entry.is_organisation(),
        place: entry.is_place(),
        kinds: if lists { know.kinds(text()) } else { None },
    };
    // (Whether the title case may be a key first: it reads a flag, where
    // telling a span in capitals may read its text, #17.)
    if !(found.org && found.place && (found.kinds.is_some() || !lists)) {
        let in_lexicon = title_may_be_key(doc, first, last);
        if (in_lexicon || lists) && caps_span(doc, first, last) {
            // (One word, without the lists: the document title-cases it
            // without a copy, #17.)
            let (entry, kinds) = if first == last && !lists {
                (doc.title_word(first), None)
            } else {
                segment::with_title_case(text(), |t| {
                    let entry = if in_lexicon {
                        lex.entry(t)
                    } else {
                        Entry::NONE
                    };
                    (entry, if lists { know.kinds(t) } else { None })
                })
            };
            found.org |= entry.is_organisation();
            found.place |= entry.is_place();
            found.kinds = found.kinds.or(kinds);
        }
    }
    // The gazetteer spells places without accents ("Sao Paulo"); news
    // keeps them ("São Paulo", "Łódź"). (An ASCII article has none, and
    // is asked first: it is one answer for the whole article, where
    // whether the span is a place changes from span to span and was a
    // mispredicted branch; a name's bytes are read a word at a time, #17.)
    if !doc.is_ascii() && !found.place && !super::spans::bytes::is_ascii(text()) {
        found.place = fold_accents(text()).is_some_and(|t| lex.place(&t).is_some());
    }
    found
}

/// `s` with the accents of Latin letters removed ("Łódź" → "Lodz"), or
/// `None` when it holds a letter of another script.
pub(crate) fn fold_accents(s: &str) -> Option<String> {
    const FROM: &str = "àáâãäåāăąçćčďđèéêëēėęěğìíîïīįıķĺļľłñńņňòóôõöøōőŕřśşšșţťțùúûüūůűųýÿźżžÀÁÂÃÄÅĀĂĄÇĆČĎĐÈÉÊËĒĖĘĚĞÌÍÎÏĪĮİĶĹĻĽŁÑŃŅŇÒÓÔÕÖØŌŐŔŘŚŞŠȘŢŤȚÙÚÛÜŪŮŰŲÝŸŹŻŽ";
    const TO: &str = "aaaaaaaaacccddeeeeeeeegiiiiiiikllllnnnnoooooooorrsssstttuuuuuuuuyyzzzAAAAAAAAACCCDDEEEEEEEEGIIIIIIIKLLLLNNNNOOOOOOOORRSSSSTTTUUUUUUUUYYZZZ";
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                Some(c)
            } else {
                FROM.chars()
                    .position(|f| f == c)
                    .and_then(|i| TO.chars().nth(i))
            }
        })
        .collect()
}

/// What the lexicon holds for tokens `first..=last` as written: for one
/// token, the answer the document keeps ([`Doc::word`]). Most spans of
/// several tokens are no key, and their first word shows it: a key's
/// words are separated by spaces, so a span whose first word, followed by
/// a space, opens no key ([`crate::lexicon::Entry::opens_name`]) is not
/// probed (#17).
///
/// Inlined for one token, the answer kept, which most callers ask for:
/// a call for it cost more than reading it (#17).
#[inline(always)]
pub(crate) fn span_entry(doc: &Doc<'_>, first: usize, last: usize) -> Entry {
    if first == last {
        return doc.word(first);
    }
    several_entry(doc, first, last)
}

/// [`span_entry`] of several tokens.
#[inline(never)]
fn several_entry(doc: &Doc<'_>, first: usize, last: usize) -> Entry {
    if doc.tokens[first + 1].space_before && !doc.word(first).opens_name() {
        return Entry::NONE;
    }
    doc.lex.entry(doc.span_text(first, last))
}

/// What the lexicon holds for the title case of a span in capitals
/// ("NEW YORK" → New York), or nothing when the span is not in capitals
/// ([`caps_span`]) or [`title_may_be_key`] rules it out. The key is
/// asked of first: it reads a flag, where telling a span in capitals may
/// read its text (headlines try every span of up to four words, #17).
pub(crate) fn caps_title_entry(doc: &Doc<'_>, first: usize, last: usize) -> Entry {
    if !title_may_be_key(doc, first, last) || !caps_span(doc, first, last) {
        return Entry::NONE;
    }
    if first == last {
        return doc.title_word(first);
    }
    segment::with_title_case(doc.span_text(first, last), |t| doc.lex.entry(t))
}

/// False when the title case of a span in capitals is no key of the
/// lexicon, as its first word shows: followed by a space, an ASCII word
/// in capitals opens a key in title case only if the lexicon marks it
/// ([`crate::lexicon::Entry::opens_name_in_caps`]). Headlines try every
/// span of up to four words, most of which open no name (#17).
fn title_may_be_key(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    last == first
        || !doc.tokens[first + 1].space_before
        || !doc.is_ascii() && !super::spans::bytes::is_ascii(doc.tokens[first].text)
        || doc.word(first).opens_name_in_caps()
}

/// True when the span is written in capitals and long enough to be a name
/// in a headline or dateline.
///
/// Inlined: most spans open with a word of several letters that is not
/// in capitals, which settles it without a call (#17).
#[inline]
pub(super) fn caps_span(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let t = &doc.tokens[first];
    // (More than four bytes are more than one letter, and so are two
    // bytes or more after an ASCII first letter: "New", "The". Asked in
    // that order, the tests go the same way for almost every word, where
    // "more than four bytes" first went either way, #17.)
    let n = t.text.len();
    if t.kind == TokenKind::Word
        && !t.is_all_caps()
        && n > 1
        && (t.text.as_bytes()[0].is_ascii() || n > 4)
    {
        return false;
    }
    caps_span_slow(doc, first, last)
}

/// [`caps_span`] in full.
#[inline(never)]
fn caps_span_slow(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    // The tokens' flags first: most spans are in title case, which their
    // first word shows without reading the text (#17).
    let one_letter = |s: &str| {
        let mut chars = s.chars();
        chars.next().is_some() && chars.next().is_none()
    };
    let words_in_caps = (first..=last).all(|i| {
        let t = &doc.tokens[i];
        t.kind != TokenKind::Word || t.is_all_caps() || one_letter(t.text)
    });
    let text = doc.span_text(first, last);
    words_in_caps && text.len() > 2 && !text.bytes().any(|b| b.is_ascii_lowercase())
}

/// What the name lists say, given what the hand-written lexicons say.
pub(super) fn listed_with(doc: &Doc<'_>, first: usize, last: usize, found: &Lookup) -> Ev {
    use crate::lexicon::{Kinds, Knowledge};
    let (known_org, known_place) = (found.org, found.place);
    let mut ev = Ev::default();
    let know = Knowledge::get();
    // The lists hold names that are also words ("Dolphins", "Variety"):
    // one word at a sentence start that the article also writes in lower
    // case is the word.
    let t = &doc.tokens[first];
    let plain_word = first == last && t.sentence_start && doc.is_written_in_lower_case(first);
    if let Some(mut kinds) = found.kinds.filter(|_| !plain_word) {
        let text = doc.span_text(first, last);
        let multi = last > first;
        let name_part = !multi
            && (kinds.any(Kinds::GIVEN_NAME)
                || doc.word(first).is_given_name()
                || doc.word(first).is_surname());
        let acronym = !multi && text.len() <= 6 && !text.chars().any(char::is_lowercase);
        if known_place {
            kinds = kinds.only(Kinds::ORGANISATION | Kinds::PERSON);
        }
        if kinds.any(Kinds::CURATED) && !known_org {
            ev.add(Rule::CuratedList);
        }
        if kinds.any(Kinds::ORGANISATION) && !acronym && !name_part && !known_org {
            ev.add(Rule::OrgList);
        }
        // "Siemens said profits rose": a listed company whose one word is
        // also a surname or a famous person's ("Siemens" the engineer) is
        // the company unless the article speaks of a person by it (a title,
        // a full name, an age). A given name ("Dana", "Graham") stays out:
        // sports reports call players by it.
        let famous_or_surname = || kinds.any(Kinds::WORDNET_PERSON) || doc.word(first).is_surname();
        if !multi
            && kinds.any(Kinds::COMPANY)
            && famous_or_surname()
            && !acronym
            && !known_org
            && !known_place
            && !kinds.any(Kinds::GIVEN_NAME)
            && !doc.word(first).is_given_name()
            && mixed_case(doc, first, last)
        {
            ev.add(Rule::CompanyName);
        }
        if kinds.any(Kinds::WORDNET_PERSON) && multi {
            ev.add(Rule::PersonList);
        } else if kinds.any(Kinds::WORDNET_PERSON) && mixed_case(doc, first, last) {
            // "Einstein" alone: famous people are named by surname only.
            ev.add(Rule::PersonListOne);
        }
        if kinds.any(Kinds::WORDNET_PLACE | Kinds::STATE_ABBR | Kinds::REGION) && !name_part {
            ev.add(Rule::PlaceList);
        }
        if kinds.any(Kinds::TOWN) && !name_part {
            ev.add(Rule::TownList);
        }
    }
    let head = doc.tokens[first].text;
    if last > first
        && mixed_case(doc, first, last)
        && !doc.word(first).is_given_name()
        && know.kinds(head).is_some_and(|k| k.any(Kinds::GIVEN_NAME))
    {
        ev.add(Rule::GivenNameList);
    }
    ev
}

#[cfg(test)]
mod tests {
    use super::super::spans::tests::{on, span_of};
    use super::*;

    /// The list evidence of the span of `text` that spells `name`.
    fn listed_of(text: &str, name: &str) -> Ev {
        let doc = Doc::new(text, 0);
        let (first, last) = span_of(&doc, name);
        listed(&doc, first, last)
    }

    #[test]
    fn accents_fold_for_the_gazetteer() {
        assert_eq!(fold_accents("Łódź").as_deref(), Some("Lodz"));
        assert_eq!(fold_accents("São Paulo").as_deref(), Some("Sao Paulo"));
        assert_eq!(fold_accents("Москва"), None);
        assert_eq!(
            on(gazetteer_folded, "Fans in São Paulo cheered.", "São Paulo"),
            Some(Rule::Gazetteer)
        );
    }

    /// The gazetteer evidence as [`local`] computes it.
    fn gazetteer_folded(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
        lookup(doc, first, last, false)
            .place
            .then_some(Rule::Gazetteer)
    }

    #[test]
    fn open_lists() {
        assert!(
            listed_of("Reports by Deutsche Welle said so.", "Deutsche Welle")
                .has(Rule::CuratedList)
        );
        assert!(listed_of("Phoenix, Ariz., was hot.", "Ariz.").has(Rule::PlaceList));
        // A place the gazetteer knows gets nothing more from the lists.
        assert!(!listed_of("He flew to Moscow.", "Moscow").has(Rule::PlaceList));
        // A one-word entry that is also a person's name says nothing.
        assert!(!listed_of("Ford said so.", "Ford").has(Rule::OrgList));
        // A famous person named by surname alone.
        assert!(listed_of("As Einstein wrote, time bends.", "Einstein").has(Rule::PersonListOne));
        // A listed company that is also a surname.
        assert!(listed_of("Shares of Siemens rose.", "Siemens").has(Rule::CompanyName));
    }
}
