//! Segmentation: where names begin and end.
//!
//! Capitalised runs become *chunks* ("Turkish National Intelligence
//! Organisation", "Mehmet Goren"), joined across hyphens and name
//! particles ("of", "bin", "al-", "von der"), never across lines. A chunk
//! is then cut into the names it holds: leading common words, titles,
//! roles and nationality adjectives are stripped ("South African Finance
//! Minister Enoch Godongwana" → Enoch Godongwana, with a `title` cue); "X
//! and Y" lists, "X of Y" that are no known name and dash compounds of
//! places are split. Typing is not done here: each span is handed on with
//! the cues only segmentation sees (a title stripped off, a scorecard
//! before it), and [`super::evidence`] weighs the rest.

mod chunks;
mod words;

use chunks::PARTICLES;
pub(crate) use chunks::{chunks, is_surname_particle, MAX_NAME_TOKENS};
use words::{company_suffix, is_caption_word, is_legal_suffix};
pub(crate) use words::{
    is_event_word, is_feature_word, title_case, title_case_if_caps, with_title_case,
};

use super::evidence::{self, Ev, Rule};
use super::tokens::TokenKind;
use super::{aliases, organisations, people, places, Candidate, Doc};

/// True when token `i`, capitalised only because it starts a sentence, is
/// an ordinary word.
fn is_common_word(doc: &Doc<'_>, i: usize) -> bool {
    let t = &doc.tokens[i];
    // "IS", "US", "WHO" in capitals are names, not "is", "us", "who";
    // table labels in capitals ("NOTE", "PCT", "GDP") are not names either.
    if t.is_all_caps() {
        return matches!(
            t.text,
            "NOTE"
                | "PCT"
                | "PTS"
                | "CAPS"
                | "GDP"
                | "CPI"
                | "CEO"
                | "CFO"
                | "TV"
                | "VS"
                | "GB"
                | "SEP"
                | "AUG"
                | "JUL"
                | "OCT"
                | "NOV"
                | "DEC"
                | "FEB"
                | "MAR"
                | "APR"
                | "JUN"
        );
    }
    if doc.is_function_word_at(i) {
        return true;
    }
    let starts_sentence = t.sentence_start
        || i > 0 && doc.tokens[i - 1].kind == TokenKind::Punct && doc.tokens[i - 1].sentence_start;
    // "Shares of X", "Residents of Y" open sentences with a plain noun.
    // (Asked only at a sentence start, as is the article's lower case,
    // which the document keeps for the span rules that ask it again, #17.)
    let noun_of = || {
        doc.tokens.get(i + 1).is_some_and(|n| n.is("of"))
            && !doc.word(i).is_org_start()
            && !doc.word(i).is_org_end()
            && !is_feature_word(t.text)
    };
    starts_sentence
        && (noun_of() || doc.is_written_in_lower_case(i))
        && !doc.word(i).is_place()
        && !doc.word(i).is_organisation()
        && !doc.word(i).is_given_name()
}

