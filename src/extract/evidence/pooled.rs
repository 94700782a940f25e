//! The pooled evidence of the names of one article, for
//! [`super::decide`] (#17).

use super::Ev;

/// The pooled evidence of each name in an article, as [`super::pool`] gives
/// it, in a table of our own for [`super::decide`]: open addressing over `u32`
/// slots that index the names, sized once for every candidate. A general
/// hash map cost about a hundred instructions a candidate to fill and
/// read (#17). (Its methods are `#[inline]`: `decide`, their one caller,
/// lies in another module, which a build in several codegen units may
/// place apart.)
pub(super) struct Pooled {
    /// Each name's key and pooled evidence.
    names: Vec<(u64, Ev)>,
    /// 0 for an empty slot, else 1 + the name's place in `names`. A power
    /// of two long, at least twice the candidates.
    slots: Vec<u32>,
}

impl Pooled {
    /// A table for at most `n` names.
    pub(super) fn with_capacity(n: usize) -> Pooled {
        let mut pooled = Pooled {
            names: Vec::new(),
            slots: Vec::new(),
        };
        pooled.reset(n);
        pooled
    }

    /// Empties the table and sizes it for at most `n` names, keeping its
    /// memory: each article is decided two or three times, and a table
    /// a time cost two allocations and their release (#17).
    pub(super) fn reset(&mut self, n: usize) {
        self.names.clear();
        self.names.reserve(n);
        self.slots.clear();
        self.slots.resize((2 * n).next_power_of_two().max(8), 0);
    }

    /// The place in `names` of `key`, or the empty slot where it goes.
    #[inline]
    fn find(&self, key: u64) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        // The key is a hash already; the multiplication brings its high
        // bits down.
        let mut slot = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & mask;
        loop {
            match self.slots[slot] {
                0 => return Err(slot),
                k if self.names[k as usize - 1].0 == key => return Ok(k as usize - 1),
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    /// Adds `ev` to the evidence of the name of `key`.
    #[inline]
    pub(super) fn add(&mut self, key: u64, ev: Ev) {
        match self.find(key) {
            Ok(k) => self.names[k].1.add_all(ev),
            Err(slot) => {
                self.names.push((key, ev));
                self.slots[slot] = self.names.len() as u32;
            }
        }
    }

    /// The evidence of the name of `key` (none when not added).
    #[inline]
    pub(super) fn get(&self, key: u64) -> Ev {
        self.find(key).map_or(Ev::default(), |k| self.names[k].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::evidence::TABLE;
    use rustc_hash::FxHashMap as HashMap;

    #[test]
    fn pooled_evidence_is_a_map_from_keys() {
        let mut pooled = Pooled::with_capacity(40);
        let mut want: HashMap<u64, Ev> = HashMap::default();
        for k in 0..40u64 {
            // Repeated keys, 0 among them, and keys that share high bits.
            let key = (k % 13) << 40 | (k % 3);
            let mut ev = Ev::default();
            ev.add(TABLE[(k as usize * 7) % TABLE.len()].rule);
            pooled.add(key, ev);
            want.entry(key).or_default().add_all(ev);
        }
        for k in 0..50u64 {
            let key = (k % 13) << 40 | (k % 3);
            assert_eq!(pooled.get(key), want.get(&key).copied().unwrap_or_default());
        }
        assert_eq!(pooled.get(99), Ev::default());
        // Reset, it holds nothing, and takes names anew.
        pooled.reset(3);
        assert_eq!(pooled.get(0), Ev::default());
        let mut ev = Ev::default();
        ev.add(TABLE[0].rule);
        pooled.add(5, ev);
        assert_eq!(pooled.get(5), ev);
        assert_eq!(pooled.get((1 << 40) | 1), Ev::default());
    }
}
