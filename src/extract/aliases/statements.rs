//! Alias statements: the article saying outright that two names are one.
//!
//! "Full Name (ACR)", "ACR (Full Name)", "ACR, the Full Name,", "X (Y)"
//! for organisations, and cue phrases after a name: "known by the code
//! name", "also known as", "a.k.a.", "nicknamed", "formerly", "officially
//! the", "formally known as", "whose real name is". Before reading them,
//! names cut by a possessive are rejoined where the whole is a known name
//! or the acronym after it spells the whole ("United Nations Children's
//! Fund (UNICEF)", "Democratic People's Republic of Korea").

use rustc_hash::FxHashSet as HashSet;

use super::acronyms::initials_match;
use super::{AliasKind, Link};
use crate::extract::evidence::{self, span_entry, Ev, Label, Rule};
use crate::extract::tokens::TokenKind;
use crate::extract::{Candidate, Doc, EntityType};

/// Phrases that introduce an alias after a name, with their kind, the
/// longest first so that "formerly known as" wins over "formerly".
const CUES: &[(&[&str], AliasKind)] = &[
    (
        &["known", "by", "the", "nom", "de", "guerre"],
        AliasKind::CodeName,
    ),
    (
        &["known", "by", "his", "nom", "de", "guerre"],
        AliasKind::CodeName,
    ),
    (
        &["known", "by", "her", "nom", "de", "guerre"],
        AliasKind::CodeName,
    ),
    (&["known", "by", "the", "code", "name"], AliasKind::CodeName),
    (&["whose", "nom", "de", "guerre", "is"], AliasKind::CodeName),
    (&["known", "by", "the", "codename"], AliasKind::CodeName),
    (&["known", "by", "the", "alias"], AliasKind::AlsoKnownAs),
    (&["code", "-", "named"], AliasKind::CodeName),
    (&["nom", "de", "guerre"], AliasKind::CodeName),
    (&["also", "known", "as"], AliasKind::AlsoKnownAs),
    (&["better", "known", "as"], AliasKind::AlsoKnownAs),
    (&["formerly", "known", "as"], AliasKind::FormerName),
    (&["officially", "known", "as"], AliasKind::AlsoKnownAs),
    (&["formally", "known", "as"], AliasKind::AlsoKnownAs),
    (&["known", "as"], AliasKind::AlsoKnownAs),
    (&["formerly", "called"], AliasKind::FormerName),
    (&["officially", "the"], AliasKind::AlsoKnownAs),
    (&["officially", "called"], AliasKind::AlsoKnownAs),
    (&["formally", "the"], AliasKind::AlsoKnownAs),
    (&["codenamed"], AliasKind::CodeName),
    (&["a.k.a."], AliasKind::AlsoKnownAs),
    (&["aka"], AliasKind::AlsoKnownAs),
    (&["alias"], AliasKind::AlsoKnownAs),
    (&["nicknamed"], AliasKind::Nickname),
    (&["dubbed"], AliasKind::Nickname),
    (&["formerly"], AliasKind::FormerName),
];

