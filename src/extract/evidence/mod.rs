//! Typing as weighed evidence.
//!
//! A name is not typed by the first rule that fires. Every rule is an
//! independent piece of evidence: a small function that looks at one span
//! and may say "person", "organisation", "place" or "not a name" (events,
//! operations, storms, products, works, topics), with the weight given in
//! `TABLE` (see [`weight_table`]). The evidence of one mention is a set of rules (`Ev`, a bit
//! set, so collecting it allocates nothing).
//!
//! The decision is made per article, not per mention: the evidence of
//! every mention of the same name (compared without case or punctuation,
//! so "BARCELONA" in a headline meets "Barcelona" in the text) is pooled,
//! each rule counting once, and a mention's own evidence is added once more
//! so that a cue standing right at it ("in Jordan", "President Jordan")
//! can hold out against the rest of the article. The type with the highest
//! score wins; "not a name" drops the mention; no evidence at all leaves it
//! unknown (dropped too). Because the weak fallbacks (`name_shape`,
//! `surname`, `preposition`) weigh a tenth of a structural cue, one "Acme
//! Corp said" or "Mayor X" three paragraphs later outweighs them.
//!
//! A mention's `rule` is its own strongest evidence for the winning type,
//! or `same_name` when only other mentions of the name supplied it.

mod article;
mod keys;
mod label;
mod lists;
mod memo;
mod pooled;
mod spans;
mod words;

use rustc_hash::FxHashMap as HashMap;

pub(crate) use article::{acronyms, org_short_forms};
pub(crate) use keys::{name_key, KEY_BYTE};
pub(crate) use label::Label;
pub(crate) use lists::{lookup, span_entry};
pub(crate) use spans::{add_local, coordination_rule, lexicons};

use super::{Candidate, EntityType};
use pooled::Pooled;

/// What a piece of evidence argues for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A person.
    Person,
    /// An organisation.
    Organisation,
    /// A place.
    Place,
    /// Not a person, organisation or place: an event, an operation, a
    /// storm, a product, a work, a topic.
    NotName,
}

impl Kind {
    const ALL: [Kind; 4] = [Kind::Person, Kind::Organisation, Kind::Place, Kind::NotName];

    /// The lower-case name used by `--explain`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organisation => "organisation",
            Kind::Place => "place",
            Kind::NotName => "not_name",
        }
    }

    fn entity(self) -> Option<EntityType> {
        match self {
            Kind::Person => Some(EntityType::Person),
            Kind::Organisation => Some(EntityType::Organisation),
            Kind::Place => Some(EntityType::Place),
            Kind::NotName => None,
        }
    }
}

/// Every piece of evidence, in the order of [`TABLE`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Rule {
    Scorecard,
    OrgLexicon,
    Gazetteer,
    Title,
    EventWord,
    EventHead,
    TitleOnly,
    Nationality,
    CommonWords,
    DictionaryWords,
    DictionaryWord,
    Numbered,
    Label,
    Ampersand,
    Citation,
    OrgWord,
    AcronymExpansion,
    TheBody,
    ForPhrase,
    FeatureOf,
    CuratedList,
    OrgList,
    PersonList,
    PersonListOne,
    PlaceList,
    TownList,
    GivenNameList,
    Acronym,
    Particle,
    PluralTeam,
    GivenName,
    Feature,
    Landmark,
    Compass,
    PlaceInName,
    CamelCase,
    CompanyContext,
    Age,
    ReportingVerb,
    ReportingVerbLone,
    PrepositionShort,
    GivenNameAlone,
    NameShape,
    Preposition,
    Surname,
    DefinedTerm,
    Product,
    CoordPerson,
    CoordOrganisation,
    CoordPlace,
    Dateline,
    SportsTeam,
    AliasPerson,
    AliasOrganisation,
    AliasPlace,
    ShortFormPerson,
    ShortFormWeak,
    ShortFormOrganisation,
    StateAfterTown,
    PlaceCity,
    CompanyName,
    Administration,
    CompassPlace,
    Quoted,
}

