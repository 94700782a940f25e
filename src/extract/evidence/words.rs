//! Evidence from the words a name is made of, beyond the name lists:
//! common English words (`dictionary_words`), references to papers
//! (`citation`), groups of people (`nationality`), towns and counties
//! (`place_city`), abbreviations of terms (`defined_term`), the person an
//! administration is named after (`administration`), parts of places
//! (`compass_place`) and titles of works in quotes (`quoted`). Kept apart
//! from `spans.rs`, which holds the cues of context and shape.

use super::spans::{ampersand, mixed_case};
use super::Rule;
use crate::extract::tokens::TokenKind;
use crate::extract::Doc;

/// "Natural Language Processing", "Golden Age", "String Quartet": a
/// capitalised run of two words or more that are all common English words
/// is far more often a topic, a heading, a work or an era than a person.
/// A given name opening it ("Rose Hill") or an initial ("M. Walker") keeps
/// it out; structural cues ("… Hall", "… Party") outweigh it.
#[inline]
pub(crate) fn dictionary_words(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let mut n = 0;
    for (i, t) in (first..=last).zip(&toks[first..=last]) {
        if t.kind != TokenKind::Word || t.text.starts_with(char::is_lowercase) {
            continue;
        }
        if n == 0 && doc.word(i).is_given_name() || !doc.is_dictionary_word_at(i) {
            return None;
        }
        n += 1;
    }
    if !mixed_case(doc, first, last) {
        return None;
    }
    // One word alone ("Rank", "Edge", "Economics") weighs less: it only
    // outweighs a lone surname or preposition, never a context cue.
    match n {
        0 => None,
        // "the Court", "the Press": a body's head-word alone is the
        // body, and `the_body` speaks for it.
        1 if doc.word(first).is_given_name()
            || doc.word(first).is_org_end()
            || doc.word(first).is_org_start() =>
        {
            None
        }
        1 => Some(Rule::DictionaryWord),
        _ => Some(Rule::DictionaryWords),
    }
}

/// "(Hale & Moss, 2009)", "Hale & Moss (2009)": authors joined by an
/// ampersand before a year are a reference to a paper, not a firm.
#[inline]
pub(crate) fn citation(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let year = |i: usize| {
        toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Number
                && t.text.len() == 4
                && matches!(t.text.as_bytes()[0], b'1' | b'2')
        })
    };
    let next = toks.get(last + 1);
    let before_year =
        year(last + 1) || next.is_some_and(|t| t.is(",") || t.is("(")) && year(last + 2);
    (ampersand(doc, first, last).is_some() && before_year).then_some(Rule::Citation)
}

/// "Americans", "Pakistanis": nationalities and groups of people are not
/// names of anyone in particular. So are a party's members alone
/// ("Democrats said", "the Socialists"): news annotation counts them as
/// a group, like a nationality, while the party's own name ("Democratic
/// Party", "Liberal Democrats") is an organisation.
#[inline]
pub(crate) fn nationality(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let w = doc.tokens[last].text;
    let group = super::spans::without_final_s(w).is_some_and(|s| doc.lex.demonym(s).is_some());
    let found = group && (first == last || doc.word(first).is_demonym());
    (found || first == last && is_party_members(w)).then_some(Rule::Nationality)
}

/// A word for a party's or a movement's member or members, or its
/// adjective alone ("Democratic control").
fn is_party_members(word: &str) -> bool {
    matches!(
        word,
        "Democrat"
            | "Democratic"
            | "Republican"
            | "Socialist"
            | "Communist"
            | "Nationalist"
            | "Democrats"
            | "Republicans"
            | "Socialists"
            | "Communists"
            | "Nationalists"
            | "Unionists"
            | "Loyalists"
            | "Federalists"
            | "Islamists"
            | "Maoists"
            | "Marxists"
            | "Separatists"
            | "Monarchists"
    )
}

/// "New York City", "Quezon City", "Benzie County": a place followed by
/// "City" or "Town", or any name followed by "County", is the town or the
/// county. "City", "Town" and "County" also close clubs' names ("Leicester
/// City", "Derby County"); the club lists and sports reports speak for
/// those, and outweigh this.
#[inline]
pub(crate) fn place_city(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    if last == first || !mixed_case(doc, first, last) {
        return None;
    }
    let found = match toks[last].text {
        "County" => true,
        "City" | "Town" => {
            let head = doc.span_text(first, last - 1);
            doc.lex.place(head).is_some()
                || crate::lexicon::Knowledge::get()
                    .get_name(head)
                    .is_some_and(|k| k.kinds.any(crate::lexicon::Kinds::PLACE))
        }
        _ => false,
    };
    found.then_some(Rule::PlaceCity)
}

/// An abbreviation in brackets after lower-case words names a term, not
/// a body: "compact fluorescent lamps (CFL)", "foreign direct investment
/// (FDI)" (but "the ruling party (XYZ)" names a body: an organisation
/// word before the bracket keeps it out). The plural is read over the
/// whole article (`plural_acronyms` in the extractor).
#[inline]
pub(crate) fn defined_term(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let t = &toks[first];
    if first != last || !t.is_all_caps() || t.text.len() > 6 {
        return None;
    }
    let defined = first >= 2
        && toks[first - 1].is("(")
        && toks.get(last + 1).is_some_and(|t| t.is(")"))
        && toks[first - 2].kind == TokenKind::Word
        && toks[first - 2].text.starts_with(char::is_lowercase)
        && !doc.is_function_word_at(first - 2)
        && !is_lower_org_word(doc, toks[first - 2].text);
    defined.then_some(Rule::DefinedTerm)
}

