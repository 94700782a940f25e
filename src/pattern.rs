//! Regular expressions that can be cheap to compile, for a process that
//! reads one article (#17).
//!
//! Compiling a pattern with the `regex` crate costs about 2 to 10 million
//! instructions, nearly half of it spent looking for literals to build a
//! prefilter (a fast scan for the pattern's fixed words). A run over one
//! article compiles some fifteen date patterns, so compiling them was most
//! of what it cost, while the prefilters pay for themselves only over a
//! lot of text. After [`quick_start`], patterns compile without them, from
//! regex-automata's engines directly (`groups`), and a pattern compiles
//! again in full (as the `regex` crate does, prefilter and all) if it goes
//! on to scan more than [`UPGRADE_AFTER`] bytes; by default they compile
//! in full at once, so a long run pays for one compilation per pattern as
//! before. Both forms match exactly the same text; only the speed differs.
//!
//! The date rules compile with [`Regex::windowed`]: they search short
//! windows, where prefilters save nothing, always with the engines of
//! `groups`.
//!
//! Engines built directly come in two forms (`ascii`): one with every
//! class cut down to ASCII, for text all in ASCII (most text, and
//! cheaper to compile), and the full one, compiled only when a search
//! meets other text. A caller that already knows its text is ASCII says
//! so with [`Known`].
//!
//! The API is the part of `regex`'s that the date rules use: [`Regex`],
//! [`Captures`] and [`Match`] stand in for the crate's types of the same
//! names, so code switches by its `use` line.

use regex_automata::meta;
use regex_automata::util::captures;
use regex_automata::util::syntax;
use regex_syntax::hir::{Class, Hir, HirKind};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::OnceLock;

mod ascii;
mod groups;
use ascii::Twins;
use groups::Engines;

/// Bytes a pattern compiled without prefilter scans before it is compiled
/// in full: the prefilter saves a few instructions a byte, and the full
/// compilation costs a few million.
const UPGRADE_AFTER: usize = 64 << 10;

/// Set by [`quick_start`].
static QUICK: AtomicBool = AtomicBool::new(false);

/// Patterns compiled from now on start without prefilters: for a process
/// that reads little text, such as a run over one article.
pub fn quick_start() {
    QUICK.store(true, Ordering::Relaxed);
}

/// A compiled regular expression (see the module documentation).
#[derive(Debug)]
pub struct Regex {
    pattern: String,
    /// Lazy DFA cache capacity, as `regex::RegexBuilder::dfa_size_limit`.
    cache: usize,
    /// The engines built directly, without prefilters: a windowed
    /// pattern's, or any pattern's after [`quick_start`]; in two forms,
    /// for ASCII text and for any text (see `ascii`).
    direct: Option<Twins>,
    /// The full form, as the `regex` crate builds it.
    full: OnceLock<meta::Regex>,
    /// Compiled by [`Regex::windowed`]: never in full.
    windowed: bool,
    /// Bytes scanned so far.
    scanned: AtomicUsize,
    /// [`Regex::length_bound`], worked out once: for a pattern built
    /// directly, from the syntax tree its engines are compiled from.
    bound: OnceLock<Option<LengthBound>>,
}

/// The error of a pattern that does not compile.
pub type Error = Box<dyn std::error::Error + Send + Sync>;

impl Regex {
    /// Compiles `pattern` with the `regex` crate's default limits.
    ///
    /// # Errors
    ///
    /// Fails when the pattern is not a valid regular expression.
    pub fn new(pattern: &str) -> Result<Regex, Error> {
        Regex::with_dfa_size_limit(pattern, 2 << 20)
    }

    /// Compiles `pattern` with a lazy DFA cache of `limit` bytes.
    ///
    /// # Errors
    ///
    /// Fails when the pattern is not a valid regular expression.
    pub fn with_dfa_size_limit(pattern: &str, limit: usize) -> Result<Regex, Error> {
        if QUICK.load(Ordering::Relaxed) {
            return Regex::direct(pattern, limit, false);
        }
        Ok(Regex {
            pattern: pattern.to_string(),
            cache: limit,
            direct: None,
            full: OnceLock::from(build(pattern, limit)?),
            windowed: false,
            scanned: AtomicUsize::new(0),
            bound: OnceLock::new(),
        })
    }

