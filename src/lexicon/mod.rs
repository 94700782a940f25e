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

/// All word lists, parsed.
#[derive(Debug)]
pub struct Lexicon {
    places: HashMap<String, Place>,
    demonyms: HashMap<String, Option<[u8; 2]>>,
    given_names: HashSet<String>,
    surnames: HashSet<String>,
    titles: HashSet<String>,
    org_start: HashSet<String>,
    org_end: HashSet<String>,
    organisations: HashMap<String, String>,
    function_words: HashSet<String>,
    /// Common English words (SCOWL), lower case.
    dictionary: HashSet<&'static str>,
}

/// Yields the non-comment lines of a list, split on tabs.
fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
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
        let mut places = HashMap::default();
        let lists = [
            (include_str!("cities.txt"), PlaceKind::City),
            (include_str!("regions.txt"), PlaceKind::Region),
            (include_str!("countries.txt"), PlaceKind::Country),
            (include_str!("places_extra.txt"), PlaceKind::Region),
        ];
        for (n, (data, kind)) in lists.into_iter().enumerate() {
            let hand_written = n == 3;
            for row in rows(data) {
                let kind = match row.get(2) {
                    Some(&"country") => PlaceKind::Country,
                    _ => kind,
                };
                let place = Place {
                    kind,
                    country: country_code(row.get(1)),
                };
                let entry = places.entry(row[0].to_string()).or_insert(place);
                // Countries outrank regions, which outrank cities; the
                // hand-written list, read last, settles ties (Gaza the
                // Palestinian territory over Gaza the Mozambican province).
                if place.kind > entry.kind || place.kind == entry.kind && hand_written {
                    *entry = place;
                }
            }
        }
        let demonyms = rows(include_str!("demonyms.txt"))
            .map(|r| (r[0].to_string(), country_code(r.get(1))))
            .collect();
        let given_names = rows(include_str!("given_names.txt"))
            .chain(rows(include_str!("given_names_extra.txt")))
            .map(|r| r[0].to_string())
            .collect();
        let surnames = rows(include_str!("surnames.txt"))
            .map(|r| r[0].to_string())
            .collect();
        let titles = rows(include_str!("titles.txt"))
            .map(|r| r[0].to_lowercase())
            .collect();
        let mut org_start = HashSet::default();
        let mut org_end = HashSet::default();
        for r in rows(include_str!("org_words.txt")) {
            let pos = r.get(1).copied().unwrap_or("end");
            if pos == "start" || pos == "both" {
                org_start.insert(r[0].to_string());
            }
            if pos == "end" || pos == "both" {
                org_end.insert(r[0].to_string());
            }
        }
        let organisations = rows(include_str!("organisations.txt"))
            .map(|r| {
                let canonical = r.get(1).copied().unwrap_or(r[0]);
                (r[0].to_string(), canonical.to_string())
            })
            .collect();
        let function_words = rows(include_str!("function_words.txt"))
            .map(|r| r[0].to_lowercase())
            .collect();
        let dictionary = rows(include_str!("dictionary_words.txt"))
            .map(|r| r[0])
            .collect();
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
        self.organisations.get(name).map(String::as_str)
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

/// Calls `f` with `word` in lower case, without allocating for the short
/// ASCII words that make up almost every lookup.
pub(crate) fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const MAX: usize = 40;
    if word.len() <= MAX && word.is_ascii() {
        let mut buf = [0u8; MAX];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        f(std::str::from_utf8(lower).expect("ASCII stays UTF-8"))
    } else {
        f(&word.to_lowercase())
    }
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
}
