//! Alias statements and the grouping of mentions into entities.
//!
//! An article ties names together in a few recurring ways, each of which
//! becomes an alias with a kind:
//!
//! * `acronym`: "Turkish National Intelligence Organisation (MIT)";
//! * `also_known_as`: "Islamic State (Daesh)", "also known as", "a.k.a.",
//!   and well-known equivalences from the lexicon (UN / United Nations);
//! * `code_name`: 'known by the code name "Abu Yasir Al Turki"';
//! * `nickname`: "nicknamed", "dubbed";
//! * `former_name`: "formerly";
//! * `short_form`: "Goren" after "Mehmet Goren".
//!
//! Grouping then merges mentions that share a name, an alias statement, a
//! surname or a lexicon equivalence, and picks the fullest form as the
//! entity's canonical name.

use rustc_hash::FxHashMap as HashMap;

use super::tokens::TokenKind;
use super::{Candidate, Doc, EntityType, FoundEntity, FoundMention};

/// How an alias is tied to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AliasKind {
    /// Letters standing for the full name.
    Acronym,
    /// A surname or part of the full name used alone.
    ShortForm,
    /// A code name or nom de guerre.
    CodeName,
    /// A nickname ("dubbed", "nicknamed").
    Nickname,
    /// Another name for the same thing.
    AlsoKnownAs,
    /// A name the entity used to have.
    FormerName,
}

impl AliasKind {
    /// The snake-case name used in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            AliasKind::Acronym => "acronym",
            AliasKind::ShortForm => "short_form",
            AliasKind::CodeName => "code_name",
            AliasKind::Nickname => "nickname",
            AliasKind::AlsoKnownAs => "also_known_as",
            AliasKind::FormerName => "former_name",
        }
    }
}

/// An alias of an entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundAlias {
    /// The other name, as written.
    pub name: String,
    /// How the article ties it to the entity.
    pub kind: AliasKind,
    /// Byte span of the statement that ties it ("Ozgur Altun, known by
    /// the code name "Abu Yasir Al Turki""), when one does.
    pub evidence: Option<(usize, usize)>,
}

/// A statement tying the name at span `alias` to the name at span `main`
/// (first and last token indices).
#[derive(Clone, Debug)]
pub(crate) struct Link {
    pub main: (usize, usize),
    pub alias: (usize, usize),
    pub kind: AliasKind,
    /// Byte span of the statement.
    pub evidence: (usize, usize),
}

/// Phrases that introduce an alias after a name, with their kind.
const CUES: &[(&[&str], AliasKind)] = &[
    (&["known", "by", "the", "code", "name"], AliasKind::CodeName),
    (&["known", "by", "the", "codename"], AliasKind::CodeName),
    (&["code", "-", "named"], AliasKind::CodeName),
    (&["codenamed"], AliasKind::CodeName),
    (&["nom", "de", "guerre"], AliasKind::CodeName),
    (
        &["known", "by", "the", "nom", "de", "guerre"],
        AliasKind::CodeName,
    ),
    (
        &["known", "by", "his", "nom", "de", "guerre"],
        AliasKind::CodeName,
    ),
    (
        &["known", "by", "her", "nom", "de", "guerre"],
        AliasKind::CodeName,
    ),
    (&["whose", "nom", "de", "guerre", "is"], AliasKind::CodeName),
    (&["known", "by", "the", "alias"], AliasKind::AlsoKnownAs),
    (&["also", "known", "as"], AliasKind::AlsoKnownAs),
    (&["better", "known", "as"], AliasKind::AlsoKnownAs),
    (&["known", "as"], AliasKind::AlsoKnownAs),
    (&["a.k.a."], AliasKind::AlsoKnownAs),
    (&["aka"], AliasKind::AlsoKnownAs),
    (&["alias"], AliasKind::AlsoKnownAs),
    (&["nicknamed"], AliasKind::Nickname),
    (&["dubbed"], AliasKind::Nickname),
    (&["formerly"], AliasKind::FormerName),
    (&["formerly", "known", "as"], AliasKind::FormerName),
];

