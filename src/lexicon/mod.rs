//! Word lists compiled into the binary and the lookups built over them.
//!
//! Each list is a plain text file beside this module: one entry per line,
//! `#` starts a comment line, optional tab-separated fields. Keeping them as
//! data keeps changes reviewable as diffs; `SOURCES.md` says where each
//! comes from and under which licence, and `scripts/gen_lexicons.py`
//! regenerates the derived ones.
//!
//! `build.rs` reads the lists when the crate is compiled and writes them
//! as hash tables laid out in bytes (`table.rs`), which the binary carries
//! and probes in place: nothing is parsed or hashed when a process starts
//! (#17). The list files stay the reviewable source; any change to them
//! rebuilds the tables.

pub mod knowledge;
mod layout;
mod table;

pub use knowledge::{Kinds, Knowledge, Known};
use layout::*;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;
use table::{Record, Table};

/// What kind of place a gazetteer entry is. Countries outrank regions,
/// which outrank cities, when a name is in several lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PlaceKind {
    /// A city or town (GeoNames, population ≥ 15,000).
    City,
    /// A region, state, province, continent or geographic feature.
    Region,
    /// A sovereign country or a usual name for one.
    Country,
}

/// A gazetteer entry.
#[derive(Clone, Copy, Debug)]
pub struct Place {
    /// The kind of place.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 code of the country it lies in, when known.
    pub country: Option<[u8; 2]>,
}

/// All word lists, merged by `build.rs` into one table keyed by the name
/// (or, for the lists looked up in any case, the lower-cased word); see
/// `layout.rs` for its values.
#[derive(Debug)]
pub struct Lexicon {
    table: Table,
}

/// The merged table, compiled in.
static LEXICON: Lexicon = Lexicon {
    table: Table::new(include_bytes!(concat!(env!("OUT_DIR"), "/lexicon.bin"))),
};

impl Lexicon {
    /// The process-wide lexicon, compiled in: nothing is built at run
    /// time.
    pub fn get() -> &'static Lexicon {
        &LEXICON
    }

    /// The flags of `key` and its record (0 and `None` when no list holds
    /// it).
    #[inline]
    fn flags(&self, key: &str) -> (u32, Option<Record>) {
        match self.table.find(key) {
            Some(r) => (self.table.value(r, FLAGS), Some(r)),
            None => (0, None),
        }
    }

    #[inline]
    fn has(&self, key: &str, flag: u32) -> bool {
        self.flags(key).0 & flag != 0
    }

    /// What the table holds for `key` as written (case-sensitively): one
    /// probe that answers every question below about that key.
    #[inline]
    pub fn entry(&self, key: &str) -> Entry {
        let (flags, record) = self.flags(key);
        Entry { flags, record }
    }

    /// [`Lexicon::entry`] for a key of at most fifteen bytes given packed:
    /// its bytes, zeros, and its length in the last byte (as
    /// `u128::from_le_bytes`). The document packs each token from one
    /// load of its text, and the table hashes and compares the number
    /// without a branch on the key's length, which missed on one probe in
    /// two (#17).
    #[inline]
    pub(crate) fn entry_packed(&self, key: u128) -> Entry {
        match self.table.find_packed(key) {
            Some(r) => Entry {
                flags: self.table.value(r, FLAGS),
                record: Some(r),
            },
            None => Entry::NONE,
        }
    }

    /// The gazetteer entry for `name`, matched case-sensitively.
    pub fn place(&self, name: &str) -> Option<Place> {
        self.entry(name).place()
    }

    /// The country a nationality adjective refers to ("Turkish" → TR);
    /// `Some(None)` for demonyms of no single country ("Arab").
    pub fn demonym(&self, word: &str) -> Option<Option<[u8; 2]>> {
        self.entry(word).demonym()
    }

    /// True when `word` is a known given name ("Mehmet", "Mary").
    pub fn is_given_name(&self, word: &str) -> bool {
        self.has(word, GIVEN_NAME)
    }

    /// True when `word` is a frequent surname.
    pub fn is_surname(&self, word: &str) -> bool {
        self.has(word, SURNAME)
    }

    /// True when `words` (any case) is a title or role ("President",
    /// "prime minister", "striker").
    pub fn is_title(&self, words: &str) -> bool {
        with_lowercase(words, |w| self.has(w, TITLE))
    }

    /// True when `word` ends organisation names ("Agency", "Ltd").
    pub fn is_org_end(&self, word: &str) -> bool {
        self.has(word, ORG_END)
    }

    /// True when `word` starts organisation names ("Ministry of …").
    pub fn is_org_start(&self, word: &str) -> bool {
        self.has(word, ORG_START)
    }

    /// The canonical name of a well-known organisation ("UN" → "United
    /// Nations"), matched case-sensitively.
    pub fn organisation(&self, name: &str) -> Option<&str> {
        self.entry(name).organisation()
    }

    /// True when `word` (any case) is a common English word that is never
    /// a name on its own ("The", "However", "Monday").
    pub fn is_function_word(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.has(w, FUNCTION_WORD))
    }

    /// True when `word` (any case) is a common English word of the
    /// dictionary ("natural", "language"), whatever else it may also be.
    pub fn is_dictionary_word(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.has(w, DICTIONARY))
    }
}

