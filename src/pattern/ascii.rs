//! A pattern's engines in two forms: one for text in ASCII alone, one for
//! any text (#17).
//!
//! A Unicode class such as `\d`, `\s` or `\w` stands for hundreds of
//! ranges of characters, each a sequence of two to four bytes: compiling
//! them was most of the cost of compiling a date rule, and their bytes
//! split the lazy DFA's alphabet into many classes, which made each of
//! its states several times as wide (its tables then missed the caches).
//! Within text that is all ASCII those ranges can never match, so there
//! the pattern with every class cut down to its ASCII part matches
//! exactly what the full one does, groups and all: the syntax tree is the
//! same but for the classes, and look-around (`\b`, `^`, `$`) is left as
//! it was, so it reads the text outside a search as before. Most text a
//! search sees is ASCII; the full form is compiled only when a search
//! meets a byte outside it.

use super::groups::{BuildError, Engines};
use super::{hir_bound, LengthBound};
use regex_syntax::hir::{
    Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, HirKind,
    Repetition,
};
use std::sync::OnceLock;

/// The engines of one pattern, for ASCII text and for any text, each
/// compiled when first needed.
#[derive(Debug)]
pub(super) struct Twins {
    /// The pattern's syntax tree, as parsed.
    hir: Hir,
    /// Its classes cut down to ASCII; `None` when they all were already.
    ascii_hir: Option<Hir>,
    /// The bound on the length of a match in ASCII text.
    ascii_bound: Option<LengthBound>,
    /// Lazy DFA cache capacity.
    cache: usize,
    /// Build no one-pass DFA (see [`Engines::new`]).
    cheap: bool,
    ascii: OnceLock<Engines>,
    any: OnceLock<Engines>,
}

impl Twins {
    /// Compiles the form for ASCII text of `hir` at once, so that a
    /// pattern that does not compile fails here; the other form waits
    /// for text outside ASCII.
    pub(super) fn new(hir: Hir, cache: usize, cheap: bool) -> Result<Twins, BuildError> {
        let cut = ascii_only(&hir);
        let ascii_bound = hir_bound(&cut);
        let ascii_hir = (cut != hir).then_some(cut);
        let twins = Twins {
            hir,
            ascii_hir,
            ascii_bound,
            cache,
            cheap,
            ascii: OnceLock::new(),
            any: OnceLock::new(),
        };
        let first = Engines::new(twins.ascii_tree(), cache, cheap)?;
        twins.ascii.set(first).expect("a new cell is empty");
        Ok(twins)
    }

    /// The pattern's syntax tree, as parsed.
    pub(super) fn hir(&self) -> &Hir {
        &self.hir
    }

    fn ascii_tree(&self) -> &Hir {
        self.ascii_hir.as_ref().unwrap_or(&self.hir)
    }

    /// The engines for a search over `text`, the part of the haystack
    /// the search may match: the ASCII form when `text` is all ASCII.
    pub(super) fn for_text(&self, text: &[u8]) -> &Engines {
        if self.ascii_hir.is_none() || text.is_ascii() {
            return self.ascii();
        }
        self.any.get_or_init(|| {
            Engines::new(&self.hir, self.cache, self.cheap)
                .expect("a pattern whose ASCII form compiled compiles in full")
        })
    }

    /// A bound on the length of a match in text all in ASCII (see
    /// [`super::Regex::ascii_length_bound`]).
    pub(super) fn ascii_bound(&self) -> Option<LengthBound> {
        self.ascii_bound
    }

    /// The engines for ASCII text, which also tell the pattern's groups
    /// (the same in both forms).
    pub(super) fn ascii(&self) -> &Engines {
        self.ascii.get().expect("compiled in Twins::new")
    }
}