/// Cuts one chunk into the names it holds and pushes them, with the
/// cues only segmentation sees.
pub(crate) fn split(doc: &Doc<'_>, mut first: usize, last: usize, out: &mut Vec<Candidate>) {
    let toks = &doc.tokens;
    // Scorecards name players by surname after "c", "b", "lbw": even
    // "c Cork b Croft" names two people, not a city.
    if people::scorecard_before(doc, first) {
        return push(out, first, last, Some(Rule::Scorecard));
    }
    // "Sen. Ann Roe, R-Texas," and "D-N.Y.": a party letter glued to the
    // state a member of Congress represents.
    if last >= first + 2
        && matches!(toks[first].text, "R" | "D" | "I")
        && toks[first + 1].is_dash()
        && !toks[first + 1].space_before
        && !toks[first + 2].space_before
        && first > 0
        && toks[first - 1].is(",")
    {
        first += 2;
    }
    // A whole chunk the lexicons know wins before any trimming: "The
    // Hague", "New Zealand", "LONDON" in a dateline.
    if known_name(doc, first, last) {
        return push(out, first, last, None);
    }
    let whole = (first, last);
    // "Student Government The State University": a capitalised "The"
    // inside a run opens another name (letterheads, lists without commas).
    if let Some(k) = (first + 1..last).find(|&k| toks[k].text == "The" && !toks[k - 1].is_dash()) {
        split(doc, first, k - 1, out);
        return split(doc, k, last, out);
    }
    // Leading common words and particles: "The", "However", "In" — but
    // not the "New" of "New York Yankees".
    let opens_place =
        |i: usize| (i + 1..=last.min(i + 2)).any(|j| evidence::span_entry(doc, i, j).is_place());
    // (The gazetteer is asked last: most chunks open with no common word.)
    while first <= last
        && (is_common_word(doc, first)
            || PARTICLES.contains(&toks[first].text)
                && toks[first].is_capitalised()
                && first < last
                && !evidence::span_entry(doc, first, last).is_organisation())
        && !opens_place(first)
    {
        first += 1;
        // An article introduces what follows: "The Great British Bake Off"
        // keeps "Great", though the word is common.
        if matches!(toks[first - 1].text, "The" | "A" | "An") {
            break;
        }
    }
    // Trailing particles and common words: "Minister of" never ends a name.
    let mut last = last;
    // The common-word list never cuts a name short: "Jae-in" keeps its
    // syllable (a word glued by a hyphen), "Channel 4 News" its
    // organisation word.
    while last > first
        && (PARTICLES.contains(&toks[last].text)
            || doc.is_function_word_at(last)
                && !doc.word(last).is_org_end()
                && !is_event_word(toks[last].text))
        && (!toks[last - 1].is_dash() || toks[last].space_before)
    {
        last -= 1;
    }
    // A caption's label after a name: "Jerome Powell Photo: Reuters",
    // "Ana Brnabic File Photo".
    while last > first && is_caption_word(toks[last].text) && caption_ends(doc, last) {
        last -= 1;
        while last > first && is_caption_word(toks[last].text) {
            last -= 1;
        }
    }
    // A role after a person's name, as captions and signatures write it:
    // "Robert Vane Vice President" → Robert Vane.
    if last >= first + 2 && doc.word(first).is_given_name() {
        for n in (1..=2).rev() {
            let start = last + 1 - n;
            if start >= first + 2 && people::is_title_span(doc, start, last) {
                last = start - 1;
                break;
            }
        }
    }
    if first > last || toks[first].kind != TokenKind::Word {
        return;
    }
    // (The whole chunk was asked above: asked again only when trimming
    // changed it, #17.)
    if (first, last) != whole && known_name(doc, first, last) {
        return push(out, first, last, None);
    }
    // Events are not people, organisations or places: "U.S. Open",
    // "World Cup", "Olympic Games". Pushed so that the evidence says so.
    if last > first && is_event_word(toks[last].text) {
        return push(out, first, last, None);
    }
    // "the Dutch Grand Prix for Red Bull": an event's name ends at its
    // event word; "for" opens the team.
    if let Some(j) =
        (first + 2..last).find(|&j| toks[j].is("for") && is_event_word(toks[j - 1].text))
    {
        split(doc, first, j - 1, out);
        return split(doc, j + 1, last, out);
    }
    // "University of Michigan and Ohio State University": a body "of" a
    // place, then another body with its own organisation word.
    if let Some(j) = (first + 3..last).find(|&j| toks[j].is("and")) {
        let left_body = doc.word(first).is_org_start()
            && toks[first + 1].is("of")
            && evidence::span_entry(doc, first + 2, j - 1).is_place();
        if left_body && last > j + 1 && doc.word(last).is_org_end() {
            split(doc, first, j - 1, out);
            return split(doc, j + 1, last, out);
        }
    }
    // "South African Finance Minister X and Federal Reserve Chairman Y":
    // a list whose second part carries its own title or nationality is
    // split first, so that each side is stripped on its own.
    if let Some(j) = (first + 1..last).find(|&j| toks[j].is("and")) {
        // ("Centre for Irish and Scottish Studies" is one name: the words
        // after "and" close an organisation's name, and what follows
        // decides below.)
        if leading_role(doc, j + 1, last)
            && !organisations::has_org_word(doc, first, j - 1)
            && !organisations::has_org_word(doc, j + 1, last)
        {
            split(doc, first, j - 1, out);
            return split(doc, j + 1, last, out);
        }
    }
    // Leading demonyms and titles: "Turkish President X", "Prime Minister
    // X"; a place before a title is reported on its own ("U.S. President
    // X" names a place and a person).
    let mut titled = people::title_before(doc, first);
    let mut cut = first;
    loop {
        let n = demonym_len_at(doc, cut, last);
        if n > 0 {
            cut += n;
            continue;
        }
        // "U.S. President X", "NATO Secretary General X", "Federal Reserve
        // Chairman X": a known place or organisation before a title stands
        // alone.
        // The longest known name wins ("Bayern Munich President X").
        let known = (cut..last.min(cut + 6)).rev().find(|&k| {
            people::title_len_at(doc, k + 1, last) > 0
                && (known_body(doc, cut, k) || k > cut && company_suffix(toks[k].text))
        });
        if let Some(k) = known {
            push(out, cut, k, None);
            cut = k + 1;
            continue;
        }
        let n = people::title_len_at(doc, cut, last);
        // "Premier League", "General Motors": a listed body or place that
        // opens with a title word keeps it.
        if n > 0 && cut + n <= last && known_body(doc, cut, last) {
            break;
        }
        // "Justice Department", "General Electric Co.": a title word that
        // opens an organisation's name is no title.
        if n > 0 && cut + n <= last && cut + n + 2 >= last && doc.word(last).is_org_end() {
            break;
        }
        if n > 0 && cut + n <= last {
            cut += n;
            titled = true;
            continue;
        }
        // "Defence Minister X", "Finance Secretary X": a portfolio word
        // before a title is part of the title.
        if cut + 1 < last && toks[cut].is_capitalised() && !doc.word(cut).is_given_name() {
            let n = people::title_len_at(doc, cut + 1, last);
            if n > 0 && cut + 1 + n <= last {
                cut += 1 + n;
                titled = true;
                continue;
            }
        }
        // "Secretary-General": the dash after a title is part of it.
        if titled && cut < last && toks[cut].is_dash() {
            cut += 1;
            continue;
        }
        break;
    }
    // A nationality alone is stripped, but not from an organisation's
    // name: "Jewish Voice for Peace" and "American College of Surgeons"
    // (a head-word before "of") stay whole.
    let org_phrase = (cut..=last).any(|k| {
        toks[k].is("for")
            || k < last
                && toks[k + 1].is("of")
                && (doc.word(k).is_org_end() || doc.word(k).is_org_start())
    });
    if cut > first && (titled || !organisations::has_org_word(doc, first, last) && !org_phrase) {
        // "Prime Minister of Kosovo": what follows "of" completes the
        // title; it is not the titled person.
        let complement = toks[cut].is("of") || toks[cut].is("for");
        return split_rest(doc, cut, last, titled && !complement, out);
    }
    if evidence::span_entry(doc, first, last).is_demonym()
        || people::is_title_span(doc, first, last)
    {
        return;
    }
    split_rest(doc, first, last, titled, out)
}

