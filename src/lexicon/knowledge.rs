//! Name knowledge at scale: the open-data and hand-curated name lists of
//! issue 12 (clubs, companies, parties, research bodies, media, armed
//! groups, people, towns, …), merged into one lookup built once per
//! process.
//!
//! # Why a hash of whole names, built at compile time
//!
//! The extractor already cuts text into tokens and capitalised chunks, and
//! every question it asks is "is *this span* a known name, and of what
//! kind?". A hash table keyed by the exact span text answers that in one
//! probe, for every list at once (each entry carries a bit set of the lists
//! that hold it), and [`Knowledge::scan`] walks a token sequence once,
//! trying the longest span first at each capitalised token. An
//! Aho–Corasick automaton over ~230,000 names would find the same names
//! but costs more to build (tens of megabytes for the DFA), matches inside
//! words, so every hit needs a token-boundary check, and would add a
//! dependency.
//!
//! `build.rs` merges the lists into a table (`table.rs`) that is
//! compiled into the binary and probed in place: parsing and hashing
//! them at start-up cost about 90 million instructions a process, more
//! than a small article takes to extract (#17). The list files stay the
//! reviewable source.
//!
//! Matching is case-sensitive, like the other lexicons: the lists hold
//! names as they are written, and callers try the title-cased form of text
//! in capitals themselves.
//!
//! The lists are evidence, not verdicts: a name can be in several lists
//! ("Fulham" is a club and a district), and [`Known::kinds`] says which.
//! How much each list weighs is the classifier's business.

use super::table::Table;

/// A set of the lists a name is in (bit flags).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Kinds(u32);

macro_rules! kinds {
    ($($(#[$doc:meta])* $name:ident = $bit:expr, $file:literal, $canon:expr, $rule:literal;)*) => {
        impl Kinds {
            $($(#[$doc])* pub const $name: Kinds = Kinds(1 << $bit);)*

            /// Every list, in bit order: its kinds and rule name.
            const LISTS: &'static [(Kinds, &'static str)] = &[$((Kinds::$name, $rule),)*];

            /// Every list's text, in bit order, and whether its second
            /// field names the canonical form: the tests check the table
            /// against them.
            #[cfg(test)]
            const DATA: &'static [(&'static str, bool)] = &[$((include_str!($file), $canon),)*];
        }
    };
}

include!("knowledge_lists.rs");

impl Kinds {
    /// Lists that name organisations.
    pub const ORGANISATION: Kinds = Kinds(
        Kinds::CLUB.0
            | Kinds::US_TEAM.0
            | Kinds::LEAGUE.0
            | Kinds::COMPANY.0
            | Kinds::RESEARCH_BODY.0
            | Kinds::RESEARCH_ACRONYM.0
            | Kinds::PARTY.0
            | Kinds::MEDIA.0
            | Kinds::MEDIA_OPEN.0
            | Kinds::UNIVERSITY.0
            | Kinds::INTERNATIONAL.0
            | Kinds::ARMED_GROUP.0
            | Kinds::WORDNET_ORG.0,
    );
    /// Hand-curated organisation lists: the most precise.
    pub const CURATED: Kinds = Kinds(
        Kinds::US_TEAM.0
            | Kinds::LEAGUE.0
            | Kinds::MEDIA.0
            | Kinds::INTERNATIONAL.0
            | Kinds::ARMED_GROUP.0,
    );
    /// Lists that name people or parts of their names.
    pub const PERSON: Kinds =
        Kinds(Kinds::WORDNET_PERSON.0 | Kinds::GIVEN_NAME.0 | Kinds::SURNAME.0);
    /// Lists that name places.
    pub const PLACE: Kinds =
        Kinds(Kinds::WORDNET_PLACE.0 | Kinds::STATE_ABBR.0 | Kinds::TOWN.0 | Kinds::REGION.0);

    /// True when any list of `other` is in `self`.
    pub fn any(self, other: Kinds) -> bool {
        self.0 & other.0 != 0
    }

