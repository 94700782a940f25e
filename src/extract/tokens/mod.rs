//! Tokens and sentence starts, shared by every rule.
//!
//! Words come from Unicode word boundaries (UAX #29, via
//! unicode-segmentation), then three news-specific repairs: a possessive
//! `'s` becomes its own token so that "Turkey's" yields "Turkey";
//! abbreviations keep their period ("U.S.", "Mr.", "Jan.") so that it does
//! not end a sentence; and each token records whether whitespace or a line
//! break precedes it, which the rules use to join "IS-K" and to keep names
//! from running across lines.

mod ascii;

use ascii::{tokenize_ascii, WORD_BYTE};
use unicode_segmentation::UnicodeSegmentation;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes or periods ("U.S.").
    Word,
    /// Starts with a digit ("2024", "1.5", "4-1" is three tokens).
    Number,
    /// A possessive ending, `'s` or `’s`.
    Possessive,
    /// Anything else that is not whitespace.
    Punct,
}

/// One token of the article body. Offsets are bytes into the article text.
///
/// Its end is no field but [`Token::end`], worked out from the text: that
/// keeps a token at 32 bytes, not 40, and every rule walks the token
/// array, some of them several times (#17).
#[derive(Clone, Copy, Debug)]
pub struct Token<'a> {
    /// Byte offset of the first byte.
    pub start: usize,
    /// The token's text: the article text from `start` to [`Token::end`].
    pub text: &'a str,
    /// What the token is made of.
    pub kind: TokenKind,
    /// Whitespace separates this token from the previous one.
    pub space_before: bool,
    /// A line break separates this token from the previous one.
    pub line_start: bool,
    /// The first word of a sentence (after any opening quotes).
    pub sentence_start: bool,
    /// [`Token::is_all_caps`], worked out once: the rules ask it of the
    /// same token many times (line shapes, headline spans, datelines).
    all_caps: bool,
    /// [`Token::has_lowercase`], worked out once: most span rules ask it.
    lower: bool,
    /// [`Token::is_capitalised`], worked out once from the first letter.
    capitalised: bool,
}

impl Token<'_> {
    /// Byte offset just past the last byte.
    #[inline]
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// True for a word starting with an upper-case letter.
    #[inline]
    pub fn is_capitalised(&self) -> bool {
        self.capitalised
    }

    /// True for a word of two or more letters, all upper case ("NATO").
    #[inline]
    pub fn is_all_caps(&self) -> bool {
        self.all_caps
    }

    /// True when the token holds a lower-case letter.
    #[inline]
    pub fn has_lowercase(&self) -> bool {
        self.lower
    }

    /// True for the given punctuation or word, compared exactly.
    pub fn is(&self, s: &str) -> bool {
        self.text == s
    }

    /// True for a hyphen or dash glued to both neighbours.
    pub fn is_dash(&self) -> bool {
        matches!(self.text, "-" | "–" | "—" | "‑")
    }
}

/// True when `text` holds a lower-case letter. (Inlined, as
/// [`all_caps`]: a call each cost as much as the test for a number or a
/// word in capitals, the tokens that need them, #17.)
#[inline]
fn has_lowercase(text: &str) -> bool {
    // The bytes answer for ASCII without decoding characters.
    text.bytes().any(|b| b.is_ascii_lowercase())
        || !text.is_ascii() && text.chars().any(char::is_lowercase)
}

/// True for a word of two or more letters, all upper case ("NATO"), given
/// whether it holds a lower-case letter ([`has_lowercase`]).
#[inline]
fn all_caps(kind: TokenKind, text: &str, lower: bool) -> bool {
    if kind != TokenKind::Word || lower {
        return false;
    }
    if text.is_ascii() {
        return text.bytes().filter(u8::is_ascii_alphabetic).count() >= 2;
    }
    text.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// Abbreviations whose period belongs to the word, not to the sentence
/// (a `match`, which compiles to a few comparisons, not a scan of the list).
fn listed_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs" | "Ms" | "Dr" | "St" | "Gen" | "Lt" | "Col" | "Capt" | "Sgt" | "Sen" | "Rep"
            | "Gov" | "Jr" | "Sr" | "Prof" | "Rev" | "Adm" | "Maj" | "Cmdr" | "Cpl" | "Pvt"
            | "Supt" | "Insp" | "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep"
            | "Sept" | "Oct" | "Nov" | "Dec" | "Co" | "Corp" | "Inc" | "Ltd" | "Bros" | "No"
            | "vs" | "Mt" | "Ft" | "Ave" | "approx" | "est" | "Fig" | "Vol"
            // AP state abbreviations ("Phoenix, Ariz."), those that are no word.
            | "Ala" | "Ariz" | "Ark" | "Calif" | "Colo" | "Conn" | "Fla" | "Kan" | "Ky" | "Md"
            | "Mich" | "Minn" | "Neb" | "Nev" | "Okla" | "Tenn" | "Wis" | "Wyo" | "Vt"
    )
}

