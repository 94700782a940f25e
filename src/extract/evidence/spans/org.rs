//! Evidence that a span names an organisation: organisation words, joiners
//! ("Bank of England"), acronyms, the shape of company names and the
//! context companies appear in.

use super::{gazetteer, mixed_case, words};
use crate::extract::evidence::Rule;
use crate::extract::{organisations, segment, Doc};

pub(crate) fn ampersand(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    (first + 1..last)
        .any(|j| doc.tokens[j].is("&"))
        .then_some(Rule::Ampersand)
}

/// The first "of", "for", "and" or "y" inside the span.
#[inline]
fn joiner(doc: &Doc<'_>, first: usize, last: usize) -> Option<usize> {
    (first + 1..last).find(|&j| matches!(doc.tokens[j].text, "of" | "for" | "and" | "y"))
}

#[inline]
pub(crate) fn org_word(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let found = match joiner(doc, first, last) {
        None => organisations::has_org_word(doc, first, last),
        // "Bank of England", "Chamber of Commerce": an organisation word
        // before the joiner. "Ways and Means Committee", "Newfoundland and
        // Labrador Court of Appeal": a span kept whole across "and" is
        // closed by its organisation word, or holds one before "of".
        Some(j) => {
            let head = |k: usize| doc.word(k).is_org_start() || doc.word(k).is_org_end();
            let before = !(segment::is_feature_word(toks[j - 1].text) && toks[j].text == "of")
                && (first..j).any(head);
            let after_and = toks[j].text == "and"
                && (doc.word(last).is_org_end()
                    || (j + 1..last).any(|k| toks[k + 1].is("of") && head(k)));
            before || after_and
        }
    };
    found.then_some(Rule::OrgWord)
}

/// "the Court ruled", "the Government said", "this House": an
/// organisation word alone, capitalised in mid-sentence after "the" or
/// "this", names a body the text has in mind. The chambers of a
/// legislature count too ("the House", "the Commons"), though "House"
/// closes the names of buildings and firms as often as of bodies.
#[inline]
pub(crate) fn the_body(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let t = &doc.tokens[first];
    let chamber = matches!(t.text, "House" | "Commons" | "Lords");
    let found = first == last
        && first > 0
        && (doc.tokens[first - 1].is("the") || doc.tokens[first - 1].is("this"))
        && !t.sentence_start
        && t.is_capitalised()
        && !t.is_all_caps()
        && (chamber || doc.word(first).is_org_end() || doc.word(first).is_org_start());
    found.then_some(Rule::TheBody)
}

#[inline]
pub(crate) fn for_phrase(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    (first + 1..last)
        .any(|j| doc.tokens[j].is("for") && segment::for_joins_one_name(doc, j))
        .then_some(Rule::ForPhrase)
}

#[inline]
pub(crate) fn feature_of(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let j = joiner(doc, first, last)?;
    (doc.tokens[j].text == "of" && segment::is_feature_word(doc.tokens[j - 1].text))
        .then_some(Rule::FeatureOf)
}

#[inline]
pub(crate) fn acronym(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    organisations::is_acronym(doc, first, last).then_some(Rule::Acronym)
}

#[inline]
pub(crate) fn plural_team(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let team = last > first
        && mixed_case(doc, first, last)
        && super::without_final_s(toks[last].text).is_some()
        && !doc.word(last).is_surname()
        && (crate::extract::evidence::span_entry(doc, first, last - 1).is_place()
            || doc.word(first).is_place());
    team.then_some(Rule::PluralTeam)
}

#[inline]
pub(crate) fn place_in_name(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    if !mixed_case(doc, first, last) || words(doc, first, last) < 2 {
        return None;
    }
    let has_country = (first..=last).any(|i| {
        doc.word(i)
            .place()
            .is_some_and(|p| p.kind != crate::lexicon::PlaceKind::City)
    });
    let city_last = doc.word(last).is_place() && !doc.word(first).is_given_name();
    // A place whose whole name is in the gazetteer ("Mexico City") is no
    // organisation named after a place. (Asked last: the words' places
    // are known already, the whole span's needs a probe, #17.)
    ((has_country || city_last) && gazetteer(doc, first, last).is_none())
        .then_some(Rule::PlaceInName)
}

#[inline]
pub(crate) fn camel_case(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    // A hump is a capital after a small letter: a word with no small
    // letter (the token knows) has none, and is not decoded; nor is a
    // word shorter than the four letters a brand needs (#17).
    // (A capital after the first letter, told without a branch a byte,
    // is asked before the full test, which reads the bytes one by one.)
    let t = &doc.tokens[first];
    (first == last
        && t.has_lowercase()
        && t.text.len() >= 4
        && super::bytes::capital_or_wide_after_first(t.text)
        && organisations::is_camel_case(t.text))
    .then_some(Rule::CamelCase)
}

#[inline]
pub(crate) fn company_context(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let found = mixed_case(doc, first, last)
        && (organisations::company_context(doc, first, last)
            || organisations::company_apposition(doc, last));
    found.then_some(Rule::CompanyContext)
}

#[cfg(test)]
mod tests {
    use super::super::tests::on;
    use super::*;

    #[test]
    fn organisation_words() {
        assert_eq!(
            on(the_body, "Later the Court ruled.", "Court"),
            Some(Rule::TheBody)
        );
        assert_eq!(on(the_body, "Later the Smith ruled.", "Smith"), None);
        assert_eq!(
            on(ampersand, "Marks & Spencer rose.", "Marks & Spencer"),
            Some(Rule::Ampersand)
        );
        assert_eq!(
            on(
                org_word,
                "Northwind Holdings Ltd rose.",
                "Northwind Holdings Ltd"
            ),
            Some(Rule::OrgWord)
        );
        assert_eq!(
            on(org_word, "the Bank of England said", "Bank of England"),
            Some(Rule::OrgWord)
        );
        assert_eq!(on(org_word, "the Gulf of Aden", "Gulf of Aden"), None);
        assert_eq!(
            on(
                org_word,
                "the Trinidad and Tobago Court of Appeal ruled",
                "Trinidad and Tobago Court of Appeal"
            ),
            Some(Rule::OrgWord)
        );
        assert_eq!(
            on(feature_of, "the Gulf of Aden", "Gulf of Aden"),
            Some(Rule::FeatureOf)
        );
        assert_eq!(
            on(
                for_phrase,
                "Jewish Voice for Peace met.",
                "Jewish Voice for Peace"
            ),
            Some(Rule::ForPhrase)
        );
        assert_eq!(on(for_phrase, "Caring for Basil", "Caring for Basil"), None);
        assert_eq!(on(acronym, "the KPRF said", "KPRF"), Some(Rule::Acronym));
        assert_eq!(
            on(camel_case, "backed OpenAI today", "OpenAI"),
            Some(Rule::CamelCase)
        );
        assert_eq!(on(camel_case, "met McDonald today", "McDonald"), None);
        assert_eq!(
            on(company_context, "shares in Pirelli fell", "Pirelli"),
            Some(Rule::CompanyContext)
        );
        assert_eq!(
            on(place_in_name, "flew Air France home", "Air France"),
            Some(Rule::PlaceInName)
        );
        assert_eq!(
            on(place_in_name, "flew to Mexico City", "Mexico City"),
            None
        );
        assert_eq!(
            on(plural_team, "the Florida Marlins won", "Florida Marlins"),
            Some(Rule::PluralTeam)
        );
    }
}
