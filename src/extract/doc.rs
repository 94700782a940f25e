//! The shared view of one article that every rule reads: its tokens,
//! the lines in capitals and boilerplate, the words it writes in lower
//! case, and what the lexicon says of each token, asked once (#17).

use std::cell::{Cell, RefCell};

use super::boilerplate::is_boilerplate;
use super::tokens::{self, Token, TokenKind};
use crate::lexicon::{Entry, Lexicon};

mod words;

use words::{pack_at, WordSet, WordSetBuilder};

/// Shared view of one article for the rules.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token<'a>>,
    pub lex: &'static Lexicon,
    /// Every word the article writes in lower case: a capitalised word
    /// also written so is an ordinary word ("Economics", "Wave").
    pub lower_words: WordSet<'a>,
    /// Tokens on lines written in capitals (headlines, wire slugs).
    pub shouting: Vec<bool>,
    /// Tokens on boilerplate lines ("Recommended For You").
    pub boilerplate: Vec<bool>,
    /// The text with its ASCII letters in lower case, at the same byte
    /// offsets: the lower case of an ASCII span is a slice of it, so the
    /// rules that probe words in any case copy nothing (#17).
    lower: String,
    /// The article body is ASCII (nearly every English article): then
    /// the lower case of every span is a slice of `lower`, and the span
    /// need not be checked for other bytes each time a rule asks (#17).
    ascii: bool,
    /// What the lexicon said of each token, once asked: one vector, set
    /// up with one allocation and one fill (#17).
    asked: Vec<Asked>,
    /// For each token, how many tokens before it hold a lower-case
    /// letter (and one more entry for the end), so that whether a span
    /// does ([`Doc::has_lowercase_in`]) is one subtraction: most span
    /// rules ask it, and scanned the tokens each time (#17).
    lower_before: Vec<u32>,
}

/// The lexicon's answers kept for one token: plain numbers, so that
/// setting up one a token is a fill, not a clone of options (#17).
#[derive(Default)]
struct Asked {
    /// What the lexicon holds for the token as written ([`Doc::word`]),
    /// as [`Entry::to_bits`]; 0 until asked.
    word: Cell<u64>,
    /// The same for the token in lower case ([`Doc::lower_word`]).
    lower: Cell<u64>,
    /// The answers of [`Doc::is_title_at`] for spans of two and three
    /// tokens starting here, two bits each (asked, title), bits 2 to 5:
    /// segmentation tries the same cuts again and again (#17). The two
    /// highest bits keep the answer of [`Doc::is_written_in_lower_case`]
    /// ([`LOWER_ASKED`], [`LOWER_YES`]), which the rules of every span
    /// holding the token ask.
    titles: Cell<u8>,
}

/// In [`Asked::titles`], above the bits of the titles: whether
/// [`Doc::is_written_in_lower_case`] was asked of the token, and its
/// answer.
const LOWER_ASKED: u8 = 1 << 6;
const LOWER_YES: u8 = 1 << 7;

/// The vectors of the last document, kept by each thread for the next
/// one. Made new for each article, they were memory that the allocator
/// hands out in turn from its pages, long gone from the caches: each
/// line of tokens and answers written missed the L2 cache. Kept, they are
/// the same few kilobytes each time (#17). Emptied, they hold no text,
/// so the tokens' lifetime is that of any text.
#[derive(Default)]
struct Spare {
    tokens: Vec<Token<'static>>,
    asked: Vec<Asked>,
    shouting: Vec<bool>,
    boilerplate: Vec<bool>,
    lower_before: Vec<u32>,
    lower: String,
    keys: Vec<u128>,
    slots: Vec<u32>,
}

thread_local! {
    static SPARE: RefCell<Spare> = RefCell::default();
}

/// `n` times `value` in `v`, emptied first: its room is kept.
fn refill<T: Clone>(mut v: Vec<T>, n: usize, value: T) -> Vec<T> {
    v.clear();
    v.resize(n, value);
    v
}