/// Finds alias statements between candidates. The alias side takes the
/// main side's type, since the statement says they are the same thing.
pub(crate) fn find_statements(doc: &Doc<'_>, cands: &mut Vec<Candidate>) -> Vec<Link> {
    join_possessives(doc, cands);
    let cands = cands.as_mut_slice();
    let toks = &doc.tokens;
    // Last words of people named in full, to tell citations "(Smith)":
    // listed now, as the names are before any statement retypes them,
    // and made a set only for the first name in brackets, which most
    // articles lack (#17).
    let surname_list: Vec<&str> = cands
        .iter()
        .filter(|c| c.ty == Some(EntityType::Person) && c.last() > c.first())
        .map(|c| toks[c.last()].text)
        .collect();
    let mut surnames: Option<HashSet<&str>> = None;
    let by_first = ByFirst::new(cands);
    let mut links = Vec::new();
    // Ties `alias` to `main`; the statement runs from the first of the two
    // to `end_token` (a closing bracket or quote, when there is one).
    let mut link = |cands: &mut [Candidate], main: usize, alias: usize, kind, end_token: usize| {
        let Some(ty) = cands[main].ty else { return };
        cands[alias].ty = Some(ty);
        cands[alias].rule = Label::ALIAS;
        cands[alias].strength = 3;
        let first = cands[main].first().min(cands[alias].first());
        links.push(Link {
            main: (cands[main].first(), cands[main].last()),
            alias: (cands[alias].first(), cands[alias].last()),
            kind,
            evidence: (toks[first].start, toks[end_token].end()),
        });
    };
    // The name after a cue, even when a leading common word was trimmed
    // off it ("also known as Big Sam" keeps "Big").
    let name_at = |cands: &mut [Candidate], j: usize| -> Option<usize> {
        if let Some(k) = by_first.get(j) {
            return Some(k);
        }
        let k = by_first.get(j + 1)?;
        let trimmed = &toks[j];
        if trimmed.is_capitalised() && !toks[j + 1].line_start {
            cands[k].set_first(j);
            // The wider span pools with its own text (#17: keys are set
            // once, here for the spans statements change).
            cands[k].key = evidence::name_key(doc.span_text(j, cands[k].last()));
            return Some(k);
        }
        None
    };
    for main in 0..cands.len() {
        let after = cands[main].last() + 1;
        // "Full Name (ACR)", "ACR (Full Name)" and "X (Y)".
        if cands[main].ty.is_some() && toks.get(after).is_some_and(|t| t.is("(")) {
            if let Some(inner) = by_first.get(after + 1) {
                let close = cands[inner].last() + 1;
                if toks.get(close).is_some_and(|t| t.is(")")) {
                    if is_acronym_of(doc, &cands[main], &cands[inner]) {
                        link(cands, inner, main, AliasKind::Acronym, close);
                    } else if let Some(kind) = paren_alias_kind(
                        doc,
                        &cands[main],
                        &cands[inner],
                        surnames.get_or_insert_with(|| surname_list.iter().copied().collect()),
                    ) {
                        link(cands, main, inner, kind, close);
                    }
                }
            }
        }
        // "ACR, the Full Name, …".
        let is_the = |i: usize| {
            toks.get(i)
                .is_some_and(|t| t.text.eq_ignore_ascii_case("the"))
        };
        if cands[main].ty.is_some()
            && toks.get(after).is_some_and(|t| t.is(","))
            && is_the(after + 1)
        {
            if let Some(full) = by_first.get(after + 2) {
                if is_acronym_of(doc, &cands[main], &cands[full]) {
                    let end = cands[full].last();
                    link(cands, full, main, AliasKind::Acronym, end);
                }
            }
        }
        // "X, known by the code name "Y"", "X, whose real name is Y".
        // An aside in brackets may stand between: "Natsu Higuchi (born
        // 1872), also known as …"; not after a name that ends a longer one
        // ("Theodorus of Tabennese (c. 314), also known as …").
        let inner = cands[main].first() > 0 && toks[cands[main].first() - 1].is("of");
        let aside = bracket_end(toks, after).filter(|_| !inner);
        let mut i = aside.map_or(after, |close| close + 1);
        if toks.get(i).is_some_and(|t| t.is(",")) {
            i += 1;
        }
        let starts = |words: &[&str]| {
            words.iter().enumerate().all(|(k, w)| {
                toks.get(i + k)
                    .is_some_and(|t| t.text.eq_ignore_ascii_case(w))
            })
        };
        let skip_quotes = |mut j: usize| {
            while toks.get(j).is_some_and(|t| {
                t.kind == TokenKind::Punct && matches!(t.text, "\"" | "“" | "'" | "‘" | ",")
            }) {
                j += 1;
            }
            j
        };
        let closing = |last: usize| {
            let next = last + 1;
            if toks
                .get(next)
                .is_some_and(|t| matches!(t.text, "\"" | "”" | "'" | "’"))
            {
                next
            } else {
                last
            }
        };
        // Most names are followed by no statement: one look at the next
        // word skips the thirty-odd phrases below (#17).
        if !toks.get(i).is_some_and(|t| opens_statement(t.text)) {
            continue;
        }
        if starts(REAL_NAME) {
            if let Some(real) = name_at(cands, skip_quotes(i + REAL_NAME.len())) {
                let end = closing(cands[real].last());
                // The real name is a person's unless it says otherwise.
                if cands[real].ty.is_none() {
                    cands[real].ty = cands[main].ty.or(Some(EntityType::Person));
                }
                link(cands, real, main, AliasKind::AlsoKnownAs, end);
            }
            continue;
        }
        // "X was the pen name of Y": Y is the name, X the alias.
        if let Some(words) = OTHER_NAME_OF.iter().find(|w| starts(w)) {
            // Past a description: "of Japanese author Natsu Higuchi".
            let mut j = i + words.len();
            let described = |t: &crate::extract::tokens::Token<'_>| {
                t.kind == TokenKind::Word
                    && (t.text.starts_with(char::is_lowercase) || doc.lex.demonym(t.text).is_some())
            };
            while j < i + words.len() + 3
                && by_first.get(j).is_none()
                && toks.get(j).is_some_and(described)
            {
                j += 1;
            }
            if let Some(real) = name_at(cands, skip_quotes(j)) {
                if cands[real].ty.is_some() {
                    let end = closing(cands[real].last());
                    link(cands, real, main, AliasKind::AlsoKnownAs, end);
                }
            }
            continue;
        }
        if cands[main].ty.is_none() {
            continue;
        }
        for (words, kind) in CUES {
            if !starts(words) {
                continue;
            }
            if let Some(alias) = name_at(cands, skip_quotes(i + words.len())) {
                let end = closing(cands[alias].last());
                link(cands, main, alias, *kind, end);
            }
            break;
        }
    }
    links
}

