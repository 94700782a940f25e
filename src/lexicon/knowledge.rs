//! Name knowledge at scale: the open-data and hand-curated name lists of
//! issue 12 (clubs, companies, parties, research bodies, media, armed
//! groups, people, towns, …), merged into one lookup built once per
//! process.
//!
//! # Why a hash of whole names, not an automaton
//!
//! The extractor already cuts text into tokens and capitalised chunks, and
//! every question it asks is "is *this span* a known name, and of what
//! kind?". A hash map keyed by the exact span text answers that in one
//! probe, for every list at once (each entry carries a bit set of the lists
//! that hold it), and [`Knowledge::scan`] walks a token sequence once,
//! trying the longest span first at each capitalised token. An
//! Aho–Corasick automaton over ~230,000 names would find the same names
//! but costs more to build at start-up (tens of milliseconds and tens of
//! megabytes for the DFA), matches inside words, so every hit needs a
//! token-boundary check, and would add a dependency. The keys are
//! `&'static str` slices of the compiled-in lists, so building the map
//! allocates nothing but the table itself.
//!
//! Matching is case-sensitive, like the other lexicons: the lists hold
//! names as they are written, and callers try the title-cased form of text
//! in capitals themselves.
//!
//! The lists are evidence, not verdicts: a name can be in several lists
//! ("Fulham" is a club and a district), and [`Known::kinds`] says which.
//! How much each list weighs is the classifier's business.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// A set of the lists a name is in (bit flags).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Kinds(u32);