/// AP abbreviations of states that are also words ("Mass.", "Wash.",
/// "Ore."): they keep their period only after a capitalised town and a
/// comma ("Boston, Mass."), where the word would make no sense.
const STATE_WORDS: &[&str] = &[
    "Del", "Ga", "Ill", "Ind", "La", "Mass", "Miss", "Mo", "Mont", "Ore", "Pa", "Va", "Wash",
];

/// True when the last token is a state word after "Town ,".
fn state_after_town(raw: &[Token<'_>]) -> bool {
    let n = raw.len();
    // (The comma first: it rules out nearly every sentence end without
    // a scan of the list, #17.)
    n >= 3
        && raw[n - 2].is(",")
        && STATE_WORDS.contains(&raw[n - 1].text)
        && raw[n - 3].kind == TokenKind::Word
        && raw[n - 3].text.starts_with(char::is_uppercase)
}

/// Splits `text[from..]` into tokens and marks sentence starts.
pub fn tokenize(text: &str, from: usize) -> Vec<Token<'_>> {
    tokenize_into(text, from, Vec::new())
}

/// [`tokenize`] into `raw`, emptied first: a vector kept from the last
/// article is written in place, where a new one for each article was
/// memory the cache had not seen, a miss for each line of tokens (#17).
pub fn tokenize_into<'a>(text: &'a str, from: usize, raw: Vec<Token<'a>>) -> Vec<Token<'a>> {
    let body = &text[from..];
    if body.is_ascii() {
        tokenize_ascii(text, from, raw)
    } else {
        tokenize_pieces(text, from, body.split_word_bound_indices(), raw)
    }
}

/// Tokens from the pieces of UAX #29 (offsets into `text[from..]`), for
/// text that is not ASCII.
fn tokenize_pieces<'a>(
    text: &'a str,
    from: usize,
    pieces: impl Iterator<Item = (usize, &'a str)>,
    raw: Vec<Token<'a>>,
) -> Vec<Token<'a>> {
    let mut out = Builder::new(text, from, raw);
    for (i, piece) in pieces {
        // (A word's first byte rules out whitespace without decoding.)
        let lead = piece.as_bytes()[0];
        if !WORD_BYTE[usize::from(lead)] && piece.chars().all(char::is_whitespace) {
            out.space_before = true;
            out.line_start |= piece.contains(['\n', '\u{2029}']);
            continue;
        }
        let (kind, capitalised) = classify(piece);
        out.piece(from + i, piece, kind, capitalised);
    }
    out.raw
}

/// The tokens of an article as its pieces come: what separates the next
/// piece from the last, and the news-specific repairs of the module doc.
struct Builder<'a> {
    text: &'a str,
    raw: Vec<Token<'a>>,
    sentences: Sentences,
    /// Whitespace since the last token.
    space_before: bool,
    /// A line break since the last token (or none yet).
    line_start: bool,
}

impl<'a> Builder<'a> {
    /// A builder that pushes the tokens into `raw`, emptied first.
    fn new(text: &'a str, from: usize, mut raw: Vec<Token<'a>>) -> Self {
        raw.clear();
        // English news runs about one token to five bytes or a little
        // less: a quarter of the length leaves room, so that the vector
        // seldom grows (a copy of every token, #17).
        raw.reserve((text.len() - from) / 4);
        Builder {
            text,
            raw,
            sentences: Sentences::default(),
            space_before: false,
            line_start: true,
        }
    }

