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
//! - a header of [`HEADER`] little-endian `u32` words: the slot count (a
//!   power of two), the number of values per record, the record count,
//!   and one free word the writer may fill ([`Table::extra`]);
//! - a filter of `slots / 16` little-endian `u64` words (8 bits a slot):
//!   each key sets two bits of one word ([`filter_bits`]), so a key
//!   whose two bits are not both set is absent without reading the
//!   slots. The filter is small enough (at most a few hundred KB) to stay
//!   in the core's cache, while the slots and the pool are megabytes and
//!   mostly are not; most probes ask for words the lists do not hold;
//! - the slots, `u32` words: 0 for an empty slot, else `offset << 8 |
//!   tag`, where `offset` is the record's place in the pool and the tag is
//!   8 bits of the key's hash that reject most other keys without reading
//!   them; collisions probe the next slot (linear);
//! - the pool: records, each the key's length (one byte), the key
//!   (UTF-8) and the values (little-endian `u32`s, unaligned), and the
//!   strings values point to, each its length (one byte) and its bytes.
//!   Offset 0 holds nothing, so that 0 can mean "no string".
//!
//! Keys and strings are at most 255 bytes, the pool at most 16 MB.

/// Words in the header.
pub const HEADER: usize = 4;

const P0: u64 = 0x243f_6a88_85a3_08d3;
const P1: u64 = 0x1319_8a2e_0370_7344;

/// One 128-bit multiplication folded to 64 bits (as wyhash and
/// rustc-hash mix), which spreads every input bit into both the slot
/// (high bits) and the tag (low bits).
#[inline]
fn mix(a: u64, b: u64) -> u64 {
    let r = u128::from(a) * u128::from(b);
    (r as u64) ^ ((r >> 64) as u64)
}

/// The hash of a key: 64 bits, the same on every platform. Most keys
/// are short words: a key of up to fifteen bytes is hashed in its packed
/// form ([`packed`]), read as two (overlapping) loads, so that a caller
/// that has the packed form already hashes it without a branch on the
/// length ([`hash_packed`], #17); longer keys fold 16 bytes at a time.
/// (Inlined always: a call cost more than the hash of a short key.)
#[inline(always)]
pub fn hash(key: &[u8]) -> u64 {
    let n = key.len();
    if n <= 15 {
        return hash_packed(packed(key));
    }
    let word = |at: usize| u64::from_le_bytes(key[at..at + 8].try_into().expect("8 bytes"));
    let mut h = P1;
    let mut at = 0;
    while at + 16 < n {
        h = mix(word(at) ^ P0, word(at + 8) ^ h);
        at += 16;
    }
    mix(word(n - 16) ^ h ^ P0, word(n - 8) ^ P1 ^ n as u64)
}

/// The hash of the key packed as `key` ([`packed`]): what [`hash`] gives
/// for its bytes.
#[inline]
pub fn hash_packed(key: u128) -> u64 {
    mix(key as u64 ^ P0, (key >> 64) as u64 ^ P1)
}

/// A key of at most fifteen bytes as one number: its bytes (little
/// endian), zeros, and its length in the last byte; so two keys share a
/// number only when they are the same key. Read by overlapping loads,
/// each byte ORed in at its own place, without a copy.
#[inline(always)]
pub fn packed(key: &[u8]) -> u128 {
    let n = key.len();
    debug_assert!(n <= 15);
    let word = |at: usize| u64::from_le_bytes(key[at..at + 8].try_into().expect("8 bytes"));
    let half = |at: usize| u64::from(u32::from_le_bytes(key[at..at + 4].try_into().expect("4")));
    let byte = |at: usize| u64::from(key[at]) << (8 * at);
    let (lo, hi) = match n {
        // Bytes 8.. of the key, moved down from the last eight (two
        // shifts: one of 64 bits would overflow when n is 8).
        8.. => (word(0), (word(n - 8) >> 8) >> (8 * (15 - n))),
        4..=7 => (half(0) | half(n - 4) << (8 * (n - 4)), 0),
        1..=3 => (byte(0) | byte(n / 2) | byte(n - 1), 0),
        0 => (0, 0),
    };
    u128::from(lo) | u128::from(hi) << 64 | (n as u128) << 120
}

/// The slot a hash starts probing at, for a table of `mask + 1` slots.
#[inline]
pub fn home(h: u64, mask: usize) -> usize {
    (h >> 32) as usize & mask
}