/// What the lexicon holds for one key as written ([`Lexicon::entry`]):
/// the article's rules ask the same word many questions, so the document
/// probes each token once and keeps this (#17).
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    flags: u32,
    record: Option<Record>,
}

/// The bit of [`Entry::to_bits`] that no flag uses, so that an entry's
/// bits are never 0.
const ASKED: u32 = 1 << 31;
const _: () = assert!(3 << PLACE_SHIFT < ASKED, "the flags leave the top bit free");

impl Entry {
    /// The entry of a key no list holds.
    pub(crate) const NONE: Entry = Entry {
        flags: 0,
        record: None,
    };

    /// The entry as one number, never 0, so that a cache of entries can
    /// keep 0 for "not asked yet" and be a plain vector of numbers
    /// (`Doc` keeps one a token, #17).
    #[inline]
    pub(crate) fn to_bits(self) -> u64 {
        let record = self.record.map_or(0, Record::to_u32);
        u64::from(record) << 32 | u64::from(self.flags | ASKED)
    }

    /// The entry of [`Entry::to_bits`], or `None` for 0.
    #[inline]
    pub(crate) fn from_bits(bits: u64) -> Option<Entry> {
        (bits != 0).then(|| Entry {
            flags: bits as u32 & !ASKED,
            record: Record::from_u32((bits >> 32) as u32),
        })
    }

    #[inline]
    fn value(self, k: usize) -> Option<u32> {
        Some(LEXICON.table.value(self.record?, k))
    }

    /// The gazetteer entry ([`Lexicon::place`]).
    pub fn place(self) -> Option<Place> {
        let kind = match (self.flags >> PLACE_SHIFT) & 3 {
            1 => PlaceKind::City,
            2 => PlaceKind::Region,
            3 => PlaceKind::Country,
            _ => return None,
        };
        Some(Place {
            kind,
            country: unpack_country(self.value(COUNTRIES)?),
        })
    }

    /// A gazetteer place: [`Entry::place`] is `Some`, without reading the
    /// record (#17).
    #[inline]
    pub fn is_place(self) -> bool {
        (self.flags >> PLACE_SHIFT) & 3 != 0
    }

    /// A country of the gazetteer: [`Entry::place`] is one of kind
    /// [`PlaceKind::Country`], told without reading the record. Grouping
    /// asks it of every name, few of which are countries (#17).
    #[inline]
    pub fn is_country(self) -> bool {
        (self.flags >> PLACE_SHIFT) & 3 == 3
    }

    /// A well-known organisation: [`Entry::organisation`] is `Some` (every
    /// organisation has its canonical name), without reading the record.
    #[inline]
    pub fn is_organisation(self) -> bool {
        self.flags & ORGANISATION != 0
    }

    /// A demonym: [`Entry::demonym`] is `Some`, without reading the record
    /// (#17).
    #[inline]
    pub fn is_demonym(self) -> bool {
        self.flags & DEMONYM != 0
    }

    /// The demonym's country ([`Lexicon::demonym`]).
    pub fn demonym(self) -> Option<Option<[u8; 2]>> {
        if self.flags & DEMONYM == 0 {
            return None;
        }
        Some(unpack_country(self.value(COUNTRIES)? >> 16))
    }

