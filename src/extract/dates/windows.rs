//! The parts of an article each triggered rule searches (#17): around
//! the occurrences of its trigger, as far as a match can reach, instead of
//! the whole text. Cheaper, and the same matches.

use super::triggers::{Located, RuleSet, MAX_RULES};
use super::Rules;
#[cfg(test)]
use crate::pattern::{Captures, Known};
use std::ops::Range;

/// Calls `search(k, window, last)` for each part of `body` that rule `k`
/// need search, each rule's in the order of the text, where `last` is
/// the start of the window's last occurrence of the trigger: no match
/// follows one that ends after it (see [`Window::done_after`]). Every match holds the
/// start of an occurrence of the rule's trigger and is no longer than the
/// pattern's bound, so it lies within the bound of an occurrence on
/// either side. Occurrences close enough for their reaches to meet share
/// one window; windows further apart cannot share a match, so the
/// leftmost-first matches within them are those of the whole text. Most
/// of an article lies outside the windows of most rules.
pub(super) fn for_each_window(
    rules: &Rules,
    body: &str,
    located: &Located,
    mut search: impl FnMut(usize, Window),
) {
    // A window without a byte that every match of its rule holds before a
    // digit has no match: ISO dates trigger the slashed ones too
    // ("1996-08-22" is a year and a number), and most articles hold no
    // "/" (#17). The digit after it matters as much: most windows hold a
    // "-" or a "." ("year-old", the end of a sentence), few before a digit.
    let mut search = |k: usize, window: Window| {
        let needs = rules.rules[k].needs;
        let bytes = &body.as_bytes()[window.range.clone()];
        let before_digit = |(a, b): (u8, u8)| {
            memchr::memchr2_iter(a, b, bytes)
                .any(|i| bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
        };
        if needs.is_none_or(before_digit) {
            search(k, window);
        }
    };
    // For each rule that runs: how far a match reaches from the start of
    // an occurrence, and the first and last occurrence of the window it
    // is gathering.
    let mut reach = [0; MAX_RULES];
    let mut open: [Option<(usize, usize)>; MAX_RULES] = [None; MAX_RULES];
    let mut gathering: RuleSet = 0;
    let mut hits = located.hits;
    while hits != 0 {
        let k = hits.trailing_zeros() as usize;
        hits &= hits - 1;
        if k >= rules.rules.len() {
            break;
        }
        match rules.rules[k].length_bound(located.known()) {
            Some(bound) if !located.everywhere => {
                reach[k] = bound.at_most(located.widest_space, located.widest_digits);
                gathering |= 1 << k;
            }
            _ => search(
                k,
                Window {
                    range: 0..body.len(),
                    last: usize::MAX,
                },
            ),
        }
    }
    let window = |k: usize, (first, last): (usize, usize)| {
        let mut lo = first.saturating_sub(reach[k]);
        while !body.is_char_boundary(lo) {
            lo -= 1;
        }
        let mut hi = last.saturating_add(reach[k]).min(body.len());
        while !body.is_char_boundary(hi) {
            hi += 1;
        }
        Window {
            range: lo..hi.max(lo),
            last,
        }
    };
    for &(at, rules) in &located.occurrences {
        let mut r = rules & gathering;
        while r != 0 {
            let k = r.trailing_zeros() as usize;
            r &= r - 1;
            open[k] = match open[k] {
                Some((first, last))
                    if at - last <= reach[k].saturating_mul(2).saturating_add(JOIN_GAP) =>
                {
                    Some((first, at))
                }
                Some(gathered) => {
                    search(k, window(k, gathered));
                    Some((at, at))
                }
                None => Some((at, at)),
            };
        }
    }
    while gathering != 0 {
        let k = gathering.trailing_zeros() as usize;
        gathering &= gathering - 1;
        if let Some(gathered) = open[k] {
            search(k, window(k, gathered));
        }
    }
}

/// A part of an article that a rule searches.
pub(super) struct Window {
    pub(super) range: Range<usize>,
    /// Where the window's last occurrence of the rule's trigger starts
    /// (`usize::MAX` when the rule searches the whole text).
    last: usize,
}

impl Window {
    /// Whether a match of the window that ends at `end` is its last:
    /// every match holds the start of an occurrence of its rule's
    /// trigger, and those of other windows lie too far away, so a match
    /// past the last occurrence leaves none for another. Stopping there
    /// spares the search that would scan the rest of the window for
    /// nothing, which costs as much as a window's search (#17).
    pub(super) fn done_after(&self, end: usize) -> bool {
        end > self.last
    }
}

/// Windows whose gap is at most this many bytes are searched as one: a
/// search costs about as much to start as to scan that much text. The
/// gap also covers the windows' rounding out to character boundaries.
const JOIN_GAP: usize = 64;

/// In tests, every text that goes through [`find_dates`] also checks the
/// triggers: a rule the scan leaves out must have no match, and a rule
/// searched in its windows finds what it finds in the whole text.
#[cfg(test)]
pub(super) fn check_triggers(rules: &Rules, body: &str, located: &Located) {
    let spans = |caps: Captures<'_>| {
        let m = caps.get(0).expect("whole match");
        (m.start(), m.end())
    };
    let mut within = vec![Vec::new(); rules.rules.len()];
    for_each_window(rules, body, located, |k, window| {
        let rule = &rules.rules[k];
        for caps in rule
            .regex()
            .captures_iter_in(body, window.range.clone(), Known::Unknown)
        {
            let (start, end) = spans(caps);
            within[k].push((start, end));
            if window.done_after(end) {
                break;
            }
        }
    });
    for (k, rule) in rules.rules.iter().enumerate() {
        if located.hits & (1 << k) == 0 {
            if let Some(m) = rule.regex().find(body) {
                panic!("rule {k} matches {:?} without its trigger", m.as_str());
            }
            continue;
        }
        let all: Vec<_> = rule.regex().captures_iter(body).map(spans).collect();
        assert_eq!(all, within[k], "rule {k} in {body:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    /// A rule that needs a byte before a digit is searched only where one
    /// is: the dates it finds are still found, and `find_dates` checks in
    /// tests that every rule finds in its windows what it finds in the
    /// whole text, with or without the byte and the digit.
    #[test]
    fn a_needed_byte_counts_only_before_a_digit() {
        let found = values(
            "Talks at 10:30 on 1996-08-22 ended; a 3.5-hour shift ran until 23:59.",
            "1996-08-23",
        );
        let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert!(texts.contains(&"1996-08-22"), "{found:?}");
        assert!(texts.iter().any(|t| t.contains("10:30")), "{found:?}");
        assert!(texts.iter().any(|t| t.contains("23:59")), "{found:?}");
        for text in [
            "A year-old plan: at 10 a.m. in 1996, then 1996. - 8. -",
            "Until 9: the 1996-ers met. Since 1995/ 1996",
            "at 7:x and 1996-",
        ] {
            values(text, "1996-08-23");
        }
    }
}