    /// True when no list is set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// `self` restricted to the lists of `other`.
    pub fn only(self, other: Kinds) -> Kinds {
        Kinds(self.0 & other.0)
    }

    /// The rule name of the first list in `self`, in bit order (curated
    /// and organisation lists come first).
    pub fn rule(self) -> &'static str {
        Kinds::LISTS
            .iter()
            .find(|(k, ..)| self.any(*k))
            .map_or("knowledge", |(_, rule)| *rule)
    }
}

impl std::ops::BitOr for Kinds {
    type Output = Kinds;
    fn bitor(self, rhs: Kinds) -> Kinds {
        Kinds(self.0 | rhs.0)
    }
}

/// What the lists know about one name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Known {
    /// Every list that holds the name.
    pub kinds: Kinds,
    /// The full name an alias list gives for it ("Spurs" → "Tottenham
    /// Hotspur FC"), from the first such list.
    pub canonical: Option<&'static str>,
}

/// A name found by [`Knowledge::scan`]: tokens `first..=last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    /// Index of the first token.
    pub first: usize,
    /// Index of the last token.
    pub last: usize,
    /// What the lists know about it.
    pub known: Known,
}

/// All the name lists, merged into one table by `build.rs`: each name's
/// value 0 is its [`Kinds`], value 1 the pool offset of its canonical
/// form (0: none); the header's free word is the length in bytes of the
/// longest name, which bounds a scan.
#[derive(Debug)]
pub struct Knowledge {
    names: Table,
}

/// The merged table, compiled in.
static KNOWLEDGE: Knowledge = Knowledge {
    names: Table::new(include_bytes!(concat!(env!("OUT_DIR"), "/knowledge.bin"))),
};

#[cfg(test)]
include!("list_line.rs");

/// The non-comment entries of a list: (name, second field), read as
/// `build.rs` reads them.
#[cfg(test)]
fn entries(data: &'static str) -> impl Iterator<Item = (&'static str, Option<&'static str>)> {
    data.lines().filter_map(entry)
}

