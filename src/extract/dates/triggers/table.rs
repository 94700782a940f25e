//! The table of trigger words that the scan looks its words up in.

use super::Entry;

/// The trigger words, each packed into an integer (see [`super::pack`]), in a
/// table probed linearly from a slot that one multiplication picks. Most
/// words that pass the scan's first test are triggers ("the", "of",
/// "in"), so the lookup is worth making cheap: a general hash map's took
/// some sixty instructions, this one about fifteen (callgrind, #17).
#[derive(Default)]
pub(super) struct WordTable {
    /// The packed words, 0 where a slot is empty (no word packs to 0);
    /// a power of two long, at most a quarter full, so that a probe
    /// rarely goes past its first slot.
    keys: Vec<u128>,
    /// Each word's entry, in the slot of its key.
    entries: Vec<Entry>,
    /// The words held.
    len: usize,
}

impl WordTable {
    /// The slot where the probe for `key` ends: the key's own, or the
    /// empty one where it would go.
    fn slot(&self, key: u128) -> usize {
        const MIX: u64 = 0x9E37_79B9_7F4A_7C15;
        let mask = self.keys.len() - 1;
        let folded = (key as u64) ^ ((key >> 64) as u64).wrapping_mul(MIX);
        let mut i = (folded.wrapping_mul(MIX) >> 32) as usize & mask;
        while self.keys[i] != key && self.keys[i] != 0 {
            i = (i + 1) & mask;
        }
        i
    }

    /// The entry of `key`, if it is a trigger word.
    pub(super) fn get(&self, key: u128) -> Option<&Entry> {
        if self.keys.is_empty() {
            return None;
        }
        let i = self.slot(key);
        (self.keys[i] == key).then(|| &self.entries[i])
    }

    /// The entry of `key`, added empty if new.
    pub(super) fn entry(&mut self, key: u128) -> &mut Entry {
        assert!(key != 0, "an empty word");
        if (self.len + 1) * 4 > self.keys.len() {
            let old = std::mem::take(self);
            let size = (old.keys.len() * 2).max(64);
            *self = WordTable {
                keys: vec![0; size],
                entries: vec![Entry::default(); size],
                len: old.len,
            };
            for (k, e) in old.keys.into_iter().zip(old.entries) {
                if k != 0 {
                    let i = self.slot(k);
                    (self.keys[i], self.entries[i]) = (k, e);
                }
            }
        }
        let i = self.slot(key);
        if self.keys[i] == 0 {
            self.keys[i] = key;
            self.len += 1;
        }
        &mut self.entries[i]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keys added survive the table's growth; others are not found.
    #[test]
    fn entries_survive_growth() {
        let mut table = WordTable::default();
        assert!(table.get(1).is_none());
        for key in 1..=200u128 {
            table.entry(key << 70 | key).any.opens = key as u64;
        }
        assert_eq!(table.len, 200);
        assert!(table.keys.len() >= 800, "at most a quarter full");
        for key in 1..=200u128 {
            let e = table.get(key << 70 | key).expect("added");
            assert_eq!(e.any.opens, key as u64);
        }
        assert!(table.get(201 << 70 | 201).is_none());
        table.entry(5 << 70 | 5).any.closes = 1;
        assert_eq!(table.len, 200, "an entry found again is not added");
    }
}