    /// Compiles a pattern that searches short windows of text, and then
    /// asks for the groups of some of the matches it found there (the
    /// date rules, #17): always without prefilters, which cost a few
    /// million instructions to build and save nothing measurable over a
    /// window, from regex-automata's engines directly (see `groups`);
    /// after [`quick_start`], without a one-pass DFA for the groups, as a
    /// run over one article has too few matches to pay for building it.
    ///
    /// # Errors
    ///
    /// Fails when the pattern is not a valid regular expression.
    pub fn windowed(pattern: &str, limit: usize) -> Result<Regex, Error> {
        Regex::direct(pattern, limit, true)
    }

    /// Compiles `pattern` to the engines of `groups`.
    fn direct(pattern: &str, limit: usize, windowed: bool) -> Result<Regex, Error> {
        let hir = syntax::parse(pattern)?;
        Ok(Regex {
            pattern: pattern.to_string(),
            cache: limit,
            direct: Some(Twins::new(hir, limit, QUICK.load(Ordering::Relaxed))?),
            full: OnceLock::new(),
            windowed,
            scanned: AtomicUsize::new(0),
            bound: OnceLock::new(),
        })
    }

    /// The form to search `scanning`, the part of a haystack a search
    /// may match, with: the full one once the pattern has scanned enough
    /// text, unless it is windowed; else the direct engines for ASCII text
    /// if `scanning` is all ASCII (as the caller may know already).
    fn engine(&self, scanning: &[u8], known: Known) -> Either<&meta::Regex, &Engines> {
        if let Some(full) = self.full.get() {
            return Either::Meta(full);
        }
        let direct = self.direct.as_ref().expect("a regex has one form at least");
        let form = || match known {
            Known::Ascii => direct.ascii(),
            Known::Unknown => direct.for_text(scanning),
        };
        if self.windowed {
            return Either::Direct(form());
        }
        let before = self.scanned.fetch_add(scanning.len(), Ordering::Relaxed);
        if before + scanning.len() < UPGRADE_AFTER {
            return Either::Direct(form());
        }
        Either::Meta(
            self.full.get_or_init(|| {
                build(&self.pattern, self.cache).expect("the pattern compiled before")
            }),
        )
    }

