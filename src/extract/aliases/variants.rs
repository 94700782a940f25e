//! The other names organisations and places go by in one article.
//!
//! * A shorter form inside a longer name, without the nationality or
//!   place before it or the generic word after it: "the Health Ministry"
//!   after "the Palestinian Health Ministry", "the Treasury" after "the
//!   U.S. Treasury Department".
//! * The head word alone, capitalised after "the", when one organisation
//!   in the article has it: "the Court" after "the Supreme Court", "the
//!   House" after "the House of Representatives".
//! * A formal name and the place it names: "the State of Israel" /
//!   "Israel", "the Kingdom of Saudi Arabia" / "Saudi Arabia".
//! * One half of a divided country called by its side: "the North" for
//!   North Korea where the article also names the South or its cities.

use rustc_hash::FxHashMap as HashMap;

use super::group::{Groups, Kinds};
use super::spelling;
use crate::extract::evidence::Label;
use crate::extract::tokens::TokenKind;
use crate::extract::{Candidate, Doc, EntityType};
use crate::lexicon::{Lexicon, PlaceKind};

/// Parts of the United Kingdom, which carry its ISO code but are not it.
pub(crate) fn is_constituent_country(name: &str) -> bool {
    matches!(
        name,
        "England" | "Scotland" | "Wales" | "Northern Ireland" | "ENGLAND" | "SCOTLAND" | "WALES"
    )
}

/// Generic words closing an organisation's name that its short form may
/// leave out ("Treasury Department" → "Treasury").
fn is_generic_end(word: &str) -> bool {
    matches!(
        word,
        "Department"
            | "Dept."
            | "Company"
            | "Co."
            | "Corporation"
            | "Corp."
            | "Corp"
            | "Inc."
            | "Inc"
            | "Ltd"
            | "Ltd."
            | "Group"
            | "Holdings"
            | "PLC"
            | "plc"
            | "LLC"
    )
}

/// Head words of organisations that stand for the whole after "the" when
/// one organisation has them ("the Court", "the Senate").
fn is_head_word(word: &str) -> bool {
    matches!(
        word,
        "Court"
            | "Senate"
            | "House"
            | "Assembly"
            | "Parliament"
            | "Congress"
            | "Council"
            | "Commission"
            | "Committee"
            | "Ministry"
            | "Department"
            | "Agency"
            | "Party"
            | "Army"
            | "Navy"
            | "Government"
            | "University"
            | "College"
            | "Bank"
            | "Board"
            | "Authority"
            | "Tribunal"
            | "State"
            | "Convention"
            | "Union"
            | "Federation"
            | "Association"
            | "Society"
            | "Institute"
            | "Foundation"
            | "Company"
            | "Corporation"
            | "League"
            | "Organisation"
            | "Organization"
            | "Alliance"
            | "Movement"
            | "Cabinet"
            | "Administration"
            | "Fund"
    )
}

/// Formal names of countries and places: "State of X", "Kingdom of X".
const FORMAL: &[&str] = &[
    "State of",
    "Kingdom of",
    "Commonwealth of",
    "Principality of",
    "Sultanate of",
    "Emirate of",
    "Grand Duchy of",
    "Federal Republic of",
    "Islamic Republic of",
    "City of",
];