/// The 8-bit tag a slot keeps of a hash.
#[inline]
pub fn tag(h: u64) -> u32 {
    (h & 0xff) as u32
}

/// The filter's word for a hash (`words` a power of two) and the mask of
/// the two bits a key sets in it. The bits come from a second mix of the
/// hash, so that they do not repeat the slot's bits or the tag's.
#[inline]
pub fn filter_bits(h: u64, words: usize) -> (usize, u64) {
    let g = (h ^ (h >> 29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let word = (g >> 40) as usize & (words - 1);
    let bits = 1u64 << (g & 63) | 1u64 << ((g >> 6) & 63);
    (word, bits)
}

/// The number of filter words of a table of `slots` slots.
#[inline]
pub const fn filter_words(slots: usize) -> usize {
    if slots < 16 {
        1
    } else {
        slots / 16
    }
}

/// A table read in place from its bytes.
#[derive(Clone, Copy, Debug)]
pub struct Table {
    bytes: &'static [u8],
    mask: usize,
    len: usize,
    /// Where the slots start.
    slots: usize,
    /// The number of filter words (a power of two).
    filter: usize,
    /// Where the pool starts.
    pool: usize,
    extra: u32,
}

/// A record found in a [`Table`]: where its values start. Four bytes,
/// never 0 (a record's values follow its key), so that an answer kept
/// for every token of an article stays small (#17).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Record(std::num::NonZeroU32);

impl Record {
    /// The record as a number, never 0.
    pub fn to_u32(self) -> u32 {
        self.0.get()
    }

    /// The record [`Record::to_u32`] gave, or `None` for 0.
    pub fn from_u32(n: u32) -> Option<Record> {
        std::num::NonZeroU32::new(n).map(Record)
    }
}

impl Table {
    /// Reads the header of a table written by `build.rs`.
    pub const fn new(bytes: &'static [u8]) -> Table {
        let slots = word(bytes, 0) as usize;
        let filter = filter_words(slots);
        Table {
            bytes,
            mask: slots - 1,
            len: word(bytes, 2) as usize,
            slots: 4 * HEADER + 8 * filter,
            filter,
            pool: 4 * HEADER + 8 * filter + 4 * slots,
            extra: word(bytes, 3),
        }
    }

    /// The record of `key`.
    ///
    /// Split in two: the hash and the filter, which answer most probes
    /// (words the lists do not hold), are inlined into the callers, and
    /// only keys that pass the filter pay for a call to [`Table::probe`].
    /// As one function called from everywhere, a lookup spent about a
    /// quarter of its instructions saving and restoring registers (#17).
    #[inline]
    pub fn find(&self, key: &str) -> Option<Record> {
        let key = key.as_bytes();
        let h = hash(key);
        if !self.may_hold(h) {
            return None;
        }
        self.probe(h, key)
    }

    /// [`Table::find`] for a key of at most fifteen bytes in its packed
    /// form ([`packed`]), which the document reads from its text in one
    /// load: hashed and compared as one number, without a branch on its
    /// length (#17).
    #[inline]
    pub fn find_packed(&self, key: u128) -> Option<Record> {
        let h = hash_packed(key);
        if !self.may_hold(h) {
            return None;
        }
        self.probe_packed(h, key)
    }

    /// False when the filter rules out a key whose hash is `h`.
    #[inline]
    fn may_hold(&self, h: u64) -> bool {
        let (word, bits) = filter_bits(h, self.filter);
        let at = 4 * HEADER + 8 * word;
        let filter = u64::from_le_bytes(self.bytes[at..at + 8].try_into().expect("8 bytes"));
        filter & bits == bits
    }

    /// The slots' answer for a key whose hash is `h` and that passed the
    /// filter.
    #[inline(never)]
    fn probe(&self, h: u64, key: &[u8]) -> Option<Record> {
        self.probe_with(h, |at| {
            let len = usize::from(self.bytes[at]);
            len == key.len() && holds_at(self.bytes, at + 1, key)
        })
    }

    /// [`Table::probe`] for a packed key: a record whose length byte and
    /// key, read as one number from the pool, equal the key moved up a
    /// byte under the length.
    #[inline(never)]
    fn probe_packed(&self, h: u64, key: u128) -> Option<Record> {
        let n = (key >> 120) as usize;
        let want = (key & LOW_BYTES[n]) << 8 | n as u128;
        self.probe_with(h, |at| match self.bytes.get(at..at + 16) {
            Some(b) => {
                u128::from_le_bytes(b.try_into().expect("16 bytes")) & LOW_BYTES[n + 1] == want
            }
            None => self.bytes.get(at..at + 1 + n) == Some(&want.to_le_bytes()[..1 + n]),
        })
    }

    /// The record at the first slot from the home of `h` whose tag is
    /// `h`'s and whose record, at its offset in the bytes, `holds`.
    #[inline(always)]
    fn probe_with(&self, h: u64, holds: impl Fn(usize) -> bool) -> Option<Record> {
        let tag = tag(h);
        let mut slot = home(h, self.mask);
        loop {
            let s = read(self.bytes, self.slots + 4 * slot);
            if s == 0 {
                return None;
            }
            if s & 0xff == tag {
                let at = self.pool + (s >> 8) as usize;
                if holds(at) {
                    let len = usize::from(self.bytes[at]);
                    let values = u32::try_from(at + 1 + len).expect("tables under 4 GB");
                    return Some(Record(values.try_into().expect("past the key")));
                }
            }
            slot = (slot + 1) & self.mask;
        }
    }

    /// Value `k` of a record.
    #[inline]
    pub fn value(&self, record: Record, k: usize) -> u32 {
        read(self.bytes, record.0.get() as usize + 4 * k)
    }

    /// The string at `offset` in the pool (a value); `None` for offset 0.
    #[inline]
    pub fn string(&self, offset: u32) -> Option<&'static str> {
        if offset == 0 {
            return None;
        }
        let at = self.pool + offset as usize;
        let bytes: &'static [u8] = self.bytes;
        let text = &bytes[at + 1..at + 1 + usize::from(bytes[at])];
        Some(std::str::from_utf8(text).expect("the pool is UTF-8"))
    }

    /// How many records the table holds.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the table holds no record.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The header's free word, as the writer set it.
    pub fn extra(&self) -> u32 {
        self.extra
    }
}

/// True when the bytes of `bytes` from `at` begin with `key`. Keys are
/// short: one of four to sixteen bytes is compared as two overlapping
/// words when the pool holds sixteen bytes from `at`, where a call of
/// `memcmp` cost more than the comparison (#17).
#[inline]
fn holds_at(bytes: &[u8], at: usize, key: &[u8]) -> bool {
    let n = key.len();
    let long = |s: &[u8], i: usize| u64::from_le_bytes(s[i..i + 8].try_into().expect("8 bytes"));
    let short = |s: &[u8], i: usize| u32::from_le_bytes(s[i..i + 4].try_into().expect("4 bytes"));
    match (n, bytes.get(at..at + 16)) {
        (8..=16, Some(b)) => long(b, 0) == long(key, 0) && long(b, n - 8) == long(key, n - 8),
        (4..=7, Some(b)) => short(b, 0) == short(key, 0) && short(b, n - 4) == short(key, n - 4),
        _ => bytes.get(at..at + n) == Some(key),
    }
}

/// For each length up to sixteen, the mask that keeps that many low
/// bytes.
static LOW_BYTES: [u128; 17] = {
    let mut masks = [u128::MAX; 17];
    let mut len = 0;
    while len < 16 {
        masks[len] = (1u128 << (8 * len)) - 1;
        len += 1;
    }
    masks
};

/// The little-endian word at byte `at` of `bytes`, in one load.
#[inline]
fn read(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().expect("four bytes"))
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
    /// Each record's offset in the pool, and its key's hash.
    records: Vec<(u32, u64)>,
    pool: Vec<u8>,
    extra: u32,
}

