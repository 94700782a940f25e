//! The engines of a date rule (see [`super::Regex::windowed`]), and of
//! any pattern in a run over one article (see [`super::quick_start`]),
//! built from regex-automata's parts directly rather than through its
//! meta engine (#17): one forward and one reverse NFA, shared by the lazy DFA
//! that finds the matches and by the engine that works out the groups of
//! a match once its bounds are known. The meta engine builds the same
//! parts, but the groups' engine needed an NFA of its own, and each
//! search of a window went through the meta engine's wrappers.
//!
//! The date rules' word boundaries are ASCII (`(?-u:\b)`), so the lazy
//! DFA never has to quit on non-ASCII text; where it does quit (a Unicode
//! `\b` before a non-ASCII byte) or gives up, the PikeVM takes the search
//! over, as in the meta engine.

use regex_automata::dfa::onepass;
use regex_automata::hybrid;
use regex_automata::nfa::thompson::{self, backtrack, pikevm, WhichCaptures};
use regex_automata::util::captures::{self, GroupInfo};
use regex_automata::util::iter::Searcher;
use regex_automata::util::look::{Look, LookSet};
use regex_automata::util::pool::{Pool, PoolGuard};
use regex_automata::util::primitives::NonMaxUsize;
use regex_automata::{Anchored, Input, Match, MatchError, MatchKind};
use regex_syntax::hir::Hir;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// A compiled pattern, with a cache per thread.
#[derive(Debug)]
pub(super) struct Engines {
    /// Finds where matches start and end (shared with the function that
    /// makes caches, as it is not `Clone`).
    find: Arc<hybrid::regex::Regex>,
    /// Works out the groups of a match already found.
    pub(super) groups: GroupsEngine,
    /// Takes over a search the others cannot finish.
    pikevm: pikevm::PikeVM,
    caches: Pool<Caches, CacheFn>,
    /// The pattern's groups depend on nothing outside a match but the
    /// byte on either side (see [`Memo`]), so they may be remembered.
    memoisable: bool,
}

/// A one-pass DFA where the pattern allows one (each byte leads to one
/// state, as in "\d{4}-\d{2}-\d{2}"), a bounded backtracker otherwise.
#[derive(Clone, Debug)]
pub(super) enum GroupsEngine {
    OnePass(Box<onepass::DFA>),
    Backtrack(backtrack::BoundedBacktracker),
}

/// One thread's caches for the [`Engines`].
#[derive(Debug)]
pub(super) struct Caches {
    find: hybrid::regex::Cache,
    groups: GroupsCache,
    /// Made when first needed: most runs never need it.
    pikevm: Option<pikevm::Cache>,
    memo: Memo,
}

/// The groups of matches already worked out, by the text matched and the
/// kind of byte on either side of it (see [`Engines::groups_of`]).
///
/// Working out a match's groups is the dearest step of a date rule (a
/// backtracking search costs some 2,700 instructions for "Monday"), and
/// news repeats the same few expressions ("Monday", "last week", "two
/// years"): a lookup costs a tenth of that (#17). The groups are a
/// function of the bytes matched and of what the pattern's look-around
/// can see beyond them: with only ASCII word boundaries and the text's
/// start and end, that is whether the byte on either side is a word byte,
/// another byte, or missing. The table is emptied when it holds
/// [`Memo::MAX`] matches, so its memory stays bounded.
#[derive(Debug, Default)]
struct Memo {
    /// The groups of each remembered match, their offsets relative to
    /// its start: a copy costs less than new groups filled in slot by
    /// slot (#17).
    slots: FxHashMap<Box<[u8]>, captures::Captures>,
    /// The key being looked up: the two sides' kinds, then the match.
    key: Vec<u8>,
}

impl Memo {
    const MAX: usize = 1024;

    /// Sets the key for the match `found` of `haystack`.
    fn key_of(&mut self, haystack: &[u8], found: &std::ops::Range<usize>) {
        let side = |b: Option<&u8>| match b {
            None => 0,
            Some(&b) if b.is_ascii_alphanumeric() || b == b'_' => 1,
            Some(_) => 2,
        };
        let before = found.start.checked_sub(1).and_then(|i| haystack.get(i));
        self.key.clear();
        self.key.push(side(before));
        self.key.push(side(haystack.get(found.end)));
        self.key.extend_from_slice(&haystack[found.clone()]);
    }
}

/// The cache of a [`GroupsEngine`].
#[derive(Debug)]
enum GroupsCache {
    OnePass(onepass::Cache),
    Backtrack(backtrack::Cache),
}

/// How [`Engines`] makes the caches for a thread.
type CacheFn =
    Box<dyn Fn() -> Caches + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