impl Drop for Doc<'_> {
    /// Hands the document's vectors back for the next one ([`Spare`]).
    fn drop(&mut self) {
        let mut tokens = std::mem::take(&mut self.tokens);
        tokens.clear();
        // The empty vector as one of tokens of any text. (The standard
        // library collects a vector's iterator into a vector of the same
        // layout in place, keeping its room; should it not, the room is
        // only made again.)
        let tokens = tokens
            .into_iter()
            .map(|_| unreachable!("the vector is empty"))
            .collect();
        let (keys, slots) = self.lower_words.take_vectors();
        let spare = Spare {
            tokens,
            asked: std::mem::take(&mut self.asked),
            shouting: std::mem::take(&mut self.shouting),
            boilerplate: std::mem::take(&mut self.boilerplate),
            lower_before: std::mem::take(&mut self.lower_before),
            lower: std::mem::take(&mut self.lower),
            keys,
            slots,
        };
        // (`try_with`: a document dropped as the thread ends keeps
        // nothing.)
        let _ = SPARE.try_with(|s| *s.borrow_mut() = spare);
    }
}

impl<'a> Doc<'a> {
    pub(super) fn new(text: &'a str, from: usize) -> Doc<'a> {
        let spare = SPARE
            .try_with(|s| std::mem::take(&mut *s.borrow_mut()))
            .unwrap_or_default();
        let tokens = tokens::tokenize_into(text, from, spare.tokens);
        let ascii = text.as_bytes()[from..].is_ascii();
        // Sized up front: most words are in lower case.
        let mut lower_words = WordSetBuilder::with_capacity(spare.keys, tokens.len());
        let mut lower_before = spare.lower_before;
        lower_before.clear();
        lower_before.reserve(tokens.len() + 1);
        let mut count = 0u32;
        lower_before.push(0);
        // The words in lower case are found 64 tokens at a time: each
        // token sets its bit without a branch, and the words are then
        // added from bit to bit. Which tokens are words in lower case
        // follows the text, and a branch on each token missed about one
        // token in three (#17). (The counts in the same loop: a loop
        // over the tokens costs about as much as their work, #17.)
        for block in tokens.chunks(64) {
            let mut wanted = 0u64;
            for (j, t) in block.iter().enumerate() {
                // (In ASCII a word is in lower case when not capitalised:
                // the token says so without a load of its text, #17.)
                let lower = if ascii {
                    !t.is_capitalised()
                } else {
                    starts_lowercase(t.text)
                };
                wanted |= u64::from((t.kind == TokenKind::Word) & lower) << j;
                count += u32::from(t.has_lowercase());
                lower_before.push(count);
            }
            while wanted != 0 {
                let t = &block[wanted.trailing_zeros() as usize];
                lower_words.insert_in(text.as_bytes(), t.start, t.text);
                wanted &= wanted - 1;
            }
        }
        let lower_words = lower_words.build(spare.slots);
        let mut lower = spare.lower;
        lower.clear();
        lower.push_str(text);
        lower.make_ascii_lowercase();
        let mut asked = spare.asked;
        asked.clear();
        // (Made, not cloned: a clone a token cost more than the stores
        // of its zeros, #17.)
        asked.resize_with(tokens.len(), Asked::default);
        let mut doc = Doc {
            text,
            shouting: refill(spare.shouting, tokens.len(), false),
            boilerplate: refill(spare.boilerplate, tokens.len(), false),
            lower,
            ascii,
            asked,
            lower_before,
            tokens,
            lex: Lexicon::get(),
            lower_words,
        };
        doc.mark_lines();
        doc
    }

    /// The text from the start of token `first` to the end of `last`.
    #[inline]
    pub fn span_text(&self, first: usize, last: usize) -> &'a str {
        &self.text[self.tokens[first].start..self.tokens[last].end()]
    }

