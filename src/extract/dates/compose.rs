//! Composition: how the matches of different rules combine. Every rule
//! runs over the whole text, so one expression is often matched several
//! times ("March 3, 2024", "March 3", "2024"); the longest match wins and
//! whatever overlaps it is dropped.

use super::*;
use std::collections::BTreeMap;

/// Keeps, longest first and then earliest, every match that overlaps
/// nothing kept; returns them in text order. Kept spans never overlap, so
/// only the neighbour by start needs a look.
pub(super) fn longest_first(mut found: Vec<FoundDate>) -> Vec<FoundDate> {
    found.sort_by_key(|d| (std::cmp::Reverse(d.end - d.start), d.start));
    let mut kept: BTreeMap<usize, FoundDate> = BTreeMap::new();
    for d in found {
        let before = kept.range(..d.end).next_back();
        if before.is_some_and(|(_, k)| k.end > d.start) {
            continue;
        }
        kept.insert(d.start, d);
    }
    kept.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(start: usize, end: usize, value: &str) -> FoundDate {
        FoundDate {
            start,
            end,
            ty: DateType::Date,
            value: value.to_string(),
            anchor: Anchor::None,
        }
    }

    #[test]
    fn the_longest_match_wins_and_order_is_textual() {
        let kept = longest_first(vec![
            at(0, 7, "2024-03"),
            at(0, 13, "2024-03-03"),
            at(9, 13, "2024"),
            at(20, 24, "2025"),
        ]);
        let values: Vec<&str> = kept.iter().map(|d| d.value.as_str()).collect();
        assert_eq!(values, ["2024-03-03", "2025"]);
    }
}
