//! Grouping mentions into entities: one entity per real-world thing,
//! with its canonical name, its aliases and its type.
//!
//! Mentions are joined by the same name (letters and digits, any case), a
//! lexicon equivalence (UN / United Nations), a country's ISO code (U.S.
//! / United States), alias statements, acronyms that spell an
//! organisation's initials, and the variants of people's names
//! ([`super::persons`]), organisations and places ([`super::variants`]).
//! A group whose mentions got different types takes the type of its
//! best-evidenced mention instead of splitting.

use rustc_hash::FxHashMap as HashMap;

use super::acronyms::{initials, LettersKey};
use super::{persons, places, variants, AliasKind, FoundAlias, Link};
use crate::extract::evidence::{name_key, span_entry};
use crate::extract::{Candidate, Doc, EntityType, FoundEntity, FoundMention};

/// Joins one-word organisations to the one longer organisation whose
/// word at `part(candidate)` they repeat (`usize::MAX`: no such word).
/// When two different entities share that word, the short form is
/// ambiguous and joins neither.
fn join_short_forms(
    doc: &Doc<'_>,
    cands: &[Candidate],
    groups: &mut Groups,
    kinds: &Kinds,
    part: impl Fn(&Candidate) -> usize,
) {
    let mut owner: HashMap<&str, Option<usize>> = HashMap::default();
    for &i in &kinds.long_orgs {
        let at = part(&cands[i]);
        if at != usize::MAX {
            let root = groups.find(i);
            let entry = owner.entry(doc.tokens[at].text).or_insert(Some(root));
            if entry.is_some_and(|r| groups.find(r) != root) {
                *entry = None;
            }
        }
    }
    // No long name to be short for, in most articles: no name is looked
    // up (#17).
    if owner.is_empty() {
        return;
    }
    for &i in &kinds.short_orgs {
        if let Some(Some(o)) = owner.get(doc.tokens[cands[i].first()].text) {
            groups.union(i, *o);
        }
    }
}

/// The candidates most joins read, sorted out once by type and length
/// (#17): a pass over the organisations of several words walks their
/// list, in text order, instead of testing every candidate's type again,
/// a test that mispredicted on each of the ten passes that made it.
pub(crate) struct Kinds {
    /// Organisations of several words.
    pub(crate) long_orgs: Vec<usize>,
    /// Organisations of one word.
    pub(crate) short_orgs: Vec<usize>,
    /// People of several words.
    pub(crate) long_persons: Vec<usize>,
    /// Places.
    pub(crate) places: Vec<usize>,
}

impl Kinds {
    /// The organisations of several words and the places, merged in text
    /// order: a pass over both reads no other candidate (#17).
    pub(crate) fn long_orgs_and_places(&self) -> impl Iterator<Item = usize> + '_ {
        let mut orgs = self.long_orgs.iter().copied().peekable();
        let mut places = self.places.iter().copied().peekable();
        std::iter::from_fn(move || match (orgs.peek(), places.peek()) {
            (Some(&o), Some(&p)) if o < p => orgs.next(),
            (Some(_), None) => orgs.next(),
            _ => places.next(),
        })
    }
}

/// Alias spans tied by a statement: their kind and the statement's span.
type StatedAliases = HashMap<(usize, usize), (AliasKind, Option<(usize, usize)>)>;

/// Union-find over candidate indices.
pub(crate) struct Groups(Vec<usize>);

impl Groups {
    /// The representative of `i`'s group (the lowest index in it).
    pub(crate) fn find(&mut self, i: usize) -> usize {
        let mut root = i;
        while self.0[root] != root {
            root = self.0[root];
        }
        let mut j = i;
        while self.0[j] != root {
            let next = self.0[j];
            self.0[j] = root;
            j = next;
        }
        root
    }

    /// Points every member straight at its group's representative,
    /// without the walks of [`Groups::find`]. A member's parent is never
    /// above it (a union hangs the higher root under the lower, and
    /// [`Groups::find`] points members at their root, the lowest index
    /// of the group): taken in index order, each parent's entry is its
    /// root already (#17).
    pub(crate) fn flatten(&mut self) {
        for i in 0..self.0.len() {
            self.0[i] = self.0[self.0[i]];
        }
    }