/// True when a lower-case word is an organisation word ("party",
/// "agency") once capitalised, or a word news uses to describe a body
/// ("the public broadcaster (XBC)", "the state carrier (XAL)").
fn is_lower_org_word(doc: &Doc<'_>, word: &str) -> bool {
    let described = matches!(
        word,
        "broadcaster"
            | "carrier"
            | "airline"
            | "regulator"
            | "watchdog"
            | "firm"
            | "newspaper"
            | "daily"
            | "channel"
            | "operator"
            | "insurer"
            | "lender"
            | "maker"
            | "giant"
            | "militia"
            | "outlet"
            | "publisher"
            | "body"
    );
    if described {
        return true;
    }
    let mut cap = String::with_capacity(word.len());
    let mut chars = word.chars();
    if let Some(c) = chars.next() {
        cap.extend(c.to_uppercase());
        cap.push_str(chars.as_str());
    }
    doc.lex.is_org_end(&cap) || doc.lex.is_org_start(&cap)
}

/// "West Texas", "Northern Kenya", "Central Florida": a compass word
/// before a known place names part of that place, not an organisation
/// named after it.
#[inline]
pub(crate) fn compass_place(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let found = last == first + 1
        && matches!(
            toks[first].text,
            "North"
                | "South"
                | "East"
                | "West"
                | "Northern"
                | "Southern"
                | "Eastern"
                | "Western"
                | "Central"
                | "Northeastern"
                | "Northwestern"
                | "Southeastern"
                | "Southwestern"
        )
        && doc.word(last).is_place();
    found.then_some(Rule::CompassPlace)
}

/// "the Carter administration", "Obama-era rules": one word before
/// "administration", or a surname before "-era", names the person who
/// led it.
#[inline]
pub(crate) fn administration(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    if first != last || !mixed_case(doc, first, last) {
        return None;
    }
    let next = |k: usize| toks.get(last + k);
    let administration = next(1).is_some_and(|t| t.is("administration"));
    let era = next(1).is_some_and(|t| t.is_dash() && !t.space_before)
        && next(2).is_some_and(|t| t.is("era") && !t.space_before)
        && doc.word(first).is_surname();
    (administration || era).then_some(Rule::Administration)
}

/// "Universal's \"Oppenheimer\" came second": a name that fills a pair of
/// quotes alone is mostly the title of a film, a book or a song.
#[inline]
pub(crate) fn quoted(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    // The token after is read only when one before opens a quote: most
    // spans have none, and comparing both texts on each span
    // mispredicted (#17).
    let open = first > 0 && !toks[first].space_before && matches!(toks[first - 1].text, "\"" | "“");
    let close = || {
        toks.get(last + 1)
            .is_some_and(|t| !t.space_before && matches!(t.text, "\"" | "”"))
    };
    (open && close() && mixed_case(doc, first, last)).then_some(Rule::Quoted)
}

#[cfg(test)]
mod tests {
    use super::super::spans::tests::on;
    use super::*;

    #[test]
    fn common_words_and_references() {
        assert_eq!(
            on(
                dictionary_words,
                "a book on Quiet Garden Design sold",
                "Quiet Garden Design"
            ),
            Some(Rule::DictionaryWords)
        );
        assert_eq!(
            on(dictionary_words, "then Rose Hill left", "Rose Hill"),
            None
        );
        assert_eq!(
            on(dictionary_words, "a note on Ladders here", "Ladders"),
            Some(Rule::DictionaryWord)
        );
        assert_eq!(on(dictionary_words, "then Grant left", "Grant"), None);
        assert_eq!(on(dictionary_words, "as the Court ruled", "Court"), None);
        assert_eq!(on(dictionary_words, "then Tom Vane left", "Tom Vane"), None);
        assert_eq!(on(dictionary_words, "then K. Baker left", "K. Baker"), None);
        assert_eq!(
            on(citation, "as shown (Hale & Moss, 2009).", "Hale & Moss"),
            Some(Rule::Citation)
        );
        assert_eq!(
            on(citation, "Hale & Moss (2009) found it.", "Hale & Moss"),
            Some(Rule::Citation)
        );
        assert_eq!(
            on(citation, "Marks & Spencer, 2,000 jobs", "Marks & Spencer"),
            None
        );
    }

    #[test]
    fn defined_terms() {
        assert_eq!(
            on(defined_term, "compact fluorescent lamps (CFL) last", "CFL"),
            Some(Rule::DefinedTerm)
        );
        assert_eq!(
            on(defined_term, "the Energy Agency (IEA) said", "IEA"),
            None
        );
        assert_eq!(
            on(defined_term, "the opposition party (PDX) said", "PDX"),
            None
        );
        assert_eq!(
            on(defined_term, "the public broadcaster (XBC) said", "XBC"),
            None
        );
    }

    #[test]
    fn groups_towns_and_counties() {
        assert_eq!(
            on(nationality, "Many Americans agreed.", "Americans"),
            Some(Rule::Nationality)
        );
        assert_eq!(on(nationality, "Many Amerigos agreed.", "Amerigos"), None);
        assert_eq!(
            on(nationality, "Later, Democrats said no.", "Democrats"),
            Some(Rule::Nationality)
        );
        assert_eq!(
            on(place_city, "She moved to New York City.", "New York City"),
            Some(Rule::PlaceCity)
        );
        assert_eq!(
            on(place_city, "They drove to Benzie County.", "Benzie County"),
            Some(Rule::PlaceCity)
        );
        assert_eq!(
            on(place_city, "Fans of Quorlin City.", "Quorlin City"),
            None
        );
    }
}