/// "X, whose real name is Y".
const REAL_NAME: &[&str] = &["whose", "real", "name", "is"];

/// True when `word` is the first word of a cue, of [`REAL_NAME`] or of
/// [`OTHER_NAME_OF`] (any case): the one word every statement after a
/// name needs.
fn opens_statement(word: &str) -> bool {
    // The first letter rules out most words (punctuation, "said", "the")
    // before the word is copied and lower-cased (#17).
    let first = word.as_bytes().first().map(u8::to_ascii_lowercase);
    if !matches!(
        first,
        Some(b'k' | b'c' | b'n' | b'w' | b'a' | b'b' | b'd' | b'f' | b'o' | b'i')
    ) {
        return false;
    }
    let mut buf = [0u8; 12];
    let Some(lower) = buf.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"known"
            | b"code"
            | b"codenamed"
            | b"nom"
            | b"whose"
            | b"also"
            | b"better"
            | b"a.k.a."
            | b"aka"
            | b"alias"
            | b"nicknamed"
            | b"dubbed"
            | b"formerly"
            | b"officially"
            | b"formally"
            | b"was"
            | b"is"
    )
}

/// "X was the pen name of Y", "X is the stage name of Y".
const OTHER_NAME_OF: &[&[&str]] = &[
    &["was", "a", "pen", "name", "of"],
    &["was", "the", "pen", "name", "of"],
    &["is", "a", "pen", "name", "of"],
    &["is", "the", "pen", "name", "of"],
    &["was", "the", "stage", "name", "of"],
    &["is", "the", "stage", "name", "of"],
];

