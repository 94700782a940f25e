//! The set of the words an article writes in lower case
//! ([`super::Doc::lower_words`]), and words of up to fifteen bytes packed
//! as one number, as the document keeps and probes them (#17).

use rustc_hash::FxHashSet as HashSet;

use super::refill;

/// A set of words. Nearly every word fits in fifteen bytes, and such a
/// word is held as one number (its bytes and its length): hashing and
/// comparing a number costs less than hashing and comparing a string,
/// and the set is filled with every lower-case word of every article
/// (#17). Longer words are held as they are.
///
/// The numbers are indexed by a table of our own, open addressing with
/// linear probing over `u32` slots, built once all the words are known:
/// a general hash set spent some sixty instructions an insertion, most
/// of the cost of setting up a document, and a table of the numbers
/// themselves is four times the memory to clear for each article.
pub(crate) struct WordSet<'a> {
    /// Packed words ([`pack`]), repeats included, in the order added.
    keys: Vec<u128>,
    /// For each slot, 0 when empty, else 1 + the place in `keys` of a
    /// word. A power of two long, at least twice the words, so that
    /// probes stay short.
    slots: Vec<u32>,
    long: HashSet<&'a str>,
}

/// Builds a [`WordSet`]: words are added, then indexed at once.
pub(crate) struct WordSetBuilder<'a> {
    keys: Vec<u128>,
    long: HashSet<&'a str>,
}

impl<'a> WordSetBuilder<'a> {
    /// A builder for about `n` words, that adds them to `keys`, emptied
    /// first.
    pub(super) fn with_capacity(mut keys: Vec<u128>, n: usize) -> Self {
        keys.clear();
        keys.reserve(n);
        WordSetBuilder {
            keys,
            long: HashSet::default(),
        }
    }

    #[cfg(test)]
    fn insert(&mut self, word: &'a str) {
        match pack(word) {
            Some(key) => self.keys.push(key),
            None => {
                self.long.insert(word);
            }
        }
    }

    /// Adds `word`, which starts at byte `start` of `text`: when sixteen
    /// bytes follow, it is packed from one load, without a copy.
    #[inline]
    pub(super) fn insert_in(&mut self, text: &[u8], start: usize, word: &'a str) {
        let key = match pack_at(text, start, word.len()) {
            Some(key) => key,
            None => match pack(word) {
                Some(key) => key,
                None => {
                    self.long.insert(word);
                    return;
                }
            },
        };
        self.keys.push(key);
    }

    /// The set of the words added, indexed in `slots` (emptied first).
    pub(super) fn build(self, slots: Vec<u32>) -> WordSet<'a> {
        let mut set = WordSet {
            slots: refill(slots, (2 * self.keys.len()).next_power_of_two().max(16), 0),
            keys: self.keys,
            long: self.long,
        };
        for k in 0..set.keys.len() {
            let key = set.keys[k];
            if let Err(slot) = set.find(key) {
                set.slots[slot] = k as u32 + 1;
            }
        }
        set
    }
}

impl WordSet<'_> {
    /// The set's vectors, for the next document's ([`Spare`]); the set
    /// is left empty.
    pub(super) fn take_vectors(&mut self) -> (Vec<u128>, Vec<u32>) {
        (
            std::mem::take(&mut self.keys),
            std::mem::take(&mut self.slots),
        )
    }

    /// The slot holding `key`, or the empty slot where it would go.
    #[inline]
    fn find(&self, key: u128) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        // A multiplicative hash of both halves (the second holds the
        // length).
        let (lo, hi) = (key as u64, (key >> 64) as u64);
        let h = (lo ^ hi.wrapping_mul(0xff51_afd7_ed55_8ccd)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let mut slot = (h >> 32) as usize & mask;
        loop {
            match self.slots[slot] {
                0 => return Err(slot),
                k if self.keys[k as usize - 1] == key => return Ok(slot),
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    /// True when the set holds the word packed as `key` ([`pack`]).
    #[inline]
    pub(super) fn contains_packed(&self, key: u128) -> bool {
        self.find(key).is_ok()
    }

    /// True when the set holds `word`.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        match pack(word) {
            Some(key) => self.find(key).is_ok(),
            None => self.long.contains(word),
        }
    }
}

/// A word of at most fifteen bytes as one number: its bytes, then its
/// length in the last byte, so two words share a number only when they
/// are the same word.
#[inline]
fn pack(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.len() > 15 {
        return None;
    }
    let mut key = [0u8; 16];
    key[..bytes.len()].copy_from_slice(bytes);
    key[15] = bytes.len() as u8;
    Some(u128::from_le_bytes(key))
}

/// The word of `len` bytes at byte `start` of `text` packed as [`pack`]
/// packs it, from one load: `None` when it is longer than fifteen bytes
/// or fewer than sixteen bytes follow its start.
#[inline]
pub(super) fn pack_at(text: &[u8], start: usize, len: usize) -> Option<u128> {
    let bytes = text.get(start..start + 16).filter(|_| len <= 15)?;
    let bytes = u128::from_le_bytes(bytes.try_into().expect("16 bytes"));
    // The word's bytes, then zeros, then the length.
    Some(bytes & LOW_BYTES[len] | (len as u128) << 120)
}

/// For each length up to fifteen, the mask that keeps that many low
/// bytes: one load, where a shift of a 128-bit number by a variable
/// count took a dozen instructions, for every word in lower case (#17).
static LOW_BYTES: [u128; 16] = {
    let mut masks = [0; 16];
    let mut len = 0;
    while len < 16 {
        masks[len] = (1u128 << (8 * len)) - 1;
        len += 1;
    }
    masks
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_set_holds_its_words_and_no_others() {
        let words = [
            "a",
            "ab",
            "ab\0",
            "fifteen-letters",
            "sixteen-letters!",
            "a much longer word than that",
            "état",
        ];
        let mut set = WordSetBuilder::with_capacity(Vec::new(), 4);
        for w in &words[..3] {
            set.insert(w);
        }
        set.insert(words[4]);
        set.insert(words[6]);
        let set = set.build(Vec::new());
        for (i, w) in words.iter().enumerate() {
            assert_eq!(set.contains(w), [0, 1, 2, 4, 6].contains(&i), "{w}");
        }
        assert!(!set.contains("") && !set.contains("b") && !set.contains("ETAT"));
        // Packed in place from the text, as the document does.
        let text = "ab fifteen-letters sixteen-letters! x";
        let mut set = WordSetBuilder::with_capacity(Vec::new(), 8);
        for (start, word) in text.split(' ').scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        }) {
            set.insert_in(text.as_bytes(), start, word);
        }
        let set = set.build(Vec::new());
        for w in text.split(' ') {
            assert!(set.contains(w), "{w}");
        }
        assert!(!set.contains("a") && !set.contains("ab ") && !set.contains("fifteen-letter"));
    }
}
