//! Word lists compiled into the binary and the lookups built over them.
//!
//! Each list is a plain text file beside this module: one entry per line,
//! `#` starts a comment line, optional tab-separated fields. Keeping them as
//! data keeps changes reviewable as diffs; `SOURCES.md` says where each
//! comes from and under which licence, and `scripts/gen_lexicons.py`
//! regenerates the derived ones.
//!
//! The lists are parsed once per process, on first use, and shared by every
//! extraction (see [`Lexicon::get`]).

pub mod knowledge;

pub use knowledge::{Kinds, Knowledge, Known};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::sync::OnceLock;

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

/// All word lists, parsed. Keys borrow the compiled-in text (only the
/// lower-cased title and function-word lists may own theirs), so building
/// the tables allocates little beyond the tables themselves (#17).
#[derive(Debug)]
pub struct Lexicon {
    places: HashMap<&'static str, Place>,
    demonyms: HashMap<&'static str, Option<[u8; 2]>>,
    given_names: HashSet<&'static str>,
    surnames: HashSet<&'static str>,
    titles: HashSet<Cow<'static, str>>,
    org_start: HashSet<&'static str>,
    org_end: HashSet<&'static str>,
    organisations: HashMap<&'static str, &'static str>,
    function_words: HashSet<Cow<'static, str>>,
    /// Common English words (SCOWL), lower case.
    dictionary: HashSet<&'static str>,
}

/// The most fields any list has.
const FIELDS: usize = 3;

/// Calls `f` with the first [`FIELDS`] tab-separated fields of every
/// non-comment line of a list, each trimmed (a line with fewer fields
/// gives a shorter slice). Nothing is allocated per line: start-up reads
/// every list.
fn for_each_row(data: &'static str, mut f: impl FnMut(&[&'static str])) {
    for line in data.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = [""; FIELDS];
        let mut n = 0;
        for field in line.split('\t').take(FIELDS) {
            fields[n] = field.trim();
            n += 1;
        }
        f(&fields[..n]);
    }
}