    /// Passes over a space at byte `at` of the ASCII text `b`, if there
    /// is one. Called after each piece: most pieces are followed by one
    /// space, and a trip round the loop each, through the table, cost as
    /// much as a word (#17). Further spaces, seldom seen, take that trip.
    ///
    /// (One test and an add, without a branch: the loop that ran over
    /// all the spaces here cost some two instructions a byte more, for
    /// the second space it looked for after each piece, #17.)
    #[inline(always)]
    fn spaces(&mut self, b: &[u8], at: &mut usize) {
        let space = b.get(*at) == Some(&b' ');
        self.space_before |= space;
        *at += usize::from(space);
    }

    /// Adds the piece that is no whitespace at byte `start` of the text,
    /// of the given kind.
    #[inline(always)]
    fn piece(&mut self, start: usize, piece: &'a str, kind: TokenKind, capitalised: bool) {
        let mut token = Token {
            start,
            text: piece,
            kind,
            space_before: self.space_before,
            line_start: self.line_start,
            sentence_start: false,
            all_caps: false,
            lower: false,
            capitalised,
        };
        self.space_before = false;
        self.line_start = false;
        let raw = &mut self.raw;
        // "McDonald's", "Sainsbury's": a company whose name ends in 's.
        // Every possessive ending ends in "s" or "S" after an apostrophe
        // (`'`, or `’`, whose last byte is 0x99): the two last bytes rule
        // out nearly every word (#17), and the lexicon is asked only
        // about words that end like a possessive, a few in a hundred.
        // (Its last byte first: most words end in no "s" or "S", #17.
        // Both bytes in one test without a branch cost a dozen
        // instructions a token more than the branch's misses.)
        let ends_apostrophe_s = || matches!(piece.as_bytes(), [.., b'\'' | 0x99, b's' | b'S']);
        let possessive_name = || crate::lexicon::Lexicon::get().organisation(piece).is_some();
        if matches!(piece.as_bytes(), [.., b's' | b'S'])
            && kind == TokenKind::Word
            && ends_apostrophe_s()
        {
            if let Some(stem) = possessive_stem(piece).filter(|_| !possessive_name()) {
                let cut = start + stem.len();
                token.text = stem;
                self.sentences.push(raw, token);
                self.sentences.push(
                    raw,
                    Token {
                        start: cut,
                        text: &piece[stem.len()..],
                        kind: TokenKind::Possessive,
                        space_before: false,
                        line_start: false,
                        sentence_start: false,
                        all_caps: false,
                        lower: false,
                        capitalised: false,
                    },
                );
                return;
            }
        }
        // "U.S" + "." and "Mr" + "." become one token.
        if token.is(".") && !token.space_before {
            if let Some(prev) = raw.last_mut() {
                if prev.kind == TokenKind::Word && is_abbreviation(prev.text) {
                    prev.text = &self.text[prev.start..token.end()];
                    return;
                }
            }
            if state_after_town(raw) {
                if let Some(prev) = raw.last_mut() {
                    prev.text = &self.text[prev.start..token.end()];
                    return;
                }
            }
        }
        self.sentences.push(raw, token);
    }
}

/// Sets the letter flags of a token ([`Token::has_lowercase`],
/// [`Token::is_all_caps`]). A period added to an abbreviation later
/// changes neither.
///
/// (Read without a branch off eight bytes at a time, the flags cost
/// some twenty instructions a token more than the branch, whose misses,
/// one token in four, cost less, #17.)
#[inline(always)]
fn set_letter_flags(t: &mut Token<'_>) {
    // Most tokens are words in lower case: their first byte settles
    // both answers, without a call per token (#17). So does a
    // punctuation mark of one ASCII byte, most of the rest.
    match t.text.as_bytes() {
        // A capitalised word has its small letter second ("The",
        // "Mr"): no call to look for one (#17).
        [b'a'..=b'z', ..] | [_, b'a'..=b'z', ..] => t.lower = true,
        [b] if !b.is_ascii_alphanumeric() => {}
        _ => {
            t.lower = has_lowercase(t.text);
            t.all_caps = all_caps(t.kind, t.text, t.lower);
        }
    }
}