/// Types names written in capitals like the same name written normally
/// elsewhere in the article ("NELSON MANDELA" / "Nelson Mandela", "RUTH"
/// / "Ruth"), which grouping then joins. Only names no rule typed, or
/// typed as an acronym by their capitals alone, take the other's type.
pub(crate) fn type_capitals(doc: &Doc<'_>, cands: &mut [Candidate]) {
    let caps = |t: &str| t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase);
    // A name whose first word holds a lower-case letter (the token
    // knows) is not in capitals.
    let is_caps = |c: &Candidate| {
        !doc.tokens[c.first()].has_lowercase() && caps(doc.span_text(c.first(), c.last()))
    };
    let open = |c: &Candidate| c.ty.is_none() || c.rule == "acronym";
    // Without a name in capitals that may take a type, the names written
    // normally are not hashed at all, and no name but the open ones is
    // read (#17).
    if !cands.iter().any(|c| open(c) && is_caps(c)) {
        return;
    }
    // Whether each name is in capitals, read once (#17).
    let in_caps: Vec<bool> = cands.iter().map(is_caps).collect();
    // Only names written normally that may fold like one of those are
    // hashed and kept: told by their first letter, which rules out most
    // (#17).
    let mut initials = spelling::FoldInitials::default();
    for (c, &caps) in cands.iter().zip(&in_caps) {
        if caps && open(c) {
            initials.add(doc.span_text(c.first(), c.last()));
        }
    }
    let mut typed: HashMap<u64, (EntityType, u8)> = HashMap::default();
    for (c, &caps) in cands.iter().zip(&in_caps) {
        let text = doc.span_text(c.first(), c.last());
        if let Some(ty) = c.ty.filter(|_| !caps && initials.may_match(text)) {
            let entry = typed
                .entry(spelling::fold_hash(text))
                .or_insert((ty, c.strength));
            if c.strength > entry.1 {
                *entry = (ty, c.strength);
            }
        }
    }
    for (c, &caps) in cands.iter_mut().zip(&in_caps) {
        let text = doc.span_text(c.first(), c.last());
        if !caps || !open(c) {
            continue;
        }
        if let Some(&(ty, strength)) = typed.get(&spelling::fold_hash(text)) {
            c.ty = Some(ty);
            c.rule = Label::SAME_NAME;
            c.strength = strength.min(2);
        } else if c.ty.is_none() && c.last() > c.first() && starts_with_given_name(doc, c) {
            // "ALEX PADILLA": a name in capitals that opens with a known
            // given name.
            c.ty = Some(EntityType::Person);
            c.rule = Label::GIVEN_NAME;
            c.strength = 2;
        }
    }
}

/// True when the name in capitals at `c` opens with a known given name
/// and has two or three words.
fn starts_with_given_name(doc: &Doc<'_>, c: &Candidate) -> bool {
    let words: Vec<&str> = (c.first()..=c.last())
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .map(|i| doc.tokens[i].text)
        .collect();
    let title = |w: &str| {
        let mut out = String::new();
        for (k, ch) in w.chars().enumerate() {
            if k == 0 {
                out.extend(ch.to_uppercase());
            } else {
                out.extend(ch.to_lowercase());
            }
        }
        out
    };
    (2..=3).contains(&words.len()) && doc.lex.is_given_name(&title(words[0]))
}

/// Joins organisation and place variants (see the module documentation).
/// Each pass walks the lists of `kinds` it needs (organisations of
/// several words, places) rather than every candidate (#17).
pub(crate) fn join(doc: &Doc<'_>, cands: &[Candidate], groups: &mut Groups, kinds: &Kinds) {
    country_prefixed(doc, cands, groups, &kinds.long_orgs);
    head_after(doc, cands, groups, &kinds.long_orgs);
    short_forms(doc, cands, groups, &kinds.long_orgs);
    head_words(doc, cands, groups, &kinds.long_orgs);
    formal_names(doc, cands, groups, kinds);
    divided_country(doc, cands, groups, &kinds.places);
    schools(doc, cands, groups, &kinds.long_orgs);
}