    /// Joins the groups of `a` and `b`.
    pub(crate) fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// Groups typed candidates into entities, in order of first mention.
pub(crate) fn group<'a>(
    doc: &Doc<'a>,
    cands: &[Candidate],
    links: &[Link],
    names: &mut super::FullNames<'a>,
) -> Vec<FoundEntity> {
    let n = cands.len();
    let mut groups = Groups((0..n).collect());
    let text_of = |c: &Candidate| doc.span_text(c.first(), c.last());
    // Keys are hashes of normalised names, tagged by where they come from,
    // so that grouping allocates nothing per mention.
    // Sized up front: most mentions add one key, and growing the map
    // rehashed it several times an article.
    let mut by_key: HashMap<(EntityType, u8, u64), usize> =
        HashMap::with_capacity_and_hasher(n, Default::default());
    // A name of several words typed by its shape alone joins the same name
    // typed otherwise: "Main St." (a person by its shape) is "Main Street"
    // (a place by its street word); the group takes the type of its
    // best-evidenced mention. Two well-evidenced types stay apart ("New
    // York" the team and the city).
    let mut shape_only: Vec<(usize, u64)> = Vec::new();
    // The first mention of each mention's name (its own index for the
    // first, and for a person's single name): places are told written
    // as before from it, without a map of their own (#17).
    let mut first_named: Vec<usize> = (0..n).collect();
    let mut kinds = Kinds {
        long_orgs: Vec::with_capacity(n),
        short_orgs: Vec::with_capacity(n),
        long_persons: Vec::with_capacity(n),
        places: Vec::with_capacity(n),
    };
    for (i, c) in cands.iter().enumerate() {
        let ty = c.ty.expect("resolved candidates are typed");
        match ty {
            EntityType::Organisation if c.last() > c.first() => kinds.long_orgs.push(i),
            EntityType::Organisation => kinds.short_orgs.push(i),
            EntityType::Person if c.last() > c.first() => kinds.long_persons.push(i),
            EntityType::Person => {}
            EntityType::Place => kinds.places.push(i),
        }
        let surface = text_of(c);
        debug_assert_eq!(c.key, name_key(surface), "keys follow the spans");
        // A person's single name is grouped by `persons::join`, one
        // mention at a time: "Lee" may be Ann Lee here and Tom Lee there.
        let single_name = ty == EntityType::Person && c.first() == c.last();
        // (One token holds no space: its key is spelled out already.)
        let spelled = if c.first() == c.last() {
            c.key
        } else {
            spelled_out_key(surface, c.key)
        };
        // Each key joins the mention to the first with it (its tag tells
        // the kinds of key apart), in the order name, lexicon entry,
        // country code.
        let mut pool = |tag: u8, hash: u64| {
            let first = *by_key.entry((ty, tag, hash)).or_insert(i);
            if first != i {
                groups.union(i, first);
            }
            first
        };
        if !single_name {
            first_named[i] = pool(0, spelled);
            if c.last() > c.first() && c.strength <= 1 {
                shape_only.push((i, spelled));
            }
        }
        // A one-word name's lexicon entry is the document's, asked once
        // for every rule; a longer name whose first word opens no key is
        // not probed (#17).
        let entry = span_entry(doc, c.first(), c.last());
        if let Some(canonical) = entry.organisation() {
            pool(1, name_key(canonical));
        }
        // "U.S.", "US", "United States", "America": one country.
        if let Some(code) = country_code(entry, surface) {
            pool(2, code_key(code));
        }
    }
    for (i, hash) in shape_only {
        let own = cands[i].ty;
        let mut others = EntityType::ALL
            .into_iter()
            .filter(|&t| Some(t) != own)
            .filter_map(|t| by_key.get(&(t, 0, hash)).copied())
            .filter(|&j| cands[j].strength > 1);
        // Exactly one (told without collecting them, #17).
        if let (Some(j), None) = (others.next(), others.next()) {
            groups.union(i, j);
        }
    }
    // Alias statements, matched by span.
    let mut alias_kind: StatedAliases = HashMap::default();
    // Built only for an article with stated aliases (#17).
    let index_of: HashMap<(usize, usize), usize> = if links.is_empty() {
        HashMap::default()
    } else {
        cands
            .iter()
            .enumerate()
            .map(|(i, c)| ((c.first(), c.last()), i))
            .collect()
    };
    for link in links {
        let (Some(&m), Some(&a)) = (index_of.get(&link.main), index_of.get(&link.alias)) else {
            continue;
        };
        groups.union(m, a);
        alias_kind.insert(link.alias, (link.kind, Some(link.evidence)));
    }
    // Acronyms used without a definition join the one organisation whose
    // initials they spell ("the Democratic Progressive Party … the DPP").
    // Names are indexed by their initials (with and without the small
    // words), so this stays linear however many names an article holds.
    // (Keyed by the letters' keys, with no `String` built for them, #17.)
    let mut by_initials: HashMap<u64, Vec<usize>> = HashMap::default();
    // Read only for one-word organisations: without any, not built (#17).
    if !kinds.short_orgs.is_empty() {
        // (Two keys a name at most: sized once, not grown, #17.)
        by_initials.reserve(2 * kinds.long_orgs.len());
        for &i in &kinds.long_orgs {
            for key in initials(doc, &cands[i]) {
                by_initials.entry(key).or_default().push(i);
            }
        }
    }
    let mut owner_of: HashMap<u64, Option<usize>> = HashMap::default();
    for &i in &kinds.short_orgs {
        let c = &cands[i];
        // (Names in lower case, most, are ruled out by the token's flag
        // before the letters are copied, #17.)
        if doc.tokens[c.first()].has_lowercase() {
            continue;
        }
        let mut letters = LettersKey::default();
        let text = doc.span_text(c.first(), c.last());
        text.chars()
            .filter(|c| c.is_alphabetic())
            .for_each(|c| letters.push(c));
        if letters.len < 2 {
            continue;
        }
        let key = letters.finish();
        // The one organisation the letters spell, decided once per key:
        // an article with thousands of names must not recheck them all
        // for every acronym.
        let owner = *owner_of.entry(key).or_insert_with(|| {
            let owners = by_initials.get(&key)?;
            let root = groups.find(owners[0]);
            owners
                .iter()
                .all(|&f| groups.find(f) == root)
                .then_some(owners[0])
        });
        if let Some(owner) = owner {
            groups.union(i, owner);
        }
    }
    // Short forms: a surname joins the one person it ends ("Goren" →
    // "Mehmet Goren"); a company's first word joins the one company it
    // starts ("Tesla" → "Tesla Inc").
    persons::join(doc, cands, &mut groups, names, &kinds.long_persons);
    // Not across "&": "Makel & Plucker" is a citation of two people and
    // "Marks & Spencer" is not "Marks"; nor an ordinary word the article
    // also writes in lower case ("Culture" of "Culture Movement").
    let lower = persons::LowerWords::new(doc);
    join_short_forms(doc, cands, &mut groups, &kinds, |c| {
        let ordinary =
            || lower.contains_at(c.first(), c.first()) || doc.is_function_word_at(c.first());
        let ampersand = || (c.first()..=c.last()).any(|k| doc.tokens[k].is("&"));
        if c.rule == "org_word" && !ampersand() && !ordinary() {
            c.first()
        } else {
            usize::MAX
        }
    });
    variants::join(doc, cands, &mut groups, &kinds);
    places::join(doc, cands, &mut groups, &first_named, &kinds.places);
    // Collect groups in order of first mention.
    // The members of each group, groups in the order of their first
    // member and members in order, in one flat list: group `g` holds
    // `flat[start[g]..start[g + 1]]` (no map and no list per group, #17).
    // A group's first member is its representative, the lowest index in
    // it: a member that is its own root opens a group, and any other
    // takes the group of its root, numbered already. (Told by a
    // conditional move, not a walk up the tree and a branch on a slot
    // per member, which mispredicted about as often as groups open, #17.)
    groups.flatten();
    let mut group_of: Vec<usize> = Vec::with_capacity(n);
    // (Room for a group per member: a count per group, read once as
    // where each group starts, #17.)
    let mut start: Vec<usize> = vec![0; n + 1];
    let mut groups_n = 0;
    for i in 0..n {
        let root = groups.0[i];
        // The next group's number, which the member keeps when it is
        // its own root, and its root's group when not.
        group_of.push(groups_n);
        let g = group_of[root];
        group_of[i] = g;
        groups_n += usize::from(root == i);
        start[g + 1] += 1;
    }
    start.truncate(groups_n + 1);
    for g in 1..start.len() {
        start[g] += start[g - 1];
    }
    // Where each group's next member goes.
    let mut next = start[..groups_n].to_vec();
    let mut flat = vec![0; n];
    for (i, &g) in group_of.iter().enumerate() {
        flat[next[g]] = i;
        next[g] += 1;
    }
    start
        .windows(2)
        .map(|w| build_entity(doc, cands, &flat[w[0]..w[1]], &alias_kind))
        .collect()
}

