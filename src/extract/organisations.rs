//! Rules that say a name is an organisation's.
//!
//! Evidence: the name is a well-known organisation or agency (lexicon); it
//! ends with an organisation head-word or legal suffix ("… Organisation",
//! "… Party", "… Ltd") or starts with one ("Ministry of …", "University
//! of …"); or it is a short all-capital acronym ("MIT", "IS-K").

use super::tokens::TokenKind;
use super::Doc;
use crate::lexicon::WordList;

/// True when the chunk ends or starts with an organisation head-word and
/// has at least one other word.
#[inline]
pub(crate) fn has_org_word(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    if last == first {
        return false;
    }
    doc.word(last).is_org_end() || doc.word(first).is_org_start()
}

/// True when the chunk is an acronym: one all-capital word of two to six
/// letters, or such words joined by hyphens ("IS-K").
///
/// Inlined: most spans open with a word in title case longer than two
/// bytes, which settles it without a call (#17).
#[inline]
pub(crate) fn is_acronym(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let t = &doc.tokens[first];
    if !t.is_all_caps() && t.text.len() > 2 {
        return false;
    }
    acronym_in_full(doc, first, last)
}

/// [`is_acronym`] in full.
#[inline(never)]
fn acronym_in_full(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    // The tokens' flags first: most spans are in title case, which they
    // rule out without reading the text (#17).
    if !(first..=last).all(|i| doc.tokens[i].is_all_caps() || doc.tokens[i].text.len() <= 2) {
        return false;
    }
    let span = &doc.text[doc.tokens[first].start..doc.tokens[last].end()];
    let letters = span.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && span.chars().next().is_some_and(char::is_uppercase)
        && span
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '-' | '.' | '&'))
}

/// Words after a company's name ("X shares", "X's chief executive").
static COMPANY_AFTER: WordList = WordList::new(&[
    "shares",
    "stock",
    "stake",
    "spokesman",
    "spokeswoman",
    "chairman",
    "shareholders",
    "subsidiary",
    "unit",
    "plant",
    "plants",
    "factory",
    "board",
    "executives",
    "employees",
    "workers",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "earnings",
    "stores",
    "newspaper",
    "daily",
    "agency",
    "officials",
]);
/// Words before a company's name ("shares in X", "a unit of X").
static COMPANY_BEFORE: WordList = WordList::new(&[
    "newspaper",
    "daily",
    "weekly",
    "magazine",
    "agency",
    "firm",
    "company",
    "group",
    "carrier",
    "airline",
    "bank",
    "insurer",
    "maker",
    "producer",
    "retailer",
    "brokerage",
    "broker",
    "conglomerate",
    "operator",
    "utility",
    "distributor",
]);

/// True when the words around the chunk are those of business news.
pub(crate) fn company_context(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let toks = &doc.tokens;
    let mut next = last + 1;
    if toks
        .get(next)
        .is_some_and(|t| t.kind == TokenKind::Possessive)
    {
        next += 1;
    }
    if toks
        .get(next)
        .is_some_and(|t| COMPANY_AFTER.contains(&t.text))
    {
        return true;
    }
    let before = |k: usize| first.checked_sub(k).map(|i| toks[i].text);
    if before(1).is_some_and(|w| COMPANY_BEFORE.contains(&w)) {
        return true;
    }
    // "shares in X", "unit of X", "merger with X": the word before first,
    // which rules out most names alone (#17).
    match before(1) {
        Some("in") => matches!(before(2), Some("shares" | "stake" | "stakes")),
        Some("of") => matches!(
            before(2),
            Some("shares" | "stake" | "stakes" | "unit" | "subsidiary" | "division" | "affiliate")
        ),
        Some("with") => matches!(before(2), Some("merger" | "talks")),
        _ => false,
    }
}

