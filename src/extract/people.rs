//! Rules that say a name is a person's.
//!
//! Evidence, strongest first: a title or role just before the name
//! ("President X", "striker X", "Mr. X"); a known given name starting a
//! multi-word name ("Phil Simmons"); a reporting verb or an age after it
//! ("X said", "X, 45,"); and, document-wide, a surname alone that matches a
//! full name seen elsewhere in the article ("Goren" after "Mehmet Goren").

use super::tokens::TokenKind;
use super::Doc;
use crate::lexicon::WordList;

/// Verbs that follow a speaker in news reporting.
static REPORTING_VERBS: WordList = WordList::new(&[
    "said",
    "says",
    "told",
    "added",
    "adds",
    "noted",
    "explained",
    "stated",
    "wrote",
    "argued",
    "warned",
    "insisted",
    "claimed",
    "confirmed",
    "denied",
    "admitted",
    "recalled",
    "replied",
    "asked",
    "urged",
    "announced",
    "believes",
    "thinks",
    "testified",
    "stressed",
    "described",
]);

/// How many tokens at `first` form a title inside a capitalised chunk
/// ("Prime Minister" → 2), looking at up to three words.
pub(crate) fn title_len_at(doc: &Doc<'_>, first: usize, last: usize) -> usize {
    // The text as written: multi-word titles are separated by one space,
    // as in the list, so no phrase needs building.
    let mut best = 0;
    for n in 1..=(last + 1 - first).min(3) {
        if n == 2 && !may_open_title(doc, first) {
            break;
        }
        if doc.is_title_at(first, n) {
            best = n;
        }
    }
    best
}

/// True when the tokens `first..=last`, in lower case, read as a title or
/// role ([`crate::lexicon::Lexicon::is_title`]): for up to three tokens,
/// the document's kept answer ([`Doc::is_title_at`]).
pub(crate) fn is_title_span(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    if last > first && !may_open_title(doc, first) {
        return false;
    }
    match last - first {
        n @ 0..=2 => doc.is_title_at(first, n + 1),
        _ => doc.with_lower(first, last, |w| doc.lex.is_title(w)),
    }
}

/// False when no title of several words can start at token `first`: its
/// word, in lower case and followed by a space, opens none
/// ([`crate::lexicon::Entry::opens_title`]). Most capitalised words open
/// none, and the span need not be probed (#17). (Checked for ASCII words,
/// whose lower case is the start of the span's.)
fn may_open_title(doc: &Doc<'_>, first: usize) -> bool {
    let (word, next) = (&doc.tokens[first], &doc.tokens[first + 1]);
    !next.space_before || !word.text.is_ascii() || doc.lower_word(first).opens_title()
}

/// True when a title or role stands just before the chunk starting at
/// `first`, in lower case or as a separate word ("spokesman John Smith",
/// "all-rounder Phil Simmons").
pub(crate) fn title_before(doc: &Doc<'_>, first: usize) -> bool {
    let Some(prev) = first.checked_sub(1).map(|i| &doc.tokens[i]) else {
        return false;
    };
    // Titles are words: punctuation and numbers, which stand before many
    // names, need no probe of the lexicon (#17; a test checks the list).
    if prev.kind != TokenKind::Word {
        return false;
    }
    if doc.is_title_at(first - 1, 1) {
        return true;
    }
    // "all-rounder", "vice-president": a hyphenated role.
    if first >= 3 && doc.tokens[first - 2].is_dash() && !prev.space_before {
        return doc.is_title_at(first - 3, 3);
    }
    false
}

/// True when a reporting verb ("said", "told") follows the chunk ending
/// at `last`.
pub(crate) fn reported_speech_after(doc: &Doc<'_>, last: usize) -> bool {
    doc.tokens
        .get(last + 1)
        .is_some_and(|t| REPORTING_VERBS.contains(&t.text))
}

/// True when an age follows the chunk ending at `last`: "X, 45, said".
pub(crate) fn age_after(doc: &Doc<'_>, last: usize) -> bool {
    let t = |k: usize| doc.tokens.get(last + k);
    t(1).is_some_and(|t| t.is(","))
        && t(2).is_some_and(|t| t.text.len() == 2 && t.text.bytes().all(|b| b.is_ascii_digit()))
        && t(3).is_some_and(|t| t.is(","))
}