    /// The leftmost-first match's groups, if any.
    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        let re = match self.engine(haystack.as_bytes(), Known::Unknown) {
            Either::Meta(re) => re,
            Either::Direct(_) => return self.captures_iter(haystack).next(),
        };
        // Most callers ask of text that does not match ("is this date a
        // step from another?"): the test alone costs less than setting up
        // the groups, which is done for a match only.
        if !re.is_match(haystack) {
            return None;
        }
        let mut caps = re.create_captures();
        re.captures(haystack, &mut caps);
        caps.is_match().then_some(Captures { haystack, caps })
    }

    /// Every successive non-overlapping match's groups.
    pub fn captures_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> impl Iterator<Item = Captures<'h>> + 'r
    where
        'h: 'r,
    {
        self.captures_iter_in(haystack, 0..haystack.len(), Known::Unknown)
    }

    /// The form for a search of `range` of `haystack` (chosen by the
    /// range, as [`Regex::engine`] does) and the search input that lets
    /// look-around see the text outside the range.
    fn within<'h>(
        &self,
        haystack: &'h str,
        range: std::ops::Range<usize>,
        known: Known,
    ) -> (Either<&meta::Regex, &Engines>, regex_automata::Input<'h>) {
        let engine = self.engine(&haystack.as_bytes()[range.clone()], known);
        (engine, regex_automata::Input::new(haystack).range(range))
    }

    /// Every successive non-overlapping match's groups that lies within
    /// `range` of `haystack`. Look-around (`\b`, `^`, `$`) still sees the
    /// text outside the range, so these are the matches of the whole
    /// haystack that fall within it, provided no match of the whole
    /// haystack starts before the range and straddles its start.
    pub fn captures_iter_in<'r, 'h>(
        &'r self,
        haystack: &'h str,
        range: std::ops::Range<usize>,
        known: Known,
    ) -> impl Iterator<Item = Captures<'h>> + 'r
    where
        'h: 'r,
    {
        let found = match self.within(haystack, range, known) {
            (Either::Meta(re), input) => Either::Meta(re.captures_iter(input)),
            (Either::Direct(engines), input) => Either::Direct(engines.captures_iter(input)),
        };
        found.map(move |caps| Captures { haystack, caps })
    }

    /// Every successive non-overlapping match within `range` of
    /// `haystack`, as [`Regex::captures_iter_in`] finds them, without
    /// their groups: a caller that needs the groups of only some matches
    /// asks [`Regex::captures_of`] for them.
    pub fn find_iter_in<'r, 'h>(
        &'r self,
        haystack: &'h str,
        range: std::ops::Range<usize>,
        known: Known,
    ) -> impl Iterator<Item = std::ops::Range<usize>> + 'r
    where
        'h: 'r,
    {
        let found = match self.within(haystack, range, known) {
            (Either::Meta(re), input) => Either::Meta(re.find_iter(input)),
            (Either::Direct(engines), input) => Either::Direct(engines.find_iter(input)),
        };
        found.map(|m| m.range())
    }

    /// The groups of the match that `find_iter_in` found at `found`: the
    /// search anchored at its start and stopping at its end, as the
    /// `regex` crate itself works them out once it knows where a match
    /// lies, so they are the groups `captures_iter_in` gives it.
    pub fn captures_of<'h>(
        &self,
        haystack: &'h str,
        found: std::ops::Range<usize>,
        known: Known,
    ) -> Option<Captures<'h>> {
        let caps = match self.engine(&haystack.as_bytes()[found.clone()], known) {
            Either::Direct(engines) => {
                engines.groups_of(&mut engines.caches(), haystack.as_bytes(), found)
            }
            Either::Meta(re) => {
                let input = regex_automata::Input::new(haystack)
                    .span(found)
                    .anchored(regex_automata::Anchored::Yes);
                let mut caps = re.create_captures();
                re.search_captures(&input, &mut caps);
                caps
            }
        };
        caps.is_match().then_some(Captures { haystack, caps })
    }

    /// True when the pattern has a group called `name`.
    pub fn has_group(&self, name: &str) -> bool {
        let info = match (&self.direct, self.full.get()) {
            (Some(twins), _) => twins.ascii().group_info(),
            (None, Some(re)) => re.group_info(),
            (None, None) => return false,
        };
        info.to_index(regex_automata::PatternID::ZERO, name)
            .is_some()
    }

    /// A bound on the length in bytes of any match; `None` when a
    /// repetition without an upper bound of anything other than spacing
    /// (`\s+`, `[-\s]*`) or digits (`\d+`) makes it unbounded.
    pub fn length_bound(&self) -> Option<LengthBound> {
        // Worked out when first asked for: a date rule in ASCII text
        // asks for the bound of its ASCII form only.
        *self.bound.get_or_init(|| match &self.direct {
            Some(twins) => hir_bound(twins.hir()),
            None => hir_bound(&syntax::parse(&self.pattern).ok()?),
        })
    }

    /// [`Regex::length_bound`] for a haystack all in ASCII, where each
    /// class matches one byte (a Unicode `\s` may match three elsewhere,
    /// a `\d` four): the bound of the pattern's form for ASCII text (see
    /// `ascii`), tighter by as much.
    pub fn ascii_length_bound(&self) -> Option<LengthBound> {
        match &self.direct {
            Some(twins) => twins.ascii_bound(),
            None => self.length_bound(),
        }
    }

    /// The leftmost-first match, if any.
    #[cfg_attr(not(test), allow(dead_code))] // the trigger tests use it
    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        let m = match self.engine(haystack.as_bytes(), Known::Unknown) {
            Either::Direct(_) => self
                .find_iter_in(haystack, 0..haystack.len(), Known::Unknown)
                .next()?,
            Either::Meta(re) => re.find(haystack)?.range(),
        };
        Some(Match {
            haystack,
            start: m.start,
            end: m.end,
        })
    }
}

