//! Rules that say a name is an organisation's.
//!
//! Evidence: the name is a well-known organisation or agency (lexicon); it
//! ends with an organisation head-word or legal suffix ("… Organisation",
//! "… Party", "… Ltd") or starts with one ("Ministry of …", "University
//! of …"); or it is a short all-capital acronym ("MIT", "IS-K").

use super::Doc;

/// True when the chunk ends or starts with an organisation head-word and
/// has at least one other word.
pub(crate) fn has_org_word(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    if last == first {
        return false;
    }
    let lex = doc.lex;
    lex.is_org_end(doc.tokens[last].text) || lex.is_org_start(doc.tokens[first].text)
}

/// True when the chunk is an acronym: one all-capital word of two to six
/// letters, or such words joined by hyphens ("IS-K").
pub(crate) fn is_acronym(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let span = &doc.text[doc.tokens[first].start..doc.tokens[last].end];
    let letters = span.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && span.chars().next().is_some_and(char::is_uppercase)
        && span
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '-' | '.' | '&'))
        && (first..=last).all(|i| doc.tokens[i].is_all_caps() || doc.tokens[i].text.len() <= 2)
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::entities_of;

    #[test]
    fn head_words_and_suffixes() {
        let e = entities_of(
            "Shares of Northwind Holdings Ltd rose after the Ministry of Finance spoke.",
        );
        assert!(
            e.contains(&("organisation".into(), "Northwind Holdings Ltd".into())),
            "{e:?}"
        );
        assert!(
            e.contains(&("organisation".into(), "Ministry of Finance".into())),
            "{e:?}"
        );
    }

    #[test]
    fn lexicon_and_acronyms() {
        let e = entities_of("Reuters reported that the KPRF and NATO met.");
        assert!(
            e.contains(&("organisation".into(), "Reuters".into())),
            "{e:?}"
        );
        assert!(e.contains(&("organisation".into(), "KPRF".into())), "{e:?}");
        assert!(e.contains(&("organisation".into(), "NATO".into())), "{e:?}");
    }
}
