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
    // The same hash, byte by byte, in one pass that also tells whether
    // the name is ASCII (#17): one table read says whether the byte
    // counts and gives it in lower case, and the hash takes it or not
    // by a conditional move, not a branch on the byte (the spaces and
    // dots of names fall where no predictor can follow).
    let mut high = 0;
    for &b in s.as_bytes() {
        high |= b;
        let key = KEY_BYTE[usize::from(b)];
        let mut next = h.clone();
        next.write_u8(key);
        h = if key != 0 { next } else { h };
    }
    if high < 0x80 {
        return h.finish();
    }
    let mut h = rustc_hash::FxHasher::default();
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
        assert_eq!(name_key("São Paulo"), name_key("SÃO PAULO"));
        assert_ne!(name_key("São Paulo"), name_key("Sao Paulo"));
        // The hash of the letters and digits, as a hasher writes them.
        use std::hash::Hasher;
        let mut h = rustc_hash::FxHasher::default();
        b"us3m".iter().for_each(|&b| h.write_u8(b));
        assert_eq!(name_key("U.S. 3M"), h.finish());
    }
}
