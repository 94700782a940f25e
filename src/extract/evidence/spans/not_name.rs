//! Evidence that a capitalised span is no name at all: events, forms of
//! address, ordinary words in a heading, numbered parts, labels and
//! products.

use super::mixed_case;
use crate::extract::evidence::Rule;
use crate::extract::tokens::TokenKind;
use crate::extract::{people, segment, Doc};

#[inline]
pub(crate) fn event_word(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    (last > first && segment::is_event_word(doc.tokens[last].text)).then_some(Rule::EventWord)
}

/// "Operation Desert Storm", "Hurricane Katrina", "Tropical Storm Bill":
/// a head-word that names an event, never a person or a body.
#[inline]
pub(crate) fn event_head(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let head = doc.tokens[first].text;
    let events = matches!(
        head,
        "Operation" | "Hurricane" | "Typhoon" | "Cyclone" | "Storm" | "Tropical" | "Battle"
    );
    (last > first && events).then_some(Rule::EventHead)
}

/// "Madam Speaker", "Mr President", "Senators": forms of address and
/// roles are no names, however they are capitalised.
#[inline]
pub(crate) fn title_only(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let all = (first..=last).all(|i| {
        let w = doc.tokens[i].text;
        doc.tokens[i].kind != TokenKind::Word
            || matches!(w, "Madam" | "Madame" | "Sir")
            || doc.is_title_at(i, 1)
            || super::without_final_s(w).is_some_and(|s| title_stem(doc, i, s))
    });
    // "Mr. King", "Judge Pope": after a title, a word that is also a
    // surname is the surname; "Mr. President", "Madam Chair" are forms of
    // address. (Asked last: few spans are titles alone, #17.)
    let address =
        || !people::title_before(doc, first) || first == last && !doc.word(first).is_surname();
    (all && mixed_case(doc, first, last) && address()).then_some(Rule::TitleOnly)
}

/// True when `stem`, token `i` without its final "s" ("Senators"), is a
/// title or role in any case. For an ASCII token its lower case is cut
/// from the document's, where [`crate::lexicon::Lexicon::is_title`]
/// copied the capitalised stem to lower-case it: every span opening with
/// a word in "s" asks it ("Thomas", "Reuters", #17).
fn title_stem(doc: &Doc<'_>, i: usize, stem: &str) -> bool {
    if doc.is_ascii() || stem.is_ascii() {
        // (The token is the stem and an "s": its lower case, without the
        // "s", is the stem's.)
        doc.with_lower(i, i, |w| doc.lex.entry(&w[..w.len() - 1]).is_title())
    } else {
        doc.lex.is_title(stem)
    }
}

/// Capitalised words that the article also writes in lower case are
/// ordinary words in a heading or a title, not a name: "Property Rights",
/// "Wave" (but "Rose Hill" opens with a given name, which outweighs it).
#[inline]
pub(crate) fn common_words(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let all = mixed_case(doc, first, last)
        && (first..=last).all(|i| {
            let t = &toks[i];
            t.kind != TokenKind::Word
                || t.text.starts_with(char::is_lowercase)
                || doc.is_written_in_lower_case(i)
        });
    all.then_some(Rule::CommonWords)
}

/// "Figure 3", "Wave 2", "Table 1": a single word numbered like a part of a
/// document or a series. (Teams before their scores are typed by the
/// sports-report evidence, which outweighs this.)
#[inline]
pub(crate) fn numbered(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let found = first == last
        && mixed_case(doc, first, last)
        && toks
            .get(last + 1)
            .is_some_and(|t| t.kind == TokenKind::Number && t.space_before && t.text.len() <= 3)
        && !toks.get(last + 2).is_some_and(|t| t.is("-") || t.is(","))
        && !doc.word(first).is_place();
    found.then_some(Rule::Numbered)
}

#[inline]
pub(crate) fn label(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let is_label =
        first == last && toks[first].line_start && toks.get(last + 1).is_some_and(|t| t.is(":"));
    is_label.then_some(Rule::Label)
}

/// A known company's name followed by other capitalised words that are no
/// organisation word names one of its products or services.
#[inline]
pub(crate) fn product(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let found = last > first
        && mixed_case(doc, first, last)
        && doc.word(first).is_organisation()
        && !doc.word(first).is_place()
        && (first + 1..=last).all(|k| {
            toks[k].is_capitalised() && !doc.word(k).is_org_end() && !doc.word(k).is_place()
        })
        && !crate::extract::evidence::span_entry(doc, first, last).is_organisation();
    found.then_some(Rule::Product)
}

#[cfg(test)]
mod tests {
    use super::super::tests::on;
    use super::*;

    #[test]
    fn not_a_name() {
        assert_eq!(
            on(event_word, "She won the World Cup.", "World Cup"),
            Some(Rule::EventWord)
        );
        assert_eq!(
            on(event_head, "Hurricane Katrina hit.", "Hurricane Katrina"),
            Some(Rule::EventHead)
        );
        assert_eq!(
            on(
                event_head,
                "Operation Desert Storm began.",
                "Operation Desert Storm"
            ),
            Some(Rule::EventHead)
        );
        let text = "Property Rights matter. The rights of property are old.";
        assert_eq!(
            on(common_words, text, "Property Rights"),
            Some(Rule::CommonWords)
        );
        assert_eq!(on(common_words, "Mehmet Goren left.", "Mehmet Goren"), None);
        assert_eq!(
            on(numbered, "as Figure 3 shows", "Figure"),
            Some(Rule::Numbered)
        );
        assert_eq!(on(numbered, "Turkey 3 Greece 1", "Turkey"), None);
        assert_eq!(
            on(label, "Attendance: 30,000", "Attendance"),
            Some(Rule::Label)
        );
        assert_eq!(
            on(product, "Users of Google Chrome wrote.", "Google Chrome"),
            Some(Rule::Product)
        );
        assert_eq!(on(product, "Google said so.", "Google"), None);
    }

    #[test]
    fn roles_and_groups() {
        assert_eq!(
            on(
                title_only,
                "Thank you, Madam President, for this.",
                "Madam President"
            ),
            Some(Rule::TitleOnly)
        );
        assert_eq!(on(title_only, "He met Mr. King there.", "King"), None);
        assert_eq!(
            on(title_only, "Thank you, Madam Chair, for this.", "Chair"),
            Some(Rule::TitleOnly)
        );
    }
}
