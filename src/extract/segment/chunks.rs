//! Chunks: maximal runs of capitalised words, joined across hyphens,
//! name particles ("of", "bin", "al-", "von der"), hyphenated given names
//! ("Kim Dae-jung") and a number before an organisation word ("Channel 4
//! News"), never across lines.

use crate::extract::tokens::{Token, TokenKind};
use crate::extract::Doc;
use crate::lexicon::WordList;

/// Name particles that may sit inside a name between capitalised words.
pub(crate) static PARTICLES: WordList = WordList::new(&[
    "of", "for", "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "dos", "das",
    "bin", "ibn", "al", "el", "le", "la", "y", "ter", "&", "and",
]);

/// The most tokens a name may span ("Abu Yasir Al Turki" is 4; "Organisation
/// of the Petroleum Exporting Countries" 6).
pub(crate) const MAX_NAME_TOKENS: usize = 12;

/// Maximal runs of capitalised words, as (first, last) token indices.
pub(crate) fn chunks(doc: &Doc<'_>) -> Vec<(usize, usize)> {
    let toks = &doc.tokens;
    // News prose runs to about one chunk in eight tokens: sized so, the
    // list is rarely moved as it grows (#17).
    let mut out = Vec::with_capacity(toks.len() / 8 + 4);
    let opens = openings(toks);
    let mut i = 0;
    while let Some(at) = next_opening(&opens, i) {
        i = at;
        if doc.shouting[i] || doc.boilerplate[i] || !starts_name(doc, i) {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        // "al-Qaeda": a lower-case particle glued by a hyphen; "von der
        // Leyen", "de Gaulle": name particles before a surname.
        if !toks[i].is_capitalised() {
            last = if toks[i + 1].is_dash() {
                i + 2
            } else {
                (i + 1..i + 3)
                    .find(|&k| toks[k].is_capitalised())
                    .expect("starts_name saw it")
            };
        }
        loop {
            let n = last + 1;
            let Some(next) = toks.get(n) else { break };
            if next.line_start || next.sentence_start {
                break;
            }
            // The usual case, another capitalised word after a space,
            // first: none of the joins below applies to it (#17).
            if next.is_capitalised() && next.space_before {
                last = n;
                continue;
            }
            let capitalised_after = |k: usize, glued: bool| {
                toks.get(k).is_some_and(|t| {
                    (t.is_capitalised() || glued && t.kind == TokenKind::Number)
                        && (!glued || !t.space_before)
                        && !t.line_start
                        && !t.sentence_start
                })
            };
            // "Inzamam-ul-Haq": a short lower-case particle inside a
            // hyphenated name.
            let glued_particle = next.is_dash()
                && !next.space_before
                && toks.get(n + 1).is_some_and(|t| {
                    !t.space_before && t.text.len() <= 3 && t.text.starts_with(char::is_lowercase)
                })
                && toks
                    .get(n + 2)
                    .is_some_and(|t| t.is_dash() && !t.space_before)
                && capitalised_after(n + 3, true);
            if glued_particle {
                last = n + 3;
                continue;
            }
            // "Kim Dae-jung", "Moon Jae-in": a hyphenated given name whose
            // second syllable is in lower case; not "Putin-led",
            // "Moscow-based" (one word, or a common suffix word).
            let syllable = last > first
                && next.is_dash()
                && !next.space_before
                && toks[last].text.chars().count() <= 6
                && toks.get(n + 1).is_some_and(|t| {
                    !t.space_before
                        && t.kind == TokenKind::Word
                        && t.text.starts_with(char::is_lowercase)
                        && t.text.chars().count() <= 4
                        && !HYPHEN_SUFFIXES.contains(&t.text)
                })
                && !toks
                    .get(n + 2)
                    .is_some_and(|t| t.is_dash() && !t.space_before);
            if syllable {
                last = n + 1;
                continue;
            }
            // "Ursula von der Leyen", "Charles de la Fuente": two particles.
            let two_particles = matches!(
                next.text,
                "von" | "van" | "de" | "da" | "dos" | "das" | "di" | "del" | "della"
            ) && toks
                .get(n + 1)
                .is_some_and(|t| matches!(t.text, "der" | "den" | "la" | "le" | "los" | "las"))
                && capitalised_after(n + 2, false);
            if two_particles {
                last = n + 2;
                continue;
            }
            // "Channel 4 News": a number inside a name closed by an
            // organisation word.
            let numbered = next.kind == TokenKind::Number
                && next.space_before
                && toks
                    .get(n + 1)
                    .is_some_and(|t| t.space_before && !t.line_start && doc.lex.is_org_end(t.text));
            if numbered {
                last = n + 1;
                continue;
            }
            let dash_joined =
                next.is_dash() && !next.space_before && capitalised_after(n + 1, true);
            // "Organisation for Security and Cooperation in Europe": "in"
            // continues a name that already has an organisation word.
            // (Bounded by the longest name, so runs of capitals stay linear.)
            // But an organisation word right before "in" has closed the
            // name: "Kenton High School in Ohio" is a school and a place.
            let org_in = next.is("in")
                && last - first < MAX_NAME_TOKENS
                && !doc.word(last).is_org_end()
                && (first..=last).any(|k| doc.word(k).is_org_end() || doc.word(k).is_org_start());
            // (The capital after it first: it rules out most words.)
            let particle_joined =
                capitalised_after(n + 1, false) && (PARTICLES.contains(&next.text) || org_in);
            let prefix_joined = matches!(next.text, "al" | "el")
                && toks
                    .get(n + 1)
                    .is_some_and(|t| t.is_dash() && !t.space_before)
                && capitalised_after(n + 2, true);
            if next.is_capitalised() && next.space_before {
                last = n;
            } else if dash_joined || particle_joined {
                last = n + 1;
            } else if prefix_joined {
                last = n + 2;
            } else {
                break;
            }
        }
        out.push((first, last));
        i = last + 1;
    }
    out
}

/// One bit per token (64 to a word), set where a name may open: a
/// capitalised word, or a short word in lower case ("von", "al", "the")
/// with a capitalised one one or two tokens on. [`starts_name`] has the
/// last word.
///
/// Most tokens open nothing, and which do follows the text, not a pattern
/// a branch predictor learns: told token by token, that test was
/// mispredicted once in two tokens, the dearest line of segmentation.
/// Here each token only sets its bits, without a branch, and the test is
/// made on 64 tokens at once; the openings are then found from bit to
/// bit (#17).
fn openings(toks: &[Token<'_>]) -> Vec<u64> {
    // Per block of 64 tokens: which are capitalised, which short words.
    let blocks: Vec<(u64, u64)> = toks
        .chunks(64)
        .map(|block| {
            let (mut capitalised, mut short) = (0u64, 0u64);
            for (j, t) in block.iter().enumerate() {
                capitalised |= u64::from(t.is_capitalised()) << j;
                let short_word = (t.kind == TokenKind::Word) & (t.text.len() <= 5);
                short |= u64::from(short_word) << j;
            }
            (capitalised, short)
        })
        .collect();
    // The capitals one and two tokens on are the capitals' bits shifted
    // down, with the first two of the next block carried in.
    (0..blocks.len())
        .map(|b| {
            let (capitalised, short) = blocks[b];
            let next = blocks.get(b + 1).map_or(0, |&(c, _)| c);
            let soon = (capitalised >> 1 | next << 63) | (capitalised >> 2 | next << 62);
            capitalised | short & soon
        })
        .collect()
}

/// The first token at or after `from` whose bit is set in `opens`.
fn next_opening(opens: &[u64], from: usize) -> Option<usize> {
    let mut word = from / 64;
    let mut bits = opens.get(word)? & (u64::MAX << (from % 64));
    while bits == 0 {
        word += 1;
        bits = *opens.get(word)?;
    }
    Some(word * 64 + bits.trailing_zeros() as usize)
}

/// Lower-case words after a hyphen that make a compound, not a
/// hyphenated given name: "Putin-led", "Trump-era", "Paris-born".
static HYPHEN_SUFFIXES: WordList = WordList::new(&[
    "led", "run", "era", "like", "type", "free", "wide", "long", "held", "only", "old", "born",
    "made", "high", "low", "ish", "ist", "ism", "ite", "ian", "side", "day", "year", "week",
    "area", "zone", "bred", "size", "used", "new",
]);

/// True for particles that may open a surname written without the given
/// name: "von der Leyen", "de Gaulle", "bin Salman".
pub(crate) fn is_surname_particle(word: &str) -> bool {
    matches!(
        word,
        "von"
            | "van"
            | "de"
            | "der"
            | "den"
            | "du"
            | "da"
            | "di"
            | "del"
            | "della"
            | "dos"
            | "das"
            | "bin"
            | "ibn"
            | "ter"
    )
}

/// The second letters, as bits, that follow each first letter (a row a
/// letter) at the start of the particles that may open a name
/// ([`is_surname_particle`], "al", "el").
static PARTICLE_STARTS: [u32; 26] = {
    const STARTS: [&str; 12] = [
        "vo", "va", "de", "du", "da", "di", "do", "bi", "ib", "te", "al", "el",
    ];
    let mut rows = [0; 26];
    let mut k = 0;
    while k < STARTS.len() {
        let b = STARTS[k].as_bytes();
        rows[(b[0] - b'a') as usize] |= 1 << (b[1] - b'a');
        k += 1;
    }
    rows
};

/// False when `word` opens with two letters no particle that may open a
/// name opens with; read without a branch on the word.
fn may_open_particle(word: &str) -> bool {
    let b = word.as_bytes();
    let first = b.first().map_or(0, |&x| x.wrapping_sub(b'a'));
    let second = b.get(1).map_or(0xff, |&x| x.wrapping_sub(b'a'));
    let row = PARTICLE_STARTS[usize::from(first.min(25))];
    (first < 26) & (second < 26) & (row >> (second & 31) & 1 != 0)
}

/// True when a name may start at token `i`.
fn starts_name(doc: &Doc<'_>, i: usize) -> bool {
    let t = &doc.tokens[i];
    if t.is_capitalised() {
        return true;
    }
    // (Most words in lower case before a capital are "the", "in", "of":
    // their first two letters rule them out, where the tests below,
    // word against word, mispredicted on them, #17.)
    if !may_open_particle(t.text) {
        return false;
    }
    // "von der Leyen said": one or two particles and a capitalised word,
    // after a word that is not itself part of a name.
    let toks = &doc.tokens;
    // (The tokens' flags first, the words last: this runs for every
    // lower-case word, and few stand before a capitalised one, #17. The
    // flags are combined with `&`, not `&&`: one branch, not three.)
    let after_plain = i == 0 || !toks[i - 1].is_capitalised();
    let cap = |k: usize| {
        toks.get(k)
            .is_some_and(|w| w.is_capitalised() & w.space_before & !w.sentence_start)
    };
    let second = || {
        toks.get(i + 1)
            .is_some_and(|w| matches!(w.text, "der" | "den" | "la" | "le"))
    };
    if after_plain && (cap(i + 1) || cap(i + 2) && second()) && is_surname_particle(t.text) {
        return true;
    }
    matches!(t.text, "al" | "el")
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|d| d.is_dash() && !d.space_before)
        && doc
            .tokens
            .get(i + 2)
            .is_some_and(|w| w.is_capitalised() && !w.space_before)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particles_that_open_names_pass_the_two_letter_test() {
        let particles = [
            "von", "van", "de", "der", "den", "du", "da", "di", "del", "della", "dos", "das",
            "bin", "ibn", "ter", "al", "el",
        ];
        for p in particles {
            assert!(may_open_particle(p), "{p}");
            assert!(is_surname_particle(p) || matches!(p, "al" | "el"), "{p}");
        }
        for w in [
            "the", "in", "of", "a", "and", "to", "at", "by", "for", "", "é", "v", "zz",
        ] {
            assert!(!may_open_particle(w), "{w}");
        }
        let e = crate::extract::tests::entities_of("Talks with von der Leyen and al-Sharif ended.");
        assert!(e.iter().any(|(_, n)| n == "von der Leyen"), "{e:?}");
    }
}