/// One row of the weight table.
pub(crate) struct Row {
    pub rule: Rule,
    /// The name users see in a mention's `rule`.
    pub name: &'static str,
    pub kind: Kind,
    /// Points added to `kind`'s score (a structural cue is about 100, a
    /// guess from the shape of a name 10).
    pub weight: i32,
    /// What the evidence is.
    pub why: &'static str,
}

const fn row(rule: Rule, name: &'static str, kind: Kind, weight: i32, why: &'static str) -> Row {
    Row {
        rule,
        name,
        kind,
        weight,
        why,
    }
}

use Kind::{NotName, Organisation as Org, Person, Place};

/// The weights, set by hand from the errors on several development
/// corpora (Reuters news and non-news genres), never one alone. Only the
/// order of magnitude matters: structural cues and lexicons (about 100)
/// decide, context cues (20–40) decide when nothing structural speaks, and
/// guesses from the shape of a name (10–15) only when nothing else does.
#[rustfmt::skip]
pub(crate) const TABLE: &[Row] = &[
    row(Rule::Scorecard, "scorecard", Person, 100, "cricket scorecard notation before it: 'c Croft b Cork'"),
    row(Rule::OrgLexicon, "org_lexicon", Org, 100, "a widely known organisation (Reuters, NATO, Daesh)"),
    row(Rule::Gazetteer, "gazetteer", Place, 80, "a country, region, city or feature in the gazetteer"),
    row(Rule::Title, "title", Person, 90, "a title or role just before: 'President X', 'striker X'"),
    row(Rule::EventWord, "event", NotName, 80, "ends with an event word: 'World Cup', 'U.S. Open', 'Gulf War'"),
    row(Rule::EventHead, "event", NotName, 80, "opens with an event or operation word: 'Operation X', 'Hurricane X'"),
    row(Rule::TitleOnly, "title_only", NotName, 100, "nothing but titles or roles: 'Madam President', 'Senators'"),
    row(Rule::Nationality, "nationality", NotName, 60, "a nationality or group, or a party's members alone: 'Americans', 'Democrats'"),
    row(Rule::CommonWords, "common_words", NotName, 25, "every word also written in lower case in the article: 'Institutional Economics'"),
    row(Rule::DictionaryWords, "dictionary_words", NotName, 26, "two words or more, all common English words, the first no given name: 'Natural Language Processing'"),
    row(Rule::DictionaryWord, "dictionary_words", NotName, 13, "one common English word, no given name: 'Rank', 'Edge' (outweighs a surname or a preposition alone)"),
    row(Rule::Numbered, "numbered", NotName, 30, "a single word, no place, and a small number: 'Figure 3', 'Wave 2'"),
    row(Rule::Label, "label", NotName, 50, "a label opening a line: 'Attendance: 30,000'"),
    row(Rule::Ampersand, "org_word", Org, 80, "an ampersand joins names: 'Marks & Spencer'"),
    row(Rule::Citation, "citation", NotName, 100, "names joined by an ampersand before a year: a reference, '(Hale & Moss, 2009)'"),
    row(Rule::OrgWord, "org_word", Org, 70, "an organisation head-word or suffix: '… Party', 'Ministry of …', '… Ltd'"),
    row(Rule::AcronymExpansion, "acronym_expansion", Org, 25, "spelled out beside its acronym: 'UNHCR (United Nations …)' (terms are spelled out too: common words alone outweigh it)"),
    row(Rule::TheBody, "org_word", Org, 30, "'the' or 'this' and an organisation word or a chamber alone, capitalised: 'the Court', 'the House'"),
    row(Rule::ForPhrase, "org_word", Org, 25, "capitalised words joined by 'for': 'Voice for Peace', 'Centre for …'"),
    row(Rule::FeatureOf, "feature", Place, 50, "a feature word before 'of': 'Gulf of Aden'"),
    row(Rule::CuratedList, "curated_list", Org, 70, "a hand-curated list: media, international bodies, armed groups, leagues, US teams"),
    row(Rule::OrgList, "org_list", Org, 45, "an open list of clubs, companies, parties, research bodies, universities, outlets"),
    row(Rule::PersonList, "person_list", Person, 35, "a person WordNet names, in two words or more"),
    row(Rule::PersonListOne, "person_list", Person, 15, "one word WordNet names as a person: 'Einstein', 'Aeschylus' (a word, a place or a club outweighs it)"),
    row(Rule::PlaceList, "place_list", Place, 35, "a place WordNet names, a region or county, or an AP state abbreviation ('Ariz.')"),
    row(Rule::TownList, "town_list", Place, 25, "a town of 1,000 people or more (GeoNames)"),
    row(Rule::GivenNameList, "given_name_list", Person, 20, "a multi-word name opening with a given name of another country (faker)"),
    row(Rule::Acronym, "acronym", Org, 20, "an all-capital word of 2–6 letters that spells an organisation's name in the article, or in brackets beside a name that is no term"),
    row(Rule::Particle, "particle", Person, 20, "a surname particle inside: 'von der Leyen', 'bin Salman'"),
    row(Rule::PluralTeam, "place_in_name", Org, 45, "a place and a plural: 'Florida Marlins'"),
    row(Rule::GivenName, "given_name", Person, 30, "a multi-word name opening with a known given name"),
    row(Rule::Feature, "feature", Place, 30, "a geographic feature word: '… River', 'Mount …'"),
    row(Rule::Landmark, "landmark", Place, 30, "a street, park, bridge, cemetery, castle…: '… Street', '… Park', 'Fort …'"),
    row(Rule::Compass, "compass", Place, 25, "a compass region after 'the': 'the North', 'the Midwest'"),
    row(Rule::PlaceInName, "place_in_name", Org, 25, "a country or region inside a longer name, or a city closing it: 'Air France'"),
    row(Rule::CamelCase, "camel_case", Org, 30, "one word spelled like a brand: 'OpenAI'"),
    row(Rule::CompanyContext, "company_context", Org, 30, "business words around it: 'shares in X', 'X, the maker of'"),
    row(Rule::Age, "age", Person, 30, "an age after it: 'X, 45,'"),
    row(Rule::ReportingVerb, "reporting_verb", Person, 15, "a reporting verb after it: 'X said'"),
    row(Rule::ReportingVerbLone, "reporting_verb", Org, 15, "a lone unknown word that 'said': more often a company"),
    row(Rule::PrepositionShort, "preposition", Place, 15, "a two- or three-word name after 'in', 'near', 'across'"),
    row(Rule::GivenNameAlone, "given_name", Person, 10, "a known given name alone, not opening a sentence: 'Ricky'"),
    row(Rule::NameShape, "name_shape", Person, 10, "two to four capitalised words, nothing else known"),
    row(Rule::Preposition, "preposition", Place, 12, "a single name after 'in', 'near', 'across', …"),
    row(Rule::Surname, "surname", Person, 10, "a single frequent surname"),
    row(Rule::DefinedTerm, "defined_term", NotName, 75, "an abbreviation defined after lower-case words, or written in the plural: 'compact fluorescent lamps (CFL)', 'LEDs' (outweighs a list, not the lexicon)"),
    row(Rule::Product, "product", NotName, 40, "a known company's name and another word: 'Google Chrome', 'Microsoft Teams'"),
    row(Rule::CoordPerson, "coordination", Person, 15, "'X and Y' where the other is a person"),
    row(Rule::CoordOrganisation, "coordination", Org, 15, "'X and Y' where the other is an organisation"),
    row(Rule::CoordPlace, "coordination", Place, 15, "'X and Y' where the other is a place"),
    row(Rule::Dateline, "dateline", Place, 120, "a line-initial name in capitals before a date or credit"),
    row(Rule::SportsTeam, "sports_team", Org, 110, "in a sports report, where a team stands: 'X beat Y'"),
    row(Rule::AliasPerson, "alias", Person, 120, "an alias statement ties it to a person"),
    row(Rule::AliasOrganisation, "alias", Org, 120, "an alias statement ties it to an organisation"),
    row(Rule::AliasPlace, "alias", Place, 120, "an alias statement ties it to a place"),
    row(Rule::ShortFormPerson, "short_form", Person, 115, "the surname, with its particles, of a person named in full"),
    row(Rule::ShortFormWeak, "short_form", Person, 40, "the surname of a name that only its shape makes a person's"),
    row(Rule::ShortFormOrganisation, "short_form", Org, 40, "the first word of a company named in full, or its name clipped: 'Tesla', 'Penn State'"),
    row(Rule::StateAfterTown, "state_after_town", Place, 60, "a state's postal or AP abbreviation after a town and a comma: 'Tulsa, OK'"),
    row(Rule::PlaceCity, "place_city", Place, 75, "a place and 'City' or 'Town', or a name and 'County': 'New York City', 'Benzie County' (a club list and the organisation word outweigh it)"),
    row(Rule::CompanyName, "company_list", Org, 40, "one word, a listed company's name that is also a surname or a famous person's: 'Siemens' (a person cue in the article outweighs it)"),
    row(Rule::Administration, "administration", Person, 40, "one word before 'administration' or '-era': 'the Carter administration'"),
    row(Rule::CompassPlace, "compass", Place, 40, "a compass word and a known place: 'West Texas', 'Northern Kenya'"),
    row(Rule::Quoted, "quoted", NotName, 30, "a name that fills a pair of quotes alone: the title of a work, '\"Oppenheimer\" opened'"),
];

