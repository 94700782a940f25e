//! Typing as weighed evidence.
//!
//! A name is not typed by the first rule that fires. Every rule is an
//! independent piece of evidence: a small function that looks at one span
//! and may say "person", "organisation", "place" or "not a name" (events,
//! operations, storms, products, works, topics), with the weight given in
//! [`TABLE`]. The evidence of one mention is a set of rules ([`Ev`], a bit
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

use rustc_hash::FxHashMap as HashMap;

use super::tokens::TokenKind;
use super::{organisations, people, places, segment, Candidate, Doc, EntityType};

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

    fn of(ty: EntityType) -> Kind {
        match ty {
            EntityType::Person => Kind::Person,
            EntityType::Organisation => Kind::Organisation,
            EntityType::Place => Kind::Place,
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
    CommonWords,
    Numbered,
    Label,
    Ampersand,
    OrgWord,
    AcronymExpansion,
    ForPhrase,
    FeatureOf,
    CuratedList,
    OrgList,
    PersonList,
    PlaceList,
    TownList,
    GivenNameList,
    Acronym,
    Particle,
    PluralTeam,
    GivenName,
    Feature,
    PlaceInName,
    CamelCase,
    CompanyContext,
    Age,
    ReportingVerb,
    ReportingVerbLone,
    PrepositionShort,
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
    ShortFormOrganisation,
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
    row(Rule::CommonWords, "common_words", NotName, 25, "every word also written in lower case in the article: 'Institutional Economics'"),
    row(Rule::Numbered, "numbered", NotName, 30, "a single word, no place, and a small number: 'Figure 3', 'Wave 2'"),
    row(Rule::Label, "label", NotName, 50, "a label opening a line: 'Attendance: 30,000'"),
    row(Rule::Ampersand, "org_word", Org, 80, "an ampersand joins names: 'Marks & Spencer'"),
    row(Rule::OrgWord, "org_word", Org, 70, "an organisation head-word or suffix: '… Party', 'Ministry of …', '… Ltd'"),
    row(Rule::AcronymExpansion, "acronym_expansion", Org, 80, "spelled out beside its acronym: 'UNHCR (United Nations …)'"),
    row(Rule::ForPhrase, "org_word", Org, 25, "capitalised words joined by 'for': 'Voice for Peace', 'Centre for …'"),
    row(Rule::FeatureOf, "feature", Place, 50, "a feature word before 'of': 'Gulf of Aden'"),
    row(Rule::CuratedList, "curated_list", Org, 70, "a hand-curated list: media, international bodies, armed groups, leagues, US teams"),
    row(Rule::OrgList, "org_list", Org, 35, "an open list of clubs, companies, parties, research bodies, universities, outlets"),
    row(Rule::PersonList, "person_list", Person, 35, "a person WordNet names, in two words or more"),
    row(Rule::PlaceList, "place_list", Place, 35, "a place WordNet names, or an AP state abbreviation ('Ariz.')"),
    row(Rule::TownList, "town_list", Place, 15, "a town of 1,000 people or more (GeoNames)"),
    row(Rule::GivenNameList, "given_name_list", Person, 20, "a multi-word name opening with a given name of another country (faker)"),
    row(Rule::Acronym, "acronym", Org, 20, "an all-capital word of 2–6 letters"),
    row(Rule::Particle, "particle", Person, 20, "a surname particle inside: 'von der Leyen', 'bin Salman'"),
    row(Rule::PluralTeam, "place_in_name", Org, 45, "a place and a plural: 'Florida Marlins'"),
    row(Rule::GivenName, "given_name", Person, 30, "a multi-word name opening with a known given name"),
    row(Rule::Feature, "feature", Place, 30, "a geographic feature word: '… River', 'Mount …'"),
    row(Rule::PlaceInName, "place_in_name", Org, 25, "a country or region inside a longer name, or a city closing it: 'Air France'"),
    row(Rule::CamelCase, "camel_case", Org, 30, "one word spelled like a brand: 'OpenAI'"),
    row(Rule::CompanyContext, "company_context", Org, 30, "business words around it: 'shares in X', 'X, the maker of'"),
    row(Rule::Age, "age", Person, 30, "an age after it: 'X, 45,'"),
    row(Rule::ReportingVerb, "reporting_verb", Person, 15, "a reporting verb after it: 'X said'"),
    row(Rule::ReportingVerbLone, "reporting_verb", Org, 15, "a lone unknown word that 'said': more often a company"),
    row(Rule::PrepositionShort, "preposition", Place, 15, "a two- or three-word name after 'in', 'near', 'across'"),
    row(Rule::NameShape, "name_shape", Person, 10, "two to four capitalised words, nothing else known"),
    row(Rule::Preposition, "preposition", Place, 12, "a single name after 'in', 'from', 'to', …"),
    row(Rule::Surname, "surname", Person, 10, "a single frequent surname"),
    row(Rule::DefinedTerm, "defined_term", NotName, 60, "an abbreviation defined after lower-case words: 'compact fluorescent lamps (CFL)'"),
    row(Rule::Product, "product", NotName, 40, "a known company's name and another word: 'Google Chrome', 'Microsoft Teams'"),
    row(Rule::CoordPerson, "coordination", Person, 15, "'X and Y' where the other is a person"),
    row(Rule::CoordOrganisation, "coordination", Org, 15, "'X and Y' where the other is an organisation"),
    row(Rule::CoordPlace, "coordination", Place, 15, "'X and Y' where the other is a place"),
    row(Rule::Dateline, "dateline", Place, 120, "a line-initial name in capitals before a date or credit"),
    row(Rule::SportsTeam, "sports_team", Org, 110, "in a sports report, where a team stands: 'X beat Y'"),
    row(Rule::AliasPerson, "alias", Person, 120, "an alias statement ties it to a person"),
    row(Rule::AliasOrganisation, "alias", Org, 120, "an alias statement ties it to an organisation"),
    row(Rule::AliasPlace, "alias", Place, 120, "an alias statement ties it to a place"),
    row(Rule::ShortFormPerson, "short_form", Person, 115, "the last word of a person named in full"),
    row(Rule::ShortFormOrganisation, "short_form", Org, 40, "the first word of a company named in full"),
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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Ev(u64);

impl Ev {
    pub(crate) fn add(&mut self, rule: Rule) {
        self.0 |= 1 << rule as u64;
    }

    pub(crate) fn add_all(&mut self, other: Ev) {
        self.0 |= other.0;
    }

    pub(crate) fn has(self, rule: Rule) -> bool {
        self.0 & (1 << rule as u64) != 0
    }

    fn union(self, other: Ev) -> Ev {
        Ev(self.0 | other.0)
    }

    pub(crate) fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub(crate) fn rules(self) -> impl Iterator<Item = Rule> {
        let bits = self.0;
        (0..TABLE.len())
            .filter(move |i| bits & (1 << i) != 0)
            .map(Rule::from_index)
    }

    /// Points per kind, in the order of [`Kind::ALL`].
    fn scores(self) -> [i32; 4] {
        let mut s = [0; 4];
        for r in self.rules() {
            let row = r.row();
            s[row.kind as usize] += row.weight;
        }
        s
    }

    /// The strongest rule for `kind`.
    fn strongest(self, kind: Kind) -> Option<Rule> {
        self.rules()
            .filter(|r| r.row().kind == kind)
            .max_by_key(|r| (r.row().weight, std::cmp::Reverse(*r as u8)))
    }
}

/// The evidence functions that look at one span and its neighbours. Each
/// returns the rule it stands for, or `None`.
type EvidenceFn = fn(&Doc<'_>, usize, usize) -> Option<Rule>;

const LOCAL: &[EvidenceFn] = &[
    org_lexicon,
    gazetteer,
    event_word,
    event_head,
    common_words,
    numbered,
    label,
    ampersand,
    org_word,
    for_phrase,
    feature_of,
    acronym,
    particle,
    plural_team,
    given_name,
    feature,
    place_in_name,
    camel_case,
    company_context,
    age,
    reporting_verb,
    preposition_short,
    name_shape,
    preposition,
    surname,
    defined_term,
    product,
];

/// Collects the evidence of every span-level function for the span.
pub(crate) fn local(doc: &Doc<'_>, first: usize, last: usize) -> Ev {
    let mut ev = listed(doc, first, last);
    for f in LOCAL {
        if let Some(r) = f(doc, first, last) {
            ev.add(r);
        }
    }
    ev
}

/// What the open and curated name lists say about the span (see
/// [`crate::lexicon::knowledge`]). A list entry of one word that is also
/// a given name or a surname ("Ford", "Lincoln") says nothing, and
/// acronyms, which collide across lists, count only from curated lists.
/// The lists do not repeat what the hand-written lexicons already say: a
/// place in the gazetteer is not made more of a place by WordNet, since
/// both say the same thing.
pub(crate) fn listed(doc: &Doc<'_>, first: usize, last: usize) -> Ev {
    use crate::lexicon::{Kinds, Knowledge};
    let mut ev = Ev::default();
    let know = Knowledge::get();
    let mut kinds = Kinds::default();
    let found = known(doc, first, last, |t| {
        know.get_name(t).map(|k| kinds = k.kinds)
    });
    let lex = doc.lex;
    if found {
        let text = doc.span_text(first, last);
        let multi = last > first;
        let name_part = !multi
            && (kinds.any(Kinds::GIVEN_NAME) || lex.is_given_name(text) || lex.is_surname(text));
        let acronym = !multi && text.len() <= 6 && !text.chars().any(char::is_lowercase);
        let known_org = org_lexicon(doc, first, last).is_some();
        let known_place = gazetteer(doc, first, last).is_some();
        if known_place {
            kinds = kinds.only(Kinds::ORGANISATION | Kinds::PERSON | Kinds::STATE_ABBR);
        }
        if kinds.any(Kinds::CURATED) && !known_org {
            ev.add(Rule::CuratedList);
        }
        if kinds.any(Kinds::ORGANISATION) && !acronym && !name_part && !known_org {
            ev.add(Rule::OrgList);
        }
        if kinds.any(Kinds::WORDNET_PERSON) && multi {
            ev.add(Rule::PersonList);
        }
        if kinds.any(Kinds::WORDNET_PLACE | Kinds::STATE_ABBR) && !name_part {
            ev.add(Rule::PlaceList);
        }
        if kinds.any(Kinds::TOWN) && !name_part {
            ev.add(Rule::TownList);
        }
    }
    let head = doc.tokens[first].text;
    if last > first
        && mixed_case(doc, first, last)
        && !lex.is_given_name(head)
        && know
            .get_name(head)
            .is_some_and(|k| k.kinds.any(Kinds::GIVEN_NAME))
    {
        ev.add(Rule::GivenNameList);
    }
    ev
}

/// The span's text, or its title case when it is written in capitals.
fn known<T>(
    doc: &Doc<'_>,
    first: usize,
    last: usize,
    mut f: impl FnMut(&str) -> Option<T>,
) -> bool {
    let text = doc.span_text(first, last);
    if f(text).is_some() {
        return true;
    }
    let caps = (first..=last).all(|i| {
        let t = &doc.tokens[i];
        t.kind != TokenKind::Word || t.is_all_caps() || t.text.chars().count() == 1
    });
    caps && text.len() > 2 && f(&segment::title_case(text)).is_some()
}

pub(crate) fn org_lexicon(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    known(doc, first, last, |t| doc.lex.organisation(t)).then_some(Rule::OrgLexicon)
}

pub(crate) fn gazetteer(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    known(doc, first, last, |t| doc.lex.place(t)).then_some(Rule::Gazetteer)
}

pub(crate) fn event_word(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    (last > first && segment::is_event_word(doc.tokens[last].text)).then_some(Rule::EventWord)
}

/// "Operation Desert Storm", "Hurricane Katrina", "Tropical Storm Bill":
/// a head-word that names an event, never a person or a body.
pub(crate) fn event_head(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let head = doc.tokens[first].text;
    let events = matches!(
        head,
        "Operation" | "Hurricane" | "Typhoon" | "Cyclone" | "Storm" | "Tropical" | "Battle"
    );
    (last > first && events).then_some(Rule::EventHead)
}

/// Capitalised words that the article also writes in lower case are
/// ordinary words in a heading or a title, not a name: "Property Rights",
/// "Wave" (but "Rose Hill" opens with a given name, which outweighs it).
pub(crate) fn common_words(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let all = mixed_case(doc, first, last)
        && (first..=last).all(|i| {
            let t = &toks[i];
            t.kind != TokenKind::Word
                || t.text.starts_with(char::is_lowercase)
                || crate::lexicon::with_lowercase(t.text, |w| doc.lower_words.contains(w))
        });
    all.then_some(Rule::CommonWords)
}

/// "Figure 3", "Wave 2", "Table 1": a single word numbered like a part of a
/// document or a series. (Teams before their scores are typed by the
/// sports-report evidence, which outweighs this.)
pub(crate) fn numbered(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let found = first == last
        && mixed_case(doc, first, last)
        && toks
            .get(last + 1)
            .is_some_and(|t| t.kind == TokenKind::Number && t.space_before && t.text.len() <= 3)
        && !toks.get(last + 2).is_some_and(|t| t.is("-") || t.is(","))
        && doc.lex.place(toks[first].text).is_none();
    found.then_some(Rule::Numbered)
}

pub(crate) fn label(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let is_label =
        first == last && toks[first].line_start && toks.get(last + 1).is_some_and(|t| t.is(":"));
    is_label.then_some(Rule::Label)
}

pub(crate) fn ampersand(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    (first + 1..last)
        .any(|j| doc.tokens[j].is("&"))
        .then_some(Rule::Ampersand)
}

/// The first "of", "for", "and" or "y" inside the span.
fn joiner(doc: &Doc<'_>, first: usize, last: usize) -> Option<usize> {
    (first + 1..last).find(|&j| matches!(doc.tokens[j].text, "of" | "for" | "and" | "y"))
}

pub(crate) fn org_word(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let lex = doc.lex;
    let toks = &doc.tokens;
    let found = match joiner(doc, first, last) {
        None => organisations::has_org_word(doc, first, last),
        // "Bank of England", "Chamber of Commerce": an organisation word
        // before the joiner.
        Some(j) => {
            !(segment::is_feature_word(toks[j - 1].text) && toks[j].text == "of")
                && (first..j)
                    .any(|k| lex.is_org_start(toks[k].text) || lex.is_org_end(toks[k].text))
        }
    };
    found.then_some(Rule::OrgWord)
}

pub(crate) fn for_phrase(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    (first + 1..last)
        .any(|j| doc.tokens[j].is("for") && segment::for_joins_one_name(doc, j))
        .then_some(Rule::ForPhrase)
}

pub(crate) fn feature_of(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let j = joiner(doc, first, last)?;
    (doc.tokens[j].text == "of" && segment::is_feature_word(doc.tokens[j - 1].text))
        .then_some(Rule::FeatureOf)
}

pub(crate) fn acronym(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    organisations::is_acronym(doc, first, last).then_some(Rule::Acronym)
}

/// True when the span has lower-case letters: spans in capitals (table
/// headers, shouted slugs) get no guesses from their shape.
fn mixed_case(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    doc.span_text(first, last).chars().any(char::is_lowercase)
}

fn words(doc: &Doc<'_>, first: usize, last: usize) -> usize {
    (first..=last)
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .count()
}

pub(crate) fn particle(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    // Romance "de", "da", "del" also join place and body names
    // ("Conservatoire de Paris"), so only these speak for a person.
    (first..last)
        .any(|k| {
            matches!(
                doc.tokens[k].text,
                "von" | "van" | "der" | "den" | "bin" | "ibn" | "ter"
            )
        })
        .then_some(Rule::Particle)
}

pub(crate) fn plural_team(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let lex = doc.lex;
    let toks = &doc.tokens;
    let team = last > first
        && mixed_case(doc, first, last)
        && toks[last].text.ends_with('s')
        && !lex.is_surname(toks[last].text)
        && (lex.place(doc.span_text(first, last - 1)).is_some()
            || lex.place(toks[first].text).is_some());
    team.then_some(Rule::PluralTeam)
}

pub(crate) fn given_name(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    (mixed_case(doc, first, last) && people::starts_with_given_name(doc, first, last))
        .then_some(Rule::GivenName)
}

pub(crate) fn feature(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let found = last > first
        && mixed_case(doc, first, last)
        && (segment::is_feature_word(toks[last].text)
            || segment::is_feature_word(toks[first].text));
    found.then_some(Rule::Feature)
}

pub(crate) fn place_in_name(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let lex = doc.lex;
    let toks = &doc.tokens;
    // A place whose whole name is in the gazetteer ("Mexico City") is no
    // organisation named after a place.
    if !mixed_case(doc, first, last)
        || words(doc, first, last) < 2
        || gazetteer(doc, first, last).is_some()
    {
        return None;
    }
    let has_country = (first..=last).any(|i| {
        lex.place(toks[i].text)
            .is_some_and(|p| p.kind != crate::lexicon::PlaceKind::City)
    });
    let city_last = lex.place(toks[last].text).is_some() && !lex.is_given_name(toks[first].text);
    (has_country || city_last).then_some(Rule::PlaceInName)
}

pub(crate) fn camel_case(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    (first == last && organisations::is_camel_case(doc.tokens[first].text))
        .then_some(Rule::CamelCase)
}

pub(crate) fn company_context(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let found = mixed_case(doc, first, last)
        && (organisations::company_context(doc, first, last)
            || organisations::company_apposition(doc, last));
    found.then_some(Rule::CompanyContext)
}

pub(crate) fn age(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    (mixed_case(doc, first, last) && people::age_after(doc, last) && words(doc, first, last) <= 4)
        .then_some(Rule::Age)
}

pub(crate) fn reporting_verb(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let n = words(doc, first, last);
    if !mixed_case(doc, first, last) || !people::reported_speech_after(doc, last) || n > 4 {
        return None;
    }
    // A lone unknown word that "said" something is more often a company
    // or agency than a person introduced by surname alone (people are
    // introduced in full, and short forms join them).
    let text = doc.span_text(first, last);
    let lone = n == 1 && !doc.lex.is_surname(text) && !doc.lex.is_given_name(text);
    Some(if lone {
        Rule::ReportingVerbLone
    } else {
        Rule::ReportingVerb
    })
}

pub(crate) fn preposition_short(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let n = words(doc, first, last);
    ((2..=3).contains(&n)
        && mixed_case(doc, first, last)
        && places::location_preposition_before(doc, first))
    .then_some(Rule::PrepositionShort)
}

pub(crate) fn name_shape(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    ((2..=4).contains(&words(doc, first, last)) && mixed_case(doc, first, last))
        .then_some(Rule::NameShape)
}

pub(crate) fn preposition(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    // "to" and "from" come before people as often ("a letter from X",
    // "according to X"): only the prepositions of location speak.
    (first == last
        && mixed_case(doc, first, last)
        && places::location_preposition_before(doc, first))
    .then_some(Rule::Preposition)
}

pub(crate) fn surname(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    // A surname alone at a sentence start is as often a common noun
    // ("Wheat futures rose").
    let t = &doc.tokens[first];
    (first == last
        && mixed_case(doc, first, last)
        && doc.lex.is_surname(t.text)
        && !t.sentence_start)
        .then_some(Rule::Surname)
}

/// A known company's name followed by other capitalised words that are no
/// organisation word names one of its products or services.
pub(crate) fn product(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let lex = doc.lex;
    let toks = &doc.tokens;
    let found = last > first
        && mixed_case(doc, first, last)
        && lex.organisation(toks[first].text).is_some()
        && lex.place(toks[first].text).is_none()
        && (first + 1..=last).all(|k| {
            toks[k].is_capitalised()
                && !lex.is_org_end(toks[k].text)
                && lex.place(toks[k].text).is_none()
        })
        && lex.organisation(doc.span_text(first, last)).is_none();
    found.then_some(Rule::Product)
}

/// An abbreviation in brackets after lower-case words names a term, not
/// a body: "compact fluorescent lamps (CFL)", "foreign direct investment
/// (FDI)".
pub(crate) fn defined_term(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let found = first == last
        && first >= 2
        && toks[first].is_all_caps()
        && toks[first - 1].is("(")
        && toks.get(last + 1).is_some_and(|t| t.is(")"))
        && toks[first - 2].kind == TokenKind::Word
        && toks[first - 2].text.starts_with(char::is_lowercase)
        && !doc.lex.is_function_word(toks[first - 2].text);
    found.then_some(Rule::DefinedTerm)
}

/// The coordination rule for a type.
pub(crate) fn coordination_rule(ty: EntityType) -> Rule {
    match ty {
        EntityType::Person => Rule::CoordPerson,
        EntityType::Organisation => Rule::CoordOrganisation,
        EntityType::Place => Rule::CoordPlace,
    }
}

/// The alias rule for a type.
pub(crate) fn alias_rule(ty: EntityType) -> Rule {
    match ty {
        EntityType::Person => Rule::AliasPerson,
        EntityType::Organisation => Rule::AliasOrganisation,
        EntityType::Place => Rule::AliasPlace,
    }
}

/// The pooling key of a name: its letters and digits, lower-cased, so that
/// "U.S." meets "US" and a headline's "BARCELONA" meets "Barcelona".
pub(crate) fn name_key(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    for c in s.chars().filter(|c| c.is_alphanumeric()) {
        if c.is_ascii() {
            h.write_u8(c.to_ascii_lowercase() as u8);
        } else {
            for l in c.to_lowercase() {
                h.write_u32(l as u32);
            }
        }
    }
    h.finish()
}

/// Rules that speak of one occurrence, not of the name: a dateline says
/// where the story was filed, while the same name elsewhere in a sports
/// report may be a team.
const MENTION_ONLY: Ev = Ev(1 << Rule::Dateline as u64);

/// The pooled evidence of every name in the article.
pub(crate) fn pool(doc: &Doc<'_>, cands: &[Candidate]) -> HashMap<u64, Ev> {
    let mut pooled: HashMap<u64, Ev> = HashMap::default();
    for c in cands {
        let e = pooled
            .entry(name_key(doc.span_text(c.first, c.last)))
            .or_default();
        *e = e.union(Ev(c.ev.0 & !MENTION_ONLY.0));
    }
    pooled
}

/// Decides every candidate's type from its own and its name's pooled
/// evidence; sets `ty` (`None` for "not a name" and for no evidence),
/// `rule` and `strength`.
pub(crate) fn decide(doc: &Doc<'_>, cands: &mut [Candidate]) {
    let pooled = pool(doc, cands);
    for c in cands.iter_mut() {
        let all = pooled[&name_key(doc.span_text(c.first, c.last))].union(c.ev);
        let (kind, rule) = decide_one(c.ev, all);
        c.ty = kind.and_then(Kind::entity);
        c.not_name = kind == Some(Kind::NotName);
        c.rule = rule.map_or("same_name", |r| r.row().name);
        let weight = rule.map_or(10, |r| r.row().weight);
        c.strength = match weight {
            80.. => 3,
            20.. => 2,
            _ => 1,
        };
        if c.ty.is_none() {
            c.rule = "unknown";
            c.strength = 0;
        }
    }
}

/// The winning kind for a mention with evidence `own` whose name has
/// evidence `all` over the article, and the mention's own strongest rule
/// for it (`None` when only other mentions speak for it).
pub(crate) fn decide_one(own: Ev, all: Ev) -> (Option<Kind>, Option<Rule>) {
    if all.is_empty() {
        return (None, None);
    }
    let (a, b) = (own.scores(), all.scores());
    let best = Kind::ALL
        .into_iter()
        .max_by_key(|&k| {
            let i = k as usize;
            let top = |ev: Ev| ev.strongest(k).map_or(0, |r| r.row().weight);
            (a[i] + b[i], top(own), top(all), std::cmp::Reverse(i))
        })
        .expect("four kinds");
    if a[best as usize] + b[best as usize] == 0 {
        return (None, None);
    }
    (Some(best), own.strongest(best))
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

/// The kind of a rule's evidence (for tests and callers that need it).
pub(crate) fn kind_of(ty: EntityType) -> Kind {
    Kind::of(ty)
}
