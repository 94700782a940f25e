//! Every name a person goes by in one article.
//!
//! A person is introduced in full ("Joseph R. Biden Jr.") and then called
//! by parts of that name: the surname ("Biden", "Mr. Biden"), the first
//! name when no one else in the article has it ("Serena"), the full name
//! without its middle initial or suffix ("Joseph Biden"), or another
//! transliteration ("Zelenskiy" for "Zelensky", see [`super::spelling`]).
//!
//! Two rules keep different people apart:
//!
//! * a surname shared by several people goes to the nearest one named in
//!   full before it, and to none when two were named in the same sentence
//!   ("Ann Lee and her brother Tom Lee … Lee said");
//! * full names only merge when nothing contradicts: same surname, same
//!   first name (or its initial), compatible middle names, and not two
//!   different generations ("John Smith Sr." / "John Smith Jr.").
//!
//! And no surname is joined to a "person" that has no given name or title
//! evidence behind it: the last word of a product or a work typed person
//! by its shape alone ("Seventh Symphony") is no surname.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::full_names::{Evidence, FullNames};
use super::group::Groups;
use super::names::{compatible, entry_at, goes_by_middle_name, PersonName};
use super::spelling::fold_hash;
use crate::extract::{people, Candidate, Doc, EntityType};

/// True for roles and peoples ("Senators", "Americans"): the last word
/// of "Republican Senators" is no surname. Asked of token `i`.
pub(super) fn is_role_or_people(doc: &Doc<'_>, i: usize) -> bool {
    let demonym = doc.word(i).demonym().is_some();
    match doc.tokens[i].text.strip_suffix('s') {
        Some(singular) => {
            doc.lex.is_title(singular) || demonym || doc.lex.demonym(singular).is_some()
        }
        // No plural: one lexicon probe, not the same one twice (#17).
        None => demonym,
    }
}

/// The article's words written in lower case: a view of
/// [`Doc::lower_words`], which the document sets up once for every rule.
pub(crate) struct LowerWords<'d, 'a> {
    doc: &'d Doc<'a>,
}

impl<'d, 'a> LowerWords<'d, 'a> {
    pub(crate) fn new(doc: &'d Doc<'a>) -> Self {
        LowerWords { doc }
    }

    /// True when tokens `first..=last`, lower-cased, are written so in
    /// the article (copied only when they are not ASCII).
    pub(crate) fn contains_at(&self, first: usize, last: usize) -> bool {
        self.doc
            .with_lower(first, last, |w| self.doc.lower_words.contains(w))
    }
}

/// True when the context of a single name says it is a person's: a
/// title before it, a reporting verb or an age after it ("Tedros
/// warned" after "Tedros Adhanom Ghebreyesus").
pub(crate) fn speaks_or_titled(doc: &Doc<'_>, c: &Candidate) -> bool {
    people::title_before(doc, c.first())
        || people::reported_speech_after(doc, c.last())
        || people::age_after(doc, c.last())
}

/// What a full name says of its person, for joins: first its span's
/// evidence, then its whole group's.
#[derive(Clone, Copy, Default)]
struct Backing {
    /// Enough for a surname alone to join it.
    evidence: bool,
    /// Context (a given name, a title, a statement), not only a shape:
    /// what a first name or a title word alone needs.
    context: bool,
    /// At least the shape of a person's name (of its span only).
    shaped: bool,
}

/// The most distinct full names sharing one surname that are compared
/// pairwise; beyond it (a list of names, not prose) they are not merged.
const MAX_FORMS_PER_SURNAME: usize = 64;