/// `hir` with every class cut down to its ASCII part: within text that is
/// all ASCII it matches what `hir` matches, with the same groups. The
/// tree is rebuilt with `Hir`'s own constructors, which simplify as the
/// parser's do (an emptied class becomes one that never matches).
pub(super) fn ascii_only(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Class(Class::Unicode(class)) => {
            let mut class = class.clone();
            class.intersect(&ClassUnicode::new([ClassUnicodeRange::new('\0', '\x7F')]));
            Hir::class(Class::Unicode(class))
        }
        HirKind::Class(Class::Bytes(class)) => {
            let mut class = class.clone();
            class.intersect(&ClassBytes::new([ClassBytesRange::new(0, 0x7F)]));
            Hir::class(Class::Bytes(class))
        }
        // Field by field: `..rep.clone()` would copy the whole subtree
        // only to drop it.
        HirKind::Repetition(rep) => Hir::repetition(Repetition {
            min: rep.min,
            max: rep.max,
            greedy: rep.greedy,
            sub: Box::new(ascii_only(&rep.sub)),
        }),
        HirKind::Capture(cap) => Hir::capture(Capture {
            index: cap.index,
            name: cap.name.clone(),
            sub: Box::new(ascii_only(&cap.sub)),
        }),
        HirKind::Concat(parts) => Hir::concat(parts.iter().map(ascii_only).collect()),
        HirKind::Alternation(parts) => Hir::alternation(parts.iter().map(ascii_only).collect()),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Look(_) => hir.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::util::syntax;

    /// The ASCII form of a pattern finds, in ASCII text, the matches and
    /// groups the `regex` crate finds with the full pattern, and keeps
    /// the groups' names and numbers.
    #[test]
    fn the_ascii_form_matches_as_the_full_one_in_ascii_text() {
        let cases = [
            (
                r"(?i)\b(\d{1,2})\s+(?P<m>jan|feb)\w*[\s,.]+(\d{4}|['\x{2019}]\d\d)\b",
                "On 3 Jan 2020, 14 FEBRUARY. 1999 and 5 feb '08; not 5 Janx9 or 7 febs",
            ),
            (
                r"(?:^|[^\w$.,\-/])(1\d\d\d|20\d\d)\b",
                "In 1996, $1997 and 2001/2 or x1998; 2024 then 1850",
            ),
            (r"\b(?P<span>9/11)\b|(?i:k)", "after 9/11 kept KIDS"),
        ];
        for (pattern, text) in cases {
            let hir = syntax::parse(pattern).unwrap();
            let cut = ascii_only(&hir);
            assert_ne!(cut, hir, "{pattern}");
            assert_eq!(
                cut.properties().explicit_captures_len(),
                hir.properties().explicit_captures_len()
            );
            let twins = Twins::new(hir, 1 << 20, true).unwrap();
            let ours = twins.for_text(text.as_bytes());
            assert!(twins.any.get().is_none(), "ASCII text needs no full form");
            let theirs = regex::Regex::new(pattern).unwrap();
            let n = theirs.captures_len();
            assert_eq!(
                ours.group_info().group_len(regex_automata::PatternID::ZERO),
                n
            );
            let input = regex_automata::Input::new(text);
            let got: Vec<Vec<_>> = ours
                .captures_iter(input)
                .map(|c| (0..n).map(|i| c.get_group(i).map(|s| s.range())).collect())
                .collect();
            let want: Vec<Vec<_>> = theirs
                .captures_iter(text)
                .map(|c| (0..n).map(|i| c.get(i).map(|m| m.range())).collect())
                .collect();
            assert!(want.len() >= 2, "{pattern}");
            assert_eq!(got, want, "{pattern}");
        }
    }

    /// Text outside ASCII gets the full form, compiled then.
    #[test]
    fn other_text_gets_the_full_form() {
        let hir = syntax::parse(r"\d+").unwrap();
        let twins = Twins::new(hir, 1 << 20, true).unwrap();
        let text = "in ١٩٩٦";
        let engines = twins.for_text(text.as_bytes());
        assert!(twins.any.get().is_some());
        let found: Vec<_> = engines
            .find_iter(regex_automata::Input::new(text))
            .map(|m| (m.start(), m.end()))
            .collect();
        assert_eq!(found, [(3, text.len())]);
        // A pattern without a class outside ASCII has one form only.
        let plain = Twins::new(syntax::parse(r"(?-u:\d)").unwrap(), 1 << 20, true).unwrap();
        plain.for_text(text.as_bytes());
        assert!(plain.ascii_hir.is_none() && plain.any.get().is_none());
    }

    /// In ASCII text a class matches one byte: `\d` four in other text.
    #[test]
    fn ascii_text_bounds_matches_tighter() {
        let twins = Twins::new(syntax::parse(r"(?i)\d{4}\s+s").unwrap(), 1 << 20, true).unwrap();
        let b = twins.ascii_bound().unwrap();
        assert_eq!((b.fixed, b.spaces, b.digits), (5, 1, 0));
        let full = hir_bound(&twins.hir).unwrap();
        assert_eq!((full.fixed, full.spaces, full.digits), (18, 1, 0));
    }

    #[test]
    fn classes_keep_their_ascii_part() {
        let cut = |p: &str| ascii_only(&syntax::parse(p).unwrap());
        assert_eq!(cut(r"\d"), syntax::parse(r"[0-9]").unwrap());
        assert_eq!(cut(r"(?i)k"), syntax::parse(r"[Kk]").unwrap());
        assert_eq!(
            cut(r"[\x{2018}\x{2019}]a"),
            Hir::concat(vec![Hir::fail(), cut("a")])
        );
    }
}
