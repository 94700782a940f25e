//! Acronyms and the names they stand for.
//!
//! An acronym matches a name when its letters can be read off the name in
//! order (after Schwartz and Hearst, 2003): every capitalised word gives
//! its initial, small words ("of", "and", "for", "the") may give theirs or
//! be skipped, and a letter may also come from inside the word whose
//! initial was just used. So "UNICEF" is read off "United Nations
//! Children's Fund" (U, N-i, C-e, F) and "DPRK" off "Democratic People's
//! Republic of Korea", while "MLB" is not read off "Boston Red Sox of
//! Major League Baseball": "Boston", "Red" and "Sox" give no letter.

use super::super::tokens::TokenKind;
use super::super::{Candidate, Doc};

/// The words of `first..=last` that can give letters: possessives and
/// punctuation left out.
fn letter_words<'a>(doc: &Doc<'a>, first: usize, last: usize) -> Vec<&'a str> {
    (first..=last)
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .map(|i| doc.tokens[i].text)
        .collect()
}

/// The most letters, and the most words, [`reads_off`] compares.
const MAX_READ: usize = 16;

/// True when the letters of `acronym` (two or more) can be read off
/// `words` as described in the module documentation.
///
/// The letters and the table of what was tried live on the stack, and
/// the first letter is compared before any word is lower-cased: alias
/// statements ask this of most bracketed words, and building the vectors
/// of letters and the table cost about five thousand instructions a
/// question (#17).
pub(crate) fn reads_off(words: &[&str], acronym: &str) -> bool {
    let mut letters = ['\0'; MAX_READ];
    let mut n = 0;
    for c in acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
    {
        if n == MAX_READ {
            return false;
        }
        letters[n] = c;
        n += 1;
    }
    let letters = &letters[..n];
    if letters.len() < 2 || words.is_empty() || words.len() > MAX_READ {
        return false;
    }
    // The first word always gives the first letter.
    if words[0].chars().flat_map(char::to_lowercase).next() != Some(letters[0]) {
        return false;
    }
    let words: Vec<Vec<char>> = words
        .iter()
        .map(|w| w.chars().flat_map(char::to_lowercase).collect())
        .collect();
    // Small words in lower case may give no letter.
    let mut skippable = [false; MAX_READ];
    for (s, w) in skippable.iter_mut().zip(&words) {
        *s = w.first().is_some_and(|c| c.is_lowercase());
    }
    // memo[l][w]: can letters[l..] be read off words[w..]?
    let mut memo = [[None; MAX_READ + 1]; MAX_READ + 1];
    fn go(
        l: usize,
        w: usize,
        letters: &[char],
        words: &[Vec<char>],
        skippable: &[bool],
        memo: &mut [[Option<bool>; MAX_READ + 1]; MAX_READ + 1],
    ) -> bool {
        if w == words.len() {
            return l == letters.len();
        }
        if let Some(v) = memo[l][w] {
            return v;
        }
        let mut ok = skippable[w] && go(l, w + 1, letters, words, skippable, memo);
        if !ok && l < letters.len() && words[w].first() == Some(&letters[l]) {
            // The initial, then k more letters from inside the word.
            let inner = &words[w][1..];
            let mut l2 = l + 1;
            let mut pos = 0;
            loop {
                if go(l2, w + 1, letters, words, skippable, memo) {
                    ok = true;
                    break;
                }
                let Some(&next) = letters.get(l2) else { break };
                match inner[pos..].iter().position(|&c| c == next) {
                    Some(k) => {
                        pos += k + 1;
                        l2 += 1;
                    }
                    None => break,
                }
            }
        }
        memo[l][w] = Some(ok);
        ok
    }
    go(0, 0, letters, &words, &skippable, &mut memo)
}

/// True when `acronym` can be read off the name `main`.
pub(crate) fn initials_match(doc: &Doc<'_>, main: &Candidate, acronym: &str) -> bool {
    reads_off(&letter_words(doc, main.first(), main.last()), acronym)
}

/// True when tokens `first..=last` are bracketed right after an acronym
/// they spell out ("UNHCR (United Nations …)"), or are followed by one in
/// brackets ("United Nations … (UNHCR)").
pub(crate) fn spelled_by_adjacent_acronym(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let toks = &doc.tokens;
    let words = letter_words(doc, first, last);
    let spells = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.is_all_caps() && reads_off(&words, t.text))
    };
    let before = first >= 2 && toks[first - 1].is("(") && spells(first - 2);
    let after = toks.get(last + 1).is_some_and(|t| t.is("("))
        && spells(last + 2)
        && toks.get(last + 3).is_some_and(|t| t.is(")"));
    before || after
}

/// The keys ([`LettersKey`]) of the initials of a multi-word name, in
/// capitals: with every word ("UNHCFR") and without the lower-case small
/// words ("UNHCR"). Keys, not `String`s: grouping only matches them
/// against the letters of one-word names (#17).
pub(crate) fn initials(doc: &Doc<'_>, c: &Candidate) -> [u64; 2] {
    let mut all = LettersKey::default();
    let mut capitals = LettersKey::default();
    for i in c.first()..=c.last() {
        let t = &doc.tokens[i];
        if t.kind != TokenKind::Word {
            continue;
        }
        if let Some(first) = t.text.chars().next() {
            first.to_uppercase().for_each(|c| all.push(c));
            if first.is_uppercase() {
                capitals.push(first);
            }
        }
    }
    [all.finish(), capitals.finish()]
}

/// A key of a sequence of characters, built one character at a time:
/// equal sequences, equal keys (a collision between two of an article's
/// names is as unlikely as for grouping's other 64-bit keys).
#[derive(Default)]
pub(crate) struct LettersKey {
    hasher: rustc_hash::FxHasher,
    /// How many characters were pushed.
    pub len: usize,
}

impl LettersKey {
    pub(crate) fn push(&mut self, c: char) {
        use std::hash::Hasher;
        self.hasher.write_u32(c as u32);
        self.len += 1;
    }

    pub(crate) fn finish(&self) -> u64 {
        use std::hash::Hasher;
        self.hasher.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::reads_off;

    fn words(s: &str) -> Vec<&str> {
        s.split(' ').collect()
    }

    #[test]
    fn acronyms_read_off_their_names() {
        for (name, acr) in [
            ("United Nations Children Fund", "UNICEF"),
            ("Democratic People Republic of Korea", "DPRK"),
            ("United Nations High Commissioner for Refugees", "UNHCR"),
            ("Organization of the Petroleum Exporting Countries", "OPEC"),
            ("American College of Pediatricians", "ACPeds"),
            ("Major League Baseball", "MLB"),
            ("Islamic State of Iraq and the Levant", "ISIL"),
        ] {
            assert!(reads_off(&words(name), acr), "{acr} / {name}");
        }
    }

    #[test]
    fn every_capitalised_word_gives_a_letter() {
        for (name, acr) in [
            ("Boston Red Sox of Major League Baseball", "MLB"),
            ("National Intelligence Organisation", "MIT"),
            ("Central Bank", "AP"),
            ("United States", "UNICEF"),
            // More letters than are compared.
            (
                "Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk Ll Mm Nn Oo Pp Qq",
                "ABCDEFGHIJKLMNOPQ",
            ),
        ] {
            assert!(!reads_off(&words(name), acr), "{acr} / {name}");
        }
    }
}
