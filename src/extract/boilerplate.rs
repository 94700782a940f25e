//! Lines that web pages mix into article text ("Read more", cookie,
//! privacy and copyright notices): a document marks their tokens
//! (`Doc::boilerplate`), and no name is read from them. Lines of at most
//! sixteen words are checked against a list of whole lines and a few
//! trigger words, read by bytes in ASCII.

/// Lines that web pages mix into article text. `ascii` says the caller
/// knows the line is ASCII (a line of an ASCII body), which spares a scan
/// of each line (#17); false has the line checked.
pub(super) fn is_boilerplate(line: &str, ascii: bool) -> bool {
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
    // Footers and cookie banners: short lines that hold one of these are
    // links or notices, not prose ("© 2025 Acme Media. All Rights
    // Reserved.", "Privacy Policy | Cookie Policy").
    const LEGAL: &[&str] = &[
        "all rights reserved",
        "privacy policy",
        "cookie policy",
        "cookie settings",
        "cookie preferences",
        "terms of service",
        "terms of use",
        "terms and conditions",
        "accept all cookies",
        "manage cookies",
        "we use cookies",
        "do not sell my",
    ];
    // Every legal phrase holds one of these words: looking for them first
    // spares prose lines a lower-cased copy.
    const TRIGGERS: &[&str] = &["reserved", "policy", "cookie", "cookies", "terms", "sell"];
    let copyright = {
        // (A line that opens with an ASCII byte other than white space,
        // nearly every line, needs no trimming, #17.)
        let t = match line.as_bytes().first() {
            Some(&b) if b.is_ascii() && !is_space(b) => line,
            _ => line.trim_start(),
        };
        // Told by the first byte for most lines ('©' opens with 0xC2),
        // without three comparisons (#17).
        match t.as_bytes().first() {
            Some(0xC2) => t.starts_with('©'),
            Some(b'C') => t.starts_with("Copyright ©") || t.starts_with("COPYRIGHT ©"),
            _ => false,
        }
    };
    // The longest of `LINES`: a longer line is none of them.
    const LONGEST: usize = {
        let (mut longest, mut i) = (0, 0);
        while i < LINES.len() {
            if LINES[i].len() > longest {
                longest = LINES[i].len();
            }
            i += 1;
        }
        longest
    };
    let trigger = |w: &[u8]| {
        // Every trigger opens with one of these letters: most words are
        // ruled out by their first byte, before six comparisons (#17).
        (4..=8).contains(&w.len())
            && matches!(w[0] | 0x20, b'c' | b'p' | b'r' | b's' | b't')
            && TRIGGERS
                .iter()
                .any(|t| w.eq_ignore_ascii_case(t.as_bytes()))
    };
    // Most lines are ASCII, where a letter or digit is one byte: split as
    // bytes, without decoding characters (#17).
    let ascii = ascii || line.is_ascii();
    let legal = copyright
        || if ascii {
            ascii_words_any(line.as_bytes(), trigger)
        } else {
            line.split(|c: char| !c.is_alphanumeric())
                .any(|w| trigger(w.as_bytes()))
        };
    if line.len() > 60 && !legal {
        return false;
    }
    if copyright {
        return true;
    }
    // (Trimmed as bytes in ASCII, where `str::trim` decodes characters
    // at both ends, #17.)
    let line = if ascii {
        trim_ascii(line)
    } else {
        line.trim().trim_end_matches([':', '.', '…'])
    };
    // The lists are ASCII in lower case: an ASCII line matches one when
    // it does in any case, with no lower-cased copy (#17). (Trimmed, it
    // is still ASCII.)
    if !legal && ascii {
        return line.len() <= LONGEST && LINES.iter().any(|l| line.eq_ignore_ascii_case(l));
    }
    let norm = line.to_lowercase();
    LINES.contains(&norm.as_str()) || (legal && LEGAL.iter().any(|l| norm.contains(l)))
}

/// True for the ASCII bytes that `str::trim` strips: tab, line feed,
/// vertical tab, form feed, carriage return and space.
#[inline]
fn is_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// `line.trim().trim_end_matches([':', '.', '…'])` for an ASCII line.
fn trim_ascii(line: &str) -> &str {
    debug_assert!(line.is_ascii());
    let b = line.as_bytes();
    let start = b.iter().position(|&c| !is_space(c)).unwrap_or(b.len());
    let mut end = b.len();
    while end > start && is_space(b[end - 1]) {
        end -= 1;
    }
    while end > start && matches!(b[end - 1], b':' | b'.') {
        end -= 1;
    }
    &line[start..end]
}

