//! Evidence that a span names a person: given names, particles, the shape
//! of a full name, an age or a reporting verb after it.

use super::{mixed_case, words};
use crate::extract::evidence::Rule;
use crate::extract::tokens::TokenKind;
use crate::extract::{people, Doc};

#[inline]
pub(crate) fn particle(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    // Romance "de", "da", "del" also join place and body names
    // ("Conservatoire de Paris"), so only these speak for a person.
    (first..last)
        .any(|k| {
            matches!(
                doc.tokens[k].text,
                "von" | "van" | "der" | "den" | "bin" | "ibn" | "ter"
            )
        })
        .then_some(Rule::Particle)
}

#[inline]
pub(crate) fn given_name(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    // "Mercedes-Benz", "Jordan-Hill": one hyphenated compound is a brand
    // or a double surname, not a given name and a surname.
    let compound = last == first + 2 && doc.tokens[first + 1].is_dash();
    (mixed_case(doc, first, last) && !compound && people::starts_with_given_name(doc, first, last))
        .then_some(Rule::GivenName)
}

#[inline]
pub(crate) fn age(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    (mixed_case(doc, first, last) && people::age_after(doc, last) && words(doc, first, last) <= 4)
        .then_some(Rule::Age)
}

#[inline]
pub(crate) fn reporting_verb(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    // (The speech after it first: few names are followed by it, #17.)
    if !people::reported_speech_after(doc, last) || !mixed_case(doc, first, last) {
        return None;
    }
    let n = words(doc, first, last);
    if n > 4 {
        return None;
    }
    // A lone unknown word that "said" something is more often a company
    // or agency than a person introduced by surname alone (people are
    // introduced in full, and short forms join them).
    // (One probe for both, and none for one token, whose answer the
    // document keeps, #17.)
    let lone = n == 1 && {
        let entry = if first == last {
            doc.word(first)
        } else {
            doc.lex.entry(doc.span_text(first, last))
        };
        !entry.is_surname() && !entry.is_given_name()
    };
    Some(if lone {
        Rule::ReportingVerbLone
    } else {
        Rule::ReportingVerb
    })
}

#[inline]
pub(crate) fn given_name_alone(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let t = &doc.tokens[first];
    let found = first == last
        && mixed_case(doc, first, last)
        && !t.sentence_start
        && doc.word(first).is_given_name();
    found.then_some(Rule::GivenNameAlone)
}

#[inline]
pub(crate) fn name_shape(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    // A line that is nothing but the name is a heading or a caption
    // ("Theoretical Foundations"), not a sentence about a person.
    let toks = &doc.tokens;
    let heading = toks[first].line_start
        && toks.get(last + 1).is_none_or(|t| {
            t.line_start
                || t.kind == TokenKind::Punct && toks.get(last + 2).is_none_or(|u| u.line_start)
        });
    // One hyphenated compound ("Mercedes-Benz", "Rolls-Royce") is a brand
    // or a double surname, which short forms type.
    let compound = last == first + 2 && toks[first + 1].is_dash();
    // Nobody's name holds a digit: "Galaxy S26", "Boeing 737 Max" are
    // products. (Asked last, of the span's text at once, eight bytes at
    // a time: what lies between its tokens is white space. A scan of each
    // token, byte by byte, mispredicted its end on each, #17.)
    let digits = || super::bytes::has_digit(doc.span_text(first, last));
    ((2..=4).contains(&words(doc, first, last))
        && mixed_case(doc, first, last)
        && !heading
        && !compound
        && !digits())
    .then_some(Rule::NameShape)
}

#[inline]
pub(crate) fn surname(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    // A surname alone at a sentence start is as often a common noun
    // ("Wheat futures rose").
    let t = &doc.tokens[first];
    (first == last
        && mixed_case(doc, first, last)
        && doc.word(first).is_surname()
        && !t.sentence_start)
        .then_some(Rule::Surname)
}

#[cfg(test)]
mod tests {
    use super::super::tests::on;
    use super::*;
    use crate::extract::evidence::words::{administration, quoted};

    #[test]
    fn people() {
        assert_eq!(
            on(given_name_alone, "and then Ricky left", "Ricky"),
            Some(Rule::GivenNameAlone)
        );
        assert_eq!(on(given_name_alone, "Ricky left.", "Ricky"), None);
        assert_eq!(
            on(given_name, "Mehmet Goren left.", "Mehmet Goren"),
            Some(Rule::GivenName)
        );
        assert_eq!(
            on(particle, "later von der Leyen said", "von der Leyen"),
            Some(Rule::Particle)
        );
        assert_eq!(
            on(
                particle,
                "the Conservatoire de Paris",
                "Conservatoire de Paris"
            ),
            None
        );
        assert_eq!(on(age, "Okonkwo, 45, said", "Okonkwo"), Some(Rule::Age));
        assert_eq!(
            on(
                administration,
                "Critics of the Carter administration spoke.",
                "Carter"
            ),
            Some(Rule::Administration)
        );
        assert_eq!(
            on(administration, "He undid the Carter-era rules.", "Carter"),
            Some(Rule::Administration)
        );
        assert_eq!(
            on(name_shape, "Buyers of the Galaxy S26 waited.", "Galaxy S26"),
            None
        );
        assert_eq!(
            on(quoted, "Ticket sales of \"Lanterns\" rose.", "Lanterns"),
            Some(Rule::Quoted)
        );
        assert_eq!(
            on(reporting_verb, "then Mark Vane said", "Mark Vane"),
            Some(Rule::ReportingVerb)
        );
        assert_eq!(
            on(reporting_verb, "then Cofinec said", "Cofinec"),
            Some(Rule::ReportingVerbLone)
        );
        assert_eq!(
            on(name_shape, "then Tom Vane left", "Tom Vane"),
            Some(Rule::NameShape)
        );
        assert_eq!(on(name_shape, "then Vane left", "Vane"), None);
        assert_eq!(
            on(surname, "they met Smith there", "Smith"),
            Some(Rule::Surname)
        );
        // A surname opening a sentence is as often a common noun.
        assert_eq!(on(surname, "Wheat rose.", "Wheat"), None);
    }
}
