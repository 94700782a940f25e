//! The rule-based extractor: from an [`Article`] to typed, grouped names
//! and normalised dates.
//!
//! The pipeline, in order:
//!
//! 1. [`tokens`] splits the body into tokens and marks sentence starts.
//! 2. Capitalised sequences become *chunks* ("Turkish National
//!    Intelligence Organisation", "Mehmet Goren"), joined across hyphens
//!    and name particles ("of", "bin", "al-"), never across lines.
//!    Sentence-initial common words, titles and boilerplate lines are
//!    trimmed off.
//! 3. Each chunk is typed by the first rule that fires (organisation
//!    lexicon, title cue, gazetteer, organisation head-word, acronym, given
//!    name, reporting verb, name shape, …); the rule's name travels with
//!    the mention so users can see why.
//! 4. [`aliases`] reads alias statements ("X (Y)", "known by the code name
//!    …") and document-level reasoning settles what single chunks could
//!    not: a surname alone joins the person named in full, and a name keeps
//!    its strongest type through the article.
//! 5. Mentions are grouped into entities and [`dates`] adds the dates.

pub mod aliases;
mod clean;
pub mod dates;
mod organisations;
mod people;
mod places;
pub mod tokens;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::lexicon::Lexicon;
use crate::reader::Article;
use crate::writer::Record;
use tokens::{Token, TokenKind};

/// The three kinds of named entity newsner reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    /// A person, real or fictional, named or by code name.
    Person,
    /// A company, agency, party, group, team or other organisation.
    Organisation,
    /// A country, region, city or geographic feature.
    Place,
}

impl EntityType {
    /// The lower-case name used in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Organisation => "organisation",
            EntityType::Place => "place",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    const ALL: [EntityType; 3] = [
        EntityType::Person,
        EntityType::Organisation,
        EntityType::Place,
    ];
}

/// Shared view of one article for the rules.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token<'a>>,
    pub lex: &'static Lexicon,
    /// Capitalised words at sentence starts that also occur in lower case
    /// somewhere in the article, which marks them as ordinary words.
    pub lower_words: rustc_hash::FxHashSet<&'a str>,
    /// Tokens on lines written in capitals (headlines, wire slugs).
    pub shouting: Vec<bool>,
    /// Tokens on boilerplate lines ("Recommended For You").
    pub boilerplate: Vec<bool>,
}

impl<'a> Doc<'a> {
    fn new(text: &'a str, from: usize) -> Doc<'a> {
        let tokens = tokens::tokenize(text, from);
        // Only sentence-initial capitals need the test, so look up just
        // those: a small set, probed once per lower-case word.
        let mut initial: HashSet<String> = HashSet::default();
        for (i, t) in tokens.iter().enumerate() {
            let starts = t.sentence_start
                || i > 0 && tokens[i - 1].kind == TokenKind::Punct && tokens[i - 1].sentence_start;
            if starts && t.is_capitalised() {
                initial.insert(t.text.to_lowercase());
            }
        }
        let lower_words = tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word && t.text.starts_with(char::is_lowercase))
            .filter(|t| initial.contains(t.text))
            .map(|t| t.text)
            .collect();
        let mut doc = Doc {
            text,
            shouting: vec![false; tokens.len()],
            boilerplate: vec![false; tokens.len()],
            tokens,
            lex: Lexicon::get(),
            lower_words,
        };
        doc.mark_lines();
        doc
    }

    /// The text from the start of token `first` to the end of `last`.
    pub fn span_text(&self, first: usize, last: usize) -> &'a str {
        &self.text[self.tokens[first].start..self.tokens[last].end]
    }

    /// Marks lines written in capitals and boilerplate lines.
    fn mark_lines(&mut self) {
        let mut start = 0;
        while start < self.tokens.len() {
            let mut end = start + 1;
            while end < self.tokens.len() && !self.tokens[end].line_start {
                end += 1;
            }
            let (mut words, mut caps) = (0usize, 0usize);
            for t in &self.tokens[start..end] {
                if t.kind == TokenKind::Word {
                    words += 1;
                    caps += usize::from(t.is_all_caps());
                }
            }
            if words >= 3 && caps * 5 >= words * 4 {
                self.shouting[start..end].fill(true);
            }
            let line = &self.text[self.tokens[start].start..self.tokens[end - 1].end];
            if words <= 8 && is_boilerplate(line) {
                self.boilerplate[start..end].fill(true);
            }
            start = end;
        }
    }
}

/// Lines that web pages mix into article text.
fn is_boilerplate(line: &str) -> bool {
    const LINES: &[&str] = &[
        "recommended for you",
        "read more",
        "read also",
        "also read",
        "related articles",
        "related stories",
        "related",
        "advertisement",
        "share this article",
        "share",
        "sign up for our newsletter",
        "subscribe",
        "most read",
        "trending",
        "more stories",
        "you may also like",
        "click here",
        "watch",
        "follow us",
    ];
    let norm = line.trim().trim_end_matches([':', '.', '…']).to_lowercase();
    LINES.contains(&norm.as_str())
}

