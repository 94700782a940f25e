//! Which rules can match an article, from one pass over its words.
//!
//! Every rule names a trigger (in `grammar`): words, or pairs of words
//! that follow each other, at least one of which occurs in every text the
//! rule's pattern matches. The scan reads the article's words once and
//! returns the rules whose trigger occurs; the others cannot match, so
//! they never scan the text and their patterns are not even compiled.
//! A rule that runs scans only the part of the article that can hold its
//! matches: from the first occurrence of its trigger, less the longest a
//! match can be, to the last, plus as much (`search_window` in the parent
//! module). The output is the same as running every rule over the whole
//! article, only cheaper. (A `RegexSet` of all the
//! patterns did the same job, but determinising its automaton on each new
//! article cost more than the searches it saved.)
//!
//! A word is a run of ASCII letters or of ASCII digits, and consecutive
//! words are those with only spaces or punctuation between them. Digit
//! runs are written `#` (any) and `#4` (exactly four digits). A trigger
//! word with a capital ("May") matches only capitalised words (and month
//! names in capitals), for the parts of patterns that are case-sensitive;
//! other words match in any case. A word ending in `*` ("Jan*") matches any capitalised word that
//! starts so. For a trigger to be sound, the pattern must bound its
//! words by non-letters on both sides (`\b`, a space, a digit, a hyphen,
//! a period) and put only spaces or punctuation between a pair.

use crate::pattern::{is_spacing, Known};

mod bytes;
mod table;
use bytes::{is_gap, letters_end, CLASS, DIGIT, LETTER, SPACING, WIDE};
use table::WordTable;

/// What an article must hold for a rule to be worth running.
#[derive(Clone, Copy, Debug)]
pub(super) enum Trigger {
    /// Any of these words.
    Words(&'static [&'static str]),
    /// A word of the first list directly followed by one of the second.
    Pair(&'static [&'static str], &'static [&'static str]),
    /// Any of these triggers.
    Any(&'static [Trigger]),
}

/// A set of rules, bit k for the k-th: room for 128, so that rules can
/// still be added once there are more than 64. (Wider than a machine
/// word, it costs the scan nothing measurable: the masks are only ored
/// and tested, #17.)
pub(super) type RuleSet = u128;

/// The words that open a pair and those that close it.
type PairWords = (&'static [&'static str], &'static [&'static str]);

/// The most rules a [`RuleSet`] holds.
pub(super) const MAX_RULES: usize = RuleSet::BITS as usize;

/// What one word sets: the rules it triggers alone, and the pairs (bit p
/// for the p-th pair) it can open or close. A pair occurs where a word
/// that opens it is followed by one that closes it, so the pairs two
/// neighbouring words make are one `and` of their masks.
#[derive(Clone, Copy, Default)]
struct Bits {
    rules: RuleSet,
    opens: u64,
    closes: u64,
}

impl Bits {
    fn add(&mut self, other: Bits) {
        self.rules |= other.rules;
        self.opens |= other.opens;
        self.closes |= other.closes;
    }
}

/// A word's entry: what it sets in any case, and what it sets only when
/// capitalised.
#[derive(Clone, Copy, Default)]
struct Entry {
    any: Bits,
    capitalised: Bits,
}

/// The triggers of all the rules, ready for the scan.
pub(super) struct Triggers {
    /// Lower-cased words, packed into an integer (see [`pack`]), and the
    /// three-letter starts of capitalised words ("Jan"), packed as written
    /// and marked with [`PREFIX`].
    words: WordTable,
    /// What any run of digits sets, and what a run of four adds.
    digits: Bits,
    four_digits: Bits,
    /// For each length and first letter, the last letters of the trigger
    /// words in `words` (bit 0 for "a"): most words of an article fail
    /// this test, and so skip the hash lookup.
    endings: [[u32; 32]; LONGEST + 1],
    /// For each first letter of a prefix, its second letters.
    prefix_seconds: [u32; 32],
    /// The rules of each pair, by its bit.
    pair_rules: Vec<RuleSet>,
    /// The words of each pair, by its bit.
    pairs: Vec<PairWords>,
}