impl Rule {
    pub(crate) fn row(self) -> &'static Row {
        &TABLE[self as usize]
    }

    fn from_index(i: usize) -> Rule {
        TABLE[i].rule
    }
}

/// A set of rules: the evidence of a mention or of a name.
///
/// One 64-bit word, a bit a rule: the table holds 64 rules, and a word
/// of 128 bits made every candidate 64 bytes, not 56, and every set two
/// registers and its every test two (#17). A 65th rule needs the wider
/// word back (a test says so).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Ev(u64);

impl Ev {
    pub(crate) fn add(&mut self, rule: Rule) {
        self.0 |= 1 << rule as u32;
    }

    /// The rules that speak for every mention of the name.
    fn pooled(self) -> Ev {
        Ev(self.0 & !MENTION_ONLY.0)
    }

    pub(crate) fn remove(&mut self, rule: Rule) {
        self.0 &= !(1 << rule as u32);
    }

    pub(crate) fn add_all(&mut self, other: Ev) {
        self.0 |= other.0;
    }

    pub(crate) fn has(self, rule: Rule) -> bool {
        self.0 & (1 << rule as u32) != 0
    }

    fn union(self, other: Ev) -> Ev {
        Ev(self.0 | other.0)
    }

    pub(crate) fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The rules of the set, in table order (set bits only: this runs for
    /// every mention, several times).
    pub(crate) fn rules(self) -> impl Iterator<Item = Rule> {
        let mut bits = self.0;
        std::iter::from_fn(move || {
            if bits == 0 {
                return None;
            }
            let i = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            Some(Rule::from_index(i))
        })
    }

    /// Points per kind, in the order of [`Kind::ALL`], the weight of the
    /// strongest rule for each, and that rule (the first in table order
    /// on a tie).
    ///
    /// One pass over the set bits, reading two flat tables (`KIND_OF`,
    /// `WEIGHT_OF`) rather than a row each: every mention is scored
    /// twice or more, and the strongest rule used to be a second pass
    /// (#17).
    fn scores(self) -> Scores {
        let mut s = Scores {
            sum: [0; 4],
            top: [0; 4],
            best: [NO_RULE; 4],
        };
        let mut bits = self.0;
        while bits != 0 {
            let i = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            let (k, w) = (usize::from(KIND_OF[i]), WEIGHT_OF[i]);
            s.sum[k] += w;
            if w > s.top[k] || s.best[k] == NO_RULE {
                s.top[k] = s.top[k].max(w);
                s.best[k] = i as u8;
            }
        }
        s
    }
}

/// What [`Ev::scores`] finds: per kind, in the order of [`Kind::ALL`],
/// the points, the weight of the strongest rule and that rule's index
/// ([`NO_RULE`] when none).
#[derive(Clone, Copy)]
struct Scores {
    sum: [i32; 4],
    top: [i32; 4],
    best: [u8; 4],
}

/// No rule, in [`Scores::best`].
const NO_RULE: u8 = u8::MAX;

/// The kind of each rule, by index, as a number ([`Kind::ALL`] order).
static KIND_OF: [u8; 64] = {
    let mut out = [0; 64];
    let mut i = 0;
    while i < TABLE.len() {
        out[i] = TABLE[i].kind as u8;
        i += 1;
    }
    out
};

/// The weight of each rule, by index.
static WEIGHT_OF: [i32; 64] = {
    let mut out = [0; 64];
    let mut i = 0;
    while i < TABLE.len() {
        out[i] = TABLE[i].weight;
        i += 1;
    }
    out
};

/// The alias rule for a type.
pub(crate) fn alias_rule(ty: EntityType) -> Rule {
    match ty {
        EntityType::Person => Rule::AliasPerson,
        EntityType::Organisation => Rule::AliasOrganisation,
        EntityType::Place => Rule::AliasPlace,
    }
}

/// Rules that speak of one occurrence, not of the name: a dateline says
/// where the story was filed, while the same name elsewhere in a sports
/// report may be a team.
const MENTION_ONLY: Ev = Ev(1 << Rule::Dateline as u32);

/// The pooled evidence of every name in the article.
pub(crate) fn pool(cands: &[Candidate]) -> HashMap<u64, Ev> {
    let mut pooled: HashMap<u64, Ev> =
        HashMap::with_capacity_and_hasher(cands.len(), Default::default());
    for c in cands {
        let e = pooled.entry(c.key).or_default();
        *e = e.union(c.ev.pooled());
    }
    pooled
}

/// Decides every candidate's type from its own and its name's pooled
/// evidence; sets `ty` (`None` for "not a name" and for no evidence),
/// `rule` and `strength`.
pub(crate) fn decide(cands: &mut [Candidate]) {
    thread_local! {
        // The table of pooled evidence, kept by the thread: one table an
        // article cost two allocations for each of its two or three
        // decisions (#17).
        static POOLED: std::cell::RefCell<Pooled> = std::cell::RefCell::new(Pooled::with_capacity(0));
    }
    POOLED.with_borrow_mut(|pooled| {
        pooled.reset(cands.len());
        for c in cands.iter() {
            pooled.add(c.key, c.ev.pooled());
        }
        memo::with(|memo| decide_with(cands, pooled, memo));
    });
}

/// [`decide`] given the pooled evidence, with the thread's memo of
/// answers.
fn decide_with(cands: &mut [Candidate], pooled: &Pooled, memo: &memo::Memo) {
    for c in cands.iter_mut() {
        let all = pooled.get(c.key).union(c.ev);
        let (kind, rule) = decide_in(memo, c.ev, all);
        c.ty = kind.and_then(Kind::entity);
        c.not_name = kind == Some(Kind::NotName);
        c.rule = rule.map_or(Label::SAME_NAME, Label::of);
        let weight = rule.map_or(10, |r| r.row().weight);
        c.strength = match weight {
            80.. => 3,
            20.. => 2,
            _ => 1,
        };
        if c.ty.is_none() {
            c.rule = Label::UNKNOWN;
            c.strength = 0;
        }
    }
}

/// The winning kind for a mention with evidence `own` whose name has
/// evidence `all` over the article, and the mention's own strongest rule
/// for it (`None` when only other mentions speak for it). (The extractor
/// asks [`decide_in`] with the memo at hand.)
#[cfg(test)]
pub(crate) fn decide_one(own: Ev, all: Ev) -> (Option<Kind>, Option<Rule>) {
    memo::with(|memo| decide_in(memo, own, all))
}

/// The winning kind for a mention with evidence `own` whose name has
/// evidence `all` over the article, and the mention's own strongest rule
/// for it, remembered in the thread's `memo`.
#[inline]
fn decide_in(memo: &memo::Memo, own: Ev, all: Ev) -> (Option<Kind>, Option<Rule>) {
    if all.is_empty() {
        return (None, None);
    }
    memo.answer(own, all, || weigh(own, all))
}

/// [`decide_in`] worked out, for its memo.
fn weigh(own: Ev, all: Ev) -> (Option<Kind>, Option<Rule>) {
    // Most names are mentioned with the same evidence each time: score
    // the set once then.
    let own_s = own.scores();
    let all_s = if all == own { own_s } else { all.scores() };
    // The kind with the most points, then the strongest own rule, then
    // the strongest rule over the article; the first kind on a full tie.
    // (Written out: `max_by_key` over tuples cost more than the scoring.)
    let key = |i: usize| (own_s.sum[i] + all_s.sum[i], own_s.top[i], all_s.top[i]);
    let mut best = 0;
    for i in 1..Kind::ALL.len() {
        if key(i) > key(best) {
            best = i;
        }
    }
    if key(best).0 == 0 {
        return (None, None);
    }
    let strongest = own_s.best[best];
    (
        Some(Kind::ALL[best]),
        (strongest != NO_RULE).then(|| Rule::from_index(usize::from(strongest))),
    )
}

/// The weight table as (rule, kind, weight, what it is) rows, in table
/// order: the README prints it, and a test checks that they agree.
pub fn weight_table() -> impl Iterator<Item = (&'static str, &'static str, i32, &'static str)> {
    TABLE
        .iter()
        .map(|r| (r.name, r.kind.as_str(), r.weight, r.why))
}

/// One piece of evidence as `--explain` shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explained {
    /// The rule's name.
    pub rule: &'static str,
    /// What it argues for: `person`, `organisation`, `place` or
    /// `not_name`.
    pub kind: &'static str,
    /// Its weight (see the README's table).
    pub weight: i32,
    /// `mention` when it was found at this mention, `article` when at
    /// another mention of the same name.
    pub from: &'static str,
}

