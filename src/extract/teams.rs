//! Sports teams: in a sports report, clubs and county sides carry place
//! names ("Leicestershire beat Somerset"); a name that stands where a team
//! stands is typed as an organisation throughout the report.

use rustc_hash::FxHashSet as HashSet;

use super::evidence::Rule;
use super::{organisations, segment, Candidate, Doc, EntityType};

/// In sports reports, clubs and county sides carry place names
/// ("Leicestershire beat Somerset"): a name that stands where a team
/// stands becomes an organisation everywhere in the report, except where
/// a preposition makes it a location ("in Leeds"). National sides keep
/// their country's type, as is usual in news annotation.
pub(super) fn sports_teams(doc: &Doc<'_>, cands: &mut [Candidate]) {
    let teams: HashSet<InCapitals<'_>> = cands
        .iter()
        .filter(|c| is_team(doc, c))
        .map(|c| InCapitals(doc.span_text(c.first(), c.last())))
        .collect();
    if teams.is_empty() {
        return;
    }
    // The byte lengths of the teams' names, when all are ASCII: an ASCII
    // name of another length is none of them, told without hashing it
    // (a report checks every name against a few teams, #17).
    let lengths: Option<u64> = teams.iter().try_fold(0u64, |mask, t| {
        t.0.is_ascii().then(|| mask | (1 << t.0.len().min(63)))
    });
    let may_be_team = |s: &str| match lengths {
        Some(mask) if s.is_ascii() => mask & (1 << s.len().min(63)) != 0,
        _ => true,
    };
    for c in cands.iter_mut() {
        let key = InCapitals(doc.span_text(c.first(), c.last()));
        let located = c.first() > 0
            && ["in", "at", "near"]
                .iter()
                .any(|w| doc.tokens[c.first() - 1].text.eq_ignore_ascii_case(w));
        let fixed = c.ev.has(Rule::Dateline) || c.ev.has(Rule::Title);
        if !fixed && !located && may_be_team(key.0) && teams.contains(&key) {
            c.ev.add(Rule::SportsTeam);
        }
    }
}

/// True when a name stands where a team stands in a sports report
/// ([`organisations::team_context`]) and may be a team: places, unknown
/// names and lone surnames may; people named in full ("Waqar Younis
/// 3-45" in a scorecard) and national sides may not.
pub(super) fn is_team(doc: &Doc<'_>, c: &Candidate) -> bool {
    let is_country = || {
        doc.lex
            .place(&segment::title_case(doc.span_text(c.first(), c.last())))
            .or_else(|| doc.entry_at(c.first(), c.last()).place())
            .is_some_and(|p| p.kind == crate::lexicon::PlaceKind::Country)
    };
    // (The context first: it rules out most names, and asking the
    // gazetteer copies the name.)
    let movable = || match c.ty {
        Some(EntityType::Place) => c.rule != "dateline" && !is_country(),
        Some(EntityType::Person) => c.first() == c.last() && c.strength <= 1,
        Some(EntityType::Organisation) => false,
        None => true,
    };
    organisations::team_context(doc, c.first(), c.last()) && movable()
}

/// A name compared in capitals, as [`str::to_uppercase`] writes it
/// ("Leeds" is "LEEDS"): ASCII names, almost all of them, are hashed and
/// compared without the copy `to_uppercase` makes (#17).
#[derive(Clone, Copy)]
struct InCapitals<'a>(&'a str);

impl std::hash::Hash for InCapitals<'_> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        // The bytes of the name in capitals, however it is written: equal
        // names hash alike.
        if self.0.is_ascii() {
            self.0
                .bytes()
                .for_each(|b| h.write_u8(b.to_ascii_uppercase()));
        } else {
            self.0.to_uppercase().bytes().for_each(|b| h.write_u8(b));
        }
    }
}

impl PartialEq for InCapitals<'_> {
    fn eq(&self, other: &Self) -> bool {
        if self.0.is_ascii() && other.0.is_ascii() {
            self.0.eq_ignore_ascii_case(other.0)
        } else {
            // "ıstanbul" is "ISTANBUL": a non-ASCII name may have ASCII
            // capitals.
            self.0.to_uppercase() == other.0.to_uppercase()
        }
    }
}

impl Eq for InCapitals<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_where_teams_stand_may_be_teams() {
        let doc = Doc::new("Leeds beat Ann Marie Hollis, as Zorvex said.", 0);
        let at = |w: &str| doc.tokens.iter().position(|t| t.text == w).unwrap();
        let name =
            |first: &str, last: &str| Candidate::new(at(first), at(last), Default::default());
        assert!(is_team(&doc, &name("Leeds", "Leeds")));
        // Not where a team stands, or a person named in full.
        assert!(!is_team(&doc, &name("Zorvex", "Zorvex")));
        let mut person = name("Ann", "Hollis");
        person.ty = Some(EntityType::Person);
        assert!(!is_team(&doc, &person));
    }
}