/// The longest word looked up, in bytes: longer runs are no trigger.
const LONGEST: usize = 16;

/// A lower-cased word of at most [`LONGEST`] bytes as one integer, so that
/// a lookup hashes and compares one number.
/// The twelve month names, lower-cased and packed as [`pack`] does: the
/// words in capitals that count as capitalised.
const MONTH_KEYS: [u128; 12] = [
    pack_const(b"january"),
    pack_const(b"february"),
    pack_const(b"march"),
    pack_const(b"april"),
    pack_const(b"may"),
    pack_const(b"june"),
    pack_const(b"july"),
    pack_const(b"august"),
    pack_const(b"september"),
    pack_const(b"october"),
    pack_const(b"november"),
    pack_const(b"december"),
];

/// [`pack`] for a lower-case word known when compiling.
const fn pack_const(word: &[u8]) -> u128 {
    let mut key = 0;
    let mut i = 0;
    while i < word.len() {
        key |= (word[i] as u128) << (8 * i);
        i += 1;
    }
    key
}

fn pack(word: &[u8]) -> u128 {
    word.iter().enumerate().fold(0, |key, (i, &c)| {
        key | u128::from(c.to_ascii_lowercase()) << (8 * i)
    })
}

impl Triggers {
    /// Compiles the triggers of `rules`, the k-th rule's bit being `1 << k`.
    pub(super) fn new(rules: impl IntoIterator<Item = Trigger>) -> Triggers {
        let mut t = Triggers {
            words: WordTable::default(),
            digits: Bits::default(),
            four_digits: Bits::default(),
            endings: [[0; 32]; LONGEST + 1],
            prefix_seconds: [0; 32],
            pair_rules: Vec::new(),
            pairs: Vec::new(),
        };
        for (k, trigger) in rules.into_iter().enumerate() {
            assert!(k < MAX_RULES, "one bit per rule");
            t.add(trigger, 1 << k);
        }
        t
    }

    fn add(&mut self, trigger: Trigger, rule: RuleSet) {
        match trigger {
            Trigger::Words(words) => {
                for w in words {
                    let bits = Bits {
                        rules: rule,
                        ..Bits::default()
                    };
                    self.set(w, bits);
                }
            }
            Trigger::Pair(first, second) => {
                // Rules with the same pair share its bit: the 64 bits
                // then go further, at no cost to the scan.
                if let Some(p) = self
                    .pairs
                    .iter()
                    .position(|&known| known == (first, second))
                {
                    self.pair_rules[p] |= rule;
                    return;
                }
                let p = self.pair_rules.len();
                assert!(p < 64, "at most 64 pairs");
                self.pairs.push((first, second));
                self.pair_rules.push(rule);
                for w in first {
                    let bits = Bits {
                        opens: 1 << p,
                        ..Bits::default()
                    };
                    self.set(w, bits);
                }
                for w in second {
                    let bits = Bits {
                        closes: 1 << p,
                        ..Bits::default()
                    };
                    self.set(w, bits);
                }
            }
            Trigger::Any(alternatives) => {
                for &a in alternatives {
                    self.add(a, rule);
                }
            }
        }
    }

    /// Records what `word` sets, by its spelling: digits, a prefix,
    /// capitalised, or any case.
    fn set(&mut self, word: &'static str, bits: Bits) {
        assert!(word.len() <= LONGEST, "trigger word too long: {word}");
        match word {
            "#" => return self.digits.add(bits),
            "#4" => return self.four_digits.add(bits),
            _ => {}
        }
        assert!(
            word.bytes().all(|c| c.is_ascii_alphabetic() || c == b'*'),
            "{word}"
        );
        if let Some(prefix) = word.strip_suffix('*') {
            assert!(prefix.len() == 3, "prefixes are three letters: {word}");
            let b = prefix.as_bytes();
            self.prefix_seconds[letter(b[0])] |= 1 << letter(b[1]);
            return self.words.entry(pack_raw(b) | PREFIX).any.add(bits);
        }
        let b = word.as_bytes();
        self.endings[b.len()][letter(b[0])] |= 1 << letter(b[b.len() - 1]);
        let entry = self.words.entry(pack(b));
        if word.starts_with(|c: char| c.is_ascii_uppercase()) {
            entry.capitalised.add(bits);
        } else {
            entry.any.add(bits);
        }
    }