    /// The organisation's canonical name ([`Lexicon::organisation`]).
    pub fn organisation(self) -> Option<&'static str> {
        if self.flags & ORGANISATION == 0 {
            return None;
        }
        LEXICON.table.string(self.value(CANONICAL)?)
    }

    /// A known given name ([`Lexicon::is_given_name`]).
    pub fn is_given_name(self) -> bool {
        self.flags & GIVEN_NAME != 0
    }

    /// A frequent surname ([`Lexicon::is_surname`]).
    pub fn is_surname(self) -> bool {
        self.flags & SURNAME != 0
    }

    /// A word that ends organisation names ([`Lexicon::is_org_end`]).
    pub fn is_org_end(self) -> bool {
        self.flags & ORG_END != 0
    }

    /// A word that starts organisation names ([`Lexicon::is_org_start`]).
    pub fn is_org_start(self) -> bool {
        self.flags & ORG_START != 0
    }

    /// A title or role ([`Lexicon::is_title`]), for the entry of a key
    /// in lower case.
    pub fn is_title(self) -> bool {
        self.flags & TITLE != 0
    }

    /// The first word of a longer key ([`NAME_HEAD`]).
    pub fn opens_name(self) -> bool {
        self.flags & NAME_HEAD != 0
    }

    /// The first word of a longer key in capitals ([`CAPS_HEAD`]).
    pub fn opens_name_in_caps(self) -> bool {
        self.flags & CAPS_HEAD != 0
    }

    /// The first word of a title of several words ([`TITLE_HEAD`]), for
    /// the entry of a key in lower case.
    pub fn opens_title(self) -> bool {
        self.flags & TITLE_HEAD != 0
    }

    /// A function word ([`Lexicon::is_function_word`]), for the entry of
    /// a key in lower case.
    pub fn is_function_word(self) -> bool {
        self.flags & FUNCTION_WORD != 0
    }

    /// A dictionary word ([`Lexicon::is_dictionary_word`]), for the entry
    /// of a key in lower case.
    pub fn is_dictionary_word(self) -> bool {
        self.flags & DICTIONARY != 0
    }
}

/// A short fixed list of words that rules ask about token by token
/// ("said", "van", "beat"): looked up by hash, not by comparing the word
/// with every entry in turn, which cost more than the hash for lists of
/// twenty words and more (#17). Declared `static`, so the set is built once.
///
/// The set hashes with FxHash, several times cheaper than the default
/// SipHash on short words: its keys are our own fixed lists and article
/// text only probes it, so no input can flood it with colliding keys.
/// Most words asked about are not in the list: a filter of the entries'
/// first and last bytes and lengths turns most of them away before any
/// hashing.
pub(crate) struct WordList {
    words: &'static [&'static str],
    set: OnceLock<Listed>,
}

/// A [`WordList`]'s words, hashed, and its filter: for each entry, bit
/// `len % 64` of word `first byte % 32` of `first` and of word `last
/// byte % 32` of `last`. (The first byte and the length alone let a
/// third of a text's words through to the hash; "said" and "that" share
/// them with list words, though not their last byte, #17.)
struct Listed {
    first: [u64; 32],
    last: [u64; 32],
    words: FxHashSet<&'static str>,
}

/// The filter words and bit of a non-empty word: its first byte's row,
/// its last byte's row, and its length's bit.
#[inline]
fn filter_key(word: &str) -> Option<(usize, usize, u64)> {
    let (&first, &last) = (word.as_bytes().first()?, word.as_bytes().last()?);
    Some((
        usize::from(first % 32),
        usize::from(last % 32),
        1 << (word.len() % 64),
    ))
}

impl Listed {
    /// False when `word` cannot be in the list.
    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        filter_key(word)
            .is_none_or(|(a, b, bit)| self.first[a] & bit != 0 && self.last[b] & bit != 0)
    }
}

impl WordList {
    /// The list of `words`, hashed on first use.
    pub(crate) const fn new(words: &'static [&'static str]) -> WordList {
        WordList {
            words,
            set: OnceLock::new(),
        }
    }

    /// False when `word` in lower case cannot be in the list, true when
    /// it may be: for ASCII, lower-casing keeps the length and the
    /// filter's rows (`b % 32` is the same for both cases of a letter),
    /// so the filter answers without copying the word.
    #[inline]
    pub(crate) fn may_hold_lowercase_of(&self, word: &str) -> bool {
        !word.is_ascii() || self.listed().may_hold(word)
    }

    /// True when `word` is in the list, compared exactly (like a slice's
    /// `contains`).
    #[inline]
    pub(crate) fn contains(&self, word: &&str) -> bool {
        let listed = self.listed();
        listed.may_hold(word) && listed.words.contains(word)
    }

    /// The words hashed and filtered, on first use.
    #[inline]
    fn listed(&self) -> &Listed {
        self.set.get_or_init(|| {
            let (mut first, mut last) = ([0; 32], [0; 32]);
            for (a, b, bit) in self.words.iter().filter_map(|w| filter_key(w)) {
                first[a] |= bit;
                last[b] |= bit;
            }
            Listed {
                first,
                last,
                words: self.words.iter().copied().collect(),
            }
        })
    }
}