macro_rules! kinds {
    ($($(#[$doc:meta])* $name:ident = $bit:expr, $file:literal, $canon:expr, $rule:literal;)*) => {
        impl Kinds {
            $($(#[$doc])* pub const $name: Kinds = Kinds(1 << $bit);)*

            /// Every list, in bit order.
            const LISTS: &'static [(Kinds, &'static str, &'static str, bool)] = &[
                $((Kinds::$name, include_str!($file), $rule, $canon),)*
            ];
        }
    };
}

kinds! {
    /// Football clubs and their short names (openfootball, CC0).
    CLUB = 0, "clubs.txt", true, "club_list";
    /// North American league teams by full name and nickname (curated).
    US_TEAM = 1, "us_teams.txt", true, "team_list";
    /// Sports leagues and governing bodies (curated).
    LEAGUE = 2, "leagues.txt", true, "league_list";
    /// Listed companies and their short names (pytickersymbols, SEC).
    COMPANY = 3, "companies.txt", true, "company_list";
    /// Research, government and public bodies (ROR, CC0).
    RESEARCH_BODY = 4, "research_bodies.txt", false, "body_list";
    /// Acronyms of ROR bodies used by one body only: weak alone.
    RESEARCH_ACRONYM = 5, "research_acronyms.txt", true, "body_acronym";
    /// Political parties (Party Facts, MIT).
    PARTY = 6, "parties.txt", true, "party_list";
    /// News media and agencies (curated).
    MEDIA = 7, "media.txt", true, "media_list";
    /// News outlets (freebie, MIT).
    MEDIA_OPEN = 8, "news_outlets_open.txt", false, "media_list";
    /// Universities (Hipo, MIT).
    UNIVERSITY = 9, "universities.txt", false, "university_list";
    /// International bodies (curated).
    INTERNATIONAL = 10, "international_bodies.txt", true, "international_list";
    /// Armed groups (curated).
    ARMED_GROUP = 11, "armed_groups.txt", true, "armed_group_list";
    /// Organisations named in WordNet 3.0.
    WORDNET_ORG = 12, "wordnet_organisations.txt", false, "wordnet";
    /// People named in WordNet 3.0 ("Abraham Lincoln", "Ibsen").
    WORDNET_PERSON = 13, "wordnet_people.txt", false, "wordnet";
    /// Places named in WordNet 3.0.
    WORDNET_PLACE = 14, "wordnet_places.txt", false, "wordnet";
    /// Given names of many countries (faker, MIT).
    GIVEN_NAME = 15, "given_names_world.txt", false, "given_name_list";
    /// Surnames of many countries (faker, MIT).
    SURNAME = 16, "surnames_world.txt", false, "surname_list";
    /// AP abbreviations of US states ("Ariz.").
    STATE_ABBR = 17, "state_abbreviations.txt", true, "state_abbreviation";
    /// Towns of 1,000 people or more (GeoNames): a low-priority fallback.
    TOWN = 18, "towns.txt", false, "town_list";
    /// States, provinces and counties not in the main gazetteer (GeoNames).
    REGION = 19, "regions_world.txt", false, "region_list";
}

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
            .map_or("knowledge", |(_, _, rule, _)| *rule)
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

/// All the name lists, merged into one map.
#[derive(Debug)]
pub struct Knowledge {
    /// Name → (lists, index into `canonical` or `NONE`): 8 bytes a value
    /// keeps the table small (about 6 MB for ~220,000 names).
    names: HashMap<&'static str, (u32, u32)>,
    canonical: Vec<&'static str>,
    /// Length in bytes of the longest name, which bounds a scan.
    longest: usize,
}

const NONE: u32 = u32::MAX;

/// The non-comment entries of a list: (name, second field). A `#` after a
/// tab or two spaces starts a comment. (The build uses the faster
/// [`for_each_entry`]; tests check that both agree.)
#[cfg(test)]
fn entries(data: &'static str) -> impl Iterator<Item = (&'static str, Option<&'static str>)> {
    data.lines().filter_map(entry)
}

/// One line of a list as (name, second field), `None` for comments.
fn entry(line: &'static str) -> Option<(&'static str, Option<&'static str>)> {
    if line.starts_with('#') {
        return None;
    }
    let line = match line.find("\t#").or_else(|| line.find("  #")) {
        Some(k) => &line[..k],
        None => line,
    };
    let mut fields = line.split('\t').map(str::trim);
    let name = fields.next().filter(|n| !n.is_empty())?;
    Some((name, fields.next().filter(|f| !f.is_empty())))
}

/// Calls `f` for every entry of a list, like [`entries`] but in one scan
/// of the bytes that stops only at newlines, tabs and `#` (found with
/// `memchr`, many bytes at a time): start-up parses about 4 MB of lists,
/// and per-line string searches cost three times as much, a loop over
/// every byte twice as much (#17). Lines holding a `#` (headers,
/// commented entries) take the general path.
fn for_each_entry(data: &'static str, mut f: impl FnMut(&'static str, Option<&'static str>)) {
    let bytes = data.as_bytes();
    let mut start = 0;
    let (mut tab, mut tab2, mut hash) = (usize::MAX, usize::MAX, false);
    let mut line = |start: usize, mut end: usize, tab: usize, tab2: usize, hash: bool| {
        if end > start && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        if hash {
            if let Some((name, second)) = entry(&data[start..end]) {
                f(name, second);
            }
        } else if tab == usize::MAX {
            if end > start {
                f(&data[start..end], None);
            }
        } else {
            let second = &data[tab + 1..tab2.min(end)];
            f(&data[start..tab], (!second.is_empty()).then_some(second));
        }
    };
    for pos in memchr::memchr3_iter(b'\n', b'\t', b'#', bytes) {
        match bytes[pos] {
            b'\n' => {
                line(start, pos, tab, tab2, hash);
                start = pos + 1;
                (tab, tab2, hash) = (usize::MAX, usize::MAX, false);
            }
            b'\t' if tab == usize::MAX => tab = pos,
            b'\t' if tab2 == usize::MAX => tab2 = pos,
            b'#' => hash = true,
            _ => {}
        }
    }
    if start < bytes.len() {
        line(start, bytes.len(), tab, tab2, hash);
    }
}

impl Knowledge {
    /// The process-wide lists, built on first use.
    pub fn get() -> &'static Knowledge {
        static KNOWLEDGE: OnceLock<Knowledge> = OnceLock::new();
        KNOWLEDGE.get_or_init(Knowledge::build)
    }

    fn build() -> Knowledge {
        let lines: usize = Kinds::LISTS
            .iter()
            .map(|(_, data, ..)| memchr::memchr_iter(b'\n', data.as_bytes()).count())
            .sum();
        let mut names: HashMap<&'static str, (u32, u32)> = HashMap::default();
        names.reserve(lines);
        let mut canonical = Vec::new();
        let mut longest = 0;
        for &(kind, data, _, has_canonical) in Kinds::LISTS {
            for_each_entry(data, |name, second| {
                let entry = names.entry(name).or_insert((0, NONE));
                entry.0 |= kind.0;
                if let Some(c) = second.filter(|_| has_canonical && entry.1 == NONE) {
                    entry.1 = canonical.len() as u32;
                    canonical.push(c);
                }
                longest = longest.max(name.len());
            });
        }
        Knowledge {
            names,
            canonical,
            longest,
        }
    }

    /// What the lists know about `name`, matched exactly.
    pub fn get_name(&self, name: &str) -> Option<Known> {
        let &(kinds, canonical) = self.names.get(name)?;
        Some(Known {
            kinds: Kinds(kinds),
            canonical: self.canonical.get(canonical as usize).copied(),
        })
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
                if end - start > self.longest {
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
        for &(kind, data, rule, _) in Kinds::LISTS {
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
        let mut fast = Vec::new();
        for_each_entry(data, |n, s| fast.push((n, s)));
        assert_eq!(fast, e);
    }

    #[test]
    fn the_fast_parser_reads_every_list_alike() {
        for &(_, data, rule, _) in Kinds::LISTS {
            let mut fast = Vec::new();
            for_each_entry(data, |n, s| fast.push((n, s)));
            assert!(fast.iter().copied().eq(entries(data)), "{rule}");
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