/// The lower-case form of `word`, borrowed when it already is.
fn lowercase(word: &'static str) -> Cow<'static, str> {
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

fn country_code(field: Option<&&str>) -> Option<[u8; 2]> {
    match field.map(|s| s.as_bytes()) {
        Some([a, b]) => Some([*a, *b]),
        _ => None,
    }
}

impl Lexicon {
    /// The process-wide lexicon, parsed on first use.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::parse)
    }

    fn parse() -> Lexicon {
        let lists = [
            (include_str!("cities.txt"), PlaceKind::City),
            (include_str!("regions.txt"), PlaceKind::Region),
            (include_str!("countries.txt"), PlaceKind::Country),
            (include_str!("places_extra.txt"), PlaceKind::Region),
        ];
        // About one entry per 13 bytes: sized up front, the table is
        // never rehashed.
        let size = lists.iter().map(|(data, _)| data.len() / 12).sum();
        let mut places = HashMap::with_capacity_and_hasher(size, Default::default());
        for (n, (data, kind)) in lists.into_iter().enumerate() {
            let hand_written = n == 3;
            for_each_row(data, |row| {
                let kind = match row.get(2) {
                    Some(&"country") => PlaceKind::Country,
                    _ => kind,
                };
                let place = Place {
                    kind,
                    country: country_code(row.get(1)),
                };
                let entry = places.entry(row[0]).or_insert(place);
                // Countries outrank regions, which outrank cities; the
                // hand-written list, read last, settles ties (Gaza the
                // Palestinian territory over Gaza the Mozambican province).
                if place.kind > entry.kind || place.kind == entry.kind && hand_written {
                    *entry = place;
                }
            });
        }
        let mut demonyms = HashMap::default();
        for_each_row(include_str!("demonyms.txt"), |r| {
            demonyms.insert(r[0], country_code(r.get(1)));
        });
        let mut given_names = HashSet::default();
        for_each_row(include_str!("given_names.txt"), |r| {
            given_names.insert(r[0]);
        });
        for_each_row(include_str!("given_names_extra.txt"), |r| {
            given_names.insert(r[0]);
        });
        let surnames_txt = include_str!("surnames.txt");
        let mut surnames =
            HashSet::with_capacity_and_hasher(surnames_txt.len() / 6, Default::default());
        for_each_row(surnames_txt, |r| {
            surnames.insert(r[0]);
        });
        let mut titles = HashSet::default();
        for_each_row(include_str!("titles.txt"), |r| {
            titles.insert(lowercase(r[0]));
        });
        let mut org_start = HashSet::default();
        let mut org_end = HashSet::default();
        for_each_row(include_str!("org_words.txt"), |r| {
            let pos = r.get(1).copied().unwrap_or("end");
            if pos == "start" || pos == "both" {
                org_start.insert(r[0]);
            }
            if pos == "end" || pos == "both" {
                org_end.insert(r[0]);
            }
        });
        let mut organisations = HashMap::default();
        for_each_row(include_str!("organisations.txt"), |r| {
            let canonical = r.get(1).copied().unwrap_or(r[0]);
            organisations.insert(r[0], canonical);
        });
        let mut function_words = HashSet::default();
        for_each_row(include_str!("function_words.txt"), |r| {
            function_words.insert(lowercase(r[0]));
        });
        let mut dictionary = HashSet::default();
        for_each_row(include_str!("dictionary_words.txt"), |r| {
            dictionary.insert(r[0]);
        });
        Lexicon {
            places,
            demonyms,
            given_names,
            surnames,
            titles,
            org_start,
            org_end,
            organisations,
            function_words,
            dictionary,
        }
    }

    /// The gazetteer entry for `name`, matched case-sensitively.
    pub fn place(&self, name: &str) -> Option<Place> {
        self.places.get(name).copied()
    }

    /// The country a nationality adjective refers to ("Turkish" → TR);
    /// `Some(None)` for demonyms of no single country ("Arab").
    pub fn demonym(&self, word: &str) -> Option<Option<[u8; 2]>> {
        self.demonyms.get(word).copied()
    }

    /// True when `word` is a known given name ("Mehmet", "Mary").
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains(word)
    }

    /// True when `word` is a frequent surname.
    pub fn is_surname(&self, word: &str) -> bool {
        self.surnames.contains(word)
    }

    /// True when `words` (any case) is a title or role ("President",
    /// "prime minister", "striker").
    pub fn is_title(&self, words: &str) -> bool {
        with_lowercase(words, |w| self.titles.contains(w))
    }

    /// True when `word` ends organisation names ("Agency", "Ltd").
    pub fn is_org_end(&self, word: &str) -> bool {
        self.org_end.contains(word)
    }

    /// True when `word` starts organisation names ("Ministry of …").
    pub fn is_org_start(&self, word: &str) -> bool {
        self.org_start.contains(word)
    }

    /// The canonical name of a well-known organisation ("UN" → "United
    /// Nations"), matched case-sensitively.
    pub fn organisation(&self, name: &str) -> Option<&str> {
        self.organisations.get(name).copied()
    }

    /// True when `word` (any case) is a common English word that is never
    /// a name on its own ("The", "However", "Monday").
    pub fn is_function_word(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.function_words.contains(w))
    }

    /// True when `word` (any case) is a common English word of the
    /// dictionary ("natural", "language"), whatever else it may also be.
    pub fn is_dictionary_word(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.dictionary.contains(w))
    }
}

/// A short fixed list of words that rules ask about token by token
/// ("said", "van", "beat"): looked up by hash, not by comparing the word
/// with every entry in turn, which cost more than the hash for lists of
/// twenty words and more (#17). Declared `static`, so the set is built once.
pub(crate) struct WordList {
    words: &'static [&'static str],
    set: OnceLock<HashSet<&'static str>>,
}

impl WordList {
    /// The list of `words`, hashed on first use.
    pub(crate) const fn new(words: &'static [&'static str]) -> WordList {
        WordList {
            words,
            set: OnceLock::new(),
        }
    }

    /// True when `word` is in the list, compared exactly (like a slice's
    /// `contains`).
    pub(crate) fn contains(&self, word: &&str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
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
    fn word_lists_answer_like_slices() {
        static LIST: WordList = WordList::new(&["said", "van", "beat"]);
        for w in ["said", "van", "beat", "Said", "", "vans"] {
            assert_eq!(
                LIST.contains(&w),
                ["said", "van", "beat"].contains(&w),
                "{w}"
            );
        }
    }
}
