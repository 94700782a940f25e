//! The rule name a candidate carries to its mention's `rule` field, as
//! one byte.
//!
//! A `&'static str` here made every candidate 16 bytes wider; every pass
//! over the candidates (pooling, deciding, grouping, aliases) moves them
//! all through the cache, so the name is an index into the weight
//! [`TABLE`] instead, plus two names no row carries (#17).

use super::{Rule, TABLE};

/// The name of the rule that typed a candidate: a row of [`TABLE`],
/// `same_name` or `unknown`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(u8);

impl Label {
    /// Typed by the evidence of other mentions of its name alone.
    pub(crate) const SAME_NAME: Label = Label(TABLE.len() as u8);
    /// Not typed (yet).
    pub(crate) const UNKNOWN: Label = Label(TABLE.len() as u8 + 1);
    /// Named in an alias statement.
    pub(crate) const ALIAS: Label = Label::named("alias");
    /// Opens with a known given name.
    pub(crate) const GIVEN_NAME: Label = Label::named("given_name");

    /// The label of a rule's row. Rows that share a name share a label
    /// (the first such row's), so labels compare as their names do.
    #[inline]
    pub(crate) fn of(rule: Rule) -> Label {
        LABELS[rule as usize]
    }

    /// The first row named `name`; a name no row has fails to compile
    /// where it is a constant.
    const fn named(name: &str) -> Label {
        let mut i = 0;
        while i < TABLE.len() {
            if same(TABLE[i].name.as_bytes(), name.as_bytes()) {
                return Label(i as u8);
            }
            i += 1;
        }
        panic!("no rule of that name")
    }

    /// The name users see in a mention's `rule`.
    pub(crate) fn name(self) -> &'static str {
        match TABLE.get(self.0 as usize) {
            Some(row) => row.name,
            None if self == Label::SAME_NAME => "same_name",
            None => "unknown",
        }
    }
}

/// Compares with a rule's name, as the `&str` it replaced did.
impl PartialEq<&str> for Label {
    fn eq(&self, other: &&str) -> bool {
        self.name() == *other
    }
}

/// Each row's label, worked out at compile time: [`Label::of`] runs for
/// every candidate, and a search of the table there cost more than the
/// smaller candidate saved.
const LABELS: [Label; TABLE.len()] = {
    let mut labels = [Label(0); TABLE.len()];
    let mut i = 0;
    while i < TABLE.len() {
        labels[i] = Label::named(TABLE[i].name);
        i += 1;
    }
    labels
};

/// Byte equality, usable in a `const fn`.
const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_names_its_row() {
        assert!(TABLE.len() + 2 <= u8::MAX as usize + 1);
        for row in TABLE {
            assert_eq!(Label::of(row.rule).name(), row.name);
            assert_eq!(Label::of(row.rule), row.name);
        }
        assert_eq!(Label::SAME_NAME.name(), "same_name");
        assert_eq!(Label::UNKNOWN.name(), "unknown");
        assert_eq!(Label::ALIAS, Label::of(Rule::AliasPlace));
        assert_eq!(Label::of(Rule::TheBody), Label::of(Rule::OrgWord));
    }
}