#[allow(dead_code)]
impl Writer {
    /// A table whose records carry `width` values each.
    pub fn new(width: usize) -> Writer {
        Writer {
            width,
            records: Vec::new(),
            pool: vec![0],
            extra: 0,
        }
    }

    /// Appends `s` to the pool, length first: its offset.
    fn put(&mut self, s: &str) -> u32 {
        let offset = self.pool.len();
        let len = u8::try_from(s.len()).unwrap_or_else(|_| panic!("longer than 255 bytes: {s}"));
        assert!(offset < 1 << 24, "the pool is limited to 16 MB");
        self.pool.push(len);
        self.pool.extend_from_slice(s.as_bytes());
        offset as u32
    }

    /// Adds a string for values to point to: its offset (never 0).
    pub fn string(&mut self, s: &str) -> u32 {
        self.put(s)
    }

    /// Adds a record; keys must be distinct.
    pub fn push(&mut self, key: &str, values: &[u32]) {
        assert_eq!(values.len(), self.width, "one value per column");
        let offset = self.put(key);
        self.records.push((offset, hash(key.as_bytes())));
        for v in values {
            self.pool.extend_from_slice(&v.to_le_bytes());
        }
    }

    /// Sets the header's free word.
    pub fn set_extra(&mut self, extra: u32) {
        self.extra = extra;
    }

