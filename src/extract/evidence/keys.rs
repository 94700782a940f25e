//! The pooling key of a name ([`name_key`]): the evidence of every
//! mention of a name is pooled under it, and grouping compares names by
//! it.

/// Each ASCII letter or digit in lower case, 0 for any other byte (and
/// for every byte outside ASCII): the fold of pooling keys, and of
/// grouping's spelling skeletons.
pub(crate) static KEY_BYTE: [u8; 256] = {
    let mut table = [0; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        if b.is_ascii_alphanumeric() {
            table[c] = b.to_ascii_lowercase();
        }
        c += 1;
    }
    table
};

/// The pooling key of a name: its letters and digits, lower-cased, so that
/// "U.S." meets "US" and a headline's "BARCELONA" meets "Barcelona".
pub(crate) fn name_key(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    if s.is_ascii() {
        // The same hash, byte by byte: one table read says whether the
        // byte counts and gives it in lower case (#17).
        for b in s.bytes() {
            let key = KEY_BYTE[usize::from(b)];
            if key != 0 {
                h.write_u8(key);
            }
        }
        return h.finish();
    }
    for c in s.chars().filter(|c| c.is_alphanumeric()) {
        if c.is_ascii() {
            h.write_u8(c.to_ascii_lowercase() as u8);
        } else {
            for l in c.to_lowercase() {
                h.write_u32(l as u32);
            }
        }
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_and_punctuation() {
        assert_eq!(name_key("BARCELONA"), name_key("Barcelona"));
        assert_eq!(name_key("U.S."), name_key("US"));
        assert_ne!(name_key("Paris"), name_key("Parma"));
    }
}