/// What the caller of a search knows of the text it may match: a search
/// of text all in ASCII uses the pattern's engines for ASCII (see
/// `ascii`), and a caller that has read the text already (the date rules'
/// trigger scan) can say so, sparing each search a look at its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Known {
    /// The whole haystack is ASCII.
    Ascii,
    /// Nothing: the search reads the part it may match to tell.
    Unknown,
}

/// One of two things of the same use: the meta engine's or the engines
/// built directly (see `groups`), such as their iterators over the same
/// items.
enum Either<M, D> {
    Meta(M),
    Direct(D),
}

impl<T, M: Iterator<Item = T>, D: Iterator<Item = T>> Iterator for Either<M, D> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        match self {
            Either::Meta(it) => it.next(),
            Either::Direct(it) => it.next(),
        }
    }
}

/// How long a match can be, in bytes: at most `fixed`, plus `spaces`
/// times the longest run of spacing in the haystack (whitespace characters
/// and hyphens), plus `digits` times its longest run of digits. A
/// repetition of spacing or of digits without an upper bound matches
/// within one such run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LengthBound {
    /// Bytes of the parts of fixed length.
    pub fixed: usize,
    /// Unbounded runs of spacing.
    pub spaces: usize,
    /// Unbounded runs of digits.
    pub digits: usize,
}

impl LengthBound {
    /// The bound for a haystack whose longest run of spacing (whitespace
    /// characters or hyphen-minus) is `space` bytes and whose longest run
    /// of digits is `digits` bytes; saturates rather than overflow.
    pub fn at_most(&self, space: usize, digits: usize) -> usize {
        self.fixed
            .saturating_add(self.spaces.saturating_mul(space))
            .saturating_add(self.digits.saturating_mul(digits))
    }

    fn of(fixed: usize) -> LengthBound {
        LengthBound {
            fixed,
            ..LengthBound::default()
        }
    }
}

/// See [`Regex::length_bound`]. The bound of an alternation takes the
/// larger of each part, which may overstate but never understates it.
fn hir_bound(hir: &Hir) -> Option<LengthBound> {
    Some(match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => LengthBound::of(0),
        HirKind::Literal(lit) => LengthBound::of(lit.0.len()),
        HirKind::Class(Class::Bytes(_)) => LengthBound::of(1),
        HirKind::Class(Class::Unicode(c)) => {
            LengthBound::of(c.ranges().last().map_or(0, |r| r.end().len_utf8()))
        }
        HirKind::Repetition(rep) => match rep.max {
            Some(max) => {
                let b = hir_bound(&rep.sub)?;
                let max = usize::try_from(max).ok()?;
                LengthBound {
                    fixed: b.fixed.checked_mul(max)?,
                    spaces: b.spaces.checked_mul(max)?,
                    digits: b.digits.checked_mul(max)?,
                }
            }
            None if class_within(&rep.sub, is_spacing) => LengthBound {
                spaces: 1,
                ..LengthBound::default()
            },
            None if class_within(&rep.sub, is_digit) => LengthBound {
                digits: 1,
                ..LengthBound::default()
            },
            None => return None,
        },
        HirKind::Capture(cap) => hir_bound(&cap.sub)?,
        HirKind::Concat(parts) => parts.iter().try_fold(LengthBound::of(0), |acc, h| {
            let b = hir_bound(h)?;
            Some(LengthBound {
                fixed: acc.fixed.checked_add(b.fixed)?,
                spaces: acc.spaces.checked_add(b.spaces)?,
                digits: acc.digits.checked_add(b.digits)?,
            })
        })?,
        HirKind::Alternation(parts) => parts.iter().try_fold(LengthBound::of(0), |acc, h| {
            let b = hir_bound(h)?;
            Some(LengthBound {
                fixed: acc.fixed.max(b.fixed),
                spaces: acc.spaces.max(b.spaces),
                digits: acc.digits.max(b.digits),
            })
        })?,
    })
}

/// Spacing, for [`LengthBound`]: a whitespace character or a hyphen-minus.
/// Inlined: the date trigger scan tests every byte between words.
#[inline]
pub fn is_spacing(c: char) -> bool {
    c.is_whitespace() || c == '-'
}