/// Finds alias statements between candidates. The alias side takes the
/// main side's type, since the statement says they are the same thing.
pub(crate) fn find_statements(doc: &Doc<'_>, cands: &mut [Candidate]) -> Vec<Link> {
    let toks = &doc.tokens;
    let by_first: HashMap<usize, usize> = cands
        .iter()
        .enumerate()
        .map(|(i, c)| (c.first, i))
        .collect();
    let mut cues: Vec<&(&[&str], AliasKind)> = CUES.iter().collect();
    cues.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
    let mut links = Vec::new();
    // Ties `alias` to `main`; the statement runs from the first of the two
    // to `end_token` (a closing bracket or quote, when there is one).
    let mut link = |cands: &mut [Candidate], main: usize, alias: usize, kind, end_token: usize| {
        let Some(ty) = cands[main].ty else { return };
        cands[alias].ty = Some(ty);
        cands[alias].rule = "alias";
        cands[alias].strength = 3;
        let first = cands[main].first.min(cands[alias].first);
        links.push(Link {
            main: (cands[main].first, cands[main].last),
            alias: (cands[alias].first, cands[alias].last),
            kind,
            evidence: (toks[first].start, toks[end_token].end),
        });
    };
    // The name after a cue, even when a leading common word was trimmed
    // off it ("also known as Big Sam" keeps "Big").
    let name_at = |cands: &mut [Candidate], j: usize| -> Option<usize> {
        if let Some(&k) = by_first.get(&j) {
            return Some(k);
        }
        let k = *by_first.get(&(j + 1))?;
        let trimmed = &toks[j];
        if trimmed.is_capitalised() && !toks[j + 1].line_start {
            cands[k].first = j;
            return Some(k);
        }
        None
    };
    for main in 0..cands.len() {
        let after = cands[main].last + 1;
        // "Full Name (ACR)", "ACR (Full Name)" and "X (Y)".
        if cands[main].ty.is_some() && toks.get(after).is_some_and(|t| t.is("(")) {
            if let Some(&inner) = by_first.get(&(after + 1)) {
                let close = cands[inner].last + 1;
                if toks.get(close).is_some_and(|t| t.is(")")) {
                    if is_acronym_of(doc, &cands[main], &cands[inner]) {
                        link(cands, inner, main, AliasKind::Acronym, close);
                    } else if let Some(kind) = paren_alias_kind(doc, &cands[main], &cands[inner]) {
                        link(cands, main, inner, kind, close);
                    }
                }
            }
        }
        // "ACR, the Full Name, …".
        let is_the = |i: usize| {
            toks.get(i)
                .is_some_and(|t| t.text.eq_ignore_ascii_case("the"))
        };
        if cands[main].ty.is_some()
            && toks.get(after).is_some_and(|t| t.is(","))
            && is_the(after + 1)
        {
            if let Some(&full) = by_first.get(&(after + 2)) {
                if is_acronym_of(doc, &cands[main], &cands[full]) {
                    let end = cands[full].last;
                    link(cands, full, main, AliasKind::Acronym, end);
                }
            }
        }
        // "X, known by the code name "Y"", "X, whose real name is Y".
        let mut i = after;
        if toks.get(i).is_some_and(|t| t.is(",")) {
            i += 1;
        }
        let starts = |words: &[&str]| {
            words.iter().enumerate().all(|(k, w)| {
                toks.get(i + k)
                    .is_some_and(|t| t.text.eq_ignore_ascii_case(w))
            })
        };
        let skip_quotes = |mut j: usize| {
            while toks.get(j).is_some_and(|t| {
                t.kind == TokenKind::Punct && matches!(t.text, "\"" | "“" | "'" | "‘" | ",")
            }) {
                j += 1;
            }
            j
        };
        let closing = |last: usize| {
            let next = last + 1;
            if toks
                .get(next)
                .is_some_and(|t| matches!(t.text, "\"" | "”" | "'" | "’"))
            {
                next
            } else {
                last
            }
        };
        const REAL_NAME: &[&str] = &["whose", "real", "name", "is"];
        if starts(REAL_NAME) {
            if let Some(real) = name_at(cands, skip_quotes(i + REAL_NAME.len())) {
                let end = closing(cands[real].last);
                // The real name is a person's unless it says otherwise.
                if cands[real].ty.is_none() {
                    cands[real].ty = cands[main].ty.or(Some(EntityType::Person));
                }
                link(cands, real, main, AliasKind::AlsoKnownAs, end);
            }
            continue;
        }
        if cands[main].ty.is_none() {
            continue;
        }
        for (words, kind) in &cues {
            if !starts(words) {
                continue;
            }
            if let Some(alias) = name_at(cands, skip_quotes(i + words.len())) {
                let end = closing(cands[alias].last);
                link(cands, main, alias, *kind, end);
            }
            break;
        }
    }
    links
}