/// The ISO code of a country name (`entry`, its lexicon entry), for
/// grouping its variants.
fn country_code(entry: crate::lexicon::Entry, surface: &str) -> Option<[u8; 2]> {
    // Most names are no country: told by the entry's flags, without
    // reading its record (#17). England, Scotland, Wales and Northern
    // Ireland carry the United Kingdom's code but are not the United
    // Kingdom.
    if !entry.is_country() || variants::is_constituent_country(surface) {
        return None;
    }
    entry.place()?.country
}

/// The pooling key of a country's ISO code: read as it is, ASCII, not
/// through a lossy copy (#17).
fn code_key(code: [u8; 2]) -> u64 {
    match std::str::from_utf8(&code) {
        Ok(code) => name_key(code),
        Err(_) => name_key(&String::from_utf8_lossy(&code)),
    }
}

/// The grouping key of a name: its pooling key `key` (letters and digits,
/// lower-cased: "U.S." and "US" alike), or, when it abbreviates a place
/// or saint word, the key of the name spelled out, so that "St. Jerome"
/// and "Saint Jerome", "Main St." and "Main Street", "Mt. Kenya" and
/// "Mount Kenya" meet. Only the first and last words can be such
/// abbreviations, so only they are looked at, and only an abbreviated
/// name is hashed again (#17).
fn spelled_out_key(s: &str, key: u64) -> u64 {
    // Most names abbreviate nothing: told by their first two letters and
    // their ending before any word is searched for (#17).
    let b = s.as_bytes();
    let may_open = matches!(b, [b'S' | b'M' | b'F', b't', ..]);
    let trimmed = s.trim_end_matches('.');
    // (Each of the closing words ends in "t", "e" or "d": the last byte
    // rules out most names before the words are compared, #17.)
    let may_close = matches!(trimmed.as_bytes().last(), Some(b't' | b'e' | b'd'))
        && [" St", " Ave", " Rd", " Blvd"]
            .iter()
            .any(|w| trimmed.ends_with(w));
    if !may_open && !may_close {
        return key;
    }
    // Words are split at single spaces: a name of one word has none (and
    // is not searched twice).
    let Some(first_end) = s.find(' ') else {
        return key;
    };
    let last_start = s.rfind(' ').expect("a space was found");
    let (first, last) = (&s[..first_end], &s[last_start + 1..]);
    let opening = match first.trim_end_matches('.') {
        "St" => Some("saint"),
        "Mt" => Some("mount"),
        "Ft" => Some("fort"),
        _ => None,
    };
    let closing = match last.trim_end_matches('.') {
        "St" => Some("street"),
        "Ave" => Some("avenue"),
        "Rd" => Some("road"),
        "Blvd" => Some("boulevard"),
        _ => None,
    };
    if opening.is_none() && closing.is_none() {
        return key;
    }
    let spelled = [
        opening.unwrap_or(first),
        &s[first_end..=last_start],
        closing.unwrap_or(last),
    ]
    .concat();
    name_key(&spelled)
}