/// Calls `f` with `word` in lower case, without allocating for the short
/// ASCII words that make up almost every lookup.
pub(crate) fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    // Most words of a text are already in lower case: no copy at all.
    if word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || !b.is_ascii_alphabetic() && b < 0x80)
    {
        return f(word);
    }
    thread_local! {
        // One buffer per thread, reused: lower-casing a `String` in place
        // needs no UTF-8 check, which a stack buffer turned into a `str`
        // did (a fiftieth of the steady-state instructions, #17).
        static BUFFER: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    // Longer words are rare and copied, so the buffer stays small.
    const MAX: usize = 40;
    let mut f = Some(f);
    if word.len() <= MAX && word.is_ascii() {
        let done = BUFFER.with(|buffer| {
            // `f` runs with the buffer taken: a call of `with_lowercase`
            // inside it finds it so and copies instead.
            let mut buffer = buffer.try_borrow_mut().ok()?;
            buffer.clear();
            buffer.push_str(word);
            buffer.make_ascii_lowercase();
            Some(f.take().expect("called once")(&buffer))
        });
        if let Some(result) = done {
            return result;
        }
    }
    f.take().expect("called once")(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_and_answer() {
        let lex = Lexicon::get();
        assert_eq!(lex.place("Turkey").unwrap().kind, PlaceKind::Country);
        assert_eq!(lex.place("Moscow").unwrap().kind, PlaceKind::City);
        assert_eq!(lex.place("Britain").unwrap().country, Some(*b"GB"));
        assert!(lex.place("Earth").is_some_and(|p| p.country.is_none()));
        assert!(lex.place("Southern Hemisphere").is_some());
        assert!(lex.is_dictionary_word("Language") && !lex.is_dictionary_word("Mehmet"));
        assert_eq!(lex.demonym("Turkish"), Some(Some(*b"TR")));
        assert!(lex.place("Turkish").is_none());
        assert!(lex.is_given_name("Mehmet"));
        assert!(lex.is_title("Prime Minister"));
        assert!(lex.is_org_end("Organisation"));
        assert_eq!(lex.organisation("Daesh"), Some("Islamic State"));
        assert!(lex.is_function_word("However"));
    }

    #[test]
    fn countries_are_told_by_their_flags() {
        let lex = Lexicon::get();
        for name in [
            "Turkey",
            "Britain",
            "Moscow",
            "Southern Hemisphere",
            "Turkish",
            "Mehmet",
        ] {
            let entry = lex.entry(name);
            let country = entry.place().is_some_and(|p| p.kind == PlaceKind::Country);
            assert_eq!(entry.is_country(), country, "{name}");
        }
        assert!(lex.entry("Turkey").is_country());
    }

    #[test]
    fn word_lists_answer_like_slices() {
        const WORDS: &[&str] = &["said", "van", "beat", "", "vs.", "semi-final"];
        static LIST: WordList = WordList::new(WORDS);
        for w in [
            "said",
            "van",
            "beat",
            "Said",
            "",
            "vans",
            "sad",
            "bat",
            "vs",
            "vs.",
            "semi-final",
            "x",
        ] {
            assert_eq!(LIST.contains(&w), WORDS.contains(&w), "{w}");
        }
        for w in ["SAID", "Van", "Beat", "Bat", "VS.", "Ünal", "X", ""] {
            let lower = w.to_lowercase();
            if WORDS.contains(&lower.as_str()) {
                assert!(LIST.may_hold_lowercase_of(w), "{w}");
            }
        }
        assert!(!LIST.may_hold_lowercase_of("Saida") && !LIST.may_hold_lowercase_of("Xyz"));
        static NONE: WordList = WordList::new(&["a"]);
        assert!(!NONE.contains(&"") && NONE.contains(&"a") && !NONE.contains(&"A"));
    }

    /// The rows of a list as the library read them before the tables were
    /// compiled in: up to three tab-separated fields, trimmed; blank and
    /// `#` lines skipped.
    fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
        data.lines()
            .map(str::trim_end)
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| l.split('\t').take(3).map(str::trim).collect())
    }

    /// The compiled-in table answers every key of every list as the lists
    /// read at run time did (the reading of issue 12, kept here as the
    /// reference).
    #[test]
    fn the_table_answers_as_the_lists() {
        use std::collections::{HashMap, HashSet};
        let code = |f: Option<&&str>| match f.map(|s| s.as_bytes()) {
            Some([a, b]) => Some([*a, *b]),
            _ => None,
        };
        let mut places: HashMap<&str, Place> = HashMap::new();
        let lists = [
            (include_str!("cities.txt"), PlaceKind::City),
            (include_str!("regions.txt"), PlaceKind::Region),
            (include_str!("countries.txt"), PlaceKind::Country),
            (include_str!("places_extra.txt"), PlaceKind::Region),
        ];
        for (n, (data, kind)) in lists.into_iter().enumerate() {
            for row in rows(data) {
                let kind = if row.get(2) == Some(&"country") {
                    PlaceKind::Country
                } else {
                    kind
                };
                let place = Place {
                    kind,
                    country: code(row.get(1)),
                };
                let entry = places.entry(row[0]).or_insert(place);
                if place.kind > entry.kind || place.kind == entry.kind && n == 3 {
                    *entry = place;
                }
            }
        }
        let lex = Lexicon::get();
        for (name, place) in &places {
            let got = lex.place(name).expect(name);
            assert_eq!(
                (got.kind, got.country),
                (place.kind, place.country),
                "{name}"
            );
        }
        let mut demonyms = HashMap::new();
        for row in rows(include_str!("demonyms.txt")) {
            demonyms.insert(row[0], code(row.get(1)));
        }
        let mut organisations = HashMap::new();
        for row in rows(include_str!("organisations.txt")) {
            organisations.insert(row[0], row.get(1).copied().unwrap_or(row[0]));
        }
        let keys = |data: &'static str| rows(data).map(|r| r[0]).collect::<Vec<_>>();
        let lowered = |data: &'static str| rows(data).map(|r| r[0].to_lowercase()).collect();
        let given: Vec<_> = [
            include_str!("given_names.txt"),
            include_str!("given_names_extra.txt"),
        ]
        .into_iter()
        .flat_map(keys)
        .collect();
        let surnames = keys(include_str!("surnames.txt"));
        let titles: HashSet<String> = lowered(include_str!("titles.txt"));
        let function: HashSet<String> = lowered(include_str!("function_words.txt"));
        let dictionary = keys(include_str!("dictionary_words.txt"));
        let org_words: Vec<_> = rows(include_str!("org_words.txt")).collect();
        let (given_set, surname_set): (HashSet<_>, HashSet<_>) =
            (given.iter().collect(), surnames.iter().collect());
        let dictionary_set: HashSet<_> = dictionary.iter().copied().collect();
        // Every key of every list, and some that are in none.
        let mut all: Vec<&str> = places.keys().copied().collect();
        all.extend(demonyms.keys().chain(organisations.keys()));
        all.extend(given.iter().chain(&surnames).chain(&dictionary));
        all.extend(titles.iter().chain(&function).map(String::as_str));
        all.extend(org_words.iter().map(|r| r[0]));
        all.extend(["", "Xyzzy", "the The", "Mehmet Goren", "PRIME MINISTER"]);
        for w in all {
            let place = places.get(w).map(|p| (p.kind, p.country));
            assert_eq!(lex.place(w).map(|p| (p.kind, p.country)), place, "{w}");
            assert_eq!(lex.demonym(w), demonyms.get(w).copied(), "{w}");
            assert_eq!(lex.organisation(w), organisations.get(w).copied(), "{w}");
            assert_eq!(lex.is_given_name(w), given_set.contains(&w), "{w}");
            assert_eq!(lex.is_surname(w), surname_set.contains(&w), "{w}");
            let lower = w.to_lowercase();
            assert_eq!(lex.is_title(w), titles.contains(&lower), "{w}");
            assert_eq!(lex.is_function_word(w), function.contains(&lower), "{w}");
            let in_dictionary = dictionary_set.contains(lower.as_str());
            assert_eq!(lex.is_dictionary_word(w), in_dictionary, "{w}");
            let pos = |p: &str| {
                let at = |r: &Vec<&str>| [p, "both"].contains(&r.get(1).copied().unwrap_or("end"));
                org_words.iter().any(|r| r[0] == w && at(r))
            };
            let org = (lex.is_org_start(w), lex.is_org_end(w));
            assert_eq!(org, (pos("start"), pos("end")), "{w}");
        }
    }
}