/// What a piece is made of, by its first character, and whether that
/// is an upper-case letter. An ASCII first byte answers without decoding
/// the character (the usual case, once per token).
#[inline(always)]
fn classify(piece: &str) -> (TokenKind, bool) {
    match piece.as_bytes()[0] {
        b'0'..=b'9' => (TokenKind::Number, false),
        b'A'..=b'Z' => (TokenKind::Word, true),
        b'a'..=b'z' => (TokenKind::Word, false),
        0x80.. => {
            let first = piece.chars().next().expect("non-empty piece");
            if first.is_numeric() {
                (TokenKind::Number, false)
            } else if first.is_alphabetic() {
                (TokenKind::Word, first.is_uppercase())
            } else {
                (TokenKind::Punct, false)
            }
        }
        _ => (TokenKind::Punct, false),
    }
}

/// "Turkey's" → "Turkey"; "it's" is left alone (lower case).
fn possessive_stem(word: &str) -> Option<&str> {
    let stem = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix("'S"))?;
    let upper = stem.chars().next()?.is_uppercase();
    (upper && stem.chars().count() >= 2).then_some(stem)
}

fn is_abbreviation(word: &str) -> bool {
    // Most words before a period end a sentence: a word in lower case
    // without a period of its own is an abbreviation only when listed,
    // and the only such listed ones are these (#17).
    if word.as_bytes()[0].is_ascii_lowercase() && !word.contains('.') {
        return matches!(word, "vs" | "approx" | "est");
    }
    if listed_abbreviation(word) {
        return true;
    }
    // Without a period of its own, the word is one part: an initial
    // only if it is one capital letter ("J"), settled without splitting
    // the word (most capitalised words before a period, #17).
    if !word.contains('.') {
        let mut chars = word.chars();
        return chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    }
    // Initials and dotted acronyms: "J", "U.S", "a.m".
    let mut parts = word.split('.');
    let all_single = word
        .split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
    let dotted = parts.nth(1).is_some();
    all_single && (dotted || word.chars().next().is_some_and(char::is_uppercase))
}

/// Marks the first word of each sentence as the tokens are pushed. A
/// sentence ends at a line break, or at `.`, `!`, `?` (after any closing
/// quotes or brackets) followed by a word that does not start in lower
/// case.
///
/// Marked on the way into the vector, with the letter flags, rather
/// than in passes of their own: each pass over the tokens cost a load of
/// every token again (#17). A token's kind, first letter and
/// punctuation do not change once pushed (an abbreviation's period only
/// lengthens a word), so the marks are final.
struct Sentences {
    /// Whether the next word opens a sentence, as things stand.
    pending: bool,
    /// After a mark that may end a sentence, what `pending` becomes if
    /// the next word or number does not start in lower case: decided on
    /// reaching it, so that one pass forward with no look-ahead marks
    /// the tokens (#17).
    unless_lower: Option<bool>,
}

impl Default for Sentences {
    fn default() -> Self {
        Sentences {
            pending: true,
            unless_lower: None,
        }
    }
}