    /// The rules (bit k for the k-th) whose trigger occurs in `text`.
    #[cfg_attr(not(test), allow(dead_code))] // the tests read the bits alone
    pub(super) fn scan(&self, text: &str) -> RuleSet {
        self.locate(text).hits
    }

    /// The rules whose trigger occurs in `text`, where their triggers
    /// first and last occur, and the longest runs of spacing and digits.
    ///
    /// The scan runs over every byte of every article, so it reads each
    /// byte's class from a table and keeps its running figures in locals.
    // Out of line, once per article: so that profiles show the scan.
    #[inline(never)]
    pub(super) fn locate(&self, text: &str) -> Located {
        let b = text.as_bytes();
        let mut found = Located {
            hits: 0,
            occurrences: Vec::with_capacity(64),
            everywhere: false,
            ascii: true,
            widest_space: 0,
            widest_digits: 0,
        };
        let (mut widest_space, mut widest_digits) = (0, 0);
        let mut prev_opens = 0u64;
        let mut prev_start = 0;
        let mut space = 0;
        let mut i = 0;
        while i < b.len() {
            let start = i;
            // Letters first, as most bytes are; then digits; then the
            // rare character outside ASCII; then what stands between words.
            let class = CLASS[usize::from(b[i])];
            let bits = if class == LETTER {
                i = letters_end(b, i + 1);
                let (may, may_prefix) = self.may_trigger(b, start, i);
                if !may {
                    // Most words: nothing to record, no pair to open.
                    prev_opens = 0;
                    (i, space) = over_one_space(b, i);
                    widest_space = widest_space.max(space);
                    continue;
                }
                self.word_bits(b, start, i, may_prefix)
            } else if class == DIGIT {
                i += 1;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                widest_digits = widest_digits.max(i - start);
                let mut bits = self.digits;
                if i - start == 4 {
                    bits.add(self.four_digits);
                }
                bits
            } else if class == WIDE {
                let ch = text[i..].chars().next().expect("a char starts here");
                // Patterns read Unicode digits as digits, and read the
                // Kelvin sign and the long s as "k" and "s" when they
                // ignore case: neither is a word of this scan, so with
                // one in the text every rule runs.
                if ch.is_numeric() || ch == '\u{212A}' || ch == '\u{17F}' {
                    return Located::everywhere(text.len());
                }
                found.ascii = false;
                i += ch.len_utf8();
                space = if is_spacing(ch) { space + i - start } else { 0 };
                widest_space = widest_space.max(space);
                continue;
            } else {
                // Spacing or other, to the next letter, digit or wide
                // character, in a loop of its own: a gap such as ", " or
                // ".\n\n" then takes one turn of the scan's loop, not one
                // a byte, and the scan's test for a letter, which each
                // such byte failed, mispredicted less (cachegrind, #17).
                // The run of spacing is counted without a branch: which
                // of the two comes next varies with the text.
                let mut class = class;
                loop {
                    debug_assert!(is_gap(class));
                    i += 1;
                    space = (space + 1) * usize::from(class == SPACING);
                    widest_space = widest_space.max(space);
                    match b.get(i) {
                        Some(&c) if is_gap(CLASS[usize::from(c)]) => class = CLASS[usize::from(c)],
                        _ => break,
                    }
                }
                continue;
            };
            // The pairs first: they start at the word before, so the
            // occurrences stay in the order of the text.
            let mut pairs = prev_opens & bits.closes;
            while pairs != 0 {
                found.mark(self.pair_rules[pairs.trailing_zeros() as usize], prev_start);
                pairs &= pairs - 1;
            }
            found.mark(bits.rules, start);
            prev_opens = bits.opens;
            prev_start = start;
            (i, space) = over_one_space(b, i);
            widest_space = widest_space.max(space);
        }
        found.widest_space = widest_space;
        found.widest_digits = widest_digits;
        found
    }