/// True for a single word with a capital after a lower-case letter, as
/// brand and company names are written ("OpenAI", "PayPal", "YouTube");
/// Scottish and Irish surnames ("McDonald", "MacLeod") are not.
pub(crate) fn is_camel_case(word: &str) -> bool {
    // Most words have no capital after their first letter, which their
    // bytes show in one pass without decoding characters: no byte after
    // the first is an ASCII capital or part of a wider character (#17).
    let bytes = word.as_bytes();
    if !bytes
        .get(1..)
        .is_some_and(|rest| rest.iter().any(|&b| b.is_ascii_uppercase() || b >= 0x80))
    {
        return false;
    }
    if word.starts_with("Mc") || word.starts_with("Mac") {
        return false;
    }
    // One pass, no allocation: this runs for every one-word name.
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let (mut count, mut hump, mut prev) = (1, false, first);
    for c in chars {
        if !c.is_alphanumeric() {
            return false;
        }
        hump |= prev.is_lowercase() && c.is_uppercase();
        prev = c;
        count += 1;
    }
    count >= 4 && first.is_uppercase() && first.is_alphanumeric() && hump
}

/// True when an apposition after the name describes a company: "OpenAI,
/// the maker of ChatGPT", "Alphabet, the parent of Google".
pub(crate) fn company_apposition(doc: &Doc<'_>, last: usize) -> bool {
    let t = |k: usize| doc.tokens.get(last + k).map(|t| t.text);
    if t(1) != Some(",") || !matches!(t(2), Some("the" | "a" | "an")) {
        return false;
    }
    if is_company_noun(t(3)) {
        return true;
    }
    // "Spotify, the Swedish streaming company,": up to three words before
    // the noun, which must close the phrase ("the former bank executive"
    // is a person).
    (4..=6).any(|k| {
        is_company_noun(t(k))
            && (3..k).all(|j| doc.tokens[last + j].kind == TokenKind::Word)
            && doc.tokens.get(last + k + 1).is_none_or(|n| {
                n.kind == TokenKind::Punct
                    || matches!(n.text, "that" | "which" | "based" | "whose" | "founded")
            })
    })
}

/// Nouns that name a company in an apposition: "X, the maker of …".
fn is_company_noun(word: Option<&str>) -> bool {
    matches!(
        word,
        Some(
            "maker"
                | "owner"
                | "parent"
                | "operator"
                | "developer"
                | "publisher"
                | "producer"
                | "manufacturer"
                | "creator"
                | "company"
                | "firm"
                | "group"
                | "carmaker"
                | "automaker"
                | "chipmaker"
                | "retailer"
                | "lender"
                | "bank"
                | "insurer"
                | "airline"
                | "startup"
                | "start-up"
                | "conglomerate"
        )
    )
}

/// Words that mark a sports report.
const SPORTS_WORDS: &[&str] = &[
    "beat",
    "beats",
    "drew",
    "draw",
    "drawn",
    "innings",
    "wicket",
    "wickets",
    "goal",
    "goals",
    "scored",
    "striker",
    "midfielder",
    "goalkeeper",
    "defender",
    "coach",
    "league",
    "cup",
    "match",
    "matches",
    "season",
    "championship",
    "tournament",
    "seeded",
    "semi-final",
    "quarter-final",
    "final",
    "round",
    "defeated",
    "victory",
    "points",
    "penalty",
    "halftime",
    "half-time",
    "play-off",
    "playoff",
    "standings",
    "division",
    "soccer",
    "cricket",
    "tennis",
    "golf",
    "baseball",
    "basketball",
    "rugby",
    "hockey",
    "runs",
    "batting",
    "bowling",
    "pitcher",
    "inning",
    "lap",
    "medal",
    "olympic",
    "champion",
    "champions",
    "game",
    "games",
    "team",
    "squad",
    "club",
    "fixtures",
    "referee",
    "stadium",
    "played",
    "won",
    "lost",
    "win",
    "par",
    "race",
    "seed",
    "set",
    "sets",
    "innings",
    "scorers",
    "attendance",
    "bundesliga",
];