/// True when token `last` ends its line or stands before a colon or a
/// slash, as caption labels do.
fn caption_ends(doc: &Doc<'_>, last: usize) -> bool {
    doc.tokens
        .get(last + 1)
        .is_none_or(|t| t.line_start || t.is(":") || t.is("/") || t.is("|"))
}

/// True when "for" at `j` sits inside one name ("Voice for Peace"), not
/// after an acronym it spells ("CI for Collective Intelligence"), a verb
/// in a heading ("Caring for Basil") or a place ("left England for
/// Scotland").
pub(crate) fn for_joins_one_name(doc: &Doc<'_>, j: usize) -> bool {
    let before = &doc.tokens[j - 1];
    !before.is_all_caps() && !before.text.ends_with("ing") && !doc.word(j - 1).is_place()
}

/// How many tokens at `cut` form a nationality adjective ("Turkish",
/// "South African"), leaving a name after them.
fn demonym_len_at(doc: &Doc<'_>, cut: usize, last: usize) -> usize {
    if cut + 1 < last && evidence::span_entry(doc, cut, cut + 1).is_demonym() {
        return 2;
    }
    usize::from(cut < last && doc.word(cut).is_demonym())
}

/// True when the span opens with a title, a nationality, or a known name
/// and a title: "Federal Reserve Chairman Y", "South African Y".
fn leading_role(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    if first > last {
        return false;
    }
    if people::title_len_at(doc, first, last) > 0 || demonym_len_at(doc, first, last) > 0 {
        return true;
    }
    (first..last.min(first + 6))
        .any(|k| people::title_len_at(doc, k + 1, last) > 0 && known_body(doc, first, k))
}