    /// Whether the run of letters `b[start..end]` may set anything: its
    /// length, first and last letters are those of a trigger word, or it
    /// is capitalised and starts as a prefix may. Most words fail this
    /// test, which costs a fraction of the lookup. Also whether the word
    /// may start as a prefix, so that the lookup of a capitalised word
    /// that cannot ("Reuters") skips the prefix's.
    fn may_trigger(&self, b: &[u8], start: usize, end: usize) -> (bool, bool) {
        let n = end - start;
        if n > LONGEST {
            return (false, false);
        }
        let first = letter(b[start]);
        // Both tests in full, joined without short cuts: which of them
        // holds varies word by word, and a branch on each mispredicted
        // often (cachegrind, #17); one branch on both is cheaper. (The
        // byte after the first is read whatever the length, as the
        // prefix test counts only for three letters or more: no branch.)
        let listed = self.endings[n][first] & 1 << letter(b[end - 1]) != 0;
        let second = b.get(start + 1).copied().unwrap_or(0);
        let may_prefix = (n >= 3)
            & b[start].is_ascii_uppercase()
            & (self.prefix_seconds[first] & 1 << letter(second) != 0);
        (listed | may_prefix, may_prefix)
    }

    /// What the run of letters `b[start..end]`, of at most [`LONGEST`]
    /// bytes, sets; `may_prefix` as [`Triggers::may_trigger`] found it.
    fn word_bits(&self, b: &[u8], start: usize, end: usize, may_prefix: bool) -> Bits {
        let n = end - start;
        let word = &b[start..end];
        // The word's bytes as one integer, the bytes after it zeroed.
        let raw = match b.get(start..start + LONGEST) {
            Some(sixteen) => {
                let all = u128::from_le_bytes(sixteen.try_into().expect("sixteen bytes"));
                all & u128::MAX >> (8 * (LONGEST - n))
            }
            None => pack_raw(word),
        };
        // Letters are lower case when their 0x20 bit is set: setting it in
        // each of the word's bytes lower-cases the word, and the word is
        // capitalised when only its first byte lacks it.
        let case_bits = LOWER_CASE_BITS >> (8 * (LONGEST - n));
        // A month name in capitals ("MARCH 3, 2021" in a dateline) counts
        // as capitalised too; other words in capitals (headlines, sports
        // tables) do not, which spares their rules a search.
        let capitalised = raw & case_bits == case_bits & !0x20
            || raw & case_bits == 0 && MONTH_KEYS.contains(&(raw | case_bits));
        let mut bits = Bits::default();
        if let Some(e) = self.words.get(raw | case_bits) {
            bits = e.any;
            if capitalised {
                bits.add(e.capitalised);
            }
        }
        if may_prefix {
            if let Some(p) = self.words.get(raw & 0xFF_FFFF | PREFIX) {
                bits.add(p.any);
            }
        }
        bits
    }
}

/// Where the scan goes on after a word or a number that ends at `i`, and
/// the run of spacing it has stepped over: a single space between words
/// is the commonest separator, and stepping over it here spares a turn of
/// the scan's loop (#17). A longer run goes on from there.
fn over_one_space(b: &[u8], i: usize) -> (usize, usize) {
    match b.get(i) {
        Some(b' ') => (i + 1, 1),
        _ => (i, 0),
    }
}

/// `word`'s bytes as one little-endian integer, as they stand.
fn pack_raw(word: &[u8]) -> u128 {
    word.iter()
        .rev()
        .fold(0, |key, &c| key << 8 | u128::from(c))
}