/// A digit, for [`LengthBound`]: an ASCII digit, or a numeric character
/// outside ASCII (whose presence the caller must treat as unbounded, as
/// its runs of digits count ASCII digits only).
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || !c.is_ascii() && c.is_numeric()
}

/// True when `hir` is a class whose every character passes `test`.
fn class_within(hir: &Hir, test: fn(char) -> bool) -> bool {
    match hir.kind() {
        HirKind::Class(Class::Unicode(c)) => {
            c.ranges().iter().all(|r| (r.start()..=r.end()).all(test))
        }
        HirKind::Class(Class::Bytes(c)) => c
            .ranges()
            .iter()
            .all(|r| (r.start()..=r.end()).all(|b| b.is_ascii() && test(char::from(b)))),
        _ => false,
    }
}

/// Compiles as `regex::Regex` does (leftmost-first, UTF-8, a 10 MB NFA
/// limit, literal prefilters).
fn build(pattern: &str, cache: usize) -> Result<meta::Regex, Error> {
    let config = meta::Config::new()
        .nfa_size_limit(Some(10 << 20))
        .hybrid_cache_capacity(cache)
        .match_kind(regex_automata::MatchKind::LeftmostFirst)
        .utf8_empty(true);
    meta::Builder::new()
        .configure(config)
        .syntax(syntax::Config::new().utf8(true))
        .build(pattern)
        .map_err(Into::into)
}

/// The groups of one match, as `regex::Captures`.
#[derive(Debug)]
pub struct Captures<'h> {
    haystack: &'h str,
    caps: captures::Captures,
}

impl<'h> Captures<'h> {
    /// Group `i` (0: the whole match), if it took part in the match.
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        let span = self.caps.get_group(i)?;
        Some(Match {
            haystack: self.haystack,
            start: span.start,
            end: span.end,
        })
    }

    /// The group called `name`, if it took part in the match.
    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        let span = self.caps.get_group_by_name(name)?;
        Some(Match {
            haystack: self.haystack,
            start: span.start,
            end: span.end,
        })
    }
}

impl std::ops::Index<usize> for Captures<'_> {
    type Output = str;

    /// The text of group `i`.
    ///
    /// # Panics
    ///
    /// When group `i` did not take part in the match.
    fn index(&self, i: usize) -> &str {
        self.get(i)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group at index '{i}'"))
    }
}