thread_local! {
    /// The NFA compiler, kept for the next pattern: a new one allocates
    /// and clears a map of 10,000 entries for the UTF-8 states it has
    /// compiled, which cost about a fifth of a run over one article; a
    /// compiler used again only moves on to a new version of it.
    static COMPILER: std::cell::RefCell<thompson::Compiler> =
        std::cell::RefCell::new(thompson::Compiler::new());
}

/// The error of a pattern that does not compile.
pub(super) type BuildError = Box<dyn std::error::Error + Send + Sync>;

impl Engines {
    /// Compiles the syntax tree of a pattern, parsed with the default
    /// syntax options (UTF-8 only), as the `regex` crate does
    /// (leftmost-first, UTF-8, a 10 MB NFA limit, a lazy DFA cache of
    /// `cache` bytes), without
    /// prefilters; with a one-pass DFA for the groups where the pattern
    /// allows one, unless `cheap` (a run too short to pay for building
    /// it).
    pub(super) fn new(hir: &Hir, cache: usize, cheap: bool) -> Result<Engines, BuildError> {
        // Every option is set, both ways: a compiler's configuration keeps
        // the options a new one leaves unset.
        let config = thompson::Config::new()
            .utf8(true)
            .nfa_size_limit(Some(10 << 20))
            .shrink(false);
        let forward = config
            .clone()
            .which_captures(WhichCaptures::All)
            .reverse(false);
        let reverse = config.which_captures(WhichCaptures::None).reverse(true);
        let (nfa, nfarev) = COMPILER.with_borrow_mut(|compiler| {
            let nfa = compiler.configure(forward).build_from_hir(hir)?;
            let nfarev = compiler.configure(reverse).build_from_hir(hir)?;
            Ok::<_, BuildError>((nfa, nfarev))
        })?;
        // As the meta engine configures its lazy DFAs.
        let dfa = hybrid::dfa::Config::new()
            .match_kind(MatchKind::LeftmostFirst)
            .starts_for_each_pattern(true)
            .byte_classes(true)
            .unicode_word_boundary(true)
            .cache_capacity(cache)
            .minimum_cache_clear_count(Some(3))
            .minimum_bytes_per_state(Some(10));
        let forward = hybrid::dfa::Builder::new()
            .configure(dfa.clone())
            .build_from_nfa(nfa.clone())?;
        let reverse = hybrid::dfa::Builder::new()
            .configure(dfa.match_kind(MatchKind::All))
            .build_from_nfa(nfarev)?;
        let find = Arc::new(hybrid::regex::Builder::new().build_from_dfas(forward, reverse));
        let onepass = match cheap {
            true => None,
            false => onepass::DFA::new_from_nfa(nfa.clone()).ok(),
        };
        let groups = match onepass {
            Some(dfa) => GroupsEngine::OnePass(Box::new(dfa)),
            None => {
                GroupsEngine::Backtrack(backtrack::BoundedBacktracker::new_from_nfa(nfa.clone())?)
            }
        };
        let pikevm = pikevm::PikeVM::new_from_nfa(nfa)?;
        let (template, finder) = (groups.clone(), find.clone());
        let create: CacheFn = Box::new(move || Caches {
            find: finder.create_cache(),
            groups: match &template {
                GroupsEngine::OnePass(dfa) => GroupsCache::OnePass(dfa.create_cache()),
                GroupsEngine::Backtrack(bt) => GroupsCache::Backtrack(bt.create_cache()),
            },
            pikevm: None,
            memo: Memo::default(),
        });
        // Only ASCII word boundaries and the text's ends: a Unicode one
        // would see a whole character beyond the match, a line anchor a
        // line ending.
        let seen = LookSet::empty()
            .insert(Look::Start)
            .insert(Look::End)
            .insert(Look::WordAscii)
            .insert(Look::WordAsciiNegate);
        let memoisable = pikevm.get_nfa().look_set_any().subtract(seen).is_empty();
        Ok(Engines {
            find,
            groups,
            pikevm,
            caches: Pool::new(create),
            memoisable,
        })
    }

    /// The names and numbers of the pattern's groups.
    pub(super) fn group_info(&self) -> &GroupInfo {
        self.pikevm.get_nfa().group_info()
    }