/// A typed (or not yet typed) name found in the text, as token indices.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub first: usize,
    pub last: usize,
    pub ty: Option<EntityType>,
    pub rule: &'static str,
    /// How sure the rule is: 3 structural or lexicon, 2 good cue, 1 weak.
    pub strength: u8,
}

/// Name particles that may sit inside a name between capitalised words.
const PARTICLES: &[&str] = &[
    "of", "for", "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "dos", "das",
    "bin", "ibn", "al", "el", "le", "la", "y", "ter", "&", "and",
];

/// An entity as the extractor found it: byte offsets, before output.
#[derive(Clone, Debug)]
pub struct FoundEntity {
    /// Its type.
    pub ty: EntityType,
    /// Canonical name: the fullest proper form in the article.
    pub name: String,
    /// Other names with how the article ties them to the entity.
    pub aliases: Vec<aliases::FoundAlias>,
    /// Byte spans of every mention, in text order, with the rule that
    /// typed each.
    pub mentions: Vec<FoundMention>,
    /// ISO 3166-1 code: the country a place is or lies in (gazetteer), or
    /// a person's nationality where the text states it ("Turkish
    /// President X", "X, a Turkish national").
    pub country: Option<String>,
}

/// One mention of an entity, with byte offsets.
#[derive(Clone, Debug)]
pub struct FoundMention {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// The rule that decided the mention's type.
    pub rule: &'static str,
}

/// Extracts entities and dates from articles. Build it once and reuse it:
/// the lexicons and patterns are compiled on first use and shared.
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    _private: (),
}

impl Extractor {
    /// Builds an extractor, compiling the lexicons and date patterns now
    /// rather than on the first article.
    pub fn new() -> Extractor {
        let _ = Lexicon::get();
        let _ = crate::lexicon::Knowledge::get();
        let _ = dates::find_dates("", 0, None);
        Extractor { _private: () }
    }

    /// Extracts the record of one article.
    ///
    /// # Example
    ///
    /// ```
    /// let article = newsner::parse_article("a.txt", b"date 2025-12-22 Mehmet Goren left Turkey on Friday.", None).unwrap();
    /// let record = newsner::Extractor::new().extract(&article);
    /// assert_eq!(record.entities[0].name, "Mehmet Goren");
    /// assert_eq!(record.dates[0].value, "2025-12-19");
    /// ```
    pub fn extract(&self, article: &Article) -> Record {
        let (entities, dates) = self.find(&article.text, article.body_start, article.date);
        Record::build(article, &entities, &dates)
    }

    /// Finds entities and dates in `text[from..]`, with byte offsets.
    pub fn find(
        &self,
        text: &str,
        from: usize,
        date: Option<jiff::civil::Date>,
    ) -> (Vec<FoundEntity>, Vec<dates::FoundDate>) {
        let Some(cleaned) = clean::clean(text, from) else {
            return self.find_clean(text, from, date);
        };
        let (mut entities, mut dates) = self.find_clean(&cleaned.text, from, date);
        for m in entities.iter_mut().flat_map(|e| e.mentions.iter_mut()) {
            m.start = cleaned.original(m.start);
            m.end = cleaned.original(m.end);
        }
        for d in &mut dates {
            d.start = cleaned.original(d.start);
            d.end = cleaned.original(d.end);
        }
        (entities, dates)
    }

    /// [`Extractor::find`] on text without markup or control characters.
    fn find_clean(
        &self,
        text: &str,
        from: usize,
        date: Option<jiff::civil::Date>,
    ) -> (Vec<FoundEntity>, Vec<dates::FoundDate>) {
        let mut doc = Doc::new(text, from);
        let dates = dates::find_dates(text, from, date);
        let mut cands = Vec::new();
        for (first, last) in chunks(&doc) {
            if last - first >= MAX_NAME_TOKENS {
                // No name is this long: a table row or capitalised prose.
                // Only lexicon names are taken from it, as in headlines.
                doc.shouting[first..=last].fill(true);
            } else {
                classify(&doc, first, last, &mut cands);
            }
        }
        headline_candidates(&doc, &mut cands);
        // Dates win over names: "March", "Friday" are not people. Dates
        // are sorted and do not overlap, so a binary search finds the one
        // that could contain a name.
        cands.retain(|c| {
            let (s, e) = (doc.tokens[c.first].start, doc.tokens[c.last].end);
            let k = dates.partition_point(|d| d.start <= s);
            k == 0 || dates[k - 1].end < e
        });
        cands.sort_by_key(|c| (c.first, c.last));
        places::datelines(&doc, &mut cands);
        if organisations::is_sports_report(&doc) {
            sports_teams(&doc, &mut cands);
        }
        let links = aliases::find_statements(&doc, &mut cands);
        resolve(&doc, &mut cands);
        let entities = aliases::group(&doc, &cands, &links);
        (entities, dates)
    }
}

/// The most tokens a name may span ("Abu Yasir Al Turki" is 4; "Organisation
/// of the Petroleum Exporting Countries" 6).
const MAX_NAME_TOKENS: usize = 12;