/// "Harvard" after "Harvard University", "Eton" after "Eton College": a
/// school goes by its first word alone, even where that word was typed a
/// place by a town list or a preposition ("at Harvard"). A place the
/// gazetteer knows keeps its own entity ("Georgia" beside "Georgia
/// College"), and two schools of one word stay apart.
fn schools(doc: &Doc<'_>, cands: &[Candidate], groups: &mut Groups, long_orgs: &[usize]) {
    let toks = &doc.tokens;
    let mut owner: HashMap<&str, Option<usize>> = HashMap::default();
    for &i in long_orgs {
        let c = &cands[i];
        // (The length first: comparing the last word's text on every
        // candidate cost more than the pass, #17.)
        let two_words = c.last() == c.first() + 1;
        if two_words && matches!(toks[c.last()].text, "University" | "College" | "School") {
            let root = groups.find(i);
            let entry = owner.entry(toks[c.first()].text).or_insert(Some(root));
            if entry.is_some_and(|r| groups.find(r) != root) {
                *entry = None;
            }
        }
    }
    if owner.is_empty() {
        return;
    }
    for (i, c) in cands.iter().enumerate() {
        let guessed_place = c.ty == Some(EntityType::Place) && c.strength <= 2;
        if c.first() == c.last() && (c.ty == Some(EntityType::Organisation) || guessed_place) {
            if let Some(Some(o)) = owner.get(toks[c.first()].text) {
                groups.union(i, *o);
            }
        }
    }
}

/// A name's key for the maps below: the hash of its folded letters and
/// digits ([`spelling::fold_hash`]), which names written alike share,
/// with no `String` built for it (#17).
fn hash(s: &str) -> u64 {
    spelling::fold_hash(s)
}

/// "the Ministry of Health" / "the Health Ministry", "the Department of
/// Justice" / "the Justice Department": the head word after its
/// portfolio (a place after "in" left out: "Ministry of Health in
/// Kenya").
fn head_after(doc: &Doc<'_>, cands: &[Candidate], groups: &mut Groups, long_orgs: &[usize]) {
    let toks = &doc.tokens;
    let mut formal: HashMap<u64, usize> = HashMap::default();
    for &i in long_orgs {
        let c = &cands[i];
        if c.last() < c.first() + 2 {
            continue;
        }
        let head = toks[c.first()].text;
        if !is_head_word(head) || !toks[c.first() + 1].is("of") {
            continue;
        }
        let end = (c.first() + 2..=c.last())
            .find(|&k| toks[k].is("in"))
            .map_or(c.last(), |k| k - 1);
        if end < c.first() + 2 {
            continue;
        }
        let key = format!("{} {head}", doc.span_text(c.first() + 2, end));
        formal.entry(hash(&key)).or_insert(i);
    }
    if formal.is_empty() {
        return;
    }
    for &i in long_orgs {
        let c = &cands[i];
        if let Some(&f) = formal.get(&hash(doc.span_text(c.first(), c.last()))) {
            groups.union(i, f);
        }
    }
}

/// "U.S. Congress", "US Congress" and "United States Congress"; "UK
/// Parliament" and "British Parliament": an organisation named after its
/// country, whichever way the country is written.
fn country_prefixed(doc: &Doc<'_>, cands: &[Candidate], groups: &mut Groups, long_orgs: &[usize]) {
    let toks = &doc.tokens;
    let mut first_of: HashMap<([u8; 2], u64), usize> = HashMap::default();
    for &i in long_orgs {
        let c = &cands[i];
        // The longest country name or nationality the name opens with.
        let code = (c.first()..c.last()).rev().find_map(|end| {
            let prefix = doc.span_text(c.first(), end);
            // One probe for the place and the nationality, kept by the
            // document for one word (#17).
            let entry = doc.entry_at(c.first(), end);
            let country = entry
                .place()
                .filter(|p| p.kind == PlaceKind::Country && !is_constituent_country(prefix))
                .and_then(|p| p.country)
                .or_else(|| entry.demonym().flatten());
            country.map(|code| (code, end))
        });
        let Some((code, end)) = code else { continue };
        if toks[end + 1].kind != TokenKind::Word {
            continue;
        }
        let key = (code, hash(doc.span_text(end + 1, c.last())));
        let first = *first_of.entry(key).or_insert(i);
        groups.union(i, first);
    }
}

