//! A read-only hash table laid out in bytes: written by `build.rs` from the
//! list files, compiled into the binary with `include_bytes!`, and probed
//! in place (#17).
//!
//! Parsing and hashing the ~300,000 entries of the lists at start-up cost
//! about 150 million instructions (tens of milliseconds) per process,
//! more than extracting a small article; read in place, the table costs
//! nothing until a lookup touches it, and the operating system pages in
//! only what lookups touch.
//!
//! This file is shared: `build.rs` includes it (`#[path]`) for the hash
//! and the layout, so the writer and the reader cannot disagree.
//!
//! # Layout
//!
//! Little-endian `u32` words throughout, read with `from_le_bytes` (the
//! bytes need no alignment):
//!
//! - a header of [`HEADER`] words: the slot count (a power of two), the
//!   number of values per entry, the entry count, and one free word the
//!   writer may fill ([`Table::extra`]);
//! - the slots: 0 for an empty slot, else `(entry + 1) << 8 | tag`, where
//!   the tag is 8 bits of the key's hash that reject most other keys
//!   without reading them; collisions probe the next slot (linear);
//! - the entries: the key's offset and length in the string pool, then
//!   the values;
//! - the string pool: the keys and any strings the values point to, as
//!   UTF-8.

/// Words in the header.
pub const HEADER: usize = 4;

/// The hash of a key: 64 bits, the same on every platform. Eight bytes
/// at a time; the last (up to) eight bytes are read as overlapping words
/// rather than byte by byte, since most keys are short words. Ends with a
/// multiply and shift that mix every input bit into both the slot (high
/// bits) and the tag (low bits).
pub fn hash(key: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let n = key.len();
    let word = |at: usize| u64::from_le_bytes(key[at..at + 8].try_into().expect("8 bytes"));
    let half = |at: usize| u64::from(u32::from_le_bytes(key[at..at + 4].try_into().expect("4")));
    let mix = |h: u64, w: u64| (h ^ w).wrapping_mul(K).rotate_left(31);
    let mut h = (n as u64).wrapping_mul(K);
    let mut at = 0;
    while at + 8 < n {
        h = mix(h, word(at));
        at += 8;
    }
    let last = match n {
        8.. => word(n - 8),
        4..=7 => half(0) | half(n - 4) << 32,
        1..=3 => u64::from(key[0]) | u64::from(key[n / 2]) << 8 | u64::from(key[n - 1]) << 16,
        0 => 0,
    };
    h = mix(h, last);
    h ^= h >> 32;
    h = h.wrapping_mul(K);
    h ^ (h >> 29)
}

/// The slot a hash starts probing at, for a table of `mask + 1` slots.
pub fn home(h: u64, mask: usize) -> usize {
    (h >> 32) as usize & mask
}

/// The 8-bit tag a slot keeps of a hash.
pub fn tag(h: u64) -> u32 {
    (h & 0xff) as u32
}

/// A table read in place from its bytes.
#[derive(Clone, Copy, Debug)]
pub struct Table {
    bytes: &'static [u8],
    mask: usize,
    /// Words per entry: the key's offset and length, then the values.
    stride: usize,
    len: usize,
    entries: usize,
    pool: usize,
    extra: u32,
}

impl Table {
    /// Reads the header of a table written by `build.rs`.
    pub const fn new(bytes: &'static [u8]) -> Table {
        let slots = word(bytes, 0) as usize;
        let stride = 2 + word(bytes, 1) as usize;
        let len = word(bytes, 2) as usize;
        let entries = HEADER + slots;
        Table {
            bytes,
            mask: slots - 1,
            stride,
            len,
            entries,
            pool: 4 * (entries + len * stride),
            extra: word(bytes, 3),
        }
    }

    /// The index of `key`'s entry.
    pub fn find(&self, key: &str) -> Option<usize> {
        let h = hash(key.as_bytes());
        let tag = tag(h);
        let mut slot = home(h, self.mask);
        loop {
            let s = read(self.bytes, HEADER + slot);
            if s == 0 {
                return None;
            }
            if s & 0xff == tag {
                let entry = (s >> 8) as usize - 1;
                if self.key_bytes(entry) == key.as_bytes() {
                    return Some(entry);
                }
            }
            slot = (slot + 1) & self.mask;
        }
    }

    /// Value `k` of entry `entry`.
    pub fn value(&self, entry: usize, k: usize) -> u32 {
        read(self.bytes, self.entries + entry * self.stride + 2 + k)
    }

