//! The sentence around a date: the context rules read before and after a
//! match (tense, narrative openers, anchors), and the trimming of a
//! match's edges. Kept apart from the search loop in `mod.rs`, because
//! every submodule asks these questions and they have their own subtle
//! cases (periods of abbreviations, initials and decimals).

use super::*;

/// Trims leading non-alphanumerics, but not the apostrophe of a clipped
/// year ("'71", "’80s"), and trailing spaces or punctuation other than a
/// period that ends an abbreviation ("a.m.").
pub(super) fn trim_span(body: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    // Most matches start and end with an ASCII letter or digit, which
    // neither trim takes: one byte's test spares them the character scans.
    let s = &body[start..end];
    if !s.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric) {
        let from = start;
        start += s.len() - s.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let digits = body[start..end]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        let clipped_year = digits == 2;
        if clipped_year {
            if let Some(mark) = body[from..start].chars().next_back() {
                if matches!(mark, '\'' | '\u{2019}') {
                    start -= mark.len_utf8();
                }
            }
        }
    }
    let s = &body[start..end];
    let mut trimmed = match s.as_bytes().last() {
        Some(b) if b.is_ascii_alphanumeric() => s,
        _ => s.trim_end_matches(|c: char| c.is_whitespace() || ",;:)\"'!?".contains(c)),
    };
    if trimmed.ends_with('.') && !trimmed.ends_with("m.") && !is_month_abbrev(trimmed) {
        trimmed = &trimmed[..trimmed.len() - 1];
    }
    end = start + trimmed.len();
    (start, end)
}

/// The ends of the lines of `text` that a blank line follows (a line
/// break, then only spaces, tabs or carriage returns, then another): where
/// its paragraphs end. Line breaks are found with memchr, as most of the
/// short texts asked have none.
pub(super) fn paragraph_ends(text: &str) -> impl Iterator<Item = usize> + '_ {
    let b = text.as_bytes();
    memchr::memchr_iter(b'\n', b).filter(move |&i| {
        b[i + 1..]
            .iter()
            .find(|c| !matches!(c, b' ' | b'\t' | b'\r'))
            == Some(&b'\n')
    })
}

/// Text beside a match, found when first read: most rules read the
/// sentence around their match, but not all (ISO dates never do), and
/// finding its bounds costs a scan (#17).
pub(super) struct Around<'a> {
    text: std::cell::OnceCell<&'a str>,
    body: &'a str,
    at: usize,
    find: fn(&'a str, usize) -> &'a str,
}