/// A person's nationality where the text states it: a nationality
/// adjective before the name, past any titles ("Turkish President X",
/// "the Pakistani striker X"), or an apposition after it ("X, a Turkish
/// national").
pub(crate) fn nationality(doc: &Doc<'_>, first: usize, last: usize) -> Option<[u8; 2]> {
    let toks = &doc.tokens;
    let mut i = first;
    for _ in 0..4 {
        let Some(prev) = i.checked_sub(1) else { break };
        // (Nationalities and titles are words: see `title_before`.)
        if toks[prev].kind != TokenKind::Word {
            break;
        }
        if let Some(code) = doc.word(prev).demonym() {
            return code;
        }
        if !doc.is_title_at(prev, 1) {
            break;
        }
        i = prev;
    }
    let t = |k: usize| toks.get(last + k).map(|t| t.text);
    if t(1) == Some(",") && matches!(t(2), Some("a" | "an" | "the")) {
        return doc.lex.demonym(t(3)?).flatten();
    }
    None
}

/// True when cricket scorecard notation stands before the name: "c
/// Croft b Cork 176", "lbw b Wasim", "st Moin b Mushtaq".
pub(crate) fn scorecard_before(doc: &Doc<'_>, first: usize) -> bool {
    // "(b) Germany" is a list label, not a scorecard.
    first.checked_sub(1).is_some_and(|i| {
        matches!(doc.tokens[i].text, "c" | "b" | "lbw" | "st")
            && !(i > 0 && doc.tokens[i - 1].is("("))
    })
}

/// True when the chunk is a multi-word name starting with a given name.
pub(crate) fn starts_with_given_name(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    last > first && doc.word(first).is_given_name()
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::entities_of;

    /// [`super::title_before`] and [`super::nationality`] ask only words:
    /// every title and nationality opens with a letter, and a title has
    /// letters after a hyphen, so none ends in punctuation or a number.
    #[test]
    fn titles_are_words() {
        let list = include_str!("../lexicon/titles.txt");
        for line in list
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let title = line.split('\t').next().unwrap_or("").trim();
            assert!(
                title.starts_with(|c: char| c.is_ascii_alphabetic()),
                "{title}"
            );
            for part in title.split('-').skip(1) {
                assert!(part.starts_with(char::is_alphabetic), "{title}");
            }
        }
        let list = include_str!("../lexicon/demonyms.txt");
        for line in list
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let demonym = line.split('\t').next().unwrap_or("").trim();
            assert!(demonym.starts_with(char::is_alphabetic), "{demonym}");
        }
    }

    #[test]
    fn titles_and_roles_make_people() {
        let e = entities_of("Talks ended when President Lula left and striker Tom Vane scored.");
        assert!(e.contains(&("person".into(), "Lula".into())), "{e:?}");
        assert!(e.contains(&("person".into(), "Tom Vane".into())), "{e:?}");
    }

    #[test]
    fn given_name_age_and_reporting_verb() {
        let e = entities_of("The deal was signed by Phil Simmons. Okonkwo, 45, said it was over.");
        assert!(
            e.contains(&("person".into(), "Phil Simmons".into())),
            "{e:?}"
        );
        assert!(e.contains(&("person".into(), "Okonkwo".into())), "{e:?}");
        // A lone unknown word that speaks is more often a company.
        let e = entities_of("Shares fell after Cofinec said profits slid.");
        assert!(
            e.contains(&("organisation".into(), "Cofinec".into())),
            "{e:?}"
        );
    }

    #[test]
    fn surname_alone_joins_the_full_name() {
        let e = entities_of("Police named Mehmet Goren. Goren was held in Ankara.");
        assert!(
            e.contains(&("person".into(), "Mehmet Goren".into())),
            "{e:?}"
        );
        assert!(!e.contains(&("person".into(), "Goren".into())), "{e:?}");
    }

    #[test]
    fn portfolio_titles_and_hyphenated_titles() {
        let e = entities_of("Ukraine's Defence Minister Oleksii Reznikov met U.N. Secretary-General Antonio Guterres.");
        assert!(
            e.contains(&("person".into(), "Oleksii Reznikov".into())),
            "{e:?}"
        );
        assert!(
            e.contains(&("person".into(), "Antonio Guterres".into())),
            "{e:?}"
        );
    }

    #[test]
    fn a_surname_opening_a_sentence_is_not_enough() {
        let e = entities_of("Wheat futures rose on the news.");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn cricket_scorecards_name_players() {
        let e = entities_of("Saeed Anwar c Croft b Cork 176\nAamir Sohail lbw b Mullally 46");
        for name in ["Croft", "Cork", "Mullally"] {
            assert!(e.contains(&("person".into(), name.into())), "{e:?}");
        }
    }

    #[test]
    fn titles_are_not_swallowed() {
        let e = entities_of("It was Prime Minister Ana Brnabic who spoke.");
        assert!(
            e.contains(&("person".into(), "Ana Brnabic".into())),
            "{e:?}"
        );
    }
}