/// Groups the names of each person: compatible full names first, then
/// surnames and first names used alone.
pub(crate) fn join<'a>(
    doc: &Doc<'a>,
    cands: &[Candidate],
    groups: &mut Groups,
    names: &mut FullNames<'a>,
    long_persons: &[usize],
) {
    // Full names, parsed once per article: the people of several words
    // (`group` listed them), less those that are a particle and a
    // surname. (Which candidates are full names is told once, not at
    // each pass, and an article without any allocates nothing more, #17.)
    let mut full_at: Vec<usize> = long_persons
        .iter()
        .copied()
        .filter(|&i| !particle_surname(doc, &cands[i]))
        .collect();
    if full_at.is_empty() {
        return single_names(doc, cands, groups, &[]);
    }
    // (No room is reserved: typing short forms parsed most of these
    // names, and reserving more than the list holds moved every parsed
    // name again, #17.)
    for &i in &full_at {
        names.parse(doc, &cands[i]);
    }
    let names = &*names;
    let lower = LowerWords::new(doc);
    let mut full: Vec<Option<&PersonName>> = vec![None; cands.len()];
    // What each full name's span says of its person (one vector for the
    // three answers, #17).
    let mut backing = vec![Backing::default(); cands.len()];
    for &i in &full_at {
        let c = &cands[i];
        if let Some((name, level)) = names.get(c) {
            // Joins need more than a shape: "Seventh Symphony" is no
            // person whose surname "Symphony" could be.
            // A shape alone is evidence enough for a surname only
            // inside a sentence: at its start, "Considering Socotra"
            // or "Dear John" are not names of people.
            let opening = doc.tokens[c.first()].sentence_start || doc.tokens[c.first()].line_start;
            backing[i] = Backing {
                evidence: level == Evidence::Context || level == Evidence::Shape && !opening,
                context: level == Evidence::Context,
                shaped: level >= Evidence::Shape,
            };
            full[i] = Some(name);
        }
    }
    // From here on, the full names that parsed, in text order: the
    // passes below walk them, not every candidate, whose test of `full`
    // mispredicted (#17).
    full_at.retain(|&i| full[i].is_some());
    let n_full = full_at.len();
    if n_full == 0 {
        // No full name for a single name to join: most of an article's
        // names are no person's, and the lists below would stay empty.
        return single_names(doc, cands, groups, &[]);
    }
    // Full names by surname, then in text order: each surname's names are
    // one run of this list, and a surname is found by a binary search.
    // An article names a few people in full: sorted lists cost less than
    // maps of lists, whose tables and vectors were about half of this
    // function; and names are compared by the key of their skeleton
    // ([`Part::key`]), not letter by letter (#17).
    let mut by_surname: Vec<(u64, usize)> = Vec::with_capacity(n_full);
    for &i in &full_at {
        if let Some(name) = full[i] {
            by_surname.push((name.surname.key, i));
        }
    }
    // (Every entry differs by its index: an unstable sort is stable here.)
    by_surname.sort_unstable();
    // Each surname's key, with its run in `by_surname`. (Surnames are
    // taken in the order of their keys, as they were in the order of a
    // map's table before: both arbitrary.)
    let mut runs: Vec<(u64, usize, usize)> = Vec::with_capacity(n_full);
    // The run of each full name's surname, by candidate index.
    let mut run_of = vec![usize::MAX; cands.len()];
    for (k, &(h, i)) in by_surname.iter().enumerate() {
        if runs.last().is_none_or(|r| r.0 != h) {
            runs.push((h, k, k));
        }
        runs.last_mut().expect("pushed").2 = k + 1;
        run_of[i] = runs.len() - 1;
    }
    let find_run = |key: u64| runs.binary_search_by_key(&key, |r| r.0).ok();
    // Compatible full names, the longest forms first, so that a shorter
    // form joins only when every longer form it fits is one person.
    for &(_, start, end) in &runs {
        // (A surname of one full name, most, has nothing to compare.)
        if end - start < 2 {
            continue;
        }
        let mut forms: Vec<usize> = Vec::new();
        for &(_, i) in &by_surname[start..end] {
            let name = full[i].as_ref().expect("parsed");
            if let Some(&same) = forms.iter().find(|&&f| full[f].as_ref() == Some(name)) {
                groups.union(i, same);
            } else if forms.len() < MAX_FORMS_PER_SURNAME {
                forms.push(i);
            }
        }
        let size = |i: usize| {
            let n = full[i].as_ref().expect("parsed");
            n.middles.len() + usize::from(n.generation.is_some())
        };
        forms.sort_by_key(|&i| (std::cmp::Reverse(size(i)), i));
        for (k, &i) in forms.iter().enumerate() {
            let name = full[i].as_ref().expect("parsed");
            // Two bare shapes ("Creek Trail", "Creek Turnpike Trail") are
            // no evidence of one person; names of unusual words are
            // ("Antonín Dvořák", "Antonín Leopold Dvořák").
            let mut roots: Vec<usize> = forms[..k]
                .iter()
                .filter(|&&j| backing[i].shaped || backing[j].shaped)
                .filter(|&&j| {
                    let other = full[j].as_ref().expect("parsed");
                    compatible(name, other)
                        || goes_by_middle_name(
                            name,
                            other,
                            entry_at(doc, other.given_at).is_given_name(),
                            entry_at(doc, name.given_at).is_given_name(),
                        )
                })
                .map(|&j| groups.find(j))
                .collect();
            roots.sort_unstable();
            roots.dedup();
            if let [root] = roots[..] {
                groups.union(i, root);
            }
        }
    }
    // "Higuchi Ichiyō" / "Ichiyō Higuchi": two words in either order. The
    // first full name of each pair of words, found by a binary search.
    let mut pairs: Vec<(u64, u64, usize)> = Vec::with_capacity(n_full);
    for &i in &full_at {
        let Some(name) = full[i].filter(|n| n.middles.is_empty()) else {
            continue;
        };
        if !name.given.several || name.given == name.surname {
            continue;
        }
        pairs.push((name.given.key, name.surname.key, i));
    }
    // (Sorted with the index last: the first of equal pairs is the
    // earliest, and is kept.)
    pairs.sort_unstable();
    pairs.dedup_by_key(|p| (p.0, p.1));
    for &(given, surname, i) in &pairs {
        if let Ok(k) = pairs.binary_search_by_key(&(surname, given), |p| (p.0, p.1)) {
            let j = pairs[k].2;
            if backing[i].shaped || backing[j].shaped {
                groups.union(i, j);
            }
        }
    }
    // Evidence, surnames and first names per group.
    // Indexed by a group's representative, a candidate index (#17).
    let mut roots = vec![Backing::default(); cands.len()];
    for &i in &full_at {
        let b = backing[i];
        if b.evidence {
            roots[groups.find(i)].evidence = true;
        }
        if b.context {
            roots[groups.find(i)].context = true;
        }
    }
    // Whether each full name's person has evidence, fixed before single
    // names join (which may change a group's representative), in place of
    // its span's own. A first name alone needs context evidence: "John"
    // is no short form of "Dear John".
    // (Only full names have any: the others keep their `false`.)
    for &i in &full_at {
        let root = roots[groups.find(i)];
        backing[i].evidence = root.evidence;
        backing[i].context = root.context;
    }
    let (evidence, context) = (
        |i: usize| backing[i].evidence,
        |i: usize| backing[i].context,
    );
    // The one person each surname names (`None`: several).
    let one_person: Vec<Option<usize>> = runs
        .iter()
        .map(|&(_, start, end)| {
            let root = groups.find(by_surname[start].1);
            by_surname[start + 1..end]
                .iter()
                .all(|&(_, j)| groups.find(j) == root)
                .then_some(root)
        })
        .collect();
    // The same for each first name, sorted for a binary search.
    let mut given: Vec<(u64, Option<usize>)> = Vec::with_capacity(n_full);
    for &i in &full_at {
        if let Some(name) = full[i].filter(|n| n.given.several) {
            given.push((name.given.key, Some(groups.find(i))));
        }
    }
    given.sort_unstable_by_key(|g| g.0);
    given.dedup_by(|next, kept| {
        let same = next.0 == kept.0;
        if same && next.1 != kept.1 {
            kept.1 = None;
        }
        same
    });
    // Single names in text order, against the full names seen so far:
    // for each surname, the latest full mention of each person, kept in
    // the surname's run of `seen` (never longer than the run: one entry
    // per full name at most), of which `seen_len` are used.
    // Sentence numbers and the single names that speak or carry a title
    // somewhere in the article: worked out only when a single name needs
    // them, which most articles never do (#17).
    let mut sentence: Option<Vec<usize>> = None;
    let mut speaking: Option<HashSet<u64>> = None;
    let mut joined = vec![false; cands.len()];
    let mut seen = vec![0usize; by_surname.len()];
    let mut seen_len = vec![0usize; runs.len()];
    // Mentions of each person so far, to tell the article's subject.
    // Indexed by a group's representative.
    let mut count = vec![0usize; cands.len()];
    for i in 0..cands.len() {
        if full[i].is_some() {
            let (r, root) = (run_of[i], groups.find(i));
            let list = &mut seen[runs[r].1..];
            let mut kept = 0;
            for k in 0..seen_len[r] {
                if groups.find(list[k]) != root {
                    list[kept] = list[k];
                    kept += 1;
                }
            }
            list[kept] = i;
            seen_len[r] = kept + 1;
            count[root] += 1;
            continue;
        }
        let c = &cands[i];
        if c.ty != Some(EntityType::Person) || c.first() != c.last() && !particle_surname(doc, c) {
            continue;
        }
        let key = names.skeleton_key_at(doc, c.last());
        let run = find_run(key);
        let target = if let Some(r) = run {
            let earlier = &seen[runs[r].1..runs[r].1 + seen_len[r]];
            match (earlier, one_person[r]) {
                ([], one) => one,
                ([only], _) => Some(*only),
                (list, _) => {
                    // The latest mentions of the two nearest people; but
                    // a person named three times as often is the
                    // article's subject, whom a surname alone means.
                    let mut by_pos = list.to_vec();
                    by_pos.sort_unstable_by_key(|&j| std::cmp::Reverse(j));
                    let mentions = |j: usize, groups: &mut Groups| count[groups.find(j)];
                    let nearest = mentions(by_pos[0], groups);
                    let subject = by_pos
                        .iter()
                        .copied()
                        .max_by_key(|&j| mentions(j, groups))
                        .expect("two or more");
                    let sentence = sentence.get_or_insert_with(|| sentence_numbers(doc));
                    let s = |j: usize| sentence[cands[j].first()];
                    if mentions(subject, groups) >= 3 * nearest.max(1) {
                        Some(subject)
                    } else {
                        (s(by_pos[0]) != s(by_pos[1])).then_some(by_pos[0])
                    }
                }
            }
        } else {
            given
                .binary_search_by_key(&key, |g| g.0)
                .ok()
                .and_then(|k| given[k].1)
        };
        let is_surname = run.is_some();
        // Never a join to a "person" that only its shape made one, and an
        // ordinary word ("Mosque" after "Lotfollah Mosque") needs to
        // speak or carry a title somewhere to be a surname.
        let ordinary = || {
            doc.is_function_word_at(c.last())
                || lower.contains_at(c.last(), c.last())
                || is_role_or_people(doc, c.last())
        };
        if let Some(target) = target {
            // A title word ("Major" after "John Major", not "Professor"
            // after "Assistant Professor") and a first name need the
            // full name's context evidence.
            let backed = if is_surname && doc.lower_word(c.last()).is_title() {
                // "Major" after "John Major", not "President" after "Vice
                // President".
                context(target)
                    && full[target]
                        .as_ref()
                        .is_some_and(|n| entry_at(doc, n.given_at).is_given_name())
            } else if is_surname {
                evidence(target) && !ordinary()
            } else {
                context(target) && !ordinary()
            };
            let mut speaks = || {
                let speaking = speaking.get_or_insert_with(|| {
                    cands
                        .iter()
                        .filter(|c| c.first() == c.last() && speaks_or_titled(doc, c))
                        .map(|c| names.skeleton_key_at(doc, c.first()))
                        .collect()
                });
                speaking.contains(&key)
            };
            if backed || speaks() {
                groups.union(i, target);
                joined[i] = true;
                count[groups.find(target)] += 1;
            }
        }
    }
    single_names(doc, cands, groups, &joined);
}