impl Sentences {
    /// Sets the flags and the sentence mark of `t` and pushes it.
    #[inline(always)]
    fn push<'a>(&mut self, raw: &mut Vec<Token<'a>>, mut t: Token<'a>) {
        set_letter_flags(&mut t);
        self.mark(&mut t);
        raw.push(t);
    }

    /// Sets the sentence mark of `t`, the next token.
    #[inline(always)]
    fn mark(&mut self, t: &mut Token<'_>) {
        if t.kind == TokenKind::Punct {
            self.pending |= t.line_start;
            // Matched as bytes: one length test and one byte, where
            // six string comparisons ran for every mark (#17).
            let stop = match t.text.as_bytes() {
                [b'.' | b'!' | b'?' | b':' | b';'] => true,
                bytes => bytes == "…".as_bytes(),
            };
            self.unless_lower = if stop {
                Some(t.text != ";")
            } else {
                self.unless_lower.map(|p| p | t.line_start)
            };
            return;
        }
        if let Some(p) = self.unless_lower.take() {
            if !t.text.starts_with(char::is_lowercase) {
                self.pending = p;
            }
        }
        self.pending |= t.line_start;
        // (Flags set without a branch: whether a word opens a sentence
        // is data that no predictor learns, #17.)
        if t.kind != TokenKind::Possessive {
            t.sentence_start = self.pending;
            self.pending = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rule walks the token array: a wider token is cache traffic
    /// on every pass (#17).
    #[test]
    fn token_stays_32_bytes() {
        assert_eq!(std::mem::size_of::<Token<'_>>(), 32);
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0).iter().map(|t| t.text).collect()
    }

    #[test]
    fn pieces_are_classed_as_by_their_first_character() {
        for piece in [
            "Ankara", "ankara", "2024", "_x", "-", "Ünal", "ünal", "١٢", "😀", "'s",
        ] {
            let first = piece.chars().next().unwrap();
            let kind = if first.is_numeric() {
                TokenKind::Number
            } else if first.is_alphabetic() {
                TokenKind::Word
            } else {
                TokenKind::Punct
            };
            let capitalised = kind == TokenKind::Word && first.is_uppercase();
            assert_eq!(classify(piece), (kind, capitalised), "{piece}");
        }
    }

    #[test]
    fn possessives_split_off() {
        assert_eq!(words("Turkey's MIT"), ["Turkey", "'s", "MIT"]);
        assert_eq!(words("Goren’s location"), ["Goren", "’s", "location"]);
        assert_eq!(words("it's"), ["it's"]);
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(words("the U.S. said"), ["the", "U.S.", "said"]);
        assert_eq!(words("Mr. Smith"), ["Mr.", "Smith"]);
        let toks = tokenize("Mr. Smith left. He came back.", 0);
        let starts: Vec<&str> = toks
            .iter()
            .filter(|t| t.sentence_start)
            .map(|t| t.text)
            .collect();
        assert_eq!(starts, ["Mr.", "He"]);
    }

    #[test]
    fn state_words_keep_their_period_after_a_town() {
        assert_eq!(
            words("Salem, Ore., and Boston, Mass."),
            ["Salem", ",", "Ore.", ",", "and", "Boston", ",", "Mass."]
        );
        // Elsewhere the word ends the sentence.
        assert_eq!(
            words("He went to Mass. Then"),
            ["He", "went", "to", "Mass", ".", "Then"]
        );
    }

    #[test]
    fn hyphen_compounds_are_glued() {
        let toks = tokenize("the Afghanistan–Pakistan border", 0);
        assert_eq!(toks[2].text, "–");
        assert!(!toks[2].space_before && !toks[3].space_before);
    }

    #[test]
    fn offsets_are_bytes_into_the_text() {
        let text = "Café Zürich's 😀 Ünal";
        for t in tokenize(text, 0) {
            assert_eq!(&text[t.start..t.end()], t.text);
        }
    }

    /// The marking of sentence starts as it was written before #17: a
    /// look-ahead to the next word from each mark that may end a
    /// sentence.
    fn mark_sentences_by_look_ahead(tokens: &mut [Token<'_>]) {
        let mut pending = true;
        for i in 0..tokens.len() {
            pending |= tokens[i].line_start;
            match tokens[i].kind {
                TokenKind::Word | TokenKind::Number => {
                    tokens[i].sentence_start = pending;
                    pending = false;
                }
                TokenKind::Punct => {
                    let t = tokens[i].text;
                    if !matches!(t, "." | "!" | "?" | ":" | ";" | "…") {
                        continue;
                    }
                    let next = tokens[i + 1..].iter().find(|n| n.kind != TokenKind::Punct);
                    let lower_next = next.is_some_and(|n| n.text.starts_with(char::is_lowercase));
                    let ends = matches!(t, "." | "!" | "?" | "…") || next.is_some();
                    if ends && !lower_next {
                        pending = t != ";";
                    }
                }
                TokenKind::Possessive => {}
            }
        }
    }

    #[test]
    fn sentence_starts_match_the_look_ahead() {
        let pieces = [
            "Ann", "ann", "4", ".", "!", "?", ":", ";", "…", "\"", ")", ",", "Bob's", "\n",
        ];
        let mut state = 99u64;
        for len in 0..30 {
            for _ in 0..50 {
                let text: String = (0..len)
                    .map(|_| {
                        state = state
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        pieces[(state >> 33) as usize % pieces.len()]
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                let ours = tokenize(&text, 0);
                let mut theirs = ours.clone();
                mark_sentences_by_look_ahead(&mut theirs);
                let starts =
                    |t: &[Token<'_>]| t.iter().map(|t| t.sentence_start).collect::<Vec<_>>();
                assert_eq!(starts(&ours), starts(&theirs), "{text:?}");
            }
        }
    }

    #[test]
    fn lines_start_sentences() {
        let toks = tokenize("Recommended For You\n\nGoren had", 0);
        assert!(toks[3].sentence_start && toks[3].line_start);
    }
}