fn push(out: &mut Vec<Candidate>, first: usize, last: usize, cue: Option<Rule>) {
    let mut ev = Ev::default();
    if let Some(r) = cue {
        ev.add(r);
    }
    out.push(Candidate::new(first, last, ev));
}

/// True when the lexicons know the span as a whole, as written or
/// title-cased from capitals ("NEW YORK" → New York).
fn known_name(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let found = evidence::lookup(doc, first, last, false);
    found.org || found.place
}

/// True when the lexicons or the name lists know the span as a place or
/// a body (for names standing before a title).
fn known_body(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    use crate::lexicon::Kinds;
    let found = evidence::lookup(doc, first, last, true);
    let listed = Kinds::ORGANISATION | Kinds::WORDNET_PLACE | Kinds::REGION | Kinds::STATE_ABBR;
    found.org || found.place || found.kinds.is_some_and(|k| k.any(listed))
}

/// The last token of a known name that opens the span and holds "and"
/// ("Bosnia and Herzegovina"), when more of the span follows it.
fn place_with_and(doc: &Doc<'_>, first: usize, last: usize) -> Option<usize> {
    let j = (first + 1..last.min(first + 4)).find(|&j| doc.tokens[j].is("and"))?;
    (j + 1..last.min(j + 4))
        .rev()
        .find(|&k| known_name(doc, first, k))
}