/// True when `acronym` is a single all-capital word whose letters are the
/// initials of the multi-word name `full` ("UNHCR" / "United Nations High
/// Commissioner for Refugees").
fn is_acronym_of(doc: &Doc<'_>, acronym: &Candidate, full: &Candidate) -> bool {
    let text = doc.span_text(acronym.first, acronym.last);
    acronym.first == acronym.last
        && full.last > full.first
        && text.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !text.chars().any(char::is_lowercase)
        && initials_match(doc, full, text)
}

/// Decides whether "(Y)" after X names X again, and how.
fn paren_alias_kind(doc: &Doc<'_>, main: &Candidate, alias: &Candidate) -> Option<AliasKind> {
    let main_text = doc.span_text(main.first, main.last);
    let alias_text = doc.span_text(alias.first, alias.last);
    let lex = doc.lex;
    // A bracketed name that the lexicon knows as something else is a
    // credit or an aside: "(AP)", "(Reuters)".
    if let (Some(known), false) = (
        lex.organisation(alias_text),
        lex.organisation(main_text).is_some(),
    ) {
        if !known.eq_ignore_ascii_case(main_text) {
            return None;
        }
    }
    let alias_caps = alias_text
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    if alias_caps && main.last > main.first {
        // An acronym of a multi-word name: letters that match its initials,
        // or any acronym after an organisation (names in other languages:
        // MIT for Millî İstihbarat Teşkilatı).
        if initials_match(doc, main, alias_text) || main.ty == Some(EntityType::Organisation) {
            return Some(AliasKind::Acronym);
        }
    }
    let same_canonical = match (lex.organisation(main_text), lex.organisation(alias_text)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    };
    if same_canonical {
        return Some(AliasKind::AlsoKnownAs);
    }
    // "Islamic State (Daesh)": a single unknown-or-organisation name after
    // an organisation; places and people in brackets are something else
    // ("ISTANBUL (Reuters)", "(AP)").
    let alias_is_other = lex.place(alias_text).is_some()
        || alias.ty == Some(EntityType::Person) && alias.strength >= 2
        || is_news_agency_credit(alias_text);
    if main.ty == Some(EntityType::Organisation) && !alias_is_other && alias.first == alias.last {
        return Some(AliasKind::AlsoKnownAs);
    }
    None
}

fn is_news_agency_credit(text: &str) -> bool {
    matches!(
        text,
        "AP" | "AFP" | "Reuters" | "UPI" | "Xinhua" | "dpa" | "DPA" | "PTI" | "ANI" | "IANS"
    )
}

/// Schwartz–Hearst style check: each letter of the acronym is the first
/// letter of a word of the name, in order.
fn initials_match(doc: &Doc<'_>, main: &Candidate, acronym: &str) -> bool {
    let initials: Vec<char> = (main.first..=main.last)
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .filter_map(|i| doc.tokens[i].text.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    let mut it = initials.iter();
    letters.len() >= 2 && letters.iter().all(|l| it.any(|c| c == l))
}

/// True when tokens `first..=last` are bracketed right after an acronym
/// they spell out ("UNHCR (United Nations …)"), or are followed by one in
/// brackets ("United Nations … (UNHCR)").
pub(crate) fn spelled_by_adjacent_acronym(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let toks = &doc.tokens;
    let span = Candidate::new(first, last, Default::default());
    let spells = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.is_all_caps() && initials_match(doc, &span, t.text))
    };
    let before = first >= 2 && toks[first - 1].is("(") && spells(first - 2);
    let after = toks.get(last + 1).is_some_and(|t| t.is("("))
        && spells(last + 2)
        && toks.get(last + 3).is_some_and(|t| t.is(")"));
    before || after
}

/// Joins one-word mentions of type `ty` to the one longer name whose word
/// at `part(candidate)` they repeat (`usize::MAX`: no such word). When two
/// different entities share that word, the short form is ambiguous and
/// joins neither.
fn join_short_forms(
    doc: &Doc<'_>,
    cands: &[Candidate],
    groups: &mut Groups,
    ty: EntityType,
    part: impl Fn(&Candidate) -> usize,
) {
    let mut owner: HashMap<&str, Option<usize>> = HashMap::default();
    for (i, c) in cands.iter().enumerate() {
        let at = part(c);
        if c.ty == Some(ty) && c.last > c.first && at != usize::MAX {
            let root = groups.find(i);
            let entry = owner.entry(doc.tokens[at].text).or_insert(Some(root));
            if entry.is_some_and(|r| groups.find(r) != root) {
                *entry = None;
            }
        }
    }
    for (i, c) in cands.iter().enumerate() {
        if c.ty == Some(ty) && c.first == c.last {
            if let Some(Some(o)) = owner.get(doc.tokens[c.first].text) {
                groups.union(i, *o);
            }
        }
    }
}