/// True when `f` holds for a run of four or more ASCII letters and
/// digits in the ASCII `line` (every trigger word is that long). The
/// bytes are classed eight at a time and `f` is called only on such
/// runs: a split into words, one call a word, cost some nine
/// instructions a byte, and a third of the text is in the short lines
/// that pass here (#17).
fn ascii_words_any(line: &[u8], f: impl Fn(&[u8]) -> bool) -> bool {
    debug_assert!(line.is_ascii());
    // The start of the current run, and what ends a run at `end`.
    let mut run = 0;
    let mut ends_run = |end: usize| {
        let long = end - run >= 4 && f(&line[run..end]);
        run = end + 1;
        long
    };
    let mut chunks = line.chunks_exact(8);
    for (k, chunk) in chunks.by_ref().enumerate() {
        let mut gaps = not_alphanumeric(chunk.try_into().expect("eight bytes"));
        while gaps != 0 {
            if ends_run(8 * k + gaps.trailing_zeros() as usize / 8) {
                return true;
            }
            gaps &= gaps - 1;
        }
    }
    let tail = line.len() - chunks.remainder().len();
    for (i, b) in chunks.remainder().iter().enumerate() {
        if !b.is_ascii_alphanumeric() && ends_run(tail + i) {
            return true;
        }
    }
    ends_run(line.len())
}

/// The high bit of each of the eight ASCII bytes that is no letter or
/// digit, found for all eight at once. Each range test adds to every
/// byte so that its high bit says whether the byte is past a bound;
/// ASCII bytes stay below 0x80, so no sum carries into the next byte.
#[inline(always)]
fn not_alphanumeric(chunk: [u8; 8]) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn each(b: u8) -> u64 {
        u64::from_ne_bytes([b; 8])
    }
    // High bit set in each byte of `x` from `lo` to `hi`.
    let within = |x: u64, lo: u8, hi: u8| (x + each(0x80 - lo)) & !(x + each(0x7F - hi)) & HIGH;
    let x = u64::from_le_bytes(chunk);
    // `| 0x20` folds capitals onto small letters and nothing else onto them.
    !(within(x | each(0x20), b'a', b'z') | within(x, b'0', b'9')) & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_lines_in_any_case() {
        for line in [
            "Recommended For You",
            "  READ MORE:",
            "Share…",
            "© 2025 Acme Media. All Rights Reserved.",
            "Privacy Policy | Cookie Policy",
            "Ünal Öztürk terms of use",
        ] {
            assert!(is_boilerplate(line, false), "{line}");
            // Told it is ASCII, an ASCII line is read the same.
            assert!(!line.is_ascii() || is_boilerplate(line, true), "{line}");
        }
        for line in ["Read more of it", "Sharer", "Ünal Öztürk said", "Terms"] {
            assert!(!is_boilerplate(line, false), "{line}");
            assert!(!line.is_ascii() || !is_boilerplate(line, true), "{line}");
        }
    }

    #[test]
    fn ascii_lines_trim_as_strings_do() {
        for line in [
            "",
            " ",
            "\t\x0b\x0c\r\n",
            "  READ MORE:",
            "Share.. ",
            "a . :",
            "\x1f x \x1f",
            ":.:",
        ] {
            let want = line.trim().trim_end_matches([':', '.', '…']);
            assert_eq!(trim_ascii(line), want, "{line:?}");
        }
    }

    #[test]
    fn ascii_runs_are_the_words_of_a_split() {
        let mut lines: Vec<String> = [
            "",
            "abcd",
            "ab,cdef-gh ijkl",
            "x_terms_y 12345;",
            "Policy.",
            "a b c",
        ]
        .map(String::from)
        .to_vec();
        // And pseudo-random ASCII, across the eight-byte steps.
        let alphabet = b"aZ9_ .,@[`{/:-";
        let mut state = 7u64;
        for len in 0..40 {
            for _ in 0..20 {
                lines.push(
                    (0..len)
                        .map(|_| {
                            state = state
                                .wrapping_mul(6364136223846793005)
                                .wrapping_add(1442695040888963407);
                            alphabet[(state >> 33) as usize % alphabet.len()] as char
                        })
                        .collect(),
                );
            }
        }
        for line in &lines {
            let bytes = line.as_bytes();
            let want: Vec<Vec<u8>> = bytes
                .split(|b| !b.is_ascii_alphanumeric())
                .filter(|w| w.len() >= 4)
                .map(<[u8]>::to_vec)
                .collect();
            let seen = std::cell::RefCell::new(Vec::new());
            assert!(!ascii_words_any(bytes, |w| {
                seen.borrow_mut().push(w.to_vec());
                false
            }));
            assert_eq!(seen.into_inner(), want, "{line}");
        }
    }
}