impl Knowledge {
    /// The lists, compiled in: nothing is built at run time.
    pub fn get() -> &'static Knowledge {
        &KNOWLEDGE
    }

    /// Length in bytes of the longest name.
    fn longest(&self) -> usize {
        self.names.extra() as usize
    }

    /// What the lists know about `name`, matched exactly.
    pub fn get_name(&self, name: &str) -> Option<Known> {
        let record = self.names.find(name)?;
        Some(Known {
            kinds: Kinds(self.names.value(record, 0)),
            canonical: self.names.string(self.names.value(record, 1)),
        })
    }

    /// Which lists hold `name`, matched exactly: [`Knowledge::get_name`]
    /// without the canonical form, which the span evidence, asking of
    /// every name, does not read (its string is checked as UTF-8, #17).
    pub fn kinds(&self, name: &str) -> Option<Kinds> {
        let record = self.names.find(name)?;
        Some(Kinds(self.names.value(record, 0)))
    }

    /// How many distinct names the lists hold.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// True when no list holds a name.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Finds known names in a token sequence in one left-to-right pass:
    /// at each token where `may_start` holds, the longest span of tokens
    /// whose text (`text[spans[i].0..spans[j].1]`) is a known name wins,
    /// and the scan goes on after it. Spans are byte ranges into `text`.
    pub fn scan(
        &self,
        text: &str,
        spans: &[(usize, usize)],
        may_start: impl Fn(usize) -> bool,
    ) -> Vec<Match> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < spans.len() {
            if !may_start(i) {
                i += 1;
                continue;
            }
            let start = spans[i].0;
            let mut best = None;
            for (j, &(_, end)) in spans.iter().enumerate().skip(i) {
                if end - start > self.longest() {
                    break;
                }
                if let Some(known) = text.get(start..end).and_then(|s| self.get_name(s)) {
                    best = Some(Match {
                        first: i,
                        last: j,
                        known,
                    });
                }
            }
            match best {
                Some(m) => {
                    out.push(m);
                    i = m.last + 1;
                }
                None => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(name: &str) -> Kinds {
        Knowledge::get()
            .get_name(name)
            .map_or(Kinds::default(), |k| k.kinds)
    }

    #[test]
    fn every_list_loads() {
        let k = Knowledge::get();
        assert!(k.len() > 100_000, "{}", k.len());
        for (&(kind, rule), &(data, _)) in Kinds::LISTS.iter().zip(Kinds::DATA) {
            let (name, _) = entries(data).next().expect("list has entries");
            assert!(kinds(name).any(kind), "{rule}: {name}");
        }
    }

    #[test]
    fn names_carry_their_lists() {
        assert!(kinds("Boston Celtics").any(Kinds::US_TEAM));
        assert!(kinds("Hezbollah").any(Kinds::ARMED_GROUP));
        assert!(kinds("Deutsche Welle").any(Kinds::MEDIA));
        assert!(kinds("Ariz.").any(Kinds::STATE_ABBR));
        assert!(kinds("Mass.").any(Kinds::PLACE));
        assert!(kinds("Kandiyohi County").any(Kinds::REGION));
        assert!(kinds("World Food Programme").any(Kinds::ORGANISATION));
        // Common English words never enter a generated list.
        assert!(kinds("Reading").is_empty());
        assert!(kinds("Target").is_empty());
    }

    #[test]
    fn aliases_name_their_canonical_form() {
        let k = Knowledge::get();
        assert_eq!(
            k.get_name("Knicks").and_then(|k| k.canonical),
            Some("New York Knicks")
        );
        assert_eq!(
            k.get_name("AFP")
                .or(k.get_name("Agence France Presse"))
                .and_then(|k| k.canonical),
            Some("Agence France-Presse")
        );
    }

    #[test]
    fn comments_are_not_names() {
        let data = "# head\nABC\t# a note\nX\tY  # why\nZ\tW\tV\r\nQ\n";
        let e: Vec<_> = entries(data).collect();
        assert_eq!(
            e,
            [
                ("ABC", None),
                ("X", Some("Y")),
                ("Z", Some("W")),
                ("Q", None)
            ]
        );
    }

    /// The compiled-in table answers exactly as the lists read at run
    /// time did: every name with its lists and first canonical form, and
    /// nothing else.
    #[test]
    fn the_table_holds_the_lists() {
        let mut names: std::collections::HashMap<&str, (u32, Option<&str>)> = Default::default();
        let mut longest = 0;
        for (&(kind, _), &(data, has_canonical)) in Kinds::LISTS.iter().zip(Kinds::DATA) {
            for (name, second) in entries(data) {
                let entry = names.entry(name).or_insert((0, None));
                entry.0 |= kind.0;
                if has_canonical && entry.1.is_none() {
                    entry.1 = second;
                }
                longest = longest.max(name.len());
            }
        }
        let k = Knowledge::get();
        assert_eq!((k.len(), k.longest()), (names.len(), longest));
        for (name, (kinds, canonical)) in names {
            let known = k.get_name(name).expect(name);
            assert_eq!(
                (known.kinds.0, known.canonical),
                (kinds, canonical),
                "{name}"
            );
        }
    }

    #[test]
    fn scan_takes_the_longest_name() {
        let text = "Fans of the New York Knicks and the Knicks cheered.";
        // Whitespace tokens are enough for the test.
        let mut spans = Vec::new();
        let mut start = None;
        for (k, c) in text.char_indices().chain([(text.len(), ' ')]) {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(k),
                (false, Some(s)) => {
                    spans.push((s, k));
                    start = None;
                }
                _ => {}
            }
        }
        let caps = |i: usize| text[spans[i].0..].starts_with(char::is_uppercase);
        let found: Vec<_> = Knowledge::get()
            .scan(text, &spans, caps)
            .into_iter()
            .map(|m| &text[spans[m.first].0..spans[m.last].1])
            .collect();
        assert_eq!(found, ["New York Knicks", "Knicks"]);
    }
}