    /// Calls `f` with the text from token `first` to `last` in lower
    /// case, as [`crate::lexicon::with_lowercase`] would, but without a
    /// copy when the span is ASCII.
    #[inline]
    pub fn with_lower<R>(&self, first: usize, last: usize, f: impl FnOnce(&str) -> R) -> R {
        let (start, end) = (self.tokens[first].start, self.tokens[last].end());
        if self.ascii || self.text[start..end].is_ascii() {
            f(&self.lower[start..end])
        } else {
            crate::lexicon::with_lowercase(&self.text[start..end], f)
        }
    }

    /// True when a token from `first` to `last` holds a lower-case
    /// letter.
    #[inline]
    pub fn has_lowercase_in(&self, first: usize, last: usize) -> bool {
        self.lower_before[last + 1] > self.lower_before[first]
    }

    /// True when the article body is ASCII: then so is every span of it,
    /// and a rule need not check its span's bytes (#17).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// True when the article writes token `i`, in lower case, as a word
    /// of its own in lower case ([`Doc::lower_words`]). Kept with the
    /// token's other answers: the rules of each span holding the token,
    /// and the name lists, ask it again (#17).
    #[inline]
    pub fn is_written_in_lower_case(&self, i: usize) -> bool {
        let cell = &self.asked[i].titles;
        let known = cell.get();
        if known & LOWER_ASKED != 0 {
            return known & LOWER_YES != 0;
        }
        let yes = self.ask_written_in_lower_case(i);
        cell.set(known | LOWER_ASKED | if yes { LOWER_YES } else { 0 });
        yes
    }

    /// [`Doc::is_written_in_lower_case`] the first time. An ASCII token
    /// is packed from one load of the lower-cased text, with no copy.
    #[inline(never)]
    fn ask_written_in_lower_case(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        match pack_at(self.lower.as_bytes(), t.start, t.end() - t.start) {
            // (Bytes from 0x80 are as in the text, and mean it is not
            // ASCII.)
            Some(key) if key & ASCII_HIGH_BITS == 0 => self.lower_words.contains_packed(key),
            _ => self.with_lower(i, i, |w| self.lower_words.contains(w)),
        }
    }

    /// True when the `n` tokens (one to three) from `first` read as a
    /// title or role ([`Lexicon::is_title`]), asked of the lexicon once.
    #[inline]
    pub fn is_title_at(&self, first: usize, n: usize) -> bool {
        debug_assert!((1..=3).contains(&n));
        if n == 1 {
            // Kept with the token's other answers in lower case: no
            // second cache to read and set (#17).
            self.lower_word(first).is_title()
        } else {
            self.is_title_span(first, n)
        }
    }

    /// [`Doc::is_title_at`] for two or three tokens, out of line: the
    /// question of one token, most of them, is answered inline (#17).
    #[inline(never)]
    fn is_title_span(&self, first: usize, n: usize) -> bool {
        let (asked, title) = (1u8 << (2 * (n - 1)), 2u8 << (2 * (n - 1)));
        let cell = &self.asked[first].titles;
        let known = cell.get();
        if known & asked != 0 {
            return known & title != 0;
        }
        let (start, end) = (self.tokens[first].start, self.tokens[first + n - 1].end());
        let yes = if self.ascii || self.text[start..end].is_ascii() {
            // Already in lower case: the lexicon need not check it again.
            self.lex.entry(&self.lower[start..end]).is_title()
        } else {
            self.with_lower(first, first + n - 1, |w| self.lex.is_title(w))
        };
        cell.set(known | asked | if yes { title } else { 0 });
        yes
    }

    /// What the lexicon holds for token `i` as written: probed once
    /// however many rules ask (is it a place, a given name, an
    /// organisation word…).
    #[inline]
    pub fn word(&self, i: usize) -> Entry {
        match Entry::from_bits(self.asked[i].word.get()) {
            Some(entry) => entry,
            None => self.ask_word(i),
        }
    }

    /// [`Doc::word`] the first time, out of line as
    /// [`Doc::ask_lower_word`] (#17).
    #[inline(never)]
    fn ask_word(&self, i: usize) -> Entry {
        let t = &self.tokens[i];
        // (Packed from one load of the text when it can be, #17.)
        let entry = match pack_at(self.text.as_bytes(), t.start, t.end() - t.start) {
            Some(key) => self.lex.entry_packed(key),
            None => self.lex.entry(t.text),
        };
        self.asked[i].word.set(entry.to_bits());
        entry
    }

