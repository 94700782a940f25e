//! Tokens of ASCII text, the common case: the UAX #29 word boundaries
//! that matter in ASCII, read straight off the bytes by one loop, several
//! times faster than the general tables (#17). Tests check the pieces
//! against unicode-segmentation and the tokens against the general path,
//! on random ASCII.

use super::{Builder, Token, TokenKind};

/// What an ASCII byte starts: the kind of its piece and whether that is
/// capitalised, whether a word run follows, or whether it is a gap (a
/// line break or not). One load per piece settles it. A `match` on a
/// class of byte compiled to a jump table whose indirect branch missed on
/// every other piece, words and marks alternating with no pattern (#17);
/// read from a table, the piece needs only two conditional branches, one
/// of them (a gap) seldom taken.
#[derive(Clone, Copy)]
struct Start {
    kind: TokenKind,
    capitalised: bool,
    /// Letters, digits and `_` start a run ([`word_end`]).
    run: bool,
    /// A space, tab, `\r`, `\n`, vertical tab or form feed: what
    /// `char::is_whitespace` holds in ASCII.
    gap: bool,
    /// A line break.
    newline: bool,
}

/// [`Start`] of each ASCII byte (and a mark of its own above).
static START: [Start; 256] = {
    let mark = Start {
        kind: TokenKind::Punct,
        capitalised: false,
        run: false,
        gap: false,
        newline: false,
    };
    let mut table = [mark; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        let (kind, capitalised) = match b {
            b'a'..=b'z' => (TokenKind::Word, false),
            b'A'..=b'Z' => (TokenKind::Word, true),
            b'0'..=b'9' => (TokenKind::Number, false),
            // `_` joins words but is no letter: its run is punctuation.
            _ => (TokenKind::Punct, false),
        };
        table[c] = Start {
            kind,
            capitalised,
            run: b.is_ascii_alphanumeric() || b == b'_',
            gap: matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' '),
            newline: b == b'\n',
        };
        c += 1;
    }
    table
};

/// Tokens of an ASCII body, the common case: the UAX #29 word boundaries
/// that matter in ASCII, read straight off the bytes, several times
/// faster than the general tables. Letters and digits run together
/// (WB5, WB8–WB10), so does `_` (WB13), with the joins of [`word_end`];
/// any other byte is a piece of its own. Whitespace only sets the next
/// token's flags, so its pieces (runs of spaces, `\r\n`) need no
/// bounds. A test checks the tokens against the general path on random
/// ASCII.
///
/// One loop over the bytes with the pieces classed by one table, where
/// an iterator of pieces fed the general token loop: each piece was
/// classed twice and each gap went through the loop as a piece (#17).
pub(super) fn tokenize_ascii<'a>(
    text: &'a str,
    from: usize,
    raw: Vec<Token<'a>>,
) -> Vec<Token<'a>> {
    let b = text.as_bytes();
    let mut out = Builder::new(text, from, raw);
    let mut at = from;
    while let Some(&first) = b.get(at) {
        let start = at;
        at += 1;
        let s = START[usize::from(first)];
        if s.gap {
            out.space_before = true;
            out.line_start |= s.newline;
            continue;
        }
        if s.run {
            at = word_end(b, at);
            out.piece(start, &text[start..at], s.kind, s.capitalised);
        } else {
            // A mark of one byte, with its kind known here: the copy of
            // `piece` for marks loses the tests that sort words from
            // marks (possessive, period, letter flags, sentence mark),
            // and each copy's branches see only their own kind of piece.
            // Shared, those tests missed as words and marks alternated
            // (#17).
            out.piece(start, &text[start..at], TokenKind::Punct, false);
        }
        out.spaces(b, &mut at);
    }
    out.raw
}

/// Whether each byte is a word character (`[A-Za-z0-9_]`): one load per
/// byte instead of three range tests (#17).
pub(super) static WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        table[c] = b.is_ascii_alphanumeric() || b == b'_';
        c += 1;
    }
    table
};