/// The closing bracket of a short aside opening at `open`, if one does.
fn bracket_end(toks: &[crate::extract::tokens::Token<'_>], open: usize) -> Option<usize> {
    if !toks.get(open)?.is("(") {
        return None;
    }
    (open + 1..toks.len().min(open + 40)).find(|&k| toks[k].is(")"))
}

/// True when `acronym` is a single all-capital word whose letters are the
/// initials of the multi-word name `full` ("UNHCR" / "United Nations High
/// Commissioner for Refugees").
fn is_acronym_of(doc: &Doc<'_>, acronym: &Candidate, full: &Candidate) -> bool {
    let text = doc.span_text(acronym.first(), acronym.last());
    acronym.first() == acronym.last()
        && full.last() > full.first()
        && text.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !text.chars().any(char::is_lowercase)
        && initials_match(doc, full, text)
}

/// Decides whether "(Y)" after X names X again, and how.
fn paren_alias_kind(
    doc: &Doc<'_>,
    main: &Candidate,
    alias: &Candidate,
    surnames: &HashSet<&str>,
) -> Option<AliasKind> {
    let main_text = doc.span_text(main.first(), main.last());
    let alias_text = doc.span_text(alias.first(), alias.last());
    // What the lexicon holds for each side, asked once, and not at all
    // for a name whose first word opens no key (#17).
    let (main_entry, alias_entry) = (
        span_entry(doc, main.first(), main.last()),
        span_entry(doc, alias.first(), alias.last()),
    );
    // A bracketed name that the lexicon knows as something else is a
    // credit or an aside ("(AP)", "(Reuters)"), unless an organisation's
    // formal name stands before it: "The Islamic Resistance Movement
    // (Hamas)".
    if let (Some(known), false) = (
        alias_entry.organisation(),
        main_entry.organisation().is_some(),
    ) {
        let formal = main.ty == Some(EntityType::Organisation)
            && main.last() > main.first()
            && main.strength >= 2
            && main_entry.place().is_none();
        if is_news_agency_credit(alias_text) || !formal && !known.eq_ignore_ascii_case(main_text) {
            return None;
        }
        if formal && !known.eq_ignore_ascii_case(main_text) {
            let acronym = is_acronym_of(doc, alias, main);
            return Some(if acronym {
                AliasKind::Acronym
            } else {
                AliasKind::AlsoKnownAs
            });
        }
    }
    let alias_caps = alias_text
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    if alias_caps && main.last() > main.first() {
        // An acronym of a multi-word name: letters that match its initials,
        // or any acronym after an organisation (names in other languages:
        // MIT for Millî İstihbarat Teşkilatı).
        if initials_match(doc, main, alias_text) || main.ty == Some(EntityType::Organisation) {
            return Some(AliasKind::Acronym);
        }
        // "Tulsa International Airport (TUL)": an airport's code.
        let code = alias_text.len() == 3 && alias_text.chars().all(|c| c.is_ascii_uppercase());
        if code && doc.tokens[main.last()].text == "Airport" {
            return Some(AliasKind::Acronym);
        }
    }
    let same_canonical = match (main_entry.organisation(), alias_entry.organisation()) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    };
    if same_canonical {
        return Some(AliasKind::AlsoKnownAs);
    }
    // "Islamic State (Daesh)": a single unknown-or-organisation name after
    // an organisation; places and people in brackets are something else
    // ("ISTANBUL (Reuters)", "(AP)").
    // "(Maynard)" after a name is a citation when someone in the article
    // has that surname.
    let cited = alias.first() == alias.last() && surnames.contains(alias_text);
    let alias_is_other = cited
        || alias_entry.place().is_some()
        || alias.ty == Some(EntityType::Person) && alias.strength >= 2
        || is_news_agency_credit(alias_text);
    if main.ty == Some(EntityType::Organisation) && !alias_is_other && alias.first() == alias.last()
    {
        return Some(AliasKind::AlsoKnownAs);
    }
    None
}

/// News agencies and outlets that credit a story in brackets.
fn is_news_agency_credit(text: &str) -> bool {
    matches!(
        text,
        "AP" | "AFP"
            | "Reuters"
            | "UPI"
            | "Xinhua"
            | "dpa"
            | "DPA"
            | "PTI"
            | "ANI"
            | "IANS"
            | "AAP"
            | "CP"
            | "EFE"
            | "ANSA"
            | "Kyodo"
            | "Yonhap"
            | "Bernama"
            | "Anadolu"
            | "TASS"
            | "Tass"
            | "Interfax"
            | "RIA"
            | "KCNA"
            | "IRNA"
            | "WAM"
            | "SPA"
            | "CNN"
            | "BBC"
            | "Bloomberg"
            | "AP Photo"
    )
}

/// The candidates by their first token, as they stood when the lookup
/// was made (a statement may widen a span later). Candidates come sorted
/// by span, so a binary search over a copy of their first tokens does
/// what a hash map built for each article did, for less (#17).
struct ByFirst(Vec<usize>);

impl ByFirst {
    fn new(cands: &[Candidate]) -> ByFirst {
        debug_assert!(
            cands
                .windows(2)
                .all(|w| (w[0].first(), w[0].last()) <= (w[1].first(), w[1].last())),
            "candidates sorted by span"
        );
        ByFirst(cands.iter().map(|c| c.first()).collect())
    }

    /// The index of the last candidate that starts at token `first`.
    fn get(&self, first: usize) -> Option<usize> {
        let end = self.0.partition_point(|&f| f <= first);
        (end > 0 && self.0[end - 1] == first).then(|| end - 1)
    }
}

