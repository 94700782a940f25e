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
//! * `short_form`: "Goren" after "Mehmet Goren", "Serena" after "Serena
//!   Williams", "the Health Ministry" after "the Palestinian Health
//!   Ministry".
//!
//! Grouping then merges mentions that share a name, an alias statement,
//! a lexicon equivalence or a variant of a name, and picks the fullest
//! form as the entity's canonical name. One module per concern:
//! `statements` (what the article says), `acronyms` (letters read off
//! names), `persons`, `short_forms` and `variants` (the other names people,
//! organisations and places go by, with `names` splitting people's
//! names into parts and `full_names` parsing each once an article),
//! `places`, `spelling` (transliterations) and `group` (the merge
//! itself).

mod acronyms;
mod full_names;
mod group;
mod names;
pub(crate) mod persons;
mod places;
mod short_forms;
pub(crate) mod spelling;
mod statements;
mod variants;

pub(crate) use acronyms::{initials, spelled_by_adjacent_acronym, LettersKey};
pub(crate) use full_names::FullNames;
pub(crate) use group::group;
pub(crate) use places::state_of;

/// Document-level typing for the variants grouping will join, run before
/// a name's type is settled by votes: names in capitals take the type of
/// the same name written normally ("NELSON MANDELA" / "Nelson
/// Mandela"), then the short forms of people's names
/// (`short_forms::type_short_forms`).
pub(crate) fn type_short_forms<'a>(
    doc: &super::Doc<'a>,
    cands: &mut Vec<super::Candidate>,
    names: &mut FullNames<'a>,
) {
    variants::type_capitals(doc, cands);
    short_forms::type_short_forms(doc, cands, names);
}
pub(crate) use statements::find_statements;
pub use variants::link_name;

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
    fn airport_codes_in_brackets() {
        let a = aliases_of("Flights left Tulsa International Airport (TUL) late.");
        assert!(
            has(&a, "Tulsa International Airport", "TUL", "acronym"),
            "{a:?}"
        );
    }

    #[test]
    fn also_known_as() {
        let a = aliases_of("The rebel Joseph Kony, also known as Lakwena, fled.");
        assert!(has(&a, "Joseph Kony", "Lakwena", "also_known_as"), "{a:?}");
    }

    #[test]
    fn pen_name_of_a_described_person() {
        let a =
            aliases_of("Tom Quill was the pen name of Irish writer Edmund Varley. Varley wrote.");
        assert!(
            has(&a, "Edmund Varley", "Tom Quill", "also_known_as"),
            "{a:?}"
        );
    }

    #[test]
    fn also_known_as_after_an_aside_in_brackets() {
        let a = aliases_of("Marta Okonye (born 1950), also known as Mama Oke, sang.");
        assert!(
            has(&a, "Marta Okonye", "Mama Oke", "also_known_as"),
            "{a:?}"
        );
    }
}
