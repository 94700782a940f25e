//! The rule-based extractor: from an [`Article`] to typed, grouped names
//! and normalised dates.
//!
//! The pipeline, in order:
//!
//! 1. [`tokens`] splits the body into tokens and marks sentence starts.
//! 2. `segment` cuts capitalised runs into names: chunks joined across
//!    hyphens and name particles, never across lines, then stripped of
//!    sentence-initial common words, titles, nationalities and captions
//!    and split into their parts.
//! 3. [`evidence`] collects, for every span, what each rule says (person,
//!    organisation, place or not a name, with a weight from one table),
//!    adds document-level evidence (datelines, sports teams, alias
//!    statements read by [`aliases`], short forms, lists), pools it over
//!    every mention of the same name and decides; the strongest evidence's
//!    name travels with the mention so users can see why.
//! 4. Mentions are grouped into entities and [`dates`] adds the dates.

pub mod aliases;
mod boilerplate;
mod clean;
pub mod dates;
mod doc;
pub mod evidence;
mod organisations;
mod people;
mod places;
mod segment;
mod teams;
pub mod tokens;
pub mod user_lexicon;

use rustc_hash::FxHashMap as HashMap;

use crate::lexicon::Lexicon;
use crate::reader::Article;
use crate::writer::Record;
pub(crate) use doc::Doc;
use evidence::Rule;
use tokens::TokenKind;

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

    /// Every type, in output order.
    pub(crate) const ALL: [EntityType; 3] = [
        EntityType::Person,
        EntityType::Organisation,
        EntityType::Place,
    ];
}

/// A typed (or not yet typed) name found in the text, as token indices.
///
/// Kept to 32 bytes (token indices as `u32`, the rule name as a byte):
/// every stage walks all candidates, several times, so their size is
/// cache traffic (#17). An article of 4 GiB or more would overflow the
/// indices; [`Candidate::new`] refuses it.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    /// The pooling key of its text ([`evidence::name_key`]), set by
    /// [`set_keys`] once the spans are settled.
    pub key: u64,
    /// The evidence found at this mention.
    pub ev: evidence::Ev,
    /// Token index of the first word; read with [`Candidate::first`].
    from: u32,
    /// Token index of the last word; read with [`Candidate::last`].
    to: u32,
    pub ty: Option<EntityType>,
    pub rule: evidence::Label,
    /// How sure the rule is: 3 structural or lexicon, 2 good cue, 1 weak.
    pub strength: u8,
    /// The evidence says it is no name (an event, a product, a topic).
    pub not_name: bool,
}

impl Candidate {
    /// An untyped span with the cues segmentation found.
    pub(crate) fn new(first: usize, last: usize, ev: evidence::Ev) -> Candidate {
        Candidate {
            from: index(first),
            to: index(last),
            ty: None,
            rule: evidence::Label::UNKNOWN,
            strength: 0,
            ev,
            not_name: false,
            key: 0,
        }
    }

    /// Token index of the first word.
    #[inline]
    pub(crate) fn first(&self) -> usize {
        self.from as usize
    }

    /// Token index of the last word.
    #[inline]
    pub(crate) fn last(&self) -> usize {
        self.to as usize
    }

    /// Moves the first word to token `first`.
    pub(crate) fn set_first(&mut self, first: usize) {
        self.from = index(first);
    }
}

/// A token index as stored in a [`Candidate`].
fn index(i: usize) -> u32 {
    u32::try_from(i).expect("an article of fewer than 2^32 tokens")
}

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
    /// With [`Extractor::with_explain`]: every piece of evidence for the
    /// name, strongest first; empty otherwise.
    pub evidence: Vec<evidence::Explained>,
}

/// Extracts entities and dates from articles. Build it once and reuse it:
/// the lexicons and patterns are compiled on first use and shared.
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    /// The user's watch-lists (`--lexicon`), shared by every thread.
    user: Option<std::sync::Arc<user_lexicon::UserLexicon>>,
    explain: bool,
}

impl Extractor {
    /// Builds an extractor, loading the lexicons now rather than on the
    /// first article (date patterns compile when an article first needs
    /// them).
    pub fn new() -> Extractor {
        let _ = Lexicon::get();
        let _ = crate::lexicon::Knowledge::get();
        let _ = dates::find_dates("", 0, None);
        Extractor {
            user: None,
            explain: false,
        }
    }

    /// Builds an extractor whose user lexicon's entries win over
    /// everything built in (see [`user_lexicon`]).
    pub fn with_user_lexicon(lexicon: user_lexicon::UserLexicon) -> Extractor {
        let mut extractor = Extractor::new();
        extractor.user = (!lexicon.is_empty()).then(|| std::sync::Arc::new(lexicon));
        extractor
    }