    /// The string of the pool at `offset`, `len` bytes long.
    pub fn string(&self, offset: u32, len: u32) -> &'static str {
        let start = self.pool + offset as usize;
        let bytes: &'static [u8] = self.bytes;
        std::str::from_utf8(&bytes[start..start + len as usize]).expect("the pool is UTF-8")
    }

    /// The key of entry `entry`.
    #[cfg(test)]
    pub fn key(&self, entry: usize) -> &'static str {
        std::str::from_utf8(self.key_bytes(entry)).expect("the pool is UTF-8")
    }

    /// The bytes of entry `entry`'s key.
    fn key_bytes(&self, entry: usize) -> &'static [u8] {
        let at = self.entries + entry * self.stride;
        let start = self.pool + read(self.bytes, at) as usize;
        let bytes: &'static [u8] = self.bytes;
        &bytes[start..start + read(self.bytes, at + 1) as usize]
    }

    /// How many entries the table holds.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the table holds no entry.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The header's free word, as the writer set it.
    pub fn extra(&self) -> u32 {
        self.extra
    }
}

/// The `k`-th little-endian word of `bytes`, in one load (lookups).
#[inline]
fn read(bytes: &[u8], k: usize) -> u32 {
    u32::from_le_bytes(bytes[4 * k..4 * k + 4].try_into().expect("four bytes"))
}

/// The `k`-th little-endian word of `bytes`, byte by byte, as a `const fn`
/// must (the header).
const fn word(bytes: &[u8], k: usize) -> u32 {
    let i = 4 * k;
    u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]])
}

/// Writes a table: keys and their values, in insertion order. Used by
/// `build.rs`; in the library, by tests only.
#[allow(dead_code)]
pub struct Writer {
    width: usize,
    keys: Vec<(u32, u32)>,
    values: Vec<u32>,
    pool: Vec<u8>,
    extra: u32,
}

#[allow(dead_code)]
impl Writer {
    /// A table whose entries carry `width` values each.
    pub fn new(width: usize) -> Writer {
        Writer {
            width,
            keys: Vec::new(),
            values: Vec::new(),
            pool: Vec::new(),
            extra: 0,
        }
    }

    /// Adds `s` to the string pool: its (offset, length).
    pub fn string(&mut self, s: &str) -> (u32, u32) {
        let offset = self.pool.len() as u32;
        self.pool.extend_from_slice(s.as_bytes());
        (offset, s.len() as u32)
    }

    /// Adds an entry; keys must be distinct.
    pub fn push(&mut self, key: &str, values: &[u32]) {
        assert_eq!(values.len(), self.width, "one value per column");
        let key = self.string(key);
        self.keys.push(key);
        self.values.extend_from_slice(values);
    }

    /// Sets the header's free word.
    pub fn set_extra(&mut self, extra: u32) {
        self.extra = extra;
    }

    /// The table's bytes. Slots are at most half full, so a probe for a
    /// missing key ends after about two slots.
    pub fn finish(self) -> Vec<u8> {
        let len = self.keys.len();
        let slots = (2 * len).next_power_of_two().max(8);
        let mask = slots - 1;
        let mut table = vec![0u32; slots];
        for (entry, &(offset, length)) in self.keys.iter().enumerate() {
            let key = &self.pool[offset as usize..(offset + length) as usize];
            let h = hash(key);
            let mut slot = home(h, mask);
            while table[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            table[slot] = ((entry as u32 + 1) << 8) | tag(h);
        }
        let mut words = vec![slots as u32, self.width as u32, len as u32, self.extra];
        words.extend_from_slice(&table);
        for (entry, &(offset, length)) in self.keys.iter().enumerate() {
            words.extend_from_slice(&[offset, length]);
            words.extend_from_slice(&self.values[entry * self.width..(entry + 1) * self.width]);
        }
        let mut bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        bytes.extend_from_slice(&self.pool);
        bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_tables_read_back() {
        let mut w = Writer::new(2);
        let words = [
            "Ankara",
            "New York",
            "",
            "a somewhat longer key of many bytes",
        ];
        for (k, word) in words.iter().enumerate() {
            w.push(word, &[k as u32, 7]);
        }
        let (offset, len) = w.string("canonical");
        w.set_extra(42);
        let bytes: &'static [u8] = Box::leak(w.finish().into_boxed_slice());
        let t = Table::new(bytes);
        assert_eq!((t.len(), t.extra()), (4, 42));
        for (k, word) in words.iter().enumerate() {
            let e = t.find(word).expect("present");
            assert_eq!(
                (t.key(e), t.value(e, 0), t.value(e, 1)),
                (*word, k as u32, 7)
            );
        }
        assert_eq!(t.find("Ankar"), None);
        assert_eq!(t.find("ankara"), None);
        assert_eq!(t.string(offset, len), "canonical");
    }
}
