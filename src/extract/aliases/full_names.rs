//! People's full names parsed once per article, by span, with the
//! evidence each span gives that it is a person's: typing short forms
//! ([`super::short_forms::type_short_forms`]) and grouping
//! ([`super::persons::join`]) ask about the same names.

use super::names::{entry_at, lower_entry_at, parse, PersonName, Word};
use super::persons::LowerWords;
use super::spelling::skeleton_key;
use crate::extract::{people, Candidate, Doc};

/// How sure the article is that a multi-word name is a person's, beyond
/// its shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Evidence {
    /// Only its shape.
    None,
    /// A known surname, or a first and last word that are no ordinary
    /// words (`lower` holds the article's lower-case words: "Symphony"
    /// in "Seventh Symphony" is one when "symphony" is written too).
    Shape,
    /// A known given name, a title, an age, a reporting verb, a
    /// statement.
    Context,
}

/// True for the rules that are evidence of a person by themselves: a
/// name typed so needs nothing more.
fn rule_is_context(rule: &str) -> bool {
    matches!(
        rule,
        "given_name" | "title" | "age" | "scorecard" | "alias" | "reporting_verb"
    )
}

/// The evidence that the name starting at token `first` is a person's,
/// whatever rule typed it.
fn span_evidence(doc: &Doc<'_>, first: usize, name: &PersonName) -> Evidence {
    let context = entry_at(doc, name.given_at).is_given_name()
        || people::title_before(doc, first)
        // "Saint Jerome", "Pope Francis": a title and one name.
        || lower_entry_at(doc, name.given_at).is_title()
        || matches!(name.given_raw, "Saint" | "St" | "St.");
    if context {
        return Evidence::Context;
    }
    let lower = LowerWords::new(doc);
    let ordinary = |at: (usize, usize)| {
        lower_entry_at(doc, at).is_function_word() || lower.contains_at(at.0, at.1)
    };
    let surname = entry_at(doc, name.surname_at);
    if !ordinary((first, first)) && (surname.is_surname() || !ordinary(name.surname_at)) {
        Evidence::Shape
    } else {
        Evidence::None
    }
}

/// People's full names parsed once per article, by span, with the
/// evidence their span gives: typing short forms and grouping ask about
/// the same names, and a parse costs more than a thousand instructions
/// (#17). Kept sorted by span for binary searches: names are parsed in
/// text order, so they are almost always pushed at the end, and a sorted
/// list cost less than a map of its few names (#17).
#[derive(Default)]
pub(crate) struct FullNames<'a> {
    by_span: Vec<Parsed<'a>>,
    /// The words of the name being parsed, one buffer for them all.
    words: Vec<Word<'a>>,
    /// The skeleton keys of one-token names, by token, in token order, as
    /// typing short forms worked them out: grouping asks for the same
    /// words' again, and a key costs a few hundred instructions (#17).
    skeletons: Vec<(usize, u64)>,
}

/// A span, with its name and the evidence its span gives (`None`: no
/// full name).
type Parsed<'a> = ((usize, usize), Option<(PersonName<'a>, Evidence)>);

impl<'a> FullNames<'a> {
    /// Makes room for `n` more names (more than are new, at worst).
    pub(super) fn reserve(&mut self, n: usize) {
        self.by_span.reserve(n);
    }

    /// Keeps the skeleton key of token `i`, the last token kept so far.
    pub(super) fn keep_skeleton(&mut self, i: usize, key: u64) {
        debug_assert!(self.skeletons.last().is_none_or(|k| k.0 < i), "in order");
        self.skeletons.push((i, key));
    }

    /// [`skeleton_key`] of token `i`: the one kept, or worked out.
    pub(super) fn skeleton_key_at(&self, doc: &Doc<'_>, i: usize) -> u64 {
        match self.skeletons.binary_search_by_key(&i, |k| k.0) {
            Ok(k) => self.skeletons[k].1,
            Err(_) => skeleton_key(doc.tokens[i].text),
        }
    }

    /// Where the span of `c` is, or would be inserted.
    fn find(&self, c: &Candidate) -> Result<usize, usize> {
        let span = (c.first(), c.last());
        // (The usual case, a name after every name parsed so far, is told
        // without a search.)
        match self.by_span.last() {
            Some((last, _)) if *last < span => Err(self.by_span.len()),
            _ => self.by_span.binary_search_by_key(&span, |p| p.0),
        }
    }

    /// Parses the name of `c`, unless it was already.
    pub(super) fn parse(&mut self, doc: &Doc<'a>, c: &Candidate) {
        let Err(at) = self.find(c) else {
            return;
        };
        let parsed = parse(doc, c.first(), c.last(), &mut self.words).map(|name| {
            let level = span_evidence(doc, c.first(), &name);
            (name, level)
        });
        self.by_span.insert(at, ((c.first(), c.last()), parsed));
    }

    /// The name of `c` parsed by [`FullNames::parse`], with the evidence
    /// that it is a person's: its span's, or its rule's.
    pub(super) fn get(&self, c: &Candidate) -> Option<(&PersonName<'a>, Evidence)> {
        debug_assert!(self.find(c).is_ok(), "parsed");
        let (name, level) = self.by_span[self.find(c).ok()?].1.as_ref()?;
        let level = if rule_is_context(c.rule.name()) {
            Evidence::Context
        } else {
            *level
        };
        Some((name, level))
    }
}