impl<'a> Around<'a> {
    /// The text of its sentence before `start` in `body`.
    pub(super) fn before(body: &'a str, start: usize) -> Around<'a> {
        Around {
            text: std::cell::OnceCell::new(),
            body,
            at: start,
            find: sentence_before,
        }
    }

    /// The text of its sentence after `end` in `body`.
    pub(super) fn after(body: &'a str, end: usize) -> Around<'a> {
        Around {
            find: sentence_after,
            ..Around::before(body, end)
        }
    }

    /// Text already known.
    pub(super) fn known(text: &'a str) -> Around<'a> {
        Around {
            text: std::cell::OnceCell::from(text),
            ..Around::before("", 0)
        }
    }

    /// The body's bytes before the match, across sentence bounds: what
    /// stands right before it, whatever sentence the splitter saw ("1.5
    /// years" has "1." before "5 years").
    pub(super) fn raw_before(&self) -> &'a [u8] {
        &self.body.as_bytes()[..self.at]
    }

    /// The text, found now if not before.
    pub(super) fn get(&self) -> &'a str {
        self.text.get_or_init(|| (self.find)(self.body, self.at))
    }
}

/// How far rules look around a match for context, in bytes. Bounded so
/// that a long line without punctuation costs linear time, not quadratic.
const CONTEXT_WINDOW: usize = 200;

/// The text before `start`, back to the start of its sentence. Inlined,
/// as every match that may be kept calls it.
#[inline]
pub(super) fn sentence_before(body: &str, start: usize) -> &str {
    let mut lo = start.saturating_sub(CONTEXT_WINDOW);
    while !body.is_char_boundary(lo) {
        lo += 1;
    }
    let window = &body[lo..start];
    let mut end = window.len();
    let cut = loop {
        match last_stop(&window.as_bytes()[..end]) {
            Some(i) if ends_sentence(window, i) => break i + 1,
            Some(i) => end = i,
            None => break 0,
        }
    };
    &window[cut..]
}

/// A period between digits ("$1.61", "9.5 million"), after an initial
/// ("Daniel P. Davison") or after a title ("Mr.", "Gen.") does not end a
/// sentence; other stops do.
fn ends_sentence(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    if b[i] != b'.' {
        return true;
    }
    if b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    // "Birmingham, Ala., killed", "Inc. said": an abbreviation's period
    // before a comma or a lower-case word is inside the sentence. Read by
    // bytes, as the sentence scans ask it of every period (#17).
    let next = b[i + 1..].iter().find(|&&c| c != b' ');
    if matches!(next, Some(b',' | b';' | b'a'..=b'z')) {
        return false;
    }
    let from = b[..i]
        .iter()
        .rposition(|c| !c.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    let word = &b[from..i];
    let initial = matches!(word, [c] if c.is_ascii_uppercase());
    const TITLES: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Sgt",
        "Capt", "Prof", "Rev", "No", "vs",
    ];
    !(initial || TITLES.iter().any(|t| t.as_bytes() == word))
}

/// The text after `end`, up to the end of its sentence. Inlined, as
/// [`sentence_before`].
#[inline]
pub(super) fn sentence_after(body: &str, end: usize) -> &str {
    let mut hi = (end + CONTEXT_WINDOW).min(body.len());
    while !body.is_char_boundary(hi) {
        hi -= 1;
    }
    let window = &body[end..hi];
    let mut from = 0;
    let cut = loop {
        match next_stop(&window.as_bytes()[from..]).map(|i| from + i) {
            Some(i) if ends_sentence(window, i) => break i,
            Some(i) => from = i + 1,
            None => break window.len(),
        }
    };
    &window[..cut]
}

/// The last character in `b` that may end a sentence: a period, a line
/// break, "!" or "?". They are ASCII, so the scan reads bytes (a byte
/// below 0x80 is always a whole character), with memchr's vector scans:
/// a test of each byte cost a few instructions a byte of the window and
/// a branch that often mispredicted (#17).
fn last_stop(b: &[u8]) -> Option<usize> {
    let three = memchr::memrchr3(b'.', b'\n', b'!', b);
    let after = three.map_or(0, |i| i + 1);
    memchr::memrchr(b'?', &b[after..])
        .map(|i| after + i)
        .or(three)
}

/// The first character in `b` that may end a sentence, as [`last_stop`].
fn next_stop(b: &[u8]) -> Option<usize> {
    let three = memchr::memchr3(b'.', b'\n', b'!', b);
    memchr::memchr(b'?', &b[..three.unwrap_or(b.len())]).or(three)
}

/// A word of the text, lower-cased: borrowed from the text when it is
/// lower case already, as most words beside a date are, so that reading
/// one allocates only for the others (#17).
pub(super) struct Word<'a>(std::borrow::Cow<'a, str>);

impl<'a> Word<'a> {
    pub(super) fn lower(word: &'a str) -> Word<'a> {
        let lower = word
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase());
        Word(match lower {
            true => std::borrow::Cow::Borrowed(word),
            false => std::borrow::Cow::Owned(word.to_lowercase()),
        })
    }

    pub(super) fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Word<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<&str> for Word<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentence scans find what a plain scan of the characters finds.
    #[test]
    fn sentence_scans_agree_with_a_plain_scan() {
        let plain_before = |body: &str, start: usize| -> String {
            let window = &body[..start];
            let cut = window
                .rmatch_indices(['.', '\n', '!', '?'])
                .find(|&(i, _)| ends_sentence(window, i))
                .map_or(0, |(i, _)| i + 1);
            window[cut..].to_string()
        };
        let plain_after = |body: &str, end: usize| -> String {
            let window = &body[end..];
            let cut = window
                .match_indices(['.', '\n', '!', '?'])
                .find(|&(i, _)| ends_sentence(window, i))
                .map_or(window.len(), |(i, _)| i);
            window[..cut].to_string()
        };
        let body = "Mr. Smith met Gen. Lee? Yes! It cost $1.61 in Birmingham, Ala., \
                    on Monday.\nThen 9.5 million. No. 4 — “done.” P. Davison left. end";
        for at in (0..=body.len()).filter(|&i| body.is_char_boundary(i)) {
            assert_eq!(sentence_before(body, at), plain_before(body, at), "{at}");
            assert_eq!(sentence_after(body, at), plain_after(body, at), "{at}");
        }
    }

    /// A word is lower-cased as `to_lowercase` does it, and borrowed
    /// when it is lower case already.
    #[test]
    fn words_are_lower_cased_and_borrowed_when_they_can_be() {
        for w in ["said", "The", "MAY", "", "café", "İstanbul", "x-ray", "ΣΑ"] {
            let word = Word::lower(w);
            assert_eq!(word.as_str(), w.to_lowercase(), "{w}");
            assert!(word == w.to_lowercase().as_str());
        }
        assert!(matches!(
            Word::lower("said").0,
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