/// How many of the eight ASCII bytes, from the first, are word
/// characters (`[A-Za-z0-9_]`), found for all eight at once without a
/// branch per byte. Each range test adds to every byte so that its high
/// bit says whether the byte is past a bound; ASCII bytes stay below
/// 0x80, so no sum carries into the next byte.
#[inline(always)]
fn word_run(chunk: [u8; 8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn each(b: u8) -> u64 {
        u64::from_ne_bytes([b; 8])
    }
    // High bit set in each byte of `x` from `lo` to `hi`.
    let within = |x: u64, lo: u8, hi: u8| (x + each(0x80 - lo)) & !(x + each(0x7F - hi)) & HIGH;
    let x = u64::from_le_bytes(chunk);
    // `| 0x20` folds capitals onto small letters and nothing else onto them.
    let word = within(x | each(0x20), b'a', b'z') | within(x, b'0', b'9') | within(x, b'_', b'_');
    ((!word & HIGH).trailing_zeros() / 8) as usize
}

/// The end of the word run of the ASCII bytes `b` whose first byte ends
/// before `end`. A letter run continues across `'`, `.` or `:` before
/// another letter (WB6–WB7), a digit run across `,`, `.`, `'` or `;`
/// before another digit (WB11–WB12).
#[inline(always)]
fn word_end(b: &[u8], mut end: usize) -> usize {
    while end < b.len() {
        // Eight bytes at a time: the end of a word was a mispredicted
        // branch per word, byte by byte (#17).
        if let Some(chunk) = b.get(end..end + 8) {
            let run = word_run(chunk.try_into().expect("eight bytes"));
            end += run;
            if run == 8 {
                continue;
            }
        } else if WORD_BYTE[usize::from(b[end])] {
            end += 1;
            continue;
        }
        let c = b[end];
        // Most words end at a space or a mark that never joins: one
        // test settles them (#17).
        if !matches!(c, b'\'' | b'.' | b':' | b',' | b';') {
            break;
        }
        let (prev, next) = (b[end - 1], b.get(end + 1).copied());
        let letters = prev.is_ascii_alphabetic()
            && matches!(c, b'\'' | b'.' | b':')
            && next.is_some_and(|n| n.is_ascii_alphabetic());
        let digits = prev.is_ascii_digit()
            && matches!(c, b',' | b'.' | b'\'' | b';')
            && next.is_some_and(|n| n.is_ascii_digit());
        if letters || digits {
            end += 2;
        } else {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::super::tokenize_pieces;
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    /// The UAX #29 segments of ASCII text as the ASCII path reads them:
    /// word runs by [`word_end`], runs of spaces, `\r\n`, any other byte
    /// alone.
    fn ascii_bounds(text: &str) -> Vec<(usize, &str)> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        let mut at = 0;
        while at < b.len() {
            let start = at;
            at += 1;
            if WORD_BYTE[usize::from(b[start])] {
                at = word_end(b, at);
            } else if b[start] == b' ' {
                while b.get(at) == Some(&b' ') {
                    at += 1;
                }
            } else if b[start] == b'\r' && b.get(at) == Some(&b'\n') {
                at += 1;
            }
            out.push((start, &text[start..at]));
        }
        out
    }

    /// Pseudo-random ASCII strings from `alphabet`, shorter than `max`.
    fn random_ascii(alphabet: &[u8], max: u64, n: usize, mut state: u64) -> Vec<String> {
        let mut next = move || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            state >> 33
        };
        (0..n)
            .map(|_| {
                let len = next() % max;
                (0..len)
                    .map(|_| alphabet[next() as usize % alphabet.len()] as char)
                    .collect()
            })
            .collect()
    }

    #[test]
    fn ascii_tokens_match_the_general_path() {
        let alphabet = b"aZs9_ .,;:'\"-()\t\r\n\x0b\x0c\x01!?";
        let mut texts = random_ascii(alphabet, 40, 3000, 4242);
        texts.push("Salem, Ore., and Mr. Smith's U.S. firm McDonald's. It rose.".into());
        for text in &texts {
            for from in [0, text.len().min(3)] {
                let fast = tokenize_ascii(text, from, Vec::new());
                let general = tokenize_pieces(
                    text,
                    from,
                    text[from..].split_word_bound_indices(),
                    Vec::new(),
                );
                assert_eq!(format!("{fast:?}"), format!("{general:?}"), "{text:?}");
            }
        }
    }

    #[test]
    fn word_runs_agree_with_the_byte_table() {
        for c in 0..0x80u8 {
            for at in 0..8 {
                let mut chunk = *b"aaaaaaaa";
                chunk[at] = c;
                let want = if WORD_BYTE[usize::from(c)] { 8 } else { at };
                assert_eq!(word_run(chunk), want, "{c:#x} at {at}");
            }
        }
    }

    #[test]
    fn ascii_bounds_match_unicode_segmentation() {
        let samples = [
            "Turkey's agency, U.S. officials: 2,021 people (1.5%) don't a.m. G7_x 3pm",
            "a:b 1;2 1'2 a'1 1.a ..  \t\r\n\n--x-- 'quoted' \"q\" ISIS-K 100,000.5",
            "e.g. i.e. a.b.c. 1,2,3 x__y _a_ a.1 1:2",
        ];
        for s in samples {
            let ours = ascii_bounds(s);
            let theirs: Vec<_> = s.split_word_bound_indices().collect();
            assert_eq!(ours, theirs, "{s}");
        }
        // And on pseudo-random ASCII.
        for s in random_ascii(b"aZ9_ .,;:'\"-()\t\r\n", 24, 2000, 12345) {
            let ours = ascii_bounds(&s);
            let theirs: Vec<_> = s.split_word_bound_indices().collect();
            assert_eq!(ours, theirs, "{s:?}");
        }
    }
}
