//! Evidence from the words a name is made of, beyond the name lists:
//! common English words (`dictionary_words`) and references to papers
//! (`citation`). Kept apart from `spans.rs`, which holds the cues of
//! context and shape.

use super::spans::{ampersand, mixed_case};
use super::Rule;
use crate::extract::tokens::TokenKind;
use crate::extract::Doc;

/// "Natural Language Processing", "Golden Age", "String Quartet": a
/// capitalised run of two words or more that are all common English words
/// is far more often a topic, a heading, a work or an era than a person.
/// A given name opening it ("Rose Hill") or an initial ("M. Walker") keeps
/// it out; structural cues ("… Hall", "… Party") outweigh it.
pub(crate) fn dictionary_words(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let lex = doc.lex;
    let mut n = 0;
    for t in &toks[first..=last] {
        if t.kind != TokenKind::Word || t.text.starts_with(char::is_lowercase) {
            continue;
        }
        if n == 0 && lex.is_given_name(t.text) || !lex.is_dictionary_word(t.text) {
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
        1 if lex.is_given_name(toks[first].text)
            || lex.is_org_end(toks[first].text)
            || lex.is_org_start(toks[first].text) =>
        {
            None
        }
        1 => Some(Rule::DictionaryWord),
        _ => Some(Rule::DictionaryWords),
    }
}

/// "(Hale & Moss, 2009)", "Hale & Moss (2009)": authors joined by an
/// ampersand before a year are a reference to a paper, not a firm.
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
}