/// Maximal runs of capitalised words, as (first, last) token indices.
fn chunks(doc: &Doc<'_>) -> Vec<(usize, usize)> {
    let toks = &doc.tokens;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if doc.shouting[i] || doc.boilerplate[i] || !starts_name(doc, i) {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        // "al-Qaeda": a lower-case particle glued by a hyphen.
        if !toks[i].is_capitalised() {
            last = i + 2;
        }
        loop {
            let n = last + 1;
            let Some(next) = toks.get(n) else { break };
            if next.line_start || next.sentence_start {
                break;
            }
            let capitalised_after = |k: usize, glued: bool| {
                toks.get(k).is_some_and(|t| {
                    (t.is_capitalised() || glued && t.kind == TokenKind::Number)
                        && (!glued || !t.space_before)
                        && !t.line_start
                        && !t.sentence_start
                })
            };
            // "Inzamam-ul-Haq": a short lower-case particle inside a
            // hyphenated name.
            let glued_particle = next.is_dash()
                && !next.space_before
                && toks.get(n + 1).is_some_and(|t| {
                    !t.space_before && t.text.len() <= 3 && t.text.starts_with(char::is_lowercase)
                })
                && toks
                    .get(n + 2)
                    .is_some_and(|t| t.is_dash() && !t.space_before)
                && capitalised_after(n + 3, true);
            if glued_particle {
                last = n + 3;
                continue;
            }
            let dash_joined =
                next.is_dash() && !next.space_before && capitalised_after(n + 1, true);
            // "Organisation for Security and Cooperation in Europe": "in"
            // continues a name that already has an organisation word.
            // (Bounded by the longest name, so runs of capitals stay linear.)
            let org_in = next.is("in")
                && last - first < MAX_NAME_TOKENS
                && (first..=last).any(|k| {
                    doc.lex.is_org_end(toks[k].text) || doc.lex.is_org_start(toks[k].text)
                });
            let particle_joined =
                (PARTICLES.contains(&next.text) || org_in) && capitalised_after(n + 1, false);
            let prefix_joined = matches!(next.text, "al" | "el")
                && toks
                    .get(n + 1)
                    .is_some_and(|t| t.is_dash() && !t.space_before)
                && capitalised_after(n + 2, true);
            if next.is_capitalised() && next.space_before {
                last = n;
            } else if dash_joined || particle_joined {
                last = n + 1;
            } else if prefix_joined {
                last = n + 2;
            } else {
                break;
            }
        }
        out.push((first, last));
        i = last + 1;
    }
    out
}

/// True when a name may start at token `i`.
fn starts_name(doc: &Doc<'_>, i: usize) -> bool {
    let t = &doc.tokens[i];
    if t.is_capitalised() {
        return true;
    }
    matches!(t.text, "al" | "el")
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|d| d.is_dash() && !d.space_before)
        && doc
            .tokens
            .get(i + 2)
            .is_some_and(|w| w.is_capitalised() && !w.space_before)
}

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
    if doc.lex.is_function_word(t.text) {
        return true;
    }
    let starts_sentence = t.sentence_start
        || i > 0 && doc.tokens[i - 1].kind == TokenKind::Punct && doc.tokens[i - 1].sentence_start;
    // "Shares of X", "Residents of Y" open sentences with a plain noun.
    let noun_of = doc.tokens.get(i + 1).is_some_and(|n| n.is("of"))
        && !doc.lex.is_org_start(t.text)
        && !doc.lex.is_org_end(t.text)
        && !is_feature_word(t.text);
    starts_sentence
        && (noun_of || crate::lexicon::with_lowercase(t.text, |w| doc.lower_words.contains(w)))
        && doc.lex.place(t.text).is_none()
        && doc.lex.organisation(t.text).is_none()
        && !doc.lex.is_given_name(t.text)
}

