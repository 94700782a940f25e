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
}

/// A statement tying the name at span `alias` to the name at span `main`
/// (first and last token indices).
#[derive(Clone, Debug)]
pub(crate) struct Link {
    pub main: (usize, usize),
    pub alias: (usize, usize),
    pub kind: AliasKind,
}

/// Phrases that introduce an alias after a name, with their kind.
const CUES: &[(&[&str], AliasKind)] = &[
    (&["known", "by", "the", "code", "name"], AliasKind::CodeName),
    (&["known", "by", "the", "codename"], AliasKind::CodeName),
    (&["code", "-", "named"], AliasKind::CodeName),
    (&["codenamed"], AliasKind::CodeName),
    (&["nom", "de", "guerre"], AliasKind::CodeName),
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
    let mut links = Vec::new();
    for main in 0..cands.len() {
        let Some(main_ty) = cands[main].ty else {
            continue;
        };
        let after = cands[main].last + 1;
        // "Full Name (ACR)" and "X (Y)".
        if toks.get(after).is_some_and(|t| t.is("(")) {
            if let Some(&alias) = by_first.get(&(after + 1)) {
                let closes = toks.get(cands[alias].last + 1).is_some_and(|t| t.is(")"));
                if closes {
                    if let Some(kind) = paren_alias_kind(doc, &cands[main], &cands[alias]) {
                        cands[alias].ty = Some(main_ty);
                        cands[alias].rule = "alias";
                        cands[alias].strength = 3;
                        links.push(Link {
                            main: (cands[main].first, cands[main].last),
                            alias: (cands[alias].first, cands[alias].last),
                            kind,
                        });
                    }
                }
            }
        }
        // "X, known by the code name "Y"".
        let mut i = after;
        if toks.get(i).is_some_and(|t| t.is(",")) {
            i += 1;
        }
        for (cue, kind) in CUES {
            let matches = cue.iter().enumerate().all(|(k, w)| {
                toks.get(i + k)
                    .is_some_and(|t| t.text.eq_ignore_ascii_case(w))
            });
            if !matches {
                continue;
            }
            let mut j = i + cue.len();
            while toks.get(j).is_some_and(|t| {
                t.kind == TokenKind::Punct && matches!(t.text, "\"" | "“" | "'" | "‘" | ",")
            }) {
                j += 1;
            }
            if let Some(&alias) = by_first.get(&j) {
                cands[alias].ty = Some(main_ty);
                cands[alias].rule = "alias";
                cands[alias].strength = 3;
                links.push(Link {
                    main: (cands[main].first, cands[main].last),
                    alias: (cands[alias].first, cands[alias].last),
                    kind: *kind,
                });
            }
            break;
        }
    }
    links
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
    let mut by_key: HashMap<(EntityType, String), usize> = HashMap::default();
    for (i, c) in cands.iter().enumerate() {
        let ty = c.ty.expect("resolved candidates are typed");
        let surface = text_of(c);
        let mut keys = vec![normalise(surface)];
        if let Some(canonical) = doc.lex.organisation(surface) {
            keys.push(format!("lexicon:{canonical}"));
        }
        for key in keys {
            let first = *by_key.entry((ty, key)).or_insert(i);
            if first != i {
                groups.union(i, first);
            }
        }
    }
    // Alias statements, matched by span.
    let mut alias_kind: HashMap<(usize, usize), AliasKind> = HashMap::default();
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
        alias_kind.insert(link.alias, link.kind);
    }
    // Short forms: a one-word person mention joins the one full name it
    // ends ("Goren" → "Mehmet Goren").
    let mut surname_owner: HashMap<&str, Option<usize>> = HashMap::default();
    for (i, c) in cands.iter().enumerate() {
        if c.ty == Some(EntityType::Person) && c.last > c.first {
            let last_word = doc.tokens[c.last].text;
            let root = groups.find(i);
            let entry = surname_owner.entry(last_word).or_insert(Some(root));
            // Two different people share the surname: a lone surname is
            // ambiguous and joins neither.
            if entry.is_some_and(|r| groups.find(r) != root) {
                *entry = None;
            }
        }
    }
    for (i, c) in cands.iter().enumerate() {
        if c.ty == Some(EntityType::Person) && c.first == c.last {
            if let Some(Some(owner)) = surname_owner.get(doc.tokens[c.first].text) {
                groups.union(i, *owner);
            }
        }
    }
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

fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn build_entity(
    doc: &Doc<'_>,
    cands: &[Candidate],
    members: &[usize],
    alias_kind: &HashMap<(usize, usize), AliasKind>,
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
    let name_key = normalise(&name);
    for &i in members {
        let t = text_of(i);
        if t == name || aliases.iter().any(|a| a.name == t) || normalise(t) == name_key {
            continue;
        }
        let c = &cands[i];
        let kind = alias_kind
            .get(&(c.first, c.last))
            .copied()
            .unwrap_or_else(|| {
                let caps = t
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
                if ty == EntityType::Person && c.first == c.last {
                    AliasKind::ShortForm
                } else if caps && t.len() < name.len() {
                    AliasKind::Acronym
                } else if name.contains(t) {
                    AliasKind::ShortForm
                } else {
                    AliasKind::AlsoKnownAs
                }
            });
        aliases.push(FoundAlias {
            name: t.to_string(),
            kind,
        });
    }
    let mut mentions: Vec<FoundMention> = members
        .iter()
        .map(|&i| FoundMention {
            start: doc.tokens[cands[i].first].start,
            end: doc.tokens[cands[i].last].end,
            rule: cands[i].rule,
        })
        .collect();
    mentions.sort_by_key(|m| m.start);
    FoundEntity {
        ty,
        name,
        aliases,
        mentions,
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