/// What [`Triggers::locate`] finds in a text.
pub(super) struct Located {
    /// The rules whose trigger occurs, bit k for the k-th.
    pub(super) hits: RuleSet,
    /// Where triggers occur, in the order of the text: the byte offset
    /// where an occurrence starts (a pair's at its first word), with the
    /// rules it triggers.
    pub(super) occurrences: Vec<(usize, RuleSet)>,
    /// Every rule may match anywhere: the text holds a character the scan
    /// cannot read (the occurrences are then left out).
    pub(super) everywhere: bool,
    /// The text is all ASCII: its searches need not look (see
    /// [`crate::pattern::Known`]).
    pub(super) ascii: bool,
    /// The longest run of spacing (whitespace characters and hyphens),
    /// in bytes.
    pub(super) widest_space: usize,
    /// The longest run of ASCII digits.
    pub(super) widest_digits: usize,
}

impl Located {
    /// What the searches of the text may take for granted.
    pub(super) fn known(&self) -> Known {
        match self.ascii {
            true => Known::Ascii,
            false => Known::Unknown,
        }
    }

    /// Every rule may match anywhere in a text of `len` bytes.
    fn everywhere(len: usize) -> Located {
        Located {
            hits: RuleSet::MAX,
            occurrences: Vec::new(),
            everywhere: true,
            ascii: false,
            widest_space: len,
            widest_digits: len,
        }
    }

    /// Records an occurrence at `start` of the triggers of `rules`.
    fn mark(&mut self, rules: RuleSet, start: usize) {
        if rules != 0 {
            self.hits |= rules;
            self.occurrences.push((start, rules));
        }
    }
}

/// The place of an ASCII letter in the alphabet, in either case: 0 for
/// "a" or "A". Kept below 32 for any byte, so that the tables it indexes,
/// 32 long, need no bounds check in the scan (#17).
fn letter(c: u8) -> usize {
    usize::from((c | 0x20).wrapping_sub(b'a') & 31)
}

/// The mark of a prefix's key in the word table: a top byte no packed
/// word of letters has.
const PREFIX: u128 = 0x80 << 120;

