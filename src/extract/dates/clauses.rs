//! The words of the clause around a date, lower-cased, that the tense
//! rules read: kept apart from `tense`, whose rules are long enough, as
//! the splitting has cases of its own (curly quotes, non-ASCII words).
//! The functions `tense` calls are marked `#[inline]`: they run for most
//! dates, and builds without LTO would not inline them across modules
//! (#17).

use super::*;

/// The clause before a date, lower-cased: back to the last comma, quote,
/// semicolon, colon, bracket or dash of its sentence. Borrowed when it
/// is ASCII with no capital, as a clause after a comma often is: then
/// lower-casing would copy it unchanged (#17).
#[inline]
pub(super) fn clause_before<'a>(ctx: &Context<'a>) -> std::borrow::Cow<'a, str> {
    let before = ctx.before();
    let start = clause_start(before);
    let own = &before[start..];
    // "He died, aged 80, on 5 January": a clause of a bare preposition
    // after a short aside between commas belongs to the clause before
    // the aside, whose verb governs the date.
    if start >= 2 && own.split_whitespace().nth(1).is_none() && before.as_bytes()[start - 1] == b','
    {
        let head = &before[..start - 1];
        let aside_start = clause_start(head);
        let aside = &head[aside_start..];
        let short_aside = aside.split_whitespace().nth(3).is_none();
        if aside_start >= 1 && short_aside && head.as_bytes()[aside_start - 1] == b',' {
            let main = &head[..aside_start - 1];
            let mut clause = main[clause_start(main)..].to_lowercase();
            clause.push_str(&own.to_lowercase());
            return clause.into();
        }
    }
    if own.is_ascii() && !own.bytes().any(|b| b.is_ascii_uppercase()) {
        return own.into();
    }
    own.to_lowercase().into()
}

/// Where the clause that ends `text` starts: just after its last comma,
/// quote, semicolon, colon, bracket or dash. Found with memchr's vector
/// scans from the end, as it runs for most dates (#17): the ASCII marks
/// are single bytes, and the curly quotes and the dash are the only
/// characters whose UTF-8 is E2 80 and then 9C, 9D or 94. Each scan
/// reads only what follows the mark the one before found.
fn clause_start(text: &str) -> usize {
    let b = text.as_bytes();
    let mut start = memchr::memrchr3(b',', b'"', b';', b).map_or(0, |i| i + 1);
    if let Some(i) = memchr::memrchr2(b':', b'(', &b[start..]) {
        start += i + 1;
    }
    let mut end = b.len();
    while let Some(i) = memchr::memrchr3(0x9C, 0x9D, 0x94, &b[start..end]) {
        let i = start + i;
        if i >= 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80 {
            return i + 1;
        }
        end = i;
    }
    start
}

/// The words of a lower-cased clause, trimmed of punctuation.
#[inline]
pub(super) fn words_of(clause: &str) -> Vec<&str> {
    if clause.is_ascii() {
        // The same split, by bytes: in ASCII, whitespace is a space or
        // one of tab to carriage return, and the alphanumerics are ASCII.
        // Each byte's kind is read from a table (#17).
        let b = clause.as_bytes();
        let kind = |i: usize| WORD_BYTES[usize::from(b[i])];
        // Sized for words of about six bytes, so that it is seldom moved
        // as it grows (#17).
        let mut words = Vec::with_capacity(b.len() / 6 + 1);
        let mut i = 0;
        while i < b.len() {
            if kind(i) == SPACE {
                i += 1;
                continue;
            }
            let mut from = i;
            while i < b.len() && kind(i) != SPACE {
                i += 1;
            }
            let mut to = i;
            while from < to && kind(from) != KEPT {
                from += 1;
            }
            while to > from && kind(to - 1) != KEPT {
                to -= 1;
            }
            words.push(&clause[from..to]);
        }
        return words;
    }
    clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .collect()
}

/// What [`words_of`] reads each ASCII byte as: spacing, a character a
/// word keeps at its ends (letters, digits, the apostrophe), or other.
const WORD_BYTES: [u8; 256] = {
    let mut t = [0; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        if b == b' ' || (b >= b'\t' && b <= b'\r') {
            t[c] = SPACE;
        } else if b.is_ascii_alphanumeric() || b == b'\'' {
            t[c] = KEPT;
        }
        c += 1;
    }
    t
};
const SPACE: u8 = 1;
const KEPT: u8 = 2;

/// A word lower-cased, then trimmed of punctuation but its apostrophes.
/// Borrowed when lower-casing would not change it.
#[inline]
pub(super) fn lower_trimmed(word: &str) -> std::borrow::Cow<'_, str> {
    fn trim(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
    }
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return trim(word).into();
    }
    trim(&word.to_lowercase()).to_string().into()
}

#[cfg(test)]
mod tests {
    #[test]
    fn clauses_start_after_the_last_mark() {
        use super::clause_start;
        for text in [
            "",
            "no marks here",
            "he said, it \"will\" rise: (soon) and; then",
            "“quoted” — then … after the ellipsis ‘single’ €",
            "ends with a comma,",
            "—",
            // Marks of each scan after those of the others; 94 bytes
            // that end no dash (Hebrew, Armenian, box drawing).
            "a, b: c ה d",
            "x: y, z Ք w",
            "a — b, c ┐ ה",
            "a, b — c ה",
        ] {
            let want = text
                .rsplit([',', '"', ';', ':', '“', '”', '(', '—'])
                .next()
                .unwrap_or("");
            assert_eq!(&text[clause_start(text)..], want, "{text}");
        }
    }

    #[test]
    fn ascii_and_unicode_clauses_split_alike() {
        use super::words_of;
        let clause = " \t(it) \x0bwas\x0c\r\n'moved' -- on\x1c";
        let by_chars: Vec<&str> = clause
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
            .collect();
        assert_eq!(words_of(clause), by_chars);
        assert_eq!(words_of("le café\u{a0}ouvert"), ["le", "café", "ouvert"]);
    }

    #[test]
    fn words_are_lower_cased_before_they_are_trimmed() {
        use super::lower_trimmed;
        assert_eq!(lower_trimmed("\"Will,"), "will");
        assert_eq!(lower_trimmed("it's"), "it's");
        assert_eq!(lower_trimmed("(Plans)."), "plans");
        assert_eq!(lower_trimmed("Été…"), "été");
    }
}