/// True when the article reads as a sports report: its vocabulary and its
/// scores ("2-1", "6-3") are dense enough.
pub(crate) fn is_sports_report(doc: &Doc<'_>) -> bool {
    static SPORTS: WordList = WordList::new(SPORTS_WORDS);
    let toks = &doc.tokens;
    let mut words = 0usize;
    let mut cues = 0usize;
    // The opening of a report shows what it is; a bound keeps the cost
    // per article constant.
    let opening = &toks[..toks.len().min(600)];
    // Most articles are ASCII: checked once, not word by word (#17);
    // the document knows it of its body.
    let ascii = doc.is_ascii()
        || opening
            .last()
            .is_some_and(|t| doc.text[..t.end()].is_ascii());
    // The opening holds at most as many words as tokens: once the cues
    // are dense enough for all of them, and twenty words are read, the
    // rest cannot change the answer. Asked as a cue is found (a few
    // tokens in a hundred), it spares sports reports most of the scan
    // (#17).
    let settled = |cues: usize, words: usize| words >= 20 && cues * 100 >= opening.len() * 4;
    for (i, t) in opening.iter().enumerate() {
        match t.kind {
            TokenKind::Word => {
                words += 1;
                let may_hold = if ascii || t.text.is_ascii() {
                    sports_key_may_hold(t.text)
                } else {
                    SPORTS.may_hold_lowercase_of(t.text)
                };
                if may_hold && doc.with_lower(i, i, |w| SPORTS.contains(&w)) {
                    cues += 1;
                    if settled(cues, words) {
                        return true;
                    }
                }
            }
            TokenKind::Number => {
                let score = toks
                    .get(i + 1)
                    .is_some_and(|d| d.is("-") && !d.space_before)
                    && toks
                        .get(i + 2)
                        .is_some_and(|n| n.kind == TokenKind::Number && !n.space_before);
                if score {
                    cues += 2;
                    if settled(cues, words) {
                        return true;
                    }
                }
            }
            _ => {}
        }
    }
    words >= 20 && cues * 100 >= words * 4
}

/// A key of an ASCII word in any case: its length and its first, second
/// and last bytes, with the bit that tells a letter's cases apart set, so
/// that a word and its lower case have the same key.
#[inline]
const fn sports_key(word: &[u8]) -> u32 {
    let n = word.len();
    let (first, second, end) = (word[0], word[if n > 1 { 1 } else { 0 }], word[n - 1]);
    ((n as u32 & 0xff) << 24 | (first as u32) << 16 | (second as u32) << 8 | end as u32) | 0x20_2020
}

/// The bit of a [`sports_key`] in [`SPORTS_KEYS`].
#[inline]
const fn sports_bit(key: u32) -> usize {
    (key.wrapping_mul(0x9e37_79b1) >> 20) as usize
}

/// One bit for each key of [`SPORTS_WORDS`] among 4,096: a word whose
/// bit is clear is no sports word. A fifth of the words of news passed
/// the lists' filter of first and last bytes (#17), a few in a hundred
/// pass this one.
static SPORTS_KEYS: [u64; 64] = {
    let mut bits = [0u64; 64];
    let mut i = 0;
    while i < SPORTS_WORDS.len() {
        let b = sports_bit(sports_key(SPORTS_WORDS[i].as_bytes()));
        bits[b / 64] |= 1 << (b % 64);
        i += 1;
    }
    bits
};

/// False when the ASCII word `word`, in lower case, is no sports word.
#[inline]
fn sports_key_may_hold(word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let b = sports_bit(sports_key(word.as_bytes()));
    SPORTS_KEYS[b / 64] & 1 << (b % 64) != 0
}

/// Verbs and prepositions around team names in sports reports.
static TEAM_AFTER: WordList = WordList::new(&[
    "beat",
    "beats",
    "defeated",
    "drew",
    "draw",
    "lost",
    "won",
    "win",
    "held",
    "thrashed",
    "edged",
    "routed",
    "crushed",
    "overcame",
    "eliminated",
    "survived",
    "trounced",
    "v",
    "vs",
    "vs.",
    "versus",
    "scored",
    "lead",
    "led",
    "leads",
    "moved",
    "finished",
    "slipped",
    "climbed",
    "captain",
    "coach",
    "manager",
    "striker",
    "midfielder",
    "goalkeeper",
    "defender",
    "players",
    "fans",
    "declared",
    "reached",
    "were",
    "have",
    "had",
    "are",
]);
static TEAM_BEFORE: WordList = WordList::new(&[
    "beat",
    "beating",
    "defeated",
    "against",
    "v",
    "vs",
    "vs.",
    "versus",
    "with",
    "to",
    "over",
    "play",
    "played",
    "playing",
    "host",
    "hosts",
    "hosted",
    "visit",
    "visiting",
    "visited",
    "joined",
    "join",
    "for",
    "from",
    "leaders",
    "champions",
]);