/// Types one chunk (or its parts) and pushes the candidates.
fn classify(doc: &Doc<'_>, mut first: usize, last: usize, out: &mut Vec<Candidate>) {
    let lex = doc.lex;
    let toks = &doc.tokens;
    let push = |out: &mut Vec<Candidate>, first, last, ty, rule, strength| {
        out.push(Candidate {
            first,
            last,
            ty,
            rule,
            strength,
        })
    };
    // Scorecards name players by surname after "c", "b", "lbw": even
    // "c Cork b Croft" names two people, not a city.
    if people::scorecard_before(doc, first) {
        return push(out, first, last, Some(EntityType::Person), "scorecard", 3);
    }
    // A whole chunk the lexicons know wins before any trimming: "The
    // Hague", "New Zealand", "LONDON" in a dateline.
    if let Some((ty, rule)) = known_name(doc, first, last) {
        return push(out, first, last, Some(ty), rule, 3);
    }
    // Leading common words and particles: "The", "However", "In" — but
    // not the "New" of "New York Yankees".
    let opens_place =
        |i: usize| (i + 1..=last.min(i + 2)).any(|j| lex.place(doc.span_text(i, j)).is_some());
    while first <= last
        && !opens_place(first)
        && (is_common_word(doc, first)
            || PARTICLES.contains(&toks[first].text)
                && toks[first].is_capitalised()
                && first < last
                && lex.organisation(doc.span_text(first, last)).is_none())
    {
        first += 1;
    }
    // Trailing particles and common words: "Minister of" never ends a name.
    let mut last = last;
    while last > first
        && (PARTICLES.contains(&toks[last].text) || lex.is_function_word(toks[last].text))
    {
        last -= 1;
    }
    if first > last || toks[first].kind != TokenKind::Word {
        return;
    }
    let text = doc.span_text(first, last);
    if let Some((ty, rule)) = known_name(doc, first, last) {
        return push(out, first, last, Some(ty), rule, 3);
    }
    // Events are not people, organisations or places: "U.S. Open",
    // "World Cup", "Olympic Games".
    if last > first && is_event_word(toks[last].text) {
        return;
    }
    // A label opening a line: "Bowling: …", "Attendance: 30,000".
    if first == last && toks[first].line_start && toks.get(last + 1).is_some_and(|t| t.is(":")) {
        return;
    }
    // Leading demonyms and titles: "Turkish President X", "Prime Minister
    // X"; a place before a title is reported on its own ("U.S. President
    // X" names a place and a person).
    let mut titled = people::title_before(doc, first);
    let mut cut = first;
    loop {
        if cut < last && lex.demonym(toks[cut].text).is_some() {
            cut += 1;
            continue;
        }
        // "U.S. President X", "NATO Secretary General X", "Fed Chair X":
        // a known place or organisation before a title stands alone.
        // The longest known name wins ("Bayern Munich President X").
        let known = (cut..last.min(cut + 6)).rev().find_map(|j| {
            known_name(doc, cut, j)
                .filter(|_| people::title_len_at(doc, j + 1, last) > 0)
                .map(|k| (j, k))
        });
        if let Some((j, (ty, rule))) = known {
            push(out, cut, j, Some(ty), rule, 2);
            cut = j + 1;
            continue;
        }
        let n = people::title_len_at(doc, cut, last);
        if n > 0 && cut + n <= last {
            cut += n;
            titled = true;
            continue;
        }
        // "Defence Minister X", "Finance Secretary X": a portfolio word
        // before a title is part of the title.
        if cut + 1 < last && toks[cut].is_capitalised() && !lex.is_given_name(toks[cut].text) {
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
    if cut > first && (titled || !organisations::has_org_word(doc, first, last)) {
        return classify_rest(doc, cut, last, titled, out);
    }
    if lex.demonym(text).is_some() || lex.is_title(text) {
        return;
    }
    classify_rest(doc, first, last, titled, out)
}

/// The type of a chunk the lexicons know as a whole, trying the
/// title-cased form of a chunk in capitals ("NEW YORK" → New York).
fn known_name(doc: &Doc<'_>, first: usize, last: usize) -> Option<(EntityType, &'static str)> {
    let lex = doc.lex;
    let text = doc.span_text(first, last);
    // The curated lists hold names that are also words ("Stuff", "Dolphins",
    // "Variety"): at a sentence start, where the article also writes the
    // word in lower case, it is the word.
    let plain_word = first == last && is_common_word(doc, first);
    let lookup = |t: &str| {
        if lex.organisation(t).is_some() {
            Some((EntityType::Organisation, "org_lexicon"))
        } else if lex.place(t).is_some() {
            Some((EntityType::Place, "gazetteer"))
        } else if plain_word {
            None
        } else {
            listed_name(doc, t, false)
        }
    };
    lookup(text).or_else(|| {
        let caps = (first..=last).all(|i| {
            let t = &doc.tokens[i];
            t.kind != TokenKind::Word || t.is_all_caps() || t.text.chars().count() == 1
        });
        if caps && text.len() > 2 {
            lookup(&title_case(text))
        } else {
            None
        }
    })
}

/// What the open and curated name lists of issue 12 say about `text`
/// (see [`crate::lexicon::knowledge`]): low-priority knowledge, asked only
/// after the hand-written lexicons. With `fallback`, also the weak lists
/// (towns), for names no other rule could type.
///
/// Kept in this one function on purpose: the classifier is being rewritten
/// into weighed evidence (issue 12), which will read the lists' kinds
/// directly.
fn listed_name(doc: &Doc<'_>, text: &str, fallback: bool) -> Option<(EntityType, &'static str)> {
    use crate::lexicon::Kinds;
    let known = crate::lexicon::Knowledge::get().get_name(text)?;
    let k = known.kinds;
    if k.any(Kinds::CURATED) {
        return Some((EntityType::Organisation, k.only(Kinds::CURATED).rule()));
    }
    let lex = doc.lex;
    let multi = text.contains(' ');
    // A one-word entry that is also a person's name ("Ford", "Lincoln") is
    // no evidence on its own.
    let name_part =
        !multi && (k.any(Kinds::GIVEN_NAME) || lex.is_given_name(text) || lex.is_surname(text));
    // Acronyms collide across lists and with ordinary abbreviations
    // ("MVP", "PDF", "BCE"): only the curated lists are trusted for them.
    let acronym = !multi && text.len() <= 6 && !text.chars().any(char::is_lowercase);
    let org = k.any(Kinds::ORGANISATION) && !acronym;
    let person = k.any(Kinds::WORDNET_PERSON);
    let place = k.any(Kinds::WORDNET_PLACE | Kinds::STATE_ABBR | Kinds::REGION);
    if org && !person && !place && !name_part {
        return Some((EntityType::Organisation, k.only(Kinds::ORGANISATION).rule()));
    }
    if person && !org && !place && multi {
        return Some((EntityType::Person, "wordnet"));
    }
    if place && !org && !person && !name_part {
        return Some((EntityType::Place, k.only(Kinds::PLACE).rule()));
    }
    if fallback && k.any(Kinds::TOWN) && !org && !person && !name_part {
        return Some((EntityType::Place, "town_list"));
    }
    None
}

fn classify_rest(
    doc: &Doc<'_>,
    mut first: usize,
    last: usize,
    titled: bool,
    out: &mut Vec<Candidate>,
) {
    let lex = doc.lex;
    let toks = &doc.tokens;
    // What is left after a title or a split never starts with a particle:
    // "Queen of South" → "South", not "of South".
    while first < last && PARTICLES.contains(&toks[first].text) {
        first += 1;
    }
    if first > last || toks[first].kind != TokenKind::Word {
        return;
    }
    // A single letter is an initial or a list label, and "Under-21" a
    // category: neither is a name.
    if first == last && toks[first].text.chars().count() < 2 {
        return;
    }
    if (first..=last).any(|i| toks[i].kind == TokenKind::Number) {
        return;
    }
    let text = doc.span_text(first, last);
    let mut push = |ty, rule, strength| {
        out.push(Candidate {
            first,
            last,
            ty,
            rule,
            strength,
        })
    };
    if lex.organisation(text).is_some() {
        return push(Some(EntityType::Organisation), "org_lexicon", 3);
    }
    if titled {
        // "President X and Fed Chair Y": the title covers only the first.
        if let Some(j) = (first + 1..last).find(|&j| toks[j].is("and")) {
            out.push(Candidate {
                first,
                last: j - 1,
                ty: Some(EntityType::Person),
                rule: "title",
                strength: 3,
            });
            return classify(doc, j + 1, last, out);
        }
        return push(Some(EntityType::Person), "title", 3);
    }
    if places::in_gazetteer(doc, first, last) {
        return push(Some(EntityType::Place), "gazetteer", 2);
    }
    if let Some(parts) = places::split_dash_compound(doc, first, last) {
        for (a, b) in parts {
            out.push(Candidate {
                first: a,
                last: b,
                ty: Some(EntityType::Place),
                rule: "gazetteer",
                strength: 2,
            });
        }
        return;
    }
    // "AT&T", "Marks & Spencer": an ampersand joins company names.
    if (first + 1..last).any(|j| toks[j].is("&")) {
        return push(Some(EntityType::Organisation), "org_word", 3);
    }
    let joiner = (first + 1..last).find(|&j| matches!(toks[j].text, "of" | "for" | "and" | "y"));
    if joiner.is_none() && organisations::has_org_word(doc, first, last) {
        return push(Some(EntityType::Organisation), "org_word", 3);
    }
    // "UNHCR (United Nations High Commissioner for Refugees)": a name
    // that an acronym beside it spells out stays whole.
    if joiner.is_some() && aliases::spelled_by_adjacent_acronym(doc, first, last) {
        return push(Some(EntityType::Organisation), "acronym_expansion", 3);
    }
    // "X of Y", "X and Y" that are no known name: split and type each.
    if let Some(j) = joiner {
        let before_is_feature = is_feature_word(toks[j - 1].text);
        if before_is_feature && toks[j].text == "of" {
            return push(Some(EntityType::Place), "feature", 2);
        }
        // "Bank of England", "Chamber of Commerce": an organisation word
        // before "of" keeps the whole; otherwise "Shares of X Ltd" splits.
        let head_is_org =
            (first..j).any(|k| lex.is_org_start(toks[k].text) || lex.is_org_end(toks[k].text));
        if head_is_org {
            return push(Some(EntityType::Organisation), "org_word", 3);
        }
        classify_rest(doc, first, j - 1, false, out);
        classify_rest(doc, j + 1, last, false, out);
        return;
    }
    if organisations::is_acronym(doc, first, last) {
        return push(Some(EntityType::Organisation), "acronym", 2);
    }
    // Capitals that are no acronym and no known name: table headers,
    // shouted slugs. Only the rest of the article can type them.
    let all_caps = !text.chars().any(char::is_lowercase);
    if all_caps {
        return push(None, "unknown", 0);
    }
    // A single letter is an initial or a list label, not a name.
    if first == last && text.chars().count() < 2 {
        return;
    }
    // "Florida Marlins", "Houston Astros": a place and a plural that is
    // no surname name a team, even when the place is also a given name.
    let plural_team = last > first
        && toks[last].text.ends_with('s')
        && !lex.is_surname(toks[last].text)
        && (lex.place(doc.span_text(first, last - 1)).is_some()
            || lex.place(toks[first].text).is_some());
    if plural_team {
        return push(Some(EntityType::Organisation), "place_in_name", 2);
    }
    if people::starts_with_given_name(doc, first, last) {
        return push(Some(EntityType::Person), "given_name", 2);
    }
    if last > first && (is_feature_word(toks[last].text) || is_feature_word(toks[first].text)) {
        return push(Some(EntityType::Place), "feature", 2);
    }
    // "Air France", "Red Star Belgrade", "Bank Negara Malaysia": a
    // country or region inside a longer name makes it an organisation.
    // Words, not tokens: "Inzamam-ul-Haq" is three words.
    let words = (first..=last)
        .filter(|&i| toks[i].kind == TokenKind::Word)
        .count();
    let has_country = (first..=last).any(|i| {
        lex.place(toks[i].text)
            .is_some_and(|p| p.kind != crate::lexicon::PlaceKind::City)
    });
    // "Borussia Dortmund", "London Newsroom": a city closing a name that
    // does not start with a given name.
    let city_last = lex.place(toks[last].text).is_some() && !lex.is_given_name(toks[first].text);
    if words >= 2 && (has_country || city_last) {
        return push(Some(EntityType::Organisation), "place_in_name", 2);
    }
    if words == 1 && organisations::is_camel_case(text) {
        return push(Some(EntityType::Organisation), "camel_case", 2);
    }
    if organisations::company_context(doc, first, last)
        || organisations::company_apposition(doc, last)
    {
        return push(Some(EntityType::Organisation), "company_context", 2);
    }
    if people::age_after(doc, last) && words <= 4 {
        return push(Some(EntityType::Person), "age", 2);
    }
    if people::reported_speech_after(doc, last) && words <= 4 {
        // A lone unknown word that "said" something is more often a
        // company or agency than a person introduced by surname alone
        // (people are introduced in full, and short forms join them).
        let lone = words == 1 && !lex.is_surname(text) && !lex.is_given_name(text);
        let ty = if lone {
            EntityType::Organisation
        } else {
            EntityType::Person
        };
        return push(Some(ty), "reporting_verb", 1);
    }
    // "in Khan Younis": a short unknown name after a location preposition.
    if (2..=3).contains(&words) && places::location_preposition_before(doc, first) {
        return push(Some(EntityType::Place), "preposition", 1);
    }
    if let Some((ty, rule)) = listed_name(doc, text, true) {
        return push(Some(ty), rule, 1);
    }
    if (2..=4).contains(&words) {
        return push(Some(EntityType::Person), "name_shape", 1);
    }
    if words == 1 && places::preposition_before(doc, first) {
        return push(Some(EntityType::Place), "preposition", 1);
    }
    // A surname alone at a sentence start is as often a common noun
    // ("Wheat futures rose").
    if words == 1 && lex.is_surname(text) && !toks[first].sentence_start {
        return push(Some(EntityType::Person), "surname", 1);
    }
    push(None, "unknown", 0)
}

/// Words that end the names of events ("U.S. Open", "World Cup").
fn is_event_word(word: &str) -> bool {
    matches!(
        word,
        "Open"
            | "Cup"
            | "Games"
            | "Olympics"
            | "Championship"
            | "Championships"
            | "Trophy"
            | "Prix"
            | "Series"
            | "Classic"
            | "Masters"
            | "Tour"
            | "Marathon"
            | "Festival"
            | "Awards"
            | "Summit"
            | "Conference"
            | "War"
            | "Treaty"
            | "Accord"
            | "Accords"
    )
}

/// Words that make a geographic feature ("Gulf of Aden", "Mount Kenya").
fn is_feature_word(word: &str) -> bool {
    matches!(
        word,
        "Gulf"
            | "Strait"
            | "Straits"
            | "Sea"
            | "Ocean"
            | "Bay"
            | "Cape"
            | "Isle"
            | "Island"
            | "Islands"
            | "Lake"
            | "Mount"
            | "Mountains"
            | "River"
            | "Valley"
            | "Desert"
            | "Peninsula"
            | "Province"
            | "Region"
            | "Republic"
            | "Kingdom"
            | "Canal"
            | "Coast"
            | "Basin"
            | "Plateau"
            | "Sound"
            | "Heights"
            | "Hills"
            | "Highlands"
            | "Emirate"
            | "State"
            | "Governorate"
            | "Territory"
            | "Territories"
    )
}

/// In capitalised lines (headlines), only names the lexicons or the rest
/// of the article know are taken: "CRICKET - LEICESTER WIN" must not
/// become a person.
fn headline_candidates(doc: &Doc<'_>, out: &mut Vec<Candidate>) {
    if !doc.shouting.contains(&true) {
        return;
    }
    let known: HashMap<String, EntityType> = out
        .iter()
        .filter_map(|c| Some((doc.span_text(c.first, c.last).to_uppercase(), c.ty?)))
        .collect();
    let toks = &doc.tokens;
    let mut i = 0;
    while i < toks.len() {
        if !doc.shouting[i] || toks[i].kind != TokenKind::Word || doc.boilerplate[i] {
            i += 1;
            continue;
        }
        let mut matched = None;
        for n in (1..=4).rev() {
            let last = i + n - 1;
            if last >= toks.len()
                || !(i..=last).all(|j| {
                    doc.shouting[j] && (toks[j].kind == TokenKind::Word || toks[j].is_dash())
                })
            {
                continue;
            }
            if (i + 1..=last).any(|j| toks[j].line_start) {
                continue;
            }
            let raw = doc.span_text(i, last);
            let title = title_case(raw);
            let ty =
                if doc.lex.organisation(raw).is_some() || doc.lex.organisation(&title).is_some() {
                    Some((EntityType::Organisation, "org_lexicon"))
                } else if doc.lex.place(&title).is_some() || doc.lex.place(raw).is_some() {
                    Some((EntityType::Place, "gazetteer"))
                } else {
                    known.get(raw).map(|&t| (t, "same_name"))
                };
            if let Some((ty, rule)) = ty {
                matched = Some((last, ty, rule));
                break;
            }
        }
        match matched {
            Some((last, ty, rule)) => {
                out.push(Candidate {
                    first: i,
                    last,
                    ty: Some(ty),
                    rule,
                    strength: 2,
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
}

/// Title case for text in capitals, the text itself otherwise.
fn title_case_if_caps(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().filter(|c| c.is_alphabetic()).count() > 2 && !s.chars().any(char::is_lowercase) {
        std::borrow::Cow::Owned(title_case(s))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// "NEW YORK" → "New York"; "AL-QAEDA" → "Al-Qaeda".
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut at_start = true;
    for c in s.chars() {
        if c.is_alphabetic() {
            if at_start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            at_start = false;
        } else {
            out.push(c);
            at_start = c != '\'';
        }
    }
    out
}

/// In sports reports, clubs and county sides carry place names
/// ("Leicestershire beat Somerset"): a name that stands where a team
/// stands becomes an organisation everywhere in the report, except where
/// a preposition makes it a location ("in Leeds"). National sides keep
/// their country's type, as is usual in news annotation.
fn sports_teams(doc: &Doc<'_>, cands: &mut [Candidate]) {
    let lex = doc.lex;
    let is_country = |c: &Candidate| {
        lex.place(&title_case(doc.span_text(c.first, c.last)))
            .or_else(|| lex.place(doc.span_text(c.first, c.last)))
            .is_some_and(|p| p.kind == crate::lexicon::PlaceKind::Country)
    };
    let mut teams: HashSet<String> = HashSet::default();
    for c in cands.iter() {
        // Places, unknown names and lone surnames may be teams; people
        // named in full ("Waqar Younis 3-45" in a scorecard) are not.
        let movable = match c.ty {
            Some(EntityType::Place) => c.rule != "dateline" && !is_country(c),
            Some(EntityType::Person) => c.first == c.last && c.strength <= 1,
            Some(EntityType::Organisation) => false,
            None => true,
        };
        if movable && organisations::team_context(doc, c.first, c.last) {
            teams.insert(doc.span_text(c.first, c.last).to_uppercase());
        }
    }
    for c in cands.iter_mut() {
        let key = doc.span_text(c.first, c.last).to_uppercase();
        let located = c.first > 0
            && matches!(
                doc.tokens[c.first - 1].text.to_ascii_lowercase().as_str(),
                "in" | "at" | "near"
            );
        if teams.contains(&key) && !located && c.rule != "dateline" && c.rule != "title" {
            c.ty = Some(EntityType::Organisation);
            c.rule = "sports_team";
            c.strength = 3;
        }
    }
}

/// Document-level reasoning: short forms join full names, and a name
/// keeps its strongest type through the article.
fn resolve(doc: &Doc<'_>, cands: &mut Vec<Candidate>) {
    // Surnames of people named in full.
    let mut name_parts: HashSet<&str> = HashSet::default();
    for c in cands.iter() {
        if c.ty == Some(EntityType::Person) && c.last > c.first && c.strength >= 1 {
            name_parts.insert(doc.tokens[c.last].text);
        }
    }
    for c in cands.iter_mut() {
        if c.first == c.last
            && c.rule != "org_lexicon"
            && c.rule != "alias"
            && name_parts.contains(doc.tokens[c.first].text)
            // "in Jordan" after "Mark Jordan" is still the country.
            && !(c.ty == Some(EntityType::Place) && places::preposition_before(doc, c.first))
        {
            c.ty = Some(EntityType::Person);
            c.rule = "short_form";
            c.strength = 3;
        }
    }
    // "Tesla" after "Tesla Inc": the distinctive first word of a company
    // name used alone.
    let mut org_heads: HashSet<&str> = HashSet::default();
    for c in cands.iter() {
        if c.ty == Some(EntityType::Organisation) && c.last > c.first && c.rule == "org_word" {
            let head = doc.tokens[c.first].text;
            if doc.lex.place(head).is_none() && doc.lex.demonym(head).is_none() {
                org_heads.insert(head);
            }
        }
    }
    for c in cands.iter_mut() {
        if c.first == c.last && c.strength <= 1 && org_heads.contains(doc.tokens[c.first].text) {
            c.ty = Some(EntityType::Organisation);
            c.rule = "short_form";
            c.strength = 2;
        }
    }
    // Votes per surface form.
    let mut votes: HashMap<&str, [u32; 3]> = HashMap::default();
    for c in cands.iter() {
        if let Some(ty) = c.ty {
            votes.entry(doc.span_text(c.first, c.last)).or_default()[ty.index()] +=
                u32::from(c.strength);
        }
    }
    for c in cands.iter_mut() {
        if c.strength >= 3 {
            continue;
        }
        let Some(v) = votes.get(doc.span_text(c.first, c.last)) else {
            continue;
        };
        let best = EntityType::ALL
            .into_iter()
            .max_by_key(|t| (v[t.index()], std::cmp::Reverse(t.index())))
            .expect("three types");
        let own = c.ty.map_or(0, |t| v[t.index()]);
        if v[best.index()] > own {
            c.ty = Some(best);
            c.rule = "same_name";
        }
    }
    cands.retain(|c| c.ty.is_some());
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// (type, canonical name) of every entity found in `text`.
    pub(crate) fn entities_of(text: &str) -> Vec<(String, String)> {
        let (ents, _) = Extractor::new().find(text, 0, None);
        ents.into_iter()
            .map(|e| (e.ty.as_str().to_string(), e.name))
            .collect()
    }

    #[test]
    fn sentence_initial_common_words_are_not_names() {
        let e =
            entities_of("However, the talks failed. Recommended For You\n\nThe Taliban returned.");
        assert_eq!(e, [("organisation".to_string(), "Taliban".to_string())]);
    }

    #[test]
    fn headlines_only_take_known_names() {
        let e = entities_of("CRICKET - LEICESTERSHIRE TAKE OVER IN LONDON\n\nRain fell in London.");
        assert_eq!(e, [("place".to_string(), "London".to_string())]);
    }

    #[test]
    fn known_names_before_titles_stand_alone() {
        let e = entities_of("Talks began after NATO Secretary General Mark Rutte and Fed Chair Jerome Powell spoke.");
        for (ty, name) in [
            ("organisation", "NATO"),
            ("person", "Mark Rutte"),
            ("person", "Jerome Powell"),
        ] {
            assert!(e.contains(&(ty.to_string(), name.to_string())), "{e:?}");
        }
    }

    #[test]
    fn company_first_word_and_places_after_in() {
        let e = entities_of(
            "Musk runs Tesla. Shares of Tesla Inc rose. Fighting went on in Khan Younis.",
        );
        assert!(
            e.contains(&("organisation".to_string(), "Tesla Inc".to_string())),
            "{e:?}"
        );
        assert!(
            !e.iter().any(|(_, n)| n == "Tesla"),
            "Tesla joins Tesla Inc: {e:?}"
        );
        assert!(
            e.contains(&("place".to_string(), "Khan Younis".to_string())),
            "{e:?}"
        );
    }

    #[test]
    fn listed_names_type_what_no_rule_knew() {
        // Issue 12: knowledge from the open and curated lists.
        let e = entities_of(
            "Fans of the Knicks cheered in Phoenix, Ariz., while Kataib Hezbollah \
             denied reports carried by Deutsche Welle.",
        );
        for (ty, name) in [
            ("organisation", "Knicks"),
            ("place", "Ariz."),
            ("organisation", "Kataib Hezbollah"),
            ("organisation", "Deutsche Welle"),
        ] {
            assert!(e.contains(&(ty.to_string(), name.to_string())), "{e:?}");
        }
    }

    #[test]
    fn listed_names_that_are_words_stay_words_at_sentence_starts() {
        let e = entities_of("Dolphins swam by. The dolphins left. Later the Dolphins won.");
        let dolphins: Vec<_> = e.iter().filter(|(_, n)| n == "Dolphins").collect();
        assert_eq!(dolphins.len(), 1, "{e:?}");
    }

    #[test]
    fn a_listed_name_before_a_title_stands_alone() {
        let e = entities_of("Bayern Munich President Herbert Hainer spoke.");
        for (ty, name) in [
            ("organisation", "Bayern Munich"),
            ("person", "Herbert Hainer"),
        ] {
            assert!(e.contains(&(ty.to_string(), name.to_string())), "{e:?}");
        }
    }

    #[test]
    fn dates_are_not_names() {
        let e = entities_of("On Friday in March the Daesh group struck.");
        assert_eq!(e, [("organisation".to_string(), "Daesh".to_string())]);
    }
}