/// Splits what is left of a chunk after its leading words are stripped.
fn split_rest(
    doc: &Doc<'_>,
    mut first: usize,
    last: usize,
    titled: bool,
    out: &mut Vec<Candidate>,
) {
    let toks = &doc.tokens;
    // What is left after a title or a split never starts with a joining
    // particle: "Queen of South" → "South", not "of South"; but "de Klerk"
    // and "von der Leyen" keep theirs.
    while first < last
        && PARTICLES.contains(&toks[first].text)
        && !is_surname_particle(toks[first].text)
    {
        first += 1;
    }
    if first > last || toks[first].kind != TokenKind::Word {
        return;
    }
    // A single letter is an initial or a list label, and "Under-21" a
    // category: neither is a name. (Asked of the second character, not by
    // counting them all, #17.)
    if first == last && toks[first].text.chars().nth(1).is_none() {
        return;
    }
    // Numbers belong to names only before an organisation word ("Channel
    // 4 News").
    if (first..=last).any(|i| toks[i].kind == TokenKind::Number) && !doc.word(last).is_org_end() {
        return;
    }
    if evidence::span_entry(doc, first, last).is_organisation() {
        return push(out, first, last, None);
    }
    if titled {
        // "President X and Fed Chair Y": the title covers only the first.
        if let Some(j) = (first + 1..last).find(|&j| toks[j].is("and")) {
            push(out, first, j - 1, Some(Rule::Title));
            return split(doc, j + 1, last, out);
        }
        return push(out, first, last, Some(Rule::Title));
    }
    if places::in_gazetteer(doc, first, last) {
        return push(out, first, last, None);
    }
    // "Newfoundland and Labrador Court of Appeal", "Trinidad and Tobago
    // Football Association": a place whose name holds "and" is no list of
    // two; with an organisation word after it, the whole is one body.
    if let Some(k) = place_with_and(doc, first, last) {
        let org_word = |i: usize| doc.word(i).is_org_end() || doc.word(i).is_org_start();
        if (k + 1..=last).any(org_word) {
            return push(out, first, last, None);
        }
        push(out, first, k, None);
        return split_rest(doc, k + 1, last, false, out);
    }
    if let Some(parts) = places::split_dash_compound(doc, first, last) {
        for (a, b) in parts {
            push(out, a, b, None);
        }
        return;
    }
    // "X for Y" is one name ("Campaign for Nuclear Disarmament", "Voice
    // for Peace"): only "of", "and" and "y" may join two.
    let joiner = (first + 1..last).find(|&j| {
        matches!(toks[j].text, "of" | "and" | "y")
            || toks[j].is("for") && !for_joins_one_name(doc, j)
    });
    // "Johnson Controls Inc and Lear Corp", "Daniels Pharmaceuticals Inc of
    // St. Petersburg": a company's legal suffix closes its name, so what
    // follows "and" or "of" is another name.
    if let Some(j) = joiner.filter(|&j| j > first && is_legal_suffix(toks[j - 1].text)) {
        split_rest(doc, first, j - 1, false, out);
        split_rest(doc, j + 1, last, false, out);
        return;
    }
    // "Leeds University and Royal Opera House": when the words before
    // "and" close a name of their own (an organisation word, or a known
    // name) and the words after carry their own organisation word, these
    // are two names.
    if let Some(j) = (first + 1..last).find(|&j| toks[j].is("and")) {
        let left_closed = doc.word(j - 1).is_org_end() || known_name(doc, first, j - 1);
        if left_closed && organisations::has_org_word(doc, j + 1, last) {
            split_rest(doc, first, j - 1, false, out);
            split_rest(doc, j + 1, last, false, out);
            return;
        }
    }
    // "AT&T", "Marks & Spencer": an ampersand joins company names (but
    // "John Casesa of Schroder Wertheim & Co" is a person of a company).
    let amp = (first + 1..last).find(|&j| toks[j].is("&"));
    if amp.is_some_and(|a| joiner.is_none_or(|j| a < j)) {
        return push(out, first, last, None);
    }
    if joiner.is_none() && organisations::has_org_word(doc, first, last) {
        return push(out, first, last, None);
    }
    // "UNHCR (United Nations High Commissioner for Refugees)": a name
    // that an acronym beside it spells out stays whole.
    if joiner.is_some() && aliases::spelled_by_adjacent_acronym(doc, first, last) {
        return push(out, first, last, Some(Rule::AcronymExpansion));
    }
    // "Ways and Means Committee", "Legal and Drafting Commission": one
    // common word before "and" names no body of its own; the organisation
    // word closing the span covers both.
    if joiner.is_some_and(|j| j == first + 1 && toks[j].is("and")) {
        let plain = (doc.is_dictionary_word_at(first) || doc.word(first).is_demonym())
            && !known_name(doc, first, first)
            && !doc.word(first).is_given_name();
        if plain && doc.word(last).is_org_end() {
            return push(out, first, last, None);
        }
    }
    // "X of Y", "X and Y" that are no known name: split and type each.
    if let Some(j) = joiner {
        let before_is_feature = is_feature_word(toks[j - 1].text);
        if before_is_feature && toks[j].text == "of" {
            return push(out, first, last, None);
        }
        // "Bank of England", "Chamber of Commerce": an organisation word
        // before "of" keeps the whole; otherwise "Shares of X Ltd" splits.
        let head_is_org =
            (first..j).any(|k| doc.word(k).is_org_start() || doc.word(k).is_org_end());
        if head_is_org {
            return push(out, first, last, None);
        }
        split_rest(doc, first, j - 1, false, out);
        split_rest(doc, j + 1, last, false, out);
        return;
    }
    // (A single letter was turned away above: `first` and `last` have not
    // moved since.)
    push(out, first, last, None)
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::entities_of;
    use crate::extract::Extractor;

    fn has(e: &[(String, String)], ty: &str, name: &str) -> bool {
        e.contains(&(ty.to_string(), name.to_string()))
    }

    #[test]
    fn roles_and_nationalities_split_from_people_in_a_list() {
        let e = entities_of(
            "South African Finance Minister Enoch Godongwana and Federal Reserve \
             Chairman Jerome Powell spoke on Monday.",
        );
        assert!(has(&e, "person", "Enoch Godongwana"), "{e:?}");
        assert!(has(&e, "person", "Jerome Powell"), "{e:?}");
        assert!(has(&e, "organisation", "Federal Reserve"), "{e:?}");
        let (ents, _) = Extractor::new().find(
            "They heard South African Finance Minister Enoch Godongwana.",
            0,
            None,
        );
        assert_eq!(ents[0].mentions[0].rule, "title");
    }

    #[test]
    fn roles_of_several_words_and_bodies_that_open_with_a_title() {
        let e = entities_of(
            "On Monday, Senate Minority Leader Dana Whitcombe met Secretary of State \
             Owen Farrell-Price. Fans of the Premier League cheered.",
        );
        assert!(has(&e, "organisation", "Senate"), "{e:?}");
        assert!(has(&e, "person", "Dana Whitcombe"), "{e:?}");
        assert!(has(&e, "person", "Owen Farrell-Price"), "{e:?}");
        assert!(has(&e, "organisation", "Premier League"), "{e:?}");
        assert!(e.iter().all(|(_, n)| n != "League"), "{e:?}");
    }

    #[test]
    fn title_words_inside_organisations() {
        let e = entities_of(
            "Hollin Corp. Chairman Dev Mallory testified. The Justice Department said \
             the case was strong. Tarn Bros. will appeal after the Zandvoort Grand Prix \
             for Fennec Racing.",
        );
        assert!(has(&e, "organisation", "Hollin Corp."), "{e:?}");
        assert!(has(&e, "person", "Dev Mallory"), "{e:?}");
        assert!(has(&e, "organisation", "Justice Department"), "{e:?}");
        assert!(has(&e, "organisation", "Tarn Bros."), "{e:?}");
        assert!(e.iter().all(|(_, n)| !n.contains("Prix")), "{e:?}");
        let e = entities_of("Mercedes-Benz and Rolls-Royce reported lower sales.");
        assert!(e.iter().all(|(t, _)| t != "person"), "{e:?}");
    }

    #[test]
    fn two_bodies_joined_by_and() {
        let e = entities_of(
            "The University of Oregon and Ohio State University will play. Officials at \
             the Centers for Disease Control said so.",
        );
        assert!(has(&e, "organisation", "University of Oregon"), "{e:?}");
        assert!(has(&e, "organisation", "Ohio State University"), "{e:?}");
        assert!(
            has(&e, "organisation", "Centers for Disease Control"),
            "{e:?}"
        );
    }

    #[test]
    fn party_letters_before_a_state() {
        let e = entities_of("Sen. Ann Roe, R-Texas, and Rep. Tom Lyle, D-Ohio, spoke.");
        assert!(has(&e, "place", "Texas"), "{e:?}");
        assert!(has(&e, "place", "Ohio"), "{e:?}");
        assert!(e.iter().all(|(_, n)| !n.contains('-')), "{e:?}");
    }

    #[test]
    fn particles_stay_in_names() {
        let e = entities_of(
            "Ursula von der Leyen arrived late. Later von der Leyen said the talks \
             were useful.",
        );
        assert!(has(&e, "person", "Ursula von der Leyen"), "{e:?}");
        assert!(!e.iter().any(|(_, n)| n == "Leyen"), "{e:?}");
        assert!(e.iter().all(|(ty, _)| ty == "person"), "{e:?}");
        let e = entities_of("Osama bin Laden and Abdullah al-Sharif were named.");
        assert!(has(&e, "person", "Osama bin Laden"), "{e:?}");
        assert!(has(&e, "person", "Abdullah al-Sharif"), "{e:?}");
    }

    #[test]
    fn hyphenated_given_names_stay_whole() {
        let e = entities_of(
            "Former South Korean president Kim Dae-jung won the prize. Moon Jae-in \
             met him.",
        );
        assert!(has(&e, "person", "Kim Dae-jung"), "{e:?}");
        assert!(has(&e, "person", "Moon Jae-in"), "{e:?}");
        // Compounds are not names: "Putin-led", "Moscow-based".
        let e = entities_of("Vladimir Putin-led talks and Moscow-based groups met.");
        assert!(has(&e, "person", "Vladimir Putin"), "{e:?}");
        assert!(has(&e, "place", "Moscow"), "{e:?}");
    }

    #[test]
    fn lists_of_names_split_and_share_their_kind() {
        let e = entities_of("Shares in Siemens rose. Later Siemens and Alstom agreed to merge.");
        assert!(has(&e, "organisation", "Alstom"), "{e:?}");
    }

    #[test]
    fn common_words_never_cut_a_name() {
        let e = entities_of("Yesterday Channel 4 News reported the deal.");
        assert_eq!(e, [("organisation".into(), "Channel 4 News".into())]);
        let e = entities_of("Jewish Voice for Peace protested.");
        assert_eq!(
            e,
            [("organisation".into(), "Jewish Voice for Peace".into())]
        );
        let e = entities_of("Then the Canadian Institute of Woodworking met.");
        assert!(
            has(&e, "organisation", "Canadian Institute of Woodworking"),
            "{e:?}"
        );
        let e = entities_of("The Great British Bake Off returned.");
        assert!(!has(&e, "place", "Bake"), "{e:?}");
    }

    #[test]
    fn in_after_an_organisation_word_starts_a_place() {
        let e = entities_of("She taught at Kenton High School in Ohio for years.");
        assert!(has(&e, "organisation", "Kenton High School"), "{e:?}");
        assert!(has(&e, "place", "Ohio"), "{e:?}");
        // An organisation word earlier in the name still lets "in" join.
        let e = entities_of("The Organization for Trade and Cooperation in Asia met.");
        assert!(
            has(
                &e,
                "organisation",
                "Organization for Trade and Cooperation in Asia"
            ),
            "{e:?}"
        );
    }

    #[test]
    fn two_organisations_joined_by_and_split() {
        let e = entities_of("Funds came from Ridgeway University and Harbour Valley Bank.");
        assert!(has(&e, "organisation", "Ridgeway University"), "{e:?}");
        assert!(has(&e, "organisation", "Harbour Valley Bank"), "{e:?}");
        // One name whose "and" sits inside it stays whole.
        let e = entities_of("The Institute for Science and Society opened.");
        assert!(
            has(&e, "organisation", "Institute for Science and Society"),
            "{e:?}"
        );
    }

    #[test]
    fn a_capitalised_the_inside_a_run_opens_another_name() {
        let e = entities_of("Write to Student Council The Quorn State University today.");
        assert!(has(&e, "organisation", "Student Council"), "{e:?}");
        assert!(has(&e, "organisation", "Quorn State University"), "{e:?}");
    }

    #[test]
    fn captions_are_cut_off() {
        let e = entities_of("Talks ended.\nJerome Powell Photo: Reuters\nPowell spoke.");
        assert!(has(&e, "person", "Jerome Powell"), "{e:?}");
    }

    #[test]
    fn upper_case_entities_are_read() {
        let text = "Shares in AT&AMP;T fell while Procter &AMP; Gamble rose.";
        let (ents, _) = Extractor::new().find(text, 0, None);
        let names: Vec<&str> = ents
            .iter()
            .flat_map(|e| &e.mentions)
            .map(|m| &text[m.start..m.end])
            .collect();
        assert!(names.contains(&"AT&AMP;T"), "{names:?}");
        assert!(names.contains(&"Procter &AMP; Gamble"), "{names:?}");
    }
}