/// "the Health Ministry" after "the Palestinian Health Ministry".
fn short_forms(doc: &Doc<'_>, cands: &[Candidate], groups: &mut Groups, long_orgs: &[usize]) {
    let toks = &doc.tokens;
    let mut owner: HashMap<u64, Option<usize>> = HashMap::default();
    // The words of each name and its shorter forms, in two buffers for
    // every name (#17).
    let (mut words, mut forms): (Vec<usize>, Vec<(usize, usize)>) = (Vec::new(), Vec::new());
    for &i in long_orgs {
        let c = &cands[i];
        words.clear();
        words.extend((c.first()..=c.last()).filter(|&k| toks[k].kind == TokenKind::Word));
        // Leading nationalities and places, then a generic last word.
        let mut start = 0;
        forms.clear();
        while start + 1 < words.len() {
            let w = doc.word(words[start]);
            if w.demonym().is_none() && w.place().is_none() {
                break;
            }
            start += 1;
            forms.push((words[start], c.last()));
        }
        if is_generic_end(toks[c.last()].text) && words.len() >= 2 {
            let end = words[words.len() - 2];
            forms.push((c.first(), end));
            if start > 0 && words[start] <= end {
                forms.push((words[start], end));
            }
        }
        let root = groups.find(i);
        for &(a, b) in &forms {
            let text = doc.span_text(a, b);
            let entry = doc.entry_at(a, b);
            if entry.place().is_some() || entry.demonym().is_some() {
                continue;
            }
            let entry = owner.entry(hash(text)).or_insert(Some(root));
            if entry.is_some_and(|r| r != root) {
                *entry = None;
            }
        }
    }
    if owner.is_empty() {
        return;
    }
    for (i, c) in cands.iter().enumerate() {
        let weak = c.strength <= 1 && c.ty != Some(EntityType::Person);
        if c.ty != Some(EntityType::Organisation) && !weak {
            continue;
        }
        let after_the = c.first() > 0 && toks[c.first() - 1].text.eq_ignore_ascii_case("the");
        // One word ("Vision" of "Kenya Vision") stands for the whole after
        // "the", or when it is an organisation's head word ("Congress").
        if c.first() == c.last() && !after_the && !is_head_word(toks[c.first()].text) {
            continue;
        }
        if let Some(Some(root)) = owner.get(&hash(doc.span_text(c.first(), c.last()))) {
            groups.union(i, *root);
        }
    }
}

/// "the Court" after "the Supreme Court".
fn head_words(doc: &Doc<'_>, cands: &[Candidate], groups: &mut Groups, long_orgs: &[usize]) {
    let toks = &doc.tokens;
    let mut owner: HashMap<&str, Option<usize>> = HashMap::default();
    // Only organisations own a head word: "the White House" (a building)
    // leaves "the House" to the House of Representatives.
    for &i in long_orgs {
        let c = &cands[i];
        let last = toks[c.last()].text;
        let first = toks[c.first()].text;
        // The last word after "of" is no head: "Library of Congress" is
        // not "Congress".
        let of = (c.first() + 1..c.last()).any(|k| toks[k].is("of"));
        let head = if is_head_word(last) && !of {
            last
        } else if is_head_word(first) && toks[c.first() + 1].is("of") {
            first
        } else {
            continue;
        };
        let root = groups.find(i);
        let entry = owner.entry(head).or_insert(Some(root));
        if entry.is_some_and(|r| r != root) {
            *entry = None;
        }
    }
    // Without an organisation's head word, no word alone is looked up
    // (#17).
    if owner.is_empty() {
        return;
    }
    for (i, c) in cands.iter().enumerate() {
        // "the Court", or "Congress" within a sentence.
        let after_the = c.first() > 0 && toks[c.first() - 1].text.eq_ignore_ascii_case("the");
        let placed = after_the || !toks[c.first()].sentence_start && !toks[c.first()].line_start;
        // A head word typed a person by its shape alone ("House" as a
        // surname) may still be the organisation.
        let person = c.ty == Some(EntityType::Person) && c.strength > 1;
        if c.first() != c.last() || !placed || person {
            continue;
        }
        if let Some(Some(root)) = owner.get(toks[c.first()].text) {
            groups.union(i, *root);
        }
    }
}

