//! The evidence functions: each looks at one span of tokens and its
//! neighbours and returns the [`Rule`] it stands for, or `None`. They are
//! independent of one another; [`super::decide`] weighs what they say.

use super::{Ev, Rule};
use crate::extract::tokens::TokenKind;
use crate::extract::{organisations, people, places, segment, Doc, EntityType};

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
