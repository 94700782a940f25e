//! The engines that work out the groups of a date rule's match once its
//! bounds are known (see [`super::Regex::windowed`]).

use regex_automata::dfa::onepass;
use regex_automata::nfa::thompson::{self, backtrack};
use regex_automata::util::captures;
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;

/// An engine over the pattern's NFA that works out the groups of a match
/// whose bounds are known, with a cache per thread. The `regex` crate's
/// engines first run a lazy DFA over the match, to learn whether and where
/// it ends, which the caller of [`super::Regex::captures_of`] knows already; then
/// they run one of these two (#17).
#[derive(Debug)]
pub(super) struct Groups {
    pub(super) engine: GroupsEngine,
    caches: Pool<GroupsCache, CacheFn>,
}

/// A one-pass DFA where the pattern allows one (each byte leads to one
/// state, as in "\d{4}-\d{2}-\d{2}"), a bounded backtracker otherwise.
#[derive(Clone, Debug)]
pub(super) enum GroupsEngine {
    OnePass(Box<onepass::DFA>),
    Backtrack(backtrack::BoundedBacktracker),
}

/// The cache of a [`GroupsEngine`].
#[derive(Debug)]
enum GroupsCache {
    OnePass(onepass::Cache),
    Backtrack(backtrack::Cache),
}

/// How [`Groups`] makes a cache for a thread.
type CacheFn =
    Box<dyn Fn() -> GroupsCache + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

impl Groups {
    /// Compiles `pattern` as [`super::build`] does, without the lazy DFAs.
    pub(super) fn new(pattern: &str) -> Option<Groups> {
        let nfa = thompson::Compiler::new()
            .syntax(syntax::Config::new().utf8(true))
            .configure(
                thompson::Config::new()
                    .utf8(true)
                    .nfa_size_limit(Some(10 << 20))
                    .shrink(false),
            )
            .build(pattern)
            .ok()?;
        let engine = match onepass::DFA::new_from_nfa(nfa.clone()) {
            Ok(dfa) => GroupsEngine::OnePass(Box::new(dfa)),
            Err(_) => {
                GroupsEngine::Backtrack(backtrack::BoundedBacktracker::new_from_nfa(nfa).ok()?)
            }
        };
        let template = engine.clone();
        let create: CacheFn = Box::new(move || match &template {
            GroupsEngine::OnePass(dfa) => GroupsCache::OnePass(dfa.create_cache()),
            GroupsEngine::Backtrack(bt) => GroupsCache::Backtrack(bt.create_cache()),
        });
        Some(Groups {
            engine,
            caches: Pool::new(create),
        })
    }

    /// The groups of the match `input` spans, anchored at its start;
    /// `None` when the engine cannot tell (a match too long for the
    /// backtracker's memory).
    pub(super) fn search(&self, input: &regex_automata::Input<'_>) -> Option<captures::Captures> {
        let mut cache = self.caches.get();
        match (&self.engine, &mut *cache) {
            (GroupsEngine::OnePass(dfa), GroupsCache::OnePass(cache)) => {
                let mut caps = dfa.create_captures();
                dfa.try_search(cache, input, &mut caps).ok()?;
                Some(caps)
            }
            (GroupsEngine::Backtrack(bt), GroupsCache::Backtrack(cache)) => {
                let mut caps = bt.create_captures();
                bt.try_search(cache, input, &mut caps).ok()?;
                Some(caps)
            }
            _ => None,
        }
    }
}