/// True when the chunk stands where a team stands in a sports report:
/// next to "beat", "v", "against", or followed by a score in a results
/// line ("Pohang 3 Ulsan 2").
pub(crate) fn team_context(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let toks = &doc.tokens;
    let next = toks.get(last + 1);
    let next = match next {
        Some(t) if t.kind == TokenKind::Possessive => toks.get(last + 2),
        other => other,
    };
    if next.is_some_and(|t| t.kind == TokenKind::Number && !t.line_start) {
        // "Mullally 3-45", "Smith 10-2-31-3": a player's figures, not a
        // team's result.
        let n = last + 2 + usize::from(toks[last + 1].kind == TokenKind::Possessive);
        let figures = toks.get(n).is_some_and(|t| t.is("-") && !t.space_before);
        return !figures;
    }
    if next.is_some_and(|t| TEAM_AFTER.contains(&t.text)) {
        return true;
    }
    let Some(prev) = first.checked_sub(1) else {
        return false;
    };
    let before = toks[prev].text;
    let before2 = prev.checked_sub(1).map_or("", |i| toks[i].text);
    // "drew 1-1 with X", "lost 3-1 to X": the verb before a score.
    let after_score = prev >= 4
        && toks[prev - 1].kind == TokenKind::Number
        && toks[prev - 2].is("-")
        && toks[prev - 3].kind == TokenKind::Number;
    let before2 = if after_score {
        toks[prev - 4].text
    } else {
        before2
    };
    match before {
        // "drew with X", "lost to X": only after those verbs.
        "with" => matches!(before2, "drew" | "draw" | "tie" | "tied"),
        "to" => matches!(before2, "lost" | "home" | "losing" | "went"),
        _ => TEAM_BEFORE.contains(&before),
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::entities_of;

    #[test]
    fn sports_filter_keeps_every_sports_word() {
        use super::{sports_key_may_hold, SPORTS_WORDS};
        for w in SPORTS_WORDS {
            assert!(sports_key_may_hold(w), "{w}");
            assert!(sports_key_may_hold(&w.to_uppercase()), "{w}");
        }
        let passed = ["said", "that", "the", "percent", "government", "told"]
            .iter()
            .filter(|w| sports_key_may_hold(w))
            .count();
        assert!(passed <= 1, "{passed}");
    }

    #[test]
    fn head_words_and_suffixes() {
        let e = entities_of(
            "Shares of Northwind Holdings Ltd rose after the Ministry of Finance spoke.",
        );
        assert!(
            e.contains(&("organisation".into(), "Northwind Holdings Ltd".into())),
            "{e:?}"
        );
        assert!(
            e.contains(&("organisation".into(), "Ministry of Finance".into())),
            "{e:?}"
        );
    }

    #[test]
    fn sports_teams_carry_place_names() {
        let text = "CRICKET - LEICESTERSHIRE WIN\n\nLONDON 1996-08-30\n\n\
            Phil Simmons took four wickets as Leicestershire beat Somerset by an innings. \
            Leicestershire scored 296 runs in the match and England drew with Pakistan. \
            The county championship season goes on at Grace Road.";
        let e = entities_of(text);
        assert!(
            e.contains(&("organisation".into(), "Leicestershire".into())),
            "{e:?}"
        );
        assert!(
            e.contains(&("organisation".into(), "Somerset".into())),
            "{e:?}"
        );
        // National sides keep their country's type; datelines are places.
        assert!(e.contains(&("place".into(), "England".into())), "{e:?}");
        assert!(e.contains(&("place".into(), "LONDON".into())), "{e:?}");
    }

    /// The scan stops once the cues settle the answer: a report dense
    /// in cues early is one whatever follows, and a short one is none.
    #[test]
    fn sports_reports_are_settled_early_only_when_sure() {
        use super::is_sports_report;
        use crate::extract::Doc;
        let scores = "Harbury beat Stonebridge 2-0 and Calderford won 3-1 in the league \
                      match of the season, a goal each half, and the coach said the team played well. ";
        let prose = "The council met on Tuesday to discuss the budget for roads and schools. ";
        let report = format!("{}{}", scores.repeat(3), prose.repeat(40));
        assert!(is_sports_report(&Doc::new(&report, 0)));
        // Too few words to tell, however dense.
        assert!(!is_sports_report(&Doc::new(
            "Harbury beat Stonebridge 2-0.",
            0
        )));
        // Sparse cues over a long opening.
        let news = format!("{}{}", prose.repeat(30), "Harbury beat Stonebridge 2-0.");
        assert!(!is_sports_report(&Doc::new(&news, 0)));
    }

    #[test]
    fn teams_after_a_score() {
        let text = "Harbury beat Stonebridge 2-0 on Saturday to go top of the table after \
            a late goal. Calderford lost 3-1 to Newcastle, while Kesterton drew 1-1 with \
            Chelsea in a tight game that ended with a penalty.";
        let e = entities_of(text);
        assert!(
            e.contains(&("organisation".into(), "Newcastle".into())),
            "{e:?}"
        );
        assert!(
            e.contains(&("organisation".into(), "Chelsea".into())),
            "{e:?}"
        );
    }

    #[test]
    fn company_cues_and_places_inside_names() {
        let e = entities_of("Profits rose at Air France while shares in Pirelli fell.");
        assert!(
            e.contains(&("organisation".into(), "Air France".into())),
            "{e:?}"
        );
        assert!(
            e.contains(&("organisation".into(), "Pirelli".into())),
            "{e:?}"
        );
    }

    #[test]
    fn brand_spelling_and_company_appositions() {
        let e = entities_of(
            "Microsoft backed OpenAI, whose rival Anthropic, the maker of Claude, grew.",
        );
        assert!(
            e.contains(&("organisation".into(), "OpenAI".into())),
            "{e:?}"
        );
        assert!(
            e.contains(&("organisation".into(), "Anthropic".into())),
            "{e:?}"
        );
        // Adjectives between the article and the noun.
        let e = entities_of("Vemlo, the Danish payments group, said it would list its shares.");
        assert!(
            e.contains(&("organisation".into(), "Vemlo".into())),
            "{e:?}"
        );
        // A noun that is no head: "the former bank executive" is a person.
        assert!(!super::company_apposition(
            &crate::extract::Doc::new("Ann Roe, the former bank executive, said", 0),
            1
        ));
        // Scottish and Irish surnames are not brands.
        assert!(super::is_camel_case("PayPal"));
        assert!(!super::is_camel_case("McDonald"));
        assert!(!super::is_camel_case("MacLeod"));
        assert!(!super::is_camel_case("NATO"));
    }

    #[test]
    fn city_and_plural_name_teams() {
        let e = entities_of(
            "The Florida Marlins beat the New York Yankees, and Georgia Jones watched.",
        );
        assert!(
            e.contains(&("organisation".into(), "Florida Marlins".into())),
            "{e:?}"
        );
        assert!(
            e.contains(&("organisation".into(), "New York Yankees".into())),
            "{e:?}"
        );
        assert!(
            e.contains(&("person".into(), "Georgia Jones".into())),
            "{e:?}"
        );
    }

    #[test]
    fn events_are_not_entities() {
        let e = entities_of("She won the U.S. Open and the World Cup.");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn lexicon_and_acronyms() {
        let e = entities_of("Reuters reported that the KPRF and NATO met.");
        assert!(
            e.contains(&("organisation".into(), "Reuters".into())),
            "{e:?}"
        );
        assert!(e.contains(&("organisation".into(), "KPRF".into())), "{e:?}");
        assert!(e.contains(&("organisation".into(), "NATO".into())), "{e:?}");
    }
}