/// Single names that joined no full name (`joined`, empty when none
/// did) group by their spelling, keyed by the hash of its folded
/// letters: no `String` is built for each name (#17).
fn single_names(doc: &Doc<'_>, cands: &[Candidate], groups: &mut Groups, joined: &[bool]) {
    let mut by_name: HashMap<u64, usize> = HashMap::default();
    for (i, c) in cands.iter().enumerate() {
        if c.ty == Some(EntityType::Person) && c.first() == c.last() && joined.get(i) != Some(&true)
        {
            let first = *by_name
                .entry(fold_hash(doc.tokens[c.first()].text))
                .or_insert(i);
            groups.union(i, first);
        }
    }
}

/// "von der Leyen", "de Gaulle": a surname with its particles, written
/// without the given name, is a short form, not a full name whose given
/// name would be "von".
fn particle_surname(doc: &Doc<'_>, c: &Candidate) -> bool {
    let toks = &doc.tokens;
    c.last() > c.first()
        && (c.first()..c.last()).all(|k| {
            let t = toks[k].text;
            t.starts_with(char::is_lowercase) && crate::extract::segment::is_surname_particle(t)
        })
}

/// The sentence number of every token.
fn sentence_numbers(doc: &Doc<'_>) -> Vec<usize> {
    let mut n = 0;
    doc.tokens
        .iter()
        .map(|t| {
            if t.sentence_start || t.line_start {
                n += 1;
            }
            n
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::groups_of;

    fn together(groups: &[Vec<String>], a: &str, b: &str) -> bool {
        groups
            .iter()
            .any(|g| g.iter().any(|m| m == a) && g.iter().any(|m| m == b))
    }

    #[test]
    fn the_article_subject_keeps_the_surname() {
        let g = groups_of(
            "Anna Berg won the prize. Anna Berg thanked her team. Anna Berg had trained \
             for years. Her father, Olaf Berg, watched from the stands. Berg said she was proud.",
        );
        assert!(together(&g, "Anna Berg", "Berg"), "{g:?}");
        assert!(!together(&g, "Olaf Berg", "Berg"), "{g:?}");
    }

    #[test]
    fn a_surname_with_particles_joins_the_full_name() {
        let g = groups_of(
            "Greta van der Molen arrived in Brussels on Monday. Later van der Molen said \
             the bloc would act.",
        );
        assert!(
            together(&g, "Greta van der Molen", "van der Molen"),
            "{g:?}"
        );
    }

    #[test]
    fn names_in_either_order() {
        let g = groups_of("Tanaka Hiroshi wrote the novel. Hiroshi Tanaka later moved to Osaka.");
        assert!(together(&g, "Tanaka Hiroshi", "Hiroshi Tanaka"), "{g:?}");
    }

    #[test]
    fn a_weak_place_after_a_preposition_is_the_person() {
        let g =
            groups_of("He wrote to Auguste Chevalier in May. The letter to Chevalier survives.");
        assert!(together(&g, "Auguste Chevalier", "Chevalier"), "{g:?}");
    }
}