    /// With `true`, every mention carries the evidence that typed it
    /// ([`FoundMention::evidence`], `--explain`).
    pub fn with_explain(mut self, explain: bool) -> Extractor {
        self.explain = explain;
        self
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
        let (entities, dates) = self.find_builtin(text, from, date);
        match &self.user {
            Some(user) => (
                user.overlay(text, from, entities, &dates, self.explain),
                dates,
            ),
            None => (entities, dates),
        }
    }

    /// What the built-in rules find, before the user's lexicon.
    fn find_builtin(
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
        // Alias evidence points into the text like mentions do (#11).
        for span in entities
            .iter_mut()
            .flat_map(|e| e.aliases.iter_mut())
            .filter_map(|a| a.evidence.as_mut())
        {
            *span = (cleaned.original(span.0), cleaned.original(span.1));
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
        // Dates first: their patterns, run between the tokens' set-up and
        // the chunks, pushed the tokens out of the L1 cache (#17).
        let dates = dates::find_dates(text, from, date);
        let mut doc = Doc::new(text, from);
        let chunks = segment::chunks(&doc);
        // About one name a chunk: sized so, the list is not moved as it
        // grows (#17).
        let mut cands = Vec::with_capacity(chunks.len() + 8);
        for (first, last) in chunks {
            if last - first >= segment::MAX_NAME_TOKENS {
                // No name is this long: a table row or capitalised prose.
                // Only lexicon names are taken from it, as in headlines.
                doc.shouting[first..=last].fill(true);
            } else {
                segment::split(&doc, first, last, &mut cands);
            }
        }
        evidence::add_local(&doc, &mut cands);
        evidence::acronyms(&doc, &mut cands);
        // Keys first: headline spans are matched against them, and set
        // their own as they are pushed.
        set_keys(&doc, &mut cands);
        headline_candidates(&doc, &mut cands);
        cands.sort_by_key(|c| (c.first(), c.last()));
        // Dates win over names: "March", "Friday" are not people. Dates
        // are sorted and do not overlap, and the names now come in text
        // order: one cursor walks the dates to the one that could
        // contain each name (a binary search for each name cost more,
        // #17; sorting first keeps the same names in the same order).
        let mut k = 0;
        cands.retain(|c| {
            let (s, e) = (doc.tokens[c.first()].start, doc.tokens[c.last()].end());
            while k < dates.len() && dates[k].start <= s {
                k += 1;
            }
            k == 0 || dates[k - 1].end < e
        });
        places::datelines(&doc, &mut cands);
        evidence::decide(&mut cands);
        // A report's teams are names where a team stands ("Leeds beat"):
        // an article with no such name needs no reading as a report,
        // which scanned its opening word by word, where the names'
        // contexts are a few tokens each (#17).
        if cands.iter().any(|c| teams::is_team(&doc, c)) && organisations::is_sports_report(&doc) {
            teams::sports_teams(&doc, &mut cands);
            evidence::decide(&mut cands);
        }
        let links = aliases::find_statements(&doc, &mut cands);
        // People's full names, parsed once for typing and for grouping.
        let mut names = aliases::FullNames::default();
        resolve(&doc, &mut cands, &mut names);
        let mut entities = aliases::group(&doc, &cands, &links, &mut names);
        if self.explain {
            explain(&doc, &cands, &mut entities);
        }
        (entities, dates)
    }
}

/// Fills each mention's evidence for `--explain`.
fn explain(doc: &Doc<'_>, cands: &[Candidate], entities: &mut [FoundEntity]) {
    let pooled = evidence::pool(cands);
    let by_span: rustc_hash::FxHashMap<(usize, usize), &Candidate> = cands
        .iter()
        .map(|c| ((doc.tokens[c.first()].start, doc.tokens[c.last()].end()), c))
        .collect();
    for m in entities.iter_mut().flat_map(|e| e.mentions.iter_mut()) {
        if let Some(c) = by_span.get(&(m.start, m.end)) {
            let all = pooled[&c.key];
            m.evidence = evidence::explain(c.ev, all);
        }
    }
}

/// In capitalised lines (headlines), only names the lexicons or the rest
/// of the article know are taken: "CRICKET - LEICESTER WIN" must not
/// become a person.
fn headline_candidates(doc: &Doc<'_>, out: &mut Vec<Candidate>) {
    if !doc.shouting.contains(&true) {
        return;
    }
    // Names the rest of the article gives evidence for; their headline
    // mentions join the pool of the same name. (Their keys are set: no
    // name is hashed again, #17.) A headline asks about a few spans: a
    // sorted list costs less than a hash set of every name (#17).
    let mut known: Vec<u64> = out
        .iter()
        .filter(|c| !c.ev.is_empty())
        .map(|c| c.key)
        .collect();
    known.sort_unstable();
    let is_known = |key: u64| known.binary_search(&key).is_ok();
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
            let ev = evidence::lexicons(doc, i, last);
            if !ev.is_empty() || is_known(evidence::name_key(doc.span_text(i, last))) {
                matched = Some((last, ev));
                break;
            }
        }
        match matched {
            Some((last, ev)) => {
                out.push(Candidate {
                    key: evidence::name_key(doc.span_text(i, last)),
                    ..Candidate::new(i, last, ev)
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
}

/// Sets every candidate's pooling key from its span.
fn set_keys(doc: &Doc<'_>, cands: &mut [Candidate]) {
    for c in cands {
        c.key = evidence::name_key(doc.span_text(c.first(), c.last()));
    }
}

/// Document-level evidence, then the final decision: a statement's alias
/// takes its name's type, a surname alone is a short form of the person
/// named in full, a company's first word of the company.
fn resolve<'a>(doc: &Doc<'a>, cands: &mut Vec<Candidate>, names: &mut aliases::FullNames<'a>) {
    // Keys stay set: alias statements key the spans they widen ("also
    // known as Big Sam") or join themselves.
    for c in cands.iter_mut() {
        if c.rule == "alias" {
            if let Some(ty) = c.ty {
                c.ev.add(evidence::alias_rule(ty));
            }
        }
    }
    // A one-word surname, first name or title-word surname of a person
    // named in full (issue 13: the rules, with their evidence guards, live
    // in `aliases::persons`).
    aliases::type_short_forms(doc, cands, names);
    // Surnames with their particles: "von der Leyen" after "Ursula von
    // der Leyen". A full name known only by its shape lends less: "Basse
    // Casamance" must not make a person of the region "Casamance".
    let mut name_parts: HashMap<&str, bool> = HashMap::default();
    for c in cands.iter() {
        if c.ty == Some(EntityType::Person) && c.last() > c.first() {
            let sure = c.strength >= 2;
            for k in c.first() + 1..c.last() {
                if doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].space_before {
                    *name_parts.entry(doc.span_text(k, c.last())).or_default() |= sure;
                }
            }
        }
    }
    // (Most articles name nobody in three words or more, and have no
    // parts to look for: the candidates are not read again, #17.)
    if !name_parts.is_empty() {
        for c in cands.iter_mut() {
            // A place of several words ("New York") is no one's surname.
            let several_unknown = c.last() > c.first() && !c.ev.has(Rule::Gazetteer);
            if several_unknown && !c.ev.has(Rule::OrgLexicon) && c.rule != "alias" {
                match name_parts.get(doc.span_text(c.first(), c.last())) {
                    Some(true) => c.ev.add(Rule::ShortFormPerson),
                    Some(false) => c.ev.add(Rule::ShortFormWeak),
                    None => {}
                }
            }
        }
    }
    evidence::org_short_forms(doc, cands);
    coordination(doc, cands);
    evidence::decide(cands);
    cands.retain(|c| c.ty.is_some());
}

/// "Siemens and Alstom": a name nothing else speaks for, joined by "and"
/// or "or" to a typed one, is likely of the same kind.
fn coordination(doc: &Doc<'_>, cands: &mut [Candidate]) {
    for i in 1..cands.len() {
        let (a, b) = (&cands[i - 1], &cands[i]);
        let joined =
            b.first() == a.last() + 2 && matches!(doc.tokens[a.last() + 1].text, "and" | "or");
        if !joined {
            continue;
        }
        match (a.ty, b.ty, a.not_name || b.not_name) {
            (Some(ty), None, false) => cands[i].ev.add(evidence::coordination_rule(ty)),
            (None, Some(ty), false) => cands[i - 1].ev.add(evidence::coordination_rule(ty)),
            _ => {}
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Every stage walks the candidates several times: a wider one is
    /// cache traffic on every pass (#17).
    #[test]
    fn candidate_stays_32_bytes() {
        assert_eq!(std::mem::size_of::<Candidate>(), 32);
    }

    /// (type, canonical name) of every entity found in `text`.
    /// The mentions of each entity found in `text`, as written.
    pub(crate) fn groups_of(text: &str) -> Vec<Vec<String>> {
        let (ents, _) = Extractor::new().find(text, 0, None);
        ents.into_iter()
            .map(|e| {
                e.mentions
                    .iter()
                    .map(|m| text[m.start..m.end].to_string())
                    .collect()
            })
            .collect()
    }

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
    fn footer_and_cookie_lines_are_boilerplate() {
        let e = entities_of(
            "Ali Demir spoke in London.\n\nPrivacy Policy | Cookie Policy | Terms Of Service\n\
             © 2025 Acme Media Group. All Rights Reserved.",
        );
        let names: Vec<&str> = e.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(names, ["Ali Demir", "London"], "{e:?}");
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
