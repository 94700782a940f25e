//! The bytes of a text as the trigger scan reads them: each byte's
//! class, and the end of a run of letters found eight bytes at a time.

/// The end of the run of ASCII letters in `b` from `i`. The scan spends
/// most of its time in words, so it reads them eight bytes at a time.
pub(super) fn letters_end(b: &[u8], mut i: usize) -> usize {
    while let Some(eight) = b.get(i..i + 8) {
        let others = not_letters(u64::from_le_bytes(eight.try_into().expect("eight bytes")));
        if others != 0 {
            return i + others.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// The top bit of each byte of `v` that is not an ASCII letter. Each byte
/// is lower-cased (letters become 0x61 to 0x7A, nothing else moves into
/// that range) and its seven low bits compared with both ends by one
/// addition and one subtraction that cannot carry into the next byte.
fn not_letters(v: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let low = (v | (ONES * 0x20)) & !HIGH;
    let from_a = (low + ONES * (0x80 - 0x61)) & HIGH;
    let to_z = (ONES * (0x80 + 0x7A) - low) & HIGH;
    let ascii = !v & HIGH;
    !(from_a & to_z & ascii) & HIGH
}

/// The classes of bytes the scan tells apart.
pub(super) const OTHER: u8 = 0;
pub(super) const LETTER: u8 = 1;
pub(super) const DIGIT: u8 = 2;
/// ASCII spacing, as [`crate::pattern::is_spacing`] has it: whitespace or a hyphen-minus.
pub(super) const SPACING: u8 = 3;
/// The first byte of a character outside ASCII (or a byte inside one,
/// which the scan steps over with its character).
pub(super) const WIDE: u8 = 4;

/// Whether a byte of `class` stands between words: spacing or other.
pub(super) fn is_gap(class: u8) -> bool {
    class == SPACING || class == OTHER
}

/// Each byte's class.
pub(super) const CLASS: [u8; 256] = {
    let mut class = [OTHER; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        class[c] = if b.is_ascii_alphabetic() {
            LETTER
        } else if b.is_ascii_digit() {
            DIGIT
        } else if b.is_ascii_whitespace() || b == b'-' || b == 0x0B {
            SPACING
        } else if b >= 0x80 {
            WIDE
        } else {
            OTHER
        };
        c += 1;
    }
    class
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pattern::is_spacing;

    #[test]
    fn eight_bytes_at_a_time_find_the_end_of_the_letters() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = *b"abcdefgh";
                bytes[at] = b;
                let want = if b.is_ascii_alphabetic() {
                    0
                } else {
                    0x80 << (8 * at)
                };
                assert_eq!(
                    not_letters(u64::from_le_bytes(bytes)),
                    want,
                    "{b:#x} at {at}"
                );
            }
        }
        let text = b"Wednesday, extraordinarily-long words; x";
        for i in 0..text.len() {
            let plain = (i..text.len())
                .find(|&j| !text[j].is_ascii_alphabetic())
                .unwrap_or(text.len());
            assert_eq!(letters_end(text, i), plain, "{i}");
        }
    }

    /// The byte classes agree with the character tests they stand for.
    #[test]
    fn byte_classes_agree_with_the_character_tests() {
        for b in 0..=255u8 {
            let c = char::from(b);
            let want = match b {
                _ if b >= 0x80 => WIDE,
                _ if c.is_ascii_alphabetic() => LETTER,
                _ if c.is_ascii_digit() => DIGIT,
                _ if is_spacing(c) => SPACING,
                _ => OTHER,
            };
            assert_eq!(CLASS[usize::from(b)], want, "byte {b:#x}");
        }
    }
}