/// Rejoins names that a possessive cut in two ("United Nations Children",
/// "'s", "Fund") when the whole is a known place or organisation, or
/// when an acronym in brackets after it spells the whole and not the
/// second part alone. The parts' candidates become one.
fn join_possessives(doc: &Doc<'_>, cands: &mut Vec<Candidate>) {
    let toks = &doc.tokens;
    // A possessive after the name, and a capitalised word after it on the
    // same line.
    let cut_after = |c: &Candidate| {
        let p = c.last() + 1;
        let is_possessive = toks.get(p).is_some_and(|t| {
            t.kind == TokenKind::Possessive
                || t.is("'") && !t.space_before && toks[p - 1].text.ends_with('s')
        });
        is_possessive
            && toks
                .get(p + 1)
                .is_some_and(|t| !t.line_start && t.is_capitalised())
    };
    // Most articles cut no name so: their candidates are not indexed
    // (#17).
    if !cands.iter().any(cut_after) {
        return;
    }
    let by_first = ByFirst::new(cands);
    let mut removed = vec![false; cands.len()];
    let mut added: Vec<Candidate> = Vec::new();
    for a in 0..cands.len() {
        if removed[a] || !cut_after(&cands[a]) {
            continue;
        }
        let p = cands[a].last() + 1;
        let Some(b) = by_first.get(p + 1) else {
            continue;
        };
        let (first, last) = (cands[a].first(), cands[b].last());
        let whole = doc.span_text(first, last);
        // One probe of the lexicon for both questions, none when the
        // first word opens no key (#17).
        let entry = span_entry(doc, first, last);
        let known = if entry.place().is_some() {
            Some((EntityType::Place, Rule::Gazetteer))
        } else if entry.organisation().is_some() {
            Some((EntityType::Organisation, Rule::OrgLexicon))
        } else {
            let acronym = toks.get(last + 2).filter(|t| {
                toks[last + 1].is("(")
                    && t.is_all_caps()
                    && toks.get(last + 3).is_some_and(|c| c.is(")"))
            });
            let span = |first, last| Candidate::new(first, last, Default::default());
            acronym
                .filter(|t| {
                    initials_match(doc, &span(first, last), t.text)
                        && !initials_match(doc, &span(cands[b].first(), last), t.text)
                })
                .map(|_| (EntityType::Organisation, Rule::AcronymExpansion))
        };
        let Some((ty, rule)) = known else { continue };
        // A country's formal name keeps the place type.
        let ty = match ty {
            EntityType::Organisation if entry.place().is_some() => EntityType::Place,
            t => t,
        };
        removed[a] = true;
        removed[b] = true;
        // The whole is decided like any name, by its evidence: the rule
        // that knows it (and the gazetteer for a country's formal name).
        let mut ev = Ev::default();
        ev.add(rule);
        if ty == EntityType::Place {
            ev.add(Rule::Gazetteer);
        }
        added.push(Candidate {
            ty: Some(ty),
            rule: Label::of(rule),
            strength: 3,
            key: evidence::name_key(whole),
            ..Candidate::new(first, last, ev)
        });
    }
    if added.is_empty() {
        return;
    }
    let mut k = 0;
    cands.retain(|_| {
        k += 1;
        !removed[k - 1]
    });
    cands.extend(added);
    cands.sort_by_key(|c| (c.first(), c.last()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_opens_a_statement() {
        // `opens_statement` rules words out by their first letter first.
        let cues = CUES.iter().map(|(words, _)| words[0]);
        let others = OTHER_NAME_OF.iter().map(|words| words[0]);
        for word in cues.chain(others).chain([REAL_NAME[0]]) {
            assert!(opens_statement(word), "{word}");
            assert!(opens_statement(&word.to_uppercase()), "{word}");
        }
        assert!(!opens_statement("said"));
    }

    #[test]
    fn cues_are_read_longest_first() {
        assert!(CUES.windows(2).all(|w| w[0].0.len() >= w[1].0.len()));
    }

    #[test]
    fn every_statement_opens_with_a_listed_word() {
        let phrases = CUES
            .iter()
            .map(|(words, _)| *words)
            .chain(OTHER_NAME_OF.iter().copied())
            .chain([REAL_NAME]);
        for words in phrases {
            assert!(opens_statement(words[0]), "{words:?}");
            assert!(opens_statement(&words[0].to_uppercase()), "{words:?}");
        }
        assert!(!opens_statement("said"));
        assert!(!opens_statement("extraordinarily"));
    }
}