    /// What the lexicon holds for token `i` in title case ("LONDON" →
    /// London, "AL-QAEDA" → Al-Qaeda, as
    /// [`crate::extract::segment::title_case`] writes it). Headlines and
    /// datelines ask it of their words in capitals: an ASCII word is
    /// title-cased as a packed number and probed so, where a copy of its
    /// text was title-cased and hashed (#17).
    pub fn title_word(&self, i: usize) -> Entry {
        let t = &self.tokens[i];
        match pack_at(self.text.as_bytes(), t.start, t.end() - t.start) {
            Some(key) if key & ASCII_HIGH_BITS == 0 => {
                self.lex.entry_packed(title_case_packed(key))
            }
            _ => super::segment::with_title_case(t.text, |w| self.lex.entry(w)),
        }
    }

    /// What the lexicon holds for tokens `first..=last` as written: for
    /// one token, the answer kept by [`Doc::word`] (#17).
    #[inline]
    pub fn entry_at(&self, first: usize, last: usize) -> Entry {
        if first == last {
            self.word(first)
        } else {
            self.span_entry(first, last)
        }
    }

    /// [`Doc::entry_at`] for more than one token, out of line: the
    /// answer kept for one token is read inline (#17).
    #[inline(never)]
    fn span_entry(&self, first: usize, last: usize) -> Entry {
        self.lex.entry(self.span_text(first, last))
    }

    /// What the lexicon holds for token `i` in lower case (titles,
    /// function and dictionary words), probed once.
    #[inline]
    pub fn lower_word(&self, i: usize) -> Entry {
        match Entry::from_bits(self.asked[i].lower.get()) {
            Some(entry) => entry,
            None => self.ask_lower_word(i),
        }
    }

    /// [`Doc::lower_word`] the first time: the lexicon is asked. Kept
    /// out of line, so that the answers already kept, half the calls,
    /// are read where they are asked for, without a call (#17).
    #[inline(never)]
    fn ask_lower_word(&self, i: usize) -> Entry {
        let t = &self.tokens[i];
        // An ASCII token is packed from one load of the lower-cased text
        // (#17); the lower case of other letters is not in it.
        let entry = match pack_at(self.lower.as_bytes(), t.start, t.end() - t.start) {
            Some(key) if key & ASCII_HIGH_BITS == 0 => self.lex.entry_packed(key),
            _ => self.with_lower(i, i, |w| self.lex.entry(w)),
        };
        self.asked[i].lower.set(entry.to_bits());
        entry
    }

    /// True when token `i` (any case) is a function word
    /// ([`Lexicon::is_function_word`]).
    pub fn is_function_word_at(&self, i: usize) -> bool {
        self.lower_word(i).is_function_word()
    }

    /// True when token `i` (any case) is a dictionary word
    /// ([`Lexicon::is_dictionary_word`]).
    pub fn is_dictionary_word_at(&self, i: usize) -> bool {
        self.lower_word(i).is_dictionary_word()
    }

    /// Marks lines written in capitals and boilerplate lines.
    fn mark_lines(&mut self) {
        let n = self.tokens.len();
        let mut start = 0;
        let (mut words, mut caps) = (0usize, 0usize);
        // One pass counts the words of a line and finds its end (#17).
        for i in 0..n {
            // Counted without a branch (a word in capitals is a word):
            // words and punctuation alternate with no pattern (#17).
            let t = &self.tokens[i];
            words += usize::from(t.kind == TokenKind::Word);
            caps += usize::from(t.is_all_caps());
            if self.tokens.get(i + 1).is_some_and(|next| !next.line_start) {
                continue;
            }
            let end = i + 1;
            if words >= 3 && caps * 5 >= words * 4 {
                self.shouting[start..end].fill(true);
            }
            let line = &self.text[self.tokens[start].start..self.tokens[end - 1].end()];
            if words <= 16 && is_boilerplate(line, self.ascii) {
                self.boilerplate[start..end].fill(true);
            }
            start = end;
            (words, caps) = (0, 0);
        }
    }
}