/// "the State of Israel" / "Israel".
fn formal_names(doc: &Doc<'_>, cands: &[Candidate], groups: &mut Groups, kinds: &Kinds) {
    let mut named: HashMap<&str, usize> = HashMap::default();
    // "the City of Cleveland" may have been typed its government; the
    // group takes the better-evidenced type: places and organisations of
    // several words, in text order.
    for i in kinds.long_orgs_and_places() {
        let c = &cands[i];
        if c.last() == c.first() {
            continue;
        }
        // Every formal prefix ends in "of": a name without " of " is
        // told without the prefixes being tried in turn (#17). An " of "
        // in the text is a token "of" inside the span with a space on
        // each side: the tokens tell it without a search of the text,
        // which cost some three hundred instructions a name.
        let bytes = doc.text.as_bytes();
        let of_inside = (c.first() + 1..c.last()).any(|k| {
            let t = &doc.tokens[k];
            t.text == "of" && bytes[t.start - 1] == b' ' && bytes[t.end()] == b' '
        });
        if !of_inside {
            continue;
        }
        let text = doc.span_text(c.first(), c.last());
        for prefix in FORMAL {
            if let Some(rest) = text
                .strip_prefix(prefix)
                .and_then(|r| r.strip_prefix(' '))
                .filter(|r| doc.lex.place(r).is_some())
            {
                named.entry(rest).or_insert(i);
            }
        }
    }
    if named.is_empty() {
        return;
    }
    for &i in &kinds.places {
        let c = &cands[i];
        if let Some(&full) = named.get(doc.span_text(c.first(), c.last())) {
            groups.union(i, full);
        }
    }
}

/// "the North" for North Korea where the article also names the South.
fn divided_country(doc: &Doc<'_>, cands: &[Candidate], groups: &mut Groups, places: &[usize]) {
    let lex = doc.lex;
    let toks = &doc.tokens;
    let side_alone = |c: &Candidate| {
        c.first() == c.last()
            && c.first() > 0
            && toks[c.first() - 1].text.eq_ignore_ascii_case("the")
            && matches!(toks[c.first()].text, "North" | "South")
    };
    // The places are looked up only in an article that says "the North"
    // or "the South" (#17).
    if !cands.iter().any(side_alone) {
        return;
    }
    let mut by_code: HashMap<[u8; 2], usize> = HashMap::default();
    let mut codes: Vec<[u8; 2]> = Vec::new();
    for &i in places {
        let c = &cands[i];
        let Some(place) = lex.place(doc.span_text(c.first(), c.last())) else {
            continue;
        };
        if let Some(code) = place.country {
            codes.push(code);
            if place.kind == PlaceKind::Country {
                by_code.entry(code).or_insert(i);
            }
        }
    }
    const SIDES: &[(&str, [u8; 2], [u8; 2])] =
        &[("North", *b"KP", *b"KR"), ("South", *b"KR", *b"KP")];
    for (i, c) in cands.iter().enumerate() {
        if !side_alone(c) {
            continue;
        }
        for (side, own, other) in SIDES {
            if toks[c.first()].text == *side && codes.contains(other) {
                if let Some(&country) = by_code.get(own) {
                    groups.union(i, country);
                }
            }
        }
    }
}