/// One match or group: a span of the haystack, as `regex::Match`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    /// Byte offset of the first byte.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset just past the last byte.
    pub fn end(&self) -> usize {
        self.end
    }

    /// The matched text.
    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.start..self.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both forms of a pattern, before and after the upgrade, find what
    /// the `regex` crate finds.
    #[test]
    fn matches_as_the_regex_crate_before_and_after_the_upgrade() {
        let pattern = r"(?i)\b(?P<day>\d{1,2})\s+(jan|feb)\w*\b";
        let text = "Met on 3 Jan and 14 FEBRUARY, not 5 Janx9 or 7\u{a0}feb.";
        // Other tests in this process then compile quick too: the date
        // tests check that form as well.
        quick_start();
        let ours = Regex::new(pattern).unwrap();
        assert!(ours.direct.is_some() && ours.full.get().is_none());
        let theirs = regex::Regex::new(pattern).unwrap();
        let expected: Vec<_> = theirs
            .captures_iter(text)
            .map(|c| {
                (
                    c.name("day").map(|m| m.as_str()),
                    c.get(2).map(|m| (m.start(), m.end())),
                )
            })
            .collect();
        assert!(expected.len() >= 3, "{expected:?}");
        for _ in 0..2 {
            let found: Vec<_> = ours
                .captures_iter(text)
                .map(|c| {
                    (
                        c.name("day").map(|m| m.as_str()),
                        c.get(2).map(|m| (m.start(), m.end())),
                    )
                })
                .collect();
            assert_eq!(found, expected);
            assert_eq!(&ours.captures(text).unwrap()[1], "3");
            assert_eq!(ours.find(text).map(|m| m.as_str()), Some("3 Jan"));
            assert!(ours.find("no date").is_none());
            // Pretend a long run has gone by: the second round uses the
            // full form.
            ours.scanned.store(UPGRADE_AFTER, Ordering::Relaxed);
        }
        assert!(ours.full.get().is_some());
        assert!(Regex::new("(unclosed").is_err());
    }

    /// A windowed pattern's matches, and the groups of a match already
    /// found, worked out by the one-pass DFA or the backtracker, are
    /// those the `regex` crate finds, in text with non-ASCII characters
    /// too. Each pattern here compiles after another on the same thread,
    /// so with the NFA compiler used again after a reverse compilation.
    #[test]
    fn groups_of_a_found_match_are_the_regex_crates() {
        let cases = [
            (
                r"(?i)\b(?:(last|next|this\s+coming)\s+)?(?P<span>(mon|tues)day)(s)?\b",
                "Met last Monday, NEXT tuesdays and mondays; not Mondayx, Mondayé or éMonday; Monday\u{a0}again.",
                false,
            ),
            (
                r"\b(\d{4})-(\d{2})-(?P<span>\d{2})\b",
                "On 2024-05-01, 1999-12-31 and 20245-01-01 or 2024-5-01.",
                true,
            ),
        ];
        for (pattern, text, one_pass) in cases {
            let theirs = regex::Regex::new(pattern).unwrap();
            let hir = syntax::parse(pattern).unwrap();
            let engines = Engines::new(&hir, 1 << 20, false).unwrap();
            assert_eq!(
                matches!(engines.groups, groups::GroupsEngine::OnePass(_)),
                one_pass,
                "{pattern}"
            );
            let ours = Regex::windowed(pattern, 1 << 20).unwrap();
            let n = theirs.captures_len();
            let spans = |c: &Captures<'_>| -> Vec<_> {
                (0..n)
                    .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                    .collect()
            };
            let mut found = 0;
            for c in theirs.captures_iter(text) {
                let want: Vec<_> = (0..n)
                    .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                    .collect();
                let whole = c.get(0).unwrap().range();
                let got = ours
                    .captures_of(text, whole.clone(), Known::Unknown)
                    .unwrap();
                assert_eq!(spans(&got), want);
                let caps = engines.groups_of(&mut engines.caches(), text.as_bytes(), whole);
                let got = Captures {
                    haystack: text,
                    caps,
                };
                assert_eq!(spans(&got), want);
                assert_eq!(
                    got.name("span").map(|m| m.as_str()),
                    c.name("span").map(|m| m.as_str())
                );
                found += 1;
            }
            assert!(found >= 2, "{pattern}");
            let within: Vec<_> = ours
                .find_iter_in(text, 0..text.len(), Known::Unknown)
                .collect();
            let want: Vec<_> = theirs.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(within, want);
            let spans_of = |c: Captures<'_>| spans(&c);
            let all: Vec<_> = ours.captures_iter(text).map(spans_of).collect();
            let want: Vec<_> = theirs
                .captures_iter(text)
                .map(|c| {
                    (0..n)
                        .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                        .collect::<Vec<_>>()
                })
                .collect();
            assert_eq!(all, want);
        }
    }

    #[test]
    fn length_bounds_count_runs_of_spacing_and_digits_apart() {
        let bound = |p: &str| {
            Regex::new(p)
                .unwrap()
                .length_bound()
                .map(|b| (b.fixed, b.spaces, b.digits))
        };
        assert_eq!(bound(r"ab\s+c"), Some((3, 1, 0)));
        assert_eq!(bound(r"\bx{2,3}\b"), Some((3, 0, 0)));
        // One whitespace character may take three bytes ("\u{3000}").
        assert_eq!(bound(r"a|\s*bcd|(e)\s?"), Some((4, 1, 0)));
        // "ſ", the long s, is two bytes.
        assert_eq!(bound(r"(?i)s"), Some((2, 0, 0)));
        assert_eq!(bound(r"[-\s]+(\d+)\s+\d+"), Some((0, 2, 2)));
        assert_eq!(bound(r"[\s.]+"), None);
        assert_eq!(bound(r"\w+"), None);
        let b = Regex::new(r"a\s+\d+").unwrap().length_bound().unwrap();
        assert_eq!(b.at_most(3, 5), 9);
        assert_eq!(b.at_most(usize::MAX, 5), usize::MAX);
    }
}