/// True when `word` opens with a lower-case letter; ASCII is settled
/// from its first byte.
#[inline]
fn starts_lowercase(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        _ => word.starts_with(char::is_lowercase),
    }
}

/// A packed ASCII word ([`pack_at`]) in title case: the first letter of
/// each word within it raised, the others lowered, as
/// `segment::title_case` does to ASCII text.
fn title_case_packed(key: u128) -> u128 {
    let mut bytes = key.to_le_bytes();
    let len = usize::from(bytes[15]);
    let mut at_start = true;
    for b in &mut bytes[..len] {
        let letter = b.is_ascii_alphabetic();
        if letter {
            // (Bit 5 is the case of an ASCII letter.)
            *b = if at_start { *b & !0x20 } else { *b | 0x20 };
        }
        at_start = !letter && *b != b'\'';
    }
    u128::from_le_bytes(bytes)
}

/// The high bit of each byte of a packed word but the length's: set only
/// by bytes from 0x80, which are not ASCII.
const ASCII_HIGH_BITS: u128 = 0x0080_8080_8080_8080_8080_8080_8080_8080;

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Prime Minister Ana Brandt of Ruritania met the CHIEF EXECUTIVE of \
                        Acme Ltd in Paris; Ünal Öztürk, a Turkish striker, said so.";

    #[test]
    fn lower_case_spans_match_to_lowercase() {
        let doc = Doc::new(TEXT, 0);
        let n = doc.tokens.len();
        for first in 0..n {
            for last in first..n.min(first + 4) {
                let want = doc.span_text(first, last).to_lowercase();
                doc.with_lower(first, last, |w| assert_eq!(w, want));
            }
        }
    }

    #[test]
    fn cached_answers_match_the_lexicon() {
        let doc = Doc::new(TEXT, 0);
        let lex = doc.lex;
        let n = doc.tokens.len();
        // Twice: the second round reads the caches.
        for _ in 0..2 {
            for i in 0..n {
                for len in 1..=3.min(n - i) {
                    let text = doc.span_text(i, i + len - 1);
                    assert_eq!(doc.is_title_at(i, len), lex.is_title(text), "{text}");
                }
                let (w, t) = (doc.word(i), doc.tokens[i].text);
                assert_eq!(
                    w.place().map(|p| p.kind),
                    lex.place(t).map(|p| p.kind),
                    "{t}"
                );
                assert_eq!(w.organisation(), lex.organisation(t), "{t}");
                assert_eq!(w.demonym(), lex.demonym(t), "{t}");
                assert_eq!(w.is_given_name(), lex.is_given_name(t), "{t}");
                assert_eq!(w.is_surname(), lex.is_surname(t), "{t}");
                assert_eq!(w.is_org_end(), lex.is_org_end(t), "{t}");
                assert_eq!(w.is_org_start(), lex.is_org_start(t), "{t}");
                assert_eq!(doc.is_function_word_at(i), lex.is_function_word(t), "{t}");
                assert_eq!(
                    doc.is_dictionary_word_at(i),
                    lex.is_dictionary_word(t),
                    "{t}"
                );
            }
        }
        // The title case of each word, packed or not ("ÜNAL" is not).
        let caps = Doc::new(
            "LONDON (Reuters) - AL-QAEDA, the U.S. and O'NEILL of 3M met in \
             NEW YORK; ÜNAL ÖZTÜRK and PARIS-BASED INTERNATIONAL ORGANIZATIONS",
            0,
        );
        for (i, t) in caps.tokens.iter().enumerate() {
            let want = lex.entry(&crate::extract::segment::title_case(t.text));
            assert_eq!(caps.title_word(i).to_bits(), want.to_bits(), "{}", t.text);
        }
        assert!(caps.title_word(0).is_place());
        let at = |w: &str| doc.tokens.iter().position(|t| t.text == w).unwrap();
        assert!(doc.is_title_at(at("Prime"), 2));
        assert!(doc.is_title_at(at("Minister"), 1));
        assert!(doc.word(at("Paris")).place().is_some());
        assert!(doc.word(at("Turkish")).demonym().is_some());
    }

    #[test]
    fn lower_words_are_the_words_written_in_lower_case() {
        let doc = Doc::new(TEXT, 0);
        for t in &doc.tokens {
            let lower = t.kind == TokenKind::Word && t.text.starts_with(char::is_lowercase);
            assert_eq!(doc.lower_words.contains(t.text), lower, "{}", t.text);
        }
        // Asked of a token, packed from the lower-cased text or not.
        let text = "The Wave met the wave; ÖZ and öz; Said said so. Economics economics Zorvex";
        let doc = Doc::new(text, 0);
        // Twice, the titles asked in between: the answers are kept in the
        // same cell as theirs.
        for i in (0..doc.tokens.len()).chain(0..doc.tokens.len()) {
            for n in 2..=3.min(doc.tokens.len() - i) {
                doc.is_title_at(i, n);
            }
            let want = doc.with_lower(i, i, |w| doc.lower_words.contains(w));
            assert_eq!(
                doc.is_written_in_lower_case(i),
                want,
                "{}",
                doc.tokens[i].text
            );
            let lower = doc.tokens[i..=i].iter().any(|t| t.has_lowercase());
            assert_eq!(doc.has_lowercase_in(i, i), lower);
        }
        let last = doc.tokens.len() - 1;
        assert!(doc.is_written_in_lower_case(1) && !doc.is_written_in_lower_case(last));
    }

    #[test]
    fn a_document_reuses_the_vectors_of_the_last() {
        let first = Doc::new(TEXT, 0);
        let n = first.tokens.len();
        drop(first);
        let kept = SPARE.with(|s| {
            let s = s.borrow();
            (s.tokens.capacity(), s.asked.capacity(), s.lower.capacity())
        });
        assert!(
            kept.0 >= n && kept.1 >= n && kept.2 >= TEXT.len(),
            "{kept:?}"
        );
        // The next document, shorter, answers as a new one would: nothing
        // of the last is left in the vectors.
        let text = "Ana met Acme Ltd.";
        let doc = Doc::new(text, 0);
        assert_eq!(doc.tokens.len(), 4);
        assert_eq!(doc.lower, "ana met acme ltd.");
        assert!(doc.shouting.iter().chain(&doc.boilerplate).all(|&b| !b));
        assert!(doc.lower_words.contains("met") && !doc.lower_words.contains("prime"));
        assert!((0..4).all(|i| doc.asked[i].word.get() == 0));
        assert_eq!(doc.lower_before, [0, 1, 2, 3, 4]);
    }

    #[test]
    fn lower_words_are_found_across_blocks_of_tokens() {
        // Past 64 tokens, the words are found block by block.
        let text: String = (0..150)
            .map(|k| match k % 5 {
                0 => format!("Word{k}"),
                1 => format!("word{k}"),
                2 => ",".to_string(),
                3 => format!("{k}"),
                _ => format!("ünal{k}"),
            })
            .collect::<Vec<_>>()
            .join(" ");
        for text in [text.replace('ü', "u"), text] {
            let doc = Doc::new(&text, 0);
            assert!(doc.tokens.len() > 128);
            let mut count = 0;
            for (i, t) in doc.tokens.iter().enumerate() {
                let lower = t.kind == TokenKind::Word && t.text.starts_with(char::is_lowercase);
                assert_eq!(doc.lower_words.contains(t.text), lower, "{}", t.text);
                assert_eq!(doc.lower_before[i], count);
                count += u32::from(t.has_lowercase());
            }
        }
    }

    #[test]
    fn tokens_know_their_lower_case_letters() {
        let doc = Doc::new(TEXT, 0);
        for t in &doc.tokens {
            assert_eq!(
                t.has_lowercase(),
                t.text.chars().any(char::is_lowercase),
                "{}",
                t.text
            );
        }
    }
}