fn build_entity(
    doc: &Doc<'_>,
    cands: &[Candidate],
    members: &[usize],
    alias_kind: &StatedAliases,
) -> FoundEntity {
    let text_of = |i: usize| doc.span_text(cands[i].first(), cands[i].last());
    // Canonical: not introduced as an alias, most words, mixed case over
    // capitals, then longest, then first.
    // (Most groups have one member, which is its own canonical name; the
    // tokens' flags tell most mixed-case names without reading them, #17.)
    let name_idx = match members {
        [only] => *only,
        _ => members
            .iter()
            .copied()
            .max_by_key(|&i| {
                let c = &cands[i];
                let t = text_of(i);
                (
                    !alias_kind.contains_key(&(c.first(), c.last())),
                    doc.tokens[c.first()].has_lowercase() || t.chars().any(char::is_lowercase),
                    c.last() - c.first(),
                    t.len(),
                    std::cmp::Reverse(i),
                )
            })
            .expect("non-empty group"),
    };
    let ty = group_type(cands, members, name_idx);
    let name = text_of(name_idx).to_string();
    let mut aliases: Vec<FoundAlias> = Vec::new();
    // Each candidate carries a hash of its letters and digits,
    // lower-cased, as its pooling key (`evidence::name_key`, checked in
    // `group`): two members with one key are one name written alike, and
    // no name is hashed again here (#17).
    let name_key = cands[name_idx].key;
    for &i in members {
        if cands[i].key == name_key {
            continue;
        }
        let t = text_of(i);
        // One alias per name; a statement's kind and evidence win over a
        // guess from a bare mention.
        if let Some(k) = alias_kind.get(&(cands[i].first(), cands[i].last())) {
            if let Some(a) = aliases.iter_mut().find(|a| a.name == t) {
                if a.evidence.is_none() {
                    a.kind = k.0;
                    a.evidence = k.1;
                }
                continue;
            }
        } else if aliases.iter().any(|a| a.name == t) {
            continue;
        }
        let c = &cands[i];
        let (kind, evidence) = alias_kind
            .get(&(c.first(), c.last()))
            .copied()
            .unwrap_or_else(|| {
                let caps = t
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
                let kind = if ty == EntityType::Person && (c.first() == c.last() || !caps) {
                    AliasKind::ShortForm
                } else if caps && t.len() < name.len() {
                    AliasKind::Acronym
                } else if name.contains(t) {
                    AliasKind::ShortForm
                } else {
                    AliasKind::AlsoKnownAs
                };
                (kind, None)
            });
        aliases.push(FoundAlias {
            name: t.to_string(),
            kind,
            evidence,
        });
    }
    let mentions: Vec<FoundMention> = members
        .iter()
        .map(|&i| FoundMention {
            start: doc.tokens[cands[i].first()].start,
            end: doc.tokens[cands[i].last()].end(),
            rule: cands[i].rule.name(),
            evidence: Vec::new(),
        })
        .collect();
    // Members come in candidate order, which is text order: the mentions
    // need no sorting.
    debug_assert!(mentions.is_sorted_by_key(|m| m.start), "text order");
    let country = match ty {
        EntityType::Place => members.iter().find_map(|&i| {
            let c = &cands[i];
            // A word not in capitals is looked up as written: the
            // document's entry, asked once (#17).
            let place = if c.first() == c.last() && doc.tokens[c.first()].has_lowercase() {
                doc.word(c.first()).place()
            } else if doc.has_lowercase_in(c.first(), c.last()) {
                // Not in capitals, told by the tokens' flags: looked up as
                // written without its letters being read again, and not
                // at all when its first word opens no key (#17).
                span_entry(doc, c.first(), c.last()).place()
            } else if c.first() == c.last() {
                // One word in capitals: in title case if it has more than
                // two letters ("LONDON"), as written if not ("UK"), as
                // `title_case_if_caps` would, but through the document's
                // lookups, without a copy of the word (#17).
                let letters = doc.tokens[c.first()]
                    .text
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .count();
                if letters > 2 {
                    doc.title_word(c.first()).place()
                } else {
                    doc.word(c.first()).place()
                }
            } else {
                doc.lex
                    .place(&crate::extract::segment::title_case_if_caps(text_of(i)))
            };
            place?.country
        }),
        EntityType::Person => members.iter().find_map(|&i| {
            crate::extract::people::nationality(doc, cands[i].first(), cands[i].last())
        }),
        EntityType::Organisation => None,
    };
    FoundEntity {
        ty,
        name,
        aliases,
        mentions,
        // (A code is ASCII: copied as it is, not through a lossy reading,
        // #17.)
        country: country.map(|c| match std::str::from_utf8(&c) {
            Ok(code) => code.to_owned(),
            Err(_) => String::from_utf8_lossy(&c).into_owned(),
        }),
    }
}