/// The name part of an entity's `--link` key: for people, given name and
/// surname without titles, middle names or suffixes, spelled as their
/// transliteration skeleton ("Joseph R. Biden Jr." → "joseph biden",
/// "Volodymyr Zelenskiy" → "volodymyr zelensky"); for countries, the ISO
/// code ("U.S." → "US"); otherwise the lexicon's canonical name, if any,
/// lower-cased, letters and digits only ("UN" → "united nations").
pub fn link_name(ty: &str, name: &str) -> String {
    let lex = Lexicon::get();
    if ty == "place" {
        if let Some(code) = lex
            .place(name)
            .filter(|p| p.kind == PlaceKind::Country && !is_constituent_country(name))
            .and_then(|p| p.country)
        {
            return String::from_utf8_lossy(&code).into_owned();
        }
    }
    if ty == "person" {
        return spelling::person_key(name, |w| lex.is_title(w));
    }
    let name = lex.organisation(name).unwrap_or(name);
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::link_name;
    use crate::extract::tests::entities_of;

    #[test]
    fn every_formal_prefix_ends_in_of() {
        // `formal_names` skips names without " of " before trying them.
        for prefix in super::FORMAL {
            assert!(prefix.ends_with(" of"), "{prefix}");
        }
    }

    #[test]
    fn a_formal_name_joins_its_place() {
        let groups = crate::extract::tests::groups_of(
            "Envoys of the State of Israel met on Monday. Israel said talks went well.",
        );
        assert!(
            groups.iter().any(
                |g| g.iter().any(|m| m == "State of Israel") && g.iter().any(|m| m == "Israel")
            ),
            "{groups:?}"
        );
    }

    #[test]
    fn link_keys_follow_the_variants() {
        let key = |ty, name| link_name(ty, name);
        assert_eq!(
            key("person", "Volodymyr Zelenskiy"),
            key("person", "Volodymyr Zelensky")
        );
        assert_eq!(
            key("person", "Joseph R. Biden Jr."),
            key("person", "Joseph Biden")
        );
        assert_ne!(
            key("person", "Serena Williams"),
            key("person", "Venus Williams")
        );
        assert_eq!(key("place", "DPRK"), "KP");
        assert_eq!(key("place", "England"), "england");
        assert_eq!(key("organisation", "UN"), "united nations");
    }

    #[test]
    fn parts_of_the_united_kingdom_stay_apart() {
        let e = entities_of("He left England for Scotland, then the UK altogether.");
        for name in ["England", "Scotland", "UK"] {
            assert!(e.contains(&("place".into(), name.into())), "{e:?}");
        }
    }

    #[test]
    fn the_head_word_alone_after_the() {
        let e = entities_of(
            "The Supreme Court met on Monday. The ruling came after the Court heard the case.",
        );
        assert_eq!(
            e,
            [("organisation".to_string(), "Supreme Court".to_string())]
        );
    }

    #[test]
    fn organisations_named_after_their_country() {
        let (ents, _) = crate::extract::Extractor::new().find(
            "The U.S. Congress passed the bill. The United States Congress rarely agrees.",
            0,
            None,
        );
        let congress = ents.iter().filter(|e| e.name.ends_with("Congress")).count();
        assert_eq!(congress, 1, "{ents:?}");
    }

    #[test]
    fn the_head_word_after_its_portfolio() {
        let e = entities_of(
            "The Ministry of Health said 20 people died. The Health Ministry gave no names.",
        );
        assert_eq!(
            e,
            [("organisation".to_string(), "Ministry of Health".to_string())]
        );
    }

    #[test]
    fn a_school_by_its_first_word() {
        let e = entities_of(
            "She studied law at Brantwick University. After Brantwick she moved to Leeds.",
        );
        assert!(
            e.contains(&("organisation".into(), "Brantwick University".into())),
            "{e:?}"
        );
        assert!(!e.iter().any(|(_, n)| n == "Brantwick"), "{e:?}");
    }

    #[test]
    fn the_word_after_of_is_no_head() {
        let e = entities_of(
            "The Library of Congress keeps the letters. Later that year Congress cut its budget.",
        );
        assert!(
            e.contains(&("organisation".into(), "Congress".into())),
            "{e:?}"
        );
    }

    #[test]
    fn a_city_by_its_formal_name() {
        let e = entities_of("The City of Toronto approved the plan on Monday. Toronto will pay.");
        assert_eq!(e, [("place".to_string(), "City of Toronto".to_string())]);
    }

    #[test]
    fn a_building_owns_no_head_word() {
        let e = entities_of(
            "The White House objected. The House of Representatives voted, and the House adjourned.",
        );
        assert_eq!(
            e.iter().filter(|(_, n)| n.contains("House")).count(),
            2,
            "{e:?}"
        );
        assert!(!e.iter().any(|(_, n)| n == "House"), "{e:?}");
    }
}
