//! Questions about every byte of a short text, answered eight or four
//! bytes at a time (#17).
//!
//! A loop over a word's bytes that stops at the first match, or at the
//! end, ends at a place that changes from word to word, and no branch
//! predictor follows it: a camel-case test and a digit test of every span
//! mispredicted about twice each. Here a few overlapping loads cover the
//! text, with one branch on its length that almost always goes one way.

/// The high bit of each byte of a word.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// One in each byte of a word.
const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte of `x` in `lo..=hi` (ASCII bounds), without
/// a carry from one byte into the next: the bytes are cut to seven bits
/// first, and bytes from 0x80 are never in the range.
#[inline]
fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let low = x & !HIGH;
    let at_least_lo = low + ONES * u64::from(0x80 - lo);
    let past_hi = low + ONES * u64::from(0x80 - hi - 1);
    at_least_lo & !past_hi & !x & HIGH
}

/// The high bit of each byte of `x` that is an ASCII capital or part of
/// a wider character.
#[inline]
fn capital_or_wide(x: u64) -> u64 {
    (x & HIGH) | in_range(x, b'A', b'Z')
}

/// The high bit of each byte of `x` that is an ASCII digit.
#[inline]
fn digit(x: u64) -> u64 {
    in_range(x, b'0', b'9')
}

/// The flags `f` gives for the bytes of `s`, or-ed together, with
/// `skip` (at most 7) leading bytes left out; `f` must flag no zero
/// byte. `LOADS` (2 or 4) loads of eight bytes, or of four for a text
/// shorter than eight, are made: at the start and the end, and with four
/// a third of the way from each. They cover up to `LOADS` times their
/// width, as no step is wider than a load; a longer text is read byte
/// by byte.
#[inline]
fn flagged<const LOADS: usize>(s: &[u8], skip: usize, f: impl Fn(u64) -> u64) -> u64 {
    let n = s.len();
    // The flags of the load at `at`, those of the skipped bytes cleared
    // (little-endian: the first bytes are the lowest).
    let at =
        |word: u64, at: usize| f(word) & !(HIGH & ((1u64 << (8 * skip.saturating_sub(at))) - 1));
    let spread = |width: usize, load: &dyn Fn(usize) -> u64| {
        let last = n - width;
        let mut flags = at(load(0), 0) | at(load(last), last);
        if LOADS == 4 {
            let step = last.div_ceil(3);
            flags |= at(load(step), step) | at(load(last - step), last - step);
        }
        flags
    };
    if (8..=8 * LOADS).contains(&n) {
        spread(8, &|at| {
            u64::from_le_bytes(s[at..at + 8].try_into().expect("8 bytes"))
        })
    } else if (4..8).contains(&n) {
        spread(4, &|at| {
            u64::from(u32::from_le_bytes(
                s[at..at + 4].try_into().expect("4 bytes"),
            ))
        })
    } else {
        s.iter().skip(skip).fold(0, |acc, &b| acc | f(u64::from(b)))
    }
}

/// True when a byte of `word` after its first is an ASCII capital or
/// part of a wider character, as in every camel-cased word ("OpenAI",
/// "YouTube") and in few others.
#[inline]
pub(in crate::extract::evidence) fn capital_or_wide_after_first(word: &str) -> bool {
    flagged::<2>(word.as_bytes(), 1, capital_or_wide) != 0
}

/// True when `text` holds an ASCII digit.
#[inline]
pub(in crate::extract::evidence) fn has_digit(text: &str) -> bool {
    flagged::<4>(text.as_bytes(), 0, digit) != 0
}

/// True when `text` is ASCII: [`str::is_ascii`] without its branches,
/// for the short texts of names.
#[inline]
pub(in crate::extract::evidence) fn is_ascii(text: &str) -> bool {
    flagged::<4>(text.as_bytes(), 0, |x| x & HIGH) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_as_a_scan_of_every_byte_does() {
        let words = [
            "",
            "A",
            "Ab",
            "AbC",
            "Abcd",
            "AbcD",
            "OpenAI",
            "Reuters",
            "YouTube",
            "McDonald",
            "Zürich",
            "São Paulo",
            "Galaxy S26",
            "Boeing 737 Max",
            "Air Force One",
            "9",
            "abcdefghijklmnopqrstuvwxyzABCDEF",
            "abcdefghijklmnopqrstuvwxyzabcdefG",
            "abcdefghijklmnopqrstuvwxyzabcde1",
            "@[`{/:",
            "Under-21",
            "a\u{7f}b",
            "ÄBC",
        ];
        for w in words {
            let b = w.as_bytes();
            let capital = b
                .iter()
                .skip(1)
                .any(|&c| c.is_ascii_uppercase() || c >= 0x80);
            assert_eq!(capital_or_wide_after_first(w), capital, "{w:?}");
            let digits = b.iter().any(u8::is_ascii_digit);
            assert_eq!(has_digit(w), digits, "{w:?}");
            assert_eq!(is_ascii(w), w.is_ascii(), "{w:?}");
        }
        // Every length, a capital or a digit at every place.
        for n in 1..40 {
            for at in 0..n {
                let mut s = vec![b'x'; n];
                s[at] = b'Q';
                let w = std::str::from_utf8(&s).unwrap();
                assert_eq!(capital_or_wide_after_first(w), at > 0, "{w}");
                s[at] = b'7';
                let w = std::str::from_utf8(&s).unwrap();
                assert!(has_digit(w) && !capital_or_wide_after_first(w), "{w}");
            }
        }
    }
}
