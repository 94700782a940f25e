//! The evidence functions: each looks at one span of tokens and its
//! neighbours and returns the [`Rule`] it stands for, or `None`. They are
//! independent of one another; [`super::decide`] weighs what they say.

use super::lists::{caps_span, listed_with, lookup};
use super::{Ev, Rule};
use crate::extract::tokens::TokenKind;
use crate::extract::{organisations, people, places, segment, Doc, EntityType};

/// The evidence functions that look at one span and its neighbours. Each
/// returns the rule it stands for, or `None`.
type EvidenceFn = fn(&Doc<'_>, usize, usize) -> Option<Rule>;

/// Every evidence function but the lexicon ones, which [`local`] runs
/// first because the name lists need their answers.
const LOCAL: &[EvidenceFn] = &[
    event_word,
    event_head,
    title_only,
    super::words::nationality,
    common_words,
    super::words::dictionary_words,
    numbered,
    label,
    ampersand,
    super::words::citation,
    org_word,
    the_body,
    for_phrase,
    feature_of,
    acronym,
    particle,
    plural_team,
    given_name,
    feature,
    landmark,
    compass,
    place_in_name,
    camel_case,
    company_context,
    age,
    reporting_verb,
    preposition_short,
    given_name_alone,
    name_shape,
    preposition,
    surname,
    super::words::defined_term,
    product,
    state_after_town,
    super::words::place_city,
    super::words::administration,
    super::words::compass_place,
    super::words::quoted,
];

/// Collects the evidence of every span-level function for the span.
pub(crate) fn local(doc: &Doc<'_>, first: usize, last: usize) -> Ev {
    let found = lookup(doc, first, last, true);
    let mut ev = listed_with(doc, first, last, &found);
    if found.org {
        ev.add(Rule::OrgLexicon);
    }
    if found.place {
        ev.add(Rule::Gazetteer);
    }
    for f in LOCAL {
        if let Some(r) = f(doc, first, last) {
            ev.add(r);
        }
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
    f(text).is_some() || caps_span(doc, first, last) && f(&segment::title_case(text)).is_some()
}

/// The organisation lexicon's evidence alone (the rules ask [`lookup`]
/// or [`lexicons`], which answer it with the gazetteer's).
#[cfg(test)]
pub(crate) fn org_lexicon(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    known(doc, first, last, |t| doc.lex.organisation(t)).then_some(Rule::OrgLexicon)
}

pub(crate) fn gazetteer(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    known(doc, first, last, |t| doc.lex.place(t)).then_some(Rule::Gazetteer)
}

/// [`org_lexicon`] and [`gazetteer`] together, for headlines, which try
/// every span of capitals: the span is title-cased once for both (#17).
pub(crate) fn lexicons(doc: &Doc<'_>, first: usize, last: usize) -> Ev {
    let lex = doc.lex;
    let text = doc.span_text(first, last);
    let (mut org, mut place) = (lex.organisation(text).is_some(), lex.place(text).is_some());
    if !(org && place) && caps_span(doc, first, last) {
        let title = segment::title_case(text);
        org = org || lex.organisation(&title).is_some();
        place = place || lex.place(&title).is_some();
    }
    let mut ev = Ev::default();
    if org {
        ev.add(Rule::OrgLexicon);
    }
    if place {
        ev.add(Rule::Gazetteer);
    }
    ev
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

/// "Madam Speaker", "Mr President", "Senators": forms of address and
/// roles are no names, however they are capitalised.
pub(crate) fn title_only(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let lex = doc.lex;
    let all = (first..=last).all(|i| {
        let w = doc.tokens[i].text;
        doc.tokens[i].kind != TokenKind::Word
            || matches!(w, "Madam" | "Madame" | "Sir")
            || doc.is_title_at(i, 1)
            || w.strip_suffix('s').is_some_and(|s| lex.is_title(s))
    });
    // "Mr. King", "Judge Pope": after a title, a word that is also a
    // surname is the surname; "Mr. President", "Madam Chair" are forms of
    // address.
    let address =
        !people::title_before(doc, first) || first == last && !doc.word(first).is_surname();
    (all && mixed_case(doc, first, last) && address).then_some(Rule::TitleOnly)
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
                || doc.with_lower(i, i, |w| doc.lower_words.contains(w))
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
        && doc.word(first).place().is_none();
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
    let toks = &doc.tokens;
    let found = match joiner(doc, first, last) {
        None => organisations::has_org_word(doc, first, last),
        // "Bank of England", "Chamber of Commerce": an organisation word
        // before the joiner. "Ways and Means Committee", "Newfoundland and
        // Labrador Court of Appeal": a span kept whole across "and" is
        // closed by its organisation word, or holds one before "of".
        Some(j) => {
            let head = |k: usize| doc.word(k).is_org_start() || doc.word(k).is_org_end();
            let before = !(segment::is_feature_word(toks[j - 1].text) && toks[j].text == "of")
                && (first..j).any(head);
            let after_and = toks[j].text == "and"
                && (doc.word(last).is_org_end()
                    || (j + 1..last).any(|k| toks[k + 1].is("of") && head(k)));
            before || after_and
        }
    };
    found.then_some(Rule::OrgWord)
}

/// "the Court ruled", "the Government said", "this House": an
/// organisation word alone, capitalised in mid-sentence after "the" or
/// "this", names a body the text has in mind. The chambers of a
/// legislature count too ("the House", "the Commons"), though "House"
/// closes the names of buildings and firms as often as of bodies.
pub(crate) fn the_body(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let t = &doc.tokens[first];
    let chamber = matches!(t.text, "House" | "Commons" | "Lords");
    let found = first == last
        && first > 0
        && (doc.tokens[first - 1].is("the") || doc.tokens[first - 1].is("this"))
        && !t.sentence_start
        && t.is_capitalised()
        && !t.is_all_caps()
        && (chamber || doc.lex.is_org_end(t.text) || doc.lex.is_org_start(t.text));
    found.then_some(Rule::TheBody)
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
pub(super) fn mixed_case(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    // Most rules ask this of every span: the tokens know it (#17). What
    // lies between them is white space, which has no case.
    doc.tokens[first..=last].iter().any(|t| t.has_lowercase())
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
        && !doc.word(last).is_surname()
        && (lex.place(doc.span_text(first, last - 1)).is_some()
            || doc.word(first).place().is_some());
    team.then_some(Rule::PluralTeam)
}

pub(crate) fn given_name(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    // "Mercedes-Benz", "Jordan-Hill": one hyphenated compound is a brand
    // or a double surname, not a given name and a surname.
    let compound = last == first + 2 && doc.tokens[first + 1].is_dash();
    (mixed_case(doc, first, last) && !compound && people::starts_with_given_name(doc, first, last))
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

/// Streets, parks and buildings that are places to go: "Main Street",
/// "Fenway Park", "Oakland Bay Bridge", "Fort Lee".
pub(crate) fn landmark(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let closing = matches!(
        toks[last].text,
        "Street"
            | "Avenue"
            | "Road"
            | "Boulevard"
            | "Square"
            | "Park"
            | "Cemetery"
            | "Bridge"
            | "Castle"
            | "Palace"
            | "Cathedral"
            | "Airport"
            | "Station"
            | "Beach"
            | "Harbour"
            | "Harbor"
            | "Forest"
            | "Falls"
            | "Canyon"
            | "Reserve"
            | "Tunnel"
            | "Quarter"
            | "Empire"
            | "Gardens"
            | "Plaza"
            | "Lane"
            | "Highway"
            | "Temple"
            | "Mosque"
            | "Abbey"
    );
    let opening = matches!(toks[first].text, "Fort" | "Port" | "County");
    let found = last > first && mixed_case(doc, first, last) && (closing || opening);
    found.then_some(Rule::Landmark)
}

/// "the North", "the Midwest": a compass region named alone.
pub(crate) fn compass(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let t = &doc.tokens[first];
    let found = first == last
        && first > 0
        && doc.tokens[first - 1].text.eq_ignore_ascii_case("the")
        && matches!(
            t.text,
            "North"
                | "South"
                | "East"
                | "West"
                | "Midwest"
                | "Northeast"
                | "Northwest"
                | "Southeast"
                | "Southwest"
                | "Arctic"
                | "Antarctic"
                | "Tropics"
        );
    found.then_some(Rule::Compass)
}

pub(crate) fn place_in_name(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    // A place whose whole name is in the gazetteer ("Mexico City") is no
    // organisation named after a place.
    if !mixed_case(doc, first, last)
        || words(doc, first, last) < 2
        || gazetteer(doc, first, last).is_some()
    {
        return None;
    }
    let has_country = (first..=last).any(|i| {
        doc.word(i)
            .place()
            .is_some_and(|p| p.kind != crate::lexicon::PlaceKind::City)
    });
    let city_last = doc.word(last).place().is_some() && !doc.word(first).is_given_name();
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

/// "Tulsa, OK", "Fresno, Calif.": a state's abbreviation after a
/// capitalised town and a comma, which on its own would be an unknown
/// acronym.
pub(crate) fn state_after_town(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let toks = &doc.tokens;
    let after_town = first >= 2 && toks[first - 1].is(",") && toks[first - 2].is_capitalised();
    (first == last && after_town && crate::extract::aliases::state_of(toks[first].text).is_some())
        .then_some(Rule::StateAfterTown)
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

pub(crate) fn given_name_alone(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    let t = &doc.tokens[first];
    let found = first == last
        && mixed_case(doc, first, last)
        && !t.sentence_start
        && doc.word(first).is_given_name();
    found.then_some(Rule::GivenNameAlone)
}

pub(crate) fn name_shape(doc: &Doc<'_>, first: usize, last: usize) -> Option<Rule> {
    // A line that is nothing but the name is a heading or a caption
    // ("Theoretical Foundations"), not a sentence about a person.
    let toks = &doc.tokens;
    let heading = toks[first].line_start
        && toks.get(last + 1).is_none_or(|t| {
            t.line_start
                || t.kind == TokenKind::Punct && toks.get(last + 2).is_none_or(|u| u.line_start)
        });
    // Nobody's name holds a digit: "Galaxy S26", "Boeing 737 Max" are
    // products.
    let digits = (first..=last).any(|i| toks[i].text.bytes().any(|b| b.is_ascii_digit()));
    // One hyphenated compound ("Mercedes-Benz", "Rolls-Royce") is a brand
    // or a double surname, which short forms type.
    let compound = last == first + 2 && toks[first + 1].is_dash();
    ((2..=4).contains(&words(doc, first, last))
        && mixed_case(doc, first, last)
        && !heading
        && !digits
        && !compound)
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
        && doc.word(first).is_surname()
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
        && doc.word(first).organisation().is_some()
        && doc.word(first).place().is_none()
        && (first + 1..=last).all(|k| {
            toks[k].is_capitalised() && !doc.word(k).is_org_end() && doc.word(k).place().is_none()
        })
        && lex.organisation(doc.span_text(first, last)).is_none();
    found.then_some(Rule::Product)
}

/// The coordination rule for a type.
pub(crate) fn coordination_rule(ty: EntityType) -> Rule {
    match ty {
        EntityType::Person => Rule::CoordPerson,
        EntityType::Organisation => Rule::CoordOrganisation,
        EntityType::Place => Rule::CoordPlace,
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::super::words::{administration, compass_place, quoted};
    use super::*;

    /// Runs an evidence function on the span of `text` that spells `name`
    /// (its first occurrence). Shared by the evidence modules' tests.
    pub(crate) fn on(f: EvidenceFn, text: &str, name: &str) -> Option<Rule> {
        let doc = Doc::new(text, 0);
        let (first, last) = span_of(&doc, name);
        f(&doc, first, last)
    }

    /// The first and last token of the first span of the text spelling
    /// `name`.
    pub(crate) fn span_of(doc: &Doc<'_>, name: &str) -> (usize, usize) {
        let start = doc.text.find(name).expect("name in text");
        let end = start + name.len();
        let first = doc.tokens.iter().position(|t| t.start == start);
        let last = doc.tokens.iter().position(|t| t.end == end);
        (first.expect("token starts"), last.expect("token ends"))
    }

    #[test]
    fn lexicons() {
        assert_eq!(
            on(org_lexicon, "Reuters reported it.", "Reuters"),
            Some(Rule::OrgLexicon)
        );
        assert_eq!(
            on(org_lexicon, "REUTERS SAYS SO", "REUTERS"),
            Some(Rule::OrgLexicon)
        );
        assert_eq!(on(org_lexicon, "Zorvex reported it.", "Zorvex"), None);
        assert_eq!(
            on(gazetteer, "He flew to Turkey.", "Turkey"),
            Some(Rule::Gazetteer)
        );
        assert_eq!(
            on(gazetteer, "NEW YORK 2025-01-01", "NEW YORK"),
            Some(Rule::Gazetteer)
        );
    }

    #[test]
    fn not_a_name() {
        assert_eq!(
            on(event_word, "She won the World Cup.", "World Cup"),
            Some(Rule::EventWord)
        );
        assert_eq!(
            on(event_head, "Hurricane Katrina hit.", "Hurricane Katrina"),
            Some(Rule::EventHead)
        );
        assert_eq!(
            on(
                event_head,
                "Operation Desert Storm began.",
                "Operation Desert Storm"
            ),
            Some(Rule::EventHead)
        );
        let text = "Property Rights matter. The rights of property are old.";
        assert_eq!(
            on(common_words, text, "Property Rights"),
            Some(Rule::CommonWords)
        );
        assert_eq!(on(common_words, "Mehmet Goren left.", "Mehmet Goren"), None);
        assert_eq!(
            on(numbered, "as Figure 3 shows", "Figure"),
            Some(Rule::Numbered)
        );
        assert_eq!(on(numbered, "Turkey 3 Greece 1", "Turkey"), None);
        assert_eq!(
            on(label, "Attendance: 30,000", "Attendance"),
            Some(Rule::Label)
        );
        assert_eq!(
            on(product, "Users of Google Chrome wrote.", "Google Chrome"),
            Some(Rule::Product)
        );
        assert_eq!(on(product, "Google said so.", "Google"), None);
    }

    #[test]
    fn roles_and_groups() {
        assert_eq!(
            on(
                title_only,
                "Thank you, Madam President, for this.",
                "Madam President"
            ),
            Some(Rule::TitleOnly)
        );
        assert_eq!(on(title_only, "He met Mr. King there.", "King"), None);
        assert_eq!(
            on(title_only, "Thank you, Madam Chair, for this.", "Chair"),
            Some(Rule::TitleOnly)
        );
    }

    #[test]
    fn organisation_words() {
        assert_eq!(
            on(the_body, "Later the Court ruled.", "Court"),
            Some(Rule::TheBody)
        );
        assert_eq!(on(the_body, "Later the Smith ruled.", "Smith"), None);
        assert_eq!(
            on(ampersand, "Marks & Spencer rose.", "Marks & Spencer"),
            Some(Rule::Ampersand)
        );
        assert_eq!(
            on(
                org_word,
                "Northwind Holdings Ltd rose.",
                "Northwind Holdings Ltd"
            ),
            Some(Rule::OrgWord)
        );
        assert_eq!(
            on(org_word, "the Bank of England said", "Bank of England"),
            Some(Rule::OrgWord)
        );
        assert_eq!(on(org_word, "the Gulf of Aden", "Gulf of Aden"), None);
        assert_eq!(
            on(
                org_word,
                "the Trinidad and Tobago Court of Appeal ruled",
                "Trinidad and Tobago Court of Appeal"
            ),
            Some(Rule::OrgWord)
        );
        assert_eq!(
            on(feature_of, "the Gulf of Aden", "Gulf of Aden"),
            Some(Rule::FeatureOf)
        );
        assert_eq!(
            on(
                for_phrase,
                "Jewish Voice for Peace met.",
                "Jewish Voice for Peace"
            ),
            Some(Rule::ForPhrase)
        );
        assert_eq!(on(for_phrase, "Caring for Basil", "Caring for Basil"), None);
        assert_eq!(on(acronym, "the KPRF said", "KPRF"), Some(Rule::Acronym));
        assert_eq!(
            on(camel_case, "backed OpenAI today", "OpenAI"),
            Some(Rule::CamelCase)
        );
        assert_eq!(on(camel_case, "met McDonald today", "McDonald"), None);
        assert_eq!(
            on(company_context, "shares in Pirelli fell", "Pirelli"),
            Some(Rule::CompanyContext)
        );
        assert_eq!(
            on(place_in_name, "flew Air France home", "Air France"),
            Some(Rule::PlaceInName)
        );
        assert_eq!(
            on(place_in_name, "flew to Mexico City", "Mexico City"),
            None
        );
        assert_eq!(
            on(plural_team, "the Florida Marlins won", "Florida Marlins"),
            Some(Rule::PluralTeam)
        );
    }

    #[test]
    fn people() {
        assert_eq!(
            on(given_name_alone, "and then Ricky left", "Ricky"),
            Some(Rule::GivenNameAlone)
        );
        assert_eq!(on(given_name_alone, "Ricky left.", "Ricky"), None);
        assert_eq!(
            on(given_name, "Mehmet Goren left.", "Mehmet Goren"),
            Some(Rule::GivenName)
        );
        assert_eq!(
            on(particle, "later von der Leyen said", "von der Leyen"),
            Some(Rule::Particle)
        );
        assert_eq!(
            on(
                particle,
                "the Conservatoire de Paris",
                "Conservatoire de Paris"
            ),
            None
        );
        assert_eq!(on(age, "Okonkwo, 45, said", "Okonkwo"), Some(Rule::Age));
        assert_eq!(
            on(
                administration,
                "Critics of the Carter administration spoke.",
                "Carter"
            ),
            Some(Rule::Administration)
        );
        assert_eq!(
            on(
                super::super::words::administration,
                "He undid the Carter-era rules.",
                "Carter"
            ),
            Some(Rule::Administration)
        );
        assert_eq!(
            on(name_shape, "Buyers of the Galaxy S26 waited.", "Galaxy S26"),
            None
        );
        assert_eq!(
            on(quoted, "Ticket sales of \"Lanterns\" rose.", "Lanterns"),
            Some(Rule::Quoted)
        );
        assert_eq!(
            on(reporting_verb, "then Mark Vane said", "Mark Vane"),
            Some(Rule::ReportingVerb)
        );
        assert_eq!(
            on(reporting_verb, "then Cofinec said", "Cofinec"),
            Some(Rule::ReportingVerbLone)
        );
        assert_eq!(
            on(name_shape, "then Tom Vane left", "Tom Vane"),
            Some(Rule::NameShape)
        );
        assert_eq!(on(name_shape, "then Vane left", "Vane"), None);
        assert_eq!(
            on(surname, "they met Smith there", "Smith"),
            Some(Rule::Surname)
        );
        // A surname opening a sentence is as often a common noun.
        assert_eq!(on(surname, "Wheat rose.", "Wheat"), None);
    }

    #[test]
    fn places() {
        assert_eq!(
            on(compass, "Rain fell across the North today.", "North"),
            Some(Rule::Compass)
        );
        assert_eq!(
            on(
                compass_place,
                "Drought hit farms in West Texas.",
                "West Texas"
            ),
            Some(Rule::CompassPlace)
        );
        assert_eq!(
            on(
                compass_place,
                "West Bromwich Albion won.",
                "West Bromwich Albion"
            ),
            None
        );
        assert_eq!(
            on(landmark, "They walked down Main Street.", "Main Street"),
            Some(Rule::Landmark)
        );
        assert_eq!(
            on(landmark, "They met Fort Lee officials.", "Fort Lee"),
            Some(Rule::Landmark)
        );
        assert_eq!(
            on(feature, "climbed Mount Kenya", "Mount Kenya"),
            Some(Rule::Feature)
        );
        assert_eq!(
            on(preposition_short, "fighting in Khan Younis", "Khan Younis"),
            Some(Rule::PrepositionShort)
        );
        assert_eq!(
            on(preposition, "born in Qaraqosh", "Qaraqosh"),
            Some(Rule::Preposition)
        );
        // People follow "from" and "to" as often as places do.
        assert_eq!(on(preposition, "a letter from Quillan", "Quillan"), None);
    }
}