/// The type of a group: that of its best-evidenced mention (a lexicon or
/// structural rule over a shape), the canonical mention's on a tie.
fn group_type(cands: &[Candidate], members: &[usize], name_idx: usize) -> EntityType {
    // One mention, most groups: its own type (#17).
    if let [_] = members {
        return cands[name_idx].ty.expect("typed");
    }
    let mut best = [0u8; 3];
    for &i in members {
        let c = &cands[i];
        let ty = c.ty.expect("typed");
        let k = ty as usize;
        best[k] = best[k].max(c.strength + 1);
    }
    let own = cands[name_idx].ty.expect("typed");
    let top = *best.iter().max().expect("three types");
    if best[own as usize] == top {
        return own;
    }
    EntityType::ALL
        .into_iter()
        .find(|t| best[*t as usize] == top)
        .expect("one type is best")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisations_and_places_merge_in_text_order() {
        let kinds = |long_orgs: Vec<usize>, places: Vec<usize>| Kinds {
            long_orgs,
            short_orgs: Vec::new(),
            long_persons: Vec::new(),
            places,
        };
        let merged = |k: Kinds| k.long_orgs_and_places().collect::<Vec<_>>();
        assert_eq!(
            merged(kinds(vec![1, 4, 9], vec![0, 2, 3, 10])),
            [0, 1, 2, 3, 4, 9, 10]
        );
        assert_eq!(merged(kinds(vec![5, 6], vec![])), [5, 6]);
        assert_eq!(merged(kinds(vec![], vec![7])), [7]);
        assert!(merged(kinds(vec![], vec![])).is_empty());
    }

    #[test]
    fn flattening_points_every_member_at_its_root() {
        let mut groups = Groups((0..8).collect());
        groups.union(5, 7);
        groups.union(7, 2);
        groups.union(6, 4);
        groups.union(4, 1);
        groups.union(3, 6);
        let roots: Vec<usize> = (0..8).map(|i| groups.find(i)).collect();
        // (Unions only, no walk yet: long chains stay to flatten.)
        let mut fresh = Groups((0..8).collect());
        for (a, b) in [(5, 7), (7, 2), (6, 4), (4, 1), (3, 6)] {
            fresh.union(a, b);
        }
        fresh.flatten();
        assert_eq!(fresh.0, roots);
        assert_eq!(roots, [0, 1, 2, 1, 1, 2, 1, 2]);
    }

    fn key(s: &str) -> u64 {
        spelled_out_key(s, name_key(s))
    }

    #[test]
    fn abbreviations_are_spelled_out() {
        assert_eq!(key("St. Jerome"), key("Saint Jerome"));
        assert_eq!(key("Main St."), key("Main Street"));
        assert_eq!(key("Mt Kenya"), key("Mount Kenya"));
        assert_eq!(key("Elm Ave"), key("ELM AVENUE"));
        // One word is no abbreviation of anything.
        assert_eq!(key("St."), name_key("St."));
        assert_ne!(key("Main St."), key("Main Saint"));
        assert_eq!(key("St. Main St."), key("Saint Main Street"));
        assert_eq!(key("Ft  Worth"), key("Fort  Worth"));
    }
}