/// The evidence behind a mention, strongest first.
pub(crate) fn explain(own: Ev, all: Ev) -> Vec<Explained> {
    let mut out: Vec<Explained> = all
        .rules()
        .map(|r| {
            let row = r.row();
            Explained {
                rule: row.name,
                kind: row.kind.as_str(),
                weight: row.weight,
                from: if own.has(r) { "mention" } else { "article" },
            }
        })
        .collect();
    out.sort_by_key(|e| (std::cmp::Reverse(e.weight), e.from != "mention"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tests::entities_of;
    use crate::extract::Extractor;

    #[test]
    fn the_table_is_in_rule_order_and_complete() {
        for (i, row) in TABLE.iter().enumerate() {
            assert_eq!(row.rule as usize, i, "{}", row.name);
            assert!(row.weight > 0 && !row.name.is_empty() && !row.why.is_empty());
        }
        // A rule set is one 64-bit word.
        assert!(TABLE.len() <= 64);
    }

    #[test]
    fn the_readme_shows_the_table() {
        let readme = include_str!("../../../README.md");
        for (rule, kind, weight, _) in weight_table() {
            let row = format!("| `{rule}` | {kind} | {weight} |");
            assert!(readme.contains(&row), "README lacks {row}");
        }
    }

    #[test]
    fn one_strong_cue_outweighs_weak_guesses() {
        let mut own = Ev::default();
        own.add(Rule::NameShape);
        let mut all = own;
        all.add(Rule::CompanyContext);
        // The mention's own guesses say person; the article says company.
        assert_eq!(decide_one(own, all), (Some(Kind::Organisation), None));
        // With nothing else, the guess stands and names itself.
        assert_eq!(
            decide_one(own, own),
            (Some(Kind::Person), Some(Rule::NameShape))
        );
        // No evidence at all: no type.
        assert_eq!(decide_one(Ev::default(), Ev::default()), (None, None));
    }

    #[test]
    fn not_a_name_drops_the_mention() {
        let mut own = Ev::default();
        own.add(Rule::NameShape);
        own.add(Rule::EventHead);
        assert_eq!(decide_one(own, own).0, Some(Kind::NotName));
        let e = entities_of(
            "Operation Desert Storm began. Hurricane Katrina hit. \
             Users of Google Chrome and Microsoft Teams complained.",
        );
        assert!(e.iter().all(|(ty, _)| ty != "person"), "{e:?}");
    }

    #[test]
    fn pooling_a_weak_guess_is_overruled_three_paragraphs_later() {
        // Issue 12: the first mention alone looks like a person's name
        // (two unknown capitalised words); a company apposition three
        // paragraphs on settles every mention.
        let text = "Talks with Marlowe Grange went well.\n\n\
            The weather was fine.\n\n\
            Nobody spoke after lunch.\n\n\
            Marlowe Grange, the maker of garden tools, said sales rose.";
        let e = entities_of(text);
        assert_eq!(
            e,
            [("organisation".to_string(), "Marlowe Grange".to_string())]
        );
        let (ents, _) = Extractor::new().with_explain(true).find(text, 0, None);
        let first = &ents[0].mentions[0];
        assert_eq!(first.rule, "same_name");
        assert!(first
            .evidence
            .iter()
            .any(|x| x.rule == "company_context" && x.from == "article"));
        assert!(first
            .evidence
            .iter()
            .any(|x| x.rule == "name_shape" && x.from == "mention"));
    }

    #[test]
    fn a_cue_at_the_mention_holds_against_the_article() {
        // "in Jordan" stays the country after "Michael Jordan … Jordan said".
        let e = entities_of("Michael Jordan flew in. Jordan said he was tired of Jordan.");
        assert!(
            e.contains(&("person".to_string(), "Michael Jordan".to_string())),
            "{e:?}"
        );
    }

    fn has(e: &[(String, String)], ty: &str, name: &str) -> bool {
        e.iter().any(|(t, n)| t == ty && n == name)
    }

    #[test]
    fn a_listed_company_that_is_a_surname_is_the_company() {
        let e = entities_of("Siemens said quarterly profits rose by a tenth.");
        assert!(has(&e, "organisation", "Siemens"), "{e:?}");
        // A person cue in the article keeps the person.
        let e = entities_of("Siemens, 52, said he would run again.");
        assert!(has(&e, "person", "Siemens"), "{e:?}");
    }

    #[test]
    fn shows_and_contests_are_no_names() {
        let e = entities_of(
            "The Great British Bake Off returned on Tuesday. Fans of the Eurovision \
             Song Contest gathered in Vienna.",
        );
        assert!(e.iter().all(|(_, n)| !n.contains("Bake")), "{e:?}");
        assert!(e.iter().all(|(t, _)| t != "person"), "{e:?}");
    }

    #[test]
    fn news_places_and_people() {
        let e = entities_of(
            "A storm hit Worcester, Mass., and Yakima, Wash., on Sunday. Ranchers in \
             West Texas waited. Critics of the Carter administration spoke. Buyers of \
             the Galaxy S26 queued.",
        );
        assert!(has(&e, "place", "Mass."), "{e:?}");
        assert!(has(&e, "place", "Wash."), "{e:?}");
        assert!(has(&e, "place", "West Texas"), "{e:?}");
        assert!(has(&e, "person", "Carter"), "{e:?}");
        assert!(e.iter().all(|(_, n)| n != "Galaxy S26"), "{e:?}");
    }

    #[test]
    fn quoted_titles_are_no_names_and_studios_are_companies() {
        let e = entities_of(
            "Lumen Pictures said \"Hartwell\" earned $90 million on its first weekend.",
        );
        assert!(has(&e, "organisation", "Lumen Pictures"), "{e:?}");
        assert!(e.iter().all(|(_, n)| n != "Hartwell"), "{e:?}");
    }

    #[test]
    fn explain_is_empty_unless_asked() {
        let text = "Talks with Marlowe Grange went well.";
        let (ents, _) = Extractor::new().find(text, 0, None);
        assert!(ents[0].mentions[0].evidence.is_empty());
    }
}