    /// This thread's caches.
    pub(super) fn caches(&self) -> PoolGuard<'_, Caches, CacheFn> {
        self.caches.get()
    }

    /// The leftmost-first match of `input`.
    fn find(&self, caches: &mut Caches, input: &Input<'_>) -> Option<Match> {
        match self.find.try_search(&mut caches.find, input) {
            Ok(found) => found,
            Err(_) => self.pikevm.find(self.pikevm_cache(caches), input.clone()),
        }
    }

    /// Every successive non-overlapping match of `input`, as the `regex`
    /// crate's `find_iter` finds them.
    pub(super) fn find_iter<'e, 'h>(
        &'e self,
        input: Input<'h>,
    ) -> impl Iterator<Item = Match> + use<'e, 'h> {
        let mut searcher = Searcher::new(input);
        let mut caches = self.caches();
        std::iter::from_fn(move || {
            searcher.advance(|input| Ok::<_, MatchError>(self.find(&mut caches, input)))
        })
    }

    /// Every successive non-overlapping match of `input` with its groups,
    /// as the `regex` crate's `captures_iter` finds them.
    pub(super) fn captures_iter<'e, 'h>(
        &'e self,
        input: Input<'h>,
    ) -> impl Iterator<Item = captures::Captures> + use<'e, 'h> {
        let haystack = input.haystack();
        let mut searcher = Searcher::new(input);
        let mut caches = self.caches();
        std::iter::from_fn(move || {
            let found =
                searcher.advance(|input| Ok::<_, MatchError>(self.find(&mut caches, input)))?;
            Some(self.groups_of(&mut caches, haystack, found.range()))
        })
    }

    /// The groups of the match `found` of `haystack`: a search anchored at
    /// its start and stopping at its end, or the groups remembered for the
    /// same text in the same surroundings (see [`Memo`]).
    pub(super) fn groups_of(
        &self,
        caches: &mut Caches,
        haystack: &[u8],
        found: std::ops::Range<usize>,
    ) -> captures::Captures {
        if !self.memoisable {
            return self.search_groups(caches, haystack, found);
        }
        caches.memo.key_of(haystack, &found);
        let start = found.start;
        if let Some(relative) = caches.memo.slots.get(caches.memo.key.as_slice()) {
            let mut caps = relative.clone();
            shift(caps.slots_mut(), |at| at + start);
            return caps;
        }
        let caps = self.search_groups(caches, haystack, found);
        if caps.is_match() {
            let memo = &mut caches.memo;
            if memo.slots.len() >= Memo::MAX {
                memo.slots.clear();
            }
            let mut relative = caps.clone();
            shift(relative.slots_mut(), |at| at - start);
            memo.slots.insert(memo.key.as_slice().into(), relative);
        }
        caps
    }

    /// The groups of the match `found` of `haystack`, searched for.
    fn search_groups(
        &self,
        caches: &mut Caches,
        haystack: &[u8],
        found: std::ops::Range<usize>,
    ) -> captures::Captures {
        let input = Input::new(haystack).span(found).anchored(Anchored::Yes);
        let done = match (&self.groups, &mut caches.groups) {
            (GroupsEngine::OnePass(dfa), GroupsCache::OnePass(cache)) => {
                let mut caps = dfa.create_captures();
                dfa.try_search(cache, &input, &mut caps).ok().map(|_| caps)
            }
            (GroupsEngine::Backtrack(bt), GroupsCache::Backtrack(cache)) => {
                let mut caps = bt.create_captures();
                bt.try_search(cache, &input, &mut caps).ok().map(|_| caps)
            }
            _ => None,
        };
        // The backtracker refuses a match too long for its memory.
        done.unwrap_or_else(|| {
            let mut caps = self.pikevm.create_captures();
            self.pikevm
                .search(self.pikevm_cache(caches), &input, &mut caps);
            caps
        })
    }

    fn pikevm_cache<'c>(&self, caches: &'c mut Caches) -> &'c mut pikevm::Cache {
        caches
            .pikevm
            .get_or_insert_with(|| self.pikevm.create_cache())
    }
}

/// Moves each set slot to `to(offset)`.
fn shift(slots: &mut [Option<NonMaxUsize>], to: impl Fn(usize) -> usize) {
    for slot in slots.iter_mut() {
        if let Some(at) = *slot {
            *slot = NonMaxUsize::new(to(at.get()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Regex;

    /// The same text matched twice gets its groups from the memo; where
    /// the byte beside it differs, the groups may too, and are searched
    /// for again.
    #[test]
    fn remembered_groups_are_those_a_search_finds() {
        let re = Regex::windowed(r"(?:(a)(?-u:\b)|(a))|^(b)|(b)", 1 << 20).unwrap();
        let text = "b a ab a ab b";
        let groups = |c: super::super::Captures<'_>| {
            (1..=4)
                .map(|i| c.get(i).map(|m| m.start()))
                .collect::<Vec<_>>()
        };
        let found: Vec<_> = re.captures_iter(text).map(groups).collect();
        let theirs = regex::Regex::new(r"(?:(a)(?-u:\b)|(a))|^(b)|(b)").unwrap();
        let expected: Vec<_> = theirs
            .captures_iter(text)
            .map(|c| {
                (1..=4)
                    .map(|i| c.get(i).map(|m| m.start()))
                    .collect::<Vec<_>>()
            })
            .collect();
        assert_eq!(found, expected);
        assert_eq!(found[1], [Some(2), None, None, None]);
        assert_eq!(found[2], [None, Some(4), None, None]);
        assert_eq!(found[0], [None, None, Some(0), None]);
        assert_eq!(found[7], [None, None, None, Some(12)]);
    }
}