/// The 0x20 bit of each of [`LONGEST`] bytes.
const LOWER_CASE_BITS: u128 = u128::from_le_bytes([0x20; LONGEST]);

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: &[Trigger] = &[
        Trigger::Words(&["week", "May"]),
        Trigger::Pair(&["#"], &["years", "Jan*"]),
        Trigger::Any(&[Trigger::Words(&["#4"]), Trigger::Pair(&["the"], &["day"])]),
        Trigger::Words(&["#"]),
    ];

    fn scan(text: &str) -> RuleSet {
        Triggers::new(RULES.iter().copied()).scan(text)
    }

    #[test]
    fn words_in_any_case_and_capitalised_ones() {
        assert_eq!(scan("a WEEK on"), 0b0001);
        assert_eq!(scan("it may rain"), 0);
        assert_eq!(scan("in May it rained"), 0b0001);
        // Month names in capitals count as capitalised: "MARCH 3, 2021";
        // other words in capitals do not.
        assert_eq!(scan("IN MAY"), 0b0001);
        assert_eq!(scan("iN mAY"), 0);
        assert_eq!(scan("the weekend"), 0);
        let weekdays = Triggers::new([Trigger::Words(&["Monday"])]);
        assert_eq!(weekdays.scan("On Monday"), 1);
        assert_eq!(weekdays.scan("ON MONDAY"), 0);
    }

    /// Room for 128 rules: the last one's trigger sets the top bit.
    #[test]
    fn a_hundred_and_twenty_eight_rules_fit() {
        let mut rules = vec![Trigger::Words(&["week"]); MAX_RULES - 1];
        rules.push(Trigger::Pair(&["#"], &["years"]));
        let t = Triggers::new(rules);
        assert_eq!(t.scan("for 5 years"), 1 << 127);
        assert_eq!(t.scan("a week"), RuleSet::MAX >> 1);
    }

    /// Rules with the same pair share its bit, and both run.
    #[test]
    fn rules_with_the_same_pair_share_its_bit() {
        const YEARS: Trigger = Trigger::Pair(&["#"], &["years"]);
        let t = Triggers::new([YEARS, Trigger::Words(&["week"]), YEARS]);
        assert_eq!(t.pair_rules.len(), 1);
        assert_eq!(t.scan("for 5 years"), 0b101);
    }

    #[test]
    fn pairs_follow_each_other() {
        assert_eq!(scan("for 5 years"), 0b1010);
        assert_eq!(scan("for 5 long years"), 0b1000);
        assert_eq!(scan("5-Janet"), 0b1010);
        assert_eq!(scan("5 janet"), 0b1000);
        assert_eq!(scan("The Day, in 1999"), 0b1100);
        assert_eq!(scan("in 19999"), 0b1000);
    }

    #[test]
    fn unicode_digits_and_case_folds_run_everything() {
        assert_eq!(scan("in ١٩٩٦"), RuleSet::MAX);
        assert_eq!(scan("\u{212A}"), RuleSet::MAX);
        assert_eq!(scan("“quoted” – text"), 0);
    }

    /// The scan reads only ASCII letters as letters; that is sound because
    /// a case-insensitive pattern's ASCII letter matches no other
    /// character but the two the scan watches for.
    #[test]
    fn only_two_characters_fold_to_ascii_letters() {
        let mut folded = Vec::new();
        for letter in b'a'..=b'z' {
            let re = regex::Regex::new(&format!("(?i)^{}$", letter as char)).unwrap();
            for ch in (0x80..=0x10FFFF).filter_map(char::from_u32) {
                if re.is_match(ch.encode_utf8(&mut [0; 4])) {
                    folded.push(ch);
                }
            }
        }
        assert_eq!(folded, ['\u{212A}', '\u{17F}']);
    }

    /// A gap of spacing and punctuation is read in one run: its longest
    /// stretch of spacing is counted, punctuation breaks the stretch, and
    /// a pair still spans it.
    #[test]
    fn gaps_between_words() {
        let t = Triggers::new(RULES.iter().copied());
        let found = t.locate("5, \n - years.) ; week");
        // A hyphen is spacing too: " \n - " is five bytes of it.
        assert_eq!(found.widest_space, 5);
        assert_eq!(found.hits, 0b1011);
        assert_eq!(t.locate("a.  ,   b").widest_space, 3);
        assert_eq!(t.locate("week!!").widest_space, 0);
        for b in 0..=255u8 {
            let class = CLASS[usize::from(b)];
            assert_eq!(is_gap(class), b < 0x80 && !b.is_ascii_alphanumeric());
        }
    }

    #[test]
    fn where_triggers_occur() {
        let text = "for 5 years,  in 1999\u{a0} and 7 years -- 12";
        let found = Triggers::new(RULES.iter().copied()).locate(text);
        assert_eq!(found.hits, 0b1110);
        let at = |k: usize| -> Vec<usize> {
            found
                .occurrences
                .iter()
                .filter(|o| o.1 & 1 << k != 0)
                .map(|o| o.0)
                .collect()
        };
        assert_eq!(
            at(1),
            [text.find("5 years").unwrap(), text.find("7 years").unwrap()]
        );
        assert_eq!(at(2), [text.find("1999").unwrap()]);
        assert_eq!(at(3), [4, 17, 28, text.rfind("12").unwrap()]);
        assert!(found.occurrences.is_sorted_by_key(|o| o.0));
        assert_eq!(found.widest_space, 4);
        assert_eq!(found.widest_digits, 4);
        assert!(!found.ascii);
        assert!(Triggers::new(RULES.iter().copied()).locate("in 1999").ascii);
    }
}