    /// The table's bytes. Slots are at most half full, so a probe for a
    /// missing key ends after about two slots.
    pub fn finish(self) -> Vec<u8> {
        let len = self.records.len();
        let slots = (2 * len).next_power_of_two().max(8);
        let mask = slots - 1;
        let mut table = vec![0u32; slots];
        let mut filter = vec![0u64; filter_words(slots)];
        for &(offset, h) in &self.records {
            let (word, bits) = filter_bits(h, filter.len());
            filter[word] |= bits;
            let mut slot = home(h, mask);
            while table[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            table[slot] = (offset << 8) | tag(h);
        }
        let header = [slots as u32, self.width as u32, len as u32, self.extra];
        let mut bytes: Vec<u8> = header.iter().flat_map(|w| w.to_le_bytes()).collect();
        bytes.extend(filter.iter().flat_map(|w| w.to_le_bytes()));
        bytes.extend(table.iter().flat_map(|w| w.to_le_bytes()));
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
        let canonical = w.string("canonical");
        let words = [
            "Ankara",
            "New York",
            "",
            "a somewhat longer key of many bytes",
        ];
        for (k, word) in words.iter().enumerate() {
            w.push(word, &[k as u32, canonical]);
        }
        w.set_extra(42);
        let bytes: &'static [u8] = Box::leak(w.finish().into_boxed_slice());
        let t = Table::new(bytes);
        assert_eq!((t.len(), t.extra()), (4, 42));
        for (k, word) in words.iter().enumerate() {
            let r = t.find(word).expect("present");
            assert_eq!(t.value(r, 0), k as u32);
            assert_eq!(t.string(t.value(r, 1)), Some("canonical"));
        }
        assert_eq!(t.find("Ankar"), None);
        assert_eq!(t.find("Ankarb"), None);
        assert_eq!(t.find("New Yorc"), None);
        assert_eq!(t.find("a somewhat longer key of many byteS"), None);
        assert_eq!(t.find("ankara"), None);
        assert_eq!(t.string(0), None);
        // Packed keys find the same records.
        for word in ["Ankara", "", "Ankar", "ankara", "New York", "New Yorc"] {
            assert_eq!(
                t.find_packed(packed(word.as_bytes())),
                t.find(word),
                "{word}"
            );
        }
    }

    #[test]
    fn keys_pack_as_their_bytes_and_length() {
        let text = "abcdefghijklmnoé";
        for start in 0..text.len() {
            for end in start..text.len().min(start + 15) + 1 {
                let key = &text.as_bytes()[start..end];
                let mut want = [0u8; 16];
                want[..key.len()].copy_from_slice(key);
                want[15] = key.len() as u8;
                assert_eq!(packed(key), u128::from_le_bytes(want), "{key:?}");
            }
        }
    }

    #[test]
    fn the_filter_keeps_every_key_and_rejects_most_others() {
        let mut w = Writer::new(1);
        let keys: Vec<String> = (0..1000).map(|k| format!("key {k}")).collect();
        for key in &keys {
            w.push(key, &[1]);
        }
        let bytes: &'static [u8] = Box::leak(w.finish().into_boxed_slice());
        let t = Table::new(bytes);
        let passes = |key: &str| {
            let (word, bits) = filter_bits(hash(key.as_bytes()), t.filter);
            let at = 4 * HEADER + 8 * word;
            let filter = u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap());
            filter & bits == bits
        };
        assert!(keys.iter().all(|k| passes(k) && t.find(k).is_some()));
        let false_positives = (0..10_000)
            .filter(|k| passes(&format!("absent {k}")))
            .count();
        assert!(false_positives < 1000, "{false_positives} of 10,000");
    }
}