/// Alias spans tied by a statement: their kind and the statement's span.
type StatedAliases = HashMap<(usize, usize), (AliasKind, Option<(usize, usize)>)>;

/// The initials of a multi-word name, in capitals: with every word
/// ("UNHCFR") and without the lower-case small words ("UNHCR").
fn initials(doc: &Doc<'_>, c: &Candidate) -> [String; 2] {
    let mut all = String::new();
    let mut capitals = String::new();
    for i in c.first..=c.last {
        let t = &doc.tokens[i];
        if t.kind != TokenKind::Word {
            continue;
        }
        if let Some(first) = t.text.chars().next() {
            all.extend(first.to_uppercase());
            if first.is_uppercase() {
                capitals.push(first);
            }
        }
    }
    [all, capitals]
}

/// Union-find over candidate indices.
struct Groups(Vec<usize>);

impl Groups {
    fn find(&mut self, i: usize) -> usize {
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

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// Groups typed candidates into entities, in order of first mention.
pub(crate) fn group(doc: &Doc<'_>, cands: &[Candidate], links: &[Link]) -> Vec<FoundEntity> {
    let n = cands.len();
    let mut groups = Groups((0..n).collect());
    let text_of = |c: &Candidate| doc.span_text(c.first, c.last);
    // Keys are hashes of normalised names, tagged by where they come from,
    // so that grouping allocates nothing per mention.
    let mut by_key: HashMap<(EntityType, u8, u64), usize> = HashMap::default();
    for (i, c) in cands.iter().enumerate() {
        let ty = c.ty.expect("resolved candidates are typed");
        let surface = text_of(c);
        let mut keys = [Some((0u8, name_hash(surface))), None, None];
        if let Some(canonical) = doc.lex.organisation(surface) {
            keys[1] = Some((1, name_hash(canonical)));
        }
        // "U.S.", "US", "United States", "America": one country.
        if let Some(code) = country_code(doc, surface) {
            keys[2] = Some((2, name_hash(&code)));
        }
        for (tag, hash) in keys.into_iter().flatten() {
            let key = (ty, tag, hash);
            let first = *by_key.entry(key).or_insert(i);
            if first != i {
                groups.union(i, first);
            }
        }
    }
    // Alias statements, matched by span.
    let mut alias_kind: StatedAliases = HashMap::default();
    let index_of: HashMap<(usize, usize), usize> = cands
        .iter()
        .enumerate()
        .map(|(i, c)| ((c.first, c.last), i))
        .collect();
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
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, c) in cands.iter().enumerate() {
        if c.ty == Some(EntityType::Organisation) && c.last > c.first {
            for key in initials(doc, c) {
                by_initials.entry(key).or_default().push(i);
            }
        }
    }
    let mut owner_of: HashMap<String, Option<usize>> = HashMap::default();
    for (i, c) in cands.iter().enumerate() {
        if c.ty != Some(EntityType::Organisation) || c.first != c.last {
            continue;
        }
        let text = doc.span_text(c.first, c.last);
        let key: String = text.chars().filter(|c| c.is_alphabetic()).collect();
        if key.chars().count() < 2 || text.chars().any(char::is_lowercase) {
            continue;
        }
        // The one organisation the letters spell, decided once per key:
        // an article with thousands of names must not recheck them all
        // for every acronym.
        let owner = *owner_of.entry(key).or_insert_with_key(|key| {
            let owners = by_initials.get(key)?;
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
    join_short_forms(doc, cands, &mut groups, EntityType::Person, |c| c.last);
    join_short_forms(doc, cands, &mut groups, EntityType::Organisation, |c| {
        if c.rule == "org_word" {
            c.first
        } else {
            usize::MAX
        }
    });
    // Collect groups in order of first mention.
    let mut order: Vec<usize> = Vec::new();
    let mut members: HashMap<usize, Vec<usize>> = HashMap::default();
    for i in 0..n {
        let root = groups.find(i);
        let list = members.entry(root).or_default();
        if list.is_empty() {
            order.push(root);
        }
        list.push(i);
    }
    order
        .into_iter()
        .map(|root| build_entity(doc, cands, &members[&root], &alias_kind))
        .collect()
}

/// The ISO code of a country name, for grouping its variants.
fn country_code(doc: &Doc<'_>, surface: &str) -> Option<String> {
    let place = doc.lex.place(surface)?;
    if place.kind != crate::lexicon::PlaceKind::Country {
        return None;
    }
    let code = place.country?;
    Some(String::from_utf8_lossy(&code).into_owned())
}

/// A hash of the name's letters and digits, lower-cased: "U.S." and "US"
/// hash alike.
fn name_hash(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    for c in s.chars().filter(|c| c.is_alphanumeric()) {
        for l in c.to_lowercase() {
            h.write_u32(l as u32);
        }
    }
    h.finish()
}

fn build_entity(
    doc: &Doc<'_>,
    cands: &[Candidate],
    members: &[usize],
    alias_kind: &StatedAliases,
) -> FoundEntity {
    let ty = cands[members[0]].ty.expect("typed");
    let text_of = |i: usize| doc.span_text(cands[i].first, cands[i].last);
    // Canonical: not introduced as an alias, most words, mixed case over
    // capitals, then longest, then first.
    let name_idx = members
        .iter()
        .copied()
        .max_by_key(|&i| {
            let c = &cands[i];
            let t = text_of(i);
            (
                !alias_kind.contains_key(&(c.first, c.last)),
                t.chars().any(char::is_lowercase),
                c.last - c.first,
                t.len(),
                std::cmp::Reverse(i),
            )
        })
        .expect("non-empty group");
    let name = text_of(name_idx).to_string();
    let mut aliases: Vec<FoundAlias> = Vec::new();
    let name_key = name_hash(&name);
    for &i in members {
        let t = text_of(i);
        if t == name || name_hash(t) == name_key {
            continue;
        }
        // One alias per name; a statement's kind and evidence win over a
        // guess from a bare mention.
        if let Some(k) = alias_kind.get(&(cands[i].first, cands[i].last)) {
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
            .get(&(c.first, c.last))
            .copied()
            .unwrap_or_else(|| {
                let caps = t
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
                let kind = if ty == EntityType::Person && c.first == c.last {
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
    let mut mentions: Vec<FoundMention> = members
        .iter()
        .map(|&i| FoundMention {
            start: doc.tokens[cands[i].first].start,
            end: doc.tokens[cands[i].last].end,
            rule: cands[i].rule,
            evidence: Vec::new(),
        })
        .collect();
    mentions.sort_by_key(|m| m.start);
    let country = match ty {
        EntityType::Place => members.iter().find_map(|&i| {
            doc.lex
                .place(&super::segment::title_case_if_caps(text_of(i)))?
                .country
        }),
        EntityType::Person => members
            .iter()
            .find_map(|&i| super::people::nationality(doc, cands[i].first, cands[i].last)),
        EntityType::Organisation => None,
    };
    FoundEntity {
        ty,
        name,
        aliases,
        mentions,
        country: country.map(|c| String::from_utf8_lossy(&c).into_owned()),
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::Extractor;

    fn aliases_of(text: &str) -> Vec<(String, String, &'static str)> {
        let (ents, _) = Extractor::new().find(text, 0, None);
        ents.into_iter()
            .flat_map(|e| {
                let name = e.name.clone();
                e.aliases
                    .into_iter()
                    .map(move |a| (name.clone(), a.name, a.kind.as_str()))
            })
            .collect()
    }

    fn has(list: &[(String, String, &str)], name: &str, alias: &str, kind: &str) -> bool {
        list.iter()
            .any(|(n, a, k)| n == name && a == alias && *k == kind)
    }

    #[test]
    fn acronym_in_brackets() {
        let a = aliases_of(
            "The Turkish National Intelligence Organisation (MIT) said. Later MIT acted.",
        );
        assert!(
            has(
                &a,
                "Turkish National Intelligence Organisation",
                "MIT",
                "acronym"
            ),
            "{a:?}"
        );
    }

    #[test]
    fn code_name_statement() {
        let a = aliases_of(
            "He worked with Ozgur Altun, known by the code name \"Abu Yasir Al Turki\".",
        );
        assert!(
            has(&a, "Ozgur Altun", "Abu Yasir Al Turki", "code_name"),
            "{a:?}"
        );
    }

    #[test]
    fn other_name_in_brackets_and_lexicon_equivalence() {
        let a = aliases_of("He served the Islamic State (Daesh) for years.");
        assert!(has(&a, "Islamic State", "Daesh", "also_known_as"), "{a:?}");
    }

    #[test]
    fn news_agency_credit_is_not_an_alias() {
        let a = aliases_of("ISTANBUL (Reuters) - The Central Bank (AP) acted.");
        assert!(a.is_empty(), "{a:?}");
    }

    #[test]
    fn also_known_as() {
        let a = aliases_of("The rebel Joseph Kony, also known as Lakwena, fled.");
        assert!(has(&a, "Joseph Kony", "Lakwena", "also_known_as"), "{a:?}");
    }
}
